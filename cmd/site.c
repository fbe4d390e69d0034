/* site.c: `cybermap site -o DIR` -- the map as a static bilingual web site. */
#include <stdio.h>

#include "cmd.h"

cm_status run_site(context *ctx, cm_result **result)
{
	*result = NULL;
	const char *dir = ctx->options[OPT_OUTPUT];
	if (!dir) {
		complain("site needs -o DIRECTORY");
		return CM_EINVAL;
	}
	cm_status st = cm_site_write(ctx->map, &ctx->view, dir, ctx->diags);
	if (st == CM_OK)
		printf("%s/index.html\n", dir);
	return st;
}
