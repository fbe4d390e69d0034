/* notify.c: `cybermap notify SECTOR` -- who is told, in order, by when. */
#include "cmd.h"

cm_status run_notify(context *ctx, cm_result **result)
{
	return cm_query_notify(result, ctx->map, &ctx->view, ctx->args[0],
			       ctx->options[OPT_TRIGGER], ctx->diags);
}
