/* help.c: `cybermap help [COMMAND]` -- the same text as COMMAND --help. */
#include <string.h>

#include "cmd.h"

cm_status run_help(context *ctx, cm_result **result)
{
	*result = NULL;
	if (ctx->nargs == 0) {
		print_usage(NULL);
		return CM_OK;
	}
	for (size_t i = 0; i < ncommands; i++)
		if (strcmp(commands[i].name, ctx->args[0]) == 0) {
			print_usage(&commands[i]);
			return CM_OK;
		}
	complain("unknown command '%s'; see 'cybermap help'", ctx->args[0]);
	return CM_EINVAL;
}
