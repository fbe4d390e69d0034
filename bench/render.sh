#!/bin/sh
# render.sh: cybermap drawing a chart in-process against Graphviz's own dot
# program rendering the DOT cybermap writes for the same chart.  Medians of
# RUNS runs, side by side in one go.
#
#     bench/render.sh [RUNS] [QUERY...]     default: 9 function incident-response
set -eu
runs=${1:-9}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || set -- function incident-response
cybermap=${CYBERMAP:-./cybermap}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$cybermap" "$@" -f dot >"$tmp/chart.dot"
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
time_ms() { # command...: wall time in ms
	start=$(date +%s%N)
	"$@" >/dev/null
	end=$(date +%s%N)
	echo $(( (end - start) / 1000000 ))
}
i=0
while [ $i -lt "$runs" ]; do
	time_ms "$cybermap" "$@" -o "$tmp/ours.png" >>"$tmp/ours"
	time_ms dot -Tpng:cairo -o "$tmp/theirs.png" "$tmp/chart.dot" >>"$tmp/theirs"
	i=$((i + 1))
done
ours=$(median <"$tmp/ours")
theirs=$(median <"$tmp/theirs")
echo "chart: cybermap $*"
echo "cybermap (load, query, layout, render): ${ours} ms"
echo "dot -Tpng on the same DOT:              ${theirs} ms"
awk -v a="$ours" -v b="$theirs" 'BEGIN {printf "ratio: %.2f\n", a / b}'
