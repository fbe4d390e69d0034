/*
 * fuzz_load.c: the loader.  The first byte chooses what the rest is: map
 * data read with the real schema, a schema read with the fixture's data, or
 * both (split in the middle).  A map that loads is then queried and printed
 * in every text format, so whatever the loader accepts is safe downstream.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "loader.h"

static char *schema, *fixture;
static size_t schema_len, fixture_len;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	schema = fuzz_read("graphs/schema.yaml", &schema_len);
	fixture = fuzz_read("tests/fixtures/mini/mini.yaml", &fixture_len);
	return 0;
}

static void print_all(const cm_map *map, const cm_view *view, const cm_result *r,
		      cm_diags *diags)
{
	static const cm_format formats[] = {CM_FORMAT_TEXT, CM_FORMAT_TSV, CM_FORMAT_JSON};
	for (size_t i = 0; i < 3; i++) {
		char *out;
		size_t len;
		if (cm_print(&out, &len, map, view, r, formats[i], NULL, diags) == CM_OK)
			free(out);
	}
}

static void exercise(const cm_map *map, cm_diags *diags)
{
	cm_view view;
	cm_view_init(&view);
	cm_result *r;
	if (cm_query_stats(&r, map, &view, diags) <= CM_NOTFOUND) {
		print_all(map, &view, r, diags);
		cm_result_free(r);
	}
	cm_list_filter none = {NULL, NULL, NULL, NULL};
	if (cm_query_list(&r, map, &view, &none, diags) <= CM_NOTFOUND && r) {
		for (size_t i = 0; i < cm_result_rows(r) && i < 4; i++) {
			const char *id = cm_result_cell(r, i, 0);
			cm_result *s;
			if (cm_query_show(&s, map, &view, &id, 1, diags) <= CM_NOTFOUND) {
				print_all(map, &view, s, diags);
				cm_result_free(s);
			}
			if (cm_query_notify(&s, map, &view, id, NULL, diags) <= CM_NOTFOUND) {
				print_all(map, &view, s, diags);
				cm_result_free(s);
			}
			if (cm_query_reach(&s, map, &view, id, NULL, diags) <= CM_NOTFOUND)
				cm_result_free(s);
		}
		cm_result_free(r);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	int mode = data[0] % 3;
	const char *body = (const char *)data + 1;
	size_t len = size - 1, half = len / 2;
	const char *names[] = {"schema.yaml", "data.yaml"};
	const char *texts[2] = {schema, body};
	size_t lens[2] = {schema_len, len};
	if (mode == 1) {
		texts[0] = body;
		lens[0] = len;
		texts[1] = fixture;
		lens[1] = fixture_len;
	} else if (mode == 2) {
		texts[0] = body;
		lens[0] = half;
		texts[1] = body + half;
		lens[1] = len - half;
	}
	cm_limits limits;
	cm_limits_init(&limits);
	limits.max_scalar_bytes = 4096;
	limits.max_depth = 32;
	cm_diags *diags;
	cm_map *map = NULL;
	if (cm_diags_new(&diags) != CM_OK)
		return 0;
	if (cm_map_load_texts(&map, names, texts, lens, 2, &limits, diags) == CM_OK) {
		exercise(map, diags);
		cm_map_free(map);
	}
	cm_diags_free(diags);
	return 0;
}
