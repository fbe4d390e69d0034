/* stats.c: `cybermap stats` -- counts by type and country. */
#include "cmd.h"

cm_status run_stats(context *ctx, cm_result **result)
{
	return cm_query_stats(result, ctx->map, &ctx->view, ctx->diags);
}
