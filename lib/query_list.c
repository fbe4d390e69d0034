/* query_list.c: `list` -- nodes in the view, filtered by type, function or tag. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "describe.h"
#include "diag.h"
#include "suggest.h"
#include "labels.h"
#include "result.h"
#include "typeset.h"
#include "view.h"

typedef struct list_filter {
	cm_type_filter types;
	const char *type_text;
	const cm_node *function;
	const cm_attr_def *with[CM_MAX_COLUMNS];
	size_t nwith;
	const char *const *involvement; /* edge types that tie a node to a function */
	size_t ninvolvement;
	const char *tag;
} list_filter;

static int has_tag(const cm_node *n, const char *tag)
{
	for (size_t a = 0; a < n->nattrs; a++) {
		const cm_attr *attr = &n->attrs[a];
		if (!(attr->def->flags & CM_ATTR_TAG))
			continue;
		if (attr->text && strcmp(attr->text, tag) == 0)
			return 1;
		for (size_t i = 0; i < attr->nitems; i++)
			if (strcmp(attr->items[i], tag) == 0)
				return 1;
	}
	return 0;
}

static int involved(const cm_view *view, const cm_node *n, const list_filter *f)
{
	for (size_t i = 0; i < n->nout; i++) {
		const cm_edge *e = n->out[i];
		if (e->to != f->function || cm_edge_presence(view, e, NULL) == CM_GONE)
			continue;
		for (size_t t = 0; t < f->ninvolvement; t++)
			if (e->type->name == f->involvement[t])
				return 1;
	}
	return 0;
}

static int passes(const cm_view *view, const cm_node *n, const list_filter *f)
{
	if (!cm_type_filter_node(&f->types, n->type))
		return 0;
	/* list --country keeps that side only, not the nodes that have none */
	if (view->country && !n->side)
		return 0;
	if (f->tag && !has_tag(n, f->tag))
		return 0;
	return !f->function || involved(view, n, f);
}

static int by_presence_then_id(const void *a, const void *b)
{
	const cm_node *x = *(const cm_node *const *)a, *y = *(const cm_node *const *)b;
	return strcmp(x->id, y->id);
}

/* The edges among the listed nodes, so a drawing of the list is connected. */
static void add_edges_between(cm_result *r, const cm_view *view)
{
	size_t n = r->nodes.count;
	for (size_t i = 0; i < n; i++) {
		const cm_node *node = r->nodes.items[i];
		for (size_t k = 0; k < node->nout; k++) {
			const cm_edge *e = node->out[k];
			if (cm_result_has_node(r, e->to) &&
			    cm_edge_presence(view, e, NULL) != CM_GONE)
				cm_result_add_edge(r, e);
		}
	}
}

/* --with: attribute names, comma-separated, each a declared node attribute. */
static cm_status parse_with(list_filter *f, const cm_map *map, const char *csv,
			    cm_diags *diags)
{
	for (const char *p = csv; *p;) {
		size_t len = strcspn(p, ",");
		char name[128];
		snprintf(name, sizeof name, "%.*s", (int)(len < 127 ? len : 127), p);
		const char *interned = cm_intern_find(&map->strings, name);
		const cm_attr_def *def = interned ? cm_schema_node_attr(&map->schema, interned) : NULL;
		if (!def) {
			cm_suggest_report(diags, NULL, 0, 0, "attribute", name, map->schema.node_attrs,
					  map->schema.nnode_attrs, CM_SUGGEST_FIELDS(cm_attr_def, name));
			return CM_EINVAL;
		}
		if (f->nwith < CM_MAX_COLUMNS - 4)
			f->with[f->nwith++] = def;
		p += len + (p[len] == ',');
	}
	return CM_OK;
}

static cm_status make_filter(list_filter *f, const cm_map *map, const cm_view *view,
			     const cm_list_filter *in, cm_diags *diags)
{
	memset(f, 0, sizeof(*f));
	if (!in)
		return CM_OK;
	f->tag = in->tag;
	f->type_text = in->type;
	cm_status st = cm_type_filter_parse(&f->types, map, in->type, 0, diags);
	if (st != CM_OK)
		return st;
	if (in->with && parse_with(f, map, in->with, diags) != CM_OK)
		return CM_EINVAL;
	if (in->function) {
		st = cm_resolve_for(&f->function, map, view, in->function, "function", diags);
		if (st != CM_OK)
			return st;
		const cm_query_def *q = cm_schema_query(&map->schema, "involvement");
		f->involvement = cm_query_names(q, "follow", &f->ninvolvement);
	}
	return CM_OK;
}

/* One "WORD value" part of a title, the word in the view's language. */
static size_t title_part(char *out, size_t size, size_t len, const cm_map *map,
			 const cm_view *view, const char *word, const char *value)
{
	static const size_t bare = sizeof "list" - 1; /* nothing after "list" yet */
	if (!value || len >= size)
		return len;
	const char *sep = len > bare ? cm_label(map, view, "list.field_separator", "; ")
				     : cm_label(map, view, "title.colon", ": ");
	return len + (size_t)snprintf(out + len, size - len, "%s%s %.60s", sep,
				      cm_label_column(map, view, word), value);
}

/* "list" and what it was narrowed to: "list: type agency; country jp". */
static void list_title(char *out, size_t size, const cm_map *map, const cm_view *view,
		       const list_filter *f)
{
	size_t len = (size_t)snprintf(out, size, "list");
	len = title_part(out, size, len, map, view, "type", f->type_text);
	len = title_part(out, size, len, map, view, "function", f->function ? f->function->id : NULL);
	len = title_part(out, size, len, map, view, "tag", f->tag);
	title_part(out, size, len, map, view, cm_side_column(map), view->country);
}

cm_status cm_query_list(cm_result **out, const cm_map *map, const cm_view *view,
			const cm_list_filter *filter, cm_diags *diags)
{
	list_filter f;
	*out = NULL;
	cm_status st = make_filter(&f, map, view, filter, diags);
	if (st != CM_OK)
		return st;
	const cm_node **picked = malloc((map->nodes.count + 1) * sizeof(*picked));
	size_t npicked = 0;
	if (!picked)
		return CM_ENOMEM;
	for (int pass = CM_CURRENT; pass <= CM_PENDING; pass++) {
		size_t first = npicked;
		for (size_t i = 0; i < map->nodes.count; i++) {
			const cm_node *n = map->nodes.items[i];
			if ((int)cm_node_presence(view, n) == pass && passes(view, n, &f))
				picked[npicked++] = n;
		}
		qsort(picked + first, npicked - first, sizeof(*picked), by_presence_then_id);
	}
	const char *side = cm_side_column(map);
	const char *columns[CM_MAX_COLUMNS] = {"id", "type", side, "name"};
	for (size_t i = 0; i < f.nwith; i++)
		columns[4 + i] = f.with[i]->name;
	cm_result *r;
	char title[320];
	list_title(title, sizeof title, map, view, &f);
	if ((st = cm_result_new(&r, map, title, columns, 4 + f.nwith, diags)) != CM_OK) {
		free(picked);
		return st;
	}
	cm_result_why_empty(r, "no node in the view passes the filters");
	static const cm_role roles[] = {CM_ROLE_ID, CM_ROLE_TYPE, CM_ROLE_SIDE, CM_ROLE_NAME};
	cm_result_set_roles(r, roles, 4);
	cm_strbuf extra[CM_MAX_COLUMNS];
	for (size_t i = 0; i < npicked; i++) {
		const cm_node *n = picked[i];
		const char *cells[CM_MAX_COLUMNS] = {n->id, n->type->name, n->side,
						     cm_node_label(map, view, n)};
		for (size_t w = 0; w < f.nwith; w++) {
			const cm_attr *a = cm_attr_find(n->attrs, n->nattrs, f.with[w]->name);
			cm_strbuf_init(&extra[w]);
			if (a)
				cm_describe_attr(&extra[w], a);
			cells[4 + w] = extra[w].data;
		}
		int pending = cm_node_presence(view, n) == CM_PENDING;
		cm_result_add_row(r, pending ? n->since : 0, cells);
		cm_result_add_node(r, n);
		for (size_t w = 0; w < f.nwith; w++)
			cm_strbuf_release(&extra[w]);
	}
	free(picked);
	add_edges_between(r, view);
	return cm_result_finish(out, r, diags);
}
