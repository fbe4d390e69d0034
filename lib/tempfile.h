/* tempfile.h: temporary files and folders, removed however the program ends. */
#ifndef CM_TEMPFILE_H
#define CM_TEMPFILE_H

#include <stddef.h>
#include <sys/types.h>

#include "cybermap.h"

/*
 * Every temporary the library makes (a file being replaced, a cache entry
 * being written, a site being built) is:
 * - registered here while it exists, so that cm_remove_temporaries (public,
 *   async-signal-safe) can remove it when a signal ends the program;
 * - locked with flock(2) by its writer for as long as it is being written,
 *   so that a later run can tell one whose writer died (kill -9, a power
 *   cut) from one being written, and sweep it (cm_temp_abandoned).
 */

/* cm_temp_add, cm_temp_mkdir, cm_temp_forget, cm_remove_tree, cm_temp_suffix,
 * cm_temp_lock and cm_temp_abandoned are public (cybermap.h). */

/* Creates a temporary and registers it in one step, signals held off
 * between the two so that no signal can find it made but not registered:
 * open(path, flags, mode) for a file (its descriptor, or -1), or with
 * flags -1, mkdir(path, mode) for a directory holding last (0 or -1).
 * *index is the registry's slot (-1 when all are taken). */
int cm_temp_make(const char *path, int flags, mode_t mode, const char *last, int *index);

#endif
