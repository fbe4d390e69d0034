/*
 * site_dir.c: where a site is written (see site_dir.h and
 * docs/reliability.md, "The site's directory").
 *
 * The site is built in .BASE.new-XXXXXX beside DIR, so that it can be
 * swapped in with one rename: renameat2(RENAME_EXCHANGE) swaps the two
 * directories in one step, so DIR is at every instant either the old site
 * or the new one, whole.  Where the file system cannot exchange (EINVAL) or
 * the kernel is older than 3.15 (ENOSYS), DIR is renamed aside to
 * .BASE.old-XXXXXX and the build into its place; between the two renames
 * DIR does not exist, and a failure of the second puts the old one back.
 * What DIR held before is then removed.
 *
 * The build holds the marker file from the start, locked (flock) until the
 * run ends: a directory named like a build or an old site that holds an
 * unlocked marker (or nothing at all) was left by a run that died, and the
 * next run beside it removes it.  The marker is removed last, so a removal
 * cut short still shows whose the directory is.
 */
#define _GNU_SOURCE /* renameat2, syncfs */
#include "site_dir.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cybermap.h"

int site_dir_no_exchange;

static const char marker_text[] =
	"This directory is a web site written by cybermap.\n"
	"cybermap replaces it whole when it writes the site again: files added here are not kept.\n";

#define SUFFIX_LEN 6

/* ---- where ----
 *
 * The builds' names and locks are the library's temporaries' own
 * (cm_temp_suffix, cm_temp_lock, cm_temp_abandoned): a build that a killed
 * run left behind is told apart the same way. */

/* The name of a build (kind "new") or an old site ("old") beside base,
 * without its suffix: ".BASE.new-", or a short one when base is long. */
static void temp_prefix(char *out, size_t size, const char *base, const char *kind)
{
	if (strlen(base) + 6 + SUFFIX_LEN > NAME_MAX)
		snprintf(out, size, ".cybermap-site.%s-", kind);
	else
		snprintf(out, size, ".%s.%s-", base, kind);
}

/* Whether path is dir or inside it (both real paths). */
static int inside(const char *dir, const char *path)
{
	size_t n = strlen(dir);
	return strncmp(path, dir, n) == 0 && (path[n] == '\0' || path[n] == '/' || n == 1);
}

static int split(site_dir *d, const char *real)
{
	const char *slash = strrchr(real, '/');
	int n = snprintf(d->parent, sizeof d->parent, "%.*s",
			 (int)(slash == real ? 1 : slash - real), real);
	return n > 0 && (size_t)n < sizeof d->parent &&
	       snprintf(d->base, sizeof d->base, "%s", slash + 1) < (int)sizeof d->base &&
	       snprintf(d->target, sizeof d->target, "%s", real) < (int)sizeof d->target;
}

/* DIR as the user gave it, trailing slashes gone, made a real path: of DIR
 * itself when it exists, else of its parent.  0 with a diagnostic. */
static int locate(site_dir *d, const char *dir, struct stat *st, cm_diags *diags)
{
	char given[PATH_MAX];
	size_t n = strlen(dir);
	while (n > 1 && dir[n - 1] == '/')
		n--;
	if (n == 0 || n >= sizeof given) {
		cm_diags_add(diags, NULL, 0, 0, "cannot write the site to '%s': %s", dir,
			     n ? strerror(ENAMETOOLONG) : "no directory name");
		return 0;
	}
	memcpy(given, dir, n);
	given[n] = '\0';
	d->existed = lstat(given, st) == 0;
	if (!d->existed && errno != ENOENT) {
		cm_diags_add(diags, NULL, 0, 0, "cannot write the site to '%s': %s", given, strerror(errno));
		return 0;
	}
	if (d->existed && S_ISLNK(st->st_mode)) {
		cm_diags_add(diags, NULL, 0, 0,
			     "will not write the site to '%s': it is a symbolic link; give the directory it leads to",
			     given);
		return 0;
	}
	if (d->existed && !S_ISDIR(st->st_mode)) {
		cm_diags_add(diags, NULL, 0, 0, "will not write the site to '%s': it is not a directory",
			     given);
		return 0;
	}
	char real[PATH_MAX], parent[PATH_MAX];
	const char *slash = strrchr(given, '/');
	const char *base = slash ? slash + 1 : given;
	snprintf(parent, sizeof parent, "%.*s", slash ? (int)(slash == given ? 1 : slash - given) : 1,
		 slash ? given : ".");
	int ok;
	if (d->existed || strcmp(base, ".") == 0 || strcmp(base, "..") == 0)
		ok = realpath(given, real) != NULL;
	else
		ok = realpath(parent, real) != NULL &&
		     snprintf(real + strlen(real), sizeof real - strlen(real), "%s%s",
			      strcmp(real, "/") ? "/" : "", base) < (int)(sizeof real - strlen(real));
	if (!ok || !split(d, real)) {
		cm_diags_add(diags, NULL, 0, 0, "cannot write the site to '%s': %s", given,
			     strerror(ok ? ENAMETOOLONG : errno));
		return 0;
	}
	return 1;
}

/* ---- whose ---- */

static int has_marker(const char *dir)
{
	char path[PATH_MAX];
	struct stat st;
	return snprintf(path, sizeof path, "%s/%s", dir, SITE_MARKER) < (int)sizeof path &&
	       lstat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static int is_empty(const char *dir)
{
	DIR *d = opendir(dir);
	int empty = d != NULL;
	for (struct dirent *e; empty && (e = readdir(d));)
		empty = strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0;
	if (d)
		closedir(d);
	return empty;
}

/* What may never be replaced, forced (SITE_FORCE) or not: the root, a directory holding
 * the current directory, one holding a file the map was read from. */
static int protected(const site_dir *d, const cm_map *map, cm_diags *diags)
{
	char real[PATH_MAX];
	if (strcmp(d->target, "/") == 0) {
		cm_diags_add(diags, NULL, 0, 0, "will not replace '/': it is the root directory");
		return 1;
	}
	if (getcwd(real, sizeof real) && inside(d->target, real)) {
		cm_diags_add(diags, NULL, 0, 0, "will not replace '%s': it holds the current directory",
			     d->target);
		return 1;
	}
	for (size_t i = 0; map && i < cm_map_file_count(map); i++)
		if (realpath(cm_map_file_at(map, i), real) && inside(d->target, real)) {
			cm_diags_add(diags, NULL, 0, 0, "will not replace '%s': it holds the map file '%s'",
				     d->target, cm_map_file_at(map, i));
			return 1;
		}
	return 0;
}

/* ---- what died ---- */

/* Removes builds and old sites beside DIR that runs which died left: ours
 * (a marker nobody holds a lock on), or empty. */
static void sweep(const site_dir *d)
{
	char fresh[NAME_MAX + 1], old[NAME_MAX + 1];
	temp_prefix(fresh, sizeof fresh, d->base, "new");
	temp_prefix(old, sizeof old, d->base, "old");
	size_t n = strlen(fresh); /* as long as old */
	DIR *dir = opendir(d->parent);
	for (struct dirent *e; dir && (e = readdir(dir));) {
		if ((strncmp(e->d_name, fresh, n) != 0 && strncmp(e->d_name, old, n) != 0) ||
		    strlen(e->d_name) != n + SUFFIX_LEN)
			continue;
		char path[PATH_MAX];
		struct stat st;
		int fd = openat(dirfd(dir), e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (fd < 0)
			continue;
		int lock = fstat(fd, &st) == 0 && st.st_uid == geteuid()
				   ? cm_temp_abandoned(fd, SITE_MARKER)
				   : -1;
		int marked = fstatat(fd, SITE_MARKER, &st, AT_SYMLINK_NOFOLLOW) == 0;
		close(fd);
		if (snprintf(path, sizeof path, "%s/%s", d->parent, e->d_name) >= (int)sizeof path)
			continue;
		if (lock >= 0)
			cm_remove_tree(path, SITE_MARKER);
		else if (!marked)
			rmdir(path); /* only when empty: a removal cut short at its end */
		if (lock >= 0)
			close(lock);
	}
	if (dir)
		closedir(dir);
}

/* ---- the build ---- */

/* A new directory beside DIR with the marker in it, locked; 0 with errno. */
static int make_build(site_dir *d, mode_t mode, int keep_mode)
{
	char prefix[NAME_MAX + 1], suffix[SUFFIX_LEN + 1];
	temp_prefix(prefix, sizeof prefix, d->base, "new");
	for (int tries = 0; tries < 32; tries++) {
		cm_temp_suffix(suffix, SUFFIX_LEN);
		if (snprintf(d->build, sizeof d->build, "%s%s%s%s", d->parent,
			     strcmp(d->parent, "/") ? "/" : "", prefix, suffix) >= (int)sizeof d->build) {
			errno = ENAMETOOLONG;
			return 0;
		}
		/* the mode a plain mkdir gives, or the old site's */
		if (cm_temp_mkdir(&d->slot, d->build, 0777, SITE_MARKER) != 0) {
			if (errno == EEXIST)
				continue;
			return 0;
		}
		d->fd = open(d->build, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		d->marker = d->fd < 0 ? -1
				      : openat(d->fd, SITE_MARKER,
					       O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
		if (d->marker >= 0 && cm_temp_lock(d->marker) == 0 &&
		    write(d->marker, marker_text, sizeof marker_text - 1) ==
			    (ssize_t)(sizeof marker_text - 1) &&
		    (!keep_mode || fchmod(d->fd, mode) == 0))
			return 1;
		int saved = errno;
		site_dir_abort(d);
		/* a run sweeping beside us took the empty build: try again */
		if (saved != ENOENT) {
			errno = saved;
			return 0;
		}
	}
	errno = EEXIST;
	return 0;
}

cm_status site_dir_begin(site_dir *d, const cm_map *map, const char *dir,
			 unsigned flags, cm_diags *diags)
{
	struct stat st;
	memset(d, 0, sizeof(*d));
	d->fd = d->marker = d->slot = -1;
	if (!locate(d, dir, &st, diags))
		return CM_EINVAL;
	if (d->existed && protected(d, map, diags))
		return CM_EINVAL;
	if (d->existed && !(flags & SITE_FORCE) && !has_marker(d->target) && !is_empty(d->target)) {
		cm_diags_add(diags, NULL, 0, 0,
			     "will not replace '%s': it is not empty and not a site cybermap wrote (it has no %s)",
			     d->target, SITE_MARKER);
		return CM_EEXIST;
	}
	d->device = st.st_dev;
	d->inode = st.st_ino;
	sweep(d);
	if (!make_build(d, st.st_mode & 07777, d->existed)) {
		cm_diags_add(diags, NULL, 0, 0, "cannot make a directory beside '%s' to build the site in: %s",
			     d->target, strerror(errno));
		return CM_EIO;
	}
	return CM_OK;
}

/* What DIR held before, now beside it to be removed, is marked as ours and
 * locked first: a directory --force replaced has no marker of its own, and
 * if this run dies part way through the removal, the marker tells the next
 * run beside it that the rest is to go (sweep).  The lock, or -1. */
static int claim_for_removal(int dirfd)
{
	int lock = cm_temp_abandoned(dirfd, SITE_MARKER);
	if (lock >= 0)
		return lock;
	lock = openat(dirfd, SITE_MARKER, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
		      0666);
	if (lock >= 0 && cm_temp_lock(lock) != 0) {
		close(lock);
		return -1;
	}
	return lock;
}

/* ---- the swap ---- */

/* Swaps the build in; the path of what DIR held before (now to remove) in
 * old, empty when there was nothing. */
static int swap(site_dir *d, char *old, size_t size)
{
	old[0] = '\0';
	if (!d->existed) {
		/* nothing to swap with: a directory made meanwhile is not replaced */
		if (!site_dir_no_exchange &&
		    renameat2(AT_FDCWD, d->build, AT_FDCWD, d->target, RENAME_NOREPLACE) == 0)
			return 1;
		if (!site_dir_no_exchange && errno != EINVAL && errno != ENOSYS)
			return 0;
		return rename(d->build, d->target) == 0;
	}
	if (!site_dir_no_exchange &&
	    renameat2(AT_FDCWD, d->build, AT_FDCWD, d->target, RENAME_EXCHANGE) == 0) {
		snprintf(old, size, "%s", d->build); /* the old site is where the build was */
		return 1;
	}
	if (!site_dir_no_exchange && errno != EINVAL && errno != ENOSYS)
		return 0;
	/* two renames: DIR is missing between them */
	char prefix[NAME_MAX + 1], suffix[SUFFIX_LEN + 1];
	temp_prefix(prefix, sizeof prefix, d->base, "old");
	cm_temp_suffix(suffix, SUFFIX_LEN);
	if (snprintf(old, size, "%s%s%s%s", d->parent, strcmp(d->parent, "/") ? "/" : "", prefix,
		     suffix) >= (int)size || rename(d->target, old) != 0) {
		old[0] = '\0';
		return 0;
	}
	if (rename(d->build, d->target) == 0)
		return 1;
	int saved = errno;
	rename(old, d->target);
	old[0] = '\0';
	errno = saved;
	return 0;
}

cm_status site_dir_commit(site_dir *d, cm_diags *diags)
{
	struct stat st;
	/* the files must be on disk before the swap, or a crash after it could
	 * leave DIR with empty files */
	if (syncfs(d->fd) != 0) {
		cm_diags_add(diags, NULL, 0, 0, "cannot write the site to '%s': %s", d->target,
			     strerror(errno));
		site_dir_abort(d);
		return CM_EIO;
	}
	if (d->existed != (lstat(d->target, &st) == 0) ||
	    (d->existed && (st.st_dev != d->device || st.st_ino != d->inode))) {
		cm_diags_add(diags, NULL, 0, 0, "cannot write the site to '%s': it changed while the site was built",
			     d->target);
		site_dir_abort(d);
		return CM_EIO;
	}
	char old[PATH_MAX];
	if (!swap(d, old, sizeof old)) {
		cm_diags_add(diags, NULL, 0, 0, "cannot put the site in place at '%s': %s", d->target,
			     strerror(errno));
		site_dir_abort(d);
		return CM_EIO;
	}
	/* the new site is DIR now: its marker is no one's temporary */
	close(d->marker);
	close(d->fd);
	d->marker = d->fd = -1;
	cm_temp_forget(d->slot);
	d->slot = *old ? cm_temp_add(old, 1, SITE_MARKER) : -1;
	int lock = -1, fd = *old ? open(old, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) : -1;
	if (fd >= 0) {
		lock = claim_for_removal(fd); /* no other run sweeps it meanwhile */
		close(fd);
	}
	int removed = !*old || cm_remove_tree(old, SITE_MARKER) == 0;
	int saved = errno;
	if (lock >= 0)
		close(lock);
	cm_temp_forget(d->slot);
	d->slot = -1;
	if (!removed) {
		cm_diags_add(diags, NULL, 0, 0,
			     "the site is in place at '%s', but what was there before could not all be removed from '%s': %s",
			     d->target, old, strerror(saved));
		return CM_EIO;
	}
	return CM_OK;
}

void site_dir_abort(site_dir *d)
{
	if (d->marker >= 0)
		close(d->marker);
	if (d->fd >= 0)
		close(d->fd);
	d->marker = d->fd = -1;
	if (d->build[0])
		cm_remove_tree(d->build, SITE_MARKER);
	d->build[0] = '\0';
	cm_temp_forget(d->slot);
	d->slot = -1;
}
