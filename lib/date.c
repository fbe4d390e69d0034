/* date.c: ISO dates as day numbers (Howard Hinnant's civil algorithm) and durations. */
#include "date.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static int is_leap(long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(long y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

static long days_from_civil(long y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static int digits(const char *s, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 1;
}

cm_status cm_date_parse(int *out, const char *text)
{
	int y, m, d;
	if (strlen(text) != 10 || text[4] != '-' || text[7] != '-' ||
	    !digits(text, 4, &y) || !digits(text + 5, 2, &m) ||
	    !digits(text + 8, 2, &d))
		return CM_EINVAL;
	if (y < 1 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
		return CM_EINVAL;
	*out = (int)days_from_civil(y, m, d);
	return CM_OK;
}

void cm_date_format(char *buf, size_t size, int days)
{
	if (days == CM_DATE_PENDING) {
		snprintf(buf, size, "pending");
		return;
	}
	long z = (long)days + 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	int d = (int)(doy - (153 * mp + 2) / 5 + 1);
	int m = (int)(mp < 10 ? mp + 3 : mp - 9);
	long y = yoe + era * 400 + (m <= 2);
	snprintf(buf, size, "%04ld-%02d-%02d", y, m, d);
}

int cm_date_today(void)
{
	return (int)(time(NULL) / 86400);
}

cm_status cm_duration_parse(cm_duration *out, const char *text)
{
	static const struct {
		const char *suffix;
		cm_time_unit unit;
	} units[] = {
		{"m", CM_UNIT_MINUTES}, {"h", CM_UNIT_HOURS},
		{"d", CM_UNIT_DAYS},    {"w", CM_UNIT_WEEKS},
		{"bd", CM_UNIT_BUSINESS_DAYS},
	};
	long amount = 0;
	size_t i = 0;
	while (text[i] >= '0' && text[i] <= '9' && i < 6)
		amount = amount * 10 + (text[i++] - '0');
	if (i == 0)
		return CM_EINVAL;
	for (size_t u = 0; u < sizeof(units) / sizeof(units[0]); u++) {
		if (strcmp(text + i, units[u].suffix) == 0) {
			out->amount = amount;
			out->unit = units[u].unit;
			return CM_OK;
		}
	}
	return CM_EINVAL;
}
