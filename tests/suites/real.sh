#!/bin/sh
# real.sh: the real map (graphs/) and the parse cache: replaying a file gives what parsing it gives.
# Run by tests/run.sh (see tests/lib.sh).
. tests/lib.sh

# ---- the real map ----
real check 0 check
real check-strict 0 check --strict
real show-cisa 0 show cisa
real list-jp-agencies 0 list --type agency --country jp -f tsv
real search-json 0 search -f json cyber
if command -v jq >/dev/null 2>&1; then
	if jq -e '.rows | length > 0' "$work/real.out" >/dev/null; then pass; else fail "real/search-json: not JSON"; fi
fi
real stats 0 stats
# one side's view in JSON: every channel row names members of that side
# only, and no node or edge of the other side (its country node included)
for side in us jp; do
	real function-country-json-$side 0 -q --as-of 2026-11-25 function information-sharing --country $side -f json
	if "$PYTHON" -c '
import json, sys
side, other = sys.argv[2], {"us": "jp", "jp": "us"}[sys.argv[2]]
d = json.load(open(sys.argv[1]))
def theirs(i): return i == other or i.startswith(other + ".")
bad = [r["id"] for r in d["rows"] if r["section"] == "channel" and
       any(theirs(m) for m in r["detail"].replace("members: ", "").split(", "))]
bad += [n["id"] for n in d["nodes"] if theirs(n["id"])]
bad += [e["from"] + "->" + e["to"] for e in d["edges"] if theirs(e["from"]) or theirs(e["to"])]
sys.exit("other side: " + ", ".join(bad) if bad else 0)' "$work/real.out" $side; then pass
	else fail "real/function-country-json-$side: the other side shows"; fi
done

# ---- the parse cache: replaying a file must be the same as parsing it ----
cached() { # name: compares $work/a.* (no cache) with $work/b.* (cached)
	if cmp -s "$work/a.out" "$work/b.out" && cmp -s "$work/a.err" "$work/b.err" &&
		[ "$(cat "$work/a.code")" = "$(cat "$work/b.code")" ]; then
		pass
	else
		fail "cache/$1: output differs from a run without the cache"
		diff "$work/a.err" "$work/b.err" | head -n 5
	fi
}
run_as() { # a|b args...: runs the program, keeping output and status as $work/$1.*
	to=$1
	shift
	"$CYBERMAP" "$@" >"$work/$to.out" 2>"$work/$to.err" </dev/null
	echo $? >"$work/$to.code"
}
same=1
for f in tests/bad/*.yaml; do
	name=$(basename "$f" .yaml)
	case $name in *-schema-*) continue ;; esac
	[ -f "tests/bad/$name.args" ] && continue
	rm -rf "$work/c"
	run_as a $base -d "$f" --no-cache check
	for round in cold warm; do
		CYBERMAP_CACHE_DIR=$work/c run_as b $base -d "$f" check
		cmp -s "$work/a.err" "$work/b.err" || { same=0; echo "  differs: bad/$name ($round)"; }
	done
done
if [ $same = 1 ]; then pass; else fail "cache/bad-corpus-replays-the-same-problems"; fi
run_as a -d graphs --no-cache export -f jgf
run_as b -d graphs export -f jgf
run_as b -d graphs export -f jgf
cached real-map-export
rm -rf "$work/c"
run_as a -d graphs --no-cache --as-of 2022-07-20 notify energy
CYBERMAP_CACHE_DIR=$work/c run_as b -d graphs --as-of 2022-07-20 notify energy
for entry in "$work"/c/*.events; do # damage every entry past its header
	printf 'damage' | dd of="$entry" bs=1 seek=200 conv=notrunc 2>/dev/null
done
CYBERMAP_CACHE_DIR=$work/c run_as b -d graphs --as-of 2022-07-20 notify energy
cached damaged-entries-are-not-used
for entry in "$work"/c/*.events; do # cut every entry short
	head -c 100 "$entry" >"$work/cut" && mv "$work/cut" "$entry"
done
CYBERMAP_CACHE_DIR=$work/c run_as b -d graphs --as-of 2022-07-20 notify energy
cached truncated-entries-are-not-used
CYBERMAP_CACHE_DIR=/proc/self/no-such-dir run_as b -d graphs --as-of 2022-07-20 notify energy
cached unwritable-cache-is-no-problem
cp -rL tests/fixtures/mini "$work/edit"
CYBERMAP_CACHE_DIR=$work/c "$CYBERMAP" -d "$work/edit" show cisa >/dev/null
sed 's/Cybersecurity and Infrastructure Security Agency/Cyberdefenses and Infrastructure Security Agency/' \
	"$work/edit/mini.yaml" >"$work/edit/mini.new" && cat "$work/edit/mini.new" >"$work/edit/mini.yaml"
CYBERMAP_CACHE_DIR=$work/c "$CYBERMAP" -d "$work/edit" show cisa >"$work/b.out"
if grep -q "Cyberdefenses and" "$work/b.out"; then pass; else fail "cache/an-edited-file-is-parsed-again-even-at-the-same-size"; fi
rm -rf "$work/c" "$work/xdg"
CYBERMAP_CACHE_DIR=$work/c "$CYBERMAP" -d graphs --no-cache stats >/dev/null
(unset CYBERMAP_CACHE_DIR; CYBERMAP_CACHE_DIR= XDG_CACHE_HOME=$work/xdg "$CYBERMAP" -d graphs stats >/dev/null)
if [ ! -e "$work/c" ] && [ ! -e "$work/xdg" ]; then pass; else fail "cache/off-writes-nothing"; fi
(unset CYBERMAP_CACHE_DIR; XDG_CACHE_HOME=$work/xdg "$CYBERMAP" -d graphs stats >/dev/null)
if [ "$(ls "$work/xdg/cybermap" | grep -c '\.events$')" = "$(ls graphs/*.yaml | wc -l)" ] &&
	[ "$(stat -c %a "$work/xdg/cybermap")" = 700 ]; then
	pass
else
	fail "cache/kept-under-XDG_CACHE_HOME-for-the-owner-only"
fi

rm -rf "$work/c" && mkdir -p "$work/c"
i=0
while [ $i -lt 300 ]; do # old entries of maps long gone, and a dead writer's temporary file
	printf x >"$work/c/$(printf '%016x' $((0xa000 + i))).events"
	i=$((i + 1))
done
printf x >"$work/c/00000000000000ff.events.1.tmp"
printf x >"$work/c/notes.tmp" # not ours: a shared directory keeps what it had
printf x >"$work/c/other.events"
touch -d '2 days ago' "$work"/c/*
CYBERMAP_CACHE_DIR=$work/c "$CYBERMAP" -d graphs stats >/dev/null
kept=$(ls "$work/c" | grep -c '^[0-9a-f]*\.events$')
fresh=$(find "$work/c" -name '*.events' -newer "$work/c/notes.tmp" | wc -l)
if [ "$kept" = 256 ] && [ "$fresh" = "$(ls graphs/*.yaml | wc -l)" ] &&
	[ ! -e "$work/c/00000000000000ff.events.1.tmp" ] &&
	[ -e "$work/c/notes.tmp" ] && [ -e "$work/c/other.events" ]; then
	pass
else
	fail "cache/pruned-to-256-entries-oldest-first-and-only-its-own ($kept kept, $fresh new)"
fi

# anything at an entry's name but a regular file is refused: a pipe would
# hang the read, a link could lead anywhere
rm -rf "$work/c" && CYBERMAP_CACHE_DIR=$work/c "$CYBERMAP" -d tests/fixtures/mini stats >/dev/null
for entry in "$work"/c/*.events; do rm "$entry" && mkfifo "$entry"; break; done
CYBERMAP_CACHE_DIR=$work/c timeout 20 "$CYBERMAP" -d tests/fixtures/mini stats >/dev/null 2>"$work/c.err"
code=$?
if [ "$code" = 2 ] && grep -q "cybermap: cache entry '.*\.events' is a named pipe, not a file cybermap wrote; remove it" "$work/c.err"; then pass
else fail "cache/a-pipe-at-an-entry-is-refused (exit $code)"; fi
rm -rf "$work/c" && CYBERMAP_CACHE_DIR=$work/c "$CYBERMAP" -d tests/fixtures/mini stats >/dev/null
for entry in "$work"/c/*.events; do rm "$entry" && ln -s /proc/self/fd/0 "$entry"; break; done
CYBERMAP_CACHE_DIR=$work/c timeout 20 "$CYBERMAP" -d tests/fixtures/mini stats >/dev/null 2>"$work/c.err" </dev/null
code=$?
if [ "$code" = 2 ] && grep -q "is a symbolic link, not a file cybermap wrote" "$work/c.err"; then pass
else fail "cache/a-link-at-an-entry-is-refused (exit $code)"; fi
# a directory of someone else's that others may write to is refused (they
# could plant entries); only root can make one to test with
if [ "$(id -u)" = 0 ]; then
	rm -rf "$work/c" && mkdir -p "$work/c" && chown 65534 "$work/c" && chmod 777 "$work/c"
	CYBERMAP_CACHE_DIR=$work/c "$CYBERMAP" -d tests/fixtures/mini stats >/dev/null 2>"$work/c.err"
	code=$?
	if [ "$code" = 2 ] && [ -z "$(ls "$work/c")" ] &&
		grep -q "will not use the cache directory '$work/c': it is not yours and others may write to it" "$work/c.err" &&
		grep -q "use --no-cache, or set CYBERMAP_CACHE_DIR" "$work/c.err"; then pass
	else fail "cache/a-directory-others-may-write-to-is-refused (exit $code)"; fi
	chmod 700 "$work/c" && chown 0 "$work/c"
fi
# a signal during the first load of a long map leaves no temporary behind,
# and one a kill -9 left is swept by the next run
"$PYTHON" bench/gen.py 20000 "$work/long" >/dev/null
for sig in INT TERM HUP KILL; do
	rm -rf "$work/c"
	if CYBERMAP_CACHE_DIR=$work/c "$PYTHON" tests/check_signals.py "$CYBERMAP" $sig "$work/c" '*.tmp' \
		-- -d "$work/long" stats >"$work/sig.log" 2>&1; then
		# what a kill -9 left is swept by the next run
		[ $sig = KILL ] && CYBERMAP_CACHE_DIR=$work/c "$CYBERMAP" -d tests/fixtures/mini stats >/dev/null
		if [ -z "$(ls "$work/c" | grep '\.tmp$')" ]; then pass
		else fail "cache/no-temporary-left-after-SIG$sig"; fi
	else
		fail "cache/no-temporary-left-after-SIG$sig: $(cat "$work/sig.log")"
	fi
done
rm -rf "$work/long" "$work/c"

