/* site.c: `cybermap site -o DIR` -- the map as a static bilingual web site. */
#include <stdio.h>
#include <string.h>

#include "cmd.h"

cm_status run_site(context *ctx, cm_result **result)
{
	*result = NULL;
	const char *dir = ctx->options[OPT_OUTPUT];
	if (!dir) {
		fprintf(stderr, "cybermap: site needs -o DIRECTORY\n");
		return CM_EINVAL;
	}
	unsigned flags = ctx->options[OPT_FORCE] ? CM_SITE_FORCE : 0;
	cm_status st = cm_site_write(ctx->map, &ctx->view, dir, flags, ctx->diags);
	if (st == CM_EEXIST) {
		print_diags(ctx->diags);
		cm_diags_clear(ctx->diags);
		fprintf(stderr, "cybermap: give a new or empty directory, or add --force to replace this one and all it holds\n");
	}
	if (st == CM_OK) {
		char shown[4096];
		size_t n = strlen(dir);
		while (n > 1 && dir[n - 1] == '/') /* public/ is public */
			n--;
		printf("%.*s/index.html\n", (int)n,
		       cm_text_for_people(shown, sizeof shown, dir));
	}
	return st;
}
