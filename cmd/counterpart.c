/* counterpart.c: `cybermap counterpart NODE` -- the matching bodies in the other country. */
#include "cmd.h"

cm_status run_counterpart(context *ctx, cm_result **result)
{
	cm_counterpart_options options;
	cm_counterpart_options_init(&options);
	options.all = ctx->options[OPT_ALL] != NULL;
	/* --country said which body NODE is (resolved already); the answer is
	 * the other side's, so it is printed in a view of both */
	ctx->view.country = NULL;
	return cm_query_counterpart(result, ctx->map, &ctx->view, ctx->args[0], &options,
				    ctx->diags);
}
