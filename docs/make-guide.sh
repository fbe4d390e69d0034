#!/bin/sh
# make-guide.sh: rebuilds docs/query-guide.md from docs/query-guide.in, running
# every "$ cybermap ..." line on the real map and pasting its real output.
# The test suite runs the same lines, so the guide cannot drift silently.
# Usage: docs/make-guide.sh [OUT]   (default docs/query-guide.md)
set -eu
cd "$(dirname "$0")/.."
out=${1:-docs/query-guide.md}
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
done <docs/query-guide.in >"$out"
