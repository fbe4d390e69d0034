#!/bin/sh
# fault.sh: fault injection (every allocation fails in turn) and every saved fuzz input, replayed.
# Run by tests/run.sh (see tests/lib.sh).
. tests/lib.sh

# ---- fault injection: every allocation site fails in turn, each failure
# ends in a clean error (under SANITIZE=, with no leak or crash either) ----
if [ -n "${FAULT_TEST:-}" ]; then
	"$FAULT_TEST" >"$work/fault.log" 2>&1
	for scenario in check check-cached notify render; do
		if grep -q "^fault $scenario: .* [0-9]* clean, 0 not$" "$work/fault.log"; then pass
		else fail "fault/$scenario"; grep "^fault $scenario" "$work/fault.log" | head -n 5; fi
	done
	grep "call paths" "$work/fault.log" | sed 's/^/  /'
fi

# ---- every saved fuzz input, replayed without libFuzzer ----
for t in load resolve search dates escape events; do
	replay=${REPLAY_DIR:-build/release}/fuzz-replay-$t
	if [ ! -x "$replay" ]; then
		fail "fuzz/$t: no replay driver $replay"
	elif "$replay" tests/fuzz/$t >"$work/replay.log" 2>&1; then
		pass
	else
		fail "fuzz/$t: a saved input fails"
		tail -n 20 "$work/replay.log"
	fi
done

