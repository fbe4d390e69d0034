/* main.c: runs every unit test table; prints "N passed, N failed". */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cybermap.h"
#include "harness.h"

int harness_failures;

int scratch_dir(char *dir)
{
	const char *tmp = getenv("TMPDIR");
	int n = snprintf(dir, SCRATCH_SIZE, "%s/cybermap-test-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	return n > 0 && n < SCRATCH_SIZE && mkdtemp(dir) != NULL;
}

int count_entries(const char *dir)
{
	DIR *d = opendir(dir);
	int n = 0;
	for (struct dirent *e; d && (e = readdir(d));)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	if (d)
		closedir(d);
	return n;
}

cm_map *load_fixture(void)
{
	const char *paths[] = {"tests/fixtures/mini"};
	cm_diags *diags;
	cm_map *map = NULL;
	if (cm_diags_new(&diags) != CM_OK)
		return NULL;
	if (cm_map_load(&map, paths, 1, NULL, diags) != CM_OK)
		for (size_t i = 0; i < cm_diags_count(diags); i++)
			fprintf(stderr, "fixture: %s\n", cm_diags_at(diags, i)->message);
	cm_diags_free(diags);
	return map;
}

int main(void)
{
	const unit_test *tables[] = {date_tests, text_tests, yaml_tests, map_tests,
				     query_tests, output_tests, walk_tests, resolve_tests, cache_tests,
				     public_tests, site_tests};
	int passed = 0, failed = 0;
	for (size_t t = 0; t < sizeof(tables) / sizeof(tables[0]); t++)
		for (const unit_test *u = tables[t]; u->name; u++) {
			harness_failures = 0;
			u->run();
			if (harness_failures) {
				fprintf(stderr, "FAIL unit: %s\n", u->name);
				failed++;
			} else {
				passed++;
			}
		}
	printf("unit: %d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
