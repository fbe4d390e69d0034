/* view.h: which elements a view shows -- by date (as of) and by side (country). */
#ifndef CM_VIEW_H
#define CM_VIEW_H

#include <string.h>

#include "graph.h"

/* cm_presence is public (cybermap.h). */

/* Presence by date: gone once ended; current once started; before that,
 * pending if adopted by the view's day (adopted: a day, or CM_DATE_UNKNOWN,
 * which counts as adopted only in views of today or later), else gone. */
cm_presence cm_dated_presence(const cm_view *view, int since, int until, int adopted);

/* cm_node_presence (public): by date and side; a node of another side is
 * gone, a node of no side stays. */

/* The side a view counts a node in: its side attribute's, or for a side's
 * own node (a country) itself; NULL for shared nodes. */
const char *cm_view_side_of(const cm_node *node);
/* Whether a view of one side leaves the node out as the other side's. */
int cm_view_other_side(const cm_view *view, const cm_node *node);

/* The day an element was adopted: its adoption attribute, else the start
 * of the law it rests on (a `rests_on` attribute or edge type), else
 * CM_DATE_UNKNOWN. */
int cm_node_adopted(const cm_node *node);
/* The adoption day the element states itself, or CM_DATE_UNKNOWN. */
int cm_adoption_stated(const cm_attr *attrs, size_t nattrs);
int cm_edge_adopted(const cm_edge *edge);

/* An edge is as present as the least present of itself and its two ends;
 * *since receives the day it starts when pending. */
cm_presence cm_edge_presence(const cm_view *view, const cm_edge *edge, int *since);

#endif
