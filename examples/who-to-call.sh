#!/bin/sh
# who-to-call.sh: a sector in, a Markdown table of who must (or should) be
# told and by when out -- for an incident playbook.
#
#     examples/who-to-call.sh SECTOR [cybermap options...]
#     examples/who-to-call.sh energy --country us
set -eu
sector=${1:?usage: who-to-call.sh SECTOR [cybermap options]}
shift
cybermap=${CYBERMAP:-cybermap}
command -v "$cybermap" >/dev/null 2>&1 || cybermap=./cybermap
"$cybermap" "$@" notify "$sector" -f tsv | awk -F'\t' '
NR == 1 {
	for (i = 1; i <= NF; i++) col[$i] = i
	print "| step | who | by (from the incident) | when | basis | duty | law |"
	print "|---|---|---|---|---|---|---|"
	next
}
{
	indent = ""
	for (d = 1; d < $col["depth"]; d++) indent = indent "↳ "
	who = $col["name"] " (" $col["to"] ")"
	by = $col["by"]
	if ($col["pending"] != "") by = by " (pending: " $col["pending"] ")"
	gsub(/\|/, "/")
	printf "| %s | %s%s | %s | %s | %s | %s | %s |\n", $col["depth"], indent, who, by,
		$col["trigger"], $col["basis"], $col["duty"], $col["law"]
}'
