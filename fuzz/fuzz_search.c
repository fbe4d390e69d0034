/* fuzz_search.c: user patterns -- search over the real map, and notify's
 * --trigger.  Limits must stop every pattern quickly. */
#include <stdlib.h>

#include "fuzz.h"

static cm_map *map;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	map = fuzz_load_map("graphs");
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *pattern = fuzz_string(data, size);
	cm_view view;
	cm_view_init(&view);
	cm_diags *diags;
	cm_diags_new(&diags);
	cm_result *r;
	if (cm_query_search(&r, map, &view, pattern, NULL, diags) <= CM_NOTFOUND)
		cm_result_free(r);
	cm_notify_options options;
	cm_notify_options_init(&options);
	options.trigger = pattern;
	if (cm_query_notify(&r, map, &view, "us.sector.energy", &options, diags) <= CM_NOTFOUND)
		cm_result_free(r);
	cm_diags_free(diags);
	free(pattern);
	return 0;
}
