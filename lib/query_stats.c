/* query_stats.c: `stats` -- nodes and edges in the view by type and side. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "result.h"
#include "view.h"

#define MAX_SIDES 16

typedef struct tally {
	const char *sides[MAX_SIDES]; /* interned side ids, sorted */
	size_t nsides;
} tally;

static int by_text(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void find_sides(tally *t, const cm_map *map)
{
	t->nsides = 0;
	for (size_t i = 0; i < map->nodes.count; i++) {
		const char *side = ((const cm_node *)map->nodes.items[i])->side;
		size_t k = 0;
		while (side && k < t->nsides && t->sides[k] != side)
			k++;
		if (side && k == t->nsides && t->nsides < MAX_SIDES)
			t->sides[t->nsides++] = side;
	}
	qsort(t->sides, t->nsides, sizeof(t->sides[0]), by_text);
}

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
	const char *cells[MAX_SIDES + 5];
	char numbers[MAX_SIDES + 3][24];
	cells[0] = element;
	cells[1] = type;
	for (size_t i = 0; i < t->nsides + 3; i++) {
		snprintf(numbers[i], sizeof numbers[i], "%zu", counts[i]);
		cells[i + 2] = numbers[i];
	}
	cm_result_add_row(r, 0, cells);
}

static void node_rows(cm_result *r, const tally *t, const cm_map *map,
		      const cm_view *view)
{
	size_t all[MAX_SIDES + 3] = {0};
	for (size_t ty = 0; ty < map->schema.nnode_types; ty++) {
		const cm_node_type *type = &map->schema.node_types[ty];
		size_t counts[MAX_SIDES + 3] = {0};
		for (size_t i = 0; i < map->nodes.count; i++) {
			const cm_node *n = map->nodes.items[i];
			if (n->type == type) {
				count(t, counts, n->side, cm_node_presence(view, n));
				count(t, all, n->side, cm_node_presence(view, n));
			}
		}
		add_counts(r, t, "node", type->name, counts);
	}
	add_counts(r, t, "node", "(all)", all);
}

static void edge_rows(cm_result *r, const tally *t, const cm_map *map,
		      const cm_view *view)
{
	size_t all[MAX_SIDES + 3] = {0};
	for (size_t ty = 0; ty < map->schema.nedge_types; ty++) {
		const cm_edge_type *type = &map->schema.edge_types[ty];
		size_t counts[MAX_SIDES + 3] = {0};
		for (size_t i = 0; i < map->edges.count; i++) {
			const cm_edge *e = map->edges.items[i];
			if (e->type != type)
				continue;
			cm_presence p = cm_edge_presence(view, e, NULL);
			count(t, counts, e->from->side, p);
			count(t, all, e->from->side, p);
		}
		add_counts(r, t, "edge", type->name, counts);
	}
	add_counts(r, t, "edge", "(all)", all);
}

cm_status cm_query_stats(cm_result **out, const cm_map *map, const cm_view *view,
			 cm_diags *diags)
{
	tally t;
	find_sides(&t, map);
	const char *columns[MAX_SIDES + 5];
	size_t n = 0;
	columns[n++] = "element";
	columns[n++] = "type";
	columns[n++] = "total";
	for (size_t i = 0; i < t.nsides; i++)
		columns[n++] = t.sides[i];
	columns[n++] = "none";
	columns[n++] = "not_yet_in_force";
	cm_result *r;
	*out = NULL;
	cm_status st = cm_result_new(&r, map, "stats", columns, n);
	if (st != CM_OK)
		return st;
	node_rows(r, &t, map, view);
	edge_rows(r, &t, map, view);
	return cm_result_finish(out, r, diags);
}
