#!/bin/sh
# pictures.sh: pictures: PNG, SVG, PDF and DOT come out whole and well formed.
# Run by tests/run.sh (see tests/lib.sh).
. tests/lib.sh

# ---- pictures ----
"$CYBERMAP" $fixture show cisa nco -o "$work/show.png"
"$CYBERMAP" $fixture show cisa nco -o "$work/show.svg"
"$CYBERMAP" $fixture notify energy --country us -o "$work/notify.pdf"
"$CYBERMAP" $fixture --lang ja function incident-response -o "$work/function-ja.png"
"$CYBERMAP" $hostile show x.hostile -o "$work/hostile.svg"
"$CYBERMAP" -d tests/fixtures/gaps --as-of 2026-11-25 gaps -o "$work/gaps.svg"
"$CYBERMAP" $hostile show x.hostile -f dot >"$work/hostile.dot"
pic png-valid "$PYTHON" tests/check_picture.py png "$work/show.png"
pic png-japanese-valid "$PYTHON" tests/check_picture.py png "$work/function-ja.png"
pic pdf-valid "$PYTHON" tests/check_picture.py pdf "$work/notify.pdf"
pic svg-labels "$PYTHON" tests/check_picture.py svg "$work/show.svg" \
	"Cybersecurity and Infrastructure" "国家サイバー統括室" "https://www.cisa.gov/" \
	"Leads the national effort"
pic svg-gaps-marked "$PYTHON" tests/check_picture.py svg "$work/gaps.svg" "Function B" "gap"
pic svg-hostile-escaped "$PYTHON" tests/check_picture.py svg "$work/hostile.svg" \
	"&lt;script&gt;alert(1)&lt;/script&gt;" "back\\slash" "https://example.org/?a=1&amp;b=2"
pic svg-hostile-no-script sh -c '! grep -q "<script" "$1"' - "$work/hostile.svg"
pic dot-hostile-parses dot -Tsvg -o /dev/null "$work/hostile.dot"
# the same input gives the same bytes
"$CYBERMAP" $fixture show cisa nco -f dot >"$work/a.dot"
"$CYBERMAP" $fixture show cisa nco -f dot >"$work/b.dot"
"$CYBERMAP" $fixture show cisa nco -f svg >"$work/b.svg"
pic dot-deterministic cmp "$work/a.dot" "$work/b.dot"
pic svg-deterministic cmp "$work/show.svg" "$work/b.svg"
# a failed render leaves the old file as it was, and no temporary behind
"$PYTHON" bench/gen.py 3500 "$work/big" >/dev/null
mkdir -p "$work/keep"
echo "old contents" >"$work/keep/old.svg"
"$CYBERMAP" -d "$work/big" list -o "$work/keep/old.svg" 2>"$work/big.err"
code=$?
pic render-failure-exit test "$code" = 2
pic render-failure-message grep -q "too many to draw" "$work/big.err"
pic render-failure-keeps-file sh -c '[ "$(cat "$1")" = "old contents" ] && [ "$(ls "$2" | wc -l)" = 1 ]' - "$work/keep/old.svg" "$work/keep"
# a picture is not written to a terminal
if command -v script >/dev/null 2>&1; then
	script -qec "$CYBERMAP $fixture show cisa -f png" /dev/null >"$work/tty.out" 2>&1
	code=$?
	pic png-not-to-terminal test "$code" = 2
	pic png-not-to-terminal-message grep -q "will not write png to a terminal" "$work/tty.out"
fi
# the briefing pack draws every function and sector of the real map
if CYBERMAP="$CYBERMAP" sh examples/briefing.sh "$work/briefing" svg >"$work/briefing.log" 2>&1; then
	pic briefing-index test -s "$work/briefing/index.md"
	pic briefing-all-svg "$PYTHON" tests/check_picture.py svg-all "$work/briefing"
else
	fail "examples/briefing.sh"
	tail -n 5 "$work/briefing.log"
fi

