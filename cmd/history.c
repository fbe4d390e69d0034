/* history.c: `cybermap history NODE` -- a body's timeline. */
#include "cmd.h"

cm_status run_history(context *ctx, cm_result **result)
{
	return cm_query_history(result, ctx->map, &ctx->view, ctx->args[0], ctx->diags);
}
