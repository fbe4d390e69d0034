#!/bin/sh
# run.sh: the whole test suite.  Sets up one environment, runs each suite
# of tests/suites/ in turn (each a script of its own; see tests/lib.sh),
# passes their lines through and ends with one line:
# "N passed, N failed" (and ", N skipped" when a case could not run here).
#
#   sh tests/run.sh              every suite
#   sh tests/run.sh golden bad   only these suites
#
# CYBERMAP is the program under test, UNIT_TESTS the unit-test binary.
# CYBERMAP_REQUIRE_BROWSER=1 (CI sets it) makes a missing browser a failure
# rather than a skip.
set -u
CYBERMAP=${CYBERMAP:-./cybermap}
UNIT_TESTS=${UNIT_TESTS:-build/release/unit-tests}
unset CYBERMAP_DATA NO_COLOR
export LC_ALL=C.UTF-8 TZ=UTC
# "today" for every test: 2026-11-25 (the day the map was first checked)
SOURCE_DATE_EPOCH=1795564800
# Debian's Python, with the Debian packages `make deps` installs
PYTHON=${PYTHON:-$(command -v /usr/bin/python3 || command -v python3)}
# under AddressSanitizer: Graphviz's and the font libraries' one-time allocations
LSAN_OPTIONS="suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0"
work=$(mktemp -d "${TMPDIR:-/tmp}/cybermap-tests.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
# parsed map files are cached here, never in the user's own cache; every
# run after the first of a map replays it, so most cases test that path
CYBERMAP_CACHE_DIR=$work/cache
# the site's assets (the ask page's scripts, made elsewhere) are none unless
# a test gives some, so that a build/site/ lying about changes no answer
CYBERMAP_SITE_ASSETS=$work/no-site-assets
export CYBERMAP UNIT_TESTS SOURCE_DATE_EPOCH PYTHON LSAN_OPTIONS work CYBERMAP_CACHE_DIR \
	CYBERMAP_SITE_ASSETS

SUITES="unit golden bad real pictures characters fault stdout bench examples site docs boundary"
[ $# -gt 0 ] && SUITES="$*"

passed=0
failed=0
skipped=0
for suite in $SUITES; do
	if [ ! -f "tests/suites/$suite.sh" ]; then
		echo "FAIL no suite '$suite' (tests/suites/$suite.sh)"
		failed=$((failed + 1))
		continue
	fi
	sh "tests/suites/$suite.sh" >"$work/suite.out" 2>&1 </dev/null
	tally=$(grep '^@tally ' "$work/suite.out" | tail -n 1)
	grep -v '^@tally ' "$work/suite.out"
	if [ -z "$tally" ]; then
		echo "FAIL suite '$suite' stopped before its end"
		failed=$((failed + 1))
		continue
	fi
	set -- $tally
	passed=$((passed + $2))
	failed=$((failed + $3))
	skipped=$((skipped + $4))
done

if [ "$skipped" -gt 0 ]; then
	echo "$passed passed, $failed failed, $skipped skipped"
else
	echo "$passed passed, $failed failed"
fi
[ "$failed" = 0 ]
