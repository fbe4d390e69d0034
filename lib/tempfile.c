/*
 * tempfile.c: the registry of temporaries to remove on a signal, and the
 * locks that tell an abandoned temporary from one being written (see
 * tempfile.h; a tree is removed by remove_tree.c).
 *
 * cm_remove_temporaries runs in a signal handler, so everything it reaches
 * is async-signal-safe: the registry is a fixed table of slots whose state
 * is an atomic int (a slot is filled, then published), and a tree is
 * removed with openat, getdents64, fstat, unlinkat and close only -- no
 * malloc, no stdio, no opendir (remove_tree.c).
 */
#define _GNU_SOURCE /* flock, getentropy */
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
#include <sys/stat.h>
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

/* ---- names and locks ---- */

void cm_temp_suffix(char *out, size_t n)
{
	static const char digits[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	static atomic_uint counter;
	unsigned char bytes[32];
	if (n > sizeof bytes)
		n = sizeof bytes;
	if (getentropy(bytes, n) != 0) {
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
