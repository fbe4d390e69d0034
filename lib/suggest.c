/* suggest.c: "did you mean": bounded Levenshtein distance, O(len(a) * len(b))
 * on short words, else a candidate holding the word as a whole part. */
#include "suggest.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "diag.h"

#define MAX_DISTANCE 2
#define MAX_WORD 64

unsigned cm_edit_distance(const char *a, const char *b, unsigned limit)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la > MAX_WORD || lb > MAX_WORD)
		return limit + 1;
	if ((la > lb ? la - lb : lb - la) > limit)
		return limit + 1;
	unsigned row[MAX_WORD + 1];
	for (size_t j = 0; j <= lb; j++)
		row[j] = (unsigned)j;
	for (size_t i = 1; i <= la; i++) {
		unsigned diag = row[0], best = row[0] = (unsigned)i;
		for (size_t j = 1; j <= lb; j++) {
			unsigned up = row[j];
			int same = tolower((unsigned char)a[i - 1]) ==
				   tolower((unsigned char)b[j - 1]);
			unsigned v = diag + (same ? 0 : 1);
			if (up + 1 < v)
				v = up + 1;
			if (row[j - 1] + 1 < v)
				v = row[j - 1] + 1;
			row[j] = v;
			diag = up;
			if (v < best)
				best = v;
		}
		if (best > limit)
			return limit + 1;
	}
	return row[lb] <= limit ? row[lb] : limit + 1;
}

const char *cm_suggest_message(char *buf, size_t size, const char *what,
			       const cm_suggest *s)
{
	char word[80], best[80];
	cm_diag_quote(word, sizeof word, s->word);
	if (s->best)
		snprintf(buf, size, "unknown %s '%s' (did you mean '%s'?)", what, word,
			 cm_diag_quote(best, sizeof best, s->best));
	else
		snprintf(buf, size, "unknown %s '%s'", what, word);
	return buf;
}

void cm_suggest_init(cm_suggest *s, const char *word)
{
	s->word = word;
	s->best = NULL;
	s->best_distance = MAX_DISTANCE + 1;
}

static int separator(char c)
{
	return c == '-' || c == '_' || c == '.' || c == ' ';
}

/* Whether word is whole parts of candidate, the parts split at '-', '_',
 * '.' and spaces (ASCII case aside): "outage" in "service-outage",
 * "one-sided" in "one-sided-lead". */
static int whole_part(const char *word, const char *candidate)
{
	size_t n = strlen(word);
	if (n < 3)
		return 0; /* "of" is a part of too much */
	for (const char *p = candidate; *p;) {
		if (strncasecmp(p, word, n) == 0 && (p[n] == '\0' || separator(p[n])))
			return 1;
		while (*p && !separator(*p))
			p++;
		p += *p != '\0';
	}
	return 0;
}

/* A candidate within edit distance 2 beats one that only holds the word
 * as a part of it (ranked as distance 3), and the first of those is kept. */
void cm_suggest_offer(cm_suggest *s, const char *candidate)
{
	if (!candidate || strcmp(candidate, s->word) == 0)
		return;
	if (s->best && s->best_distance == 0)
		return;
	unsigned limit = s->best ? s->best_distance - 1 : MAX_DISTANCE;
	unsigned d = cm_edit_distance(s->word, candidate, limit);
	if (d <= limit && (!s->best || d < s->best_distance)) {
		s->best = candidate;
		s->best_distance = d;
	} else if (!s->best && whole_part(s->word, candidate)) {
		s->best = candidate;
		s->best_distance = MAX_DISTANCE + 1;
	}
}

void cm_suggest_offer_each(cm_suggest *s, const void *entries, size_t n, size_t stride,
			   size_t offset)
{
	const char *base = entries;
	for (size_t i = 0; base && i < n; i++)
		cm_suggest_offer(s, *(const char *const *)(base + i * stride + offset));
}

void cm_suggest_report(cm_diags *diags, const char *file, unsigned line, unsigned column,
		       const char *what, const char *word, const void *entries, size_t n,
		       size_t stride, size_t offset)
{
	cm_suggest sg;
	char message[256];
	cm_suggest_init(&sg, word);
	cm_suggest_offer_each(&sg, entries, n, stride, offset);
	cm_diag_add(diags, file, line, column, "%s",
		    cm_suggest_message(message, sizeof message, what, &sg));
}
