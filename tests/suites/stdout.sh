#!/bin/sh
# stdout.sh: standard output: a closed pipe is quiet, a full disk is an error,
# and text output never loads Graphviz.
# Run by tests/run.sh (see tests/lib.sh).
. tests/lib.sh

# ---- standard output ----
("$CYBERMAP" -d graphs list 2>"$work/pipe.err"; echo $? >"$work/pipe.code") | head -n 1 >/dev/null
pic pipe-into-head-is-quiet test ! -s "$work/pipe.err"
"$CYBERMAP" -d tests/fixtures/mini list >/dev/full 2>"$work/full.err"
code=$?
pic stdout-full-exit test "$code" = 2
pic stdout-full-message grep -q "cannot write standard output: No space left on device" "$work/full.err"
# Graphviz is loaded for a drawing only: the dynamic loader's own trace
# must show it for DOT and must not for text
LD_DEBUG=files "$CYBERMAP" -d tests/fixtures/mini show cisa >/dev/null 2>"$work/ld-text.log"
LD_DEBUG=files "$CYBERMAP" -d tests/fixtures/mini show cisa -f dot >/dev/null 2>"$work/ld-dot.log"
if grep -q "file=libgvc" "$work/ld-dot.log" && grep -q "file=libyaml" "$work/ld-text.log" &&
	! grep -q "file=libgvc" "$work/ld-text.log"; then
	pass
else
	fail "start-up/text-output-never-loads-graphviz"
fi

