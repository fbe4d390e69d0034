/* deadline.h: deadlines added up along a chain of notifications. */
#ifndef CM_DEADLINE_H
#define CM_DEADLINE_H

#include <stddef.h>

#include "date.h"
#include "strbuf.h"

struct cm_vocabulary;

/*
 * A deadline counted from the incident.  Clock time and business days are
 * kept apart: a business day is not a fixed number of hours, so the two are
 * never converted into each other.  Each is a range (a law may give "3 to 5
 * days"), and a step the law words loosely ("promptly") leaves the total
 * open after what is known.
 */
typedef struct cm_deadline {
	long min_minutes, max_minutes;
	long min_business_days, max_business_days;
	char term[32];     /* the first loose term met ("promptly"), or "" */
	int open;          /* a step had a term and no period: no upper bound */
	int none;          /* a step's law sets no deadline at all */
	int unknown;       /* a step had no stated deadline */
	int in_days;       /* a step was given in days or weeks: totals read in days */
	unsigned unknown_hop; /* the first such step (1-based) */
} cm_deadline;

/* A deadline of zero: the moment of the incident. */
void cm_deadline_init(cm_deadline *d);
/* Adds one step's deadline as the map writes it (`within`; NULL: none
 * stated) at hop.  Text that is not a deadline counts as none stated.  A
 * term that terms (the attribute's vocabulary) marks `none: true` says the
 * law sets no deadline at all. */
void cm_deadline_add(cm_deadline *total, const char *within, unsigned hop,
		     const struct cm_vocabulary *terms);
/* The compact form for scripts: "72h", "72h+4bd", "3-5d", "promptly",
 * "24h+promptly", "none", "unknown"; 0 when out of memory (buf is then
 * empty). */
int cm_deadline_format(char *buf, size_t size, const cm_deadline *d);
/* Whether the total is a known period (no open end, nothing unknown). */
int cm_deadline_known(const cm_deadline *d);
/* For ordering: the latest the total can be, in minutes, counting a
 * business day as a day; LONG_MAX when open or unknown. */
long cm_deadline_sort_key(const cm_deadline *d);

/* The same key from a compact form (a step's within or a total).  A term
 * alone ("promptly") asks for speed: it comes before every period, in the
 * order of the vocabulary, up to the term marked `none` (and those after
 * it), which come last. */
long cm_deadline_compact_key(const char *compact, const struct cm_vocabulary *terms);

/* Words for the units and phrases of deadlines, in one language (from the
 * schema's labels). */
typedef struct cm_deadline_words {
	const char *minute, *minutes, *hour, *hours, *day, *days, *week, *weeks;
	const char *business_day, *business_days;
	const char *within;   /* "within %s" */
	const char *range;    /* "%s to %s" */
	const char *and_;     /* "%s and %s" */
	const char *then;     /* "%s, then %s" */
	const char *none;     /* no deadline set by law */
	const char *unknown;  /* no deadline stated */
	int unit_first;       /* 0: "72 hours"; 1: unit glued after the number (72時間) */
} cm_deadline_words;

/* A compact deadline (a step's `within` or a total from
 * cm_deadline_format) written out in words: "within 72 hours", "within 3
 * to 5 days", "promptly (within 3 to 5 days)".  Terms are written with
 * term_label (the term's label in the language), or as they stand when it
 * returns NULL.  Text that is not a deadline is copied as it is. */
void cm_deadline_in_words(cm_strbuf *out, const char *compact, const cm_deadline_words *w,
			  const char *(*term_label)(const void *arg, const char *term),
			  const void *arg);

#endif
