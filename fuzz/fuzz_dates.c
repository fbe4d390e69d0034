/* fuzz_dates.c: the date, duration and deadline parsers, with round trips
 * checked, and deadlines written out in words. */
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "deadline.h"
#include "fuzz.h"

static const cm_deadline_words words = {
	"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
	"business day", "business days", "within %s", "%s to %s", "%s and %s",
	"%s, then %s", "no deadline set", "no deadline stated", 0,
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_string(data, size);
	int day;
	cm_date_precision precision;
	if (cm_date_parse_partial(&day, &precision, text) == CM_OK) {
		char again[32];
		int day2;
		cm_date_format_as(again, sizeof again, day, precision);
		/* a date that parses prints back as itself, at its precision */
		if (strcmp(again, text) != 0 || cm_date_parse(&day2, again) != CM_OK || day2 != day)
			abort();
	}
	cm_duration d;
	if (cm_duration_parse(&d, text) == CM_OK && (d.amount < 0 || d.amount > 999999))
		abort();
	cm_within w;
	if (cm_within_parse(&w, text) == CM_OK && w.has_span && (w.min < 0 || w.max < w.min))
		abort();
	cm_deadline total;
	cm_deadline_init(&total);
	char buf[128];
	for (int i = 0; i < 3; i++)
		cm_deadline_add(&total, text, (unsigned)i + 1, NULL);
	cm_deadline_format(buf, sizeof buf, &total);
	cm_strbuf out;
	cm_strbuf_init(&out);
	cm_deadline_in_words(&out, buf, &words, NULL, NULL);
	cm_deadline_in_words(&out, text, &words, NULL, NULL);
	cm_strbuf_release(&out);
	(void)cm_deadline_compact_key(text, NULL);
	free(text);
	return 0;
}
