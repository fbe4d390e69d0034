/*
 * query_counterpart.c: `counterpart NODE` -- declared counterparts on the
 * other side first, then bodies there that share the most functions with
 * NODE (a count over the schema's `shared` edge types), ten at most.
 * Among equal counts, a body in the same role (both lead, both support)
 * and of the same type ranks higher.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "describe.h"
#include "diag.h"
#include "result.h"
#include "strbuf.h"
#include "walk.h"

#define MAX_INFERRED 10

typedef struct candidate {
	const cm_node *node;
	size_t shared; /* functions in common */
	size_t score;  /* shared, weighted: same role counts double, same type adds one */
} candidate;

static int other_side(const cm_node *a, const cm_node *b)
{
	return b->side && a->side && b->side != a->side;
}

static void declared_rows(cm_result *r, const cm_map *map, const cm_view *view,
			  const cm_node *n, const cm_type_set *declared)
{
	cm_strbuf detail;
	cm_strbuf_init(&detail);
	for (int in = 0; in < 2; in++) {
		size_t count = in ? n->nin : n->nout;
		for (size_t i = 0; i < count; i++) {
			const cm_edge *e = in ? n->in[i] : n->out[i];
			const cm_node *other = in ? e->from : e->to;
			int since = 0;
			cm_presence p = cm_edge_presence(view, e, &since);
			if (!cm_type_set_has(declared, e->type) || p == CM_GONE)
				continue;
			detail.len = 0;
			cm_describe_edge_attrs(&detail, map, view, e);
			if (detail.data)
				detail.data[detail.len] = '\0';
			const char *cells[] = {"declared", other->id, other->side,
					       cm_node_label(map, view, other),
					       detail.data ? detail.data : ""};
			cm_result_add_row(r, p == CM_PENDING ? since : 0, cells);
			cm_result_add_edge(r, e);
		}
	}
	cm_strbuf_release(&detail);
}

static int by_shared(const void *a, const void *b)
{
	const candidate *x = a, *y = b;
	if (x->shared != y->shared)
		return x->shared > y->shared ? -1 : 1;
	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return strcmp(x->node->id, y->node->id);
}

/* Bodies on the other side with shared-type edges to the same targets. */
static void inferred_rows(cm_result *r, const cm_map *map, const cm_view *view,
			  const cm_node *n, const cm_type_set *shared)
{
	cm_ptrmap counts; /* node -> candidate index + 1 */
	cm_ptrmap_init(&counts);
	candidate *found = calloc(map->nodes.count + 1, sizeof(*found));
	size_t nfound = 0;
	for (size_t i = 0; found && i < n->nout; i++) {
		const cm_edge *mine = n->out[i];
		if (!cm_type_set_has(shared, mine->type) ||
		    cm_edge_presence(view, mine, NULL) != CM_CURRENT)
			continue;
		const cm_node *target = mine->to;
		for (size_t k = 0; k < target->nin; k++) {
			const cm_edge *theirs = target->in[k];
			const cm_node *c = theirs->from;
			if (!cm_type_set_has(shared, theirs->type) || !other_side(n, c) ||
			    cm_result_has_node(r, c) ||
			    cm_edge_presence(view, theirs, NULL) != CM_CURRENT)
				continue;
			size_t idx = (size_t)(uintptr_t)cm_ptrmap_get(&counts, c);
			if (!idx) {
				found[nfound] = (candidate){c, 0, c->type == n->type};
				idx = ++nfound;
				cm_ptrmap_put(&counts, c, (void *)(uintptr_t)idx);
			}
			found[idx - 1].shared++;
			found[idx - 1].score += theirs->type == mine->type ? 2 : 1;
		}
	}
	if (found)
		qsort(found, nfound, sizeof(*found), by_shared);
	for (size_t i = 0; i < nfound && i < MAX_INFERRED; i++) {
		char detail[64];
		snprintf(detail, sizeof detail, "shares %zu function%s", found[i].shared,
			 found[i].shared == 1 ? "" : "s");
		const cm_node *c = found[i].node;
		const char *cells[] = {"inferred", c->id, c->side, cm_node_label(map, view, c),
				       detail};
		cm_result_add_row(r, 0, cells);
		cm_result_add_grouped(r, c, "inferred: bodies with the same functions");
	}
	free(found);
	cm_ptrmap_release(&counts);
}

cm_status cm_query_counterpart(cm_result **out, const cm_map *map,
			       const cm_view *view, const char *node,
			       cm_diags *diags)
{
	static const char *const columns[] = {"kind", "id", "side", "name", "detail"};
	const cm_node *n;
	*out = NULL;
	cm_status st = cm_resolve_for(&n, map, view, node, "counterpart", diags);
	if (st != CM_OK)
		return st;
	if (!n->side) {
		cm_diag_add(diags, NULL, 0, 0, "'%s' belongs to no country, so it has no counterpart",
			    n->id);
		return CM_EINVAL;
	}
	cm_type_set declared, shared;
	cm_type_set_query(&declared, map, "counterpart", "declared");
	cm_type_set_query(&shared, map, "counterpart", "shared");
	char title[256];
	snprintf(title, sizeof title, "counterpart %s", n->id);
	cm_result *r;
	if ((st = cm_result_new(&r, map, title, columns, 5, diags)) != CM_OK)
		return st;
	static const cm_role roles[] = {CM_ROLE_KIND, CM_ROLE_ID, CM_ROLE_NONE, CM_ROLE_NAME,
					CM_ROLE_NONE};
	cm_result_set_roles(r, roles, 5);
	cm_result_add_node(r, n);
	cm_result_why_empty(r, "%s has no declared counterpart in the view, and no body on the other side takes part in the same functions",
			    n->id);
	declared_rows(r, map, view, n, &declared);
	inferred_rows(r, map, view, n, &shared);
	return cm_result_finish(out, r, diags);
}
