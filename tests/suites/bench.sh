#!/bin/sh
# bench.sh: the benchmark scripts run at their smallest size (timings are not tested).
# Run by tests/run.sh (see tests/lib.sh).
. tests/lib.sh

# ---- the benchmark's scripts run, at their smallest size (timings are
# never asserted; under valgrind the hundreds of timed runs would take hours)
if [ -z "${VALGRIND_PROGRAM:-}" ]; then
	CYBERMAP=$CYBERMAP FLOOR=${REPLAY_DIR:-build/release}/bench-floor BENCH_OUT=$work/bench \
		PYTHON=$PYTHON sh bench/run.sh 500 1 >"$work/bench.log" 2>&1
	if grep -q '^| 500 | load | cybermap | .* | cybermap/floor ' "$work/bench.log" &&
		grep -q '^| 500 | reach | cybermap cached | ' "$work/bench.log" &&
		grep -q '^| real | render | dot | .* | cybermap/dot ' "$work/bench.log" &&
		grep -q '^| show cisa | [0-9.]* | [0-9.]* |$' "$work/bench.log"; then
		pass
	else
		fail "bench/scripts-run-at-500-nodes"
		tail -n 5 "$work/bench.log"
	fi
fi

"$CYBERMAP" -d graphs stats -f tsv >"$work/stats.tsv"
"$CYBERMAP" -d graphs export -o "$work/map.graphml"
"$CYBERMAP" -d graphs export -f jgf -o "$work/map.jgf"
"$CYBERMAP" -d graphs export -f csv -o "$work/neo4j" >/dev/null
pic export-counts-and-types "$PYTHON" tests/check_export.py "$work/stats.tsv" "$work/map.graphml" \
	"$work/map.jgf" "$work/neo4j"
"$CYBERMAP" $hostile export -f cypher -o "$work/hostile.cypher"
pic cypher-quotes-hostile-names "$PYTHON" tests/check_export.py cypher-name "$work/hostile.cypher" \
	'Quote " back\slash <script>alert(1)</script> & tab	here'
"$CYBERMAP" -d graphs --country jp export -f jgf -o "$work/jp.jgf"
pic export-honours-country "$PYTHON" -c 'import json,sys; n=json.load(open(sys.argv[1]))["graph"]["nodes"]; assert n and not [k for k in n if k.startswith("us.")]' "$work/jp.jgf"
"$CYBERMAP" -d graphs --as-of 2022-07-20 export -f jgf -o "$work/2022.jgf"
pic export-honours-as-of "$PYTHON" -c 'import json,sys; n=json.load(open(sys.argv[1]))["graph"]["nodes"]; assert n["jp.nisc"]["metadata"]["status"] == "current" and "jp.nco" not in n' "$work/2022.jgf"

