/*
 * query_gaps.c: `gaps` -- where the map shows something missing.  The
 * kinds of gap are the schema's (section gaps), each a named use of one of
 * a few generic checks over types, edge types and attributes:
 *
 *   lacking       nodes of `types` with no edge of `edges` in `direction`
 *                 (whose attribute `where` has its value, and whose other
 *                 end's `other_where` has its value);
 *   one_sided     nodes of `types` with `edges` from one side and none
 *                 from another (the sides are those of the map);
 *   unpaired      nodes of `types` with an edge of `has` and none of
 *                 `lacks`, either way;
 *   unreached     nodes of `types` from which no walk forward along
 *                 `edges` reaches a node of their side whose `role`
 *                 attribute (a terms attribute) holds the role;
 *   open_deadline edges of `edges` (from `from_types`, if given, `where`
 *                 their attribute has its value) whose `attribute` is
 *                 absent or a term with no period;
 *   no_return     edges of `edges` from X to Y with no edge of `returns`
 *                 from Y to X;
 *   unofficial    elements needing sources that cite no official or
 *                 primary one;
 *   stale         elements whose sources were checked more than `days`
 *                 ago.
 *
 * The library knows these checks, never what they are about: the schema's
 * gaps section names the types and words.  Each gap is a row: kind,
 * country (empty for the alliance's), element, name and explanation.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "diag.h"
#include "deadline.h"
#include "intern.h"
#include "labels.h"
#include "result.h"
#include "strbuf.h"
#include "suggest.h"
#include "view.h"
#include "walk.h"

#define MAX_VISIT 4096

typedef struct gaps {
	const cm_map *map;
	const cm_view *view;  /* as asked: its language, and the side rows keep */
	cm_view whole;        /* the same view with every side: what the checks see */
	cm_result *result;
	const cm_gap_kind *kind;
	size_t count;
} gaps;

static int listed(const char *const *names, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (names[i] == name)
			return 1;
	return 0;
}

/* The checks look at every side, since most need both (a lead on the
 * other side, a counterpart there); --country keeps only the rows of its
 * side and the alliance's (see add_gap). */
static int in_view(const gaps *g, const cm_node *n)
{
	return cm_node_presence(&g->whole, n) == CM_CURRENT;
}

static int edge_in_view(const gaps *g, const cm_edge *e)
{
	return cm_edge_presence(&g->whole, e, NULL) == CM_CURRENT;
}

static int side_kept(const gaps *g, const char *side)
{
	return !g->view->country || !side || strcmp(side, g->view->country) == 0;
}

static int attr_is(const cm_attr *attrs, size_t n, const char *attr, const char *value)
{
	if (!attr)
		return 1;
	const cm_attr *a = cm_attr_find(attrs, n, attr);
	if (!a)
		return 0;
	if (a->text)
		return strcmp(a->text, value) == 0;
	for (size_t i = 0; i < a->nitems; i++)
		if (strcmp(a->items[i], value) == 0)
			return 1;
	return 0;
}

static const char *kind_label(const gaps *g)
{
	const cm_gap_kind *k = g->kind;
	int ja = g->view->lang && strcmp(g->view->lang, "ja") == 0;
	return ja && k->label_ja ? k->label_ja : k->label ? k->label : k->name;
}

static void add_gap(gaps *g, const char *side, const char *element, const char *name,
		    const char *arg)
{
	const cm_gap_kind *k = g->kind;
	int ja = g->view->lang && strcmp(g->view->lang, "ja") == 0;
	const char *explain = ja && k->explain_ja ? k->explain_ja : k->explain ? k->explain : "%s";
	cm_strbuf text;
	cm_strbuf_init(&text);
	cm_strbuf_fill2(&text, explain, name, arg ? arg : "");
	const char *cells[] = {k->name, kind_label(g), side ? side : "", element, name,
			       text.data ? text.data : ""};
	cm_result_add_row(g->result, 0, cells);
	cm_strbuf_release(&text);
	g->count++;
}

static void node_gap(gaps *g, const cm_node *n, const char *arg)
{
	if (!side_kept(g, n->side))
		return;
	add_gap(g, n->side, n->id, cm_node_label(g->map, g->view, n), arg);
	cm_result_mark_node(g->result, n, CM_MARK_GAP);
}

static void edge_gap(gaps *g, const cm_edge *e, const char *arg)
{
	char element[512], name[512];
	snprintf(element, sizeof element, "%s -> %s (%s)", e->from->id, e->to->id,
		 cm_name_in_lang(g->map, g->view, "edge", e->type->name));
	const char *side = e->from->side ? e->from->side : e->to->side;
	if (!side_kept(g, side))
		return;
	snprintf(name, sizeof name, "%s -> %s", cm_node_label(g->map, g->view, e->from),
		 cm_node_label(g->map, g->view, e->to));
	add_gap(g, side, element, name, arg);
	cm_result_mark_edge(g->result, e, CM_MARK_GAP);
}

/* ---- the checks ---- */

static int has_edge(const gaps *g, const cm_node *n, int out, int in)
{
	const cm_gap_kind *k = g->kind;
	for (int dir = 0; dir < 2; dir++) {
		if ((dir == 0 && !out) || (dir == 1 && !in))
			continue;
		size_t count = dir ? n->nin : n->nout;
		for (size_t i = 0; i < count; i++) {
			const cm_edge *e = dir ? n->in[i] : n->out[i];
			const cm_node *other = dir ? e->from : e->to;
			if (!listed(k->edges, k->nedges, e->type->name) || !edge_in_view(g, e) ||
			    !attr_is(e->attrs, e->nattrs, k->where_attr, k->where_value) ||
			    !attr_is(other->attrs, other->nattrs, k->other_attr, k->other_value))
				continue;
			return 1;
		}
	}
	return 0;
}

static void check_lacking(gaps *g)
{
	int out = !g->kind->direction || strcmp(g->kind->direction, "in") != 0;
	int in = !g->kind->direction || strcmp(g->kind->direction, "out") != 0;
	for (size_t i = 0; i < g->map->nodes.count; i++) {
		const cm_node *n = g->map->nodes.items[i];
		if (listed(g->kind->types, g->kind->ntypes, n->type->name) && in_view(g, n) &&
		    !has_edge(g, n, out, in))
			node_gap(g, n, NULL);
	}
}

static void check_one_sided(gaps *g)
{
	const char *const *sides = g->map->sides;
	size_t nsides = g->map->nsides;
	unsigned char *seen = calloc(nsides + 1, 1);
	if (!seen) {
		cm_result_note(g->result, 1); /* out of memory: the result says so */
		return;
	}
	for (size_t i = 0; i < g->map->nodes.count; i++) {
		const cm_node *n = g->map->nodes.items[i];
		if (!listed(g->kind->types, g->kind->ntypes, n->type->name) || !in_view(g, n))
			continue;
		int any = 0;
		memset(seen, 0, nsides + 1);
		for (size_t k = 0; k < n->nin; k++) {
			const cm_edge *e = n->in[k];
			if (!listed(g->kind->edges, g->kind->nedges, e->type->name) || !edge_in_view(g, e))
				continue;
			for (size_t s = 0; s < nsides; s++)
				if (e->from->side == sides[s])
					seen[s] = 1, any = 1;
		}
		for (size_t s = 0; any && s < nsides; s++) {
			if (seen[s])
				continue;
			const cm_node *country = cm_map_node(g->map, sides[s]);
			node_gap(g, n, country ? cm_node_label(g->map, g->view, country) : sides[s]);
		}
	}
	free(seen);
}

static int has_any(const gaps *g, const cm_node *n, const char *const *types, size_t ntypes)
{
	for (size_t i = 0; i < n->nadj; i++) {
		const cm_edge *e = g->map->edges.items[n->adj[i].edge];
		if (listed(types, ntypes, e->type->name) && edge_in_view(g, e))
			return 1;
	}
	return 0;
}

static void check_unpaired(gaps *g)
{
	for (size_t i = 0; i < g->map->nodes.count; i++) {
		const cm_node *n = g->map->nodes.items[i];
		if (listed(g->kind->types, g->kind->ntypes, n->type->name) && in_view(g, n) &&
		    has_any(g, n, g->kind->has, g->kind->nhas) &&
		    !has_any(g, n, g->kind->lacks, g->kind->nlacks))
			node_gap(g, n, NULL);
	}
}

static int holds_role(const cm_node *n, const char *role)
{
	for (size_t i = 0; i < n->nattrs; i++)
		if (n->attrs[i].def->kind == CM_KIND_TERMS)
			for (size_t k = 0; k < n->attrs[i].nitems; k++)
				if (strcmp(n->attrs[i].items[k], role) == 0)
					return 1;
	return 0;
}

/* Breadth first along the kind's edges, forward, in the view. */
static int reaches_role(const gaps *g, const cm_node *start)
{
	const cm_node **queue = malloc(MAX_VISIT * sizeof(*queue));
	unsigned char *seen = calloc(g->map->nodes.count + 1, 1);
	int found = 0;
	size_t head = 0, tail = 0;
	if (!queue || !seen) {
		free(queue);
		free(seen);
		return 1; /* out of memory: claim no gap rather than a false one */
	}
	queue[tail++] = start;
	seen[start->index] = 1;
	while (head < tail && !found) {
		const cm_node *n = queue[head++];
		for (size_t i = 0; i < n->nout && !found; i++) {
			const cm_edge *e = n->out[i];
			if (!listed(g->kind->edges, g->kind->nedges, e->type->name) ||
			    !edge_in_view(g, e) || seen[e->to->index])
				continue;
			seen[e->to->index] = 1;
			found = holds_role(e->to, g->kind->role) && e->to->side == start->side;
			if (tail < MAX_VISIT)
				queue[tail++] = e->to;
		}
	}
	free(queue);
	free(seen);
	return found;
}

static void check_unreached(gaps *g)
{
	for (size_t i = 0; i < g->map->nodes.count; i++) {
		const cm_node *n = g->map->nodes.items[i];
		if (listed(g->kind->types, g->kind->ntypes, n->type->name) && in_view(g, n) &&
		    side_kept(g, n->side) && !reaches_role(g, n))
			node_gap(g, n, NULL);
	}
}

/* No deadline: absent, or a term alone that says there is none or that
 * leaves it to a rule not found (the vocabulary's `none` term and those
 * after it); "promptly" is a deadline in words. */
static int open_deadline(const cm_edge *e, const char *attr)
{
	const cm_attr *a = cm_attr_find(e->attrs, e->nattrs, attr);
	if (!a || !a->text)
		return 1;
	cm_within w;
	if (cm_within_parse(&w, a->text) != CM_OK)
		return 1;
	return !w.has_span && cm_deadline_compact_key(a->text, a->def->vocabulary) == LONG_MAX;
}

static void check_open_deadline(gaps *g)
{
	const cm_gap_kind *k = g->kind;
	for (size_t i = 0; i < g->map->edges.count; i++) {
		const cm_edge *e = g->map->edges.items[i];
		if (!listed(k->edges, k->nedges, e->type->name) || !edge_in_view(g, e) ||
		    (k->ntypes && !listed(k->types, k->ntypes, e->from->type->name)) ||
		    !attr_is(e->attrs, e->nattrs, k->where_attr, k->where_value) ||
		    !open_deadline(e, k->attribute))
			continue;
		const cm_attr *a = cm_attr_find(e->attrs, e->nattrs, k->attribute);
		cm_strbuf words;
		cm_strbuf_init(&words);
		cm_label_deadline(&words, g->map, g->view, a && a->text ? a->text : "unknown");
		edge_gap(g, e, words.data ? words.data : "");
		cm_strbuf_release(&words);
	}
}

/* Whether body is whole or part of whole (along the schema's parent edge
 * types, in the view): a report to CISA reaches DHS. */
static int within_body(const gaps *g, const cm_node *body, const cm_node *whole)
{
	for (int depth = 0; body && depth < 16; depth++) {
		if (body == whole)
			return 1;
		const cm_node *parent = NULL;
		for (size_t i = 0; i < body->nout && !parent; i++)
			if (body->out[i]->type->parent && edge_in_view(g, body->out[i]))
				parent = body->out[i]->to;
		body = parent;
	}
	return 0;
}

static int returns(const gaps *g, const cm_node *from, const cm_node *to)
{
	for (size_t i = 0; i < from->nout; i++) {
		const cm_edge *e = from->out[i];
		if (listed(g->kind->returns, g->kind->nreturns, e->type->name) &&
		    edge_in_view(g, e) && within_body(g, e->to, to))
			return 1;
	}
	return 0;
}

static void check_no_return(gaps *g)
{
	for (size_t i = 0; i < g->map->edges.count; i++) {
		const cm_edge *e = g->map->edges.items[i];
		if (!listed(g->kind->edges, g->kind->nedges, e->type->name) || !edge_in_view(g, e) ||
		    returns(g, e->to, e->from))
			continue;
		edge_gap(g, e, NULL);
	}
}

/* The side of an edge the sources report names "FROM -> TO (type)" (or
 * "<->"): its from end's, else its to end's; NULL when it has none. */
static const char *edge_side(const gaps *g, const char *what)
{
	char from[256], arrow[8], to[256];
	if (sscanf(what, "%255s %7s %255s", from, arrow, to) != 3)
		return NULL;
	const cm_node *a = cm_map_node(g->map, from), *b = cm_map_node(g->map, to);
	return a && a->side ? a->side : b ? b->side : NULL;
}

/* unofficial and stale read the sources report's findings, over every
 * side as the other checks do. */
static void check_sources(gaps *g, int stale)
{
	cm_result *report = NULL;
	cm_diags *quiet = NULL;
	if (cm_diags_new(&quiet) != CM_OK)
		return;
	int days = stale ? (g->kind->days ? g->kind->days : 730) : 0;
	if (cm_query_sources(&report, g->map, &g->whole, days, quiet) > CM_NOTFOUND || !report) {
		cm_diags_free(quiet);
		return;
	}
	const char *want = stale ? "stale" : "missing";
	char arg[32];
	snprintf(arg, sizeof arg, "%d", days);
	for (size_t r = 0; r < cm_result_rows(report); r++) {
		if (strcmp(cm_result_cell(report, r, 0), want) != 0)
			continue;
		const char *what = cm_result_cell(report, r, 1);
		const cm_node *n = cm_map_node(g->map, what);
		if (n && !in_view(g, n))
			continue;
		if (n)
			node_gap(g, n, arg);
		else if (side_kept(g, edge_side(g, what)))
			add_gap(g, edge_side(g, what), what, what, arg);
	}
	cm_result_free(report);
	cm_diags_free(quiet);
}

static void run_kind(gaps *g)
{
	const char *check = g->kind->check;
	if (strcmp(check, "lacking") == 0)
		check_lacking(g);
	else if (strcmp(check, "one_sided") == 0)
		check_one_sided(g);
	else if (strcmp(check, "unpaired") == 0)
		check_unpaired(g);
	else if (strcmp(check, "unreached") == 0)
		check_unreached(g);
	else if (strcmp(check, "open_deadline") == 0)
		check_open_deadline(g);
	else if (strcmp(check, "no_return") == 0)
		check_no_return(g);
	else if (strcmp(check, "unofficial") == 0)
		check_sources(g, 0);
	else if (strcmp(check, "stale") == 0)
		check_sources(g, 1);
}

cm_status cm_query_gaps(cm_result **out, const cm_map *map, const cm_view *view,
			const char *kind, cm_diags *diags)
{
	*out = NULL;
	const cm_schema *s = &map->schema;
	const cm_gap_kind *only = NULL;
	if (kind) {
		for (size_t i = 0; i < s->ngaps && !only; i++)
			if (strcmp(s->gaps[i].name, kind) == 0)
				only = &s->gaps[i];
		if (!only) {
			cm_strbuf kinds;
			cm_strbuf_init(&kinds);
			for (size_t i = 0; i < s->ngaps; i++)
				cm_strbuf_addf(&kinds, "%s%s", i ? ", " : "", s->gaps[i].name);
			cm_suggest sg;
			char message[256];
			cm_suggest_init(&sg, kind);
			cm_suggest_offer_each(&sg, s->gaps, s->ngaps, CM_SUGGEST_FIELDS(cm_gap_kind, name));
			cm_diag_add(diags, NULL, 0, 0, "%s; the kinds are %s",
				    cm_suggest_message(message, sizeof message, "kind of gap", &sg),
				    kinds.data ? kinds.data : "none");
			cm_strbuf_release(&kinds);
			return CM_EINVAL;
		}
	}
	const char *const columns[] = {"kind", "label", cm_side_column(map), "element", "name",
					      "explanation"};
	gaps g = {map, view, *view, NULL, NULL, 0};
	g.whole.country = NULL;
	cm_status st = cm_result_new(&g.result, map, "gaps", columns, 6, diags);
	if (st != CM_OK)
		return st;
	static const cm_role roles[] = {CM_ROLE_MACHINE, CM_ROLE_NONE, CM_ROLE_SIDE, CM_ROLE_ID,
					CM_ROLE_MACHINE, CM_ROLE_DETAIL};
	cm_result_set_roles(g.result, roles, 6);
	cm_result_why_empty(g.result, "the map shows no gap of the kinds the schema declares");
	for (size_t i = 0; i < s->ngaps; i++) {
		if (only && &s->gaps[i] != only)
			continue;
		g.kind = &s->gaps[i];
		run_kind(&g);
	}
	return cm_result_finish(out, g.result, diags);
}
