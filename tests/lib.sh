# lib.sh: what every suite of tests/suites/ shares.  A suite is a shell
# script run from the repository's root by tests/run.sh, with the
# environment that script sets up ($CYBERMAP, $work, $PYTHON, ...).  It
# calls pass, fail NAME or skip NAME REASON per case; a failure's details
# follow on lines of their own.  On exit the suite prints its tally, which
# run.sh adds up.
passed=0
failed=0
skipped=0

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }
skip() { skipped=$((skipped + 1)); echo "SKIP $1: $2"; }
trap 'echo "@tally $passed $failed $skipped"' EXIT

# Fixture maps, pinned to the day the goldens were written.
fixture="-d tests/fixtures/mini --as-of 2026-11-25"
hostile="-d tests/fixtures/mini -d tests/fixtures/hostile/hostile.yaml --as-of 2026-11-25"

pic() { # name check-command: runs the check, passes when it succeeds
	name=$1
	shift
	if "$@" >"$work/pic.log" 2>&1; then pass; else fail "pictures/$name"; head -n 5 "$work/pic.log"; fi
}

real() { # name expected-exit args...: the program on the real map
	name=$1 want=$2
	shift 2
	"$CYBERMAP" -d graphs "$@" >"$work/real.out" 2>"$work/real.err" </dev/null
	code=$?
	if [ "$code" != "$want" ]; then
		fail "real/$name: exit $code, expected $want"
		head -n 5 "$work/real.err"
	else
		pass
	fi
}
