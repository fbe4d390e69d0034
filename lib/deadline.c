/* deadline.c: cumulative deadlines; see deadline.h for why units stay apart. */
#include "deadline.h"

#include "schema.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MINUTES_PER_HOUR 60L
#define MINUTES_PER_DAY (24L * MINUTES_PER_HOUR)

void cm_deadline_init(cm_deadline *d)
{
	memset(d, 0, sizeof(*d));
}

static long unit_minutes(cm_time_unit unit)
{
	switch (unit) {
	case CM_UNIT_MINUTES: return 1;
	case CM_UNIT_HOURS: return MINUTES_PER_HOUR;
	case CM_UNIT_DAYS: return MINUTES_PER_DAY;
	case CM_UNIT_WEEKS: return 7 * MINUTES_PER_DAY;
	default: return 0;
	}
}

void cm_deadline_add(cm_deadline *total, const char *within, unsigned hop,
		     const struct cm_vocabulary *terms)
{
	cm_within w;
	if (total->unknown || total->none)
		return;
	if (!within || cm_within_parse(&w, within) != CM_OK) {
		total->unknown = 1;
		total->unknown_hop = hop;
		return;
	}
	const cm_term *term = w.term[0] ? cm_vocabulary_term(terms, w.term) : NULL;
	if (term && term->flag_none) {
		total->none = 1;
		return;
	}
	if (w.term[0] && !total->term[0])
		memcpy(total->term, w.term, sizeof(total->term));
	if (!w.has_span) {
		total->open = 1;
		return;
	}
	if (w.unit == CM_UNIT_DAYS || w.unit == CM_UNIT_WEEKS)
		total->in_days = 1;
	if (w.unit == CM_UNIT_BUSINESS_DAYS) {
		total->min_business_days += w.min;
		total->max_business_days += w.max;
	} else {
		total->min_minutes += w.min * unit_minutes(w.unit);
		total->max_minutes += w.max * unit_minutes(w.unit);
	}
}

int cm_deadline_known(const cm_deadline *d)
{
	return !d->open && !d->none && !d->unknown;
}

long cm_deadline_sort_key(const cm_deadline *d)
{
	if (!cm_deadline_known(d))
		return LONG_MAX;
	return d->max_minutes + d->max_business_days * MINUTES_PER_DAY;
}

/* The largest unit both ends of a range are whole in: days past a week (or
 * whenever a step was given in days), hours, or minutes. */
static void clock_part(cm_strbuf *out, long lo, long hi, int in_days)
{
	long unit = MINUTES_PER_DAY;
	const char *suffix = "d";
	if (lo % MINUTES_PER_DAY || hi % MINUTES_PER_DAY || (hi <= 7 * MINUTES_PER_DAY && !in_days)) {
		unit = MINUTES_PER_HOUR;
		suffix = "h";
	}
	if (lo % unit || hi % unit) {
		unit = 1;
		suffix = "m";
	}
	if (lo == hi)
		cm_strbuf_addf(out, "%ld%s", hi / unit, suffix);
	else
		cm_strbuf_addf(out, "%ld-%ld%s", lo / unit, hi / unit, suffix);
}

int cm_deadline_format(char *buf, size_t size, const cm_deadline *d)
{
	cm_strbuf out;
	cm_strbuf_init(&out);
	if (d->unknown) {
		cm_strbuf_adds(&out, "unknown");
	} else {
		if (d->max_minutes || (!d->max_business_days && !d->open && !d->none))
			clock_part(&out, d->min_minutes, d->max_minutes, d->in_days);
		if (d->max_business_days) {
			if (out.len)
				cm_strbuf_addc(&out, '+');
			if (d->min_business_days == d->max_business_days)
				cm_strbuf_addf(&out, "%ldbd", d->max_business_days);
			else
				cm_strbuf_addf(&out, "%ld-%ldbd", d->min_business_days,
					       d->max_business_days);
		}
		if (d->open || d->none) {
			if (out.len)
				cm_strbuf_addc(&out, '+');
			cm_strbuf_adds(&out, d->none ? "none" : d->term);
		}
	}
	snprintf(buf, size, "%s", out.data && !out.failed ? out.data : "");
	int ok = !out.failed;
	cm_strbuf_release(&out);
	return ok;
}

/* ---- in words ---- */

static const char *unit_word(const cm_deadline_words *w, char unit, int bd, int plural)
{
	if (bd)
		return plural ? w->business_days : w->business_day;
	switch (unit) {
	case 'm': return plural ? w->minutes : w->minute;
	case 'h': return plural ? w->hours : w->hour;
	case 'w': return plural ? w->weeks : w->week;
	default: return plural ? w->days : w->day;
	}
}

/* "72h", "3-5d", "4bd": a period in words, or 0 when the token is not one. */
static int period_words(cm_strbuf *out, const char *token, const cm_deadline_words *w)
{
	char *end;
	long lo = strtol(token, &end, 10), hi = lo;
	if (end == token || lo < 0)
		return 0;
	if (*end == '-') {
		const char *second = end + 1;
		hi = strtol(second, &end, 10);
		if (end == second)
			return 0;
	}
	int bd = strcmp(end, "bd") == 0;
	if (!bd && (strlen(end) != 1 || !strchr("mhdw", *end)))
		return 0;
	const char *unit = unit_word(w, *end, bd, hi != 1);
	char numbers[64];
	if (lo == hi)
		snprintf(numbers, sizeof numbers, "%ld", hi);
	else {
		char a[24], b[24];
		snprintf(a, sizeof a, "%ld", lo);
		snprintf(b, sizeof b, "%ld", hi);
		cm_strbuf range;
		cm_strbuf_init(&range);
		cm_strbuf_fill2(&range, w->range, a, b);
		snprintf(numbers, sizeof numbers, "%s", range.data ? range.data : "");
		cm_strbuf_release_into(&range, out);
	}
	cm_strbuf_addf(out, w->unit_first ? "%s%s" : "%s %s", numbers, unit);
	return 1;
}

static void add_within(cm_strbuf *out, const cm_deadline_words *w, const char *periods)
{
	cm_strbuf_fill1(out, w->within, periods);
}

/* Periods joined by and_, wrapped in within. */
static void periods_words(cm_strbuf *out, char **tokens, size_t n, const cm_deadline_words *w)
{
	cm_strbuf joined;
	cm_strbuf_init(&joined);
	for (size_t i = 0; i < n; i++) {
		cm_strbuf one;
		cm_strbuf_init(&one);
		period_words(&one, tokens[i], w);
		if (i == 0) {
			cm_strbuf_adds(&joined, one.data ? one.data : "");
		} else {
			cm_strbuf both;
			cm_strbuf_init(&both);
			cm_strbuf_fill2(&both, w->and_, joined.data ? joined.data : "",
					one.data ? one.data : "");
			cm_strbuf_release_into(&joined, out);
			joined = both;
		}
		cm_strbuf_release_into(&one, out);
	}
	add_within(out, w, joined.data ? joined.data : "");
	cm_strbuf_release_into(&joined, out);
}

static const char *term_words(const cm_deadline_words *w, const char *term,
			      const char *(*term_label)(const void *, const char *), const void *arg)
{
	if (strcmp(term, "none") == 0)
		return w->none;
	if (strcmp(term, "unknown") == 0)
		return w->unknown;
	const char *label = term_label ? term_label(arg, term) : NULL;
	return label ? label : term;
}

#define MAX_TOKENS 8

static int is_word(const char *t)
{
	if (!*t)
		return 0;
	for (; *t; t++)
		if (!((*t >= 'a' && *t <= 'z') || *t == '-'))
			return 0;
	return 1;
}

void cm_deadline_in_words(cm_strbuf *out, const char *compact, const cm_deadline_words *w,
			  const char *(*term_label)(const void *, const char *), const void *arg)
{
	char copy[128], *tokens[MAX_TOKENS], *rest = copy, *save = NULL;
	const char *lead = NULL, *term = NULL;
	size_t n = 0;
	snprintf(copy, sizeof copy, "%s", compact);
	char *space = strchr(copy, ' ');
	if (space) { /* a step's term and the authority's period: "promptly 3-5d" */
		*space = '\0';
		lead = copy;
		rest = space + 1;
	}
	for (char *t = strtok_r(rest, "+", &save); t; t = strtok_r(NULL, "+", &save)) {
		cm_strbuf probe;
		cm_strbuf_init(&probe);
		int period = period_words(&probe, t, w);
		cm_strbuf_release(&probe);
		if (period && n < MAX_TOKENS && !term)
			tokens[n++] = t;
		else if (!period && is_word(t) && !term && !(lead && !n))
			term = t;
		else {
			cm_strbuf_adds(out, compact); /* not a deadline: as it is */
			return;
		}
	}
	cm_strbuf periods;
	cm_strbuf_init(&periods);
	if (n)
		periods_words(&periods, tokens, n, w);
	const char *p = periods.data ? periods.data : "";
	if (lead && n)
		cm_strbuf_addf(out, "%s (%s)", term_words(w, lead, term_label, arg), p);
	else if (n && term)
		cm_strbuf_fill2(out, w->then, p, term_words(w, term, term_label, arg));
	else if (n)
		cm_strbuf_adds(out, p);
	else if (term)
		cm_strbuf_adds(out, term_words(w, term, term_label, arg));
	else
		cm_strbuf_adds(out, compact);
	cm_strbuf_release_into(&periods, out);
}

/* A term alone: its place among the terms that ask for speed. */
static long term_key(const char *term, const cm_vocabulary *terms)
{
	for (size_t i = 0; terms && i < terms->nterms; i++) {
		if (terms->terms[i].flag_none)
			return LONG_MAX;
		if (strcmp(terms->terms[i].id, term) == 0)
			return -(long)(terms->nterms - i); /* before every period */
	}
	return LONG_MAX;
}

long cm_deadline_compact_key(const char *compact, const struct cm_vocabulary *terms)
{
	if (compact[0] >= 'a' && compact[0] <= 'z' && !strchr(compact, '+') && !strchr(compact, ' '))
		return term_key(compact, terms);
	long total = 0;
	char copy[128], *save = NULL;
	snprintf(copy, sizeof copy, "%s", compact);
	char *space = strchr(copy, ' ');
	char *rest = space ? space + 1 : copy;
	for (char *t = strtok_r(rest, "+", &save); t; t = strtok_r(NULL, "+", &save)) {
		char *end;
		long hi = strtol(t, &end, 10);
		if (end == t)
			return LONG_MAX; /* a term: open, none or unknown */
		if (*end == '-')
			hi = strtol(end + 1, &end, 10);
		/* not a period a map can hold (the loader allows six digits):
		 * sorted last rather than multiplied past LONG_MAX */
		if (hi < 0 || hi > 999999 || total > LONG_MAX / 2)
			return LONG_MAX;
		if (strcmp(end, "bd") == 0)
			total += hi * MINUTES_PER_DAY;
		else if (strlen(end) == 1 && strchr("mhdw", *end))
			total += hi * unit_minutes(*end == 'm' ? CM_UNIT_MINUTES
						   : *end == 'h' ? CM_UNIT_HOURS
						   : *end == 'd' ? CM_UNIT_DAYS : CM_UNIT_WEEKS);
		else
			return LONG_MAX;
	}
	return total;
}
