/*
 * tempfile.c: the registry of temporaries to remove on a signal, the
 * removal of a directory tree, and the locks that tell an abandoned
 * temporary from one being written (see tempfile.h).
 *
 * cm_remove_temporaries runs in a signal handler, so everything it reaches
 * is async-signal-safe: the registry is a fixed table of slots whose state
 * is an atomic int (a slot is filled, then published), and a tree is
 * removed with openat, getdents64, fstat, unlinkat and close only -- no
 * malloc, no stdio, no opendir.
 */
#define _GNU_SOURCE /* syscall, flock, getrandom */
#include "tempfile.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "cybermap.h"

/* ---- the registry ---- */

/* A program writes a handful at once: a cache entry, an output, a site. */
#define SLOTS 16

enum { FREE, FILLING, LIVE };

typedef struct slot {
	atomic_int state;
	int tree;
	char path[PATH_MAX];
	char last[NAME_MAX + 1];
} slot;

static slot slots[SLOTS];

int cm_temp_add(const char *path, int tree, const char *last)
{
	for (int i = 0; i < SLOTS; i++) {
		int expected = FREE;
		if (!atomic_compare_exchange_strong(&slots[i].state, &expected, FILLING))
			continue;
		slot *s = &slots[i];
		int n = -1;
		char cwd[PATH_MAX];
		if (path[0] == '/' || !getcwd(cwd, sizeof cwd))
			n = snprintf(s->path, sizeof s->path, "%s", path);
		else
			n = snprintf(s->path, sizeof s->path, "%s/%s", cwd, path);
		if (n < 0 || (size_t)n >= sizeof s->path ||
		    snprintf(s->last, sizeof s->last, "%s", last ? last : "") >= (int)sizeof s->last) {
			atomic_store(&s->state, FREE);
			return -1;
		}
		s->tree = tree;
		atomic_store(&s->state, LIVE);
		return i;
	}
	return -1;
}

int cm_temp_make(const char *path, int flags, mode_t mode, const char *last, int *index)
{
	sigset_t all, old;
	sigfillset(&all);
	int masked = pthread_sigmask(SIG_BLOCK, &all, &old) == 0;
	int rc = flags == -1 ? mkdir(path, mode) : open(path, flags, mode);
	int saved = errno;
	*index = rc >= 0 ? cm_temp_add(path, flags == -1, last) : -1;
	if (masked)
		pthread_sigmask(SIG_SETMASK, &old, NULL);
	errno = saved;
	return rc;
}

int cm_temp_mkdir(int *index, const char *path, unsigned mode, const char *last)
{
	return cm_temp_make(path, -1, (mode_t)mode, last, index);
}

void cm_temp_forget(int i)
{
	if (i >= 0 && i < SLOTS)
		atomic_store(&slots[i].state, FREE);
}

void cm_remove_temporaries(void)
{
	int saved = errno;
	for (int i = 0; i < SLOTS; i++) {
		slot *s = &slots[i];
		int expected = LIVE;
		/* taken, so that a second signal does not remove it twice */
		if (!atomic_compare_exchange_strong(&s->state, &expected, FILLING))
			continue;
		if (s->tree)
			cm_remove_tree(s->path, s->last[0] ? s->last : NULL);
		else
			unlink(s->path);
		atomic_store(&s->state, FREE);
	}
	errno = saved;
}

/* ---- removing a tree ---- */

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

/* ---- names and locks ---- */

void cm_temp_suffix(char *out, size_t n)
{
	static const char digits[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	static atomic_uint counter;
	unsigned char bytes[32];
	if (n > sizeof bytes)
		n = sizeof bytes;
	if (getrandom(bytes, n, GRND_NONBLOCK) != (ssize_t)n) {
		/* no entropy yet: the process, the time and a counter still
		 * make a name nobody else is using */
		struct timespec t;
		clock_gettime(CLOCK_REALTIME, &t);
		uint64_t x = ((uint64_t)getpid() << 32) ^ (uint64_t)t.tv_nsec ^
			     ((uint64_t)t.tv_sec << 20) ^ atomic_fetch_add(&counter, 1);
		for (size_t i = 0; i < n; i++) {
			x ^= x >> 29;
			x *= 0xbf58476d1ce4e5b9ull;
			x ^= x >> 32;
			bytes[i] = (unsigned char)x;
		}
	}
	for (size_t i = 0; i < n; i++)
		out[i] = digits[bytes[i] % (sizeof digits - 1)];
	out[n] = '\0';
}

int cm_temp_lock(int fd)
{
	return flock(fd, LOCK_EX | LOCK_NB);
}

int cm_temp_abandoned(int dirfd, const char *name)
{
	int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return -1;
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != geteuid() ||
	    flock(fd, LOCK_EX | LOCK_NB) != 0) {
		close(fd);
		return -1;
	}
	return fd;
}
