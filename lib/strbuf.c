/* strbuf.c: growable buffer; capacity doubles so appends are amortised O(1). */
#include "strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cm_strbuf_init(cm_strbuf *buf)
{
	buf->data = NULL;
	buf->len = buf->cap = 0;
	buf->failed = 0;
}

void cm_strbuf_release(cm_strbuf *buf)
{
	free(buf->data);
	cm_strbuf_init(buf);
}

void cm_strbuf_release_into(cm_strbuf *buf, cm_strbuf *owner)
{
	if (buf->failed && owner)
		owner->failed = 1;
	cm_strbuf_release(buf);
}

void cm_strbuf_clear(cm_strbuf *buf)
{
	buf->len = 0;
	if (buf->data)
		buf->data[0] = '\0';
}

static int reserve(cm_strbuf *buf, size_t extra)
{
	if (buf->failed)
		return 0;
	if (extra >= (size_t)-1 / 2 - buf->len) {
		buf->failed = 1;
		return 0;
	}
	size_t need = buf->len + extra + 1;
	if (need <= buf->cap)
		return 1;
	size_t cap = buf->cap ? buf->cap : 256;
	while (cap < need)
		cap *= 2;
	char *data = realloc(buf->data, cap);
	if (!data) {
		buf->failed = 1;
		return 0;
	}
	buf->data = data;
	buf->cap = cap;
	return 1;
}

char *cm_strbuf_room(cm_strbuf *buf, size_t len)
{
	return reserve(buf, len) ? buf->data + buf->len : NULL;
}

void cm_strbuf_add(cm_strbuf *buf, const char *data, size_t len)
{
	if (!reserve(buf, len))
		return;
	memcpy(buf->data + buf->len, data, len);
	buf->len += len;
	buf->data[buf->len] = '\0';
}

void cm_strbuf_adds(cm_strbuf *buf, const char *text)
{
	cm_strbuf_add(buf, text, strlen(text));
}

void cm_strbuf_addc(cm_strbuf *buf, char c)
{
	cm_strbuf_add(buf, &c, 1);
}

void cm_strbuf_vaddf(cm_strbuf *buf, const char *fmt, va_list ap)
{
	va_list copy;
	va_copy(copy, ap);
	int n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n < 0 || !reserve(buf, (size_t)n))
		return;
	vsnprintf(buf->data + buf->len, (size_t)n + 1, fmt, ap);
	buf->len += (size_t)n;
}

void cm_strbuf_addf(cm_strbuf *buf, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	cm_strbuf_vaddf(buf, fmt, ap);
	va_end(ap);
}

char *cm_strbuf_detach(cm_strbuf *buf, size_t *len)
{
	if (!buf->data && reserve(buf, 0))
		buf->data[0] = '\0';
	char *data = buf->failed ? NULL : buf->data;
	if (buf->failed)
		free(buf->data);
	if (len)
		*len = buf->len;
	cm_strbuf_init(buf);
	return data;
}

void cm_strbuf_fill(cm_strbuf *buf, const char *template_text, const char *const *args,
		    size_t n)
{
	size_t next = 0;
	for (const char *p = template_text; *p; p++) {
		if (p[0] == '%' && p[1] == 's') {
			if (next < n && args[next])
				cm_strbuf_adds(buf, args[next]);
			next++;
			p++;
		} else if (p[0] == '%' && p[1] == '%') {
			cm_strbuf_addc(buf, '%');
			p++;
		} else {
			cm_strbuf_addc(buf, *p);
		}
	}
}

void cm_strbuf_fill1(cm_strbuf *buf, const char *template_text, const char *arg)
{
	cm_strbuf_fill(buf, template_text, &arg, 1);
}

void cm_strbuf_fill2(cm_strbuf *buf, const char *template_text, const char *a, const char *b)
{
	const char *args[] = {a, b};
	cm_strbuf_fill(buf, template_text, args, 2);
}
