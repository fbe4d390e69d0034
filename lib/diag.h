/* diag.h: adding diagnostics (the public half is in cybermap.h). */
#ifndef CM_DIAG_H
#define CM_DIAG_H

#include "cybermap.h"

/* Appends "message" at file:line:column (file may be NULL), both made safe
 * to print by the rule for text shown to people (text.h).  Out of memory
 * is remembered and reported as the last diagnostic. */
void cm_diag_add(cm_diags *diags, const char *file, unsigned line,
		 unsigned column, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* Drops the diagnostics after the first count (a load done again). */
void cm_diags_truncate(cm_diags *diags, size_t count);

/* Quotes text for a message: at most 60 bytes (whole characters). */
const char *cm_diag_quote(char *buf, size_t size, const char *text);

#endif
