/*
 * query_path.c: `path` and `reach` -- breadth-first searches over the
 * edges in force, O(nodes + edges).  `path --all` keeps every predecessor
 * at the shortest distance and enumerates the paths back from the target,
 * up to a limit.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "labels.h"
#include "result.h"
#include "walk.h"

#define DEFAULT_MAX_PATHS 1000

typedef struct pred {
	cm_step step;      /* the step that reached the node */
	const cm_node *from;
	struct pred *next; /* other predecessors at the same distance */
} pred;

typedef struct search {
	const cm_map *map;
	const cm_view *view;
	cm_type_set types;
	int directions;
	unsigned max_hops;
	int *dist;      /* by node index; -1: not reached */
	pred **preds;   /* by node index */
	const cm_node **queue;
	cm_step *steps; /* scratch for one node's steps */
	cm_arena arena; /* pred records */
} search;

static size_t max_degree(const cm_map *map)
{
	size_t max = 1;
	for (size_t i = 0; i < map->nodes.count; i++) {
		const cm_node *n = map->nodes.items[i];
		if (n->nout + n->nin > max)
			max = n->nout + n->nin;
	}
	return max;
}

static cm_status search_init(search *s, const cm_map *map, const cm_view *view,
			     const cm_walk_options *o, cm_diags *diags)
{
	memset(s, 0, sizeof(*s));
	s->map = map;
	s->view = view;
	s->max_hops = o ? o->max_hops : 0;
	cm_arena_init(&s->arena);
	cm_status st = cm_type_set_parse(&s->types, map, o ? o->via : NULL, diags);
	if (st != CM_OK)
		return st;
	size_t n = map->nodes.count + 1;
	s->dist = malloc(n * sizeof(*s->dist));
	s->preds = calloc(n, sizeof(*s->preds));
	s->queue = malloc(n * sizeof(*s->queue));
	s->steps = malloc(max_degree(map) * sizeof(*s->steps));
	if (!s->dist || !s->preds || !s->queue || !s->steps)
		return CM_ENOMEM;
	for (size_t i = 0; i < n; i++)
		s->dist[i] = -1;
	return CM_OK;
}

static void search_release(search *s)
{
	free(s->dist);
	free(s->preds);
	free(s->queue);
	free(s->steps);
	cm_arena_release(&s->arena);
}

/* Breadth first from start until target (if any) is settled; with keep_all
 * every shortest predecessor is kept, else the first.  Returns the number of
 * nodes queued, or 0 when out of memory. */
static size_t bfs(search *s, const cm_node *start, const cm_node *target,
		  int keep_all, cm_presence worst)
{
	size_t head = 0, tail = 0;
	s->dist[start->index] = 0;
	s->queue[tail++] = start;
	while (head < tail) {
		const cm_node *u = s->queue[head++];
		int d = s->dist[u->index];
		if (target && s->dist[target->index] >= 0 && d >= s->dist[target->index])
			break;
		if (s->max_hops && (unsigned)d >= s->max_hops)
			continue;
		size_t n = cm_steps(s->steps, s->map, s->view, u, &s->types, s->directions, worst);
		for (size_t i = 0; i < n; i++) {
			size_t vi = s->steps[i].next_index;
			int dv = s->dist[vi];
			if (dv >= 0 && !(keep_all && dv == d + 1))
				continue;
			pred *p = cm_arena_alloc(&s->arena, sizeof(*p));
			if (!p)
				return 0;
			*p = (pred){s->steps[i], u, s->preds[vi]};
			s->preds[vi] = p;
			if (dv < 0) {
				s->dist[vi] = d + 1;
				s->queue[tail++] = s->steps[i].next;
			}
		}
	}
	return tail;
}

/* ---- path ---- */

typedef struct path_out {
	cm_result *result;
	const cm_map *map;
	const cm_view *view;
	const pred **hops; /* the path being built, target first */
	size_t count;      /* paths written */
	size_t limit;
	int over;
} path_out;

static void write_path(path_out *o, size_t nhops)
{
	char number[24], hop[24];
	snprintf(number, sizeof number, "%zu", ++o->count);
	for (size_t i = 0; i < nhops; i++) {
		const pred *p = o->hops[nhops - 1 - i];
		snprintf(hop, sizeof hop, "%zu", i + 1);
		const char *cells[] = {number, hop, p->from->id, cm_step_label(o->map, &p->step), p->step.next->id,
				       cm_node_label(o->map, o->view, p->step.next)};
		cm_result_add_row(o->result, 0, cells);
		cm_result_add_edge(o->result, p->step.edge);
	}
}

/* Depth-first back from node to the start along shortest predecessors. */
static void enumerate(path_out *o, search *s, const cm_node *node, size_t depth, int all)
{
	if (o->over)
		return;
	if (s->dist[node->index] == 0) {
		if (o->count == o->limit) {
			o->over = 1;
			return;
		}
		write_path(o, depth);
		return;
	}
	for (const pred *p = s->preds[node->index]; p; p = all ? p->next : NULL) {
		o->hops[depth] = p;
		enumerate(o, s, p->from, depth + 1, all);
		if (o->over)
			return;
	}
}

static cm_status resolve_two(const cm_node **a, const cm_node **b, const cm_map *map,
			     const cm_view *view, const char *from, const char *to,
			     cm_diags *diags)
{
	cm_status st = cm_resolve(a, map, view, from, diags);
	cm_status st2 = cm_resolve(b, map, view, to, diags);
	return st != CM_OK ? st : st2;
}

cm_status cm_query_path(cm_result **out, const cm_map *map, const cm_view *view,
			const char *from, const char *to,
			const cm_walk_options *options, cm_diags *diags)
{
	static const char *const columns[] = {"path", "hop", "from", "edge", "to", "name"};
	const cm_node *a, *b;
	search s;
	cm_result *r = NULL;
	*out = NULL;
	cm_status st = resolve_two(&a, &b, map, view, from, to, diags);
	if (st == CM_OK)
		st = search_init(&s, map, view, options, diags);
	else
		memset(&s, 0, sizeof s);
	char title[256];
	if (st == CM_OK) {
		cm_strbuf words;
		cm_strbuf_init(&words);
		cm_strbuf_fill2(&words, cm_label(map, view, "title.path", "path %s to %s"), a->id, b->id);
		snprintf(title, sizeof title, "%s", words.data ? words.data : "path");
		int failed = words.failed;
		cm_strbuf_release(&words);
		st = cm_result_new(&r, map, title, columns, 6, diags);
		if (st == CM_OK)
			cm_result_note(r, failed);
	}
	if (st == CM_OK) {
		static const cm_role roles[] = {CM_ROLE_NUMBER, CM_ROLE_NUMBER, CM_ROLE_FROM,
						CM_ROLE_RELATION, CM_ROLE_TO, CM_ROLE_NAME};
		cm_result_set_roles(r, roles, 6);
		r->numbers = 1u << 0 | 1u << 1;
		cm_result_why_empty(r, "no path joins %s and %s over edges in force%s%s%s", a->id, b->id,
				    options && options->via ? " of the types asked for" : "",
				    options && options->directed ? ", walking forward only" : "",
				    options && options->max_hops ? ", within the hops allowed" : "");
	}
	int all = options && options->all;
	s.directions = CM_WALK_FORWARD | (options && options->directed ? 0 : CM_WALK_BACKWARD);
	if (st == CM_OK && !bfs(&s, a, b, all, CM_CURRENT))
		st = CM_ENOMEM;
	if (st == CM_OK && s.dist[b->index] > 0) {
		path_out o = {r, map, view, NULL, 0, DEFAULT_MAX_PATHS, 0};
		if (options && options->max_paths)
			o.limit = options->max_paths;
		o.hops = malloc((size_t)s.dist[b->index] * sizeof(*o.hops));
		if (!o.hops)
			st = CM_ENOMEM;
		else
			enumerate(&o, &s, b, 0, all);
		free(o.hops);
		if (o.over) {
			cm_diag_add(diags, NULL, 0, 0,
				    "more than %zu shortest paths; narrow the edge types followed or follow their direction",
				    o.limit);
			st = CM_ELIMIT;
		}
	}
	search_release(&s);
	if (st != CM_OK) {
		cm_result_free(r);
		return st;
	}
	return cm_result_finish(out, r, diags);
}

/* ---- reach ---- */

/* A non-negative int in decimal, without snprintf's cost per row. */
static void format_int(char *buf, int value)
{
	char digits[16];
	int n = 0;
	do
		digits[n++] = (char)('0' + value % 10);
	while ((value /= 10) > 0);
	while (n)
		*buf++ = digits[--n];
	*buf = '\0';
}

static void reach_rows(cm_result *r, search *s, size_t from, size_t to, int pending)
{
	char depth[24];
	for (size_t i = from; i < to; i++) {
		const cm_node *n = s->queue[i];
		const pred *p = s->preds[n->index];
		if (!p)
			continue; /* the start */
		format_int(depth, s->dist[n->index]);
		const char *cells[] = {depth, n->id, n->type->name,
				       cm_node_label(s->map, s->view, n), cm_step_label(s->map, &p->step),
				       p->from->id};
		int since = 0;
		if (pending)
			cm_edge_presence(s->view, p->step.edge, &since);
		/* depth and via are built here; the rest are the map's strings */
		cm_result_add_row_ref(r, since, cells, 1u << 0); /* only depth is ours */
		cm_result_add_edge(r, p->step.edge);
	}
}

/* Carries on breadth first from every node reached so far, now allowing
 * pending edges, so what only they reach is listed after the rest. */
static size_t bfs_pending(search *s, size_t reached)
{
	size_t head = 0, tail = reached;
	while (head < tail) {
		const cm_node *u = s->queue[head++];
		int d = s->dist[u->index];
		if (s->max_hops && (unsigned)d >= s->max_hops)
			continue;
		size_t n = cm_steps(s->steps, s->map, s->view, u, &s->types, s->directions, CM_PENDING);
		for (size_t i = 0; i < n; i++) {
			size_t vi = s->steps[i].next_index;
			if (s->dist[vi] >= 0)
				continue;
			pred *p = cm_arena_alloc(&s->arena, sizeof(*p));
			if (!p)
				return 0;
			*p = (pred){s->steps[i], u, NULL};
			s->preds[vi] = p;
			s->dist[vi] = d + 1;
			s->queue[tail++] = s->steps[i].next;
		}
	}
	return tail;
}

cm_status cm_query_reach(cm_result **out, const cm_map *map, const cm_view *view,
			 const char *node, const cm_walk_options *options,
			 cm_diags *diags)
{
	static const char *const columns[] = {"depth", "id", "type", "name", "via", "from"};
	const cm_node *start;
	search s;
	cm_result *r = NULL;
	*out = NULL;
	memset(&s, 0, sizeof s);
	cm_status st = cm_resolve(&start, map, view, node, diags);
	if (st == CM_OK)
		st = search_init(&s, map, view, options, diags);
	char title[160];
	if (st == CM_OK) {
		snprintf(title, sizeof title, "reach %.120s%s", start->id,
			 options && options->reverse ? cm_label(map, view, "title.reverse", " (reverse)")
						     : "");
		st = cm_result_new(&r, map, title, columns, 6, diags);
	}
	if (st == CM_OK) {
		static const cm_role roles[] = {CM_ROLE_NUMBER, CM_ROLE_ID, CM_ROLE_TYPE, CM_ROLE_NAME,
						CM_ROLE_RELATION, CM_ROLE_FROM};
		cm_result_set_roles(r, roles, 6);
		r->numbers = 1u << 0;
		cm_result_why_empty(r, "nothing is reachable from %s%s", start->id,
				    options && options->via ? " over the edge types asked for" : "");
	}
	s.directions = options && options->reverse ? CM_WALK_BACKWARD : CM_WALK_FORWARD;
	size_t current = 0, all = 0;
	if (st == CM_OK && !(current = bfs(&s, start, NULL, 0, CM_CURRENT)))
		st = CM_ENOMEM;
	/* a second pass only when something in the map starts after the view */
	all = current;
	if (st == CM_OK && map->latest_since > view->as_of && !(all = bfs_pending(&s, current)))
		st = CM_ENOMEM;
	if (st == CM_OK) {
		cm_result_add_node(r, start);
		reach_rows(r, &s, 0, current, 0);
		reach_rows(r, &s, current, all, 1);
	}
	search_release(&s);
	if (st != CM_OK) {
		cm_result_free(r);
		return st;
	}
	return cm_result_finish(out, r, diags);
}
