/* typeset.c: sets of types named by comma-separated lists. */
#include "typeset.h"

#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "intern.h"
#include "suggest.h"

enum { MAX_TYPE_NAME = 128 };

void cm_type_set_all(cm_type_set *set)
{
	memset(set->has, 1, sizeof set->has);
}

int cm_type_set_has(const cm_type_set *set, const cm_edge_type *type)
{
	return type->index < CM_MAX_EDGE_TYPES && set->has[type->index];
}

/* "unknown TYPE 'x'; did you mean ...", offering node types, edge types or
 * both. */
static void unknown_type(const cm_map *map, const char *name, int nodes, int edges,
			 cm_diags *diags)
{
	const cm_schema *s = &map->schema;
	cm_suggest sg;
	char message[256];
	cm_suggest_init(&sg, name);
	cm_suggest_offer_each(&sg, s->node_types, nodes ? s->nnode_types : 0,
			      CM_SUGGEST_FIELDS(cm_node_type, name));
	cm_suggest_offer_each(&sg, s->edge_types, edges ? s->nedge_types : 0,
			      CM_SUGGEST_FIELDS(cm_edge_type, name));
	const char *what = nodes && edges ? "node or edge type" : nodes ? "node type" : "edge type";
	cm_diag_add(diags, NULL, 0, 0, "%s", cm_suggest_message(message, sizeof message, what, &sg));
}

/* Calls take(name) for each name of a comma-separated list; an empty name
 * (a stray comma) is skipped. */
typedef int (*take_name)(void *into, const cm_map *map, const char *name);

static cm_status each_name(const char *csv, const cm_map *map, void *into, take_name take,
			   int nodes, int edges, cm_diags *diags)
{
	cm_status st = CM_OK;
	for (const char *p = csv; *p;) {
		size_t len = strcspn(p, ",");
		char name[MAX_TYPE_NAME];
		snprintf(name, sizeof name, "%.*s", (int)(len < MAX_TYPE_NAME - 1 ? len : MAX_TYPE_NAME - 1), p);
		if (len && !take(into, map, name)) {
			unknown_type(map, name, nodes, edges, diags);
			st = CM_EINVAL;
		}
		p += len + (p[len] == ',');
	}
	return st;
}

static const cm_edge_type *edge_type_named(const cm_map *map, const char *name)
{
	const char *interned = cm_intern_find(&map->strings, name);
	const cm_edge_type *t = interned ? cm_schema_edge_type(&map->schema, interned) : NULL;
	return t && t->index < CM_MAX_EDGE_TYPES ? t : NULL;
}

static const cm_node_type *node_type_named(const cm_map *map, const char *name)
{
	const char *interned = cm_intern_find(&map->strings, name);
	const cm_node_type *t = interned ? cm_schema_node_type(&map->schema, interned) : NULL;
	return t && t->index < CM_MAX_NODE_TYPES ? t : NULL;
}

static int take_edge_type(void *into, const cm_map *map, const char *name)
{
	const cm_edge_type *t = edge_type_named(map, name);
	if (t)
		((cm_type_set *)into)->has[t->index] = 1;
	return t != NULL;
}

cm_status cm_type_set_parse(cm_type_set *set, const cm_map *map, const char *csv,
			    cm_diags *diags)
{
	if (!csv) {
		cm_type_set_all(set);
		return CM_OK;
	}
	memset(set->has, 0, sizeof set->has);
	return each_name(csv, map, set, take_edge_type, 0, 1, diags);
}

void cm_type_set_query(cm_type_set *set, const cm_map *map, const char *query,
		       const char *key)
{
	size_t n;
	const char *const *names = cm_query_names(cm_schema_query(&map->schema, query), key, &n);
	memset(set->has, 0, sizeof set->has);
	for (size_t i = 0; i < n; i++) {
		const cm_edge_type *t = cm_schema_edge_type(&map->schema, names[i]);
		if (t && t->index < CM_MAX_EDGE_TYPES)
			set->has[t->index] = 1;
	}
}

static int take_node_type(void *into, const cm_map *map, const char *name)
{
	const cm_node_type *t = node_type_named(map, name);
	if (t)
		((cm_type_filter *)into)->nodes[t->index] = 1;
	return t != NULL;
}

static int take_any_type(void *into, const cm_map *map, const char *name)
{
	cm_type_filter *f = into;
	int node = take_node_type(f, map, name);
	return take_edge_type(&f->edges, map, name) || node;
}

cm_status cm_type_filter_parse(cm_type_filter *f, const cm_map *map, const char *csv,
			       int with_edges, cm_diags *diags)
{
	memset(f, 0, sizeof *f);
	if (!csv)
		return CM_OK;
	f->given = 1;
	return each_name(csv, map, f, with_edges ? take_any_type : take_node_type, 1, with_edges,
			 diags);
}

int cm_type_filter_node(const cm_type_filter *f, const cm_node_type *type)
{
	return !f->given || (type->index < CM_MAX_NODE_TYPES && f->nodes[type->index]);
}

int cm_type_filter_edge(const cm_type_filter *f, const cm_edge_type *type)
{
	return !f->given || cm_type_set_has(&f->edges, type);
}
