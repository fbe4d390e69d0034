/* options.c: the defaults of the public option structs.  Each is all
 * zeros today; the functions exist so that a default can change without
 * every caller changing (see "ABI" in cybermap.h). */
#include <string.h>

#include "cybermap.h"

void cm_list_filter_init(cm_list_filter *filter)
{
	memset(filter, 0, sizeof(*filter));
}

void cm_walk_options_init(cm_walk_options *options)
{
	memset(options, 0, sizeof(*options));
}

void cm_notify_options_init(cm_notify_options *options)
{
	memset(options, 0, sizeof(*options));
}

void cm_counterpart_options_init(cm_counterpart_options *options)
{
	memset(options, 0, sizeof(*options));
}

void cm_print_options_init(cm_print_options *options)
{
	memset(options, 0, sizeof(*options));
}
