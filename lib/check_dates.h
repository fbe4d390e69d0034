/* check_dates.h: the map's own dates checked against each other (check --strict). */
#ifndef CM_CHECK_DATES_H
#define CM_CHECK_DATES_H

#include "graph.h"

/* Appends a diagnostic for every element whose dates contradict another's:
 * an edge outside its ends' lives, an element starting before the law it
 * rests on, a child before its parent, a successor far from its
 * predecessor's end, an adoption after the start, and a missing since
 * where the schema's strict section requires one. */
cm_status cm_check_dates(const cm_map *map, cm_diags *diags);

#endif
