/* cache.h: each map file's parse, kept on disk so an unchanged file is not parsed again. */
#ifndef CM_CACHE_H
#define CM_CACHE_H

#include <stddef.h>
#include <sys/stat.h>

#include "cybermap.h"

/*
 * A cache entry belongs to one map file (by its real path) and holds the
 * parser's events for one state of it: it is used only when the file's
 * device, inode, size, modification and change times are those it was
 * kept for (any write to the file changes its change time, which no one
 * can set back), and the entry's own checksum matches.  The cache is
 * never needed: a missing, stale, damaged or unwritable entry just means
 * the file is parsed.  Only what no cybermap writes is reported: a pipe,
 * device or link at an entry's name, and a directory others may write to.
 */

/* An entry in use: its file's bytes, copied into memory (the map's texts
 * point into them, so they must not be a mapping of the file, which a file
 * cut short would turn into SIGBUS). */
typedef struct cm_cache_entry {
	char *data;
	size_t size; /* of data */
	size_t record_len;
} cm_cache_entry;

/* Sets *record to the recorded events for the file at path, whose status
 * is st, valid until cm_cache_done(entry), or to NULL when dir is NULL or
 * holds no usable entry (then there is nothing to release).  Anything at
 * the entry's name that is not a regular file is refused: CM_EINVAL with a
 * diagnostic; a damaged, stale or foreign entry is only a miss. */
cm_status cm_cache_find(const char **record, const char *dir, const char *path,
			const struct stat *st, cm_cache_entry *entry, cm_diags *diags);
void cm_cache_done(cm_cache_entry *entry);

/* Removes the temporary files of writers that have gone (killed, or cut
 * off by a power failure): a temporary is locked while it is written. */
void cm_cache_sweep(const char *dir);

/* An entry being written: to a temporary file, renamed into place only when
 * complete, so a reader never sees half an entry and memory never holds the
 * whole record. */
typedef struct cm_cache_writer cm_cache_writer;

/* Starts the entry for path in the state st (taken before the file was
 * read, so a change while reading only makes the entry stale), creating
 * dir if need be; NULL when dir is NULL or cannot be written.  The cache
 * keeps at most max_bytes of entries (0: 1 GiB). */
cm_cache_writer *cm_cache_begin(const char *dir, const char *path, const struct stat *st,
				size_t max_bytes);
/* Appends to the record (w may be NULL: nothing happens). */
void cm_cache_write(cm_cache_writer *w, const char *data, size_t len);
/* Puts the entry in place when keep is set and every write succeeded, else
 * removes it; frees w. */
void cm_cache_end(cm_cache_writer *w, int keep);

#endif
