/* kinds.h: the kinds of incident a question takes in (notify --incident). */
#ifndef CM_KINDS_H
#define CM_KINDS_H

#include <stdio.h>

#include "schema.h"

#define CM_MAX_KINDS 256

/* Why a kind counts, best first. */
typedef enum cm_kind_reason {
	CM_KIND_NONE,
	CM_KIND_ASKED,   /* the kind asked about */
	CM_KIND_BROADER, /* a broader kind of it */
	CM_KIND_CAUSED   /* a kind it (or a broader kind) may cause */
} cm_kind_reason;

typedef struct cm_kind_match {
	const cm_vocabulary *vocabulary;
	const cm_term *asked;
	unsigned char reason[CM_MAX_KINDS]; /* cm_kind_reason, by term index */
	size_t via[CM_MAX_KINDS];           /* CM_KIND_CAUSED: the term that causes it */
} cm_kind_match;

/* The kinds a question about `asked` (a term's id or label) takes in,
 * following the vocabulary's `broader` and `causes` relations.  An unknown
 * kind is CM_EINVAL, with the message (and the kinds there are) in why. */
cm_status cm_kinds_ask(cm_kind_match *out, const cm_vocabulary *v, const char *asked,
		       const char *broader, const char *causes, char *why, size_t size);
/* The best-counting of a flow's kinds, or NULL when none counts. */
const cm_term *cm_kinds_best(const cm_kind_match *m, const char *const *kinds, size_t n,
			     cm_kind_reason *reason);
/* For a kind counted because another may cause it: that other kind. */
const cm_term *cm_kinds_via(const cm_kind_match *m, const cm_term *t);

#endif
