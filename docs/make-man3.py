#!/usr/bin/env python3
"""make-man3.py [HEADER [OUT]]: cybermap(3), made from include/cybermap.h.

The header is the library's manual: a first comment (what the library is,
a first program, its conventions and ABI), then sections marked
"/* ---- Title ---- */", each holding comments and the declarations they
describe.  This writes them out as mdoc: every
type as a literal block, every comment as paragraphs (lines indented by
four spaces or more stay literal, as examples).  The test suite runs it and
fails when docs/cybermap.3 is not what it writes, so the manual page and
the header cannot disagree.
"""
import re
import sys

HEADER = sys.argv[1] if len(sys.argv) > 1 else "include/cybermap.h"
OUT = sys.argv[2] if len(sys.argv) > 2 else "docs/cybermap.3"
DATE = "December 1, 2026"


def escape(text):
    """Text safe on an mdoc line: backslashes doubled, a leading dot or
    apostrophe protected."""
    text = text.replace("\\", "\\e")
    if text.startswith((".", "'")):
        text = "\\&" + text
    return text


def sentences(text):
    """One sentence a line, as mdoc wants (a full stop, then two spaces or
    one before a capital or an opening bracket)."""
    parts = re.split(r"(?<=[.?!:])\s+(?=[A-Z(\"'])", text)
    return [p.strip() for p in parts if p.strip()]


def comment_lines(block):
    """The text of a /* ... */ block, one entry per line, stars gone."""
    body = block[2:-2]
    lines = []
    for line in body.split("\n"):
        line = re.sub(r"^\s*\* ?", "", line, count=1) if line.strip().startswith("*") else line.strip()
        lines.append(line.rstrip())
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def paragraphs(lines):
    """mdoc for comment text: prose as paragraphs, "- " items as a list,
    lines indented four spaces as a literal display."""
    out, prose, items, literal = [], [], [], []

    def flush_prose():
        if not prose:
            return
        text = " ".join(prose)
        if re.fullmatch(r"[A-Z][A-Za-z ]{0,30}", text):
            out.append(".Ss " + text)  # a heading of the first comment
        else:
            out.append(".Pp")
            out.extend(escape(sentence) for sentence in sentences(text))
        prose.clear()

    def flush_items():
        if items:
            out.append(".Bl -bullet -compact")
            for item in items:
                out.append(".It")
                out.extend(escape(w) for w in sentences(" ".join(item)))
            out.append(".El")
            items.clear()

    def flush_literal():
        if literal:
            out.append(".Bd -literal -offset indent")
            out.extend(escape(l[4:]) if l.strip() else "" for l in literal)
            out.append(".Ed")
            literal.clear()

    for line in lines:
        if line.startswith("    ") or (literal and not line.strip()):
            flush_prose()
            flush_items()
            literal.append(line)
            continue
        flush_literal()
        if not line.strip():
            flush_prose()
            flush_items()
        elif line.startswith("- "):
            flush_prose()
            items.append([line[2:].strip()])
        elif items and line.startswith("  "):
            items[-1].append(line.strip())
        else:
            flush_items()
            prose.append(line.strip())
    while literal and not literal[-1].strip():
        literal.pop()
    flush_literal()
    flush_prose()
    flush_items()
    return out


def tokens(text):
    """The header after its first comment: comments, declarations and
    section marks, in order."""
    pos = 0
    pattern = re.compile(r"/\*.*?\*/|#[^\n]*|[^;{}/#]*(\{[^{}]*(\{[^{}]*\}[^{}]*)*\}[^;]*)?;|\S", re.S)
    for m in pattern.finditer(text, pos):
        yield m.group(0)


def main():
    text = open(HEADER, encoding="utf-8").read()
    first = text.index("*/") + 2
    intro = comment_lines(text[:first])
    rest = text[first:]
    names = sorted(set(re.findall(r"\b(cm_\w+)\s*\(", re.sub(r"/\*.*?\*/", "", rest, flags=re.S))))
    out = [
        ".\\\" Made by docs/make-man3.py from include/cybermap.h: edit the header.",
        ".Dd " + DATE,
        ".Dt CYBERMAP 3",
        ".Os",
        ".Sh NAME",
        ".Nm libcybermap",
        ".Nd the map of US and Japanese cyber security organisation, as a C library",
        ".Sh LIBRARY",
        "libcybermap",
        ".Pq Fl lcybermap ; Ic pkg-config --cflags --libs cybermap",
        ".Sh SYNOPSIS",
        ".In cybermap.h",
        ".Sh DESCRIPTION",
    ]
    # the first comment: its first line is the title, already in NAME
    out += paragraphs(intro[1:])
    pending_comment = None
    for tok in tokens(rest):
        tok = tok.strip()
        if not tok:
            continue
        section = re.match(r"/\* -+ (.*?) -*\s*\*/$", tok)
        if section:
            pending_comment = None
            out.append(".Ss " + escape(section.group(1).strip()))
            continue
        if tok.startswith("/*"):
            if pending_comment:
                out += paragraphs(pending_comment)
            pending_comment = comment_lines(tok)
            continue
        if re.match(r"#\s*(if|else|elif|endif)\b|#define\s+CM_\w+\(", tok):
            pending_comment = None  # for the compiler (CM_PRINTF), not the reader
            continue
        if pending_comment:
            out += paragraphs(pending_comment)
            pending_comment = None
        if tok.startswith("#"):
            m = re.match(r"#define\s+(CM_\w+)\b(.*)", tok)
            if m:
                out += [".Pp", ".Dv %s%s" % (m.group(1), " " + escape(m.group(2).split("/*")[0].strip()) if m.group(2).split("/*")[0].strip() else "")]
            continue
        if tok.startswith("typedef") or tok.startswith("struct"):
            out += [".Bd -literal -offset indent"] + [escape(l) for l in tok.split("\n")] + [".Ed"]
            continue
        if "(" in tok and "cm_" in tok:
            decl = escape(re.sub(r"\s*CM_PRINTF\([^)]*\)", "", " ".join(tok.split())))
            if out[-1] == ".Ed" and out[-3:-1] and out[-2].endswith(");"):
                out.insert(len(out) - 1, decl)  # the block before holds prototypes too
            else:
                out += [".Bd -literal -offset indent", decl, ".Ed"]
    if pending_comment:
        out += paragraphs(pending_comment)
    out += [".Sh SEE ALSO", ".Xr cybermap 1 ,", ".Xr cybermap-map 5"]
    # the functions, for apropos and for the test that every one is here
    out.insert(out.index(".Sh DESCRIPTION"),
               "Functions: " + ", ".join(".Fn %s" % n if False else n for n in names) + ".")
    # no paragraph mark right after a heading
    out = [line for i, line in enumerate(out)
           if not (line == ".Pp" and i and out[i - 1].startswith((".Sh", ".Ss")))]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
