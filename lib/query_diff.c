/*
 * query_diff.c: `diff DATE1 DATE2` -- what appeared, ended or became
 * pending between two days.  Every node and edge is looked at in the view
 * as of each day; an element whose presence differs is a row.  An edge
 * with no dates of its own that changes only because one of its ends did
 * is left out: the end's row says it.  Rows are grouped by side, then
 * element type in schema order, then day.  O(nodes + edges).
 */
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "intern.h"
#include "result.h"
#include "strbuf.h"
#include "typeset.h"
#include "view.h"

typedef enum change {
	NO_CHANGE,
	APPEARED,      /* in force at the second day, not at the first */
	ENDED,         /* in force at the first, gone at the second */
	BECAME_PENDING /* unknown at the first, adopted and waiting at the second */
} change;

static const char *const change_names[] = {"", "appeared", "ended", "pending"};
static const cm_mark change_marks[] = {CM_MARK_NONE, CM_MARK_ADDED, CM_MARK_REMOVED,
				       CM_MARK_PENDING};

static change compare(cm_presence before, cm_presence after)
{
	if (before != CM_CURRENT && after == CM_CURRENT)
		return APPEARED;
	if (before == CM_CURRENT && after == CM_GONE)
		return ENDED;
	if (before == CM_GONE && after == CM_PENDING)
		return BECAME_PENDING;
	return NO_CHANGE;
}

typedef struct found {
	change what;
	int day;             /* when it happened */
	int starts;          /* when it comes into force */
	cm_date_precision precision; /* of day */
	const cm_node *node; /* one of the two is set */
	const cm_edge *edge;
	const char *side;
	size_t type_order;   /* node types first, then edge types */
} found;

typedef struct differ {
	const cm_map *map;
	cm_view before, after;
	cm_type_filter types; /* --type: node and edge types, or every type */
	found *items;
	size_t count;
} differ;

/* The day a change happened: a start, an end, or the adoption day. */
static int change_day(change what, int since, int until, int adopted, int after_day)
{
	if (what == APPEARED)
		return since;
	if (what == ENDED)
		return until;
	return adopted == CM_DATE_UNKNOWN ? after_day : adopted;
}

/* With --country, one side's elements only, as `list` keeps them. */
static int other_side(const differ *d, const char *side)
{
	return d->after.country && (!side || strcmp(side, d->after.country) != 0);
}

/* A start or end is as precise as the map wrote it; an adoption, a day. */
static cm_date_precision day_precision(change what, unsigned char precision)
{
	if (what == APPEARED)
		return CM_SINCE_PRECISION(precision);
	if (what == ENDED)
		return CM_UNTIL_PRECISION(precision);
	return CM_DATE_DAY;
}

static void diff_node(differ *d, const cm_node *n)
{
	if (!cm_type_filter_node(&d->types, n->type) || other_side(d, n->side))
		return;
	change what = compare(cm_node_presence(&d->before, n), cm_node_presence(&d->after, n));
	if (what == NO_CHANGE)
		return;
	d->items[d->count++] = (found){
		what, change_day(what, n->since, n->until, cm_node_adopted(n), d->after.as_of),
		n->since, day_precision(what, n->precision), n, NULL, n->side, n->type->index};
}

static int own_dates(const cm_edge *e)
{
	return e->since != CM_DATE_MIN || e->until != CM_DATE_MAX;
}

/* An edge changes with an end that changed the same way. */
static int implied_by_end(const differ *d, const cm_edge *e, change what)
{
	const cm_node *ends[] = {e->from, e->to};
	for (size_t i = 0; i < 2; i++)
		if (compare(cm_node_presence(&d->before, ends[i]),
			    cm_node_presence(&d->after, ends[i])) == what)
			return 1;
	return 0;
}

static void diff_edge(differ *d, const cm_edge *e)
{
	if (!cm_type_filter_edge(&d->types, e->type))
		return;
	change what = compare(cm_edge_presence(&d->before, e, NULL),
			      cm_edge_presence(&d->after, e, NULL));
	if (what == NO_CHANGE || (!own_dates(e) && implied_by_end(d, e, what)))
		return;
	const char *side = e->from->side ? e->from->side : e->to->side;
	if (other_side(d, side))
		return;
	int since = 0;
	cm_edge_presence(&d->after, e, &since);
	int until = e->until;
	if (e->from->until < until)
		until = e->from->until;
	if (e->to->until < until)
		until = e->to->until;
	d->items[d->count++] = (found){
		what, change_day(what, what == APPEARED ? since : e->since, until,
				 cm_edge_adopted(e), d->after.as_of),
		since, e->since == since || what == ENDED ? day_precision(what, e->precision) : CM_DATE_DAY,
		NULL, e, side, d->map->schema.nnode_types + e->type->index};
}

static int compare_found(const void *a, const void *b)
{
	const found *x = a, *y = b;
	int c = (x->side == NULL) - (y->side == NULL);
	if (c == 0 && x->side && y->side)
		c = strcmp(x->side, y->side);
	if (c == 0)
		c = x->type_order < y->type_order ? -1 : x->type_order > y->type_order;
	if (c == 0)
		c = x->day < y->day ? -1 : x->day > y->day;
	if (c == 0) {
		const char *ix = x->node ? x->node->id : x->edge->from->id;
		const char *iy = y->node ? y->node->id : y->edge->from->id;
		c = strcmp(ix, iy);
	}
	if (c == 0 && x->edge && y->edge)
		c = x->edge->index < y->edge->index ? -1 : x->edge->index > y->edge->index;
	return c;
}

static void add_found(cm_result *r, const differ *d, const found *f)
{
	char day[CM_DATE_BUF];
	cm_date_format_as(day, sizeof day, f->day, f->precision);
	cm_strbuf what, name;
	cm_strbuf_init(&what);
	cm_strbuf_init(&name);
	const char *type;
	if (f->node) {
		type = f->node->type->name;
		cm_strbuf_adds(&what, f->node->id);
		cm_strbuf_adds(&name, cm_node_label(d->map, &d->after, f->node));
		cm_result_add_node(r, f->node);
		cm_result_mark_node(r, f->node, change_marks[f->what]);
	} else {
		type = f->edge->type->name;
		cm_strbuf_addf(&what, "%s %s %s", f->edge->from->id,
			       f->edge->type->symmetric ? "<->" : "->", f->edge->to->id);
		cm_strbuf_addf(&name, "%s %s %s", cm_node_label(d->map, &d->after, f->edge->from),
			       f->edge->type->symmetric ? "<->" : "->",
			       cm_node_label(d->map, &d->after, f->edge->to));
		cm_result_add_edge(r, f->edge);
		cm_result_mark_edge(r, f->edge, change_marks[f->what]);
	}
	const char *cells[] = {change_names[f->what], day, f->side ? f->side : "",
			       type, what.data ? what.data : "", name.data ? name.data : ""};
	cm_result_add_row(r, f->what == BECAME_PENDING ? f->starts : 0, cells);
	cm_strbuf_release(&what);
	cm_strbuf_release(&name);
}

cm_status cm_query_diff(cm_result **out, const cm_map *map, const cm_view *view,
			int from_day, int to_day, const char *type, cm_diags *diags)
{
	*out = NULL;
	differ d = {map, *view, *view, {0}, NULL, 0};
	d.before.as_of = from_day;
	d.after.as_of = to_day;
	cm_status st = cm_type_filter_parse(&d.types, map, type, 1, diags);
	if (st != CM_OK)
		return st;
	d.items = malloc((map->nodes.count + map->edges.count + 1) * sizeof(*d.items));
	if (!d.items)
		return CM_ENOMEM;
	for (size_t i = 0; i < map->nodes.count; i++)
		diff_node(&d, map->nodes.items[i]);
	for (size_t i = 0; i < map->edges.count; i++)
		diff_edge(&d, map->edges.items[i]);
	qsort(d.items, d.count, sizeof(*d.items), compare_found);
	char a[CM_DATE_BUF], b[CM_DATE_BUF];
	cm_date_format(a, sizeof a, from_day);
	cm_date_format(b, sizeof b, to_day);
	cm_strbuf title;
	cm_strbuf_init(&title);
	cm_strbuf_addf(&title, "diff %s %s", a, b);
	const char *const columns[] = {"change", "date", cm_side_column(map), "type", "element", "name"};
	cm_result *r = NULL;
	st = cm_result_new(&r, map, title.data ? title.data : "diff", columns, 6, diags);
	cm_strbuf_release(&title);
	static const cm_role roles[] = {CM_ROLE_KIND, CM_ROLE_DATE, CM_ROLE_SIDE, CM_ROLE_TYPE,
					CM_ROLE_ID, CM_ROLE_NAME};
	if (st == CM_OK) {
		cm_result_set_roles(r, roles, 6);
		r->own_days = 1; /* "diff 2025-01-01 2026-01-01" says its days */
	}
	if (st == CM_OK)
		cm_result_why_empty(r, "nothing appeared, ended or became pending between %s and %s%s%s",
				    a, b, view->country ? " on that side" : "", type ? " of that type" : "");
	for (size_t i = 0; st == CM_OK && i < d.count; i++)
		add_found(r, &d, &d.items[i]);
	free(d.items);
	if (st != CM_OK)
		return st;
	return cm_result_finish(out, r, diags);
}
