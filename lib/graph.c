/* graph.c: read access to a loaded map, and the provenance check. */
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "graph.h"

#include "check_dates.h"
#include "check_rules.h"
#include "describe.h"
#include "suggest.h"

size_t cm_map_node_count(const cm_map *map)
{
	return map->nodes.count;
}

size_t cm_map_edge_count(const cm_map *map)
{
	return map->edges.count;
}

size_t cm_map_file_count(const cm_map *map)
{
	return map->nfiles;
}

int cm_map_has_side(const cm_map *map, const char *code)
{
	const char *side = cm_intern_find(&map->strings, code);
	for (size_t i = 0; side && i < map->nsides; i++)
		if (map->sides[i] == side)
			return 1;
	return 0;
}

const cm_node *cm_map_node(const cm_map *map, const char *id)
{
	const char *interned = cm_intern_find(&map->strings, id);
	return interned ? *cm_intern_value(interned) : NULL;
}

const char *cm_node_id(const cm_node *node)
{
	return node->id;
}

const char *cm_node_type_name(const cm_node *node)
{
	return node->type->name;
}

const char *cm_node_name(const cm_node *node)
{
	return node->name;
}

const cm_attr *cm_attr_find(const cm_attr *attrs, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (attrs[i].def->name == name || strcmp(attrs[i].def->name, name) == 0)
			return &attrs[i];
	return NULL;
}

const char *cm_node_attr(const cm_node *node, const char *key)
{
	const cm_attr *a = cm_attr_find(node->attrs, node->nattrs, key);
	return a ? a->text : NULL;
}

int cm_node_since(const cm_node *node)
{
	return node->since;
}

int cm_node_until(const cm_node *node)
{
	return node->until == CM_DATE_MAX ? CM_DAY_NONE : node->until;
}

void cm_node_period(char *buf, size_t size, const cm_node *node)
{
	cm_strbuf period;
	cm_strbuf_init(&period);
	cm_describe_period(&period, NULL, NULL, node->since, node->until, node->precision);
	snprintf(buf, size, "%s", period.data ? period.data : "");
	cm_strbuf_release(&period);
}

const char *cm_node_label(const cm_map *map, const cm_view *view,
			  const cm_node *node)
{
	const cm_attr_def *ja = map->schema.label_ja;
	if (ja && view && view->lang && strcmp(view->lang, "ja") == 0) {
		const cm_attr *a = cm_attr_find(node->attrs, node->nattrs, ja->name);
		if (a && a->text)
			return a->text;
	}
	return node->name;
}

const cm_node_type *cm_find_node_type(const cm_map *map, const char *name,
				      cm_diags *diags)
{
	const char *interned = cm_intern_find(&map->strings, name);
	const cm_node_type *type = interned ? cm_schema_node_type(&map->schema, interned) : NULL;
	if (type)
		return type;
	cm_suggest_report(diags, NULL, 0, 0, "node type", name, map->schema.node_types,
			  map->schema.nnode_types, CM_SUGGEST_FIELDS(cm_node_type, name));
	return NULL;
}

static int has_attr(const cm_attr *attrs, size_t n, const char *name)
{
	return cm_attr_find(attrs, n, name) != NULL;
}

cm_status cm_map_check_strict(const cm_map *map, cm_diags *diags)
{
	const cm_schema *s = &map->schema;
	cm_status status = CM_OK;
	for (size_t i = 0; i < map->nodes.count; i++) {
		const cm_node *n = map->nodes.items[i];
		for (size_t a = 0; a < s->nstrict_attrs; a++)
			if (!has_attr(n->attrs, n->nattrs, s->strict_attrs[a])) {
				cm_diag_add(diags, n->file, n->line, n->column,
					    "node '%s' has no '%s'", n->id, s->strict_attrs[a]);
				status = CM_EINVAL;
			}
	}
	for (size_t i = 0; i < map->edges.count; i++) {
		const cm_edge *e = map->edges.items[i];
		size_t t = 0;
		while (t < s->nstrict_edges && s->strict_edges[t] != e->type)
			t++;
		if (t == s->nstrict_edges)
			continue;
		for (size_t a = 0; a < s->nstrict_attrs; a++)
			if (!has_attr(e->attrs, e->nattrs, s->strict_attrs[a])) {
				cm_diag_add(diags, e->file, e->line, e->column,
					    "%s edge %s -> %s has no '%s'", e->type->name,
					    e->from->id, e->to->id, s->strict_attrs[a]);
				status = CM_EINVAL;
			}
	}
	if (cm_check_dates(map, diags) != CM_OK)
		status = CM_EINVAL;
	if (cm_check_rules(map, diags) != CM_OK)
		status = CM_EINVAL;
	if (cm_check_sources(map, diags) != CM_OK)
		status = CM_EINVAL;
	return status;
}

const cm_node *cm_map_node_at(const cm_map *map, size_t i)
{
	return i < map->nodes.count ? map->nodes.items[i] : NULL;
}

size_t cm_map_node_type_count(const cm_map *map)
{
	return map->schema.nnode_types;
}

const char *cm_map_node_type_name(const cm_map *map, size_t i)
{
	return i < map->schema.nnode_types ? map->schema.node_types[i].name : NULL;
}

size_t cm_map_edge_type_count(const cm_map *map)
{
	return map->schema.nedge_types;
}

const char *cm_map_edge_type_name(const cm_map *map, size_t i)
{
	return i < map->schema.nedge_types ? map->schema.edge_types[i].name : NULL;
}

int cm_query_takes(const cm_map *map, const char *query, const cm_node *node)
{
	const char *name = query ? cm_intern_find(&map->strings, query) : NULL;
	const cm_query_def *q = name ? cm_schema_query(&map->schema, name) : NULL;
	size_t n = 0;
	const char *const *types =
		q ? cm_query_names(q, cm_intern_find(&map->strings, "expects"), &n) : NULL;
	for (size_t i = 0; i < n; i++)
		if (types[i] == node->type->name)
			return 1;
	return n == 0;
}

const char *cm_node_side(const cm_node *node)
{
	return node->side;
}

size_t cm_node_names(const cm_node *node, const char **out, size_t max)
{
	size_t n = 0;
	if (n < max)
		out[n] = node->name;
	n++;
	for (size_t i = 0; i < node->nattrs; i++) {
		const cm_attr *a = &node->attrs[i];
		if (!(a->def->flags & CM_ATTR_RESOLVE))
			continue;
		if (a->text) {
			if (n < max)
				out[n] = a->text;
			n++;
		}
		for (size_t k = 0; k < a->nitems; k++) {
			if (n < max)
				out[n] = a->items[k];
			n++;
		}
	}
	return n;
}
