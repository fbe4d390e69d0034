#!/usr/bin/env python3
"""check_site_swap.py CYBERMAP DIR ARGS...: DIR is whole while it is replaced.

DIR holds a site.  Runs `CYBERMAP ARGS site -o DIR` and, for as long as it
runs, looks at DIR again and again: every look must find a whole site (its
marker, both languages' home pages, the style sheet).  With the swap in one
step (renameat2 RENAME_EXCHANGE) no look can fall between an old site and
a new one.  Exits 1 naming what a look missed."""
import os
import subprocess
import sys

WHOLE = [".cybermap-site", "index.html", "en/index.html", "ja/index.html", "assets/style.css"]


def main():
    program, target = sys.argv[1:3]
    proc = subprocess.Popen([program] + sys.argv[3:] + ["site", "-o", target],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    looks = 0
    while proc.poll() is None:
        missing = [f for f in WHOLE if not os.path.exists(os.path.join(target, f))]
        if missing:
            proc.wait()
            print("a look found %s missing from %s" % (missing, target))
            return 1
        looks += 1
    err = proc.stderr.read().decode(errors="replace")
    if proc.returncode != 0:
        print("site failed: %s" % err)
        return 1
    missing = [f for f in WHOLE if not os.path.exists(os.path.join(target, f))]
    if missing:
        print("after the run, %s missing" % missing)
        return 1
    print("%d looks, each at a whole site" % looks)
    return 0


if __name__ == "__main__":
    sys.exit(main())
