#!/usr/bin/env python3
"""check_picture.py: checks that a picture cybermap wrote is valid.

    check_picture.py png FILE        PNG signature and sensible dimensions
    check_picture.py pdf FILE        PDF header and trailer
    check_picture.py svg FILE TEXT.. SVG parses as XML and its source holds each TEXT
    check_picture.py svg-all DIR     every *.svg in DIR parses as XML
"""
import glob
import struct
import sys
import xml.etree.ElementTree as ET


def check_png(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    assert 50 <= width <= 30000 and 50 <= height <= 30000, (width, height)


def check_pdf(path):
    data = open(path, "rb").read()
    assert data.startswith(b"%PDF-"), "not a PDF"
    assert b"%%EOF" in data[-64:], "no trailer"


def check_svg(path, texts):
    ET.parse(path)
    source = open(path, encoding="utf-8").read()
    for text in texts:
        assert text in source, "missing: " + text


def main():
    kind, target = sys.argv[1], sys.argv[2]
    if kind == "png":
        check_png(target)
    elif kind == "pdf":
        check_pdf(target)
    elif kind == "svg":
        check_svg(target, sys.argv[3:])
    elif kind == "svg-all":
        files = glob.glob(target + "/*.svg")
        assert len(files) > 10, "too few pictures: %d" % len(files)
        for f in files:
            ET.parse(f)
    else:
        sys.exit("unknown check " + kind)


if __name__ == "__main__":
    main()
