/* reach.c: `cybermap reach NODE` -- everything reachable. */
#include "cmd.h"

cm_status run_reach(context *ctx, cm_result **result)
{
	long depth = number_option(ctx, OPT_DEPTH);
	if (depth < 0)
		return CM_EINVAL;
	cm_walk_options options = {.via = ctx->options[OPT_VIA],
				   .reverse = ctx->options[OPT_REVERSE] != NULL,
				   .max_hops = (unsigned)depth};
	return cm_query_reach(result, ctx->map, &ctx->view, ctx->args[0], &options,
			      ctx->diags);
}
