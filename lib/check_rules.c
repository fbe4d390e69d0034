/*
 * check_rules.c: the schema's `strict.require_if` rules (check --strict):
 * elements of the types a rule names -- where an attribute has a value, or
 * another is present -- must carry the attributes it requires.  One pass
 * over nodes and edges per rule.
 */
#include "check_rules.h"

#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "labels.h"
#include "result.h"

static int listed(const char *const *names, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (names[i] == name)
			return 1;
	return 0;
}

/* Whether an element falls under the rule's where and if. */
static int applies(const cm_strict_rule *rule, const cm_attr *attrs, size_t n)
{
	if (rule->where_attr) {
		const cm_attr *a = cm_attr_find(attrs, n, rule->where_attr);
		if (!a || a->text != rule->where_value)
			return 0;
	}
	return !rule->if_present || cm_attr_find(attrs, n, rule->if_present);
}

static size_t missing(const cm_strict_rule *rule, const cm_attr *attrs, size_t n,
		      const char **which)
{
	size_t count = 0;
	for (size_t i = 0; i < rule->nrequire; i++)
		if (!cm_attr_find(attrs, n, rule->require[i]))
			which[count++] = rule->require[i];
	return count;
}

static void report(cm_diags *diags, const char *file, unsigned line, unsigned column,
		   const char *what, const cm_strict_rule *rule, const char *const *which,
		   size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (rule->where_attr)
			cm_diag_add(diags, file, line, column, "%s (%s %s) has no '%s'", what,
				    rule->where_attr, rule->where_value, which[i]);
		else if (rule->if_present)
			cm_diag_add(diags, file, line, column, "%s has '%s' but no '%s'", what,
				    rule->if_present, which[i]);
		else
			cm_diag_add(diags, file, line, column, "%s has no '%s'", what, which[i]);
	}
}

static size_t check_rule(const cm_map *map, const cm_strict_rule *rule, cm_diags *diags)
{
	const char *which[64];
	char what[256];
	size_t failures = 0;
	for (size_t i = 0; i < map->nodes.count; i++) {
		const cm_node *n = map->nodes.items[i];
		if (!listed(rule->types, rule->ntypes, n->type->name) ||
		    !applies(rule, n->attrs, n->nattrs))
			continue;
		size_t k = missing(rule, n->attrs, n->nattrs, which);
		snprintf(what, sizeof what, "%s '%s'", n->type->name, n->id);
		report(diags, n->file, n->line, n->column, what, rule, which, k);
		failures += k;
	}
	for (size_t i = 0; i < map->edges.count; i++) {
		const cm_edge *e = map->edges.items[i];
		if (!listed(rule->types, rule->ntypes, e->type->name) ||
		    !applies(rule, e->attrs, e->nattrs))
			continue;
		size_t k = missing(rule, e->attrs, e->nattrs, which);
		snprintf(what, sizeof what, "%s edge %s -> %s", e->type->name, e->from->id,
			 e->to->id);
		report(diags, e->file, e->line, e->column, what, rule, which, k);
		failures += k;
	}
	return failures;
}

cm_status cm_check_rules(const cm_map *map, cm_diags *diags)
{
	size_t failures = 0;
	for (size_t i = 0; i < map->schema.nstrict_rules; i++)
		failures += check_rule(map, &map->schema.strict_rules[i], diags);
	return failures ? CM_EINVAL : CM_OK;
}

/* ---- coverage ---- */

static void count_rule(const cm_map *map, const cm_strict_rule *rule, const char *side,
		       size_t *complete, size_t *total)
{
	const char *which[64];
	for (size_t i = 0; i < map->nodes.count; i++) {
		const cm_node *n = map->nodes.items[i];
		if (!listed(rule->types, rule->ntypes, n->type->name) ||
		    !applies(rule, n->attrs, n->nattrs) || (side ? n->side != side : n->side != NULL))
			continue;
		(*total)++;
		*complete += missing(rule, n->attrs, n->nattrs, which) == 0;
	}
	for (size_t i = 0; i < map->edges.count; i++) {
		const cm_edge *e = map->edges.items[i];
		const char *eside = e->from->side ? e->from->side : e->to->side;
		if (!listed(rule->types, rule->ntypes, e->type->name) ||
		    !applies(rule, e->attrs, e->nattrs) || (side ? eside != side : eside != NULL))
			continue;
		(*total)++;
		*complete += missing(rule, e->attrs, e->nattrs, which) == 0;
	}
}

/* What a rule is about, in the view's language where the schema says it. */
static const char *rule_label(const cm_strict_rule *rule, const cm_view *view)
{
	if (view && view->lang && strcmp(view->lang, "ja") == 0 && rule->label_ja)
		return rule->label_ja;
	return rule->label ? rule->label : "rule";
}

cm_status cm_query_coverage(cm_result **out, const cm_map *map, const cm_view *view,
			    cm_diags *diags)
{
	const char *const columns[] = {"rule", cm_side_column(map), "complete", "total", "share"};
	cm_result *r;
	*out = NULL;
	cm_status st = cm_result_new(&r, map, "coverage", columns, 5, diags);
	if (st != CM_OK)
		return st;
	r->numbers = 1u << 2 | 1u << 3 | 1u << 4;
	cm_result_set_role(r, 1, CM_ROLE_SIDE);
	for (size_t c = 2; c < 5; c++)
		cm_result_set_role(r, c, CM_ROLE_NUMBER);
	/* each side, then the elements of none (sides[nsides], NULL) */
	size_t nsides = map->nsides + 1;
	for (size_t i = 0; i < map->schema.nstrict_rules; i++) {
		const cm_strict_rule *rule = &map->schema.strict_rules[i];
		for (size_t k = 0; k < nsides; k++) {
			size_t complete = 0, total = 0;
			const char *side = k < map->nsides ? map->sides[k] : NULL;
			count_rule(map, rule, side, &complete, &total);
			if (!total)
				continue;
			char a[32], b[32], share[16];
			snprintf(a, sizeof a, "%zu", complete);
			snprintf(b, sizeof b, "%zu", total);
			snprintf(share, sizeof share, "%zu", complete * 100 / total);
			char what[256];
			snprintf(what, sizeof what, "%s: %s", rule_label(rule, view),
				 cm_name_in_lang(map, view, "attr", rule->require[0]));
			for (size_t q = 1; q < rule->nrequire; q++)
				snprintf(what + strlen(what), sizeof what - strlen(what), "%s%s",
					 cm_label(map, view, "list.separator", ", "),
					 cm_name_in_lang(map, view, "attr", rule->require[q]));
			const char *cells[] = {what, side ? side : "", a, b, share};
			cm_result_add_row(r, 0, cells);
		}
	}
	return cm_result_finish(out, r, diags);
}
