/* html.h: the pages as they are written -- a growing buffer, and text put
 * into it as HTML and JSON need it, by the library's rule for text shown
 * to people (cm_text_for_people). */
#ifndef SITE_HTML_H
#define SITE_HTML_H

#include <stddef.h>

typedef struct html_buf {
	char *data; /* NUL-terminated once anything was added */
	size_t len, cap;
	int failed; /* memory ran out: the contents are incomplete */
} html_buf;

void html_init(html_buf *b);
void html_release(html_buf *b);
/* Markup of the site's own, as it is. */
void html_add(html_buf *b, const char *data, size_t len);
void html_adds(html_buf *b, const char *markup);
void html_addc(html_buf *b, char c);
void html_addf(html_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Text (from the map, or any other): shown as people may see it, then
 * & < > " ' as entities, so it is safe in an element and in an attribute. */
void html_text(html_buf *b, const char *text);
/* Prose with a few plain tags of its own (the about page, from the map's
 * words): <p> <h2> <h3> <ul> <ol> <li> <strong> <em> <br>, and their end
 * tags, exactly so, without attributes, are kept; every other < > and &
 * is text, escaped.  Lines stay lines; within each, html_text's rule for
 * people. */
void html_markup(html_buf *b, const char *text);
/* A template from the map's words, as text: each "%s" replaced by the next
 * of the n arguments (nothing once they run out) and "%%" by "%"; nothing
 * else in it is special, so a word can never act as a printf format. */
void html_fill(html_buf *b, const char *template_text, const char *const *args, size_t n);
/* The same text as a JSON string, quotes included: " and \ escaped, and
 * < > & U+2028 U+2029 as \u escapes so that it may sit in a script. */
void html_json(html_buf *b, const char *text);

#endif
