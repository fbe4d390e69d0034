/* test_text.c: interning, suggestions, buffers, display width. */
#include <stdlib.h>

#include "harness.h"
#include "intern.h"
#include "print.h"
#include "strbuf.h"
#include "suggest.h"
#include "text.h"
#include "cybermap.h"

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
	/* a word that is a whole part of a name, when nothing is as close */
	cm_suggest_init(&s, "outage");
	cm_suggest_offer(&s, "cyber-incident");
	cm_suggest_offer(&s, "service-outage");
	CHECK(s.best && strcmp(s.best, "service-outage") == 0);
	cm_suggest_init(&s, "part");
	cm_suggest_offer(&s, "part_of");
	cm_suggest_offer(&s, "parts"); /* one edit away: closer than a part */
	CHECK(s.best && strcmp(s.best, "parts") == 0);
	cm_suggest_init(&s, "one-sided"); /* several whole parts */
	cm_suggest_offer(&s, "one-sidedness");
	cm_suggest_offer(&s, "one-sided-lead");
	CHECK(s.best && strcmp(s.best, "one-sided-lead") == 0);
	cm_suggest_init(&s, "of");
	cm_suggest_offer(&s, "part_of");
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
	/* emptied for reuse, it reads "" -- not what it held before */
	cm_strbuf_adds(&b, "members: a, b");
	cm_strbuf_clear(&b);
	CHECK(b.len == 0 && b.data && b.data[0] == '\0');
	cm_strbuf_release(&b);
	cm_strbuf_clear(&b); /* an empty buffer too */
	CHECK(b.len == 0 && b.data == NULL);
}

static void japanese_is_two_columns_wide(void)
{
	CHECK(cm_display_width("abc") == 3);
	CHECK(cm_display_width("国家サイバー統括室") == 18);
	CHECK(cm_display_width("NISC（旧）") == 4 + 6);
}

/* One rule: every unsafe character, classified by one function. */
static void unsafe_characters_are_classified_once(void)
{
	static const struct {
		const char *text;
		cm_char_class c;
		size_t len;
	} cases[] = {
		{"a", CM_CHAR_SAFE, 1}, {"\x1b", CM_CHAR_CONTROL, 1}, {"\x7f", CM_CHAR_CONTROL, 1},
		{"\n", CM_CHAR_CONTROL, 1}, {"\xc2\x85", CM_CHAR_CONTROL, 2} /* NEL */,
		{"\xc2\x9b", CM_CHAR_CONTROL, 2} /* CSI */, {"\xc2\x9d", CM_CHAR_CONTROL, 2} /* OSC */,
		{"\xc2\xa0", CM_CHAR_SAFE, 2}, {"\xe2\x80\xae", CM_CHAR_DIRECTION, 3},
		{"\xe2\x81\xa6", CM_CHAR_DIRECTION, 3}, {"\xd8\x9c", CM_CHAR_DIRECTION, 2},
		{"\xe2\x80\x8f", CM_CHAR_DIRECTION, 3}, {"\xe2\x80\x8b", CM_CHAR_SAFE, 3},
		{"国", CM_CHAR_SAFE, 3}, {"\xff", CM_CHAR_CONTROL, 1}, {"\xc2", CM_CHAR_CONTROL, 1},
		{"\xc0\x80", CM_CHAR_CONTROL, 1} /* overlong */, {"\xed\xa0\x80", CM_CHAR_CONTROL, 1},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		size_t len;
		unsigned cp;
		CHECK(cm_char_at(cases[i].text, &len, &cp) == cases[i].c);
		CHECK(len == cases[i].len);
	}
	char buf[64];
	CHECK_STR(cm_text_for_people(buf, sizeof buf, "a\x1b]0;t\x07" "b\nc\xc2\x9b" "1m R\xe2\x80\xaeL"),
		  "a ]0;t b c 1m RL");
	CHECK_STR(cm_text_for_people(buf, 4, "国家"), "国");
	CHECK(cm_text_valid("plain ascii text, long enough", 29));
	CHECK(cm_text_valid("国家サイバー統括室", strlen("国家サイバー統括室")));
	CHECK(!cm_text_valid("abcdefgh\xff", 9));
	CHECK(!cm_text_valid("\xed\xa0\x80", 3));
	CHECK(!cm_text_valid("\xf4\x90\x80\x80", 4));
	CHECK(!cm_text_valid("\xe3\x81", 2));
	CHECK(!cm_text_valid("abcdefghij\0k", 12));
	CHECK(!cm_text_valid("a\0", 2));
}

const unit_test text_tests[] = {
	{"unsafe characters are classified once", unsafe_characters_are_classified_once},
	{"interned strings are one pointer", interned_strings_are_one_pointer},
	{"suggestions within two edits", suggestions_within_two_edits},
	{"strbuf grows and formats", strbuf_grows_and_formats},
	{"japanese is two columns wide", japanese_is_two_columns_wide},
	{NULL, NULL},
};
