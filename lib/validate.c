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

static int ends_fit(cm_loader *ld, const cm_pending_edge *p, const cm_node *from,
		    const cm_node *to)
{
	const cm_edge_type *t = p->edge->type;
	const cm_node *end = !cm_node_type_in(from->type, t->from, t->nfrom) ? from
			     : !cm_node_type_in(to->type, t->to, t->nto)     ? to
									     : NULL;
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

static void make_edges(cm_loader *ld)
{
	cm_map *map = ld->map;
	for (size_t i = 0; i < ld->npending_edges; i++) {
		const cm_pending_edge *p = &ld->pending_edges[i];
		const char *type = p->edge->type->name, *file = p->edge->file;
		const cm_node *from = find_node(ld, p->from, type, file, p->from_line,
						p->from_column);
		const cm_node *to = find_node(ld, p->to, type, file, p->to_line, p->to_column);
		if (!from || !to || !ends_fit(ld, p, from, to))
			continue;
		cm_edge *e = p->edge;
		e->from = (cm_node *)from;
		e->to = (cm_node *)to;
		e->index = map->edges.count;
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

static cm_adj adj_entry(cm_edge *e, int forward)
{
	int timeless = unbounded(e->since, e->until) && unbounded(e->from->since, e->from->until) &&
		       unbounded(e->to->since, e->to->until);
	return (cm_adj){e->index, (unsigned)(forward ? e->to : e->from)->index,
			(unsigned short)e->type->index,
			(unsigned char)forward, (unsigned char)timeless,
			(unsigned char)e->type->symmetric};
}

/* The compact adjacency traversals use: a node's out-edges then its in-edges. */
static cm_status link_adjacency(cm_map *map)
{
	free(map->adjacency);
	map->adjacency = malloc((2 * map->edges.count + 1) * sizeof(*map->adjacency));
	if (!map->adjacency)
		return CM_ENOMEM;
	cm_adj *next = map->adjacency;
	for (size_t i = 0; i < map->nodes.count; i++) {
		cm_node *n = map->nodes.items[i];
		n->adj = next;
		for (size_t k = 0; k < n->nout; k++)
			*next++ = adj_entry(n->out[k], 1);
		for (size_t k = 0; k < n->nin; k++)
			*next++ = adj_entry(n->in[k], 0);
		n->nadj = (size_t)(next - n->adj);
	}
	return CM_OK;
}

cm_status cm_graph_link(cm_map *map)
{
	map->latest_since = INT_MIN;
	for (size_t i = 0; i < map->edges.count; i++) {
		cm_edge *e = map->edges.items[i];
		e->from->nout++;
		e->to->nin++;
		if (e->since > map->latest_since)
			map->latest_since = e->since;
	}
	free(map->ends);
	map->ends = malloc((2 * map->edges.count + 1) * sizeof(*map->ends));
	if (!map->ends)
		return CM_ENOMEM;
	cm_edge **next = map->ends;
	for (size_t i = 0; i < map->nodes.count; i++) {
		cm_node *n = map->nodes.items[i];
		if (n->since > map->latest_since)
			map->latest_since = n->since;
		n->out = next;
		n->in = next + n->nout;
		next += n->nout + n->nin;
		n->nout = n->nin = 0;
	}
	for (size_t i = 0; i < map->edges.count; i++) {
		cm_edge *e = map->edges.items[i];
		e->from->out[e->from->nout++] = e;
		e->to->in[e->to->nin++] = e;
	}
	return link_adjacency(map);
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
			const cm_edge *e = top->node->out[top->next++];
			if (e->type != type)
				continue;
			unsigned char c = color[e->to->index];
			if (c == 1)
				report_cycle(ld, type, stack, depth, e->to, e);
			if (c)
				continue;
			color[e->to->index] = 1;
			stack[depth++] = (dfs_frame){e->to, 0};
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
	make_edges(ld);
	free(ld->pending_edges); /* before the adjacency, which needs as much */
	ld->pending_edges = NULL;
	ld->npending_edges = ld->pending_edges_cap = 0;
	if (cm_graph_link(ld->map) != CM_OK) {
		cm_loader_problem(ld, NULL, 0, 0, "out of memory");
		return;
	}
	check_cycles(ld);
}
