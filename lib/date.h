/* date.h: calendar dates and deadlines (durations) as the map writes them. */
#ifndef CM_DATE_H
#define CM_DATE_H

#include <limits.h>

#include "cybermap.h"

#define CM_DATE_MIN INT_MIN /* "since the beginning" */
#define CM_DATE_MAX INT_MAX /* "until further notice" */
/* since: pending -- adopted, but the day it comes into force is not set */
#define CM_DATE_PENDING (INT_MAX - 1)
/* room for any day cm_date_format writes, "pending" included */
/* CM_DATE_BUF (cybermap.h): room for any day cm_date_format writes. */
/* an adoption day nobody recorded */
#define CM_DATE_UNKNOWN (INT_MIN + 1)

typedef enum cm_time_unit {
	CM_UNIT_MINUTES,
	CM_UNIT_HOURS,
	CM_UNIT_DAYS,
	CM_UNIT_WEEKS,
	CM_UNIT_BUSINESS_DAYS
} cm_time_unit;

typedef struct cm_duration {
	long amount;
	cm_time_unit unit;
} cm_duration;

/* Parses "72h", "4bd", "30d": a whole number up to 999999 and a unit. */
cm_status cm_duration_parse(cm_duration *out, const char *text);

/* A deadline as the map writes it: an optional term from the schema's
 * vocabulary ("promptly", "none"), then optionally an amount or a range in
 * one unit: "72h", "3-5d", "promptly", "promptly 3-5d". */
typedef struct cm_within {
	char term[32];  /* "" when none */
	int has_span;   /* an amount or range follows */
	long min, max;  /* equal unless a range */
	cm_time_unit unit;
} cm_within;

cm_status cm_within_parse(cm_within *out, const char *text);

typedef enum cm_date_precision {
	CM_DATE_DAY,
	CM_DATE_MONTH,
	CM_DATE_YEAR
} cm_date_precision;

/* YYYY, YYYY-MM or YYYY-MM-DD (a year or month stands for its first day). */
cm_status cm_date_parse_partial(int *out, cm_date_precision *precision,
				const char *text);
/* A day as the map wrote it: "2009", "2009-06" or "2009-06-23". */
void cm_date_format_as(char *buf, size_t size, int days, cm_date_precision precision);
/* Today's date (UTC) as days since 1970-01-01. */
int cm_date_today(void);

#endif
