/*
 * remove_tree.c: removes a directory and all under it, without following a
 * link or leaving its device (the site's old build, a killed writer's
 * leftovers).  It reads directories with getdents64 itself: no allocation,
 * and one descriptor per level.
 */
#define _GNU_SOURCE /* syscall */
#include "tempfile.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#define MAX_DEPTH 48

struct linux_dirent64 {
	uint64_t d_ino;
	int64_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

static int is_dot(const char *name)
{
	return name[0] == '.' && (!name[1] || (name[1] == '.' && !name[2]));
}

static int empty_directory(int fd, dev_t device, int depth);

/* Removes the entry name in the directory fd (a directory with all under
 * it, on the same device only); 0 on success. */
static int remove_entry(int fd, const char *name, unsigned char type, dev_t device, int depth)
{
	if (type != DT_DIR && type != DT_UNKNOWN)
		return unlinkat(fd, name, 0);
	if (unlinkat(fd, name, 0) == 0) /* DT_UNKNOWN, and not a directory */
		return 0;
	if (errno != EISDIR && errno != EPERM)
		return -1;
	int child = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (child < 0)
		return -1;
	struct stat st;
	int rc = -1;
	if (fstat(child, &st) != 0)
		;
	else if (st.st_dev != device) /* a mount point: not ours to empty */
		errno = EXDEV;
	else if (depth >= MAX_DEPTH)
		errno = ELOOP;
	else
		rc = empty_directory(child, device, depth + 1);
	close(child);
	return rc == 0 ? unlinkat(fd, name, AT_REMOVEDIR) : -1;
}

/* Removes what the directory fd holds, passing over name `keep` at the top;
 * reading and removing at once may skip entries, so it reads again until a
 * pass removes nothing. */
static int empty_in(int fd, dev_t device, int depth, const char *keep)
{
	char buf[2048] __attribute__((aligned(8)));
	int first_error = 0;
	for (int removed = 1; removed;) {
		removed = 0;
		if (lseek(fd, 0, SEEK_SET) != 0)
			return -1;
		long n;
		while ((n = syscall(SYS_getdents64, fd, buf, sizeof buf)) > 0) {
			for (long at = 0; at < n;) {
				struct linux_dirent64 *e = (struct linux_dirent64 *)(buf + at);
				at += e->d_reclen;
				if (is_dot(e->d_name) || (keep && strcmp(e->d_name, keep) == 0))
					continue;
				if (remove_entry(fd, e->d_name, e->d_type, device, depth) == 0)
					removed = 1;
				else if (!first_error)
					first_error = errno;
			}
		}
		if (n < 0)
			return -1;
	}
	if (first_error)
		errno = first_error;
	return first_error ? -1 : 0;
}

static int empty_directory(int fd, dev_t device, int depth)
{
	return empty_in(fd, device, depth, NULL);
}

int cm_remove_tree(const char *path, const char *last)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return errno == ENOENT ? 0 : -1;
	struct stat st;
	int rc = fstat(fd, &st) == 0 ? empty_in(fd, st.st_dev, 0, last) : -1;
	if (rc == 0 && last && unlinkat(fd, last, 0) != 0 && errno != ENOENT)
		rc = -1;
	int saved = errno;
	close(fd);
	if (rc == 0 && rmdir(path) != 0 && errno != ENOENT)
		return -1;
	errno = saved;
	return rc;
}

