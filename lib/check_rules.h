/* check_rules.h: the schema's conditional requirements (check --strict). */
#ifndef CM_CHECK_RULES_H
#define CM_CHECK_RULES_H

#include "graph.h"

/* Appends a diagnostic for every element a require_if rule applies to that
 * lacks an attribute the rule requires. */
cm_status cm_check_rules(const cm_map *map, cm_diags *diags);
/* The schema's source rules: no refused host cited anywhere, and at least
 * official_share percent of elements citing an official or primary source. */
cm_status cm_check_sources(const cm_map *map, cm_diags *diags);

#endif
