/* list.c: `cybermap list` -- nodes, filtered. */
#include "cmd.h"

cm_status run_list(context *ctx, cm_result **result)
{
	cm_list_filter filter = {.type = ctx->options[OPT_TYPE],
				 .function = ctx->options[OPT_FUNCTION],
				 .tag = ctx->options[OPT_TAG],
				 .with = ctx->options[OPT_WITH]};
	return cm_query_list(result, ctx->map, &ctx->view, &filter, ctx->diags);
}
