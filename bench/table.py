#!/usr/bin/env python3
"""table.py: the benchmark results as a Markdown table with the ratios the
targets speak of (cybermap against the libyaml floor and each baseline
against cybermap), from run.sh's results.tsv.  "cybermap" rows parse the
YAML; "cybermap cached" rows replay the parse cache; baselines are compared
with the parsing run, the slower of the two."""
import os
import sys

rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
by = {(r[0], r[1], r[2]): (float(r[3]), float(r[4])) for r in rows}
print("| map | job | tool | median time (s) | peak memory (MB) | ratio |")
print("|---|---|---|---|---|---|")
for size, job, tool in [(r[0], r[1], r[2]) for r in rows]:
    t, m = by[(size, job, tool)]
    ratio = ""
    ours = by.get((size, job, "cybermap"))
    floor = by.get((size, "load", "floor"))
    if tool.startswith("cybermap") and job == "load" and floor:
        ratio = "%s/floor %.2f" % (tool.replace(" ", " "), t / max(floor[0], 1e-6))
    elif tool == "dot" and ours:
        ratio = "cybermap/dot %.2f" % (ours[0] / max(t, 1e-6))
    elif not tool.startswith("cybermap") and tool != "floor" and ours:
        ratio = "%s/cybermap %.1f" % (tool, t / max(ours[0], 1e-6))
    print("| %s | %s | %s | %.3f | %.1f | %s |" % (size, job, tool, t, m, ratio))
for size in sorted({r[0] for r in rows if r[0].isdigit()}, key=int):
    path = os.path.join(os.path.dirname(sys.argv[1]), size, "map.yaml")
    if os.path.exists(path) and (size, "load", "cybermap") in by:
        mb = os.path.getsize(path) / 1e6
        cached = by.get((size, "load", "cybermap cached"), (0, 0))[1]
        print("\n%s nodes: YAML %.1f MB; cybermap peak memory %.1f times the file "
              "parsing it, %.1f times from the cache" %
              (size, mb, by[(size, "load", "cybermap")][1] / mb, cached / mb), end="")
print()
