/*
 * text.c: which characters are unsafe to print (see text.h), and strict
 * UTF-8 validation for text that did not come through the YAML parser.
 */
#include "text.h"

#include <stdint.h>
#include <string.h>

#include "cybermap.h"

/* The length of the valid UTF-8 character at p (at most avail bytes), or 0;
 * its code point in *cp. */
static size_t utf8_char(const unsigned char *p, size_t avail, unsigned *cp)
{
	unsigned c = p[0];
	size_t n;
	unsigned min;
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xc2 && c <= 0xdf) {
		n = 2, min = 0x80, c &= 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		n = 3, min = 0x800, c &= 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		n = 4, min = 0x10000, c &= 0x07;
	} else {
		return 0;
	}
	if (avail < n)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (p[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

static int is_direction(unsigned cp)
{
	return cp == 0x061c || cp == 0x200e || cp == 0x200f || (cp >= 0x202a && cp <= 0x202e) ||
	       (cp >= 0x2066 && cp <= 0x2069);
}

cm_char_class cm_char_at(const char *text, size_t *len, unsigned *cp)
{
	const unsigned char *p = (const unsigned char *)text;
	if (*p >= 0x20 && *p < 0x7f) { /* the common case first */
		*len = 1;
		*cp = *p;
		return CM_CHAR_SAFE;
	}
	/* a NUL ends the text: never read past it for a sequence's bytes */
	size_t avail = p[0] ? (p[1] ? (p[2] ? 4 : 2) : 1) : 0;
	if (avail == 4 && !p[3])
		avail = 3;
	size_t n = avail ? utf8_char(p, avail, cp) : 0;
	if (!n) {
		*len = 1;
		*cp = *p;
		return CM_CHAR_CONTROL;
	}
	*len = n;
	if (*cp < 0x20 || (*cp >= 0x7f && *cp <= 0x9f))
		return CM_CHAR_CONTROL;
	return is_direction(*cp) ? CM_CHAR_DIRECTION : CM_CHAR_SAFE;
}

const char *cm_char_shown(cm_char_class c, size_t len, unsigned cp)
{
	if (c == CM_CHAR_DIRECTION)
		return "";
	return len == 1 && cp >= 0x80 ? "\xef\xbf\xbd" : " ";
}

void cm_text_shown(cm_strbuf *out, const char *text)
{
	const char *run = text;
	for (const char *p = text; *p;) {
		size_t len;
		unsigned cp;
		cm_char_class c = cm_char_at(p, &len, &cp);
		if (c != CM_CHAR_SAFE) {
			cm_strbuf_add(out, run, (size_t)(p - run));
			cm_strbuf_adds(out, cm_char_shown(c, len, cp));
			run = p + len;
		}
		p += len;
	}
	cm_strbuf_adds(out, run);
}

int cm_text_valid(const char *text, size_t len)
{
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
	const unsigned char *p = (const unsigned char *)text, *end = p + len;
	while (p < end) {
		size_t left = (size_t)(end - p);
		/* eight ASCII bytes at a time, none a NUL: most of a map is ASCII */
		if (left >= 8) {
			uint64_t w;
			memcpy(&w, p, 8);
			if (!((((w - ones) & ~w) | w) & highs)) {
				p += 8;
				continue;
			}
		}
		if (*p < 0x80) {
			if (!*p++)
				return 0;
			continue;
		}
		/* a three-byte character outside the ranges with exceptions (most
		 * of Japanese text), else the full check */
		if (left >= 3 && ((p[0] >= 0xe1 && p[0] <= 0xec) || p[0] == 0xee || p[0] == 0xef) &&
		    (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80) {
			p += 3;
			continue;
		}
		unsigned cp;
		size_t n = utf8_char(p, left, &cp);
		if (!n)
			return 0;
		p += n;
	}
	return 1;
}

const char *cm_text_for_people(char *buf, size_t size, const char *text)
{
	cm_strbuf shown;
	cm_strbuf_init(&shown);
	cm_text_shown(&shown, text ? text : "");
	size_t n = shown.failed || !shown.data ? 0 : shown.len;
	if (size == 0)
		n = 0;
	else if (n >= size) { /* cut at a character boundary */
		n = size - 1;
		while (n > 0 && ((unsigned char)shown.data[n] & 0xc0) == 0x80)
			n--;
	}
	if (size) {
		memcpy(buf, shown.data ? shown.data : "", n);
		buf[n] = '\0';
	}
	cm_strbuf_release(&shown);
	return buf;
}
