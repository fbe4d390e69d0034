/*
 * fold.c: text as the resolver compares it -- a list of words.  Width is
 * folded (full-width ASCII to ASCII, half-width katakana to full-width,
 * voiced marks composed), ASCII case is folded, dots and apostrophes are
 * dropped (U.S. = US), other punctuation and spaces separate words, and
 * English plurals lose their s.  Then the schema's synonyms replace word
 * sequences with their canonical form, and filler words are dropped
 * (unless nothing else is left).  Linear in the text.
 */
#include "fold.h"

#include <string.h>

#include "utf8.h"

/* Half-width katakana U+FF66..U+FF9D, as full-width. */
static const unsigned short halfwidth_kana[] = {
	0x30F2, 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30E3, 0x30E5, 0x30E7, 0x30C3,
	0x30FC, 0x30A2, 0x30A4, 0x30A6, 0x30A8, 0x30AA, 0x30AB, 0x30AD, 0x30AF, 0x30B1,
	0x30B3, 0x30B5, 0x30B7, 0x30B9, 0x30BB, 0x30BD, 0x30BF, 0x30C1, 0x30C4, 0x30C6,
	0x30C8, 0x30CA, 0x30CB, 0x30CC, 0x30CD, 0x30CE, 0x30CF, 0x30D2, 0x30D5, 0x30D8,
	0x30DB, 0x30DE, 0x30DF, 0x30E0, 0x30E1, 0x30E2, 0x30E4, 0x30E6, 0x30E8, 0x30E9,
	0x30EA, 0x30EB, 0x30EC, 0x30ED, 0x30EF, 0x30F3,
};

/* Katakana that take the voiced mark (ka..to, ha..ho) or the semi-voiced
 * one (ha..ho): the composed letter is the next code point (or the one
 * after, for the semi-voiced mark); ウ takes ヴ. */
static unsigned voiced(unsigned base, int semi)
{
	if (!semi && base == 0x30A6)
		return 0x30F4;
	int ka_to = base >= 0x30AB && base <= 0x30C8 && (base - 0x30AB) % 2 == 0;
	if (base == 0x30C4 || base == 0x30C6 || base == 0x30C8)
		ka_to = 1;
	int ha_ho = base >= 0x30CF && base <= 0x30DB && (base - 0x30CF) % 3 == 0;
	if (semi)
		return ha_ho ? base + 2 : 0;
	return ka_to || ha_ho ? base + 1 : 0;
}

typedef enum char_class { WORD, DROP, SEPARATE } char_class;

static char_class classify(unsigned cp)
{
	if (cp < 0x80) {
		if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9'))
			return WORD;
		return cp == '.' || cp == '\'' ? DROP : SEPARATE;
	}
	if (cp == 0x2019 || cp == 0x2018) /* typographic apostrophes */
		return DROP;
	if ((cp >= 0x3000 && cp <= 0x303F && cp != 0x3005) || cp == 0x30FB || cp == 0xFF65 ||
	    (cp >= 0x2000 && cp <= 0x206F) || cp == 0x00A0)
		return SEPARATE; /* CJK punctuation, ・, general punctuation and spaces */
	return WORD;
}

/* Full-width ASCII, the ideographic space and half-width katakana. */
static unsigned narrow(unsigned cp)
{
	if (cp >= 0xFF01 && cp <= 0xFF5E)
		return cp - 0xFEE0;
	if (cp == 0x3000)
		return ' ';
	if (cp >= 0xFF66 && cp <= 0xFF9D)
		return halfwidth_kana[cp - 0xFF66];
	return cp;
}

static int is_ascii_word(const char *w, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)w[i] >= 0x80)
			return 0;
	return 1;
}

/* "services" -> "service"; short words and -ss, -us, -is stay. */
static size_t singular(const char *w, size_t len)
{
	if (len > 3 && w[len - 1] == 's' && is_ascii_word(w, len) && w[len - 2] != 's' &&
	    !(w[len - 2] == 'u' && len < 6) && w[len - 2] != 'i')
		return len - 1;
	return len;
}

static void fold_init(cm_fold *f)
{
	f->nwords = f->used = 0;
	f->text[0] = '\0';
}

static int push_word(cm_fold *f, const char *start, size_t len)
{
	if (f->nwords == CM_FOLD_MAX_WORDS || f->used + len + 1 > sizeof(f->text))
		return 0;
	len = singular(start, len);
	char *w = f->text + f->used;
	memmove(w, start, len);
	w[len] = '\0';
	f->at[f->nwords++] = (unsigned short)f->used;
	f->used += len + 1;
	return 1;
}

/* The characters of text, narrowed and case-folded, in buf. */
static size_t narrow_text(char *buf, size_t size, const char *text)
{
	size_t n = 0;
	const unsigned char *p = (const unsigned char *)text;
	while (*p && n + 8 < size) {
		unsigned cp;
		size_t len = cm_utf8_decode((const char *)p, &cp);
		if (len == 0) { /* not UTF-8: a separator, so it cannot join words */
			cp = ' ';
			len = 1;
		}
		p += len;
		cp = narrow(cp);
		if ((cp == 0xFF9E || cp == 0xFF9F || cp == 0x309B || cp == 0x309C) && n >= 3) {
			unsigned prev;
			if (cm_utf8_decode(buf + n - 3, &prev) == 3) {
				unsigned composed = voiced(prev, cp == 0xFF9F || cp == 0x309C);
				if (composed) {
					n -= 3;
					n += cm_utf8_encode(buf + n, composed);
					continue;
				}
			}
		}
		if (cp >= 'A' && cp <= 'Z')
			cp += 'a' - 'A';
		n += cm_utf8_encode(buf + n, cp);
	}
	buf[n] = '\0';
	return n;
}

/* Splits narrowed text into words. */
static void split(cm_fold *f, const char *text)
{
	const char *p = text, *word = NULL;
	char joined[CM_FOLD_MAX_BYTES];
	size_t jn = 0;
	while (1) {
		unsigned cp = 0;
		size_t len = *p ? cm_utf8_decode(p, &cp) : 0;
		char_class c = len ? classify(cp) : SEPARATE;
		if (c == WORD) {
			if (!word)
				word = p;
			if (jn + len < sizeof joined) {
				memcpy(joined + jn, p, len);
				jn += len;
			}
		} else if (c == SEPARATE && word) {
			if (!push_word(f, joined, jn))
				return;
			word = NULL;
			jn = 0;
		}
		if (!len)
			return;
		p += len;
	}
}

static int words_equal(const cm_fold *f, size_t at, const cm_fold *phrase)
{
	if (at + phrase->nwords > f->nwords)
		return 0;
	for (size_t i = 0; i < phrase->nwords; i++)
		if (strcmp(cm_fold_word(f, at + i), cm_fold_word(phrase, i)) != 0)
			return 0;
	return 1;
}

/* Replaces every occurrence of a variant with its canonical words. */
static void apply_synonyms(cm_fold *f, const cm_fold_rules *rules)
{
	if (!rules || !rules->nsynonyms)
		return;
	cm_fold out;
	fold_init(&out);
	for (size_t at = 0; at < f->nwords;) {
		const cm_fold_synonym *hit = NULL;
		for (size_t s = 0; s < rules->nsynonyms && !hit; s++)
			if (rules->synonyms[s].variant.nwords &&
			    words_equal(f, at, &rules->synonyms[s].variant))
				hit = &rules->synonyms[s];
		if (!hit) {
			const char *w = cm_fold_word(f, at++);
			push_word(&out, w, strlen(w));
			continue;
		}
		for (size_t i = 0; i < hit->canonical.nwords; i++) {
			const char *w = cm_fold_word(&hit->canonical, i);
			push_word(&out, w, strlen(w));
		}
		at += hit->variant.nwords;
	}
	memcpy(f, &out, sizeof(out));
}

static int is_filler(const cm_fold_rules *rules, const char *word)
{
	for (size_t i = 0; rules && i < rules->nfiller; i++)
		if (strcmp(rules->filler[i], word) == 0)
			return 1;
	return 0;
}

static void drop_filler(cm_fold *f, const cm_fold_rules *rules)
{
	size_t kept = 0;
	for (size_t i = 0; i < f->nwords; i++)
		if (!is_filler(rules, cm_fold_word(f, i)))
			kept++;
	if (kept == 0)
		return; /* only filler: keep it, it is all the user said */
	size_t n = 0;
	for (size_t i = 0; i < f->nwords; i++)
		if (!is_filler(rules, cm_fold_word(f, i)))
			f->at[n++] = f->at[i];
	f->nwords = n;
}

void cm_fold_plain(cm_fold *f, const char *text)
{
	char narrowed[CM_FOLD_MAX_BYTES];
	fold_init(f);
	narrow_text(narrowed, sizeof narrowed, text);
	split(f, narrowed);
}

void cm_fold_text(cm_fold *f, const char *text, const cm_fold_rules *rules)
{
	cm_fold_plain(f, text);
	apply_synonyms(f, rules);
	drop_filler(f, rules);
}

int cm_fold_same(const cm_fold *a, const cm_fold *b)
{
	if (a->nwords != b->nwords || a->nwords == 0)
		return 0;
	for (size_t i = 0; i < a->nwords; i++)
		if (strcmp(cm_fold_word(a, i), cm_fold_word(b, i)) != 0)
			return 0;
	return 1;
}
