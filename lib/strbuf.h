/* strbuf.h: a growable byte buffer that remembers running out of memory. */
#ifndef CM_STRBUF_H
#define CM_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct cm_strbuf {
	char *data; /* always NUL-terminated once anything was added */
	size_t len, cap;
	int failed; /* an allocation failed; contents are incomplete */
} cm_strbuf;

void cm_strbuf_init(cm_strbuf *buf);
void cm_strbuf_release(cm_strbuf *buf);
/* Releases a working buffer whose text went into owner: a failure in it
 * is then a failure of owner's contents too. */
void cm_strbuf_release_into(cm_strbuf *buf, cm_strbuf *owner);
/* Empties buf for reuse, keeping its memory: its text is then "" (never
 * what it held before, as setting len to 0 alone would leave it). */
void cm_strbuf_clear(cm_strbuf *buf);
void cm_strbuf_add(cm_strbuf *buf, const char *data, size_t len);
/* Room for len more bytes at the end, to be written and then counted by
 * adding to buf->len; NULL when out of memory. */
char *cm_strbuf_room(cm_strbuf *buf, size_t len);
void cm_strbuf_adds(cm_strbuf *buf, const char *text);
void cm_strbuf_addc(cm_strbuf *buf, char c);
void cm_strbuf_addf(cm_strbuf *buf, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void cm_strbuf_vaddf(cm_strbuf *buf, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
/* Appends a template from data (a label), each "%s" in it replaced by the
 * next of the n arguments (nothing once they run out) and "%%" by "%";
 * nothing else in it is special, so a label can never act as a printf
 * format. */
void cm_strbuf_fill(cm_strbuf *buf, const char *template_text, const char *const *args,
		    size_t n);
void cm_strbuf_fill1(cm_strbuf *buf, const char *template_text, const char *arg);
void cm_strbuf_fill2(cm_strbuf *buf, const char *template_text, const char *a, const char *b);

/* Hands the contents to the caller (free() them) and empties buf. */
char *cm_strbuf_detach(cm_strbuf *buf, size_t *len);

#endif
