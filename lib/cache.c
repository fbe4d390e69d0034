/*
 * cache.c: one file per map file under the cache directory, named by the
 * hash of the map file's real path, so editing a file replaces its entry
 * instead of adding one.  The entry is a fixed header and the recorded
 * events (see yamltree.c).  Entries are machine-local: the header is in
 * the machine's byte order, and another byte order only misses.
 */
#define _XOPEN_SOURCE 700 /* realpath */
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
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "output.h"

/* Bump when the record's encoding or the way it is built changes. */
#define CACHE_FORMAT 5u
#define CACHE_MAGIC "cmevents"
/* Entries are per map file path, and maps in throw-away directories would
 * otherwise leave entries behind forever: past this many, the ones written
 * longest ago go. */
#define CACHE_MAX_ENTRIES 256
#define STALE_TEMP_SECONDS 3600 /* a writer that died left its temporary file */

/* The whole entry is read: map it in one go rather than a fault a page. */
#ifdef MAP_POPULATE
#define PREFAULT MAP_POPULATE
#else
#define PREFAULT 0
#endif

typedef struct header {
	char magic[8];
	uint32_t format;
	uint32_t header_size;
	uint64_t device, inode, size;
	int64_t modified_s, modified_ns, changed_s, changed_ns;
	uint64_t record_len, record_hash;
} header;

static uint64_t mix(uint64_t x)
{
	x ^= x >> 32;
	x *= 0xd6e8feb86659fd93ull;
	x ^= x >> 32;
	x *= 0xd6e8feb86659fd93ull;
	x ^= x >> 32;
	return x;
}

/* The checksum, fed piece by piece as the record is written. */
typedef struct hasher {
	uint64_t h, total;
	unsigned char tail[8];
	size_t ntail;
} hasher;

static void hash_init(hasher *s)
{
	s->h = 0x9e3779b97f4a7c15ull;
	s->total = 0;
	s->ntail = 0;
}

static void hash_word(hasher *s, const unsigned char *bytes)
{
	uint64_t word;
	memcpy(&word, bytes, 8);
	s->h = (s->h ^ mix(word)) * 0x9e3779b97f4a7c15ull;
	s->h = (s->h << 27) | (s->h >> 37);
}

static void hash_add(hasher *s, const void *data, size_t len)
{
	const unsigned char *p = data;
	s->total += len;
	for (; s->ntail && len; len--) {
		s->tail[s->ntail++] = *p++;
		if (s->ntail == 8) {
			hash_word(s, s->tail);
			s->ntail = 0;
		}
	}
	for (; len >= 8; p += 8, len -= 8)
		hash_word(s, p);
	if (len)
		memcpy(s->tail, p, len);
	s->ntail += len;
}

static uint64_t hash_end(const hasher *s)
{
	uint64_t tail = 0;
	memcpy(&tail, s->tail, s->ntail);
	return mix(s->h ^ mix(tail + s->total));
}

static uint64_t checksum(const void *data, size_t len)
{
	hasher s;
	hash_init(&s);
	hash_add(&s, data, len);
	return hash_end(&s);
}

/* dir/<hash of the real path>.events, or 0 when path cannot be resolved. */
static int entry_path(char *out, size_t size, const char *dir, const char *path)
{
	char *real = realpath(path, NULL);
	if (!real)
		return 0;
	int n = snprintf(out, size, "%s/%016llx.events", dir,
			 (unsigned long long)checksum(real, strlen(real)));
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

const char *cm_cache_find(const char *dir, const char *path, const struct stat *source,
			  cm_cache_entry *entry)
{
	char name[PATH_MAX];
	entry->mapping = NULL;
	if (!dir || !entry_path(name, sizeof name, dir, path))
		return NULL;
	int fd = open(name, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	struct stat st;
	void *map = MAP_FAILED;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= (off_t)sizeof(header))
		map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE | PREFAULT, fd, 0);
	close(fd);
	if (map == MAP_FAILED)
		return NULL;
	header h;
	memcpy(&h, map, sizeof h);
	const char *record = (const char *)map + sizeof h;
	if (!header_fits(&h, source, st.st_size) ||
	    checksum(record, h.record_len) != h.record_hash) {
		munmap(map, (size_t)st.st_size);
		return NULL;
	}
	entry->mapping = map;
	entry->mapping_len = (size_t)st.st_size;
	entry->record_len = h.record_len;
	return record;
}

void cm_cache_done(cm_cache_entry *entry)
{
	if (entry->mapping)
		munmap(entry->mapping, entry->mapping_len);
	entry->mapping = NULL;
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
} aged;

static int oldest_first(const void *a, const void *b)
{
	const aged *x = a, *y = b;
	return (x->written > y->written) - (x->written < y->written);
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

/* The entries in dir (and stale temporary files removed on the way). */
static aged *list_entries(const char *dir, size_t *count)
{
	DIR *d = opendir(dir);
	aged *all = NULL;
	size_t cap = 0;
	*count = 0;
	if (!d)
		return NULL;
	time_t now = time(NULL);
	for (struct dirent *e; (e = readdir(d));) {
		char path[PATH_MAX];
		struct stat st;
		int entry = ours(e->d_name, 0), temp = ours(e->d_name, 1);
		if ((!entry && !temp) ||
		    snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= (int)sizeof path ||
		    lstat(path, &st) != 0)
			continue;
		if (temp) {
			if (now - st.st_mtime > STALE_TEMP_SECONDS)
				unlink(path);
			continue;
		}
		if (*count == cap) {
			aged *bigger = realloc(all, (cap = cap ? 2 * cap : 64) * sizeof(*all));
			if (!bigger)
				break;
			all = bigger;
		}
		memcpy(all[*count].name, e->d_name, sizeof(all->name)); /* ours(): that long */
		all[(*count)++].written = st.st_mtime;
	}
	closedir(d);
	return all;
}

static void prune(const char *dir)
{
	size_t count;
	aged *all = list_entries(dir, &count);
	if (all && count > CACHE_MAX_ENTRIES) {
		qsort(all, count, sizeof(*all), oldest_first);
		for (size_t i = 0; i < count - CACHE_MAX_ENTRIES; i++) {
			char path[PATH_MAX];
			if (snprintf(path, sizeof path, "%s/%s", dir, all[i].name) < (int)sizeof path)
				unlink(path);
		}
	}
	free(all);
}

struct cm_cache_writer {
	int fd;
	char entry[PATH_MAX], temp[PATH_MAX];
	const char *dir;
	header head;
	hasher sum;
	int failed;
};

cm_cache_writer *cm_cache_begin(const char *dir, const char *path, const struct stat *source)
{
	cm_cache_writer *w = calloc(1, sizeof(*w));
	if (!w || !dir || !*dir || !entry_path(w->entry, sizeof w->entry, dir, path) ||
	    !make_directory(dir) ||
	    snprintf(w->temp, sizeof w->temp, "%s.%ld.tmp", w->entry, (long)getpid()) >=
		    (int)sizeof w->temp) {
		free(w);
		return NULL;
	}
	w->fd = open(w->temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	w->dir = dir;
	w->head = header_for(source);
	hash_init(&w->sum);
	/* the header goes first, written again once the record's length and
	 * checksum are known */
	if (w->fd < 0 || !cm_write_all(w->fd, &w->head, sizeof w->head)) {
		if (w->fd >= 0) {
			close(w->fd);
			unlink(w->temp);
		}
		free(w);
		return NULL;
	}
	return w;
}

void cm_cache_write(cm_cache_writer *w, const char *data, size_t len)
{
	if (!w || w->failed || !len)
		return;
	hash_add(&w->sum, data, len);
	w->head.record_len += len;
	w->failed = !cm_write_all(w->fd, data, len);
}

void cm_cache_end(cm_cache_writer *w, int keep)
{
	if (!w)
		return;
	w->head.record_hash = hash_end(&w->sum);
	int ok = keep && !w->failed && pwrite(w->fd, &w->head, sizeof w->head, 0) ==
						  (ssize_t)sizeof w->head;
	ok = close(w->fd) == 0 && ok;
	if (!ok || rename(w->temp, w->entry) != 0)
		unlink(w->temp);
	else
		prune(w->dir);
	free(w);
}
