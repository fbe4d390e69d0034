/* typeset.h: sets of types named by comma-separated lists: edge types for
 * traversals (--follow), node and edge types for filters (--type). */
#ifndef CM_TYPESET_H
#define CM_TYPESET_H

#include "graph.h"

#define CM_MAX_EDGE_TYPES 256
#define CM_MAX_NODE_TYPES 256

typedef struct cm_type_set {
	unsigned char has[CM_MAX_EDGE_TYPES];
} cm_type_set;

/* Every edge type. */
void cm_type_set_all(cm_type_set *set);
/* Edge types from a comma-separated list; unknown names are CM_EINVAL with
 * a "did you mean".  NULL means all. */
cm_status cm_type_set_parse(cm_type_set *set, const cm_map *map, const char *csv,
			    cm_diags *diags);
/* The edge types a schema query lists under key (none if absent). */
void cm_type_set_query(cm_type_set *set, const cm_map *map, const char *query,
		       const char *key);
int cm_type_set_has(const cm_type_set *set, const cm_edge_type *type);

/* A filter over node types and, where asked, edge types. */
typedef struct cm_type_filter {
	int given; /* 0: everything passes */
	unsigned char nodes[CM_MAX_NODE_TYPES];
	cm_type_set edges;
} cm_type_filter;

/* From a comma-separated list (NULL: everything).  Edge type names are
 * accepted when with_edges is set; an unknown name is CM_EINVAL with the
 * closest type as a suggestion. */
cm_status cm_type_filter_parse(cm_type_filter *f, const cm_map *map, const char *csv,
			       int with_edges, cm_diags *diags);
int cm_type_filter_node(const cm_type_filter *f, const cm_node_type *type);
int cm_type_filter_edge(const cm_type_filter *f, const cm_edge_type *type);

#endif
