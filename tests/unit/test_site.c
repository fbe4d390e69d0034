/* test_site.c: the web site writer (site/), through its entry point. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cybermap.h"
#include "harness.h"
#include "site.h"
#include "site_dir.h"

/* Where the file system cannot exchange two directories, the site is
 * swapped with two renames: still whole, nothing left beside it. */
static void site_swap_without_exchange(void)
{
	char dir[SCRATCH_SIZE];
	CHECK(scratch_dir(dir));
	char site[128], marker[160];
	snprintf(site, sizeof site, "%s/site", dir);
	snprintf(marker, sizeof marker, "%s/.cybermap-site", site);
	cm_map *map = load_fixture();
	cm_view view;
	cm_view_init(&view);
	cm_diags *diags;
	cm_diags_new(&diags);
	for (int exchange = 1; exchange >= 0; exchange--) {
		site_dir_no_exchange = !exchange;
		CHECK(map && site_write(map, &view, site, NULL, 0, diags) == CM_OK);
		CHECK(map && site_write(map, &view, site, NULL, 0, diags) == CM_OK);
		CHECK(access(marker, F_OK) == 0 && count_entries(dir) == 1);
	}
	site_dir_no_exchange = 0;
	CHECK(cm_diags_count(diags) == 0);
	cm_remove_temporaries(); /* nothing is registered any more: nothing goes */
	CHECK(access(marker, F_OK) == 0);
	snprintf(marker, sizeof marker, "rm -rf '%s'", dir);
	CHECK(system(marker) == 0);
	cm_map_free(map);
	cm_diags_free(diags);
}

const unit_test site_tests[] = {
	{"site swap without exchange", site_swap_without_exchange},
	{NULL, NULL},
};
