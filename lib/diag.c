/* diag.c: the list of diagnostics a caller passes to every library call. */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"
#include "text.h"

struct cm_diags {
	cm_diag *items;
	size_t count, cap;
	int out_of_memory;
};

static const cm_diag oom_diag = {NULL, 0, 0, "out of memory"};

cm_status cm_diags_new(cm_diags **out)
{
	*out = calloc(1, sizeof(**out));
	return *out ? CM_OK : CM_ENOMEM;
}

void cm_diags_clear(cm_diags *diags)
{
	for (size_t i = 0; i < diags->count; i++) {
		free((char *)diags->items[i].file);
		free((char *)diags->items[i].message);
	}
	diags->count = 0;
	diags->out_of_memory = 0;
}

void cm_diags_truncate(cm_diags *diags, size_t count)
{
	for (size_t i = count; i < diags->count; i++) {
		free((char *)diags->items[i].file);
		free((char *)diags->items[i].message);
	}
	if (count < diags->count)
		diags->count = count;
	if (count <= diags->count)
		diags->out_of_memory = 0;
}

void cm_diags_free(cm_diags *diags)
{
	if (!diags)
		return;
	cm_diags_clear(diags);
	free(diags->items);
	free(diags);
}

size_t cm_diags_count(const cm_diags *diags)
{
	return diags->count + (diags->out_of_memory ? 1 : 0);
}

const cm_diag *cm_diags_at(const cm_diags *diags, size_t i)
{
	return i < diags->count ? &diags->items[i] : &oom_diag;
}

static int diags_reserve(cm_diags *diags)
{
	if (diags->count < diags->cap)
		return 1;
	size_t cap = diags->cap ? diags->cap * 2 : 16;
	cm_diag *items = realloc(diags->items, cap * sizeof(*items));
	if (!items)
		return 0;
	diags->items = items;
	diags->cap = cap;
	return 1;
}

/* A copy of text as people may see it (text.h), or NULL. */
static char *shown(const char *text)
{
	if (!text)
		return NULL;
	cm_strbuf out;
	cm_strbuf_init(&out);
	cm_text_shown(&out, text);
	return cm_strbuf_detach(&out, NULL);
}

static void add(cm_diags *diags, const char *file, unsigned line, unsigned column,
		const char *fmt, va_list ap) __attribute__((format(printf, 5, 0)));

static void add(cm_diags *diags, const char *file, unsigned line, unsigned column,
		const char *fmt, va_list ap)
{
	if (!diags)
		return;
	cm_strbuf msg;
	cm_strbuf_init(&msg);
	cm_strbuf_vaddf(&msg, fmt, ap);
	/* a message quotes file names and values as they are, and it goes to
	 * a terminal: the rule for text shown to people applies to all of it */
	char *text = shown(msg.failed || !msg.data ? NULL : msg.data);
	cm_strbuf_release(&msg);
	char *where = file ? shown(file) : NULL;
	if (!text || (file && !where) || !diags_reserve(diags)) {
		free(text);
		free(where);
		diags->out_of_memory = 1;
		return;
	}
	cm_diag *d = &diags->items[diags->count++];
	d->file = where;
	d->line = file ? line : 0;
	d->column = file ? column : 0;
	d->message = text;
}

void cm_diag_add(cm_diags *diags, const char *file, unsigned line,
		 unsigned column, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	add(diags, file, line, column, fmt, ap);
	va_end(ap);
}

/* The public name, for programs that report problems of their own. */
void cm_diags_add(cm_diags *diags, const char *file, unsigned line, unsigned column,
		  const char *format, ...)
{
	va_list ap;
	va_start(ap, format);
	add(diags, file, line, column, format, ap);
	va_end(ap);
}

const char *cm_diag_quote(char *buf, size_t size, const char *text)
{
	size_t n = 0, limit = size > 4 ? size - 4 : 0;
	/* control characters are left to cm_diag_add, which makes the whole
	 * message safe by the one rule */
	for (const char *p = text; *p && n < limit; p++)
		buf[n++] = *p;
	if (text[n] && n == limit) {
		/* do not cut a UTF-8 sequence in half */
		while (n > 0 && ((unsigned char)text[n] & 0xc0) == 0x80)
			n--;
		memcpy(buf + n, "...", 3);
		n += 3;
	}
	buf[n] = '\0';
	return buf;
}
