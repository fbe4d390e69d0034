/* query_search.c: `search` -- a pattern over names and the attributes the
 * schema marks `search: true`; one row per node, at its first matching field. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "pattern.h"
#include "result.h"
#include "typeset.h"
#include "view.h"

/* The first field of n that matches: its name and text, or 0. */
static int match_node(cm_pattern *p, const cm_node *n, const char **field,
		      const char **text)
{
	if (cm_pattern_match(p, n->name)) {
		*field = "name";
		*text = n->name;
		return 1;
	}
	for (size_t a = 0; a < n->nattrs; a++) {
		const cm_attr *attr = &n->attrs[a];
		if (!(attr->def->flags & CM_ATTR_SEARCH))
			continue;
		*field = attr->def->name;
		if (attr->text && cm_pattern_match(p, attr->text)) {
			*text = attr->text;
			return 1;
		}
		for (size_t i = 0; i < attr->nitems; i++)
			if (cm_pattern_match(p, attr->items[i])) {
				*text = attr->items[i];
				return 1;
			}
	}
	return 0;
}

static int by_id(const void *a, const void *b)
{
	const cm_node *x = *(const cm_node *const *)a, *y = *(const cm_node *const *)b;
	return strcmp(x->id, y->id);
}

static void add_matches(cm_result *r, cm_pattern *p, const cm_map *map,
			const cm_view *view, const cm_type_filter *types,
			const cm_node **sorted)
{
	for (int pass = CM_CURRENT; pass <= CM_PENDING; pass++) {
		for (size_t i = 0; i < map->nodes.count && !cm_pattern_failed(p); i++) {
			const cm_node *n = sorted[i];
			const char *field, *text;
			if ((int)cm_node_presence(view, n) != pass || !cm_type_filter_node(types, n->type) ||
			    (view->country && !n->side) || !match_node(p, n, &field, &text))
				continue;
			const char *cells[] = {n->id, n->type->name, cm_node_label(map, view, n),
					       field, text};
			cm_result_add_row(r, pass == CM_PENDING ? n->since : 0, cells);
			cm_result_add_node(r, n);
		}
	}
}

cm_status cm_query_search(cm_result **out, const cm_map *map, const cm_view *view,
			  const char *pattern, const char *type, cm_diags *diags)
{
	*out = NULL;
	cm_type_filter types;
	cm_status st = cm_type_filter_parse(&types, map, type, 0, diags);
	if (st != CM_OK)
		return st;
	cm_pattern *p;
	st = cm_pattern_compile(&p, pattern, diags);
	if (st != CM_OK)
		return st;
	static const char *const columns[] = {"id", "type", "name", "field", "text"};
	cm_result *r = NULL;
	const cm_node **sorted = malloc((map->nodes.count + 1) * sizeof(*sorted));
	char title[160];
	snprintf(title, sizeof title, "search '%.120s'", pattern);
	if (!sorted || (st = cm_result_new(&r, map, title, columns, 5, diags)) != CM_OK) {
		free(sorted);
		cm_pattern_free(p);
		return st != CM_OK ? st : CM_ENOMEM;
	}
	static const cm_role roles[] = {CM_ROLE_ID, CM_ROLE_TYPE, CM_ROLE_NAME, CM_ROLE_KEY,
					CM_ROLE_NONE};
	cm_result_set_roles(r, roles, 5);
	cm_result_why_empty(r, "nothing matches the pattern in names, short names, Japanese names, aliases or descriptions%s%s",
			    type ? " of type " : "", type ? type : "");
	memcpy(sorted, map->nodes.items, map->nodes.count * sizeof(*sorted));
	qsort(sorted, map->nodes.count, sizeof(*sorted), by_id);
	add_matches(r, p, map, view, &types, sorted);
	free(sorted);
	st = cm_pattern_check(p, diags);
	cm_pattern_free(p);
	if (st != CM_OK) {
		cm_result_free(r);
		return st;
	}
	return cm_result_finish(out, r, diags);
}
