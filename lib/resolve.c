/*
 * resolve.c: turns what a user typed into a node.  One resolver serves
 * every command.  Each node is scored by its best name -- its name, the
 * last part of its id read as words, and every attribute the schema marks
 * `resolve: true` -- against the text, folded (lib/fold.c):
 *
 *   exact id, then the same words as a name (case, width and punctuation
 *   aside), then the same words after synonyms, filler and plurals (in any
 *   order), then every word typed found whole in a name, then every word
 *   typed beginning a word of a name (for Japanese, found inside one).
 *
 * Within the best rank, the node types the command expects come first,
 * then nodes in force at the view's day before pending, ended and
 * undecided ones, then the side --country names.  Candidates still tied
 * are one answer when the query's own `also` edges join them, or when
 * they are one body's succession (the latest is taken); otherwise the
 * caller is told which ones tie.  With no match at all, the closest node
 * by edit distance on words is offered.  Linear in the nodes and names.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "fold.h"
#include "graph.h"
#include "intern.h"
#include "strbuf.h"
#include "suggest.h"
#include "view.h"

#define MAX_EXPECTED 16

typedef struct want {
	const cm_node_type *types[MAX_EXPECTED]; /* the types the command expects, or none */
	size_t ntypes;
	const char *const *also; /* edge types that make tied candidates one answer */
	size_t nalso;
} want;

typedef struct query_text {
	const char *raw;
	cm_fold plain, folded;
} query_text;

static int word_in(const cm_fold *f, const char *word)
{
	for (size_t i = 0; i < f->nwords; i++)
		if (strcmp(cm_fold_word(f, i), word) == 0)
			return 1;
	return 0;
}

static int all_words_in(const cm_fold *q, const cm_fold *c)
{
	if (!q->nwords)
		return 0;
	for (size_t i = 0; i < q->nwords; i++)
		if (!word_in(c, cm_fold_word(q, i)))
			return 0;
	return 1;
}

static int is_ascii(const char *w)
{
	for (; *w; w++)
		if ((unsigned char)*w >= 0x80)
			return 0;
	return 1;
}

static int begins(const char *typed, const char *word)
{
	return strncmp(word, typed, strlen(typed)) == 0;
}

/* A Japanese word typed (no spaces to split on) of at least two
 * characters found inside a word of the name. */
static int inside(const char *typed, const char *word)
{
	return !is_ascii(typed) && strlen(typed) >= 6 && strstr(word, typed) != NULL;
}

static int every_word(const cm_fold *q, const cm_fold *c, int (*test)(const char *, const char *))
{
	if (!q->nwords)
		return 0;
	for (size_t i = 0; i < q->nwords; i++) {
		int found = 0;
		for (size_t k = 0; k < c->nwords && !found; k++)
			found = test(cm_fold_word(q, i), cm_fold_word(c, k)) ||
				(test == inside && begins(cm_fold_word(q, i), cm_fold_word(c, k)));
		if (!found)
			return 0;
	}
	return 1;
}

/* A match and, as a tie-break, how many more words than typed the name
 * has: "Cyber Command" is likelier US Cyber Command than a longer name. */
typedef struct rating {
	cm_match match;
	size_t extra;
} rating;

static rating best_of(rating a, rating b)
{
	if (a.match == CM_MATCH_NONE)
		return b;
	if (b.match == CM_MATCH_NONE)
		return a;
	if (a.match != b.match)
		return a.match < b.match ? a : b;
	return a.extra <= b.extra ? a : b;
}

static cm_match rate_folded(const query_text *q, const cm_fold *folded);

/* How well one name matches. */
static rating rate_name(const cm_map *map, const query_text *q, const char *name)
{
	cm_fold plain, folded;
	cm_fold_plain(&plain, name);
	if (cm_fold_same(&q->plain, &plain))
		return (rating){CM_MATCH_NAME, 0};
	cm_fold_text(&folded, name, &map->schema.fold);
	rating r = {rate_folded(q, &folded), 0};
	if (folded.nwords > q->folded.nwords)
		r.extra = folded.nwords - q->folded.nwords;
	return r;
}

static cm_match rate_folded(const query_text *q, const cm_fold *f)
{
	if (cm_fold_same(&q->folded, f) ||
	    (q->folded.nwords == f->nwords && all_words_in(&q->folded, f)))
		return CM_MATCH_WORDS;
	if (all_words_in(&q->folded, f))
		return CM_MATCH_SOME_WORDS;
	if (every_word(&q->folded, f, begins))
		return CM_MATCH_PREFIXES;
	if (every_word(&q->folded, f, inside))
		return CM_MATCH_INSIDE;
	return CM_MATCH_NONE;
}

static const char *id_tail(const cm_node *n)
{
	const char *dot = strrchr(n->id, '.');
	return dot ? dot + 1 : n->id;
}

static rating rate_node(const cm_map *map, const query_text *q, const cm_node *n)
{
	if (strcasecmp(n->id, q->raw) == 0)
		return (rating){CM_MATCH_ID, 0};
	/* the last part of an id read as words is a good match, not an exact one */
	rating tail = rate_name(map, q, id_tail(n));
	if (tail.match == CM_MATCH_NAME)
		tail.match = CM_MATCH_WORDS;
	rating best = best_of(rate_name(map, q, n->name), tail);
	for (size_t i = 0; i < n->nattrs && best.match != CM_MATCH_NAME; i++) {
		const cm_attr *a = &n->attrs[i];
		if (!(a->def->flags & CM_ATTR_RESOLVE))
			continue;
		if (a->text)
			best = best_of(best, rate_name(map, q, a->text));
		for (size_t k = 0; k < a->nitems; k++)
			best = best_of(best, rate_name(map, q, a->items[k]));
	}
	return best;
}

/* In force, pending, ended, or not decided yet on the view's day. */
static int presence_order(const cm_view *view, const cm_node *n)
{
	cm_presence p = cm_node_presence(view, n);
	if (p == CM_CURRENT)
		return 0;
	if (p == CM_PENDING)
		return 1;
	if (view->country && n->side && strcmp(n->side, view->country) != 0)
		return n->until <= view->as_of ? 2 : n->since > view->as_of ? 3 : 0;
	return n->until <= view->as_of ? 2 : 3;
}

static int expected(const want *w, const cm_node *n)
{
	return !w->ntypes || cm_node_type_in(n->type, (const cm_node_type *const *)w->types,
					     w->ntypes);
}

static int other_side(const cm_view *view, const cm_node *n)
{
	return view->country && n->side && strcmp(n->side, view->country) != 0;
}

/* A sort key: lower is better.  A node of a type the query expects beats
 * any other, whatever the rank: `function telecom` means the function,
 * though a sector's name matches better, since only a function will do.
 * So does a node of the side --country names.  Then the rank, then nodes
 * in force, then the name with the fewest words besides those typed. */
static long key_of(const cm_view *view, const want *w, const cm_node *n, rating r)
{
	return (expected(w, n) ? 0 : 1000000) + (other_side(view, n) ? 500000 : 0) +
	       (long)r.match * 10000 + presence_order(view, n) * 1000 +
	       (long)(r.extra > 99 ? 99 : r.extra);
}

static int joined_by(const cm_node *a, const cm_node *b, const char *const *types, size_t n)
{
	for (size_t i = 0; i < a->nout; i++)
		if (a->out[i]->to == b)
			for (size_t t = 0; t < n; t++)
				if (a->out[i]->type->name == types[t])
					return 1;
	for (size_t i = 0; i < a->nin; i++)
		if (a->in[i]->from == b)
			for (size_t t = 0; t < n; t++)
				if (a->in[i]->type->name == types[t])
					return 1;
	return 0;
}

static const cm_node *successor_of(const cm_node *n)
{
	for (size_t i = 0; i < n->nout; i++)
		if (n->out[i]->type->succession)
			return n->out[i]->to;
	return NULL;
}

/* Tied candidates that the query's own traversal joins are one answer. */
static int one_answer_by_also(const want *w, const cm_resolution *r)
{
	if (!w->nalso || r->ncandidates > CM_MAX_CANDIDATES)
		return 0;
	for (size_t i = 1; i < r->ncandidates; i++)
		if (!joined_by(r->candidates[0], r->candidates[i], w->also, w->nalso))
			return 0;
	return 1;
}

/* Tied ended candidates that succeed one another: the latest of them. */
static const cm_node *latest_in_succession(const cm_resolution *r)
{
	if (r->ncandidates > CM_MAX_CANDIDATES)
		return NULL;
	const cm_node *last = NULL;
	for (size_t i = 0; i < r->ncandidates; i++) {
		const cm_node *n = r->candidates[i];
		int succeeded_by_another = 0;
		for (const cm_node *s = successor_of(n); s; s = successor_of(s)) {
			for (size_t k = 0; k < r->ncandidates; k++)
				if (r->candidates[k] == s)
					succeeded_by_another = 1;
			if (s == n)
				break;
		}
		if (!succeeded_by_another) {
			if (last)
				return NULL; /* two ends: not one chain */
			last = n;
		}
	}
	for (size_t i = 0; last && i < r->ncandidates; i++)
		if (r->candidates[i] != last) {
			int before = 0;
			for (const cm_node *s = successor_of(r->candidates[i]); s && !before;
			     s = successor_of(s))
				before = s == last;
			if (!before)
				return NULL;
		}
	return last;
}

/* The body in force now along the succession from an ended one. */
static const cm_node *current_successor(const cm_view *view, const cm_node *n)
{
	const cm_node *s = successor_of(n);
	for (int steps = 0; s && steps < 64; steps++, s = successor_of(s))
		if (cm_node_presence(view, s) != CM_GONE)
			return s;
	return NULL;
}

static const cm_node *predecessor_of(const cm_node *n)
{
	for (size_t i = 0; i < n->nin; i++)
		if (n->in[i]->type->succession)
			return n->in[i]->from;
	return NULL;
}

/* The body in force on the view's day before one that had not begun. */
static const cm_node *current_predecessor(const cm_view *view, const cm_node *n)
{
	const cm_node *p = predecessor_of(n);
	for (int steps = 0; p && steps < 64; steps++, p = predecessor_of(p))
		if (cm_node_presence(view, p) == CM_CURRENT)
			return p;
	return NULL;
}

const cm_node *cm_node_in_force_along(const cm_view *view, const cm_node *node)
{
	if (node->until <= view->as_of)
		return current_successor(view, node);
	if (node->since > view->as_of)
		return current_predecessor(view, node);
	return NULL;
}

/* With a side asked for, a node of the other side is a candidate only when
 * named exactly (its id, or a name as written): "bank --country jp" must not
 * come back with the other country's banking sector.  The best of those
 * left out goes to *elsewhere (when not NULL), for the message. */
static void collect(cm_resolution *r, const cm_map *map, const cm_view *view, const want *w,
		    const query_text *q, const cm_node **elsewhere)
{
	long best = -1, best_elsewhere = -1;
	for (size_t i = 0; i < map->nodes.count; i++) {
		const cm_node *n = map->nodes.items[i];
		rating m = rate_node(map, q, n);
		if (m.match == CM_MATCH_NONE)
			continue;
		long key = key_of(view, w, n, m);
		if (other_side(view, n) && m.match > CM_MATCH_NAME) {
			if (elsewhere && (best_elsewhere < 0 || key < best_elsewhere)) {
				best_elsewhere = key;
				*elsewhere = n;
			}
			continue;
		}
		if (best >= 0 && key > best)
			continue;
		if (best < 0 || key < best) {
			best = key;
			r->ncandidates = 0;
			r->match = m.match;
		}
		if (r->ncandidates < CM_MAX_CANDIDATES)
			r->candidates[r->ncandidates] = n;
		r->ncandidates++;
	}
}

/* ---- no match: the closest node, word by word ---- */

static unsigned word_distance(const char *typed, const cm_fold *name)
{
	unsigned limit = strlen(typed) <= 4 ? 1 : 2, best = limit + 1;
	for (size_t k = 0; k < name->nwords; k++) {
		unsigned d = cm_edit_distance(typed, cm_fold_word(name, k), limit);
		if (d < best)
			best = d;
	}
	return best;
}

/* The sum of each typed word's distance to its closest word of the name,
 * or a large number when some word has none close. */
static unsigned name_distance(const cm_map *map, const query_text *q, const char *name)
{
	cm_fold folded;
	cm_fold_text(&folded, name, &map->schema.fold);
	unsigned total = 0;
	for (size_t i = 0; i < q->folded.nwords; i++) {
		const char *typed = cm_fold_word(&q->folded, i);
		if (strlen(typed) < 3) { /* a letter or two: only as it stands */
			if (!word_in(&folded, typed))
				return 1000;
			continue;
		}
		unsigned d = word_distance(typed, &folded);
		if (d > (strlen(typed) <= 4 ? 1u : 2u))
			return 1000;
		total += d;
	}
	return q->folded.nwords ? total : 1000;
}

static unsigned node_distance(const cm_map *map, const query_text *q, const cm_node *n)
{
	unsigned best = name_distance(map, q, n->name), d = name_distance(map, q, id_tail(n));
	if (d < best)
		best = d;
	for (size_t i = 0; i < n->nattrs; i++) {
		const cm_attr *a = &n->attrs[i];
		if (!(a->def->flags & CM_ATTR_RESOLVE))
			continue;
		if (a->text && (d = name_distance(map, q, a->text)) < best)
			best = d;
		for (size_t k = 0; k < a->nitems; k++)
			if ((d = name_distance(map, q, a->items[k])) < best)
				best = d;
	}
	return best;
}

/* How many more words than typed the node's shortest name has: the fewer,
 * the likelier the node meant ("nisc2" is NISC, not a step that mentions
 * NISC). */
static unsigned long extra_words(const cm_map *map, const query_text *q, const cm_node *n)
{
	cm_fold f;
	cm_fold_text(&f, n->name, &map->schema.fold);
	size_t fewest = f.nwords;
	for (size_t i = 0; i < n->nattrs; i++)
		if ((n->attrs[i].def->flags & CM_ATTR_RESOLVE) && n->attrs[i].text) {
			cm_fold_text(&f, n->attrs[i].text, &map->schema.fold);
			if (f.nwords < fewest)
				fewest = f.nwords;
		}
	size_t extra = fewest > q->folded.nwords ? fewest - q->folded.nwords : 0;
	return extra > 99 ? 99 : extra;
}

static const cm_node *closest(const cm_map *map, const cm_view *view, const want *w,
			      const query_text *q)
{
	const cm_node *found = NULL;
	unsigned long best = 0;
	for (size_t i = 0; i < map->nodes.count; i++) {
		const cm_node *n = map->nodes.items[i];
		if (other_side(view, n))
			continue;
		unsigned d = node_distance(map, q, n);
		if (d >= 1000)
			continue;
		unsigned long key = (unsigned long)d * 100000 + (expected(w, n) ? 0 : 50000) +
				    extra_words(map, q, n) * 100 +
				    (unsigned long)presence_order(view, n) * 10;
		if (!found || key < best) {
			found = n;
			best = key;
		}
	}
	return found;
}

/* ---- nothing on the side asked for: what of that side was meant ---- */

/* Every word typed stands in one of the node's searched texts (a
 * description: "Banks, co-operative financial institutions, ..."). */
static int described_by(const cm_map *map, const query_text *q, const cm_node *n)
{
	for (size_t i = 0; i < n->nattrs; i++) {
		const cm_attr *a = &n->attrs[i];
		if (!(a->def->flags & CM_ATTR_SEARCH) || !a->text)
			continue;
		cm_fold f;
		cm_fold_text(&f, a->text, &map->schema.fold);
		if (all_words_in(&q->folded, &f) || every_word(&q->folded, &f, inside))
			return 1;
	}
	return 0;
}

/* One node's name holds every word of one of the other's, once folded: the
 * other side's "Banking and Finance Sector" and this side's "Finance". */
static int names_overlap(const cm_map *map, const cm_node *a, const cm_node *b)
{
	const char *names_a[16], *names_b[16];
	size_t na = cm_node_names(a, names_a, 16), nb = cm_node_names(b, names_b, 16);
	for (size_t i = 0; i < na && i < 16; i++) {
		cm_fold x;
		cm_fold_text(&x, names_a[i], &map->schema.fold);
		for (size_t j = 0; j < nb && j < 16; j++) {
			cm_fold y;
			cm_fold_text(&y, names_b[j], &map->schema.fold);
			if (all_words_in(&y, &x) || all_words_in(&x, &y))
				return 1;
		}
	}
	return 0;
}

/* The node of the side asked for (or shared) that the text likely means
 * when only the other side's elsewhere matched it: one of the types the
 * query expects whose description holds the words typed, else one of
 * elsewhere's type whose name is contained in one of elsewhere's, else
 * the closest by spelling. */
static const cm_node *on_this_side(const cm_map *map, const cm_view *view, const want *w,
				   const query_text *q, const cm_node *elsewhere)
{
	const cm_node *by_text = NULL, *by_name = NULL;
	int text_key = 0, name_key = 0;
	for (size_t i = 0; i < map->nodes.count; i++) {
		const cm_node *n = map->nodes.items[i];
		if (other_side(view, n) || !n->side || !expected(w, n))
			continue;
		int key = presence_order(view, n);
		if ((!by_text || key < text_key) && described_by(map, q, n))
			by_text = n, text_key = key;
		if (elsewhere && n->type == elsewhere->type && (!by_name || key < name_key) &&
		    names_overlap(map, n, elsewhere))
			by_name = n, name_key = key;
	}
	if (by_text)
		return by_text;
	if (by_name)
		return by_name;
	const cm_node *near = closest(map, view, w, q);
	return near && expected(w, near) ? near : NULL;
}

/* ---- the resolver ---- */

static void find_want(want *w, const cm_map *map, const char *query)
{
	memset(w, 0, sizeof(*w));
	const char *name = query ? cm_intern_find(&map->strings, query) : NULL;
	const cm_query_def *q = name ? cm_schema_query(&map->schema, name) : NULL;
	if (!q)
		return;
	size_t n = 0;
	const char *const *names = cm_query_names(q, cm_intern_find(&map->strings, "expects"), &n);
	for (size_t i = 0; i < n && w->ntypes < MAX_EXPECTED; i++) {
		const cm_node_type *t = cm_schema_node_type(&map->schema, names[i]);
		if (t)
			w->types[w->ntypes++] = t;
	}
	w->also = cm_query_names(q, cm_intern_find(&map->strings, "also"), &w->nalso);
}

static int blank(const char *text)
{
	for (; *text; text++)
		if (*text != ' ' && *text != '\t')
			return 0;
	return 1;
}

cm_status cm_resolve_node(cm_resolution *out, const cm_map *map, const cm_view *view,
			  const char *text, const char *query, cm_diags *diags)
{
	memset(out, 0, sizeof(*out));
	char q[80];
	if (blank(text)) {
		cm_diag_add(diags, NULL, 0, 0, "an empty name names no node");
		return CM_EINVAL;
	}
	if ((out->node = cm_map_node(map, text))) {
		out->match = CM_MATCH_ID;
		out->successor = out->node->until <= view->as_of
					 ? current_successor(view, out->node) : NULL;
		return CM_OK;
	}
	want w;
	find_want(&w, map, query);
	query_text qt;
	qt.raw = text;
	cm_fold_plain(&qt.plain, text);
	cm_fold_text(&qt.folded, text, &map->schema.fold);
	const cm_node *elsewhere = NULL;
	collect(out, map, view, &w, &qt, &elsewhere);
	/* only a node of a type the query cannot take is left on this side,
	 * while the other side has one it can: none of this side matched */
	if (out->ncandidates && elsewhere && !expected(&w, out->candidates[0]) &&
	    expected(&w, elsewhere))
		out->ncandidates = 0;
	if (out->ncandidates == 1 || (out->ncandidates > 1 && one_answer_by_also(&w, out)))
		out->node = out->candidates[0];
	else if (out->ncandidates > 1)
		out->node = latest_in_succession(out);
	if (out->node) {
		if (out->node->until <= view->as_of)
			out->successor = current_successor(view, out->node);
		if (other_side(view, out->node)) /* named exactly, but of the other side */
			out->suggestion = on_this_side(map, view, &w, &qt, out->node);
		return CM_OK;
	}
	if (out->ncandidates == 0 && elsewhere) {
		out->suggestion = on_this_side(map, view, &w, &qt, elsewhere);
		cm_strbuf msg;
		cm_strbuf_init(&msg);
		cm_strbuf_addf(&msg, "no node of %s's side matches '%s' (%s of %s does)",
			       view->country, cm_diag_quote(q, sizeof q, text), elsewhere->id,
			       elsewhere->side);
		if (out->suggestion)
			cm_strbuf_addf(&msg, "; did you mean %s, %s?", out->suggestion->id,
				       out->suggestion->name);
		cm_diag_add(diags, NULL, 0, 0, "%s", msg.data ? msg.data : "no node matches");
		cm_strbuf_release(&msg);
		return CM_EINVAL;
	}
	if (out->ncandidates == 0) {
		out->suggestion = closest(map, view, &w, &qt);
		if (out->suggestion)
			cm_diag_add(diags, NULL, 0, 0, "no node matches '%s' (did you mean %s, %s?)",
				    cm_diag_quote(q, sizeof q, text), out->suggestion->id,
				    out->suggestion->name);
		else
			cm_diag_add(diags, NULL, 0, 0, "no node matches '%s'",
				    cm_diag_quote(q, sizeof q, text));
		return CM_EINVAL;
	}
	cm_strbuf msg;
	cm_strbuf_init(&msg);
	cm_strbuf_addf(&msg, "'%s' matches %zu nodes:", cm_diag_quote(q, sizeof q, text),
		       out->ncandidates);
	for (size_t i = 0; i < out->ncandidates && i < CM_MAX_CANDIDATES; i++)
		cm_strbuf_addf(&msg, "%s %s (%s)", i ? "," : "", out->candidates[i]->id,
			       out->candidates[i]->name);
	if (out->ncandidates > CM_MAX_CANDIDATES)
		cm_strbuf_addf(&msg, ", and %zu more", out->ncandidates - CM_MAX_CANDIDATES);
	cm_strbuf_adds(&msg, "; give an id");
	cm_diag_add(diags, NULL, 0, 0, "%s", msg.data ? msg.data : "ambiguous name");
	cm_strbuf_release(&msg);
	return CM_EINVAL;
}

cm_status cm_resolve_for(const cm_node **out, const cm_map *map, const cm_view *view,
			 const char *text, const char *query, cm_diags *diags)
{
	cm_resolution r;
	cm_status st = cm_resolve_node(&r, map, view, text, query, diags);
	*out = st == CM_OK ? r.node : NULL;
	return st;
}

cm_status cm_resolve(const cm_node **out, const cm_map *map, const cm_view *view,
		     const char *text, cm_diags *diags)
{
	return cm_resolve_for(out, map, view, text, NULL, diags);
}

/* A side is a node some node's side attribute names: its id in any case,
 * or any of its names, resolved among the nodes of the attribute's types. */
cm_status cm_resolve_side(const char **out, const cm_map *map, const char *text,
			  cm_diags *diags)
{
	*out = NULL;
	const cm_attr_def *side = map->schema.side;
	char q[80];
	if (!side) {
		cm_diag_add(diags, NULL, 0, 0, "the map has no sides to choose from");
		return CM_EINVAL;
	}
	want w;
	memset(&w, 0, sizeof w);
	for (size_t i = 0; i < side->ntypes && w.ntypes < MAX_EXPECTED; i++)
		w.types[w.ntypes++] = side->types[i];
	query_text qt;
	qt.raw = text;
	cm_fold_plain(&qt.plain, text);
	cm_fold_text(&qt.folded, text, &map->schema.fold);
	cm_resolution r;
	memset(&r, 0, sizeof r);
	cm_view view;
	cm_view_init(&view);
	collect(&r, map, &view, &w, &qt, NULL);
	if (r.ncandidates == 1 && expected(&w, r.candidates[0]) &&
	    cm_map_has_side(map, r.candidates[0]->id)) {
		*out = r.candidates[0]->id;
		return CM_OK;
	}
	cm_strbuf sides;
	cm_strbuf_init(&sides);
	for (size_t i = 0; i < map->nodes.count; i++) {
		const cm_node *n = map->nodes.items[i];
		if (expected(&w, n) && cm_map_has_side(map, n->id))
			cm_strbuf_addf(&sides, "%s%s (%s)", sides.len ? ", " : "", n->id, n->name);
	}
	cm_diag_add(diags, NULL, 0, 0, "unknown country '%s'; the map has %s",
		    cm_diag_quote(q, sizeof q, text), sides.data ? sides.data : "none");
	cm_strbuf_release(&sides);
	return CM_EINVAL;
}
