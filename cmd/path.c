/* path.c: `cybermap path FROM TO` -- shortest path(s). */
#include "cmd.h"

cm_status run_path(context *ctx, cm_result **result)
{
	long hops = number_option(ctx, OPT_MAX_HOPS);
	if (hops < 0)
		return CM_EINVAL;
	cm_walk_options options = {.via = ctx->options[OPT_VIA],
				   .directed = ctx->options[OPT_DIRECTED] != NULL,
				   .all = ctx->options[OPT_ALL] != NULL,
				   .max_hops = (unsigned)hops};
	cm_status st = cm_query_path(result, ctx->map, &ctx->view, ctx->args[0], ctx->args[1],
				     &options, ctx->diags);
	if (st == CM_ELIMIT)
		add_hint(ctx, "give --via TYPES, or --directed");
	return st;
}
