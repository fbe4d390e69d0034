/* show.c: `cybermap show NODE...` -- everything about some nodes. */
#include "cmd.h"

cm_status run_show(context *ctx, cm_result **result)
{
	return cm_query_show(result, ctx->map, &ctx->view, (const char *const *)ctx->args,
			     (size_t)ctx->nargs, ctx->diags);
}
