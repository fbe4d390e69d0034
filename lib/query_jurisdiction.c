/*
 * query_jurisdiction.c: `jurisdiction NODE` -- the edges of the schema's
 * authority types (inbound) into NODE and into everything NODE is part of
 * (inherit), nearest first.
 */
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "result.h"
#include "walk.h"

#define FIXED_COLUMNS 4
#define MAX_CHAIN 64

typedef struct authority {
	const cm_map *map;
	const cm_view *view;
	cm_result *result;
	cm_type_set inbound, inherit;
	const char *const *show;
	size_t nshow;
} authority;

static const char *edge_text(const cm_edge *e, const char *name)
{
	const cm_attr *a = cm_attr_find(e->attrs, e->nattrs, name);
	return a ? a->text : NULL;
}

static void authorities_over(authority *a, const cm_node *over, cm_presence pass)
{
	for (size_t i = 0; i < over->nin; i++) {
		const cm_edge *e = over->in[i];
		int since = 0;
		if (!cm_type_set_has(&a->inbound, e->type) ||
		    cm_edge_presence(a->view, e, &since) != pass)
			continue;
		const char *cells[CM_MAX_COLUMNS] = {e->from->id,
						     cm_node_label(a->map, a->view, e->from),
						     e->type->name, over->id};
		for (size_t k = 0; k < a->nshow; k++)
			cells[FIXED_COLUMNS + k] = edge_text(e, a->show[k]);
		cm_result_add_row(a->result, pass == CM_PENDING ? since : 0, cells);
		cm_result_add_edge(a->result, e);
	}
}

/* node, then what it is part of, and so on (the inherit edge types). */
static size_t chain_of(const authority *a, const cm_node *node, const cm_node **chain)
{
	size_t n = 0;
	while (node && n < MAX_CHAIN) {
		chain[n++] = node;
		const cm_node *parent = NULL;
		for (size_t i = 0; i < node->nout && !parent; i++) {
			const cm_edge *e = node->out[i];
			if (cm_type_set_has(&a->inherit, e->type) &&
			    cm_edge_presence(a->view, e, NULL) == CM_CURRENT)
				parent = e->to;
		}
		node = parent;
	}
	return n;
}

cm_status cm_query_jurisdiction(cm_result **out, const cm_map *map,
				const cm_view *view, const char *node,
				cm_diags *diags)
{
	authority a;
	const cm_node *target, *chain[MAX_CHAIN];
	memset(&a, 0, sizeof a);
	a.map = map;
	a.view = view;
	*out = NULL;
	cm_status st = cm_resolve_for(&target, map, view, node, "jurisdiction", diags);
	if (st != CM_OK)
		return st;
	cm_type_set_query(&a.inbound, map, "jurisdiction", "inbound");
	cm_type_set_query(&a.inherit, map, "jurisdiction", "inherit");
	a.show = cm_query_names(cm_schema_query(&map->schema, "jurisdiction"), "show", &a.nshow);
	if (a.nshow > CM_MAX_COLUMNS - FIXED_COLUMNS)
		a.nshow = CM_MAX_COLUMNS - FIXED_COLUMNS;
	const char *columns[CM_MAX_COLUMNS] = {"authority", "name", "relation", "over"};
	for (size_t i = 0; i < a.nshow; i++)
		columns[FIXED_COLUMNS + i] = a.show[i];
	char title[256];
	snprintf(title, sizeof title, "jurisdiction %s", target->id);
	if ((st = cm_result_new(&a.result, map, title, columns, FIXED_COLUMNS + a.nshow, diags)) != CM_OK)
		return st;
	cm_result_add_node(a.result, target);
	static const cm_role roles[] = {CM_ROLE_ID, CM_ROLE_NAME, CM_ROLE_RELATION, CM_ROLE_TO};
	cm_result_set_roles(a.result, roles, 4);
	for (size_t k = 0; k < a.nshow; k++)
		cm_result_set_role(a.result, FIXED_COLUMNS + k, CM_ROLE_ATTRIBUTE);
	cm_result_why_empty(a.result, "no body holds authority over %s or what it is part of: no %s edge reaches them in the view",
			    target->id, "risk_manages, regulates or investigates");
	size_t n = chain_of(&a, target, chain);
	for (int pass = CM_CURRENT; pass <= CM_PENDING; pass++)
		for (size_t i = 0; i < n; i++)
			authorities_over(&a, chain[i], (cm_presence)pass);
	for (size_t i = 1; i < n; i++)
		cm_result_add_node(a.result, chain[i]);
	return cm_result_finish(out, a.result, diags);
}
