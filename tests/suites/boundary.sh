#!/bin/sh
# boundary.sh: include/cybermap.h is the only header anything outside lib/
# can see.  The program, the examples, the benchmarks and the site include
# nothing else (their own headers aside, and cmd/site.c the site's entry
# point, site/site.h); the build's dependency files say
# the program and the site were compiled without a private header; the
# library carries no site; and the public flags cannot reach a private
# header.
# Run by tests/run.sh (see tests/lib.sh).
. tests/lib.sh

for dir in cmd examples bench site; do
	[ -d "$dir" ] || continue
	for f in $(find "$dir" -name '*.c' -o -name '*.h' | grep -v node_modules); do
		grep -o '#include "[^"]*"' "$f" | sed 's/#include "\(.*\)"/\1/' | while read -r h; do
			[ "$h" = cybermap.h ] || [ -f "$(dirname "$f")/$h" ] ||
				{ [ "$f" = cmd/site.c ] && [ "$h" = site.h ]; } || echo "$f includes $h"
		done
	done
done >"$work/includes"
if [ -s "$work/includes" ]; then fail "boundary: private headers included"; cat "$work/includes"; else pass; fi

deps=$(find build -path '*/cmd/*.d' -o -path '*/site/*.d' 2>/dev/null)
if [ -z "$deps" ]; then
	skip "boundary: dependency files" "the program was not built here with make"
elif grep -l 'lib/[a-z_]*\.h' $deps >"$work/deps"; then
	fail "boundary: the program or the site was compiled against private headers"; cat "$work/deps"
else
	pass
fi

# the site is the program's, not the library's: libcybermap holds none of
# it, and lib/ has no site left in it
library=${REPLAY_DIR:-build/release}/libcybermap.a
if [ ! -f "$library" ]; then
	skip "boundary: the library holds no site" "no $library"
elif nm "$library" 2>/dev/null | grep -E ' [TDB] (cm_)?site_' >"$work/site-symbols" ||
	[ -n "$(ls lib | grep -i site)" ]; then
	fail "boundary: the site is in libcybermap"; cat "$work/site-symbols"; ls lib | grep -i site
else
	pass
fi

cc=${CC:-cc}
printf '#include "cybermap.h"\nint main(void) { return cm_map_node_count(0) != 0; }\n' >"$work/public.c"
printf '#include "graph.h"\nint main(void) { return 0; }\n' >"$work/private.c"
if $cc -Iinclude -fsyntax-only "$work/public.c" 2>"$work/cc.err"; then pass
else fail "boundary: include/cybermap.h alone does not compile"; head -n 5 "$work/cc.err"; fi
if $cc -Iinclude -fsyntax-only "$work/private.c" 2>/dev/null; then fail "boundary: a private header is reachable with -Iinclude"
else pass; fi
