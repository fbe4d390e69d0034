/* test_output.c: files are written whole or not at all. */
#include <dirent.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <string.h>
#include <unistd.h>

#include "cybermap.h"
#include "harness.h"

static void write_replaces_whole(void)
{
	char dir[SCRATCH_SIZE];
	CHECK(scratch_dir(dir));
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

static void file_is(const char *path, const char *text)
{
	char buf[64] = {0};
	FILE *f = fopen(path, "r");
	CHECK(f && fread(buf, 1, sizeof buf - 1, f) == strlen(text));
	if (f)
		fclose(f);
	CHECK_STR(buf, text);
}

/* A replaced file keeps its mode; a read-only one, a link to a file and a
 * link to nothing are refused and left as they were. */
static void replacing_keeps_modes_and_refuses_links(void)
{
	char dir[SCRATCH_SIZE];
	CHECK(scratch_dir(dir));
	char path[128], link[128], dangling[128], ro[128];
	snprintf(path, sizeof path, "%s/out.txt", dir);
	snprintf(link, sizeof link, "%s/link.txt", dir);
	snprintf(dangling, sizeof dangling, "%s/dangling.txt", dir);
	snprintf(ro, sizeof ro, "%s/ro.txt", dir);
	cm_diags *diags;
	cm_diags_new(&diags);
	CHECK(cm_write_file(path, "old\n", 4, diags) == CM_OK && chmod(path, 0640) == 0);
	CHECK(cm_write_file(path, "new\n", 4, diags) == CM_OK);
	struct stat st;
	CHECK(stat(path, &st) == 0 && (st.st_mode & 07777) == 0640);
	file_is(path, "new\n");
	CHECK(cm_write_file(ro, "old\n", 4, diags) == CM_OK && chmod(ro, 0444) == 0);
	CHECK(cm_write_file(ro, "new\n", 4, diags) == CM_EIO);
	file_is(ro, "old\n");
	CHECK(symlink("out.txt", link) == 0 && symlink("nothing", dangling) == 0);
	CHECK(cm_write_file(link, "x\n", 2, diags) == CM_EIO);
	CHECK(cm_write_file(dangling, "x\n", 2, diags) == CM_EIO);
	file_is(path, "new\n");
	CHECK(cm_diags_count(diags) == 3);
	CHECK(strstr(cm_diags_at(diags, 0)->message, "read-only") != NULL);
	CHECK(strstr(cm_diags_at(diags, 1)->message, "symbolic link") != NULL);
	CHECK(count_entries(dir) == 4); /* no temporary left */
	unlink(path);
	unlink(link);
	unlink(dangling);
	chmod(ro, 0644);
	unlink(ro);
	rmdir(dir);
	cm_diags_free(diags);
}

/* A name for a descriptor of this process is that descriptor: written at
 * its offset, never replaced (as /dev/stdout once was, with a file renamed
 * over it). */
static void descriptors_by_name(void)
{
	FILE *f = tmpfile();
	CHECK(f != NULL);
	if (!f)
		return;
	fputs("kept\n", f);
	fflush(f);
	char name[64];
	snprintf(name, sizeof name, "/proc/self/fd/%d", fileno(f));
	cm_diags *diags;
	cm_diags_new(&diags);
	CHECK(cm_write_file(name, "added\n", 6, diags) == CM_OK);
	snprintf(name, sizeof name, "/dev/fd/%d", fileno(f));
	CHECK(cm_write_file(name, "again\n", 6, diags) == CM_OK);
	char buf[64] = {0};
	rewind(f);
	CHECK(fread(buf, 1, sizeof buf - 1, f) == 17);
	CHECK_STR(buf, "kept\nadded\nagain\n");
	fclose(f);
	CHECK(cm_write_file("/proc/self/fd/987", "x", 1, diags) == CM_EIO);
	CHECK(cm_diags_count(diags) == 1);
	cm_diags_free(diags);
}

const unit_test output_tests[] = {
	{"replacing keeps modes and refuses links", replacing_keeps_modes_and_refuses_links},
	{"descriptors by name", descriptors_by_name},
	{"write replaces whole", write_replaces_whole},
	{"full device fails cleanly", full_device_fails_cleanly},
	{NULL, NULL},
};
