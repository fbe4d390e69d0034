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

/* YYYY, YYYY-MM or YYYY-MM-DD; a year or a month stands for its first day
 * (one rule for data and for --as-of).  *precision receives which. */
cm_status cm_date_parse_partial(int *out, cm_date_precision *precision,
				const char *text)
{
	size_t len = strlen(text);
	int y, m = 1, d = 1;
	cm_date_precision p;
	if (len == 4 && digits(text, 4, &y))
		p = CM_DATE_YEAR;
	else if (len == 7 && text[4] == '-' && digits(text, 4, &y) &&
		 digits(text + 5, 2, &m))
		p = CM_DATE_MONTH;
	else if (len == 10 && text[4] == '-' && text[7] == '-' &&
		 digits(text, 4, &y) && digits(text + 5, 2, &m) &&
		 digits(text + 8, 2, &d))
		p = CM_DATE_DAY;
	else
		return CM_EINVAL;
	if (y < 1 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
		return CM_EINVAL;
	*out = (int)days_from_civil(y, m, d);
	if (precision)
		*precision = p;
	return CM_OK;
}

cm_status cm_date_parse(int *out, const char *text)
{
	if (strcmp(text, "today") == 0) {
		*out = cm_date_today();
		return CM_OK;
	}
	return cm_date_parse_partial(out, NULL, text);
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

static const struct {
	const char *suffix;
	cm_time_unit unit;
} units[] = {
	{"m", CM_UNIT_MINUTES}, {"h", CM_UNIT_HOURS},
	{"d", CM_UNIT_DAYS},    {"w", CM_UNIT_WEEKS},
	{"bd", CM_UNIT_BUSINESS_DAYS},
};

/* Reads up to six digits; returns how many (0: none). */
static size_t read_amount(const char *text, long *amount)
{
	size_t i = 0;
	*amount = 0;
	while (text[i] >= '0' && text[i] <= '9' && i < 6)
		*amount = *amount * 10 + (text[i++] - '0');
	return text[i] >= '0' && text[i] <= '9' ? 0 : i;
}

static int read_unit(const char *text, cm_time_unit *unit)
{
	for (size_t u = 0; u < sizeof(units) / sizeof(units[0]); u++)
		if (strcmp(text, units[u].suffix) == 0) {
			*unit = units[u].unit;
			return 1;
		}
	return 0;
}

/* "72h", "3-5d": an amount or a range in one unit. */
static cm_status parse_span(cm_within *out, const char *text)
{
	size_t n = read_amount(text, &out->min);
	if (n == 0)
		return CM_EINVAL;
	out->max = out->min;
	if (text[n] == '-') {
		size_t m = read_amount(text + n + 1, &out->max);
		if (m == 0 || out->max <= out->min)
			return CM_EINVAL;
		n += 1 + m;
	}
	if (!read_unit(text + n, &out->unit))
		return CM_EINVAL;
	out->has_span = 1;
	return CM_OK;
}

cm_status cm_within_parse(cm_within *out, const char *text)
{
	memset(out, 0, sizeof(*out));
	size_t word = 0;
	while ((text[word] >= 'a' && text[word] <= 'z') || text[word] == '-')
		word++;
	if (word > 0 && (text[word] == '\0' || text[word] == ' ')) {
		if (word >= sizeof(out->term))
			return CM_EINVAL;
		memcpy(out->term, text, word);
		out->term[word] = '\0';
		if (text[word] == '\0')
			return CM_OK;
		text += word + 1;
	}
	return parse_span(out, text);
}

cm_status cm_duration_parse(cm_duration *out, const char *text)
{
	long amount;
	size_t n = read_amount(text, &amount);
	if (n == 0 || !read_unit(text + n, &out->unit))
		return CM_EINVAL;
	out->amount = amount;
	return CM_OK;
}

void cm_date_format_as(char *buf, size_t size, int days, cm_date_precision precision)
{
	cm_date_format(buf, size, days);
	if (days == CM_DATE_PENDING || size < 11)
		return;
	if (precision == CM_DATE_YEAR)
		buf[4] = '\0';
	else if (precision == CM_DATE_MONTH)
		buf[7] = '\0';
}
