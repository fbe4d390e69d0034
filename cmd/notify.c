/* notify.c: `cybermap notify SECTOR` -- who is told, in order, by when. */
#include "cmd.h"

cm_status run_notify(context *ctx, cm_result **result)
{
	cm_notify_options options;
	cm_notify_options_init(&options);
	options.trigger = ctx->options[OPT_TRIGGER];
	options.incident = ctx->options[OPT_INCIDENT];
	options.duty = ctx->options[OPT_DUTY];
	options.sources = ctx->options[OPT_SOURCES] != NULL;
	return cm_query_notify(result, ctx->map, &ctx->view, ctx->args[0], &options, ctx->diags);
}
