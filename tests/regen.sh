#!/bin/sh
# regen.sh: rewrites the expected output of golden tests from the current
# program (tests/regen.sh tests/cli/NAME.t ...).  Review the diff before
# committing: the golden files are the specification.
set -u
export LC_ALL=C.UTF-8 TZ=UTC SOURCE_DATE_EPOCH=1795564800
CYBERMAP=${CYBERMAP:-$(pwd)/cybermap}
for t in "$@"; do
	desc=$(sed -n '1p' "$t")
	args=$(sed -n 's/^args: //p' "$t" | head -n 1)
	eval "set -- $args"
	CYBERMAP_DATA=tests/fixtures/mini "$CYBERMAP" "$@" >/tmp/regen.out 2>/tmp/regen.err </dev/null
	code=$?
	{
		printf "%s\n" "$desc"
		printf "args: %s\n" "$args"
		printf "exit: %s\n" "$code"
		if [ -s /tmp/regen.out ]; then echo "--- stdout"; cat /tmp/regen.out; fi
		if [ -s /tmp/regen.err ]; then echo "--- stderr"; cat /tmp/regen.err; fi
	} >"$t"
done
