/* view.h: which elements a view shows -- by date (as of) and by side (country). */
#ifndef CM_VIEW_H
#define CM_VIEW_H

#include <string.h>

#include "graph.h"

typedef enum cm_presence {
	CM_GONE,    /* ended before, or belongs to another side */
	CM_CURRENT, /* in force on the view's date */
	CM_PENDING  /* adopted, starts after the view's date */
} cm_presence;

/* Presence by date alone. */
static inline cm_presence cm_period_presence(const cm_view *view, int since, int until)
{
	if (until <= view->as_of)
		return CM_GONE;
	return since <= view->as_of ? CM_CURRENT : CM_PENDING;
}

/* By date and side: a node of another side is gone; a node of no side stays. */
static inline cm_presence cm_node_presence(const cm_view *view, const cm_node *node)
{
	if (view->country && node->side && strcmp(node->side, view->country) != 0)
		return CM_GONE;
	return cm_period_presence(view, node->since, node->until);
}
/* An edge is as present as the least present of itself and its two ends;
 * *since receives the day it starts when pending. */
cm_presence cm_edge_presence(const cm_view *view, const cm_edge *edge, int *since);

#endif
