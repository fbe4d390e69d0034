#!/bin/sh
# unit.sh: the unit tests (tests/unit/*.c, one binary).
# Run by tests/run.sh (see tests/lib.sh).
. tests/lib.sh

# ---- unit tests ----
if "$UNIT_TESTS" >"$work/unit.out" 2>&1; then :; fi
cat "$work/unit.out" | grep -v '^unit: ' || true
line=$(grep '^unit: ' "$work/unit.out")
up=$(echo "$line" | sed -n 's/^unit: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
uf=$(echo "$line" | sed -n 's/^unit: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
if [ -z "$up" ]; then
	fail "unit tests did not finish"
else
	passed=$((passed + up))
	failed=$((failed + uf))
fi

