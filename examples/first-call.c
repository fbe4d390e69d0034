/*
 * first-call.c: the library from C.  Loads the map and prints, for a sector,
 * the first body to tell and by when -- the flow with the shortest stated
 * deadline -- and who leads incident response on each side.
 *
 *     cc first-call.c $(pkg-config --cflags --libs cybermap) -o first-call
 *     ./first-call MAPDIR SECTOR
 */
#include <cybermap.h>
#include <stdio.h>
#include <string.h>

static size_t column(const cm_result *r, const char *name)
{
	for (size_t c = 0; c < cm_result_columns(r); c++)
		if (strcmp(cm_result_column(r, c), name) == 0)
			return c;
	return 0;
}

static void print_diags(const cm_diags *diags)
{
	for (size_t i = 0; i < cm_diags_count(diags); i++)
		fprintf(stderr, "first-call: %s\n", cm_diags_at(diags, i)->message);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: first-call MAPDIR SECTOR\n");
		return 2;
	}
	cm_diags *diags;
	cm_map *map;
	const char *paths[] = {argv[1]};
	if (cm_diags_new(&diags) != CM_OK)
		return 2;
	if (cm_map_load(&map, paths, 1, NULL, diags) != CM_OK) {
		print_diags(diags);
		cm_diags_free(diags);
		return 2;
	}
	cm_view view;
	cm_view_init(&view);
	cm_result *r;
	int status = 2;
	if (cm_query_notify(&r, map, &view, argv[2], NULL, diags) == CM_OK) {
		/* rows come shortest deadline first, flows in force first */
		size_t to = column(r, "name"), by = column(r, "by"), trigger = column(r, "trigger");
		printf("%s\nfirst: %s, by %s\n  when: %s\n", cm_result_title(r),
		       cm_result_cell(r, 0, to), cm_result_cell(r, 0, by),
		       cm_result_cell(r, 0, trigger));
		cm_result_free(r);
		status = 0;
	}
	if (status == 0 && cm_query_function(&r, map, &view, "fn.incident-response", diags) == CM_OK) {
		for (size_t i = 0; i < cm_result_rows(r); i++)
			if (strcmp(cm_result_cell(r, i, 0), "leads") == 0)
				printf("incident response, %s: %s\n", cm_result_cell(r, i, 1),
				       cm_result_cell(r, i, 3));
		cm_result_free(r);
	}
	print_diags(diags);
	cm_map_free(map);
	cm_diags_free(diags);
	return status;
}
