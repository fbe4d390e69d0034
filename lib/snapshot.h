/* snapshot.h: a whole map's recorded parse in one block of bytes. */
#ifndef CM_SNAPSHOT_H
#define CM_SNAPSHOT_H

#include <stddef.h>

#include "strbuf.h"

/*
 * A snapshot is the map's files, in the order they are loaded (the schema
 * first), each as its name and the events its parse recorded (yamltree.h's
 * record format):
 *
 *     cybermap snapshot 1\n
 *     file NAME-LENGTH RECORD-LENGTH\n NAME RECORD \n      (for each file)
 *     end COUNT CHECKSUM\n
 *
 * lengths and the count in decimal, the checksum (checksum.h, 64 bits, of
 * everything before the "end" line) in hexadecimal.  It lets a program
 * without a YAML parser (the browser's) load the map with the same loader.
 */

#define CM_SNAPSHOT_MAGIC "cybermap snapshot 1\n"

/* Appends one file's entry. */
void cm_snapshot_add(cm_strbuf *snap, const char *name, const char *record, size_t len);
/* Ends the snapshot after count files. */
void cm_snapshot_finish(cm_strbuf *snap, size_t count);

/* Whether data begins as a snapshot does. */
int cm_snapshot_is(const char *data, size_t len);

/* One file of a snapshot, pointing into it (name is not NUL-terminated). */
typedef struct cm_snapshot_file {
	const char *name;
	size_t name_len;
	const char *record;
	size_t record_len;
} cm_snapshot_file;

/* Reads the files of a snapshot in data[0..len): 1 with *count of them in
 * *files (malloc'd, the caller frees), 0 when it is not a whole, undamaged
 * snapshot (or memory ran out: *files stays NULL either way). */
int cm_snapshot_read(const char *data, size_t len, cm_snapshot_file **files, size_t *count);

#endif
