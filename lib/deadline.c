/* deadline.c: cumulative deadlines; see deadline.h for why units stay apart. */
#include "deadline.h"

#include <stdio.h>

#define MINUTES_PER_HOUR 60L
#define MINUTES_PER_DAY (24L * MINUTES_PER_HOUR)

void cm_deadline_add(cm_deadline *total, const char *within, unsigned hop)
{
	cm_duration d;
	if (total->unknown)
		return;
	if (!within || cm_duration_parse(&d, within) != CM_OK) {
		total->unknown = 1;
		total->unknown_hop = hop;
		return;
	}
	switch (d.unit) {
	case CM_UNIT_MINUTES: total->minutes += d.amount; break;
	case CM_UNIT_HOURS: total->minutes += d.amount * MINUTES_PER_HOUR; break;
	case CM_UNIT_DAYS: total->minutes += d.amount * MINUTES_PER_DAY; break;
	case CM_UNIT_WEEKS: total->minutes += d.amount * 7 * MINUTES_PER_DAY; break;
	case CM_UNIT_BUSINESS_DAYS: total->business_days += d.amount; break;
	}
}

/* Whole hours up to a week read best as hours (72h, 96h); longer whole
 * days as days (30d); anything else in the smallest exact unit. */
static void format_clock(char *buf, size_t size, long minutes)
{
	if (minutes % MINUTES_PER_DAY == 0 && minutes > 7 * MINUTES_PER_DAY)
		snprintf(buf, size, "%ldd", minutes / MINUTES_PER_DAY);
	else if (minutes % MINUTES_PER_HOUR == 0)
		snprintf(buf, size, "%ldh", minutes / MINUTES_PER_HOUR);
	else
		snprintf(buf, size, "%ldm", minutes);
}

void cm_deadline_format(char *buf, size_t size, const cm_deadline *d)
{
	char clock[32];
	if (d->unknown) {
		snprintf(buf, size, "unknown (no deadline at hop %u)", d->unknown_hop);
		return;
	}
	format_clock(clock, sizeof clock, d->minutes);
	if (d->business_days && d->minutes)
		snprintf(buf, size, "%s + %ldbd", clock, d->business_days);
	else if (d->business_days)
		snprintf(buf, size, "%ldbd", d->business_days);
	else
		snprintf(buf, size, "%s", clock);
}
