/* fuzz_dates.c: the date and duration parsers, with round trips checked. */
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "deadline.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_string(data, size);
	int day;
	if (cm_date_parse(&day, text) == CM_OK) {
		char again[32];
		int day2;
		cm_date_format(again, sizeof again, day);
		/* a date that parses prints back as itself */
		if (strcmp(again, text) != 0 || cm_date_parse(&day2, again) != CM_OK || day2 != day)
			abort();
	}
	cm_duration d;
	if (cm_duration_parse(&d, text) == CM_OK && (d.amount < 0 || d.amount > 999999))
		abort();
	cm_deadline total = {0, 0, 0, 0};
	char buf[64];
	for (int i = 0; i < 3; i++)
		cm_deadline_add(&total, text, (unsigned)i + 1);
	cm_deadline_format(buf, sizeof buf, &total);
	free(text);
	return 0;
}
