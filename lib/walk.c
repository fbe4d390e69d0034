/* walk.c: edge-type sets and single steps, shared by every traversal. */
#include "walk.h"

#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "suggest.h"

void cm_type_set_all(cm_type_set *set)
{
	memset(set->has, 1, sizeof set->has);
}

int cm_type_set_has(const cm_type_set *set, const cm_edge_type *type)
{
	return type->index < CM_MAX_EDGE_TYPES && set->has[type->index];
}

static void unknown_edge_type(const cm_map *map, const char *name, cm_diags *diags)
{
	cm_suggest sg;
	cm_suggest_init(&sg, name);
	for (size_t i = 0; i < map->schema.nedge_types; i++)
		cm_suggest_offer(&sg, map->schema.edge_types[i].name);
	char message[256];
	cm_diag_add(diags, NULL, 0, 0, "%s",
		    cm_suggest_message(message, sizeof message, "edge type", &sg));
}

cm_status cm_type_set_parse(cm_type_set *set, const cm_map *map, const char *csv,
			    cm_diags *diags)
{
	if (!csv) {
		cm_type_set_all(set);
		return CM_OK;
	}
	memset(set->has, 0, sizeof set->has);
	cm_status st = CM_OK;
	for (const char *p = csv; *p;) {
		size_t len = strcspn(p, ",");
		char name[128];
		snprintf(name, sizeof name, "%.*s", (int)(len < 127 ? len : 127), p);
		const char *interned = cm_intern_find(&map->strings, name);
		const cm_edge_type *t = interned ? cm_schema_edge_type(&map->schema, interned) : NULL;
		if (t && t->index < CM_MAX_EDGE_TYPES) {
			set->has[t->index] = 1;
		} else if (len) {
			unknown_edge_type(map, name, diags);
			st = CM_EINVAL;
		}
		p += len + (p[len] == ',');
	}
	return st;
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

static int walkable(const cm_map *map, const cm_view *view, const cm_adj *a,
		    cm_presence worst)
{
	if (a->timeless && !view->country)
		return 1;
	cm_presence p = cm_edge_presence(view, map->edges.items[a->edge], NULL);
	return p == CM_CURRENT || (p == CM_PENDING && worst == CM_PENDING);
}

size_t cm_steps(cm_step *steps, const cm_map *map, const cm_view *view,
		const cm_node *node, const cm_type_set *set, int directions,
		cm_presence worst)
{
	size_t n = 0;
	int any_direction = directions == (CM_WALK_FORWARD | CM_WALK_BACKWARD);
	for (size_t i = 0; i < node->nadj; i++) {
		const cm_adj *a = &node->adj[i];
		if (!set->has[a->type])
			continue;
		int way = a->forward ? CM_WALK_FORWARD : CM_WALK_BACKWARD;
		if (!any_direction && !(directions & way) && !a->symmetric)
			continue;
		if (walkable(map, view, a, worst))
			steps[n++] = (cm_step){map->edges.items[a->edge], map->nodes.items[a->other],
					       a->other, a->forward, a->type};
	}
	return n;
}

const char *cm_step_label(const cm_map *map, const cm_step *step)
{
	const cm_edge_type *t = &map->schema.edge_types[step->type];
	return step->forward ? t->label_out : t->label_in;
}
