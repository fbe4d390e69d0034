#!/usr/bin/env python3
"""check_safe.py FILE...: no file holds an unsafe character raw.

The unsafe characters (docs/reliability.md, lib/text.h) are the C0
controls but the layout a file may use (tab, newline), DEL, the C1
controls and the Unicode direction controls.  Written out here, not taken
from the program, so that the check does not share the code it checks.
Exits 1 naming the first file and character found."""
import sys

DIRECTION = {0x061C, 0x200E, 0x200F} | set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))


def unsafe(c):
    o = ord(c)
    return (o < 0x20 and c not in "\t\n") or 0x7F <= o <= 0x9F or o in DIRECTION


def main():
    bad = 0
    for path in sys.argv[1:]:
        text = open(path, encoding="utf-8", errors="strict").read()
        for i, c in enumerate(text):
            if unsafe(c):
                print("%s: U+%04X at character %d" % (path, ord(c), i))
                bad = 1
                break
    return bad


if __name__ == "__main__":
    sys.exit(main())
