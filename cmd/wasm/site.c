/* site.c, for the browser's engine: `site` is the one command that cannot
 * run (it writes a directory; the page has none to write): it says so. */
#include "../cmd.h"

cm_status run_site(context *ctx, cm_result **result)
{
	*result = NULL;
	complain("'site' writes a directory and runs only from the command line");
	(void)ctx;
	return CM_EINVAL;
}
