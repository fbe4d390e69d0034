/* output.h: writing to a file descriptor, shared by output.c and cache.c. */
#ifndef CM_OUTPUT_H
#define CM_OUTPUT_H

#include <stddef.h>

/* Writes all len bytes, going on after interruptions; 0 on failure (errno
 * says why). */
int cm_write_all(int fd, const void *data, size_t len);

#endif
