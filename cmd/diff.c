/* diff.c: `cybermap diff DATE1 DATE2` -- what appeared, ended or became pending. */
#include "cmd.h"

cm_status run_diff(context *ctx, cm_result **result)
{
	int days[2];
	for (int i = 0; i < 2; i++)
		if (!parse_day(ctx, &days[i], ctx->args[i])) {
			complain("bad date '%s'; expected YYYY-MM-DD, YYYY-MM, YYYY or today",
				 ctx->args[i]);
			return CM_EINVAL;
		}
	ctx->view.as_of = days[1]; /* the answer is printed as of the second day */
	return cm_query_diff(result, ctx->map, &ctx->view, days[0], days[1],
			     ctx->options[OPT_TYPE], ctx->diags);
}
