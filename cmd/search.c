/* search.c: `cybermap search PATTERN` -- PCRE2 over names and descriptions. */
#include "cmd.h"

cm_status run_search(context *ctx, cm_result **result)
{
	return cm_query_search(result, ctx->map, &ctx->view, ctx->args[0],
			       ctx->options[OPT_TYPE], ctx->diags);
}
