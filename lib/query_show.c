/* query_show.c: `show` -- one node's attributes and every edge in and out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "describe.h"
#include "labels.h"
#include "result.h"
#include "strbuf.h"
#include "view.h"

static void add(cm_result *r, const cm_node *n, const char *key, const char *value,
		int pending)
{
	const char *cells[] = {n->id, key, value};
	cm_result_add_row(r, pending, cells);
}

static void add_date(cm_result *r, const cm_node *n, const char *key, int day,
		     cm_date_precision precision)
{
	char date[CM_DATE_BUF];
	cm_date_format_as(date, sizeof date, day, precision);
	add(r, n, key, date, 0);
}

static void show_status(cm_result *r, const cm_view *view, const cm_node *n)
{
	char as_of[CM_DATE_BUF], buf[96];
	cm_date_format(as_of, sizeof as_of, view->as_of);
	cm_presence p = cm_node_presence(view, n);
	if (p == CM_PENDING)
		add(r, n, "status", "pending: not yet in force", n->since);
	else if (p == CM_GONE) {
		snprintf(buf, sizeof buf, "not in the map as of %s", as_of);
		add(r, n, "status", buf, 0);
	}
}

static int japanese(const cm_view *view)
{
	return view->lang && strcmp(view->lang, "ja") == 0;
}

/* Under --lang ja, types and the values of enum, term and side attributes
 * in words; English keeps the values as the map writes them. */
static void value_words(cm_strbuf *buf, const cm_map *map, const cm_view *view, const cm_attr *a)
{
	int words = japanese(view) && (a->def->kind == CM_KIND_ENUM || a->def->kind == CM_KIND_TERMS);
	if (!words) {
		cm_describe_attr(buf, a);
		return;
	}
	const char *sep = cm_label(map, view, "list.separator", ", ");
	if (a->text)
		cm_strbuf_adds(buf, cm_label_value(map, view, a->def->name, a->text));
	for (size_t i = 0; i < a->nitems; i++)
		cm_strbuf_addf(buf, "%s%s", i ? sep : "",
			       cm_label_value(map, view, a->def->name, a->items[i]));
}

static void show_attributes(cm_result *r, const cm_map *map, const cm_view *view,
			    const cm_node *n)
{
	add(r, n, "type", japanese(view) ? cm_label2_or(map, view, "type", n->type->name)
					 : n->type->name, 0);
	add(r, n, "name", n->name, 0);
	show_status(r, view, n);
	if (n->since != CM_DATE_MIN)
		add_date(r, n, "since", n->since, CM_SINCE_PRECISION(n->precision));
	if (n->until != CM_DATE_MAX)
		add_date(r, n, "until", n->until, CM_UNTIL_PRECISION(n->precision));
	cm_strbuf buf;
	cm_strbuf_init(&buf);
	for (size_t d = 0; d < map->schema.nnode_attrs; d++) {
		const cm_attr *a = cm_attr_find(n->attrs, n->nattrs, map->schema.node_attrs[d].name);
		if (!a)
			continue;
		cm_strbuf_clear(&buf);
		value_words(&buf, map, view, a);
		add(r, n, a->def->name, buf.data ? buf.data : "", 0);
	}
	cm_strbuf_release(&buf);
}

/* Gone because it (or an end) ended, rather than because it had not been
 * decided yet. */
static int has_ended(const cm_view *view, const cm_edge *e)
{
	return e->until <= view->as_of || e->from->until <= view->as_of ||
	       e->to->until <= view->as_of;
}

static void show_edge(cm_result *r, const cm_map *map, const cm_view *view,
		      const cm_node *n, const cm_edge *e, int outgoing)
{
	int since = 0;
	cm_presence p = cm_edge_presence(view, e, &since);
	const cm_node *other = outgoing ? e->to : e->from;
	/* history stays visible (marked ended); the other side's bodies, and
	 * what nobody had decided yet on the view's day, do not */
	if (cm_view_other_side(view, other))
		return;
	if (p == CM_GONE && !has_ended(view, e))
		return;
	const char *arrow = e->type->symmetric ? "<->" : outgoing ? "->" : "<-";
	cm_strbuf key, value;
	cm_strbuf_init(&key);
	cm_strbuf_init(&value);
	cm_strbuf_addf(&key, "%s %s", arrow, e->type->name);
	cm_strbuf_addf(&value, "%s (%s)", other->id, cm_node_label(map, view, other));
	size_t before = value.len;
	cm_strbuf_adds(&value, " [");
	size_t inner = value.len;
	cm_describe_edge_attrs(&value, map, view, e);
	if (value.len == inner)
		value.len = before;
	else
		cm_strbuf_adds(&value, "]");
	if (p == CM_GONE)
		cm_strbuf_adds(&value, cm_label(map, view, "show.ended", " (ended)"));
	if (value.data)
		value.data[value.len] = '\0';
	add(r, n, key.data, value.data, p == CM_PENDING ? since : 0);
	cm_result_add_edge(r, e);
	cm_strbuf_release(&key);
	cm_strbuf_release(&value);
}

static void show_node(cm_result *r, const cm_map *map, const cm_view *view,
		      const cm_node *n)
{
	cm_result_add_node(r, n);
	show_attributes(r, map, view, n);
	for (size_t i = 0; i < n->nout; i++)
		show_edge(r, map, view, n, n->out[i], 1);
	for (size_t i = 0; i < n->nin; i++)
		show_edge(r, map, view, n, n->in[i], 0);
}

cm_status cm_query_show(cm_result **out, const cm_map *map, const cm_view *view,
			const char *const *nodes, size_t nnodes, cm_diags *diags)
{
	*out = NULL;
	const cm_node **found = calloc(nnodes + 1, sizeof(*found));
	if (!found)
		return CM_ENOMEM;
	cm_status st = CM_OK;
	for (size_t i = 0; i < nnodes && st == CM_OK; i++)
		st = cm_resolve(&found[i], map, view, nodes[i], diags);
	static const char *const columns[] = {"node", "key", "value"};
	cm_result *r = NULL;
	cm_strbuf title;
	cm_strbuf_init(&title);
	cm_strbuf_adds(&title, "show");
	for (size_t i = 0; st == CM_OK && i < nnodes; i++)
		cm_strbuf_addf(&title, " %s", found[i]->id);
	if (st == CM_OK)
		st = cm_result_new(&r, map, title.data ? title.data : "show", columns, 3, diags);
	cm_strbuf_release(&title);
	if (st != CM_OK) {
		free(found);
		return st;
	}
	r->record = 1;
	static const cm_role roles[] = {CM_ROLE_ID, CM_ROLE_KEY, CM_ROLE_NONE};
	cm_result_set_roles(r, roles, 3);
	for (size_t i = 0; i < nnodes; i++)
		show_node(r, map, view, found[i]);
	free(found);
	return cm_result_finish(out, r, diags);
}
