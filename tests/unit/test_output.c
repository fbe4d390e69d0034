/* test_output.c: files are written whole or not at all. */
#include <dirent.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cybermap.h"
#include "harness.h"

static int count_entries(const char *dir)
{
	DIR *d = opendir(dir);
	int n = 0;
	for (struct dirent *e; d && (e = readdir(d));)
		if (e->d_name[0] != '.')
			n++;
	if (d)
		closedir(d);
	return n;
}

static void write_replaces_whole(void)
{
	char dir[] = "/tmp/cybermap-test-XXXXXX";
	CHECK(mkdtemp(dir) != NULL);
	char path[128];
	snprintf(path, sizeof path, "%s/out.txt", dir);
	cm_diags *diags;
	cm_diags_new(&diags);
	CHECK(cm_write_file(path, "first\n", 6, diags) == CM_OK);
	CHECK(cm_write_file(path, "second\n", 7, diags) == CM_OK);
	FILE *f = fopen(path, "r");
	char buf[32] = {0};
	CHECK(f && fread(buf, 1, sizeof buf - 1, f) == 7);
	if (f)
		fclose(f);
	CHECK_STR(buf, "second\n");
	CHECK(count_entries(dir) == 1);
	/* a directory that does not exist: nothing is written, nothing is left */
	char missing[160];
	snprintf(missing, sizeof missing, "%s/no/such/dir/out.txt", dir);
	CHECK(cm_write_file(missing, "x", 1, diags) == CM_EIO);
	CHECK(cm_diags_count(diags) == 1);
	CHECK(count_entries(dir) == 1);
	unlink(path);
	rmdir(dir);
	cm_diags_free(diags);
}

static void full_device_fails_cleanly(void)
{
	cm_diags *diags;
	cm_diags_new(&diags);
	if (access("/dev/full", W_OK) == 0) {
		CHECK(cm_write_file("/dev/full", "x", 1, diags) == CM_EIO);
		CHECK(cm_diags_count(diags) == 1 &&
		      strstr(cm_diags_at(diags, 0)->message, "No space") != NULL);
	}
	cm_diags_free(diags);
}

const unit_test output_tests[] = {
	{"write replaces whole", write_replaces_whole},
	{"full device fails cleanly", full_device_fails_cleanly},
	{NULL, NULL},
};
