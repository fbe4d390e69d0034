/* suggest.h: "did you mean" -- the closest candidate within edit distance 2. */
#ifndef CM_SUGGEST_H
#define CM_SUGGEST_H

#include <stddef.h>

typedef struct cm_suggest {
	const char *word;
	const char *best; /* NULL until a close enough candidate is offered */
	unsigned best_distance;
} cm_suggest;

void cm_suggest_init(cm_suggest *s, const char *word);
/* Considers candidate; the first of equally close candidates is kept. */
void cm_suggest_offer(cm_suggest *s, const char *candidate);
/* "unknown WHAT 'WORD'", followed by " (did you mean 'BEST'?)" when a
 * candidate was close enough; written into buf, which is returned. */
const char *cm_suggest_message(char *buf, size_t size, const char *what,
			       const cm_suggest *s);
/* Levenshtein distance ignoring ASCII case, or limit+1 if over limit. */
unsigned cm_edit_distance(const char *a, const char *b, unsigned limit);

#endif
