/* suggest.h: "did you mean" -- the closest candidate within edit distance 2,
 * else the first that holds the word as a whole part ("outage" in
 * "service-outage"). */
#ifndef CM_SUGGEST_H
#define CM_SUGGEST_H

#include <stddef.h>

typedef struct cm_suggest {
	const char *word;
	const char *best; /* NULL until a close enough candidate is offered */
	unsigned best_distance; /* 3 for a candidate holding the word as a part */
} cm_suggest;

void cm_suggest_init(cm_suggest *s, const char *word);
/* Considers candidate; the first of equally close candidates is kept. */
void cm_suggest_offer(cm_suggest *s, const char *candidate);
/* Offers the name of each of n entries of an array of structs: stride
 * bytes apart, the name (a const char *) at offset.  CM_SUGGEST_FIELDS
 * writes stride and offset from the type and the field. */
void cm_suggest_offer_each(cm_suggest *s, const void *entries, size_t n, size_t stride,
			   size_t offset);
#define CM_SUGGEST_FIELDS(type, field) sizeof(type), offsetof(type, field)
/* The "did you mean" of word among the names of n entries, as a
 * diagnostic "unknown WHAT 'WORD' (did you mean 'BEST'?)" at file:line:
 * column (file NULL for none): the usual case in one call. */
struct cm_diags;
void cm_suggest_report(struct cm_diags *diags, const char *file, unsigned line,
		       unsigned column, const char *what, const char *word, const void *entries,
		       size_t n, size_t stride, size_t offset);
/* "unknown WHAT 'WORD'", followed by " (did you mean 'BEST'?)" when a
 * candidate was close enough; written into buf, which is returned. */
const char *cm_suggest_message(char *buf, size_t size, const char *what,
			       const cm_suggest *s);
/* Levenshtein distance ignoring ASCII case, or limit+1 if over limit. */
unsigned cm_edit_distance(const char *a, const char *b, unsigned limit);

#endif
