/*
 * output.c: writing a file whole or not at all, and only where the user
 * said (docs/reliability.md, "Output").
 *
 * - A name for one of this process's descriptors (/dev/stdout, /dev/stderr,
 *   /dev/fd/N, /proc/self/fd/N) means that descriptor, as in the shell:
 *   the output is written to it, at its offset, as to standard output.
 *   Following the name instead would find the file behind the descriptor
 *   (or /dev itself) and replace it.
 * - A device, a pipe or a socket is written in place, reached through
 *   symbolic links or not: it cannot be replaced.
 * - A regular file, or a name that does not exist yet, is written to a
 *   temporary file beside it (in the directory the path names, so nowhere
 *   else), flushed to disk, and renamed over it.  A replaced file keeps its
 *   mode (and its group and owner where the system allows); a read-only
 *   one is refused.
 * - A symbolic link to a regular file, a directory or nothing is refused:
 *   renaming over it would replace the link, not the file the user meant,
 *   and writing through it would put the temporary in a directory the user
 *   did not name.  One rule: name the file itself.
 */
#define _GNU_SOURCE /* O_NOFOLLOW, AT_EACCESS */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "output.h"
#include "tempfile.h"

int cm_write_all(int fd, const void *data, size_t len)
{
	const char *at = data;
	while (len) {
		ssize_t n = write(fd, at, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return 0;
		at += n;
		len -= (size_t)n;
	}
	return 1;
}

static cm_status cannot(cm_diags *diags, const char *path, const char *why)
{
	cm_diag_add(diags, NULL, 0, 0, "cannot write '%s': %s", path, why);
	return CM_EIO;
}

/* ---- descriptors by name ---- */

/* The descriptor a name stands for (/dev/stdout, /dev/fd/3, ...), or -1. */
static int named_descriptor(const char *path)
{
	static const struct {
		const char *name;
		int fd;
	} fixed[] = {{"/dev/stdin", 0}, {"/dev/stdout", 1}, {"/dev/stderr", 2}};
	for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
		if (strcmp(path, fixed[i].name) == 0)
			return fixed[i].fd;
	char own[64];
	snprintf(own, sizeof own, "/proc/%ld/fd/", (long)getpid());
	const char *prefixes[] = {"/dev/fd/", "/proc/self/fd/", own};
	for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++) {
		size_t n = strlen(prefixes[i]);
		if (strncmp(path, prefixes[i], n) != 0 || !path[n])
			continue;
		char *end;
		long fd = strtol(path + n, &end, 10);
		if (*end || path[n] < '0' || path[n] > '9' || fd > INT_MAX)
			return -1;
		return (int)fd;
	}
	return -1;
}

static cm_status write_descriptor(int fd, const char *path, const char *data, size_t len,
				  cm_diags *diags)
{
	if (fcntl(fd, F_GETFD) < 0 || !cm_write_all(fd, data, len))
		return cannot(diags, path, strerror(errno));
	return CM_OK;
}

/* ---- in place ---- */

/* A device, a pipe or a socket (through links or not): written where it is.
 * A pipe waits for its reader, as a shell redirection does. */
static cm_status write_in_place(const char *path, const char *data, size_t len,
				cm_diags *diags)
{
	int fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
	if (fd < 0)
		return cannot(diags, path, strerror(errno));
	struct stat st;
	/* a regular file put there meanwhile would be overwritten in part */
	if (fstat(fd, &st) != 0 || S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)) {
		close(fd);
		return cannot(diags, path, "it changed while it was opened");
	}
	int ok = cm_write_all(fd, data, len);
	int saved = errno;
	if (close(fd) != 0 && ok) {
		ok = 0;
		saved = errno;
	}
	return ok ? CM_OK : cannot(diags, path, strerror(saved));
}

/* ---- replacing ---- */

#define SUFFIX_LEN 6

/* The directory part of path ("." when none) and its last part. */
static int split_path(const char *path, char *dir, size_t size, const char **base)
{
	const char *slash = strrchr(path, '/');
	*base = slash ? slash + 1 : path;
	int n = slash ? snprintf(dir, size, "%.*s", (int)(slash == path ? 1 : slash - path), path)
		      : snprintf(dir, size, ".");
	return n > 0 && (size_t)n < size;
}

/* The prefix of the temporary files for base: ".BASE.tmp-", or a short one
 * when base is too long for the name to fit. */
static void temp_prefix(char *out, size_t size, const char *base)
{
	if (strlen(base) + 6 + SUFFIX_LEN > NAME_MAX)
		snprintf(out, size, ".cybermap.tmp-");
	else
		snprintf(out, size, ".%s.tmp-", base);
}

/* Removes temporaries for this name whose writers died (kill -9, a power
 * cut): a writer holds a lock on its temporary. */
static void sweep(const char *dir, const char *prefix)
{
	DIR *d = opendir(dir);
	size_t n = strlen(prefix);
	for (struct dirent *e; d && (e = readdir(d));) {
		if (strncmp(e->d_name, prefix, n) != 0 || strlen(e->d_name) != n + SUFFIX_LEN)
			continue;
		int lock = cm_temp_abandoned(dirfd(d), e->d_name);
		if (lock >= 0) {
			unlinkat(dirfd(d), e->d_name, 0);
			close(lock);
		}
	}
	if (d)
		closedir(d);
}

/* A new temporary file in dir, locked and registered; its descriptor, or
 * -1 with errno. */
static int make_temp(char *temp, size_t size, const char *dir, const char *prefix, mode_t mode,
		     int *slot)
{
	for (int tries = 0; tries < 32; tries++) {
		char suffix[SUFFIX_LEN + 1];
		cm_temp_suffix(suffix, SUFFIX_LEN);
		if (snprintf(temp, size, "%s/%s%s", dir, prefix, suffix) >= (int)size) {
			errno = ENAMETOOLONG;
			return -1;
		}
		int fd = cm_temp_make(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode,
				      NULL, slot);
		if (fd < 0 && errno == EEXIST)
			continue;
		if (fd < 0)
			return -1;
		if (cm_temp_lock(fd) != 0) {
			int saved = errno;
			close(fd);
			unlink(temp);
			cm_temp_forget(*slot);
			errno = saved;
			return -1;
		}
		return fd;
	}
	errno = EEXIST;
	return -1;
}

/* The file as it was: its owners where the system lets us (only root may
 * give a file away; then it is the writer's, as after any editor). */
static void keep_owners(int fd, const struct stat *old)
{
	if (fchown(fd, old->st_uid, old->st_gid) == 0)
		return;
	if (fchown(fd, (uid_t)-1, old->st_gid) == 0)
		return;
}

/* Writes data to a temporary beside path, flushes it to disk and renames it
 * over path.  old is the file replaced (its mode and owners are kept), or
 * NULL for a new one (the mode a plain create gives). */
static cm_status replace(const char *path, const struct stat *old, const char *data,
			 size_t len, cm_diags *diags)
{
	char dir[PATH_MAX], prefix[NAME_MAX + 1], temp[PATH_MAX];
	const char *base;
	if (!split_path(path, dir, sizeof dir, &base) || !*base)
		return cannot(diags, path, strerror(ENAMETOOLONG));
	temp_prefix(prefix, sizeof prefix, base);
	sweep(dir, prefix);
	int slot = -1;
	int fd = make_temp(temp, sizeof temp, dir, prefix, old ? 0600 : 0666, &slot);
	if (fd < 0)
		return cannot(diags, path, strerror(errno));
	if (old)
		keep_owners(fd, old);
	int ok = (!old || fchmod(fd, old->st_mode & 07777) == 0) && cm_write_all(fd, data, len) &&
		 fsync(fd) == 0;
	int saved = errno;
	/* renamed while still locked, so that no sweep takes it meanwhile */
	if (ok && rename(temp, path) != 0) {
		ok = 0;
		saved = errno;
	}
	close(fd); /* written, flushed and renamed: nothing is left to fail */
	if (!ok)
		unlink(temp);
	cm_temp_forget(slot);
	return ok ? CM_OK : cannot(diags, path, strerror(saved ? saved : EIO));
}

static int writable(const char *path, const struct stat *st)
{
	/* a file nobody may write to is refused even when root could */
	return (st->st_mode & 0222) && faccessat(AT_FDCWD, path, W_OK, AT_EACCESS) == 0;
}

cm_status cm_write_file(const char *path, const char *data, size_t len, cm_diags *diags)
{
	int fd = named_descriptor(path);
	if (fd >= 0)
		return write_descriptor(fd, path, data, len, diags);
	size_t n = strlen(path);
	if (n == 0)
		return cannot(diags, path, "no file name");
	struct stat st, target;
	if (lstat(path, &st) != 0) {
		if (errno != ENOENT)
			return cannot(diags, path, strerror(errno));
		if (path[n - 1] == '/')
			return cannot(diags, path, "a file name cannot end in '/'");
		return replace(path, NULL, data, len, diags);
	}
	if (S_ISLNK(st.st_mode)) {
		if (stat(path, &target) != 0)
			return cannot(diags, path, "it is a symbolic link to nothing; name the file itself");
		if (S_ISREG(target.st_mode) || S_ISDIR(target.st_mode))
			return cannot(diags, path,
				      "it is a symbolic link; name the file it leads to, which is what would be replaced");
		return write_in_place(path, data, len, diags);
	}
	if (S_ISDIR(st.st_mode))
		return cannot(diags, path, "it is a directory");
	if (!S_ISREG(st.st_mode))
		return write_in_place(path, data, len, diags);
	if (!writable(path, &st))
		return cannot(diags, path, "it is read-only");
	return replace(path, &st, data, len, diags);
}

cm_status cm_write_new(int dirfd, const char *name, const char *shown, const char *data,
		       size_t len, cm_diags *diags)
{
	int fd = openat(dirfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
	if (fd < 0)
		return cannot(diags, shown, strerror(errno));
	int ok = cm_write_all(fd, data, len);
	int saved = errno;
	if (close(fd) != 0 && ok) {
		ok = 0;
		saved = errno;
	}
	return ok ? CM_OK : cannot(diags, shown, strerror(saved));
}
