#!/usr/bin/env python3
"""gen.py: writes a synthetic map in cybermap's real format.

    bench/gen.py NODES OUTDIR

OUTDIR gets a copy of graphs/schema.yaml and map.yaml with NODES nodes and
about four edges per node: a part_of tree of bodies, functions they lead and
support, channels they belong to, peers they coordinate with, and sectors
that notify bodies with deadlines.  Random but seeded, so runs compare.
"""
import os
import random
import shutil
import sys


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    os.makedirs(out, exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    shutil.copy(os.path.join(here, "..", "graphs", "schema.yaml"), out)
    rng = random.Random(42)
    functions = ["fn.f%d" % i for i in range(10)]
    rest = n - 2 - len(functions)
    kinds = ["agency"] * 3 + ["office"] * 3 + ["sector"] * 2 + ["mechanism", "law"]
    nodes = []
    for i in range(rest):
        nodes.append(("s.n%d" % i, kinds[i % len(kinds)]))
    bodies = [i for i, (_, k) in enumerate(nodes) if k in ("agency", "office")]
    mechanisms = [i for i, (_, k) in enumerate(nodes) if k == "mechanism"]
    laws = [i for i, (_, k) in enumerate(nodes) if k == "law"]
    lines = ["nodes:"]
    for side, name in (("us", "United States"), ("jp", "Japan")):
        lines += ["  - id: %s" % side, "    type: country", "    name: %s" % name]
    for f in functions:
        lines += ["  - id: %s" % f, "    type: function", "    name: Function %s" % f]
    edges = 0
    placed_bodies = []
    for i, (node_id, kind) in enumerate(nodes):
        side = "us" if i % 2 else "jp"
        lines += ["  - id: %s" % node_id, "    type: %s" % kind,
                  "    name: Synthetic %s %d" % (kind, i),
                  "    short: S%d" % i,
                  "    description: A generated %s for benchmarks." % kind,
                  "    sources: [https://example.org/%d]" % i,
                  "    checked: 2026-11-25"]
        if kind in ("agency", "office", "sector", "law"):
            lines.append("    country: %s" % side)
        if kind in ("agency", "office"):
            parent = nodes[rng.choice(placed_bodies)][0] if placed_bodies else side
            lines.append("    part_of: %s" % parent)
            lines.append("    leads: [%s]" % rng.choice(functions))
            peer = nodes[rng.choice(placed_bodies)][0] if placed_bodies else None
            if peer:
                lines.append("    coordinates_with: [%s]" % peer)
                edges += 1
            if mechanisms:
                lines.append("    member_of: [%s]" % nodes[rng.choice(mechanisms)][0])
                edges += 1
            if laws:
                lines.append("    established_by: [%s]" % nodes[rng.choice(laws)][0])
                edges += 1
            edges += 2
            placed_bodies.append(i)
        elif kind == "sector" and bodies:
            targets = {nodes[rng.choice(bodies)][0] for _ in range(4)}
            lines.append("    notifies: [%s]" % ", ".join(sorted(targets)))
            edges += len(targets)
    lines.append("edges:")
    for _ in range(max(0, 4 * n - edges)):
        a, b = rng.choice(bodies), rng.choice(bodies)
        lines += ["  - from: %s" % nodes[a][0], "    to: %s" % nodes[b][0],
                  "    type: notifies", "    within: %dh" % rng.choice((1, 24, 72)),
                  "    basis: policy"]
    with open(os.path.join(out, "map.yaml"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
