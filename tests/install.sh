#!/bin/sh
# install.sh: installs into a temporary DESTDIR, runs the installed program
# on the installed map, builds examples/first-call.c against the installed
# library through pkg-config (shared and static), then uninstalls and checks
# that nothing is left.  Prints "ok" lines; exits non-zero on the first failure.
set -eu
# a plain build, whatever the make that runs the tests was given
unset MAKEFLAGS MAKELEVEL MFLAGS
dest=$(mktemp -d "${TMPDIR:-/tmp}/cybermap-install.XXXXXX")
trap 'rm -rf "$dest"' EXIT
prefix=/usr/local
# the site's assets, as a build of the ask page would leave them
mkdir -p "$dest/site-assets"
for f in engine.js viz.js ask.js ask.css; do echo "/* $f */" >"$dest/site-assets/$f"; done
make -s install SANITIZE= DESTDIR="$dest" PREFIX="$prefix" SITE_ASSETS_DIR="$dest/site-assets" >/dev/null
rm -r "$dest/site-assets"
root=$dest$prefix
bin=$root/bin/cybermap
# no -d and no CYBERMAP_DATA: the map installed beside the program is used
(cd / && env -u CYBERMAP_DATA "$bin" check >/dev/null)
echo "ok installed program reads the installed map"
(cd / && env -u CYBERMAP_DATA "$bin" show cisa >/dev/null)
echo "ok installed program answers"
(cd / && env -u CYBERMAP_DATA -u CYBERMAP_SITE_ASSETS "$bin" site -o "$dest/site" >/dev/null)
cmp -s "$root/share/cybermap/site/ask.js" "$dest/site/assets/ask.js"
grep -q 'src="../assets/ask.js"' "$dest/site/en/ask.html"
rm -r "$dest/site"
echo "ok installed program's site carries the installed assets"
for page in man1/cybermap.1 man3/cybermap.3 man5/cybermap-map.5; do
	test -s "$root/share/man/$page"
done
test -s "$root/share/bash-completion/completions/cybermap"
test -s "$root/share/zsh/site-functions/_cybermap"
echo "ok manual pages and completions installed"
readelf -d "$root/lib/libcybermap.so.0.1.0" | grep -q 'SONAME.*libcybermap.so.0'
echo "ok shared library has soname libcybermap.so.0"
export PKG_CONFIG_PATH="$root/lib/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$dest"
cc examples/first-call.c $(pkg-config --cflags --libs cybermap) -o "$dest/first-call"
LD_LIBRARY_PATH="$root/lib" "$dest/first-call" "$root/share/cybermap/graphs" us.sector.energy >/dev/null
echo "ok example builds and runs against the shared library"
cc examples/first-call.c $(pkg-config --cflags cybermap) "$root/lib/libcybermap.a" \
	$(pkg-config --static --libs cybermap | sed 's/-lcybermap//') -o "$dest/first-call-static"
"$dest/first-call-static" "$root/share/cybermap/graphs" us.sector.energy >/dev/null
echo "ok example builds and runs against the static library"
make -s uninstall SANITIZE= DESTDIR="$dest" PREFIX="$prefix" >/dev/null
rm -f "$dest/first-call" "$dest/first-call-static"
left=$(find "$dest" -type f -o -type l | wc -l)
test "$left" = 0
echo "ok uninstall leaves no file behind"
