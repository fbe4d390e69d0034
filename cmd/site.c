/* site.c: `cybermap site -o DIR` -- the map as a static bilingual web site. */
#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "site.h"

cm_status run_site(context *ctx, cm_result **result)
{
	*result = NULL;
	const char *dir = ctx->options[OPT_OUTPUT]; /* given: checked before the load */
	unsigned flags = ctx->options[OPT_FORCE] ? SITE_FORCE : 0;
	cm_status st = site_write(ctx->map, &ctx->view, dir, flags, ctx->diags);
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
