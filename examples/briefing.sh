#!/bin/sh
# briefing.sh: a briefing pack -- a diagram for every function and a
# notification chart for every sector of both countries, plus index.md that
# embeds them all.
#
#     examples/briefing.sh OUTDIR [FORMAT] [-- cybermap options...]
#
# FORMAT is svg (default) or png.  Options after "--" go to every cybermap
# call, e.g. -- --as-of 2022-07-20 --lang ja.
set -eu
out=${1:?usage: briefing.sh OUTDIR [svg|png] [-- cybermap options]}
format=${2:-svg}
shift $(( $# >= 2 ? 2 : 1 ))
[ "${1:-}" = "--" ] && shift
cybermap=${CYBERMAP:-cybermap}
command -v "$cybermap" >/dev/null 2>&1 || cybermap=./cybermap
mkdir -p "$out"
index=$out/index.md.tmp
{
	echo "# Cyber security briefing pack"
	echo
	echo "Made by cybermap from the map in its data directory. Each chart"
	echo "shows who is involved and how; solid lines are rules on paper"
	echo "(statute, regulation, executive order), dashed lines policy,"
	echo "dotted lines practice."
	echo
	echo "## Functions"
	echo
} >"$index"
# every function: id and name, one per line
"$cybermap" "$@" list --type function -f tsv | tail -n +2 | cut -f1,4 |
while IFS='	' read -r id name; do
	file=function-$id.$format
	"$cybermap" "$@" function "$id" -o "$out/$file"
	printf '### %s\n\n![%s](%s)\n\n' "$name" "$name" "$file" >>"$index"
done
for side in us jp; do
	title=$("$cybermap" "$@" show "$side" -f tsv | awk -F'\t' '$2 == "name" {print $3}')
	printf '## Who is told: %s\n\n' "$title" >>"$index"
	"$cybermap" "$@" list --type sector --country "$side" -f tsv | tail -n +2 | cut -f1,4 |
	while IFS='	' read -r id name; do
		file=notify-$id.$format
		status=0
		"$cybermap" "$@" notify "$id" -o "$out/$file" || status=$?
		case $status in
		0) printf '### %s\n\n![%s](%s)\n\n' "$name" "$name" "$file" >>"$index" ;;
		1) printf '### %s\n\nNo notification flows are recorded.\n\n' "$name" >>"$index" ;;
		*) exit "$status" ;;
		esac
	done
done
mv "$index" "$out/index.md"
echo "$out/index.md"
