/* test_date.c: dates and durations. */
#include "date.h"
#include "harness.h"

static void iso_dates_round_trip(void)
{
	int day;
	char buf[16];
	CHECK(cm_date_parse(&day, "1970-01-01") == CM_OK && day == 0);
	CHECK(cm_date_parse(&day, "2025-07-01") == CM_OK);
	cm_date_format(buf, sizeof buf, day);
	CHECK_STR(buf, "2025-07-01");
	CHECK(cm_date_parse(&day, "2024-02-29") == CM_OK);
	cm_date_format(buf, sizeof buf, day);
	CHECK_STR(buf, "2024-02-29");
}

static void impossible_dates_are_refused(void)
{
	int day;
	CHECK(cm_date_parse(&day, "2025-02-30") == CM_EINVAL);
	CHECK(cm_date_parse(&day, "2023-02-29") == CM_EINVAL);
	CHECK(cm_date_parse(&day, "2025-13-01") == CM_EINVAL);
	CHECK(cm_date_parse(&day, "2025-7-1") == CM_EINVAL);
	CHECK(cm_date_parse(&day, "20250701") == CM_EINVAL);
	CHECK(cm_date_parse(&day, "") == CM_EINVAL);
}

static void dates_order_as_days(void)
{
	int a, b;
	cm_date_parse(&a, "2025-06-30");
	cm_date_parse(&b, "2025-07-01");
	CHECK(b == a + 1);
	cm_date_parse(&a, "2024-12-31");
	cm_date_parse(&b, "2025-01-01");
	CHECK(b == a + 1);
}

static void durations_parse(void)
{
	cm_duration d;
	CHECK(cm_duration_parse(&d, "72h") == CM_OK && d.amount == 72 && d.unit == CM_UNIT_HOURS);
	CHECK(cm_duration_parse(&d, "4bd") == CM_OK && d.amount == 4 &&
	      d.unit == CM_UNIT_BUSINESS_DAYS);
	CHECK(cm_duration_parse(&d, "30d") == CM_OK && d.unit == CM_UNIT_DAYS);
	CHECK(cm_duration_parse(&d, "15m") == CM_OK && d.unit == CM_UNIT_MINUTES);
	CHECK(cm_duration_parse(&d, "2w") == CM_OK && d.unit == CM_UNIT_WEEKS);
	CHECK(cm_duration_parse(&d, "72 hours") == CM_EINVAL);
	CHECK(cm_duration_parse(&d, "h") == CM_EINVAL);
	CHECK(cm_duration_parse(&d, "1.5h") == CM_EINVAL);
	CHECK(cm_duration_parse(&d, "9999999h") == CM_EINVAL);
}

const unit_test date_tests[] = {
	{"iso dates round trip", iso_dates_round_trip},
	{"impossible dates are refused", impossible_dates_are_refused},
	{"dates order as days", dates_order_as_days},
	{"durations parse", durations_parse},
	{NULL, NULL},
};
