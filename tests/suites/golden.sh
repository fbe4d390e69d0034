#!/bin/sh
# golden.sh: command-line golden tests: tests/cli/*.t on the fixture map.
# Run by tests/run.sh (see tests/lib.sh).
. tests/lib.sh

# ---- golden tests: tests/cli/*.t ----
# A case: "args: ..." (shell words), "exit: N", then optional "--- stdout"
# and "--- stderr" sections.  Without -d the fixture map is used.
for t in tests/cli/*.t; do
	name=$(basename "$t" .t)
	args=$(sed -n 's/^args: //p' "$t" | head -n 1)
	want_exit=$(sed -n 's/^exit: //p' "$t" | head -n 1)
	awk '/^--- stdout$/ {s=1; next} /^--- stderr$/ {s=0} s' "$t" >"$work/want.out"
	awk '/^--- stderr$/ {s=1; next} /^--- stdout$/ {s=0} s' "$t" >"$work/want.err"
	eval "set -- $args"
	CYBERMAP_DATA=tests/fixtures/mini "$CYBERMAP" "$@" >"$work/got.out" 2>"$work/got.err" </dev/null
	got_exit=$?
	if [ "$got_exit" != "$want_exit" ]; then
		fail "cli/$name: exit $got_exit, expected $want_exit"
		head -n 5 "$work/got.err"
	elif ! diff -u "$work/want.out" "$work/got.out" >"$work/diff"; then
		fail "cli/$name: standard output differs"
		head -n 40 "$work/diff"
	elif ! diff -u "$work/want.err" "$work/got.err" >"$work/diff"; then
		fail "cli/$name: standard error differs"
		head -n 20 "$work/diff"
	else
		pass
	fi
done

