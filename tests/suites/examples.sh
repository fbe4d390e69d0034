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

