#!/bin/sh
# site.sh: the web site: pages, links, reproducibility, browser, and site -o never destroying what the user had.
# Run by tests/run.sh (see tests/lib.sh).
. tests/lib.sh

# ---- the web site ----
nodes=$("$CYBERMAP" -d graphs check | sed 's/.* \([0-9]*\) nodes.*/\1/')
"$CYBERMAP" -d graphs site -o "$work/site" >/dev/null
"$CYBERMAP" -d graphs export -f jgf >"$work/view.jgf"
pic site-links-and-pages "$PYTHON" tests/check_site.py "$work/site" "$nodes" "$work/view.jgf" graphs/schema.yaml
# the same map and options give the same bytes, parsed or replayed from the
# cache (the function charts once depended on where malloc put strings)
"$CYBERMAP" -d graphs --no-cache site -o "$work/site-again" >/dev/null
pic site-reproducible diff -r "$work/site" "$work/site-again"
touch "$work/site/stale-file"
"$CYBERMAP" -d graphs --lang ja site -o "$work/site" >/dev/null
pic site-regenerated-whole sh -c '[ ! -e "$1/site/stale-file" ] && [ -z "$(ls -d "$1"/site.* 2>/dev/null)" ]' - "$work"
pic site-default-language grep -q 'url=ja/index.html' "$work/site/index.html"
# who leads on each side (these once showed "none recorded" everywhere)
pic site-leads-on-each-side sh -c 'grep -q "<th scope=\"row\">Leads</th><td data-label=\"United States\"><a href=\"../node/us\.cisa\.html\">.*</td><td data-label=\"Japan\"><a href=\"../node/jp\.jpcert\.html\">" "$1/en/node/fn.incident-response.html" &&
	grep -q "<td data-label=\"Step\">jp 1</td>" "$1/en/node/fn.incident-response.html"' - "$work/site-again"
# a report passed on shows who passes it: the NCO is told by the FSA, the
# PPC and the prefectural police in turn, each row under the one it relays
pic site-notify-relays-show-who-passes-them-on sh -c 'for from in fsa ppc prefectural-police; do
		grep -q "class=\"relay\" style=\"--depth: [12]\"><td data-label=\"Step\">[23]</td><td data-label=\"Who\" class=\"who\"><span class=\"relayed\" aria-hidden=\"true\">↳ </span><a href=\"../node/jp\.nco\.html\">National Cybersecurity Office</a></td><td data-label=\"From\"><a href=\"../node/jp\.$from\.html\">" "$1/en/node/jp.sector.finance.html" || exit 1
	done
	grep -q "<td data-label=\"義務の別\">要請</td>" "$1/ja/node/jp.sector.finance.html" &&
	grep -q "<td data-label=\"報告段階\">速報</td>" "$1/ja/node/jp.sector.finance.html"' - "$work/site"
# deadlines in words of the page: no compact form (3-5d+promptly) is left in a table
pic site-deadlines-in-words sh -c '! grep -lE "data-label=\"(Within|By \(from the incident\))\">(by-order|unknown|[0-9-]+(h|d|bd)|[^<]*\+[^<]*)</td>" "$1"/en/node/*.html &&
	! grep -lE "data-label=\"(期限|発生からの期限)\">[^<]*[a-z][^<]*</td>" "$1"/ja/node/*.html &&
	grep -q "<td data-label=\"期限\">速やかに (3〜5日以内)</td>" "$1/ja/node/jp.sector.finance.html"' - "$work/site"
# the home page counts each function's channels (the channels index lists
# them all once) and links to the list on the function's page
for fn in $("$CYBERMAP" -d graphs list --type function -f tsv | tail -n +2 | cut -f1); do
	count=$("$CYBERMAP" -d graphs function "$fn" -f tsv | cut -f1 | grep -c '^channel$')
	echo "$fn $count"
done >"$work/channel-counts"
pic site-home-counts-channels sh -c 'while read -r fn count; do
		[ "$count" = 1 ] && words="1 channel" || words="$count channels"
		grep -q "<td data-label=\"Bilateral and multilateral channels\" class=\"channels\"><a href=\"node/$fn\.html#channels\">$words</a></td>" "$1/en/index.html" || exit 1
	done <"$2"
	[ "$(grep -c "<td data-label=\"二国間・多国間の枠組み\" class=\"channels\"><a href=\"node/fn\.[a-z-]*\.html#channels\">[0-9]*件</a></td>" "$1/ja/index.html")" = "$(wc -l <"$2")" ]' - "$work/site" "$work/channel-counts"
# every chart has its legend in the page's words, next to it
pic site-chart-legends sh -c 'grep -q "<dt>Line style: on paper or in practice</dt><dd><svg class=\"line\"" "$1/en/node/jp.sector.finance.html" &&
	grep -q "<dt>線の色：報告義務の別</dt><dd><svg class=\"line\"[^>]*><line [^>]*stroke=\"#b42318\"/></svg> 義務</dd>" "$1/ja/node/jp.sector.finance.html" &&
	[ "$(grep -l "<div class=\"legend\">" "$1"/en/node/*.html | wc -l)" = "$(ls "$1"/en/node/*.svg | wc -l)" ]' - "$work/site"
"$CYBERMAP" $hostile site -o "$work/hostile-site" >/dev/null
pic site-hostile-escaped sh -c '! grep -rq "<script>alert" "$1" && grep -q "&lt;script&gt;alert(1)&lt;/script&gt;" "$1/en/node/x.hostile.html"' - "$work/hostile-site"
pic site-hostile-scripts "$PYTHON" tests/check_site.py "$work/hostile-site" \
	"$("$CYBERMAP" $hostile check | sed 's/.* \([0-9]*\) nodes.*/\1/')"
# the site's words are data (the schema's site.* labels): every one the
# writer names is there in English and Japanese, and hostile words are text
pic site-words-in-the-schema "$PYTHON" -c '
import re, sys, yaml
labels = yaml.safe_load(open("graphs/schema.yaml", encoding="utf-8"))["labels"]
used = set(re.findall(r"\] = \"(site\.[a-z_.]+)\"", open("site/pages.c", encoding="utf-8").read()))
used |= {k for k in labels if k.startswith("site.")}  # and those named from data (site.tag.*)
missing = [k for k in sorted(used) if not isinstance(labels.get(k), dict) or
           not labels[k].get("en") or not labels[k].get("ja")]
assert len(used) > 100 and "site.index.bodies" in used and not missing, missing'
mkdir -p "$work/hostile-words"
"$PYTHON" -c '
import sys, yaml
path, out = sys.argv[1], sys.argv[2]
schema = yaml.safe_load(open(path, encoding="utf-8"))
schema["labels"]["site.home"] = {"en": "<script>alert(2)</script>", "ja": "\"><img src=x onerror=alert(4)>"}
schema["labels"]["site.about_page"] = {"en": "<p onclick=\"alert(5)\">hi</p><script>alert(3)</script>\n<strong>kept</strong> & <em>kept</em>\n"}
yaml.safe_dump(schema, open(out, "w", encoding="utf-8"), allow_unicode=True)' \
	graphs/schema.yaml "$work/hostile-words/schema.yaml"
"$CYBERMAP" -d "$work/hostile-words/schema.yaml" -d tests/fixtures/mini/mini.yaml --as-of 2026-11-25 \
	site -o "$work/hostile-words-site" >/dev/null
pic site-hostile-words-are-text sh -c '! grep -rqE "<script>alert|<img|<p onclick" "$1" &&
	grep -q "&lt;script&gt;alert(2)&lt;/script&gt;" "$1/en/index.html" &&
	grep -q "&quot;&gt;&lt;img src=x" "$1/ja/index.html" &&
	grep -q "^&lt;p onclick=\"alert(5)\"&gt;hi</p>&lt;script&gt;" "$1/en/about.html" &&
	grep -q "^<strong>kept</strong> &amp; <em>kept</em>$" "$1/en/about.html"' - "$work/hostile-words-site"
pic site-hostile-words-scripts "$PYTHON" tests/check_site.py "$work/hostile-words-site" \
	"$("$CYBERMAP" -d tests/fixtures/mini check | sed 's/.* \([0-9]*\) nodes.*/\1/')"
# ---- the ask page and the assets it loads ----
# no assets (the suite's default): the static site is whole, and each ask
# page says that the interactive part is not included
pic site-ask-without-assets sh -c 'grep -q "<p class=\"missing\">" "$1/en/ask.html" &&
	! grep -q "ask.js" "$1/en/ask.html" && [ ! -e "$1/assets/ask.js" ]' - "$work/site-again"
# every regular file of the assets directory is copied, hidden ones and
# directories aside; with all the ask page loads, it loads them in order
assets=$work/assets
mkdir -p "$assets/sub"
for f in engine.js viz.js ask.js ask.css engine.wasm; do printf '/* %s */\n' "$f" >"$assets/$f"; done
echo hidden >"$assets/.hidden" && echo nested >"$assets/sub/nested.js" && ln -s nowhere "$assets/dangling.js"
CYBERMAP_SITE_ASSETS=$assets "$CYBERMAP" -d tests/fixtures/mini site -o "$work/ask-site" >/dev/null
pic site-assets-copied sh -c 'for f in engine.js viz.js ask.js ask.css engine.wasm; do
		cmp -s "$1/$f" "$2/assets/$f" || exit 1; done
	[ ! -e "$2/assets/.hidden" ] && [ ! -e "$2/assets/sub" ] && [ ! -e "$2/assets/nested.js" ] &&
	[ ! -e "$2/assets/dangling.js" ] && ! grep -q "class=\"missing\"" "$2/ja/ask.html" &&
	grep -q "<link rel=\"stylesheet\" href=\"../assets/ask.css\">" "$2/ja/ask.html"' - "$assets" "$work/ask-site"
pic site-ask-pages "$PYTHON" tests/check_site.py "$work/ask-site" \
	"$("$CYBERMAP" -d tests/fixtures/mini check | sed 's/.* \([0-9]*\) nodes.*/\1/')"
# a file there that the site writes itself is refused, and nothing changes
echo "a stylesheet of mine" >"$assets/style.css"
CYBERMAP_SITE_ASSETS=$assets "$CYBERMAP" -d tests/fixtures/mini site -o "$work/ask-site" >/dev/null 2>"$work/assets.err"
code=$?
pic site-assets-own-name-refused sh -c '[ "$1" = 2 ] && grep -q "hold '\''style.css'\'', a file the site writes itself" "$2" &&
	cmp -s "$3/ask.js" "$4/assets/ask.js" && [ -z "$(ls -A "$(dirname "$4")" | grep "ask-site\.")" ]' - \
	"$code" "$work/assets.err" "$assets" "$work/ask-site"
rm "$assets/style.css"
# map.js is the site's own: the map's snapshot, which loads as the same map
sed -n 's/^window.CYBERMAP_MAP = "\(.*\)";$/\1/p' "$work/ask-site/assets/map.js" | base64 -d >"$work/mini.snapshot"
pic site-map-script-is-the-map sh -c '[ "$("$1" -d "$2" check)" = "$("$1" -d tests/fixtures/mini check)" ]' - \
	"$CYBERMAP" "$work/mini.snapshot"
echo "not the map" >"$assets/map.js"
CYBERMAP_SITE_ASSETS=$assets "$CYBERMAP" -d tests/fixtures/mini site -o "$work/ask-site" >/dev/null 2>"$work/assets.err"
pic site-assets-map-script-refused grep -q "hold 'map.js'" "$work/assets.err"
rm "$assets/map.js"
# without CYBERMAP_SITE_ASSETS, the build's build/site next to the program
if [ -z "${VALGRIND_PROGRAM:-}" ]; then
	mkdir -p "$work/prog/build"
	cp "$CYBERMAP" "$work/prog/cybermap" && cp -r "$assets" "$work/prog/build/site"
	env -u CYBERMAP_SITE_ASSETS "$work/prog/cybermap" -d tests/fixtures/mini site -o "$work/beside-site" >/dev/null
	pic site-assets-of-the-build cmp -s "$assets/ask.js" "$work/beside-site/assets/ask.js"
	rm -rf "$work/prog" "$work/beside-site"
fi
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
elif [ -n "${CYBERMAP_REQUIRE_BROWSER:-}" ]; then
	fail "browser test: chromium or playwright-core missing (run make deps)"
else
	skip "browser test of the site" "chromium or playwright-core missing (run make deps)"
fi

# ---- ask.html: the program in the browser against the program here ----
# (not under valgrind: the page's answers are compared with a hundred runs
# of the program, and valgrind adds nothing to a browser's)
if [ -n "${VALGRIND_PROGRAM:-}" ]; then
	:
elif [ -x /usr/bin/chromium ] && [ -d tests/browser/node_modules/playwright-core ] && [ -f build/site/engine.js ]; then
	CYBERMAP_SITE_ASSETS=$PWD/build/site "$CYBERMAP" -d graphs site -o "$work/ask-real" >/dev/null
	# the size budget (docs/site.md): 20 MB for the map, 40 MB for the site
	pic site-size-budget sh -c '[ "$(wc -c <"$1/assets/map.js")" -le 20000000 ] &&
		[ "$(du -sk "$1" | cut -f1)" -le 40000 ]' - "$work/ask-real"
	# the engine under node: the same rows, and charts that lay out the same
	sed -n 's/^window.CYBERMAP_MAP = "\(.*\)";$/\1/p' "$work/ask-real/assets/map.js" | base64 -d >"$work/real.snapshot"
	node tests/engine_dot.mjs "$PWD/build/site/engine.js" "$work/real.snapshot" "$CYBERMAP" graphs >"$work/engine.log" 2>&1
	while read -r status rest; do
		case $status in
		ok) pass ;;
		not) fail "${rest#ok }" ;;
		*) fail "engine: $status $rest" ;;
		esac
	done <"$work/engine.log"
	node tests/browser/ask.mjs "$work/ask-real" "$work/ask-shots" "$CYBERMAP" graphs >"$work/ask.log" 2>&1
	echo "exit $?" >>"$work/ask.log"
	while read -r status rest; do
		case $status in
		ok) pass ;;
		not) fail "ask.html: ${rest#ok }" ;;
		exit) [ "$rest" = 0 ] || [ "$(grep -c '^not ok' "$work/ask.log")" != 0 ] || { fail "ask.html: the browser test stopped"; tail -n 12 "$work/ask.log"; } ;;
		esac
	done <"$work/ask.log"
	mkdir -p build/screenshots && cp "$work"/ask-shots/*.png "$work/ask-shots/measure.json" build/screenshots/ 2>/dev/null
	du -sk "$work/ask-real" | awk '{print $1}' >build/screenshots/site-kib
elif [ -n "${CYBERMAP_REQUIRE_BROWSER:-}" ]; then
	fail "ask.html browser test: chromium, playwright-core or build/site missing (run make deps all)"
else
	skip "ask.html browser test" "chromium, playwright-core or build/site (make wasm site-assets) missing"
fi

