/* query_export.c: `export` -- the whole view (in force and pending), rows
 * one per node, the subgraph every node and edge, for other tools. */
#include <stdio.h>

#include "labels.h"
#include "result.h"
#include "view.h"

cm_status cm_query_export(cm_result **out, const cm_map *map, const cm_view *view,
			  cm_diags *diags)
{
	static const char *const columns[] = {"id", "type", "name"};
	char title[96];
	snprintf(title, sizeof title, "export%s%s%s%.20s",
		 view->country ? cm_label(map, view, "title.colon", ": ") : "",
		 view->country ? cm_label_column(map, view, cm_side_column(map)) : "",
		 view->country ? " " : "", view->country ? view->country : "");
	cm_result *r;
	*out = NULL;
	cm_status st = cm_result_new(&r, map, title, columns, 3, diags);
	static const cm_role roles[] = {CM_ROLE_ID, CM_ROLE_TYPE, CM_ROLE_NAME};
	if (st == CM_OK)
		cm_result_set_roles(r, roles, 3);
	if (st != CM_OK)
		return st;
	for (size_t i = 0; i < map->nodes.count; i++) {
		const cm_node *n = map->nodes.items[i];
		if (cm_node_presence(view, n) == CM_GONE)
			continue;
		const char *cells[] = {n->id, n->type->name, n->name};
		int pending = cm_node_presence(view, n) == CM_PENDING;
		cm_result_add_row_ref(r, pending ? n->since : 0, cells, 0);
		cm_result_add_node(r, n);
	}
	for (size_t i = 0; i < map->edges.count; i++) {
		const cm_edge *e = map->edges.items[i];
		if (cm_edge_presence(view, e, NULL) != CM_GONE)
			cm_result_add_edge(r, e);
	}
	return cm_result_finish(out, r, diags);
}
