#!/bin/sh
# embed.sh: turns the site's own stylesheet and script into site/static.h,
# C string constants the writer copies out, so that the program carries
# them (the static pages need nothing else).
set -eu
cd "$(dirname "$0")"
emit() { # name file
	printf 'static const char %s[] =\n' "$1"
	sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/\t"/' -e 's/$/\\n"/' "$2"
	printf ';\n\n'
}
{
	echo "/* static.h: made by site/static/embed.sh from site/static/; do not edit. */"
	echo
	emit site_style style.css
	emit site_script site.js
} >../static.h
