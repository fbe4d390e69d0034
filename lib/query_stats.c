/* query_stats.c: `stats` -- nodes and edges in the view by type and side. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "result.h"
#include "view.h"

/* The sides are the map's (computed once at load); each is a column. */
typedef struct tally {
	const char *const *sides; /* interned side ids, sorted */
	size_t nsides;
	size_t ncounts; /* total, each side, none, pending */
} tally;

/* counts: [0] total, [1..nsides] per side, [nsides+1] none, [nsides+2] pending */
static void count(const tally *t, size_t *counts, const char *side, cm_presence p)
{
	if (p == CM_GONE)
		return;
	if (p == CM_PENDING) {
		counts[t->nsides + 2]++;
		return;
	}
	counts[0]++;
	size_t k = 0;
	while (side && k < t->nsides && t->sides[k] != side)
		k++;
	counts[side && k < t->nsides ? k + 1 : t->nsides + 1]++;
}

static void add_counts(cm_result *r, const tally *t, const char *element,
		       const char *type, const size_t *counts)
{
	const char *cells[CM_MAX_COLUMNS];
	char numbers[CM_MAX_COLUMNS][24];
	cells[0] = element;
	cells[1] = type;
	for (size_t i = 0; i < t->ncounts; i++) {
		snprintf(numbers[i], sizeof numbers[i], "%zu", counts[i]);
		cells[i + 2] = numbers[i];
	}
	cm_result_add_row(r, 0, cells);
}

/* One pass over the nodes, counting into counts[type index * ncounts]. */
static void count_nodes(size_t *counts, const tally *t, const cm_map *map, const cm_view *view)
{
	for (size_t i = 0; i < map->nodes.count; i++) {
		const cm_node *n = map->nodes.items[i];
		count(t, counts + n->type->index * t->ncounts, n->side, cm_node_presence(view, n));
	}
}

/* Each edge once, as an out-edge of its from-node: node by node through the
 * compact adjacency, so that (outside one side's view) only dated edges
 * are looked at themselves. */
static void count_edges(size_t *counts, const tally *t, const cm_map *map, const cm_view *view)
{
	for (size_t i = 0; i < map->nodes.count; i++) {
		const cm_node *n = map->nodes.items[i];
		for (size_t k = 0; k < n->nout; k++) {
			const cm_adj *a = &n->adj[k];
			cm_presence p = a->timeless && !view->country ? CM_CURRENT
						    : cm_edge_presence(view, map->edges.items[a->edge], NULL);
			count(t, counts + a->type * t->ncounts, n->side, p);
		}
	}
}

/* A row per type, in the schema's order, then one for all of them. */
static void add_rows(cm_result *r, const tally *t, const char *element, const size_t *counts,
		     const char *const *names, size_t ntypes)
{
	size_t all[CM_MAX_COLUMNS] = {0};
	for (size_t ty = 0; ty < ntypes; ty++) {
		add_counts(r, t, element, names[ty], counts + ty * t->ncounts);
		for (size_t k = 0; k < t->ncounts; k++)
			all[k] += counts[ty * t->ncounts + k];
	}
	add_counts(r, t, element, "(all)", all);
}

static cm_status type_rows(cm_result *r, const tally *t, const cm_map *map,
			   const cm_view *view)
{
	const cm_schema *s = &map->schema;
	size_t most = s->nnode_types > s->nedge_types ? s->nnode_types : s->nedge_types;
	size_t *counts = calloc((most + 1) * t->ncounts, sizeof(*counts));
	const char **names = malloc((most + 1) * sizeof(*names));
	if (!counts || !names) {
		free(counts);
		free(names);
		return CM_ENOMEM;
	}
	count_nodes(counts, t, map, view);
	for (size_t i = 0; i < s->nnode_types; i++)
		names[i] = s->node_types[i].name;
	add_rows(r, t, "node", counts, names, s->nnode_types);
	memset(counts, 0, (most + 1) * t->ncounts * sizeof(*counts));
	count_edges(counts, t, map, view);
	for (size_t i = 0; i < s->nedge_types; i++)
		names[i] = s->edge_types[i].name;
	add_rows(r, t, "edge", counts, names, s->nedge_types);
	free(counts);
	free(names);
	return CM_OK;
}

cm_status cm_query_stats(cm_result **out, const cm_map *map, const cm_view *view,
			 cm_diags *diags)
{
	tally t = {map->sides, map->nsides, map->nsides + 3};
	*out = NULL;
	if (t.ncounts + 2 > CM_MAX_COLUMNS) {
		cm_diag_add(diags, NULL, 0, 0,
			    "the map has %zu sides: counting them takes a column each, and a result has at most %d",
			    t.nsides, CM_MAX_COLUMNS - 5);
		return CM_ELIMIT;
	}
	const char *columns[CM_MAX_COLUMNS];
	size_t n = 0;
	columns[n++] = "element";
	columns[n++] = "type";
	columns[n++] = "total";
	for (size_t i = 0; i < t.nsides; i++)
		columns[n++] = t.sides[i];
	columns[n++] = "none";
	columns[n++] = "not_yet_in_force";
	cm_result *r;
	cm_status st = cm_result_new(&r, map, "stats", columns, n, diags);
	if (st != CM_OK)
		return st;
	for (size_t c = 2; c < n; c++) {
		r->numbers |= 1u << c; /* the counts */
		cm_result_set_role(r, c, CM_ROLE_NUMBER);
	}
	cm_result_set_role(r, 0, CM_ROLE_KIND);
	cm_result_set_role(r, 1, CM_ROLE_TYPE);
	st = type_rows(r, &t, map, view);
	if (st != CM_OK) {
		cm_result_free(r);
		return st;
	}
	return cm_result_finish(out, r, diags);
}
