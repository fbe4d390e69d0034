/*
 * cache.c: one file per map file under the cache directory, named by the
 * hash of the map file's real path, so editing a file replaces its entry
 * instead of adding one.  The entry is a fixed header and the recorded
 * events (see yamltree.c).  Entries are machine-local: the header is in
 * the machine's byte order, and another byte order only misses.
 *
 * An entry in use is copied into memory, not mapped: the map's texts point
 * into it for the whole run, and a mapped file cut short by someone else
 * meanwhile would kill the program with SIGBUS on the next text read.
 */
#define _GNU_SOURCE /* realpath, flock */
#include "cache.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "checksum.h"
#include "diag.h"
#include "output.h"
#include "tempfile.h"

/* Bump when the record's encoding or the way it is built changes. */
#define CACHE_FORMAT 5u
#define CACHE_MAGIC "cmevents"
/* Entries are per map file path, and maps in throw-away directories would
 * otherwise leave entries behind forever: past this many, or this many
 * bytes in all, the ones written longest ago go. */
#define CACHE_MAX_ENTRIES 256
#define CACHE_DEFAULT_MAX_BYTES (1ull << 30)
/* A record is a few times the size of its text at most (each event a kind
 * byte, its position and a NUL): a larger entry is damaged, not read. */
#define MAX_RECORD(source_size) (16 * (uint64_t)(source_size) + (64u << 10))

typedef struct header {
	char magic[8];
	uint32_t format;
	uint32_t header_size;
	uint64_t device, inode, size;
	int64_t modified_s, modified_ns, changed_s, changed_ns;
	uint64_t record_len, record_hash;
} header;

/* dir/<hash of the real path>.events, or 0 when path cannot be resolved. */
static int entry_path(char *out, size_t size, const char *dir, const char *path)
{
	char *real = realpath(path, NULL);
	if (!real)
		return 0;
	int n = snprintf(out, size, "%s/%016llx.events", dir,
			 (unsigned long long)cm_checksum(real, strlen(real)));
	free(real);
	return n > 0 && (size_t)n < size;
}

/* The header for a file in state st, before the record is known. */
static header header_for(const struct stat *st)
{
	header h = {{0}, CACHE_FORMAT, sizeof h, (uint64_t)st->st_dev, (uint64_t)st->st_ino,
		    (uint64_t)st->st_size, st->st_mtim.tv_sec, st->st_mtim.tv_nsec,
		    st->st_ctim.tv_sec, st->st_ctim.tv_nsec, 0, 0};
	memcpy(h.magic, CACHE_MAGIC, sizeof h.magic);
	return h;
}

static int header_fits(const header *h, const struct stat *st, off_t entry_size)
{
	header want = header_for(st);
	want.record_len = (uint64_t)entry_size - sizeof(*h);
	want.record_hash = h->record_hash;
	return memcmp(h, &want, sizeof want) == 0;
}

static const char *entry_kind(mode_t mode)
{
	return S_ISDIR(mode) ? "a directory" : S_ISFIFO(mode) ? "a named pipe"
	       : S_ISCHR(mode) || S_ISBLK(mode) ? "a device" : S_ISSOCK(mode) ? "a socket"
							  : "not a regular file";
}

static char *room_for(size_t size)
{
	return malloc(size);
}

static void release(size_t size, char *data)
{
	(void)size;
	free(data);
}

/* The entry's bytes, read whole into memory (n of them), or NULL.  Only a
 * regular file of ours is read; anything else at an entry's name (a pipe,
 * a device, a link) is refused, since nothing cybermap writes is one. */
static char *read_entry(const char *name, size_t max, size_t *n, int *refused,
			cm_diags *diags)
{
	*refused = 0;
	int fd = open(name, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC);
	if (fd < 0) {
		if (errno == ELOOP) {
			cm_diag_add(diags, NULL, 0, 0,
				    "cache entry '%s' is a symbolic link, not a file cybermap wrote; remove it",
				    name);
			*refused = 1;
		}
		return NULL;
	}
	struct stat st;
	char *data = NULL;
	if (fstat(fd, &st) != 0) {
		close(fd);
		return NULL;
	}
	if (!S_ISREG(st.st_mode)) {
		cm_diag_add(diags, NULL, 0, 0,
			    "cache entry '%s' is %s, not a file cybermap wrote; remove it", name,
			    entry_kind(st.st_mode));
		*refused = 1;
	} else if (st.st_uid == geteuid() && st.st_size >= (off_t)sizeof(header) &&
		   (uint64_t)st.st_size <= max && (data = room_for((size_t)st.st_size + 1))) {
		size_t size = (size_t)st.st_size, got = 0;
		while (got < size) {
			ssize_t r = read(fd, data + got, size - got);
			if (r < 0 && errno == EINTR)
				continue;
			if (r <= 0)
				break;
			got += (size_t)r;
		}
		if (got != size) { /* cut short meanwhile: a miss */
			release((size_t)st.st_size + 1, data);
			data = NULL;
		}
		*n = got;
	}
	close(fd);
	return data;
}

cm_status cm_cache_find(const char **record, const char *dir, const char *path,
			const struct stat *source, cm_cache_entry *entry, cm_diags *diags)
{
	char name[PATH_MAX];
	*record = NULL;
	entry->data = NULL;
	if (!dir || !entry_path(name, sizeof name, dir, path))
		return CM_OK;
	size_t n = 0;
	int refused;
	char *data = read_entry(name, sizeof(header) + MAX_RECORD(source->st_size), &n,
				&refused, diags);
	if (refused)
		return CM_EINVAL;
	if (!data)
		return CM_OK;
	header h;
	memcpy(&h, data, sizeof h);
	const char *start = data + sizeof h;
	if (!header_fits(&h, source, (off_t)n) || cm_checksum(start, h.record_len) != h.record_hash) {
		release(n + 1, data);
		return CM_OK;
	}
	data[n] = '\0';
	entry->data = data;
	entry->size = n + 1;
	entry->record_len = h.record_len;
	*record = start;
	return CM_OK;
}

void cm_cache_done(cm_cache_entry *entry)
{
	release(entry->size, entry->data);
	entry->data = NULL;
}

cm_status cm_cache_dir_check(const char *dir, cm_diags *diags)
{
	struct stat st;
	if (!dir || !*dir || stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
		return CM_OK; /* made when needed, for this user only; or unusable */
	if (st.st_uid == geteuid() || !(st.st_mode & (S_IWGRP | S_IWOTH)))
		return CM_OK;
	/* another user could put entries there, and a crafted entry with a
	 * valid checksum would change the answers */
	cm_diag_add(diags, NULL, 0, 0,
		    "will not use the cache directory '%s': it is not yours and others may write to it",
		    dir);
	return CM_EINVAL;
}

/* mkdir -p, owner-only for what it creates. */
static int make_directory(const char *dir)
{
	char path[PATH_MAX];
	if (snprintf(path, sizeof path, "%s", dir) >= (int)sizeof path)
		return 0;
	for (char *slash = strchr(path + 1, '/');; slash = strchr(slash + 1, '/')) {
		if (slash)
			*slash = '\0';
		if (mkdir(path, 0700) != 0 && errno != EEXIST)
			return 0;
		if (!slash)
			return 1;
		*slash = '/';
	}
}

#define ENTRY_NAME_LEN 23 /* 16 hex digits and ".events" */

typedef struct aged {
	char name[ENTRY_NAME_LEN + 1];
	time_t written;
	uint64_t bytes;
} aged;

static int oldest_first(const void *a, const void *b)
{
	const aged *x = a, *y = b;
	if (x->written != y->written)
		return (x->written > y->written) - (x->written < y->written);
	return strcmp(x->name, y->name);
}

/* Whether name is one of ours: an entry, 16 hex digits and ".events", or
 * with temp set an entry's temporary file, ".<pid>.tmp" after that.  The
 * directory may be shared (CYBERMAP_CACHE_DIR can name any), and nothing
 * else in it may be touched. */
static int ours(const char *name, int temp)
{
	size_t i = 0;
	while (i < 16 && ((name[i] >= '0' && name[i] <= '9') || (name[i] >= 'a' && name[i] <= 'f')))
		i++;
	if (i != 16 || strncmp(name + i, ".events", 7) != 0)
		return 0;
	name += i + 7;
	if (!temp)
		return *name == '\0';
	if (*name++ != '.' || !(*name >= '0' && *name <= '9'))
		return 0;
	while (*name >= '0' && *name <= '9')
		name++;
	return strcmp(name, ".tmp") == 0;
}

/* Removes the temporary name in d if its writer has gone (it holds no lock
 * on it any more). */
static void sweep_temp(DIR *d, const char *name)
{
	int lock = cm_temp_abandoned(dirfd(d), name);
	if (lock >= 0) {
		unlinkat(dirfd(d), name, 0);
		close(lock);
	}
}

/* The entries in dir, with abandoned temporary files removed on the way. */
static aged *list_entries(const char *dir, size_t *count)
{
	DIR *d = opendir(dir);
	aged *all = NULL;
	size_t cap = 0;
	*count = 0;
	if (!d)
		return NULL;
	for (struct dirent *e; (e = readdir(d));) {
		struct stat st;
		int entry = ours(e->d_name, 0), temp = !entry && ours(e->d_name, 1);
		if (temp)
			sweep_temp(d, e->d_name);
		if (!entry || fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
			continue;
		if (*count == cap) {
			aged *bigger = realloc(all, (cap = cap ? 2 * cap : 64) * sizeof(*all));
			if (!bigger)
				break;
			all = bigger;
		}
		memcpy(all[*count].name, e->d_name, sizeof(all->name)); /* ours(): that long */
		all[*count].written = st.st_mtime;
		all[(*count)++].bytes = (uint64_t)st.st_size;
	}
	closedir(d);
	return all;
}

void cm_cache_sweep(const char *dir)
{
	DIR *d = dir ? opendir(dir) : NULL;
	if (!d)
		return;
	for (struct dirent *e; (e = readdir(d));)
		if (ours(e->d_name, 1))
			sweep_temp(d, e->d_name);
	closedir(d);
}

/* Keeps at most CACHE_MAX_ENTRIES entries and max_bytes in all, removing
 * the ones written longest ago (an entry larger than the budget alone goes
 * too). */
static void prune(const char *dir, uint64_t max_bytes)
{
	size_t count;
	aged *all = list_entries(dir, &count);
	uint64_t total = 0;
	for (size_t i = 0; all && i < count; i++)
		total += all[i].bytes;
	if (all && (count > CACHE_MAX_ENTRIES || total > max_bytes)) {
		qsort(all, count, sizeof(*all), oldest_first);
		for (size_t i = 0; i < count && (count - i > CACHE_MAX_ENTRIES || total > max_bytes);
		     i++) {
			char path[PATH_MAX];
			if (snprintf(path, sizeof path, "%s/%s", dir, all[i].name) < (int)sizeof path &&
			    unlink(path) == 0)
				total -= all[i].bytes;
		}
	}
	free(all);
}

struct cm_cache_writer {
	int fd;
	int slot; /* in the registry of temporaries */
	char entry[PATH_MAX], temp[PATH_MAX];
	const char *dir;
	uint64_t max_bytes;
	header head;
	cm_hasher sum;
	int failed;
};

cm_cache_writer *cm_cache_begin(const char *dir, const char *path, const struct stat *source,
				size_t max_bytes)
{
	cm_cache_writer *w = calloc(1, sizeof(*w));
	if (!w || !dir || !*dir || !entry_path(w->entry, sizeof w->entry, dir, path) ||
	    !make_directory(dir) ||
	    snprintf(w->temp, sizeof w->temp, "%s.%ld.tmp", w->entry, (long)getpid()) >=
		    (int)sizeof w->temp) {
		free(w);
		return NULL;
	}
	const int flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC;
	w->fd = cm_temp_make(w->temp, flags, 0600, NULL, &w->slot);
	if (w->fd < 0 && errno == EEXIST) { /* a writer of this pid that died */
		int lock = cm_temp_abandoned(AT_FDCWD, w->temp);
		if (lock >= 0) {
			unlink(w->temp);
			close(lock);
			w->fd = cm_temp_make(w->temp, flags, 0600, NULL, &w->slot);
		}
	}
	w->dir = dir;
	w->max_bytes = max_bytes ? max_bytes : CACHE_DEFAULT_MAX_BYTES;
	w->head = header_for(source);
	cm_hash_init(&w->sum);
	/* locked while it is written, so that a sweep leaves it alone; the
	 * header goes first, written again once the record's length and
	 * checksum are known */
	if (w->fd < 0 || cm_temp_lock(w->fd) != 0 ||
	    !cm_write_all(w->fd, &w->head, sizeof w->head)) {
		if (w->fd >= 0) {
			close(w->fd);
			unlink(w->temp);
		}
		cm_temp_forget(w->slot);
		free(w);
		return NULL;
	}
	return w;
}

void cm_cache_write(cm_cache_writer *w, const char *data, size_t len)
{
	if (!w || w->failed || !len)
		return;
	cm_hash_add(&w->sum, data, len);
	w->head.record_len += len;
	/* an entry over the whole budget would only be pruned at once */
	w->failed = w->head.record_len > w->max_bytes || !cm_write_all(w->fd, data, len);
}

void cm_cache_end(cm_cache_writer *w, int keep)
{
	if (!w)
		return;
	w->head.record_hash = cm_hash_end(&w->sum);
	int ok = keep && !w->failed && pwrite(w->fd, &w->head, sizeof w->head, 0) ==
						  (ssize_t)sizeof w->head;
	/* renamed while still locked, so that no sweep takes it meanwhile */
	ok = ok && rename(w->temp, w->entry) == 0;
	close(w->fd);
	if (!ok)
		unlink(w->temp);
	cm_temp_forget(w->slot);
	if (ok)
		prune(w->dir, w->max_bytes);
	free(w);
}
