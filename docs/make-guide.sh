#!/bin/sh
# make-guide.sh: rebuilds a document made of prose and real output, running
# every "$ cybermap ..." line of its .in file on the real map and pasting
# what the program prints.  The test suite runs the same lines, so the
# documents cannot drift silently.
# Usage: docs/make-guide.sh [OUT [IN]]
#   default: docs/query-guide.md from docs/query-guide.in
#   docs/make-guide.sh docs/history.md docs/history.in
set -eu
cd "$(dirname "$0")/.."
out=${1:-docs/query-guide.md}
in=${2:-docs/query-guide.in}
CYBERMAP=${CYBERMAP:-./cybermap}
while IFS= read -r line; do
	case $line in
	'$ cybermap '*)
		echo '```'
		echo "$line"
		eval "set -- ${line#\$ cybermap }"
		"$CYBERMAP" -d graphs "$@" 2>&1 | sed 's/[[:space:]]*$//' || true
		echo '```'
		;;
	*) printf '%s\n' "$line" ;;
	esac
done <"$in" >"$out"
