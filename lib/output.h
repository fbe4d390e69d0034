/* output.h: writing to a file descriptor and new files, shared by output.c,
 * cache.c and site.c. */
#ifndef CM_OUTPUT_H
#define CM_OUTPUT_H

#include <stddef.h>

#include "cybermap.h"

/* Writes all len bytes, going on after interruptions; 0 on failure (errno
 * says why). */
int cm_write_all(int fd, const void *data, size_t len);

/* Writes a new file name in the directory dirfd (refusing one that is
 * there, or a link), for a tree being built where nothing else may be;
 * problems name it as shown. */
cm_status cm_write_new(int dirfd, const char *name, const char *shown, const char *data,
		       size_t len, cm_diags *diags);

#endif
