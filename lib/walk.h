/* walk.h: sets of edge types and the steps a traversal may take. */
#ifndef CM_WALK_H
#define CM_WALK_H

#include "graph.h"
#include "typeset.h"
#include "view.h"

/* One step from a node along an edge. */
typedef struct cm_step {
	const cm_edge *edge;
	const cm_node *next;
	size_t next_index;
	int forward; /* walked from its from-end to its to-end */
	unsigned short type; /* the edge type's index */
} cm_step;

enum { CM_WALK_FORWARD = 1, CM_WALK_BACKWARD = 2 };

/*
 * The steps from node along edges in set, in the given directions (a
 * symmetric edge is always walkable both ways), whose presence is at most
 * `worst` (CM_CURRENT: in force only; CM_PENDING: also pending).  Fills
 * steps (node->nout + node->nin entries at most); returns the count.
 */
size_t cm_steps(cm_step *steps, const cm_map *map, const cm_view *view,
		const cm_node *node, const cm_type_set *set, int directions,
		cm_presence worst);

/* "-> part_of" and the like; lives as long as the map. */
const char *cm_step_label(const cm_map *map, const cm_step *step);

#endif
