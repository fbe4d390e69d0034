#!/bin/sh
# docs.sh: the manuals agree with the program; the guides show what it prints.
# Run by tests/run.sh (see tests/lib.sh).
. tests/lib.sh

# ---- the manual agrees with the program ----
commands=$("$CYBERMAP" --help | awk '/^commands:/ {c=1; next} /^$/ {c=0} c {print $1}')
for c in $commands; do
	if grep -q "^\.It Cm $c\b" docs/cybermap.1; then pass; else fail "man: no entry for '$c'"; fi
done
if command -v mandoc >/dev/null 2>&1; then
	if mandoc -Tlint -Wwarning docs/cybermap.1 docs/cybermap.3 docs/cybermap-map.5 >"$work/lint" 2>&1; then pass
	else fail "man: mandoc -Tlint"; cat "$work/lint"; fi
fi
# every example in the manual runs on the real map, in a scratch directory
# (the examples write files where they are run)
mkdir -p "$work/examples-run"
repo=$(pwd)
sed -n 's/^\.Dl \$ cybermap //p' docs/cybermap.1 | while IFS= read -r example; do
	eval "set -- $example"
	if (cd "$work/examples-run" && "$CYBERMAP" -d "$repo/graphs" "$@") >/dev/null 2>"$work/ex.err"; then echo pass
	else echo "fail man example: cybermap $example"; fi
done >"$work/examples"
while IFS= read -r line; do
	case $line in pass) pass ;; *) fail "$line" ;; esac
done <"$work/examples"

# ---- the query guide and the history show what the program really prints ----
for doc in query-guide history sources; do
	if sh docs/make-guide.sh "$work/$doc.md" "docs/$doc.in" &&
		diff -u "docs/$doc.md" "$work/$doc.md" >"$work/$doc.diff"; then
		pass
	else
		fail "docs/$doc.md is out of date; run docs/make-guide.sh docs/$doc.md docs/$doc.in and review the diff"
		head -n 20 "$work/$doc.diff"
	fi
done


# cybermap(3) is made from include/cybermap.h: the two cannot disagree
if "$PYTHON" docs/make-man3.py include/cybermap.h "$work/cybermap.3" &&
	diff -u docs/cybermap.3 "$work/cybermap.3" >"$work/man3.diff"; then
	pass
else
	fail "docs/cybermap.3 is not what include/cybermap.h says; run python3 docs/make-man3.py"
	head -n 20 "$work/man3.diff"
fi
