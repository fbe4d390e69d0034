/* jurisdiction.c: `cybermap jurisdiction NODE` -- who holds authority over it. */
#include "cmd.h"

cm_status run_jurisdiction(context *ctx, cm_result **result)
{
	return cm_query_jurisdiction(result, ctx->map, &ctx->view, ctx->args[0], ctx->diags);
}
