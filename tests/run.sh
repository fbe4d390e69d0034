#!/bin/sh
# run.sh: the whole test suite.  Unit tests, command-line golden tests
# (tests/cli/*.t), the bad-input corpus (tests/bad), generated hostile inputs
# and checks on the real map.  Ends with one line "N passed, N failed".
#
# CYBERMAP is the program under test, UNIT_TESTS the unit-test binary.
set -u
CYBERMAP=${CYBERMAP:-./cybermap}
UNIT_TESTS=${UNIT_TESTS:-build/release/unit-tests}
export CYBERMAP
unset CYBERMAP_DATA NO_COLOR
export LC_ALL=C.UTF-8 TZ=UTC
# "today" for every test: 2026-11-25 (the day the map was first checked)
SOURCE_DATE_EPOCH=1795564800
export SOURCE_DATE_EPOCH
# Debian's Python, with the Debian packages `make deps` installs
PYTHON=${PYTHON:-$(command -v /usr/bin/python3 || command -v python3)}
# under AddressSanitizer: Graphviz's and the font libraries' one-time allocations
LSAN_OPTIONS="suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0"
export LSAN_OPTIONS
work=$(mktemp -d "${TMPDIR:-/tmp}/cybermap-tests.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
# parsed map files are cached here, never in the user's own cache; every
# run after the first of a map replays it, so most cases test that path
CYBERMAP_CACHE_DIR=$work/cache
export CYBERMAP_CACHE_DIR
passed=0
failed=0

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }

# ---- unit tests ----
if "$UNIT_TESTS" >"$work/unit.out" 2>&1; then :; fi
cat "$work/unit.out" | grep -v '^unit: ' || true
line=$(grep '^unit: ' "$work/unit.out")
up=$(echo "$line" | sed -n 's/^unit: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
uf=$(echo "$line" | sed -n 's/^unit: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
if [ -z "$up" ]; then
	fail "unit tests did not finish"
else
	passed=$((passed + up))
	failed=$((failed + uf))
fi

# ---- golden tests: tests/cli/*.t ----
# A case: "args: ..." (shell words), "exit: N", then optional "--- stdout"
# and "--- stderr" sections.  Without -d the fixture map is used.
for t in tests/cli/*.t; do
	name=$(basename "$t" .t)
	args=$(sed -n 's/^args: //p' "$t" | head -n 1)
	want_exit=$(sed -n 's/^exit: //p' "$t" | head -n 1)
	awk '/^--- stdout$/ {s=1; next} /^--- stderr$/ {s=0} s' "$t" >"$work/want.out"
	awk '/^--- stderr$/ {s=1; next} /^--- stdout$/ {s=0} s' "$t" >"$work/want.err"
	eval "set -- $args"
	CYBERMAP_DATA=tests/fixtures/mini "$CYBERMAP" "$@" >"$work/got.out" 2>"$work/got.err" </dev/null
	got_exit=$?
	if [ "$got_exit" != "$want_exit" ]; then
		fail "cli/$name: exit $got_exit, expected $want_exit"
		head -n 5 "$work/got.err"
	elif ! diff -u "$work/want.out" "$work/got.out" >"$work/diff"; then
		fail "cli/$name: standard output differs"
		head -n 40 "$work/diff"
	elif ! diff -u "$work/want.err" "$work/got.err" >"$work/diff"; then
		fail "cli/$name: standard error differs"
		head -n 20 "$work/diff"
	else
		pass
	fi
done

# ---- bad inputs: tests/bad/NAME.yaml with NAME.err (the first line of
# standard error).  NAME.args, if present, replaces the arguments; $F is the
# case file, $W a scratch directory.
bad_case() { # name file expected-first-line args...
	name=$1 file=$2 expected=$3
	shift 3
	prog=$(cd "$(dirname "$CYBERMAP")" && pwd)/$(basename "$CYBERMAP")
	(cd "${RUN_DIR:-.}" && exec "$prog" "$@") >"$work/bad.out" 2>"$work/bad.err" </dev/null
	code=$?
	first=$(head -n 1 "$work/bad.err")
	if [ "$code" != 2 ]; then
		fail "bad/$name: exit $code, expected 2"
	elif [ "$first" != "$expected" ]; then
		fail "bad/$name: wrong message"
		echo "  expected: $expected"
		echo "  got:      $first"
	elif [ -s "$work/bad.out" ]; then
		fail "bad/$name: wrote to standard output"
	else
		pass
	fi
}

base="-d tests/fixtures/mini"
for f in tests/bad/*.yaml; do
	name=$(basename "$f" .yaml)
	expected=$(head -n 1 "tests/bad/$name.err")
	mkdir -p "$work/w"
	case $name in
	*-schema-*) # a broken schema: load it alone, as schema.yaml
		cp "$f" "$work/w/schema.yaml"
		RUN_DIR=$work/w bad_case "$name" "$f" "$expected" -d schema.yaml check
		rm -rf "$work/w"
		continue
		;;
	esac
	if [ -f "tests/bad/$name.args" ]; then
		args=$(sed "s#\\\$F#$f#g; s#\\\$W#$work/w#g" "tests/bad/$name.args")
	else
		args="$base -d $f check"
	fi
	eval "set -- $args"
	bad_case "$name" "$f" "$expected" "$@"
	rm -rf "$work/w"
done

# ---- generated hostile inputs (too big to keep in the repository) ----
gen=$work/gen
mkdir -p "$gen"
"$PYTHON" -c 'import sys; sys.stdout.write("nodes:\n  - id: a.b\n    type: agency\n    name: " + "x" * (10 * 1024 * 1024) + "\n")' >"$gen/huge-scalar.yaml"
bad_case huge-scalar "$gen/huge-scalar.yaml" \
	"cybermap: $gen/huge-scalar.yaml:4:11: value of 10485760 bytes is longer than the limit of 1048576 bytes" \
	-d tests/fixtures/mini -d "$gen/huge-scalar.yaml" check
"$PYTHON" -c 'import sys; sys.stdout.write("nodes: " + "[" * 100000 + "]" * 100000 + "\n")' >"$gen/deep-flow.yaml"
bad_case deep-flow "$gen/deep-flow.yaml" \
	"cybermap: $gen/deep-flow.yaml:1:71: nesting deeper than 64 levels" \
	-d tests/fixtures/mini -d "$gen/deep-flow.yaml" check
"$PYTHON" -c 'import sys; sys.stdout.write("nodes:\n  " + "- " * 10000 + "x\n")' >"$gen/deep-block.yaml"
bad_case deep-block "$gen/deep-block.yaml" \
	"cybermap: $gen/deep-block.yaml:2:129: nesting deeper than 64 levels" \
	-d tests/fixtures/mini -d "$gen/deep-block.yaml" check
# a map file must be a regular file: a pipe would wait for a writer (it is
# opened without waiting) and a device has no size to check (/dev/zero
# never ends); each is refused before a byte is read
mkfifo "$gen/pipe.yaml" && ln -s "$gen/pipe.yaml" "$gen/link-to-pipe.yaml" && mkdir "$gen/dir.yaml"
bad_case fifo-map-file "$gen/pipe.yaml" \
	"cybermap: cannot read '$gen/pipe.yaml': it is a named pipe, not a regular file" \
	-d tests/fixtures/mini -d "$gen/pipe.yaml" check
bad_case link-to-fifo-map-file "$gen/link-to-pipe.yaml" \
	"cybermap: cannot read '$gen/link-to-pipe.yaml': it is a named pipe, not a regular file" \
	-d tests/fixtures/mini -d "$gen/link-to-pipe.yaml" check
mkdir -p "$gen/in-dir" && cp tests/fixtures/mini/*.yaml "$gen/in-dir/" && ln -s "$gen/pipe.yaml" "$gen/in-dir/z.yaml"
bad_case fifo-in-map-directory "$gen/in-dir" \
	"cybermap: cannot read '$gen/in-dir/z.yaml': it is a named pipe, not a regular file" \
	-d "$gen/in-dir" check
rm "$gen/in-dir/z.yaml" && mv "$gen/dir.yaml" "$gen/in-dir/z.yaml"
bad_case directory-in-map-directory "$gen/in-dir" \
	"cybermap: cannot read '$gen/in-dir/z.yaml': it is a directory, not a regular file" \
	-d "$gen/in-dir" check
rm -rf "$gen/in-dir" "$gen/pipe.yaml" "$gen/link-to-pipe.yaml"
# deep nesting in files long enough for the second thread: each is refused
# at once (the thread stops at the first start past the limit)
for i in 1 2 3 4; do
	"$PYTHON" -c 'import sys; sys.stdout.write("nodes: " + "[" * 300000 + "\n")' >"$gen/deep-long-$i.yaml"
done
"$CYBERMAP" -d tests/fixtures/mini -d "$gen/deep-long-1.yaml" -d "$gen/deep-long-2.yaml" \
	-d "$gen/deep-long-3.yaml" -d "$gen/deep-long-4.yaml" check >/dev/null 2>"$work/deep.err"
if [ "$(grep -c "1:71: nesting deeper than 64 levels" "$work/deep.err")" = 4 ]; then pass
else fail "bad/deep-nesting-in-long-files-refused"; fi
rm -f "$gen"/deep-long-*.yaml
# long files are parsed on a second thread: problems must come out as from one
"$PYTHON" - "$gen" <<'PY'
import sys
out = sys.argv[1]
body = ["nodes:"]
for i in range(4000):
    body += ["  - id: x.n%d" % i, "    type: agency",
             "    name: Generated agency %d, named at length to make the file long" % i,
             "    country: us"]
def write(name, lines):
    open("%s/%s.yaml" % (out, name), "w").write("\n".join(lines) + "\n")
write("long-syntax", body + ["  - id: [unclosed"])
write("long-duplicate", body[:8001] + ["    country: jp"] + body[8001:] + ["  - id: [unclosed"])
write("long-anchor", body + ["  - id: &a x.y"])
PY
bad_case long-anchor "$gen/long-anchor.yaml" \
	"cybermap: $gen/long-anchor.yaml:16002:9: YAML anchors and aliases are not supported in map files; write the value out" \
	--no-cache -d tests/fixtures/mini -d "$gen/long-anchor.yaml" check
bad_case long-syntax "$gen/long-syntax.yaml" \
	"cybermap: $gen/long-syntax.yaml:16003:1: YAML syntax error: did not find expected ',' or ']' while parsing a flow sequence" \
	--no-cache -d tests/fixtures/mini -d "$gen/long-syntax.yaml" check
bad_case long-duplicate-before-syntax "$gen/long-duplicate.yaml" \
	"cybermap: $gen/long-duplicate.yaml:8002:5: duplicate key 'country' (first at line 8001)" \
	--no-cache -d tests/fixtures/mini -d "$gen/long-duplicate.yaml" check
if [ "$(wc -l <"$work/bad.err")" = 1 ]; then pass; else fail "bad/long-file-reports-only-the-first-yaml-problem"; fi

# ---- the real map ----
real() { # name expected-exit args...
	name=$1 want=$2
	shift 2
	"$CYBERMAP" -d graphs "$@" >"$work/real.out" 2>"$work/real.err" </dev/null
	code=$?
	if [ "$code" != "$want" ]; then
		fail "real/$name: exit $code, expected $want"
		head -n 5 "$work/real.err"
	else
		pass
	fi
}
real check 0 check
real check-strict 0 check --strict
real show-cisa 0 show cisa
real list-jp-agencies 0 list --type agency --country jp -f tsv
real search-json 0 search -f json cyber
if command -v jq >/dev/null 2>&1; then
	if jq -e '.rows | length > 0' "$work/real.out" >/dev/null; then pass; else fail "real/search-json: not JSON"; fi
fi
real stats 0 stats

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

# ---- pictures ----
pic() { # name check-command: runs the check, passes when it succeeds
	name=$1
	shift
	if "$@" >"$work/pic.log" 2>&1; then pass; else fail "pictures/$name"; head -n 5 "$work/pic.log"; fi
}
fixture="-d tests/fixtures/mini --as-of 2026-11-25"
hostile="-d tests/fixtures/mini -d tests/fixtures/hostile/hostile.yaml --as-of 2026-11-25"
"$CYBERMAP" $fixture show cisa nco -o "$work/show.png"
"$CYBERMAP" $fixture show cisa nco -o "$work/show.svg"
"$CYBERMAP" $fixture notify energy --country us -o "$work/notify.pdf"
"$CYBERMAP" $fixture --lang ja function incident-response -o "$work/function-ja.png"
"$CYBERMAP" $hostile show x.hostile -o "$work/hostile.svg"
"$CYBERMAP" -d tests/fixtures/gaps --as-of 2026-11-25 gaps -o "$work/gaps.svg"
"$CYBERMAP" $hostile show x.hostile -f dot >"$work/hostile.dot"
pic png-valid "$PYTHON" tests/check_picture.py png "$work/show.png"
pic png-japanese-valid "$PYTHON" tests/check_picture.py png "$work/function-ja.png"
pic pdf-valid "$PYTHON" tests/check_picture.py pdf "$work/notify.pdf"
pic svg-labels "$PYTHON" tests/check_picture.py svg "$work/show.svg" \
	"Cybersecurity and Infrastructure" "国家サイバー統括室" "https://www.cisa.gov/" \
	"Leads the national effort"
pic svg-gaps-marked "$PYTHON" tests/check_picture.py svg "$work/gaps.svg" "Function B" "gap"
pic svg-hostile-escaped "$PYTHON" tests/check_picture.py svg "$work/hostile.svg" \
	"&lt;script&gt;alert(1)&lt;/script&gt;" "back\\slash" "https://example.org/?a=1&amp;b=2"
pic svg-hostile-no-script sh -c '! grep -q "<script" "$1"' - "$work/hostile.svg"
pic dot-hostile-parses dot -Tsvg -o /dev/null "$work/hostile.dot"
# the same input gives the same bytes
"$CYBERMAP" $fixture show cisa nco -f dot >"$work/a.dot"
"$CYBERMAP" $fixture show cisa nco -f dot >"$work/b.dot"
"$CYBERMAP" $fixture show cisa nco -f svg >"$work/b.svg"
pic dot-deterministic cmp "$work/a.dot" "$work/b.dot"
pic svg-deterministic cmp "$work/show.svg" "$work/b.svg"
# a failed render leaves the old file as it was, and no temporary behind
"$PYTHON" bench/gen.py 3500 "$work/big" >/dev/null
mkdir -p "$work/keep"
echo "old contents" >"$work/keep/old.svg"
"$CYBERMAP" -d "$work/big" list -o "$work/keep/old.svg" 2>"$work/big.err"
code=$?
pic render-failure-exit test "$code" = 2
pic render-failure-message grep -q "too many to draw" "$work/big.err"
pic render-failure-keeps-file sh -c '[ "$(cat "$1")" = "old contents" ] && [ "$(ls "$2" | wc -l)" = 1 ]' - "$work/keep/old.svg" "$work/keep"
# a picture is not written to a terminal
if command -v script >/dev/null 2>&1; then
	script -qec "$CYBERMAP $fixture show cisa -f png" /dev/null >"$work/tty.out" 2>&1
	code=$?
	pic png-not-to-terminal test "$code" = 2
	pic png-not-to-terminal-message grep -q "will not write png to a terminal" "$work/tty.out"
fi
# the briefing pack draws every function and sector of the real map
if CYBERMAP="$CYBERMAP" sh examples/briefing.sh "$work/briefing" svg >"$work/briefing.log" 2>&1; then
	pic briefing-index test -s "$work/briefing/index.md"
	pic briefing-all-svg "$PYTHON" tests/check_picture.py svg-all "$work/briefing"
else
	fail "examples/briefing.sh"
	tail -n 5 "$work/briefing.log"
fi

# ---- unsafe characters: one rule everywhere (docs/reliability.md) ----
controls="-d tests/fixtures/mini -d tests/fixtures/controls/controls.yaml --as-of 2026-11-25"
mkdir -p "$work/controls"
for f in text tsv json dot svg graphml jgf cypher; do
	"$CYBERMAP" $controls show x.controls -f $f >"$work/controls/show.$f" 2>>"$work/controls.err"
done
"$CYBERMAP" $controls list -f text >"$work/controls/list.txt" 2>>"$work/controls.err"
"$CYBERMAP" $controls search nel >"$work/controls/search.txt" 2>>"$work/controls.err"
"$CYBERMAP" $controls export -f csv -o "$work/controls/csv" >/dev/null 2>>"$work/controls.err"
pic unsafe-none-in-any-format "$PYTHON" tests/check_safe.py "$work"/controls/show.* \
	"$work/controls/list.txt" "$work/controls/search.txt" "$work"/controls/csv/*.csv "$work/controls.err"
pic unsafe-escaped-exactly-in-tsv grep -q 'c1\\u0085\\u009b\[2J' "$work/controls/show.tsv"
pic unsafe-escaped-exactly-in-json grep -q 'R\\u202eTL' "$work/controls/show.json"
# Graphviz decodes entities in labels: &amp; must be drawn as written, and
# &#x1; must not become a raw control character (the SVG must be XML)
pic svg-entities-drawn-as-written "$PYTHON" -c '
import sys, xml.dom.minidom
d = xml.dom.minidom.parse(sys.argv[1])
drawn = " ".join(t.firstChild.data for t in d.getElementsByTagName("text") if t.firstChild)
assert "AT&amp;T &#x1; &#27;[31m" in drawn, drawn' "$work/controls/show.svg"
"$CYBERMAP" $controls site -o "$work/controls-site" >/dev/null 2>>"$work/controls.err"
pic unsafe-none-in-the-site sh -c 'find "$2" -type f -name "*.html" -exec "$1" tests/check_safe.py {} +' - \
	"$PYTHON" "$work/controls-site"
pic unsafe-none-in-the-search-index "$PYTHON" -c '
import json, sys
sys.path.insert(0, "tests")
from check_safe import unsafe
text = open(sys.argv[1], encoding="utf-8").read()
index = json.loads(text[text.index("["):text.rindex("]") + 1])
words = [w for entry in index for w in entry[:3] + entry[3]]
bad = [w for w in words if any(unsafe(c) for c in w)]
assert not bad and "nel here" in words, bad' "$work/controls-site/assets/search-en.js"
# a file name is shown by the same rule: an escape sequence or a newline in
# it can neither retitle the terminal nor forge a second diagnostic
nl='
'
odd="$work/odd$(printf '\033')]0;owned$(printf '\007')${nl}cybermap: forged.yaml"
cp tests/bad/01-syntax-error.yaml "$odd"
"$CYBERMAP" -d tests/fixtures/mini -d "$odd" check >/dev/null 2>"$work/odd.err"
code=$?
pic unsafe-file-name-in-diagnostics sh -c '[ "$1" = 2 ] && [ "$(wc -l <"$2")" = 1 ] &&
	"$3" tests/check_safe.py "$2" && grep -q "odd ]0;owned  cybermap: forged.yaml:" "$2"' - \
	"$code" "$work/odd.err" "$PYTHON"
rm -f "$odd"

# ---- fault injection: every allocation site fails in turn, each failure
# ends in a clean error (under SANITIZE=, with no leak or crash either) ----
if [ -n "${FAULT_TEST:-}" ]; then
	"$FAULT_TEST" >"$work/fault.log" 2>&1
	for scenario in check check-cached notify render; do
		if grep -q "^fault $scenario: .* [0-9]* clean, 0 not$" "$work/fault.log"; then pass
		else fail "fault/$scenario"; grep "^fault $scenario" "$work/fault.log" | head -n 5; fi
	done
	grep "call paths" "$work/fault.log" | sed 's/^/  /'
fi

# ---- every saved fuzz input, replayed without libFuzzer ----
for t in load resolve search dates escape events; do
	replay=${REPLAY_DIR:-build/release}/fuzz-replay-$t
	if [ ! -x "$replay" ]; then
		fail "fuzz/$t: no replay driver $replay"
	elif "$replay" tests/fuzz/$t >"$work/replay.log" 2>&1; then
		pass
	else
		fail "fuzz/$t: a saved input fails"
		tail -n 20 "$work/replay.log"
	fi
done

# ---- standard output ----
("$CYBERMAP" -d graphs list 2>"$work/pipe.err"; echo $? >"$work/pipe.code") | head -n 1 >/dev/null
pic pipe-into-head-is-quiet test ! -s "$work/pipe.err"
"$CYBERMAP" -d tests/fixtures/mini list >/dev/full 2>"$work/full.err"
code=$?
pic stdout-full-exit test "$code" = 2
pic stdout-full-message grep -q "cannot write standard output: No space left on device" "$work/full.err"
# Graphviz is loaded for a drawing only: the dynamic loader's own trace
# must show it for DOT and must not for text
LD_DEBUG=files "$CYBERMAP" -d tests/fixtures/mini show cisa >/dev/null 2>"$work/ld-text.log"
LD_DEBUG=files "$CYBERMAP" -d tests/fixtures/mini show cisa -f dot >/dev/null 2>"$work/ld-dot.log"
if grep -q "file=libgvc" "$work/ld-dot.log" && grep -q "file=libyaml" "$work/ld-text.log" &&
	! grep -q "file=libgvc" "$work/ld-text.log"; then
	pass
else
	fail "start-up/text-output-never-loads-graphviz"
fi

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

# ---- examples, install, completion, colour ----
pic example-who-to-call sh -c 'CYBERMAP="$1" sh examples/who-to-call.sh energy -d graphs --country us | grep -q "^| 1 | Cybersecurity"' - "$CYBERMAP"
pic example-counterpart-sheet sh -c 'CYBERMAP="$1" sh examples/counterpart-sheet.sh us -d graphs >"$2" && grep -q "^\"us.fbi\",\"Federal Bureau of Investigation\",\"jp.npa\"" "$2"' - "$CYBERMAP" "$work/sheet.csv"
if [ -z "${SKIP_INSTALL_TEST:-}" ]; then
	if sh tests/install.sh >"$work/install.log" 2>&1; then pass; else fail "make install (tests/install.sh)"; tail -n 5 "$work/install.log"; fi
fi
# completion: tests/suites/completion.sh prints "ok NAME" / "not ok NAME"
WORK=$work CYBERMAP=$CYBERMAP sh tests/suites/completion.sh >"$work/completion.out" 2>&1
while read -r status rest; do
	case $status in
	ok) pass ;;
	not) fail "completion: ${rest#ok }" ;;
	esac
done <"$work/completion.out"
# Japanese: tests/suites/japanese.py runs every kind of answer in Japanese
# and looks for the program's English words
CYBERMAP=$CYBERMAP DATA=graphs python3 tests/suites/japanese.py >"$work/japanese.out" 2>&1
while read -r status rest; do
	case $status in
	ok) pass ;;
	not) fail "japanese: ${rest#ok }" ;;
	*) fail "japanese: $status $rest" ;;
	esac
done <"$work/japanese.out"
"$CYBERMAP" $fixture --color=always list --type agency --country jp >"$work/color.out"
pic color-always grep -q "$(printf '\033\[1m')" "$work/color.out"
if command -v script >/dev/null 2>&1; then
	NO_COLOR=1 script -qec "$CYBERMAP $fixture list --type agency --country jp" /dev/null >"$work/nocolor.out"
	pic no-color-on-terminal sh -c '! grep -q "$(printf "\033\\[1m")" "$1"' - "$work/nocolor.out"
	script -qec "$CYBERMAP $fixture list --type agency --country jp" /dev/null >"$work/ttycolor.out"
	pic color-on-terminal grep -q "$(printf '\033\[1m')" "$work/ttycolor.out"
fi

# ---- the web site ----
nodes=$("$CYBERMAP" -d graphs check | sed 's/.* \([0-9]*\) nodes.*/\1/')
"$CYBERMAP" -d graphs site -o "$work/site" >/dev/null
pic site-links-and-pages "$PYTHON" tests/check_site.py "$work/site" "$nodes"
# the same map and options give the same bytes, parsed or replayed from the
# cache (the function charts once depended on where malloc put strings)
"$CYBERMAP" -d graphs --no-cache site -o "$work/site-again" >/dev/null
pic site-reproducible diff -r "$work/site" "$work/site-again"
touch "$work/site/stale-file"
"$CYBERMAP" -d graphs --lang ja site -o "$work/site" >/dev/null
pic site-regenerated-whole sh -c '[ ! -e "$1/site/stale-file" ] && [ -z "$(ls -d "$1"/site.* 2>/dev/null)" ]' - "$work"
pic site-default-language grep -q 'url=ja/index.html' "$work/site/index.html"
"$CYBERMAP" $hostile site -o "$work/hostile-site" >/dev/null
pic site-hostile-escaped sh -c '! grep -rq "<script>alert" "$1" && grep -q "&lt;script&gt;alert(1)&lt;/script&gt;" "$1/en/node/x.hostile.html"' - "$work/hostile-site"
pic site-hostile-scripts "$PYTHON" tests/check_site.py "$work/hostile-site" \
	"$("$CYBERMAP" $hostile check | sed 's/.* \([0-9]*\) nodes.*/\1/')"
# ---- site -o: never destroy what the user had (docs/reliability.md) ----
state() { # everything under a directory, for before and after
	find "$1" -printf '%y %m %i %s %p %l\n' | sort
	find "$1" -type f -exec cksum {} + | sort
}
sites=$work/sites
mkdir -p "$sites/mydocs/sub" && echo thesis >"$sites/mydocs/thesis.txt" && echo notes >"$sites/mydocs/sub/notes.txt"
state "$sites" >"$work/before"
"$CYBERMAP" -d tests/fixtures/mini site -o "$sites/mydocs" >"$work/site.out" 2>"$work/site.err"
code=$?
state "$sites" >"$work/after"
pic site-refuses-a-directory-it-did-not-write sh -c '[ "$1" = 2 ] && cmp -s "$2" "$3" && [ ! -s "$4" ] &&
	grep -q "will not replace '\''$5'\'': it is not empty and not a site cybermap wrote" "$6" &&
	grep -q "or add --force" "$6"' - "$code" "$work/before" "$work/after" "$work/site.out" "$sites/mydocs" "$work/site.err"
"$CYBERMAP" -d tests/fixtures/mini site --force -o "$sites/mydocs" >/dev/null
pic site-force-replaces-it sh -c '[ -f "$1/mydocs/.cybermap-site" ] && [ ! -e "$1/mydocs/thesis.txt" ] &&
	[ "$(ls -A "$1")" = mydocs ]' - "$sites"
# the map's own directory, the current one and the root: never, even forced
cp -rL tests/fixtures/mini "$sites/map"
state "$sites" >"$work/before"
for args in "-d $sites/map site -o $sites/map" "-d $sites/map site --force -o $sites/map" \
	"-d $sites/map/schema.yaml -d $sites/map/mini.yaml site --force -o $sites" \
	"-d tests/fixtures/mini site --force -o ." "-d tests/fixtures/mini site --force -o /"; do
	"$CYBERMAP" $args >/dev/null 2>>"$work/never.err"
	echo $? >>"$work/never.codes"
done
state "$sites" >"$work/after"
pic site-never-the-map-the-current-directory-or-root sh -c 'cmp -s "$1" "$2" &&
	[ "$(sort -u "$3")" = 2 ] && [ "$(grep -c "holds the map file" "$4")" = 3 ] &&
	grep -q "holds the current directory" "$4" && grep -q "it is the root directory" "$4"' - \
	"$work/before" "$work/after" "$work/never.codes" "$work/never.err"
# trailing slashes; an existing site replaced whole, nothing left in or beside it
"$CYBERMAP" -d tests/fixtures/mini site -o "$sites/public/" >"$work/site.out"
touch "$sites/public/added-by-hand"
"$CYBERMAP" -d tests/fixtures/mini --lang ja site -o "$sites/public//" >>"$work/site.out"
pic site-trailing-slashes sh -c '[ "$(cat "$2")" = "$1/public/index.html
$1/public/index.html" ] && [ ! -e "$1/public/added-by-hand" ] && grep -q "url=ja/" "$1/public/index.html" &&
	[ -z "$(find "$1" -name "*.old-*" -o -name "*.new-*")" ]' - "$sites" "$work/site.out"
# a file, a link to a directory, a pipe: refused, and nothing made beside them
echo "not a site" >"$sites/afile" && ln -s public "$sites/link" && mkfifo "$sites/pipe"
state "$sites" >"$work/before"
: >"$work/refused.err"
for target in afile link pipe; do
	"$CYBERMAP" -d tests/fixtures/mini site -o "$sites/$target" >/dev/null 2>>"$work/refused.err"
	echo $? >>"$work/refused.codes"
done
state "$sites" >"$work/after"
pic site-refuses-files-links-and-pipes sh -c 'cmp -s "$1" "$2" && [ "$(sort -u "$3")" = 2 ] &&
	[ "$(grep -c "it is not a directory" "$4")" = 2 ] && grep -q "it is a symbolic link" "$4"' - \
	"$work/before" "$work/after" "$work/refused.codes" "$work/refused.err"
# at every instant DIR is the old site or the new one, whole; a run killed
# part way leaves its build beside DIR, and the next run removes it
"$CYBERMAP" -d graphs site -o "$sites/watched" >/dev/null
if "$PYTHON" tests/check_site_swap.py "$CYBERMAP" "$sites/watched" -d graphs >"$work/swap.log" 2>&1; then pass
else fail "site/always-whole-while-replaced: $(tail -n 3 "$work/swap.log")"; fi
if "$PYTHON" tests/check_signals.py "$CYBERMAP" KILL "$sites" '.watched.new-*' -- -d graphs site -o "$sites/watched" \
	>"$work/kill.log" 2>&1; then
	left=$(ls -A "$sites" | grep -c '^\.watched\.new-')
	"$CYBERMAP" -d graphs site -o "$sites/watched" >/dev/null
	pic site-killed-build-swept-next-time sh -c '[ "$1" = 1 ] && [ -z "$(ls -A "$2" | grep "^\.watched\.")" ] &&
		"$3" tests/check_site.py "$2/watched" "$4"' - "$left" "$sites" "$PYTHON" "$nodes"
else
	fail "site/killed-build-swept-next-time: $(cat "$work/kill.log")"
fi
for sig in INT TERM HUP; do
	if "$PYTHON" tests/check_signals.py "$CYBERMAP" $sig "$sites" '.watched.new-*' -- -d graphs site -o "$sites/watched" \
		>"$work/sig.log" 2>&1; then pass
	else fail "site/no-build-left-after-SIG$sig: $(cat "$work/sig.log")"; fi
done
# random trees of files, links, pipes and modes, random outputs: nothing
# outside the named output changes, and the output is the old or the new
rounds=${CHECK_PATHS_ROUNDS:-200}
[ -n "${VALGRIND_PROGRAM:-}" ] && rounds=12
if "$PYTHON" tests/check_paths.py "$CYBERMAP" tests/fixtures/mini "$work/paths" "$rounds" ${CHECK_PATHS_SEED:-} \
	>"$work/paths.log" 2>&1; then pass
else fail "paths/random-trees"; head -n 30 "$work/paths.log"; fi
rm -rf "$sites" "$work/paths"

if [ -x /usr/bin/chromium ] && [ -d tests/browser/node_modules/playwright-core ]; then
	if node tests/browser/site.mjs "$work/site" "$work/screenshots" >"$work/browser.log" 2>&1; then
		pass
		mkdir -p build/screenshots && cp "$work"/screenshots/*.png build/screenshots/ 2>/dev/null
	else
		fail "browser test of the site"
		tail -n 15 "$work/browser.log"
	fi
else
	fail "browser test: run make deps (chromium and playwright-core)"
fi

# ---- the manual agrees with the program ----
commands=$("$CYBERMAP" --help | awk '/^commands:/ {c=1; next} /^$/ {c=0} c {print $1}')
for c in $commands; do
	if grep -q "^\.It Cm $c\b" docs/cybermap.1; then pass; else fail "man: no entry for '$c'"; fi
done
if command -v mandoc >/dev/null 2>&1; then
	if mandoc -Tlint -Wwarning docs/cybermap.1 docs/cybermap.3 docs/cybermap-map.5 >"$work/lint" 2>&1; then pass
	else fail "man: mandoc -Tlint"; cat "$work/lint"; fi
fi
# every example in the manual runs on the real map, in a scratch directory
# (the examples write files where they are run)
mkdir -p "$work/examples-run"
repo=$(pwd)
sed -n 's/^\.Dl \$ cybermap //p' docs/cybermap.1 | while IFS= read -r example; do
	eval "set -- $example"
	if (cd "$work/examples-run" && "$CYBERMAP" -d "$repo/graphs" "$@") >/dev/null 2>"$work/ex.err"; then echo pass
	else echo "fail man example: cybermap $example"; fi
done >"$work/examples"
while IFS= read -r line; do
	case $line in pass) pass ;; *) fail "$line" ;; esac
done <"$work/examples"

# ---- the query guide and the history show what the program really prints ----
for doc in query-guide history sources; do
	if sh docs/make-guide.sh "$work/$doc.md" "docs/$doc.in" &&
		diff -u "docs/$doc.md" "$work/$doc.md" >"$work/$doc.diff"; then
		pass
	else
		fail "docs/$doc.md is out of date; run docs/make-guide.sh docs/$doc.md docs/$doc.in and review the diff"
		head -n 20 "$work/$doc.diff"
	fi
done

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
