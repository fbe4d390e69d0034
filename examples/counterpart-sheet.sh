#!/bin/sh
# counterpart-sheet.sh: every body on one side with its best match on the
# other, as CSV for a spreadsheet -- declared counterparts first, otherwise
# the body sharing the most functions.
#
#     examples/counterpart-sheet.sh [us|jp] [cybermap options...]
set -eu
side=${1:-us}
[ $# -gt 0 ] && shift
cybermap=${CYBERMAP:-cybermap}
command -v "$cybermap" >/dev/null 2>&1 || cybermap=./cybermap
csv() { printf '"%s"' "$(printf '%s' "$1" | sed 's/"/""/g')"; }
echo "id,name,counterpart,counterpart_name,kind,detail"
for type in agency office council organization; do
	"$cybermap" "$@" list --type "$type" --country "$side" -f tsv | tail -n +2 | cut -f1,4
done | sort | while IFS='	' read -r id name; do
	best=$("$cybermap" "$@" counterpart "$id" -f tsv 2>/dev/null | sed -n 2p || true)
	if [ -n "$best" ]; then
		kind=$(printf '%s' "$best" | cut -f1)
		other=$(printf '%s' "$best" | cut -f2)
		other_name=$(printf '%s' "$best" | cut -f4)
		detail=$(printf '%s' "$best" | cut -f5)
	else
		kind="none" other="" other_name="" detail=""
	fi
	printf '%s,%s,%s,%s,%s,%s\n' "$(csv "$id")" "$(csv "$name")" "$(csv "$other")" \
		"$(csv "$other_name")" "$(csv "$kind")" "$(csv "$detail")"
done
