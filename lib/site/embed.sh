#!/bin/sh
# embed.sh: turns the site's assets into lib/site_assets.h, C string
# constants the generator writes out (the program carries its own assets).
set -eu
cd "$(dirname "$0")"
emit() { # name file
	printf 'static const char %s[] =\n' "$1"
	sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/\t"/' -e 's/$/\\n"/' "$2"
	printf ';\n\n'
}
{
	echo "/* site_assets.h: made by lib/site/embed.sh from lib/site/; do not edit. */"
	echo
	emit site_style style.css
	emit site_script site.js
	emit site_about_en about-en.html
	emit site_about_ja about-ja.html
} >../site_assets.h
