/* function.c: `cybermap function NAME` -- a function across both countries. */
#include "cmd.h"

cm_status run_function(context *ctx, cm_result **result)
{
	return cm_query_function(result, ctx->map, &ctx->view, ctx->args[0], ctx->diags);
}
