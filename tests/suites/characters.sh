#!/bin/sh
# characters.sh: unsafe characters: one rule everywhere (docs/reliability.md).
# Run by tests/run.sh (see tests/lib.sh).
. tests/lib.sh

# ---- unsafe characters: one rule everywhere (docs/reliability.md) ----
controls="-d tests/fixtures/mini -d tests/fixtures/controls/controls.yaml --as-of 2026-11-25"
mkdir -p "$work/controls"
for f in text tsv json dot svg graphml jgf cypher; do
	"$CYBERMAP" $controls show x.controls -f $f >"$work/controls/show.$f" 2>>"$work/controls.err"
done
"$CYBERMAP" $controls list -f text >"$work/controls/list.txt" 2>>"$work/controls.err"
"$CYBERMAP" $controls search nel >"$work/controls/search.txt" 2>>"$work/controls.err"
"$CYBERMAP" $controls export -f csv -o "$work/controls/csv" >/dev/null 2>>"$work/controls.err"
pic unsafe-none-in-any-format "$PYTHON" tests/check_safe.py "$work"/controls/show.* \
	"$work/controls/list.txt" "$work/controls/search.txt" "$work"/controls/csv/*.csv "$work/controls.err"
pic unsafe-escaped-exactly-in-tsv grep -q 'c1\\u0085\\u009b\[2J' "$work/controls/show.tsv"
pic unsafe-escaped-exactly-in-json grep -q 'R\\u202eTL' "$work/controls/show.json"
# Graphviz decodes entities in labels: &amp; must be drawn as written, and
# &#x1; must not become a raw control character (the SVG must be XML)
pic svg-entities-drawn-as-written "$PYTHON" -c '
import sys, xml.dom.minidom
d = xml.dom.minidom.parse(sys.argv[1])
drawn = " ".join(t.firstChild.data for t in d.getElementsByTagName("text") if t.firstChild)
assert "AT&amp;T &#x1; &#27;[31m" in drawn, drawn' "$work/controls/show.svg"
"$CYBERMAP" $controls site -o "$work/controls-site" >/dev/null 2>>"$work/controls.err"
pic unsafe-none-in-the-site sh -c 'find "$2" -type f -name "*.html" -exec "$1" tests/check_safe.py {} +' - \
	"$PYTHON" "$work/controls-site"
pic unsafe-none-in-the-search-index "$PYTHON" -c '
import json, sys
sys.path.insert(0, "tests")
from check_safe import unsafe
text = open(sys.argv[1], encoding="utf-8").read()
index = json.loads(text[text.index("["):text.rindex("]") + 1])
words = [w for entry in index for w in entry[:3] + entry[3]]
bad = [w for w in words if any(unsafe(c) for c in w)]
assert not bad and "nel here" in words, bad' "$work/controls-site/assets/search-en.js"
# a file name is shown by the same rule: an escape sequence or a newline in
# it can neither retitle the terminal nor forge a second diagnostic
nl='
'
odd="$work/odd$(printf '\033')]0;owned$(printf '\007')${nl}cybermap: forged.yaml"
cp tests/bad/01-syntax-error.yaml "$odd"
"$CYBERMAP" -d tests/fixtures/mini -d "$odd" check >/dev/null 2>"$work/odd.err"
code=$?
pic unsafe-file-name-in-diagnostics sh -c '[ "$1" = 2 ] && [ "$(wc -l <"$2")" = 1 ] &&
	"$3" tests/check_safe.py "$2" && grep -q "odd ]0;owned  cybermap: forged.yaml:" "$2"' - \
	"$code" "$work/odd.err" "$PYTHON"
rm -f "$odd"

