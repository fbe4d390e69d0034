/* counterpart.c: `cybermap counterpart NODE` -- the match in the other country. */
#include "cmd.h"

cm_status run_counterpart(context *ctx, cm_result **result)
{
	return cm_query_counterpart(result, ctx->map, &ctx->view, ctx->args[0], ctx->diags);
}
