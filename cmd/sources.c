/* sources.c: `cybermap sources` -- where the map's facts come from. */
#include "cmd.h"

cm_status run_sources(context *ctx, cm_result **result)
{
	long days = number_option(ctx, OPT_OLDER_THAN);
	if (days < 0)
		return CM_EINVAL;
	return cm_query_sources(result, ctx->map, &ctx->view, (int)days, ctx->diags);
}
