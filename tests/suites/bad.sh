#!/bin/sh
# bad.sh: the bad-input corpus (tests/bad) and generated hostile inputs: exit 2, the right first message, nothing on standard output.
# Run by tests/run.sh (see tests/lib.sh).
. tests/lib.sh

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

