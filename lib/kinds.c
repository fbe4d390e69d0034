/*
 * kinds.c: what a question about one kind of incident takes in.  Asked
 * about K, a flow counts when one of its kinds is K itself, a broader kind
 * of K (every ransomware attack is a cyber incident, so what any cyber
 * incident sets off, a ransomware attack does too), or a kind that K or a
 * broader kind may cause (a ransomware attack may expose personal data),
 * or a broader kind of those.  The relations are the vocabulary's own,
 * named by the query; the vocabulary is small, so closures are computed
 * by repeated passes over it.
 */
#include "kinds.h"

#include <string.h>
#include <strings.h>

#include "fold.h"
#include "suggest.h"

static size_t term_index(const cm_vocabulary *v, const char *id)
{
	for (size_t i = 0; i < v->nterms; i++)
		if (strcmp(v->terms[i].id, id) == 0)
			return i;
	return v->nterms;
}

static const cm_query_param *relation(const cm_term *t, const char *name)
{
	for (size_t i = 0; name && i < t->nrelations; i++)
		if (strcmp(t->relations[i].key, name) == 0)
			return &t->relations[i];
	return NULL;
}

/* Marks the terms reached from marked ones along the relation with why,
 * until nothing changes; `via` records the term that led there. */
static void close_over(cm_kind_match *m, const char *rel, cm_kind_reason from_reason,
		       cm_kind_reason to_reason)
{
	const cm_vocabulary *v = m->vocabulary;
	for (int changed = 1; changed;) {
		changed = 0;
		for (size_t i = 0; i < v->nterms; i++) {
			if (m->reason[i] != from_reason && !(from_reason == CM_KIND_BROADER &&
							     m->reason[i] == CM_KIND_ASKED))
				continue;
			if (from_reason == CM_KIND_CAUSED && m->reason[i] != CM_KIND_CAUSED)
				continue;
			const cm_query_param *r = relation(&v->terms[i], rel);
			for (size_t k = 0; r && k < r->count; k++) {
				size_t j = term_index(v, r->names[k]);
				if (j < v->nterms && m->reason[j] == CM_KIND_NONE) {
					m->reason[j] = to_reason;
					m->via[j] = i;
					changed = 1;
				}
			}
		}
	}
}

/* The term text names: its id, or its label in either language, or the
 * same words folded ("data breach" for data-breach). */
static const cm_term *find_term(const cm_vocabulary *v, const char *text)
{
	cm_fold typed, id;
	cm_fold_plain(&typed, text);
	for (size_t i = 0; i < v->nterms; i++) {
		const cm_term *t = &v->terms[i];
		if (strcasecmp(t->id, text) == 0 || (t->label && strcasecmp(t->label, text) == 0) ||
		    (t->label_ja && strcmp(t->label_ja, text) == 0))
			return t;
		cm_fold_plain(&id, t->id);
		if (cm_fold_same(&typed, &id))
			return t;
	}
	return NULL;
}

cm_status cm_kinds_ask(cm_kind_match *out, const cm_vocabulary *v, const char *asked,
		       const char *broader, const char *causes, char *why, size_t size)
{
	memset(out, 0, sizeof(*out));
	out->vocabulary = v;
	if (!v || v->nterms > CM_MAX_KINDS) {
		snprintf(why, size, "the map declares no kinds of incident");
		return CM_EINVAL;
	}
	const cm_term *t = find_term(v, asked);
	if (!t) {
		/* the kinds people ask about: not the map's own (`ask: false`) */
		cm_suggest sg;
		cm_suggest_init(&sg, asked);
		for (size_t i = 0; i < v->nterms; i++)
			if (!v->terms[i].unasked)
				cm_suggest_offer(&sg, v->terms[i].id);
		size_t n = (size_t)snprintf(why, size, "unknown kind of incident '%s'%s%s%s; the kinds are",
				     asked, sg.best ? " (did you mean '" : "", sg.best ? sg.best : "",
				     sg.best ? "'?)" : "");
		for (size_t i = 0, listed = 0; i < v->nterms && n < size; i++)
			if (!v->terms[i].unasked)
				n += (size_t)snprintf(why + n, size - n, "%s %s", listed++ ? "," : "",
						      v->terms[i].id);
		return CM_EINVAL;
	}
	size_t k = (size_t)(t - v->terms);
	out->asked = t;
	out->reason[k] = CM_KIND_ASKED;
	close_over(out, broader, CM_KIND_BROADER, CM_KIND_BROADER);
	/* what the kind asked about may cause, before what broader kinds may */
	close_over(out, causes, CM_KIND_ASKED, CM_KIND_CAUSED);
	close_over(out, causes, CM_KIND_BROADER, CM_KIND_CAUSED);
	close_over(out, broader, CM_KIND_CAUSED, CM_KIND_CAUSED);
	return CM_OK;
}

const cm_term *cm_kinds_best(const cm_kind_match *m, const char *const *kinds, size_t n,
			     cm_kind_reason *reason)
{
	const cm_term *best = NULL;
	*reason = CM_KIND_NONE;
	for (size_t i = 0; i < n; i++) {
		size_t j = term_index(m->vocabulary, kinds[i]);
		if (j >= m->vocabulary->nterms || m->reason[j] == CM_KIND_NONE)
			continue;
		if (!best || m->reason[j] < *reason) {
			best = &m->vocabulary->terms[j];
			*reason = m->reason[j];
		}
	}
	return best;
}

const cm_term *cm_kinds_via(const cm_kind_match *m, const cm_term *t)
{
	size_t j = (size_t)(t - m->vocabulary->terms);
	return m->reason[j] == CM_KIND_CAUSED ? &m->vocabulary->terms[m->via[j]] : NULL;
}
