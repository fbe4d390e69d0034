/* fold.h: text as the resolver compares it, a short list of folded words. */
#ifndef CM_FOLD_H
#define CM_FOLD_H

#include <stddef.h>

#define CM_FOLD_MAX_WORDS 24
#define CM_FOLD_MAX_BYTES 512 /* longer text is folded as far as this */

/* Words live in text, NUL-separated; word i starts at text + at[i]. */
typedef struct cm_fold {
	char text[CM_FOLD_MAX_BYTES];
	unsigned short at[CM_FOLD_MAX_WORDS];
	size_t nwords, used;
} cm_fold;

/* A synonym: a variant word sequence and the canonical one it stands for. */
typedef struct cm_fold_synonym {
	cm_fold variant, canonical;
} cm_fold_synonym;

/* The schema's resolve section, folded once at load. */
typedef struct cm_fold_rules {
	const char **filler; /* folded words */
	size_t nfiller;
	cm_fold_synonym *synonyms;
	size_t nsynonyms;
} cm_fold_rules;

static inline const char *cm_fold_word(const cm_fold *f, size_t i)
{
	return f->text + f->at[i];
}

/* Width, case and punctuation folded, plurals singular: no rules. */
void cm_fold_plain(cm_fold *out, const char *text);
/* The same, then synonyms replaced and filler dropped (rules may be NULL). */
void cm_fold_text(cm_fold *out, const char *text, const cm_fold_rules *rules);
/* The same words in the same order (and at least one). */
int cm_fold_same(const cm_fold *a, const cm_fold *b);

#endif
