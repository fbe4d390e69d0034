/* walk.c: edge-type sets and single steps, shared by every traversal. */
#include "walk.h"

#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "suggest.h"

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
