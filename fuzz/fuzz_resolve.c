/* fuzz_resolve.c: NODE resolution on the real map.  The first byte picks
 * the side and the language; the rest is what a user typed. */
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
	static const char *const sides[] = {NULL, "us", "jp", "zz"};
	if (size < 1)
		return 0;
	char *text = fuzz_string(data + 1, size - 1);
	cm_view view;
	cm_view_init(&view);
	view.country = sides[data[0] & 3];
	view.lang = data[0] & 4 ? "ja" : "en";
	cm_diags *diags;
	cm_diags_new(&diags);
	const cm_node *node;
	if (cm_resolve(&node, map, &view, text, diags) == CM_OK) {
		const char *id = cm_node_id(node);
		cm_result *r;
		if (cm_query_show(&r, map, &view, &id, 1, diags) == CM_OK) {
			char *out;
			size_t len;
			if (cm_print(&out, &len, map, &view, r, CM_FORMAT_TEXT, NULL, diags) == CM_OK)
				free(out);
			cm_result_free(r);
		}
	}
	cm_diags_free(diags);
	free(text);
	return 0;
}
