#!/bin/sh
# run.sh: the benchmark suite (`make bench`).  For each map size, the same
# jobs for each tool, each from a cold process, RUNS times; prints one table
# of median time and peak memory with the ratios the targets speak of, and
# writes it to build/bench/results.md.
#
#     bench/run.sh [SIZES] [RUNS]      default: "500 10000 100000" 3
set -eu
sizes=${1:-500 10000 100000}
runs=${2:-3}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cybermap=${CYBERMAP:-$root/cybermap}
floor=${FLOOR:-$root/build/release/bench-floor}
out=${BENCH_OUT:-$root/build/bench}
# Debian's Python, with the packages `make bench-deps` installs
py=${PYTHON:-$(command -v /usr/bin/python3 || command -v python3)}
mkdir -p "$out"
# cybermap's parse cache, kept apart from the user's own: "cybermap" rows
# parse (--no-cache), "cybermap cached" rows replay a cache made just before
CYBERMAP_CACHE_DIR=$out/cache
export CYBERMAP_CACHE_DIR
results=$out/results.tsv
: >"$results"

measure() { # label size job command...: median seconds and peak MB over $runs runs
	label=$1 size=$2 job=$3
	shift 3
	i=0
	: >"$out/times"
	while [ $i -lt "$runs" ]; do
		# wall time to the microsecond (time's own %e has 10 ms steps), peak memory from time
		start=$(date +%s%N)
		/usr/bin/time -f "%M" -o "$out/one" "$@" >/dev/null 2>"$out/err" || {
			echo "failed: $*" >&2; cat "$out/err" >&2; return 0; }
		end=$(date +%s%N)
		echo "$(( (end - start) / 1000 )) $(cat "$out/one")" |
			awk '{printf "%.6f %s\n", $1 / 1e6, $2}' >>"$out/times"
		i=$((i + 1))
	done
	sort -n "$out/times" | awk -v n="$runs" -v l="$label" -v s="$size" -v j="$job" '
		{t[NR] = $1; m[NR] = $2} END {printf "%s\t%s\t%s\t%.3f\t%.1f\n", s, j, l, t[int((n + 1) / 2)], m[int((n + 1) / 2)] / 1024}' >>"$results"
}

big="--max-file-size 4G" # a million nodes make a file of about 320 MB
for n in $sizes; do
	dir=$out/$n
	[ -f "$dir/map.yaml" ] || "$py" "$here/gen.py" "$n" "$dir"
	[ -f "$dir/map.dot" ] || "$cybermap" $big -d "$dir" export -f dot -o "$dir/map.dot"
	from=s.n0 to=s.n$((n * 9 / 10 - 12))
	measure floor "$n" load "$floor" "$dir/schema.yaml" "$dir/map.yaml"
	measure cybermap "$n" load "$cybermap" $big --no-cache -d "$dir" stats
	"$cybermap" $big -d "$dir" stats >/dev/null
	measure "cybermap cached" "$n" load "$cybermap" $big -d "$dir" stats
	measure networkx "$n" load "$py" "$here/baseline.py" networkx count "$dir"
	measure igraph "$n" load "$py" "$here/baseline.py" igraph count "$dir"
	measure gvpr "$n" load gvpr -f "$here/count.gvpr" "$dir/map.dot"
	measure cybermap "$n" path "$cybermap" $big --no-cache -d "$dir" path "$from" "$to"
	measure "cybermap cached" "$n" path "$cybermap" $big -d "$dir" path "$from" "$to"
	measure networkx "$n" path "$py" "$here/baseline.py" networkx path "$dir" "$from" "$to"
	measure igraph "$n" path "$py" "$here/baseline.py" igraph path "$dir" "$from" "$to"
	measure gvpr "$n" path gvpr -f "$here/path.gvpr" -a "$from $to" "$dir/map.dot"
	measure cybermap "$n" reach "$cybermap" $big --no-cache -d "$dir" reach s.n6 --via notifies
	measure "cybermap cached" "$n" reach "$cybermap" $big -d "$dir" reach s.n6 --via notifies
	measure networkx "$n" reach "$py" "$here/baseline.py" networkx reach "$dir" s.n6 notifies
	measure igraph "$n" reach "$py" "$here/baseline.py" igraph reach "$dir" s.n6 notifies
	measure gvpr "$n" reach gvpr -f "$here/reach.gvpr" -a "s.n6 notifies" "$dir/map.dot"
done
"$cybermap" -d "$root/graphs" stats >/dev/null
for cache in --no-cache ""; do
	label=cybermap
	[ -z "$cache" ] && label="cybermap cached"
	measure "$label" real notify "$cybermap" $cache -d "$root/graphs" notify energy --country us
	measure "$label" real show "$cybermap" $cache -d "$root/graphs" show cisa
	measure "$label" real path "$cybermap" $cache -d "$root/graphs" path cisa 警察庁
done
"$cybermap" -d "$root/graphs" function incident-response -f dot >"$out/function.dot"
measure cybermap real render "$cybermap" -d "$root/graphs" function incident-response -o "$out/ours.png"
measure dot real render dot -Tpng:cairo -o "$out/theirs.png" "$out/function.dot"

# text queries on the real map, finer than one run can show: the mean of
# 100 runs in a row, with the cache (as a user runs them) and without
mean_ms() { # command...: mean wall time of 100 runs, in ms
	start=$(date +%s%N)
	for i in $(seq 100); do "$@" >/dev/null 2>&1; done
	echo $(( ($(date +%s%N) - start) / 100000 )) | awk '{printf "%.2f", $1 / 1000}'
}
{
	"$py" "$here/table.py" "$results"
	echo
	echo "Text queries on the real map, mean of 100 runs each (ms):"
	echo
	echo "| query | cached | parsing |"
	echo "|---|---|---|"
	echo "| notify energy --country us | $(mean_ms "$cybermap" -d "$root/graphs" notify energy --country us) | $(mean_ms "$cybermap" --no-cache -d "$root/graphs" notify energy --country us) |"
	echo "| show cisa | $(mean_ms "$cybermap" -d "$root/graphs" show cisa) | $(mean_ms "$cybermap" --no-cache -d "$root/graphs" show cisa) |"
	echo "| path cisa 警察庁 | $(mean_ms "$cybermap" -d "$root/graphs" path cisa 警察庁) | $(mean_ms "$cybermap" --no-cache -d "$root/graphs" path cisa 警察庁) |"
} | tee "$out/results.md"
