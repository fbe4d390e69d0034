/* text.h: the one rule for characters that must never reach an output raw. */
#ifndef CM_TEXT_H
#define CM_TEXT_H

#include <stddef.h>

#include "strbuf.h"

/*
 * The unsafe characters are the C0 controls (U+0000-U+001F), DEL (U+007F),
 * the C1 controls (U+0080-U+009F) and the Unicode direction controls
 * (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069).  A terminal acts
 * on the first three (escape sequences, CSI, OSC, NEL); the last reorder
 * what follows them.  No output carries one raw:
 * - formats read by programs escape them, so the text stays exact
 *   (JSON, TSV, Cypher; GraphML where XML can say it);
 * - everything read by people (text, diagrams, the site and its search
 *   index, CSV, diagnostics) shows a control as a space and drops a
 *   direction control (cm_char_shown); a byte that starts no UTF-8
 *   character (only file names and arguments can hold one: the loader
 *   refuses invalid UTF-8) is shown as U+FFFD, the replacement character.
 * This file is the only one that knows the set.
 */
typedef enum cm_char_class {
	CM_CHAR_SAFE,
	CM_CHAR_CONTROL,  /* C0, DEL, C1, or a byte that starts no UTF-8 character */
	CM_CHAR_DIRECTION /* a Unicode direction control */
} cm_char_class;

/* The class of the character text starts with (not at its NUL); *len is
 * its length in bytes and *cp its code point (the byte itself for a byte
 * that starts no valid UTF-8 character). */
cm_char_class cm_char_at(const char *text, size_t *len, unsigned *cp);

/* What people are shown for a character of class c and len bytes that
 * is not safe: a space, nothing, or U+FFFD. */
const char *cm_char_shown(cm_char_class c, size_t len, unsigned cp);

/* Appends text as people may see it: controls as spaces, direction
 * controls dropped, bytes that are no UTF-8 as U+FFFD. */
void cm_text_shown(cm_strbuf *out, const char *text);

/* Whether text[0..len) is valid UTF-8 (no overlong forms, surrogates or
 * code points past U+10FFFF) without a NUL: what the parser and the loader
 * let through. */
int cm_text_valid(const char *text, size_t len);

#endif
