#!/bin/sh
# examples.sh: examples, make install, shell completion, Japanese answers, colour.
# Run by tests/run.sh (see tests/lib.sh).
. tests/lib.sh

# ---- examples, install, completion, colour ----
pic example-who-to-call sh -c 'CYBERMAP="$1" sh examples/who-to-call.sh energy -d graphs --country us | grep -q "^| 1 | Cybersecurity"' - "$CYBERMAP"
pic example-counterpart-sheet sh -c 'CYBERMAP="$1" sh examples/counterpart-sheet.sh us -d graphs >"$2" && grep -q "^\"us.fbi\",\"Federal Bureau of Investigation\",\"jp.npa\"" "$2"' - "$CYBERMAP" "$work/sheet.csv"
if [ -z "${SKIP_INSTALL_TEST:-}" ]; then
	if sh tests/install.sh >"$work/install.log" 2>&1; then pass; else fail "make install (tests/install.sh)"; tail -n 5 "$work/install.log"; fi
fi
# completion: tests/completion.sh prints "ok NAME" / "not ok NAME"
WORK=$work CYBERMAP=$CYBERMAP sh tests/completion.sh >"$work/completion.out" 2>&1
while read -r status rest; do
	case $status in
	ok) pass ;;
	not) fail "completion: ${rest#ok }" ;;
	esac
done <"$work/completion.out"
# Japanese: tests/japanese.py runs every kind of answer in Japanese
# and looks for the program's English words
CYBERMAP=$CYBERMAP DATA=graphs python3 tests/japanese.py >"$work/japanese.out" 2>&1
while read -r status rest; do
	case $status in
	ok) pass ;;
	not) fail "japanese: ${rest#ok }" ;;
	*) fail "japanese: $status $rest" ;;
	esac
done <"$work/japanese.out"
"$CYBERMAP" $fixture --color=always list --type agency --country jp >"$work/color.out"
pic color-always grep -q "$(printf '\033\[1m')" "$work/color.out"
if command -v script >/dev/null 2>&1; then
	NO_COLOR=1 script -qec "$CYBERMAP $fixture list --type agency --country jp" /dev/null >"$work/nocolor.out"
	pic no-color-on-terminal sh -c '! grep -q "$(printf "\033\\[1m")" "$1"' - "$work/nocolor.out"
	script -qec "$CYBERMAP $fixture list --type agency --country jp" /dev/null >"$work/ttycolor.out"
	pic color-on-terminal grep -q "$(printf '\033\[1m')" "$work/ttycolor.out"
fi


# the C examples build against include/ alone and run; walk-map's totals
# add up to the node and edge counts check reports
# (make passes EXAMPLE_CC and EXAMPLE_LIBS: this build's flags and library)
cc=${EXAMPLE_CC:-${CC:-cc} -std=c11 -pthread -Wall -Wextra -Werror}
cclibs=${EXAMPLE_LIBS:-$(dirname "$UNIT_TESTS")/libcybermap.a $(pkg-config --libs yaml-0.1 libpcre2-8 2>/dev/null) -ldl -pthread}
for example in first-call walk-map; do
	if $cc -Iinclude "examples/$example.c" $cclibs \
		-o "$work/$example" 2>"$work/cc.err"; then pass
	else fail "examples/$example.c does not build against include/cybermap.h"; head -n 5 "$work/cc.err"; fi
done
pic example-first-call sh -c '"$1/first-call" graphs us.sector.energy | grep -q "^first: "' - "$work"
"$work/walk-map" graphs --totals >"$work/totals" 2>&1
counts=$("$CYBERMAP" -d graphs check | sed -n 's/.* \([0-9]*\) nodes, \([0-9]*\) edges$/\1 \2/p')
sums=$(awk '$1 == "node" {n += $3} $1 == "edge" {e += $3} END {print n, e}' "$work/totals")
if [ -n "$counts" ] && [ "$counts" = "$sums" ]; then pass
else fail "examples/walk-map: totals $sums, check says $counts"; fi
"$work/walk-map" graphs >"$work/walk" 2>&1
pic example-walk-map-lists grep -q "^  aliases_ja: \[" "$work/walk"
