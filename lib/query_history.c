/*
 * query_history.c: `history NODE` -- a body's timeline.  Rows are dated
 * events: the body's own start and end; its predecessors and successors
 * along the schema's `history.succession` edge types, both ways; and the
 * start and end of every edge of the `history.events` types it has
 * (parents, functions, duties, counterparts, ...).  What nobody had
 * decided yet on the view's day is left out; what was adopted but starts
 * later is kept and marked pending.
 */
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "diag.h"
#include "describe.h"
#include "intern.h"
#include "result.h"
#include "strbuf.h"
#include "view.h"

#define MAX_CHAIN 64 /* predecessors or successors followed, each way */

/* On one day: predecessors, the body's start, its edges, its end, then
 * its successors. */
typedef enum event_kind { PREDECESSOR, DECIDED, BEGAN, EDGE, ENDED, SUCCESSOR } event_kind;

typedef struct event {
	int day;
	event_kind kind;
	size_t seq;       /* ties keep the order events were found in */
	const char *what; /* decided, began, ended, predecessor, successor */
	const cm_node *other;
	const cm_edge *edge;
	int outgoing;
	int pending;
	cm_date_precision precision; /* of day, as the map wrote it */
} event;

typedef struct history {
	const cm_map *map;
	const cm_view *view;
	const cm_node *node;
	const char *const *succession, *const *events;
	size_t nsuccession, nevents;
	event *items;
	size_t count, cap;
	int failed;
} history;

static int listed(const char *const *names, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (names[i] == name)
			return 1;
	return 0;
}

static void add_event(history *h, event ev)
{
	if (h->count == h->cap) {
		size_t cap = h->cap ? 2 * h->cap : 32;
		event *items = realloc(h->items, cap * sizeof(*items));
		if (!items) {
			h->failed = 1;
			return;
		}
		h->items = items;
		h->cap = cap;
	}
	ev.seq = h->count;
	h->items[h->count++] = ev;
}

/* Not in the view because it had not been decided on yet. */
static int undecided(const cm_view *view, cm_presence p, int since)
{
	return p == CM_GONE && since > view->as_of;
}

static const cm_node *next_in_chain(const history *h, const cm_node *at, int forward)
{
	size_t count = forward ? at->nout : at->nin;
	for (size_t i = 0; i < count; i++) {
		const cm_edge *e = forward ? at->out[i] : at->in[i];
		if (listed(h->succession, h->nsuccession, e->type->name))
			return forward ? e->to : e->from;
	}
	return NULL;
}

/* The predecessors (forward 0) or successors (1) of the body, in turn. */
static void chain(history *h, int forward)
{
	const cm_node *at = h->node;
	for (int steps = 0; steps < MAX_CHAIN; steps++) {
		const cm_node *next = next_in_chain(h, at, forward);
		if (!next || next == h->node)
			return;
		cm_presence p = cm_node_presence(h->view, next);
		if (undecided(h->view, p, next->since))
			return;
		add_event(h, (event){next->since, forward ? SUCCESSOR : PREDECESSOR, 0,
				     forward ? "successor" : "predecessor", next, NULL, forward,
				     p == CM_PENDING, CM_SINCE_PRECISION(next->precision)});
		at = next;
	}
}

/* A stated adoption day keeps the precision it was written with. */
static cm_date_precision precision_of(const cm_node *n)
{
	for (size_t i = 0; i < n->nattrs; i++) {
		const cm_attr *a = &n->attrs[i];
		int day;
		cm_date_precision precision;
		if ((a->def->flags & CM_ATTR_ADOPTION) && a->text &&
		    cm_date_parse_partial(&day, &precision, a->text) == CM_OK)
			return precision;
	}
	return CM_DATE_DAY;
}

static void own_dates(history *h)
{
	const cm_node *n = h->node;
	cm_presence p = cm_node_presence(h->view, n);
	if (undecided(h->view, p, n->since))
		return;
	int decided = cm_adoption_stated(n->attrs, n->nattrs);
	if (decided != CM_DATE_UNKNOWN && decided < n->since && decided <= h->view->as_of)
		add_event(h, (event){decided, DECIDED, 0, "decided", NULL, NULL, 0, 0,
				     precision_of(n)});
	if (n->since != CM_DATE_MIN)
		add_event(h, (event){n->since, BEGAN, 0, "began", NULL, NULL, 0, p == CM_PENDING,
				     CM_SINCE_PRECISION(n->precision)});
	if (n->until != CM_DATE_MAX && n->until <= h->view->as_of)
		add_event(h, (event){n->until, ENDED, 0, "ended", NULL, NULL, 0, 0,
				     CM_UNTIL_PRECISION(n->precision)});
}

static int later(int a, int b)
{
	return a > b ? a : b;
}

static int sooner(int a, int b)
{
	return a < b ? a : b;
}

/* How precisely the day an edge began is known: from whichever of the edge
 * and its ends it comes. */
static cm_date_precision start_precision(const cm_edge *e, const cm_node *node, int start)
{
	if (e->since == start)
		return CM_SINCE_PRECISION(e->precision);
	const cm_node *other = e->from == node ? e->to : e->from;
	if (other->since == start)
		return CM_SINCE_PRECISION(other->precision);
	return CM_SINCE_PRECISION(node->precision);
}

/* An edge's start and end, as far as the other end bounds them. */
static void edge_events(history *h, const cm_edge *e, int outgoing)
{
	const cm_node *other = outgoing ? e->to : e->from;
	int since = 0;
	cm_presence p = cm_edge_presence(h->view, e, &since);
	int start = later(e->since, later(other->since, h->node->since));
	if (undecided(h->view, p, start))
		return;
	if (cm_view_other_side(h->view, other))
		return;
	int end = sooner(e->until, sooner(other->until, h->node->until));
	add_event(h, (event){start, EDGE, 0, "began", other, e, outgoing, p == CM_PENDING,
			     start_precision(e, h->node, start)});
	if (end != CM_DATE_MAX && end <= h->view->as_of && end < h->node->until)
		add_event(h, (event){end, EDGE, 0, "ended", other, e, outgoing, 0, CM_DATE_DAY});
}

static void all_edges(history *h)
{
	const cm_node *n = h->node;
	for (size_t i = 0; i < n->nout; i++)
		if (listed(h->events, h->nevents, n->out[i]->type->name))
			edge_events(h, n->out[i], 1);
	for (size_t i = 0; i < n->nin; i++)
		if (listed(h->events, h->nevents, n->in[i]->type->name))
			edge_events(h, n->in[i], 0);
}

static int by_day(const void *a, const void *b)
{
	const event *x = a, *y = b;
	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void add_row(cm_result *r, const history *h, const event *ev)
{
	char day[CM_DATE_BUF] = "";
	if (ev->day != CM_DATE_MIN)
		cm_date_format_as(day, sizeof day, ev->day, ev->precision);
	cm_strbuf detail;
	cm_strbuf_init(&detail);
	const char *relation = "";
	if (ev->edge) {
		relation = ev->outgoing ? ev->edge->type->label_out : ev->edge->type->label_in;
		cm_describe_edge_attrs(&detail, h->map, h->view, ev->edge);
		cm_result_add_edge(r, ev->edge);
	} else if (ev->other) {
		cm_describe_period(&detail, h->map, h->view, ev->other->since, ev->other->until, ev->other->precision);
		cm_result_add_node(r, ev->other);
	} else {
		cm_describe_period(&detail, h->map, h->view, h->node->since, h->node->until, h->node->precision);
	}
	const cm_node *subject = ev->other ? ev->other : h->node;
	const char *cells[] = {day, ev->what, relation, subject->id,
			       cm_node_label(h->map, h->view, subject),
			       detail.data ? detail.data : ""};
	cm_result_add_row(r, ev->pending ? ev->day : 0, cells);
	cm_strbuf_release(&detail);
}

static void find_query(history *h)
{
	const cm_query_def *q = cm_schema_query(&h->map->schema,
						cm_intern_find(&h->map->strings, "history"));
	if (!q)
		return;
	h->succession = cm_query_names(q, cm_intern_find(&h->map->strings, "succession"),
				       &h->nsuccession);
	h->events = cm_query_names(q, cm_intern_find(&h->map->strings, "events"), &h->nevents);
}

cm_status cm_query_history(cm_result **out, const cm_map *map, const cm_view *view,
			   const char *node, cm_diags *diags)
{
	*out = NULL;
	history h = {map, view, NULL, NULL, NULL, 0, 0, NULL, 0, 0, 0};
	cm_status st = cm_resolve_for(&h.node, map, view, node, "history", diags);
	if (st != CM_OK)
		return st;
	find_query(&h);
	if (!undecided(view, cm_node_presence(view, h.node), h.node->since)) {
		chain(&h, 0);
		own_dates(&h);
		all_edges(&h);
		chain(&h, 1);
	}
	if (h.failed) {
		free(h.items);
		cm_diag_add(diags, NULL, 0, 0, "out of memory");
		return CM_ENOMEM;
	}
	if (h.count) /* qsort may not be given NULL, even for nothing */
		qsort(h.items, h.count, sizeof(*h.items), by_day);
	cm_strbuf title;
	cm_strbuf_init(&title);
	cm_strbuf_addf(&title, "history %s (%s)", h.node->id, cm_node_label(map, view, h.node));
	static const char *const columns[] = {"date", "event", "relation", "node", "name", "detail"};
	cm_result *r = NULL;
	st = cm_result_new(&r, map, title.data ? title.data : "history", columns, 6, diags);
	cm_strbuf_release(&title);
	if (st == CM_OK) {
		r->timeline = 1;
		static const cm_role roles[] = {CM_ROLE_DATE, CM_ROLE_KIND, CM_ROLE_RELATION,
						CM_ROLE_ID, CM_ROLE_NAME, CM_ROLE_NONE};
		cm_result_set_roles(r, roles, 6);
		cm_result_add_node(r, h.node);
		cm_result_why_empty(r, undecided(view, cm_node_presence(view, h.node), h.node->since)
					       ? "%s had not been decided on by the view's day"
					       : "%s has no dated event in the map",
				    h.node->id);
		for (size_t i = 0; i < h.count; i++)
			add_row(r, &h, &h.items[i]);
	}
	free(h.items);
	return st == CM_OK ? cm_result_finish(out, r, diags) : st;
}
