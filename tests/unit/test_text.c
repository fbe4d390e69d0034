/* test_text.c: interning, suggestions, buffers, display width. */
#include <stdlib.h>

#include "harness.h"
#include "intern.h"
#include "print.h"
#include "strbuf.h"
#include "suggest.h"

static void interned_strings_are_one_pointer(void)
{
	cm_strings strings;
	cm_intern_init(&strings);
	const char *a = cm_intern(&strings, "us.cisa");
	char other[] = "us.cisa";
	CHECK(a == cm_intern(&strings, other));
	CHECK(a != cm_intern(&strings, "us.fbi"));
	CHECK(cm_intern_find(&strings, "us.cisa") == a);
	CHECK(cm_intern_find(&strings, "jp.nco") == NULL);
	for (int i = 0; i < 5000; i++) { /* forces several rehashes */
		char name[32];
		snprintf(name, sizeof name, "n%d", i);
		cm_intern(&strings, name);
	}
	CHECK(cm_intern_find(&strings, "n4999") != NULL);
	CHECK(cm_intern(&strings, "us.cisa") == a);
	cm_intern_release(&strings);
}

static void suggestions_within_two_edits(void)
{
	cm_suggest s;
	cm_suggest_init(&s, "lead");
	cm_suggest_offer(&s, "supports");
	cm_suggest_offer(&s, "leads");
	cm_suggest_offer(&s, "next");
	CHECK_STR(s.best, "leads");
	cm_suggest_init(&s, "zzzzzz");
	cm_suggest_offer(&s, "leads");
	CHECK(s.best == NULL);
	CHECK(cm_edit_distance("agncy", "agency", 2) == 1);
	CHECK(cm_edit_distance("office", "agency", 2) == 3);
}

static void strbuf_grows_and_formats(void)
{
	cm_strbuf b;
	cm_strbuf_init(&b);
	for (int i = 0; i < 1000; i++)
		cm_strbuf_addf(&b, "%d,", i);
	CHECK(b.len > 3000 && !b.failed);
	size_t len;
	char *text = cm_strbuf_detach(&b, &len);
	CHECK(text && strncmp(text, "0,1,2,", 6) == 0 && strlen(text) == len);
	free(text);
	text = cm_strbuf_detach(&b, &len);
	CHECK(text && len == 0 && text[0] == '\0');
	free(text);
}

static void japanese_is_two_columns_wide(void)
{
	CHECK(cm_display_width("abc") == 3);
	CHECK(cm_display_width("国家サイバー統括室") == 18);
	CHECK(cm_display_width("NISC（旧）") == 4 + 6);
}

const unit_test text_tests[] = {
	{"interned strings are one pointer", interned_strings_are_one_pointer},
	{"suggestions within two edits", suggestions_within_two_edits},
	{"strbuf grows and formats", strbuf_grows_and_formats},
	{"japanese is two columns wide", japanese_is_two_columns_wide},
	{NULL, NULL},
};
