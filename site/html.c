/*
 * html.c: the buffer the pages are written into, and the escapes of the
 * two syntaxes the site writes (HTML and, for its scripts' data, JSON).
 * Which characters may reach people is the library's one rule
 * (cm_text_for_people): text goes through it first, then through the
 * syntax's escapes, so the site shows a name exactly as every printer does.
 */
#include "html.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cybermap.h"

void html_init(html_buf *b)
{
	memset(b, 0, sizeof(*b));
}

void html_release(html_buf *b)
{
	free(b->data);
	html_init(b);
}

/* Room for n more bytes and a NUL; 0 (and failed set) when there is none. */
static int reserve(html_buf *b, size_t n)
{
	if (b->failed)
		return 0;
	if (b->cap > b->len && n < b->cap - b->len)
		return 1;
	size_t cap = b->cap ? b->cap : 256;
	while (cap - b->len <= n) {
		if (cap > SIZE_MAX / 2) {
			b->failed = 1;
			return 0;
		}
		cap *= 2;
	}
	char *data = realloc(b->data, cap);
	if (!data) {
		b->failed = 1;
		return 0;
	}
	b->data = data;
	b->cap = cap;
	return 1;
}

void html_add(html_buf *b, const char *data, size_t len)
{
	if (!reserve(b, len))
		return;
	memcpy(b->data + b->len, data, len);
	b->len += len;
	b->data[b->len] = '\0';
}

void html_adds(html_buf *b, const char *markup)
{
	html_add(b, markup, strlen(markup));
}

void html_addc(html_buf *b, char c)
{
	html_add(b, &c, 1);
}

void html_addf(html_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || !reserve(b, (size_t)n)) {
		b->failed = 1;
		return;
	}
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

/* text as people may see it, in a new string (free it), or NULL.  The rule
 * never makes a text more than three times as long. */
static char *shown(const char *text)
{
	size_t n = strlen(text ? text : "");
	if (n > (SIZE_MAX - 1) / 3)
		return NULL;
	char *out = malloc(3 * n + 1);
	return out ? (char *)cm_text_for_people(out, 3 * n + 1, text) : NULL;
}

void html_text(html_buf *b, const char *text)
{
	char *t = shown(text);
	if (!t) {
		b->failed = 1;
		return;
	}
	const char *run = t;
	for (const char *p = t;; p++) {
		const char *entity = NULL;
		switch (*p) {
		case '&': entity = "&amp;"; break;
		case '<': entity = "&lt;"; break;
		case '>': entity = "&gt;"; break;
		case '"': entity = "&quot;"; break;
		case '\'': entity = "&#39;"; break;
		case '\0': break;
		default: continue;
		}
		html_add(b, run, (size_t)(p - run));
		if (!entity)
			break;
		html_adds(b, entity);
		run = p + 1;
	}
	free(t);
}

void html_json(html_buf *b, const char *text)
{
	char *t = shown(text);
	if (!t) {
		b->failed = 1;
		return;
	}
	html_addc(b, '"');
	const char *run = t;
	for (const unsigned char *p = (const unsigned char *)t;; p++) {
		const char *escape = NULL;
		char code[8];
		size_t skip = 1;
		if (*p == '"') {
			escape = "\\\"";
		} else if (*p == '\\') {
			escape = "\\\\";
		} else if (*p == '<' || *p == '>' || *p == '&' || (*p && *p < 0x20)) {
			snprintf(code, sizeof code, "\\u%04x", *p);
			escape = code;
		} else if (p[0] == 0xe2 && p[1] == 0x80 && (p[2] == 0xa8 || p[2] == 0xa9)) {
			/* U+2028 and U+2029 end a line in older JavaScript */
			snprintf(code, sizeof code, "\\u%04x", p[2] == 0xa8 ? 0x2028u : 0x2029u);
			escape = code;
			skip = 3;
		} else if (*p) {
			continue;
		}
		html_add(b, run, (size_t)((const char *)p - run));
		if (!escape)
			break;
		html_adds(b, escape);
		run = (const char *)p + skip;
		p += skip - 1;
	}
	html_addc(b, '"');
	free(t);
}

/* The length of the plain tag text starts with, or 0 when it is none. */
static size_t plain_tag(const char *text)
{
	static const char *const names[] = {"p", "h2", "h3", "ul", "ol", "li", "strong", "em", "br"};
	const char *p = text + 1 + (text[1] == '/');
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		size_t n = strlen(names[i]);
		if (strncmp(p, names[i], n) == 0 && p[n] == '>')
			return (size_t)(p + n + 1 - text);
	}
	return 0;
}

/* One line of prose, already shown as people may see it. */
static void markup_line(html_buf *b, const char *line)
{
	const char *run = line;
	for (const char *p = line;; p++) {
		const char *entity = NULL;
		size_t tag = 0;
		switch (*p) {
		case '<':
			tag = plain_tag(p);
			entity = tag ? NULL : "&lt;";
			break;
		case '>': entity = "&gt;"; break;
		case '&': entity = "&amp;"; break;
		case '\0': break;
		default: continue;
		}
		if (tag) {
			p += tag - 1; /* kept, with the run */
			continue;
		}
		html_add(b, run, (size_t)(p - run));
		if (!entity)
			break;
		html_adds(b, entity);
		run = p + 1;
	}
}

void html_markup(html_buf *b, const char *text)
{
	const char *line = text ? text : "";
	for (;;) {
		const char *end = strchr(line, '\n');
		size_t n = end ? (size_t)(end - line) : strlen(line);
		char *copy = malloc(n + 1);
		char *t = NULL;
		if (copy) {
			memcpy(copy, line, n);
			copy[n] = '\0';
			t = shown(copy);
		}
		if (!t)
			b->failed = 1;
		else
			markup_line(b, t);
		free(t);
		free(copy);
		if (!end)
			break;
		html_addc(b, '\n');
		line = end + 1;
	}
}

void html_fill(html_buf *b, const char *template_text, const char *const *args, size_t n)
{
	html_buf plain;
	html_init(&plain);
	size_t next = 0;
	for (const char *p = template_text ? template_text : ""; *p; p++) {
		if (p[0] == '%' && p[1] == 's') {
			if (next < n)
				html_adds(&plain, args[next]);
			next++;
			p++;
		} else if (p[0] == '%' && p[1] == '%') {
			html_addc(&plain, '%');
			p++;
		} else {
			html_addc(&plain, *p);
		}
	}
	if (plain.failed)
		b->failed = 1;
	else
		html_text(b, plain.data ? plain.data : "");
	html_release(&plain);
}
