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

/* A result's columns are found by the role they play, never by position:
 * each query's documentation in cybermap.h names its columns' roles. */
static const char *cell(const cm_result *r, size_t row, cm_role role)
{
	const char *text = cm_result_cell(r, row, cm_result_role_column(r, role));
	return text ? text : "";
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
		printf("%s\nfirst: %s, within %s\n  when: %s\n", cm_result_title(r),
		       cell(r, 0, CM_ROLE_NAME), cell(r, 0, CM_ROLE_DEADLINE), cell(r, 0, CM_ROLE_DETAIL));
		cm_result_free(r);
		status = 0;
	}
	if (status == 0 && cm_query_function(&r, map, &view, "fn.incident-response", diags) == CM_OK) {
		for (size_t i = 0; i < cm_result_rows(r); i++)
			if (strcmp(cell(r, i, CM_ROLE_KIND), "leads") == 0)
				printf("incident response, %s: %s\n", cell(r, i, CM_ROLE_SIDE),
				       cell(r, i, CM_ROLE_NAME));
		cm_result_free(r);
	}
	print_diags(diags);
	cm_map_free(map);
	cm_diags_free(diags);
	return status;
}
