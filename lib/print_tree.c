/*
 * print_tree.c: tree results (notify) as text for people.  When the rows
 * carry deadlines, a timeline comes first: the reports straight from the
 * start, mandatory before expected before voluntary (the duty's order in
 * the schema), each group in order of deadline.  Then the tree: each row
 * as "-> id  name", its detail (the trigger) under it, then its deadline
 * in words and its other attributes.  Columns are found by role, never by
 * position.  Every word comes from the schema's labels.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "deadline.h"
#include "intern.h"
#include "labels.h"
#include "print.h"

#define BOLD "\033[1m"
#define YELLOW "\033[33m"
#define RESET "\033[0m"

typedef struct tree_columns {
	size_t depth, section, to, name, detail, deadline, total, obligation;
} tree_columns;

static const char *cell(const cm_result *r, size_t row, size_t col)
{
	return col == (size_t)-1 ? "" : cm_result_cell(r, row, col);
}

static void find_columns(const cm_result *r, tree_columns *c)
{
	c->depth = cm_result_role_column(r, CM_ROLE_DEPTH);
	c->section = cm_result_role_column(r, CM_ROLE_SECTION);
	c->to = cm_result_role_column(r, CM_ROLE_TO);
	c->name = cm_result_role_column(r, CM_ROLE_NAME);
	c->detail = cm_result_role_column(r, CM_ROLE_DETAIL);
	c->deadline = cm_result_role_column(r, CM_ROLE_DEADLINE);
	c->total = cm_result_role_column(r, CM_ROLE_TOTAL);
	c->obligation = cm_result_role_column(r, CM_ROLE_OBLIGATION);
}

static void pending(cm_strbuf *out, const cm_map *map, const cm_view *view,
		    const cm_result *r, size_t row, int color)
{
	int since;
	if (!cm_result_row_pending(r, row, &since))
		return;
	cm_strbuf_adds(out, color ? "  " YELLOW : "  ");
	cm_label_pending(out, map, view, since);
	if (color)
		cm_strbuf_adds(out, RESET);
}

/* ---- the timeline ---- */

typedef struct timed {
	size_t row;
	size_t rank; /* the obligation's place among the attribute's values */
	long key;    /* the deadline, for ordering */
} timed;

static int by_rank_then_deadline(const void *a, const void *b)
{
	const timed *x = a, *y = b;
	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->row < y->row ? -1 : x->row > y->row;
}

static size_t obligation_rank(const cm_map *map, const cm_result *r, size_t col,
			      const char *value)
{
	const char *name = col == (size_t)-1 ? NULL
						  : cm_intern_find(&map->strings, r->columns[col]);
	const cm_attr_def *def = name ? cm_schema_edge_attr(&map->schema, name) : NULL;
	for (size_t i = 0; def && i < def->nvalues; i++)
		if (strcmp(def->values[i], value) == 0)
			return i;
	return def ? def->nvalues : 0;
}

/* The terms deadlines may use: the vocabulary of the duration attribute. */
static const cm_vocabulary *deadline_terms(const cm_map *map)
{
	for (size_t i = 0; i < map->schema.nedge_attrs; i++)
		if (map->schema.edge_attrs[i].kind == CM_KIND_DURATION)
			return map->schema.edge_attrs[i].vocabulary;
	return NULL;
}

/* A report straight from the start: its own deadline, as the law words it
 * ("without undue delay, within 60 days"), is its total. */
static const char *first_deadline(const cm_result *r, const tree_columns *c, size_t row)
{
	const char *within = cell(r, row, c->deadline);
	return *within ? within : cell(r, row, c->total);
}

#define TIMELINE_DETAIL 60 /* columns of the trigger shown on a timeline line */

static void timeline_line(cm_strbuf *out, const cm_map *map, const cm_view *view,
			  const cm_result *r, const tree_columns *c, size_t row, size_t width,
			  const cm_print_options *o)
{
	cm_strbuf when;
	cm_strbuf_init(&when);
	cm_label_deadline(&when, map, view, first_deadline(r, c, row));
	cm_strbuf_adds(out, "    ");
	size_t w = cm_text_add(out, when.data ? when.data : "", 0);
	cm_text_pad(out, width > w ? width - w + 2 : 2);
	cm_text_add(out, cell(r, row, c->name), 0);
	size_t stage = cm_result_role_column(r, CM_ROLE_QUALIFIER);
	if (stage != (size_t)-1 && *cell(r, row, stage)) {
		cm_strbuf_adds(out, " (");
		cm_label_values(out, map, view, r->columns[stage], cell(r, row, stage));
		cm_strbuf_adds(out, ")");
	}
	if (r->sections > 1 && strcmp(cell(r, row, c->section), cell(r, 0, c->section)) != 0) {
		const cm_node *n = cm_map_node(map, cell(r, row, c->section));
		cm_strbuf_adds(out, "  [");
		cm_strbuf_fill1(out, cm_label(map, view, "notify.from_section", "from %s"),
				n ? cm_node_label(map, view, n) : cell(r, row, c->section));
		cm_strbuf_adds(out, "]");
	}
	if (*cell(r, row, c->detail)) {
		cm_strbuf_adds(out, " - ");
		cm_text_add(out, cell(r, row, c->detail), TIMELINE_DETAIL);
	}
	pending(out, map, view, r, row, o->color);
	cm_strbuf_addc(out, '\n');
	cm_strbuf_release_into(&when, out);
}

static void print_timeline(cm_strbuf *out, const cm_map *map, const cm_view *view,
			   const cm_result *r, const tree_columns *c, const cm_print_options *o)
{
	timed *rows = malloc((r->rows.count + 1) * sizeof(*rows));
	if (!rows) {
		out->failed = 1;
		return;
	}
	size_t n = 0, width = 0;
	for (size_t i = 0; i < r->rows.count; i++) {
		if (strcmp(cell(r, i, c->depth), "1") != 0)
			continue;
		rows[n++] = (timed){i, obligation_rank(map, r, c->obligation,
						       cell(r, i, c->obligation)),
				    cm_deadline_compact_key(first_deadline(r, c, i), deadline_terms(map))};
		cm_strbuf when;
		cm_strbuf_init(&when);
		cm_label_deadline(&when, map, view, first_deadline(r, c, i));
		size_t w = cm_display_width(when.data ? when.data : "");
		if (w > width && w < 40)
			width = w;
		cm_strbuf_release_into(&when, out);
	}
	qsort(rows, n, sizeof(*rows), by_rank_then_deadline);
	cm_strbuf_adds(out, o->color ? BOLD : "");
	cm_strbuf_adds(out, cm_label(map, view, "notify.timeline", "Reports to make, by deadline:"));
	cm_strbuf_adds(out, o->color ? RESET "\n" : "\n");
	for (size_t i = 0; i < n; i++) {
		const char *duty = cell(r, rows[i].row, c->obligation);
		if (i == 0 || strcmp(duty, cell(r, rows[i - 1].row, c->obligation)) != 0) {
			cm_strbuf_adds(out, "  ");
			cm_strbuf_adds(out, *duty ? cm_label_value(map, view, r->columns[c->obligation], duty)
						  : cm_label(map, view, "notify.no_duty", "duty not stated"));
			cm_strbuf_addc(out, '\n');
		}
		timeline_line(out, map, view, r, c, rows[i].row, width, o);
	}
	free(rows);
}

/* ---- the tree ---- */

static void detail_line(cm_strbuf *out, const cm_map *map, const cm_view *view,
			const cm_result *r, const tree_columns *c, size_t row, size_t indent)
{
	int any = 0;
	cm_strbuf words;
	cm_strbuf_init(&words);
	const char *within = cell(r, row, c->deadline), *total = cell(r, row, c->total);
	if (*within || *total) {
		cm_text_pad(out, indent + 1);
		cm_label_deadline(&words, map, view, *within ? within : "unknown");
		cm_text_add(out, words.data ? words.data : "", 0);
		if (strcmp(cell(r, row, c->depth), "1") != 0 && *total &&
		    strcmp(total, "unknown") != 0) {
			cm_strbuf_clear(&words);
			cm_label_deadline(&words, map, view, total);
			cm_strbuf_adds(out, " (");
			cm_strbuf_fill1(out, cm_label(map, view, "notify.total",
						      "counted from the incident: %s"),
					words.data ? words.data : "");
			cm_strbuf_adds(out, ")");
		}
		any = 1;
	}
	for (size_t col = 0; col < r->ncolumns; col++) {
		const char *v = cm_result_cell(r, row, col);
		if ((r->roles[col] != CM_ROLE_ATTRIBUTE && r->roles[col] != CM_ROLE_OBLIGATION &&
		     r->roles[col] != CM_ROLE_QUALIFIER) || !*v)
			continue;
		if (!any)
			cm_text_pad(out, indent + 1);
		cm_strbuf_addf(out, "%s%s ", any ? cm_label(map, view, "list.field_separator", "; ") : "",
			       cm_label_column(map, view, r->columns[col]));
		cm_label_values(out, map, view, r->columns[col], v);
		any = 1;
	}
	if (any)
		cm_strbuf_addc(out, '\n');
	cm_strbuf_release_into(&words, out);
}

static void section_header(cm_strbuf *out, const cm_map *map, const cm_view *view,
			   const char *section)
{
	const cm_node *n = cm_map_node(map, section);
	char both[512];
	snprintf(both, sizeof both, "%s (%s)", n ? cm_node_label(map, view, n) : section, section);
	cm_strbuf_fill1(out, cm_label(map, view, "notify.section", "Duties of %s:"), both);
	cm_strbuf_addc(out, '\n');
}

static void print_rows(cm_strbuf *out, const cm_map *map, const cm_view *view,
		       const cm_result *r, const tree_columns *c, const cm_print_options *o)
{
	for (size_t i = 0; i < r->rows.count; i++) {
		if (r->sections > 1 && (i == 0 || strcmp(cell(r, i, c->section),
							 cell(r, i - 1, c->section)) != 0))
			section_header(out, map, view, cell(r, i, c->section));
		long depth = strtol(cell(r, i, c->depth), NULL, 10);
		size_t indent = depth > 0 ? 2 * (size_t)depth : 2;
		cm_text_pad(out, indent - 2);
		cm_strbuf_adds(out, o->color ? BOLD "-> " : "-> ");
		cm_text_add(out, cell(r, i, c->to), 0);
		if (o->color)
			cm_strbuf_adds(out, RESET);
		cm_strbuf_adds(out, "  ");
		cm_text_add(out, cell(r, i, c->name), 0);
		pending(out, map, view, r, i, o->color);
		cm_strbuf_addc(out, '\n');
		if (*cell(r, i, c->detail)) {
			cm_text_pad(out, indent + 1);
			cm_strbuf_fill1(out, cm_label(map, view, "text.field", "%s: "),
					cm_label_column(map, view, r->columns[c->detail]));
			cm_text_add(out, cell(r, i, c->detail), 0);
			cm_strbuf_addc(out, '\n');
		}
		detail_line(out, map, view, r, c, i, indent);
		size_t sources = cm_result_role_column(r, CM_ROLE_SOURCES);
		if (sources != (size_t)-1 && *cell(r, i, sources)) {
			cm_text_pad(out, indent + 1);
			cm_strbuf_fill1(out, cm_label(map, view, "text.field", "%s: "),
					cm_label_column(map, view, r->columns[sources]));
			cm_text_add(out, cell(r, i, sources), 0);
			cm_strbuf_addc(out, '\n');
		}
	}
}

void cm_print_tree(cm_strbuf *out, const cm_map *map, const cm_view *view,
		   const cm_result *r, const cm_print_options *o)
{
	tree_columns c;
	find_columns(r, &c);
	if (c.total != (size_t)-1 && r->rows.count) {
		print_timeline(out, map, view, r, &c, o);
		cm_strbuf_addc(out, '\n');
		cm_strbuf_adds(out, o->color ? BOLD : "");
		cm_strbuf_adds(out, cm_label(map, view, "notify.chains",
					     "Who is told, and who passes it on:"));
		cm_strbuf_adds(out, o->color ? RESET "\n" : "\n");
	}
	print_rows(out, map, view, r, &c, o);
}
