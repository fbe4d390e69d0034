/* site.c: `cybermap site -o DIR` -- the map as a static bilingual web site. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd.h"
#include "site.h"

#ifndef CM_SITE_ASSETS
#define CM_SITE_ASSETS "/usr/local/share/cybermap/site"
#endif

static int is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Where the files the site copies into assets/ are (the library compiled
 * to WebAssembly and the ask page's scripts): $CYBERMAP_SITE_ASSETS; else
 * share/cybermap/site beside the program's bin/ (an install under any
 * prefix or DESTDIR), else the installed one; else the build's build/site
 * next to the program (./cybermap, or build/san/cybermap).  NULL when there
 * is none: the site is then written without them. */
static const char *assets_dir(char *buf, size_t size)
{
	const char *env = getenv("CYBERMAP_SITE_ASSETS");
	if (env && *env)
		return env;
	char exe[4096];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	char *slash = n > 0 ? (exe[n] = '\0', strrchr(exe, '/')) : NULL;
	if (slash)
		*slash = '\0';
	if (slash && snprintf(buf, size, "%s/../share/cybermap/site", exe) < (int)size && is_dir(buf))
		return buf;
	if (is_dir(CM_SITE_ASSETS))
		return CM_SITE_ASSETS;
	if (slash && snprintf(buf, size, "%s/build/site", exe) < (int)size && is_dir(buf))
		return buf;
	const char *parent = slash ? strrchr(exe, '/') : NULL; /* exe is build/VARIANT */
	if (parent && parent - exe >= 6 && strncmp(parent - 6, "/build", 6) == 0 &&
	    snprintf(buf, size, "%.*s/site", (int)(parent - exe), exe) < (int)size && is_dir(buf))
		return buf;
	return NULL;
}

cm_status run_site(context *ctx, cm_result **result)
{
	*result = NULL;
	const char *dir = ctx->options[OPT_OUTPUT]; /* given: checked before the load */
	unsigned flags = ctx->options[OPT_FORCE] ? SITE_FORCE : 0;
	char beside[4200];
	/* the ask page's map: the snapshot kept as the map was loaded */
	site_assets assets = {assets_dir(beside, sizeof beside), NULL, 0};
	cm_map_snapshot_of(ctx->map, &assets.snapshot, &assets.snapshot_len);
	cm_status st = site_write(ctx->map, &ctx->view, dir, &assets, flags, ctx->diags);
	if (st == CM_EEXIST)
		add_hint(ctx, "give a new or empty directory, or add --force to replace this one and all it holds");
	if (st == CM_OK) {
		char safe[4096];
		cm_text_for_people(safe, sizeof safe, dir);
		size_t n = strlen(safe);
		while (n > 1 && safe[n - 1] == '/') /* public/ is public */
			safe[--n] = '\0';
		printf("%s/index.html\n", safe);
	}
	return st;
}
