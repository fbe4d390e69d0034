/* enumerate.c: the public accessors that let a client walk the whole map
 * and a result's subgraph: edges, attributes (lists included, and in the
 * view's language), a node's edges by direction and type, the schema's
 * attribute declarations and how charts draw their values, the files
 * read. */
#include <string.h>

#include "graph.h"
#include "intern.h"
#include "labels.h"
#include "result.h"

const cm_edge *cm_map_edge_at(const cm_map *map, size_t i)
{
	return i < map->edges.count ? map->edges.items[i] : NULL;
}

const cm_node *cm_edge_from(const cm_edge *edge)
{
	return edge->from;
}

const cm_node *cm_edge_to(const cm_edge *edge)
{
	return edge->to;
}

const char *cm_edge_type_name(const cm_edge *edge)
{
	return edge->type->name;
}

int cm_edge_symmetric(const cm_edge *edge)
{
	return edge->type->symmetric;
}

int cm_edge_since(const cm_edge *edge)
{
	return edge->since;
}

int cm_edge_until(const cm_edge *edge)
{
	return edge->until == CM_DATE_MAX ? CM_DAY_NONE : edge->until;
}

static cm_value value_of(const cm_attr *a)
{
	cm_value v = {NULL, NULL, NULL, 0};
	if (!a)
		return v;
	v.key = a->def->name;
	v.text = a->items ? NULL : a->text;
	v.items = (const char *const *)a->items;
	v.nitems = a->items ? a->nitems : 0;
	return v;
}

const char *cm_edge_attr(const cm_edge *edge, const char *key)
{
	const cm_attr *a = cm_attr_find(edge->attrs, edge->nattrs, key);
	return a && !a->items ? a->text : NULL;
}

size_t cm_node_attr_count(const cm_node *node)
{
	return node->nattrs;
}

cm_value cm_node_attr_at(const cm_node *node, size_t i)
{
	return value_of(i < node->nattrs ? &node->attrs[i] : NULL);
}

size_t cm_edge_attr_count(const cm_edge *edge)
{
	return edge->nattrs;
}

cm_value cm_edge_attr_at(const cm_edge *edge, size_t i)
{
	return value_of(i < edge->nattrs ? &edge->attrs[i] : NULL);
}

cm_value cm_node_attr_value(const cm_node *node, const char *key)
{
	return value_of(cm_attr_find(node->attrs, node->nattrs, key));
}

cm_value cm_edge_attr_value(const cm_edge *edge, const char *key)
{
	return value_of(cm_attr_find(edge->attrs, edge->nattrs, key));
}

static cm_value value_in_lang(const cm_view *view, const cm_attr *attrs, size_t n,
			      const char *key)
{
	const cm_attr *a = cm_attr_find(attrs, n, key);
	int english_only;
	return value_of(a ? cm_attr_in_lang(view, attrs, n, a, &english_only) : NULL);
}

cm_value cm_node_attr_in_lang(const cm_view *view, const cm_node *node, const char *key)
{
	return value_in_lang(view, node->attrs, node->nattrs, key);
}

cm_value cm_edge_attr_in_lang(const cm_view *view, const cm_edge *edge, const char *key)
{
	return value_in_lang(view, edge->attrs, edge->nattrs, key);
}

/* Appends the edges of one list that are of the type asked for. */
static size_t take_edges(struct cm_edge *const *edges, size_t n, const char *type,
			 const cm_edge **out, size_t max, size_t found)
{
	for (size_t i = 0; i < n; i++) {
		if (type && strcmp(edges[i]->type->name, type) != 0)
			continue;
		if (found < max)
			out[found] = edges[i];
		found++;
	}
	return found;
}

size_t cm_node_edges(const cm_node *node, cm_edge_direction direction, const char *type,
		     const cm_edge **out, size_t max)
{
	size_t found = 0;
	if (direction & CM_EDGES_OUT)
		found = take_edges(node->out, node->nout, type, out, max, found);
	if (direction & CM_EDGES_IN)
		found = take_edges(node->in, node->nin, type, out, max, found);
	return found;
}

const cm_node *cm_result_node_at(const cm_result *result, size_t i)
{
	return i < result->nodes.count ? result->nodes.items[i] : NULL;
}

const cm_edge *cm_result_edge_at(const cm_result *result, size_t i)
{
	return i < result->edges.count ? result->edges.items[i] : NULL;
}

size_t cm_map_side_count(const cm_map *map)
{
	return map->nsides;
}

const char *cm_map_side_at(const cm_map *map, size_t i)
{
	return i < map->nsides ? map->sides[i] : NULL;
}

const char *cm_map_file_at(const cm_map *map, size_t i)
{
	return i < map->files.count ? map->files.items[i] : NULL;
}

/* ---- the schema's attributes ---- */

static cm_attr_info info_of(const cm_attr_def *def)
{
	cm_attr_info info = {NULL, CM_KIND_STRING, 0};
	if (def) {
		info.key = def->name;
		info.kind = def->kind;
		info.flags = def->flags;
	}
	return info;
}

size_t cm_map_node_attr_count(const cm_map *map)
{
	return map->schema.nnode_attrs;
}

cm_attr_info cm_map_node_attr_at(const cm_map *map, size_t i)
{
	return info_of(i < map->schema.nnode_attrs ? &map->schema.node_attrs[i] : NULL);
}

cm_attr_info cm_map_node_attr_info(const cm_map *map, const char *key)
{
	const char *name = key ? cm_intern_find(&map->strings, key) : NULL;
	return info_of(name ? cm_schema_node_attr(&map->schema, name) : NULL);
}

/* The i-th value, over the edge attributes in order, that declares a line
 * style or a colour; 0 past the end. */
static int line_look(const cm_map *map, size_t i, cm_line_look *out)
{
	for (size_t a = 0; a < map->schema.nedge_attrs; a++) {
		const cm_attr_def *def = &map->schema.edge_attrs[a];
		for (size_t v = 0; v < def->nvalues; v++) {
			const char *style = def->styles ? def->styles[v] : NULL;
			const char *color = def->colors ? def->colors[v] : NULL;
			if ((!style && !color) || i-- > 0)
				continue;
			if (out)
				*out = (cm_line_look){def->name, def->values[v], style, color};
			return 1;
		}
	}
	return 0;
}

size_t cm_map_line_look_count(const cm_map *map)
{
	size_t n = 0;
	while (line_look(map, n, NULL))
		n++;
	return n;
}

cm_line_look cm_map_line_look_at(const cm_map *map, size_t i)
{
	cm_line_look look = {NULL, NULL, NULL, NULL};
	line_look(map, i, &look);
	return look;
}

size_t cm_map_edge_attr_count(const cm_map *map)
{
	return map->schema.nedge_attrs;
}

cm_attr_info cm_map_edge_attr_at(const cm_map *map, size_t i)
{
	return info_of(i < map->schema.nedge_attrs ? &map->schema.edge_attrs[i] : NULL);
}

cm_attr_info cm_map_edge_attr_info(const cm_map *map, const char *key)
{
	const char *name = key ? cm_intern_find(&map->strings, key) : NULL;
	return info_of(name ? cm_schema_edge_attr(&map->schema, name) : NULL);
}
