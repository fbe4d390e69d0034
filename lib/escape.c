/*
 * escape.c: every output syntax's escaping, in one place.  Each function
 * appends text to out as that syntax needs it; all follow the one rule for
 * unsafe characters (text.h): exact escapes in formats read by programs,
 * shown as people may see them elsewhere.
 */
#include <ctype.h>
#include <stdio.h>

#include "escape.h"
#include "text.h"

void cm_escape_json(cm_strbuf *out, const char *text)
{
	cm_strbuf_addc(out, '"');
	size_t len;
	for (const char *p = text; *p; p += len) {
		unsigned cp;
		cm_char_class c = cm_char_at(p, &len, &cp);
		switch (*p) {
		case '"': cm_strbuf_adds(out, "\\\""); continue;
		case '\\': cm_strbuf_adds(out, "\\\\"); continue;
		case '\n': cm_strbuf_adds(out, "\\n"); continue;
		case '\t': cm_strbuf_adds(out, "\\t"); continue;
		case '\r': cm_strbuf_adds(out, "\\r"); continue;
		case '<': case '>': case '&': cm_strbuf_addf(out, "\\u%04x", (unsigned)*p); continue;
		}
		/* U+2028 and U+2029 end a line in older JavaScript */
		if (c != CM_CHAR_SAFE || cp == 0x2028 || cp == 0x2029)
			cm_strbuf_addf(out, "\\u%04x", cp);
		else
			cm_strbuf_add(out, p, len);
	}
	cm_strbuf_addc(out, '"');
}

void cm_escape_tsv(cm_strbuf *out, const char *text)
{
	size_t len;
	for (const char *p = text; *p; p += len) {
		unsigned cp;
		cm_char_class c = cm_char_at(p, &len, &cp);
		switch (*p) {
		case '\t': cm_strbuf_adds(out, "\\t"); continue;
		case '\n': cm_strbuf_adds(out, "\\n"); continue;
		case '\r': cm_strbuf_adds(out, "\\r"); continue;
		case '\\': cm_strbuf_adds(out, "\\\\"); continue;
		}
		if (c == CM_CHAR_SAFE)
			cm_strbuf_add(out, p, len);
		else if (len == 1) /* C0, DEL (or a byte that is no character) */
			cm_strbuf_addf(out, "\\x%02x", cp);
		else
			cm_strbuf_addf(out, "\\u%04x", cp);
	}
}

/* XML text.  XML 1.0 cannot carry the C0 controls but tab, newline and
 * carriage return at all, so those become spaces; the other unsafe
 * characters (text.h) are written as character references, exact. */
void cm_escape_xml(cm_strbuf *out, const char *text)
{
	size_t len;
	for (const char *p = text; *p; p += len) {
		unsigned cp;
		cm_char_class c = cm_char_at(p, &len, &cp);
		switch (*p) {
		case '&': cm_strbuf_adds(out, "&amp;"); continue;
		case '<': cm_strbuf_adds(out, "&lt;"); continue;
		case '>': cm_strbuf_adds(out, "&gt;"); continue;
		case '"': cm_strbuf_adds(out, "&quot;"); continue;
		case '\t': case '\n': cm_strbuf_addc(out, *p); continue;
		case '\r': cm_strbuf_adds(out, "&#xd;"); continue;
		}
		if (c == CM_CHAR_SAFE)
			cm_strbuf_add(out, p, len);
		else if (cp < 0x20 || len == 1)
			cm_strbuf_addc(out, ' ');
		else
			cm_strbuf_addf(out, "&#x%x;", cp);
	}
}

void cm_escape_cypher_string(cm_strbuf *out, const char *text)
{
	cm_strbuf_addc(out, '\'');
	size_t len;
	for (const char *p = text; *p; p += len) {
		unsigned cp;
		cm_char_class c = cm_char_at(p, &len, &cp);
		if (*p == '\'' || *p == '\\')
			cm_strbuf_addf(out, "\\%c", *p);
		else if (*p == '\n')
			cm_strbuf_adds(out, "\\n");
		else if (c != CM_CHAR_SAFE) /* unsafe (text.h): escaped, exact */
			cm_strbuf_addf(out, "\\u%04x", cp);
		else
			cm_strbuf_add(out, p, len);
	}
	cm_strbuf_addc(out, '\'');
}

/* A label or relationship type in backquotes (doubled inside). */
void cm_escape_cypher_name(cm_strbuf *out, const char *name, int upper)
{
	cm_strbuf_addc(out, '`');
	for (const char *p = name; *p; p++) {
		if (*p == '`')
			cm_strbuf_addc(out, '`');
		cm_strbuf_addc(out, upper ? (char)toupper((unsigned char)*p) : *p);
	}
	cm_strbuf_addc(out, '`');
}

/* A quoted field.  CSV has no escapes: a quoted field may hold tabs and
 * newlines, and the other unsafe characters follow the rule for text shown
 * to people (text.h). */
void cm_escape_csv(cm_strbuf *out, const char *text)
{
	cm_strbuf_addc(out, '"');
	size_t len;
	for (const char *p = text; *p; p += len) {
		unsigned cp;
		cm_char_class c = cm_char_at(p, &len, &cp);
		if (*p == '"')
			cm_strbuf_adds(out, "\"\"");
		else if (*p == '\t' || *p == '\n' || c == CM_CHAR_SAFE)
			cm_strbuf_add(out, p, len);
		else
			cm_strbuf_adds(out, cm_char_shown(c, len, cp));
	}
	cm_strbuf_addc(out, '"');
}

/* Graphviz reads backslash escapes (\N, \G, \n ...) in labels, tooltips and
 * links, and decodes HTML entities (&amp;, &#x1;) in labels and tooltips;
 * a name must come out as written, so backslashes are doubled, & is written
 * &amp; (an entity in the name then stays text, and cannot smuggle in a
 * control character), and the rule for text shown to people (text.h)
 * applies.  With wrap (a width in columns; 0: no wrapping) long text is wrapped at spaces, or after wrap/2 wide
 * characters; a newline is a line break when wrapping. */
void cm_escape_dot(cm_strbuf *out, const char *text, size_t wrap)
{
	size_t column = 0, len;
	for (const char *p = text; *p; p += len) {
		unsigned cp;
		cm_char_class c = cm_char_at(p, &len, &cp);
		if (c == CM_CHAR_DIRECTION) /* it would reorder the label */
			continue;
		if (*p == '\n' || (wrap && *p == ' ' && column >= wrap)) {
			cm_strbuf_adds(out, wrap ? "\\n" : " ");
			column = 0;
			continue;
		}
		if (c == CM_CHAR_CONTROL)
			cm_strbuf_adds(out, cm_char_shown(c, len, cp));
		else if (*p == '\\')
			cm_strbuf_adds(out, "\\\\");
		else if (*p == '&')
			cm_strbuf_adds(out, "&amp;");
		else
			cm_strbuf_add(out, p, len);
		column += len >= 3 ? 2 : 1; /* three-byte and longer: wide */
		if (wrap && column >= 2 * wrap && p[len]) {
			cm_strbuf_adds(out, "\\n");
			column = 0;
		}
	}
}

/* Text for HTML or XML read by people (a page, a chart's HTML label): as
 * people may see it (text.h), then with & < > " ' as references. */
void cm_escape_html(cm_strbuf *out, const char *t)
{
	size_t len;
	for (const char *p = t ? t : ""; *p; p += len) {
		unsigned cp;
		cm_char_class c = cm_char_at(p, &len, &cp);
		if (c == CM_CHAR_DIRECTION)
			continue;
		if (c == CM_CHAR_CONTROL) {
			cm_strbuf_adds(out, cm_char_shown(c, len, cp));
			continue;
		}
		switch (*p) {
		case '&': cm_strbuf_adds(out, "&amp;"); break;
		case '<': cm_strbuf_adds(out, "&lt;"); break;
		case '>': cm_strbuf_adds(out, "&gt;"); break;
		case '"': cm_strbuf_adds(out, "&quot;"); break;
		case '\'': cm_strbuf_adds(out, "&#39;"); break;
		default: cm_strbuf_add(out, p, len);
		}
	}
}
