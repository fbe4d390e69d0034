/*
 * query_search.c: `search` -- a PCRE2 pattern over names and the attributes
 * the schema marks `search: true`.  The only file that includes PCRE2.
 * Patterns are compiled caseless and Unicode-aware (UTF + UCP) so Japanese
 * names match; match and depth limits keep hostile patterns from hanging.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "result.h"
#include "view.h"

#define MATCH_LIMIT 1000000
#define DEPTH_LIMIT 10000

typedef struct matcher {
	pcre2_code *code;
	pcre2_match_data *data;
	pcre2_match_context *context;
	int error; /* a PCRE2 error code from matching, or 0 */
} matcher;

static void matcher_release(matcher *m)
{
	pcre2_match_data_free(m->data);
	pcre2_match_context_free(m->context);
	pcre2_code_free(m->code);
}

static cm_status matcher_init(matcher *m, const char *pattern, cm_diags *diags)
{
	int code;
	PCRE2_SIZE offset;
	memset(m, 0, sizeof(*m));
	m->code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
				PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP, &code, &offset, NULL);
	if (!m->code) {
		PCRE2_UCHAR message[256];
		pcre2_get_error_message(code, message, sizeof message);
		char q[80];
		cm_diag_add(diags, NULL, 0, 0, "bad pattern '%s': %s at offset %zu",
			    cm_diag_quote(q, sizeof q, pattern), (const char *)message,
			    (size_t)offset);
		return CM_EINVAL;
	}
	pcre2_jit_compile(m->code, PCRE2_JIT_COMPLETE); /* optional speed-up */
	m->data = pcre2_match_data_create_from_pattern(m->code, NULL);
	m->context = pcre2_match_context_create(NULL);
	if (!m->data || !m->context) {
		matcher_release(m);
		return CM_ENOMEM;
	}
	pcre2_set_match_limit(m->context, MATCH_LIMIT);
	pcre2_set_depth_limit(m->context, DEPTH_LIMIT);
	return CM_OK;
}

static int matches(matcher *m, const char *text)
{
	/* pcre2_match, not pcre2_jit_match: it checks the subject is UTF-8 */
	int rc = pcre2_match(m->code, (PCRE2_SPTR)text, strlen(text), 0, 0, m->data,
			     m->context);
	if (rc >= 0)
		return 1;
	if (rc != PCRE2_ERROR_NOMATCH && !m->error)
		m->error = rc;
	return 0;
}

/* The first field of n that matches: its name and text, or 0. */
static int match_node(matcher *m, const cm_node *n, const char **field,
		      const char **text)
{
	if (matches(m, n->name)) {
		*field = "name";
		*text = n->name;
		return 1;
	}
	for (size_t a = 0; a < n->nattrs; a++) {
		const cm_attr *attr = &n->attrs[a];
		if (!(attr->def->flags & CM_ATTR_SEARCH))
			continue;
		*field = attr->def->name;
		if (attr->text && matches(m, attr->text)) {
			*text = attr->text;
			return 1;
		}
		for (size_t i = 0; i < attr->nitems; i++)
			if (matches(m, attr->items[i])) {
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

static int type_ok(const cm_map *map, const cm_node *n, const char *type)
{
	return !type || n->type == cm_schema_node_type(&map->schema,
						       cm_intern_find(&map->strings, type));
}

static void add_matches(cm_result *r, matcher *m, const cm_map *map,
			const cm_view *view, const char *type, const cm_node **sorted)
{
	for (int pass = CM_CURRENT; pass <= CM_PENDING && !m->error; pass++) {
		for (size_t i = 0; i < map->nodes.count && !m->error; i++) {
			const cm_node *n = sorted[i];
			const char *field, *text;
			if ((int)cm_node_presence(view, n) != pass || !type_ok(map, n, type) ||
			    (view->country && !n->side) || !match_node(m, n, &field, &text))
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
	if (type && !cm_schema_node_type(&map->schema, cm_intern_find(&map->strings, type))) {
		char q[80];
		cm_diag_add(diags, NULL, 0, 0, "unknown node type '%s'",
			    cm_diag_quote(q, sizeof q, type));
		return CM_EINVAL;
	}
	matcher m;
	cm_status st = matcher_init(&m, pattern, diags);
	if (st != CM_OK)
		return st;
	static const char *const columns[] = {"id", "type", "name", "field", "text"};
	cm_result *r = NULL;
	const cm_node **sorted = malloc((map->nodes.count + 1) * sizeof(*sorted));
	if (!sorted || (st = cm_result_new(&r, "search", columns, 5)) != CM_OK) {
		free(sorted);
		matcher_release(&m);
		return st != CM_OK ? st : CM_ENOMEM;
	}
	memcpy(sorted, map->nodes.items, map->nodes.count * sizeof(*sorted));
	qsort(sorted, map->nodes.count, sizeof(*sorted), by_id);
	add_matches(r, &m, map, view, type, sorted);
	free(sorted);
	int error = m.error;
	matcher_release(&m);
	if (error) {
		cm_result_free(r);
		char q[80];
		cm_diag_add(diags, NULL, 0, 0,
			    error == PCRE2_ERROR_MATCHLIMIT || error == PCRE2_ERROR_DEPTHLIMIT
				    ? "pattern '%s' needs too much backtracking; simplify it"
				    : "pattern '%s' could not be matched",
			    cm_diag_quote(q, sizeof q, pattern));
		return CM_ELIMIT;
	}
	return cm_result_finish(out, r, diags);
}
