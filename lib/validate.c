/*
 * validate.c: the checks that need the whole map -- ids that edges and refs
 * point at, the node types an edge type may join, and cycles in acyclic
 * edge types (an iterative depth-first search per type, O(nodes + edges)).
 */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "diag.h"
#include "loader.h"
#include "suggest.h"

const char *cm_closest_id(const cm_map *map, const char *id)
{
	cm_suggest sg;
	cm_suggest_init(&sg, id);
	for (size_t i = 0; i < map->nodes.count; i++)
		cm_suggest_offer(&sg, ((const cm_node *)map->nodes.items[i])->id);
	return sg.best;
}

static const cm_node *find_node(cm_loader *ld, const char *id, const char *what,
				const char *file, unsigned line, unsigned column)
{
	const cm_node *node = *cm_intern_value(id);
	if (node)
		return node;
	const char *close = cm_closest_id(ld->map, id);
	if (close)
		cm_loader_problem(ld, file, line, column,
			  "unknown id '%s' in '%s' (did you mean '%s'?)", id, what, close);
	else
		cm_loader_problem(ld, file, line, column, "unknown id '%s' in '%s'", id, what);
	return NULL;
}

static void type_list(char *buf, size_t size, const cm_node_type *const *types,
		      size_t n)
{
	size_t used = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < n && used < size; i++)
		used += (size_t)snprintf(buf + used, size - used, "%s%s",
					 i ? (i + 1 == n ? " or " : ", ") : "",
					 types[i]->name);
}

static void check_refs(cm_loader *ld)
{
	for (size_t i = 0; i < ld->pending_refs.count; i++) {
		const cm_pending_ref *ref = ld->pending_refs.items[i];
		const cm_node *node = find_node(ld, ref->id, ref->def->name, ref->file,
						ref->line, ref->column);
		if (!node || cm_node_type_in(node->type, ref->def->types, ref->def->ntypes))
			continue;
		char want[256];
		type_list(want, sizeof want, ref->def->types, ref->def->ntypes);
		cm_loader_problem(ld, ref->file, ref->line, ref->column,
			  "'%s' must name a node of type %s, but '%s' is of type %s", ref->def->name, want,
			   ref->id, node->type->name);
	}
}

/* The end of an edge of type t whose node type t does not allow, or NULL. */
static const cm_node *misfit_end(const cm_edge_type *t, const cm_node *from, const cm_node *to)
{
	return !cm_node_type_in(from->type, t->from, t->nfrom) ? from
	       : !cm_node_type_in(to->type, t->to, t->nto)     ? to
							       : NULL;
}

void cm_resolve_early(cm_loader *ld, size_t first)
{
	for (size_t i = first; i < ld->npending_edges; i++) {
		cm_pending_edge *p = &ld->pending_edges[i];
		cm_node *from = *cm_intern_value(p->from), *to = *cm_intern_value(p->to);
		if (from && to && !misfit_end(p->edge->type, from, to)) {
			p->edge->from = from;
			p->edge->to = to;
		}
	}
}

static int ends_fit(cm_loader *ld, const cm_pending_edge *p, const cm_node *from,
		    const cm_node *to)
{
	const cm_edge_type *t = p->edge->type;
	const cm_node *end = misfit_end(t, from, to);
	if (!end)
		return 1;
	int at_from = end == from;
	char want[256];
	type_list(want, sizeof want, at_from ? t->from : t->to, at_from ? t->nfrom : t->nto);
	cm_loader_problem(ld, p->edge->file, at_from ? p->from_line : p->to_line,
		  at_from ? p->from_column : p->to_column,
		   "%s cannot %s %s '%s'; it must %s %s", t->name,
		   at_from ? "start at" : "end at", end->type->name, end->id,
		   at_from ? "start at" : "end at", want);
	return 0;
}

/* Turns the pending edges whose ends are found into the map's edges;
 * end_nodes gets each edge's from and to node index, for linking without
 * visiting the nodes again. */
static void make_edges(cm_loader *ld, unsigned *end_nodes)
{
	cm_map *map = ld->map;
	for (size_t i = 0; i < ld->npending_edges; i++) {
		const cm_pending_edge *p = &ld->pending_edges[i];
		cm_edge *e = p->edge;
		const cm_node *from = e->from, *to = e->to;
		if (!from) { /* not found as it was read: look again, and say why */
			const char *type = e->type->name, *file = e->file;
			from = find_node(ld, p->from, type, file, p->from_line, p->from_column);
			to = find_node(ld, p->to, type, file, p->to_line, p->to_column);
			if (!from || !to || !ends_fit(ld, p, from, to))
				continue;
		}
		e->from = (cm_node *)from;
		e->to = (cm_node *)to;
		e->index = (unsigned)map->edges.count;
		end_nodes[2 * e->index] = (unsigned)from->index;
		end_nodes[2 * e->index + 1] = (unsigned)to->index;
		if (!cm_vec_push(&map->edges, e)) {
			cm_loader_problem(ld, NULL, 0, 0, "out of memory");
			return;
		}
	}
}

static int unbounded(int since, int until)
{
	return since == CM_DATE_MIN && until == CM_DATE_MAX;
}

/* Where each node's slice of ends and adjacency begins (out, then in), and
 * its counts; bounded[i]: node i has a since or until. */
static void lay_out_nodes(cm_map *map, const unsigned *nout, const unsigned *nin,
			  size_t *out_at, size_t *in_at, unsigned char *bounded)
{
	size_t start = 0;
	for (size_t i = 0; i < map->nodes.count; i++) {
		cm_node *n = map->nodes.items[i];
		if (n->since > map->latest_since)
			map->latest_since = n->since;
		bounded[i] = !unbounded(n->since, n->until);
		n->out = map->ends + start;
		n->in = n->out + nout[i];
		n->adj = map->adjacency + start;
		n->nout = nout[i];
		n->nin = nin[i];
		n->nadj = n->nout + n->nin;
		out_at[i] = start;
		in_at[i] = start + nout[i];
		start += n->nadj;
	}
}

/*
 * Fills every node's out and in lists, and the compact adjacency traversals
 * use (out-edges then in-edges, in the order edges were read), walking the
 * edges in order with their ends' indices: no pass hops from node to node.
 */
static cm_status link_graph(cm_map *map, const unsigned *end_nodes)
{
	size_t nn = map->nodes.count, ne = map->edges.count;
	unsigned *nout = calloc(nn + 1, sizeof(*nout)), *nin = calloc(nn + 1, sizeof(*nin));
	size_t *out_at = malloc((nn + 1) * sizeof(*out_at)), *in_at = malloc((nn + 1) * sizeof(*in_at));
	unsigned char *bounded = malloc(nn + 1);
	map->ends = malloc((2 * ne + 1) * sizeof(*map->ends));
	map->adjacency = malloc((2 * ne + 1) * sizeof(*map->adjacency));
	cm_status st = CM_ENOMEM;
	if (nout && nin && out_at && in_at && bounded && map->ends && map->adjacency) {
		map->latest_since = INT_MIN;
		for (size_t i = 0; i < ne; i++) {
			const cm_edge *e = map->edges.items[i];
			nout[end_nodes[2 * i]]++;
			nin[end_nodes[2 * i + 1]]++;
			if (e->since > map->latest_since)
				map->latest_since = e->since;
		}
		lay_out_nodes(map, nout, nin, out_at, in_at, bounded);
		for (size_t i = 0; i < ne; i++) {
			cm_edge *e = map->edges.items[i];
			unsigned from = end_nodes[2 * i], to = end_nodes[2 * i + 1];
			size_t o = out_at[from]++, n = in_at[to]++;
			unsigned char timeless = unbounded(e->since, e->until) && !bounded[from] &&
						 !bounded[to];
			unsigned short type = (unsigned short)e->type->index;
			unsigned char symmetric = (unsigned char)e->type->symmetric;
			map->ends[o] = map->ends[n] = e;
			map->adjacency[o] = (cm_adj){(unsigned)i, to, type, 1, timeless, symmetric};
			map->adjacency[n] = (cm_adj){(unsigned)i, from, type, 0, timeless, symmetric};
		}
		st = CM_OK;
	}
	free(nout);
	free(nin);
	free(out_at);
	free(in_at);
	free(bounded);
	return st;
}

/* ---- sides ---- */

static int by_text(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Every side some node belongs to, once each, sorted: computed once here
 * for every query that groups by side. */
static cm_status collect_sides(cm_map *map)
{
	size_t n = 0;
	for (size_t i = 0; i < map->nodes.count; i++)
		n += ((const cm_node *)map->nodes.items[i])->side != NULL;
	const char **sides = cm_arena_alloc(&map->arena, (n + 1) * sizeof(*sides));
	if (!sides)
		return CM_ENOMEM;
	n = 0;
	for (size_t i = 0; i < map->nodes.count; i++) {
		const char *side = ((const cm_node *)map->nodes.items[i])->side;
		if (side)
			sides[n++] = side;
	}
	qsort(sides, n, sizeof(*sides), by_text);
	size_t unique = 0;
	for (size_t i = 0; i < n; i++)
		if (unique == 0 || sides[i] != sides[unique - 1])
			sides[unique++] = sides[i];
	map->sides = sides;
	map->nsides = unique;
	for (size_t i = 0; i < unique; i++) {
		cm_node *country = (cm_node *)cm_map_node(map, sides[i]);
		if (country)
			country->is_side = 1;
	}
	return CM_OK;
}

/* ---- cycles ---- */

typedef struct dfs_frame {
	cm_node *node;
	size_t next; /* next out-edge to look at */
} dfs_frame;

static void report_cycle(cm_loader *ld, const cm_edge_type *type, dfs_frame *stack,
			 size_t depth, const cm_node *back_to, const cm_edge *closing)
{
	char path[768];
	size_t used = 0, start = depth;
	while (start > 0 && stack[start - 1].node != back_to)
		start--;
	path[0] = '\0';
	for (size_t i = start ? start - 1 : 0; i < depth && used < sizeof path; i++)
		used += (size_t)snprintf(path + used, sizeof path - used, "%s -> ",
					 stack[i].node->id);
	if (used < sizeof path)
		snprintf(path + used, sizeof path - used, "%s", back_to->id);
	cm_loader_problem(ld, closing->file, closing->line, closing->column,
		  "cycle in %s: %s", type->name, path);
}

static void find_cycles(cm_loader *ld, const cm_edge_type *type, unsigned char *color,
			dfs_frame *stack)
{
	cm_map *map = ld->map;
	memset(color, 0, map->nodes.count);
	for (size_t root = 0; root < map->nodes.count; root++) {
		if (color[root])
			continue;
		size_t depth = 0;
		stack[depth++] = (dfs_frame){map->nodes.items[root], 0};
		color[root] = 1;
		while (depth) {
			dfs_frame *top = &stack[depth - 1];
			if (top->next == top->node->nout) {
				color[top->node->index] = 2;
				depth--;
				continue;
			}
			const cm_adj *a = &top->node->adj[top->next++]; /* out-edges come first */
			if (a->type != type->index)
				continue;
			cm_node *to = map->nodes.items[a->other];
			unsigned char c = color[a->other];
			if (c == 1)
				report_cycle(ld, type, stack, depth, to, map->edges.items[a->edge]);
			if (c)
				continue;
			color[a->other] = 1;
			stack[depth++] = (dfs_frame){to, 0};
		}
	}
}

static void check_cycles(cm_loader *ld)
{
	const cm_schema *s = &ld->map->schema;
	size_t n = ld->map->nodes.count;
	unsigned char *color = malloc(n + 1);
	dfs_frame *stack = malloc((n + 1) * sizeof(*stack));
	for (size_t t = 0; color && stack && t < s->nedge_types; t++)
		if (s->edge_types[t].acyclic && !s->edge_types[t].symmetric)
			find_cycles(ld, &s->edge_types[t], color, stack);
	if (!color || !stack)
		cm_loader_problem(ld, NULL, 0, 0, "out of memory");
	free(color);
	free(stack);
}

void cm_validate(cm_loader *ld)
{
	check_refs(ld);
	unsigned *end_nodes = malloc((2 * ld->npending_edges + 1) * sizeof(*end_nodes));
	if (!end_nodes) {
		cm_loader_problem(ld, NULL, 0, 0, "out of memory");
		return;
	}
	make_edges(ld, end_nodes);
	free(ld->pending_edges); /* before the adjacency, which needs as much */
	ld->pending_edges = NULL;
	ld->npending_edges = ld->pending_edges_cap = 0;
	cm_status st = link_graph(ld->map, end_nodes);
	free(end_nodes);
	if (st == CM_OK)
		st = collect_sides(ld->map);
	if (st != CM_OK) {
		cm_loader_problem(ld, NULL, 0, 0, "out of memory");
		return;
	}
	check_cycles(ld);
}
