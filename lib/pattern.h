/* pattern.h: PCRE2 patterns with limits (the only file that includes PCRE2 is pattern.c). */
#ifndef CM_PATTERN_H
#define CM_PATTERN_H

#include "cybermap.h"

typedef struct cm_pattern cm_pattern;

/* Compiles text caseless and Unicode-aware; a bad pattern is CM_EINVAL
 * with a diagnostic. */
cm_status cm_pattern_compile(cm_pattern **out, const char *text, cm_diags *diags);
void cm_pattern_free(cm_pattern *p);
/* Whether subject matches.  A match that hits the limits counts as no match
 * and is remembered: see cm_pattern_check. */
int cm_pattern_match(cm_pattern *p, const char *subject);
/* Whether a match hit a limit: callers stop matching then. */
int cm_pattern_failed(const cm_pattern *p);
/* CM_OK, or CM_ELIMIT with a diagnostic if any match hit a limit. */
cm_status cm_pattern_check(const cm_pattern *p, cm_diags *diags);

#endif
