/*
 * site.h: the static web site, a client of libcybermap's public interface
 * (it includes nothing else of the library).  cmd/site.c calls it for
 * `cybermap site -o DIR`.
 */
#ifndef SITE_H
#define SITE_H

#include "cybermap.h"

/*
 * Writes the view as a static, bilingual web site into dir: English and
 * Japanese pages for every node, function charts, notification charts, a
 * home page, index pages (functions, sectors, the organisation chart, laws,
 * channels) and a search that runs in the browser.  The same map, view and
 * flags give the same bytes.
 *
 * dir is replaced whole, so it must be a site cybermap wrote (every site
 * holds a file .cybermap-site), an empty directory, or a name not yet
 * taken; any other directory is refused with CM_EEXIST unless flags has
 * SITE_FORCE.  Never replaced, whatever the flags: the root, a directory
 * holding the current directory, one holding a file the map was read from,
 * and a symbolic link (give the directory it leads to).  Trailing slashes
 * are ignored.  The site is built beside dir and swapped in at once, so dir
 * is at every instant the old site or the new one, whole; on failure it is
 * as it was, and nothing is left beside it.  Problems go to diags.
 *
 * Every regular file of the directory assets->dir (hidden ones aside) is
 * copied into the site's assets/: the library compiled to WebAssembly and
 * the scripts of LANG/ask.html (engine.js, viz.js, ask.js, ask.css); the
 * map they answer from, assets->snapshot (cm_map_snapshot of the same
 * map), is written as assets/map.js.  assets may be NULL, or lack some of
 * these: the static pages are complete without them, and the ask page then
 * says that the interactive view is not included.  A file of the site's
 * own name there (style.css, site.js, search-en.js, search-ja.js, map.js)
 * is refused.
 */
typedef struct site_assets {
	const char *dir;      /* or NULL */
	const char *snapshot; /* or NULL */
	size_t snapshot_len;
} site_assets;

#define SITE_FORCE 1u /* replace a directory cybermap did not write */
cm_status site_write(const cm_map *map, const cm_view *view, const char *dir,
		     const site_assets *assets, unsigned flags, cm_diags *diags);

#endif
