/* deadline.h: deadlines added up along a chain of notifications. */
#ifndef CM_DEADLINE_H
#define CM_DEADLINE_H

#include <stddef.h>

#include "date.h"

/* Clock time and business days are kept apart: a business day is not a
 * fixed number of hours, so the two are never converted into each other. */
typedef struct cm_deadline {
	long minutes;
	long business_days;
	int unknown;       /* a step had no stated deadline */
	unsigned unknown_hop; /* the first such step (1-based) */
} cm_deadline;

/* Adds one step's deadline (NULL text: none stated) at hop. */
void cm_deadline_add(cm_deadline *total, const char *within, unsigned hop);
/* "96h", "30d", "72h + 4bd", or "unknown (no deadline at hop 2)". */
void cm_deadline_format(char *buf, size_t size, const cm_deadline *d);

#endif
