/*
 * query_counterpart.c: `counterpart NODE` -- declared counterparts on the
 * other side first; then, when they do not cover every function NODE takes
 * part in, bodies on the other side ranked by a score a reader can follow,
 * each with its reasons:
 *
 *   a function both take part in: 3 when both lead it, 2 when one leads
 *   and the other supports, 1 when both support (the schema's `shared`
 *   edge types; `lead` names the leading ones);
 *   the same role toward a sector of the same kind: 2 (the schema's
 *   `sector_roles`; sectors of the two sides are of the same kind when
 *   their names share a word once folded -- "Finance" and "Financial
 *   Services Sector");
 *   the same node type: 1.
 *
 * At most three inferred bodies unless all are asked for.  Linear in the
 * edges around NODE and its functions' and sectors' other ends.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "describe.h"
#include "diag.h"
#include "fold.h"
#include "intern.h"
#include "labels.h"
#include "result.h"
#include "strbuf.h"
#include "walk.h"

#define DEFAULT_INFERRED 3
#define MAX_INFERRED 50
#define MAX_REASONS 8

typedef struct candidate {
	const cm_node *node;
	size_t score;
	const char *reasons[MAX_REASONS]; /* strings in the result's arena */
	size_t nreasons;
} candidate;

typedef struct counting {
	const cm_map *map;
	const cm_view *view;
	cm_result *result;
	const cm_node *node;
	cm_type_set declared, shared, lead, sector_roles;
	candidate *found;
	size_t nfound;
	cm_ptrmap index; /* node -> candidate index + 1 */
} counting;

static int other_side(const cm_node *a, const cm_node *b)
{
	return b->side && a->side && b->side != a->side;
}

static int in_force(const counting *c, const cm_edge *e)
{
	return cm_edge_presence(c->view, e, NULL) == CM_CURRENT;
}

static void declared_rows(counting *c)
{
	cm_strbuf detail;
	cm_strbuf_init(&detail);
	const cm_node *n = c->node;
	for (int in = 0; in < 2; in++) {
		size_t count = in ? n->nin : n->nout;
		for (size_t i = 0; i < count; i++) {
			const cm_edge *e = in ? n->in[i] : n->out[i];
			const cm_node *other = in ? e->from : e->to;
			int since = 0;
			cm_presence p = cm_edge_presence(c->view, e, &since);
			if (!cm_type_set_has(&c->declared, e->type) || p == CM_GONE)
				continue;
			cm_strbuf_clear(&detail);
			cm_describe_edge_attrs(&detail, c->map, c->view, e);
			if (detail.data)
				detail.data[detail.len] = '\0';
			const char *cells[] = {"declared", other->id, other->side,
					       cm_node_label(c->map, c->view, other),
					       detail.data ? detail.data : ""};
			cm_result_add_row(c->result, p == CM_PENDING ? since : 0, cells);
			cm_result_add_edge(c->result, e);
		}
	}
	cm_strbuf_release(&detail);
}

/* Whether body takes part in target along one of the `shared` types. */
static const cm_edge *part_in(const counting *c, const cm_node *body, const cm_node *target)
{
	for (size_t i = 0; i < body->nout; i++) {
		const cm_edge *e = body->out[i];
		if (e->to == target && cm_type_set_has(&c->shared, e->type) && in_force(c, e))
			return e;
	}
	return NULL;
}

/* Each function NODE takes part in is taken part in by a declared
 * counterpart: nothing needs inferring. */
static int declared_cover(const counting *c)
{
	size_t rows = cm_result_rows(c->result), functions = 0;
	if (!rows)
		return 0;
	const cm_node *n = c->node;
	for (size_t i = 0; i < n->nout; i++) {
		const cm_edge *mine = n->out[i];
		if (!cm_type_set_has(&c->shared, mine->type) || !in_force(c, mine))
			continue;
		functions++;
		int covered = 0;
		for (size_t r = 0; r < rows && !covered; r++) {
			const cm_node *d = cm_map_node(c->map, cm_result_cell(c->result, r, 1));
			covered = d && part_in(c, d, mine->to) != NULL;
		}
		if (!covered)
			return 0;
	}
	return functions > 0;
}

static candidate *candidate_of(counting *c, const cm_node *body)
{
	size_t idx = (size_t)(uintptr_t)cm_ptrmap_get(&c->index, body);
	if (!idx) {
		c->found[c->nfound] = (candidate){body, body->type == c->node->type ? 1u : 0u,
						  {NULL}, 0};
		idx = ++c->nfound;
		cm_ptrmap_put(&c->index, body, (void *)(uintptr_t)idx);
	}
	return &c->found[idx - 1];
}

/* A reason counts once, however many edges say it. */
static void add_reason(counting *c, candidate *k, size_t points, const char *fmt,
		       const char *a, const char *b)
{
	cm_strbuf text;
	cm_strbuf_init(&text);
	cm_strbuf_fill2(&text, fmt, a, b);
	const char *t = text.data ? text.data : "";
	int seen = 0;
	for (size_t i = 0; i < k->nreasons && !seen; i++)
		seen = strcmp(k->reasons[i], t) == 0;
	if (!seen) {
		k->score += points;
		if (k->nreasons < MAX_REASONS)
			k->reasons[k->nreasons++] = cm_result_strdup(c->result, t);
	}
	cm_strbuf_release(&text);
}

static void shared_functions(counting *c)
{
	const cm_node *n = c->node;
	for (size_t i = 0; i < n->nout; i++) {
		const cm_edge *mine = n->out[i];
		if (!cm_type_set_has(&c->shared, mine->type) || !in_force(c, mine))
			continue;
		const cm_node *f = mine->to;
		int i_lead = cm_type_set_has(&c->lead, mine->type);
		for (size_t k = 0; k < f->nin; k++) {
			const cm_edge *theirs = f->in[k];
			const cm_node *body = theirs->from;
			if (!cm_type_set_has(&c->shared, theirs->type) || !other_side(n, body) ||
			    cm_result_has_node(c->result, body) || !in_force(c, theirs))
				continue;
			int they_lead = cm_type_set_has(&c->lead, theirs->type);
			size_t points = (size_t)(1 + i_lead + they_lead);
			const char *key = i_lead && they_lead ? "counterpart.both_lead"
					  : !i_lead && !they_lead ? "counterpart.both_support"
								 : "counterpart.lead_support";
			const char *fmt = cm_label(c->map, c->view, key, "%s");
			add_reason(c, candidate_of(c, body), points, fmt,
				   cm_node_label(c->map, c->view, f), NULL);
		}
	}
}

#define COMMON_WORD 3 /* a word in more names of the type than this says nothing */

/* How many nodes of a type have word in their folded name. */
static size_t word_frequency(const cm_map *map, const cm_node_type *type, const char *word)
{
	size_t n = 0;
	for (size_t i = 0; i < map->nodes.count; i++) {
		const cm_node *other = map->nodes.items[i];
		if (other->type != type)
			continue;
		cm_fold f;
		cm_fold_text(&f, other->name, &map->schema.fold);
		for (size_t k = 0; k < f.nwords; k++)
			if (strcmp(cm_fold_word(&f, k), word) == 0) {
				n++;
				break;
			}
	}
	return n;
}

/* Sectors of the two sides are of the same kind when their folded names
 * share a word that few sectors' names have ("financial", not "service"). */
static int same_kind(const cm_map *map, const cm_node *a, const cm_node *b)
{
	cm_fold x, y;
	cm_fold_text(&x, a->name, &map->schema.fold);
	cm_fold_text(&y, b->name, &map->schema.fold);
	for (size_t i = 0; i < x.nwords; i++)
		for (size_t k = 0; k < y.nwords; k++)
			if (strcmp(cm_fold_word(&x, i), cm_fold_word(&y, k)) == 0 &&
			    word_frequency(map, a->type, cm_fold_word(&x, i)) <= COMMON_WORD)
				return 1;
	return 0;
}

/* Bodies on the other side in the same role toward a sector of the same
 * kind. */
static void sector_roles(counting *c)
{
	const cm_node *n = c->node;
	for (size_t i = 0; i < n->nout; i++) {
		const cm_edge *mine = n->out[i];
		if (!cm_type_set_has(&c->sector_roles, mine->type) || !in_force(c, mine))
			continue;
		for (size_t s = 0; s < c->map->nodes.count; s++) {
			const cm_node *other = c->map->nodes.items[s];
			if (other->type != mine->to->type || !other_side(n, other) ||
			    !same_kind(c->map, mine->to, other))
				continue;
			for (size_t k = 0; k < other->nin; k++) {
				const cm_edge *theirs = other->in[k];
				if (theirs->type != mine->type || !in_force(c, theirs) ||
				    !other_side(n, theirs->from) ||
				    cm_result_has_node(c->result, theirs->from))
					continue;
				const char *fmt = cm_label(c->map, c->view, "counterpart.sector_role", "%s %s");
				add_reason(c, candidate_of(c, theirs->from), 2, fmt,
					   cm_label2_or(c->map, c->view, "edge", mine->type->name),
					   cm_node_label(c->map, c->view, mine->to));
			}
		}
	}
}

static int by_score(const void *a, const void *b)
{
	const candidate *x = a, *y = b;
	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return strcmp(x->node->id, y->node->id);
}

static void inferred_rows(counting *c, size_t limit)
{
	c->found = calloc(c->map->nodes.count + 1, sizeof(*c->found));
	cm_ptrmap_init(&c->index);
	if (!c->found) {
		c->result->failed = 1;
		return;
	}
	shared_functions(c);
	sector_roles(c);
	qsort(c->found, c->nfound, sizeof(*c->found), by_score);
	const char *sep = cm_label(c->map, c->view, "list.field_separator", "; ");
	for (size_t i = 0; i < c->nfound && i < limit; i++) {
		candidate *k = &c->found[i];
		cm_strbuf detail;
		cm_strbuf_init(&detail);
		char score[32];
		snprintf(score, sizeof score, "%zu", k->score);
		cm_strbuf_fill1(&detail, cm_label(c->map, c->view, "counterpart.score", "score %s"),
				score);
		for (size_t r = 0; r < k->nreasons; r++)
			cm_strbuf_addf(&detail, "%s%s", sep, k->reasons[r]);
		if (k->node->type == c->node->type)
			cm_strbuf_addf(&detail, "%s%s", sep,
				       cm_label(c->map, c->view, "counterpart.same_type", "same type"));
		const char *cells[] = {"inferred", k->node->id, k->node->side,
				       cm_node_label(c->map, c->view, k->node),
				       detail.data ? detail.data : ""};
		cm_result_add_row(c->result, 0, cells);
		cm_result_add_grouped(c->result, k->node,
				      cm_label(c->map, c->view, "counterpart.group",
					       "inferred: bodies with the same roles"));
		cm_strbuf_release(&detail);
	}
	free(c->found);
	cm_ptrmap_release(&c->index);
}

cm_status cm_query_counterpart(cm_result **out, const cm_map *map, const cm_view *view,
			       const char *node, const cm_counterpart_options *options,
			       cm_diags *diags)
{
	const char *const columns[] = {"kind", "id", cm_side_column(map), "name", "detail"};
	counting c;
	memset(&c, 0, sizeof c);
	c.map = map;
	*out = NULL;
	cm_status st = cm_resolve_for(&c.node, map, view, node, "counterpart", diags);
	if (st != CM_OK)
		return st;
	/* the side asked for says which body is meant; its counterparts are
	 * on the other side, which a view of that side alone would not show */
	cm_view both = *view;
	both.country = NULL;
	c.view = &both;
	if (!c.node->side) {
		cm_diag_add(diags, NULL, 0, 0, "'%s' belongs to no country, so it has no counterpart",
			    c.node->id);
		return CM_EINVAL;
	}
	cm_type_set_query(&c.declared, map, "counterpart", "declared");
	cm_type_set_query(&c.shared, map, "counterpart", "shared");
	cm_type_set_query(&c.lead, map, "counterpart", "lead");
	cm_type_set_query(&c.sector_roles, map, "counterpart", "sector_roles");
	char title[256];
	snprintf(title, sizeof title, "counterpart %s", c.node->id);
	if ((st = cm_result_new(&c.result, map, title, columns, 5, diags)) != CM_OK)
		return st;
	static const cm_role roles[] = {CM_ROLE_KIND, CM_ROLE_ID, CM_ROLE_SIDE, CM_ROLE_NAME,
					CM_ROLE_NONE};
	cm_result_set_roles(c.result, roles, 5);
	cm_result_add_node(c.result, c.node);
	if (c.node->since > view->as_of || c.node->until <= view->as_of) {
		char day[CM_DATE_BUF];
		cm_date_format(day, sizeof day, view->as_of);
		cm_result_why_empty(c.result, "%s is not in force on %s, so it has no counterpart in the view",
				    c.node->id, day);
	} else {
		cm_result_why_empty(c.result, "%s has no declared counterpart in the view, and no body on the other side takes part in the same functions",
				    c.node->id);
	}
	declared_rows(&c);
	int all = options && options->all;
	if (all || !declared_cover(&c))
		inferred_rows(&c, all ? MAX_INFERRED : DEFAULT_INFERRED);
	return cm_result_finish(out, c.result, diags);
}
