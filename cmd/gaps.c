/* gaps.c: `cybermap gaps` -- where the alliance's map is thin. */
#include "cmd.h"

cm_status run_gaps(context *ctx, cm_result **result)
{
	return cm_query_gaps(result, ctx->map, &ctx->view, ctx->options[OPT_KIND], ctx->diags);
}
