/*
 * query_notify.c: `notify SECTOR` -- a depth-first walk along the schema's
 * notify edges, giving a tree of who is told, in order, by when.  A body
 * already on the current chain is not entered again (cycles), chains stop
 * at MAX_DEPTH, and flows in force come before pending ones at every level.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "deadline.h"
#include "describe.h"
#include "diag.h"
#include "pattern.h"
#include "result.h"
#include "walk.h"

#define MAX_DEPTH 8
#define MAX_ROWS 5000
#define FIXED_COLUMNS 7

typedef struct notify_walk {
	const cm_map *map;
	const cm_view *view;
	cm_result *result;
	cm_type_set follow;
	const char *deadline_attr, *trigger_attr, *match_attr, *carries_attr;
	const char *const *show; /* further attributes to show (schema: show) */
	size_t nshow;
	cm_pattern *trigger;
	const cm_node *chain[MAX_DEPTH + 1];
	int too_many;
} notify_walk;

static const char *edge_text(const cm_edge *e, const char *name)
{
	const cm_attr *a = name ? cm_attr_find(e->attrs, e->nattrs, name) : NULL;
	return a ? a->text : NULL;
}

static int on_chain(const notify_walk *w, size_t depth, const cm_node *n)
{
	for (size_t i = 0; i <= depth; i++)
		if (w->chain[i] == n)
			return 1;
	return 0;
}

static void add_flow_row(notify_walk *w, const cm_edge *e, size_t depth,
			 const cm_deadline *by, int pending_since)
{
	char level[16], total[64];
	snprintf(level, sizeof level, "%zu", depth);
	cm_deadline_format(total, sizeof total, by);
	const char *cells[CM_MAX_COLUMNS] = {level, e->from->id, e->to->id,
					     cm_node_label(w->map, w->view, e->to),
					     edge_text(e, w->trigger_attr),
					     edge_text(e, w->deadline_attr), total};
	for (size_t i = 0; i < w->nshow; i++)
		cells[FIXED_COLUMNS + i] = edge_text(e, w->show[i]);
	cm_result_add_row(w->result, pending_since, cells);
	cm_result_add_edge(w->result, e);
}

static void walk_from(notify_walk *w, const cm_node *node, const cm_edge *incoming,
		      size_t depth, cm_deadline by, int pending_since);

static void visit(notify_walk *w, const cm_edge *e, size_t depth, cm_deadline by,
		  int pending_since)
{
	if (w->result->rows.count >= MAX_ROWS) {
		w->too_many = 1;
		return;
	}
	int since = 0;
	if (cm_edge_presence(w->view, e, &since) == CM_PENDING && since > pending_since)
		pending_since = since;
	cm_deadline_add(&by, edge_text(e, w->deadline_attr), (unsigned)depth);
	add_flow_row(w, e, depth, &by, pending_since);
	if (depth < MAX_DEPTH && !on_chain(w, depth - 1, e->to)) {
		w->chain[depth] = e->to;
		walk_from(w, e->to, e, depth, by, pending_since);
	}
}

/* An onward flow carries the incoming report on when it names no law of its
 * own (the schema's `match` attribute) or the same law, or says it carries
 * any report (the schema's `carries` attribute). */
static int carries_on(const notify_walk *w, const cm_edge *incoming, const cm_edge *e)
{
	if (!incoming || !w->match_attr)
		return 1;
	const char *carries = edge_text(e, w->carries_attr);
	if (carries && strcmp(carries, "any") == 0)
		return 1;
	const char *mine = edge_text(e, w->match_attr);
	return !mine || mine == edge_text(incoming, w->match_attr);
}

/* Ordering key: known deadlines first, shortest first; a business day
 * counts as a day here, for ordering only. */
static long sort_key(const notify_walk *w, const cm_edge *e)
{
	cm_deadline d = {0, 0, 0, 0};
	cm_deadline_add(&d, edge_text(e, w->deadline_attr), 1);
	return d.unknown ? LONG_MAX : d.minutes + d.business_days * 24 * 60;
}

typedef struct flow {
	const cm_edge *edge;
	long key;
	size_t order;
} flow;

static int by_key(const void *a, const void *b)
{
	const flow *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

static int wanted(notify_walk *w, const cm_edge *incoming, const cm_edge *e, int pass)
{
	if (!cm_type_set_has(&w->follow, e->type) ||
	    (int)cm_edge_presence(w->view, e, NULL) != pass || !carries_on(w, incoming, e))
		return 0;
	if (incoming || !w->trigger)
		return 1;
	const char *t = edge_text(e, w->trigger_attr);
	return t && cm_pattern_match(w->trigger, t);
}

static void walk_from(notify_walk *w, const cm_node *node, const cm_edge *incoming,
		      size_t depth, cm_deadline by, int pending_since)
{
	flow *flows = malloc((node->nout + 1) * sizeof(*flows));
	if (!flows) {
		w->result->failed = 1;
		return;
	}
	for (int pass = CM_CURRENT; pass <= CM_PENDING; pass++) {
		size_t n = 0;
		for (size_t i = 0; i < node->nout; i++)
			if (wanted(w, incoming, node->out[i], pass))
				flows[n++] = (flow){node->out[i], sort_key(w, node->out[i]), i};
		qsort(flows, n, sizeof(*flows), by_key);
		for (size_t i = 0; i < n; i++)
			visit(w, flows[i].edge, depth + 1, by, pending_since);
	}
	free(flows);
}

static cm_status check_start(const cm_map *map, const cm_node *start, cm_diags *diags)
{
	size_t n;
	const char *const *types = cm_query_names(cm_schema_query(&map->schema, "notify"),
						  "start", &n);
	for (size_t i = 0; i < n; i++)
		if (start->type->name == types[i])
			return CM_OK;
	cm_diag_add(diags, NULL, 0, 0, "'%s' is of type %s; notify starts at a %s",
		    start->id, start->type->name, n ? types[0] : "node the schema names");
	return CM_EINVAL;
}

static void attribute_names(notify_walk *w)
{
	size_t n;
	const cm_query_def *q = cm_schema_query(&w->map->schema, "notify");
	const char *const *names = cm_query_names(q, "deadline", &n);
	w->deadline_attr = n ? names[0] : NULL;
	names = cm_query_names(q, "trigger", &n);
	w->trigger_attr = n ? names[0] : NULL;
	names = cm_query_names(q, "match", &n);
	w->match_attr = n ? names[0] : NULL;
	names = cm_query_names(q, "carries", &n);
	w->carries_attr = n ? names[0] : NULL;
	w->show = cm_query_names(q, "show", &w->nshow);
	if (w->nshow > CM_MAX_COLUMNS - FIXED_COLUMNS)
		w->nshow = CM_MAX_COLUMNS - FIXED_COLUMNS;
}

cm_status cm_query_notify(cm_result **out, const cm_map *map, const cm_view *view,
			  const char *sector, const char *trigger, cm_diags *diags)
{
	const char *columns[CM_MAX_COLUMNS] = {"depth", "from", "to", "name", "trigger",
					       "within", "by"};
	notify_walk w;
	memset(&w, 0, sizeof w);
	w.map = map;
	w.view = view;
	const cm_node *start;
	*out = NULL;
	cm_status st = cm_resolve(&start, map, view, sector, diags);
	if (st == CM_OK)
		st = check_start(map, start, diags);
	if (st == CM_OK && trigger)
		st = cm_pattern_compile(&w.trigger, trigger, diags);
	if (st != CM_OK)
		return st;
	cm_type_set_query(&w.follow, map, "notify", "follow");
	attribute_names(&w);
	for (size_t i = 0; i < w.nshow; i++)
		columns[FIXED_COLUMNS + i] = w.show[i];
	char title[256];
	snprintf(title, sizeof title, "notify %s (%s)", start->id,
		 cm_node_label(map, view, start));
	if ((st = cm_result_new(&w.result, map, title, columns, FIXED_COLUMNS + w.nshow, diags)) != CM_OK) {
		cm_pattern_free(w.trigger);
		return st;
	}
	w.result->tree = 1;
	w.chain[0] = start;
	cm_result_add_node(w.result, start);
	walk_from(&w, start, NULL, 0, (cm_deadline){0, 0, 0, 0}, 0);
	st = w.trigger ? cm_pattern_check(w.trigger, diags) : CM_OK;
	cm_pattern_free(w.trigger);
	if (w.too_many) {
		cm_diag_add(diags, NULL, 0, 0, "more than %d flows; stopped there", MAX_ROWS);
		st = CM_ELIMIT;
	}
	if (st != CM_OK) {
		cm_result_free(w.result);
		return st;
	}
	return cm_result_finish(out, w.result, diags);
}
