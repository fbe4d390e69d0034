/* check.c: `cybermap check` -- load the map (which validates it) and summarise. */
#include <stdio.h>

#include "cmd.h"

cm_status run_check(context *ctx, cm_result **result)
{
	*result = NULL;
	if (ctx->options[OPT_STRICT] && cm_map_check_strict(ctx->map, ctx->diags) != CM_OK)
		return CM_EINVAL;
	char summary[160];
	int n = snprintf(summary, sizeof summary, "ok: %zu files, %zu nodes, %zu edges\n",
			 cm_map_file_count(ctx->map), cm_map_node_count(ctx->map),
			 cm_map_edge_count(ctx->map));
	if (!ctx->options[OPT_STRICT])
		return emit(ctx, summary, (size_t)n);
	/* --strict also says how complete the map is, rule by rule */
	cm_status st = cm_query_coverage(result, ctx->map, &ctx->view, ctx->diags);
	if (st == CM_NOTFOUND)
		return emit(ctx, summary, (size_t)n);
	if (st == CM_OK && !ctx->options[OPT_QUIET])
		fputs(summary, stderr);
	return st;
}
