/* result.c: a result owns its cells (in one arena) and points into the map. */
#include "result.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "strbuf.h"

cm_status cm_result_new(cm_result **out, const cm_map *map, const char *title,
			const char *const *columns, size_t ncolumns, cm_diags *diags)
{
	*out = NULL;
	if (ncolumns > CM_MAX_COLUMNS) {
		cm_diag_add(diags, NULL, 0, 0, "a result of %zu columns is more than %d", ncolumns,
			    CM_MAX_COLUMNS);
		return CM_EINVAL;
	}
	cm_result *r = calloc(1, sizeof(*r));
	if (!r) {
		cm_diag_add(diags, NULL, 0, 0, "out of memory");
		return CM_ENOMEM;
	}
	cm_arena_init(&r->arena);
	r->map = map;
	r->node_seen = calloc(map->nodes.count + 1, 1);
	r->edge_seen = calloc(map->edges.count + 1, 1);
	r->title = cm_arena_strdup(&r->arena, title ? title : "");
	r->columns = cm_arena_calloc(&r->arena, ncolumns + 1, sizeof(*r->columns));
	if (!r->title || !r->columns || !r->node_seen || !r->edge_seen) {
		cm_result_free(r);
		cm_diag_add(diags, NULL, 0, 0, "out of memory");
		return CM_ENOMEM;
	}
	for (size_t i = 0; i < ncolumns; i++)
		if (!(r->columns[i] = cm_arena_strdup(&r->arena, columns[i])))
			r->failed = 1;
	r->ncolumns = ncolumns;
	*out = r;
	return CM_OK;
}

void cm_result_free(cm_result *r)
{
	if (!r)
		return;
	cm_vec_release(&r->rows);
	cm_vec_release(&r->nodes);
	cm_vec_release(&r->edges);
	free(r->node_seen);
	free(r->edge_seen);
	free(r->groups);
	free(r->node_marks);
	free(r->edge_marks);
	cm_arena_release(&r->arena);
	free(r);
}

const char *cm_result_strdup(cm_result *r, const char *text)
{
	const char *copy = cm_arena_strdup(&r->arena, text ? text : "");
	if (!copy)
		r->failed = 1;
	return copy;
}

void cm_result_add_row_ref(cm_result *r, int pending_since, const char *const *cells,
			   unsigned copy)
{
	cm_row *row = cm_arena_alloc(&r->arena, sizeof(*row));
	if (!row || !cm_vec_push(&r->rows, row)) {
		r->failed = 1;
		return;
	}
	row->pending_since = pending_since;
	row->cells = cm_arena_alloc(&r->arena, (r->ncolumns + 1) * sizeof(*row->cells));
	if (!row->cells) {
		r->failed = 1;
		return;
	}
	for (size_t i = 0; i < r->ncolumns; i++)
		row->cells[i] = (copy & (1u << i)) || !cells[i] ? cm_result_strdup(r, cells[i])
								: cells[i];
}

void cm_result_add_row(cm_result *r, int pending_since, const char *const *cells)
{
	cm_result_add_row_ref(r, pending_since, cells, ~0u);
}

int cm_result_has_node(const cm_result *r, const cm_node *node)
{
	return r->node_seen[node->index];
}

static void add_once(cm_result *r, cm_vec *list, unsigned char *seen, size_t index,
		     const void *item)
{
	if (seen[index])
		return;
	seen[index] = 1;
	if (!cm_vec_push(list, (void *)item))
		r->failed = 1;
}

void cm_result_add_node(cm_result *r, const cm_node *node)
{
	add_once(r, &r->nodes, r->node_seen, node->index, node);
}

void cm_result_add_grouped(cm_result *r, const cm_node *node, const char *group)
{
	if (!r->groups && !(r->groups = calloc(r->map->nodes.count + 1, sizeof(*r->groups)))) {
		r->failed = 1;
		return;
	}
	r->groups[node->index] = group;
	cm_result_add_node(r, node);
}

void cm_result_add_edge(cm_result *r, const cm_edge *edge)
{
	cm_result_add_node(r, edge->from);
	cm_result_add_node(r, edge->to);
	add_once(r, &r->edges, r->edge_seen, edge->index, edge);
}

void cm_result_note(cm_result *r, int failed)
{
	if (failed)
		r->failed = 1;
}

static void set_mark(cm_result *r, unsigned char **marks, size_t count, size_t index,
		     cm_mark mark)
{
	if (!*marks && !(*marks = calloc(count + 1, 1))) {
		r->failed = 1;
		return;
	}
	(*marks)[index] = (unsigned char)mark;
}

void cm_result_mark_node(cm_result *r, const cm_node *node, cm_mark mark)
{
	cm_result_add_node(r, node);
	set_mark(r, &r->node_marks, r->map->nodes.count, node->index, mark);
}

void cm_result_mark_edge(cm_result *r, const cm_edge *edge, cm_mark mark)
{
	cm_result_add_edge(r, edge);
	set_mark(r, &r->edge_marks, r->map->edges.count, edge->index, mark);
}

void cm_result_set_role(cm_result *r, size_t col, cm_role role)
{
	if (col < r->ncolumns)
		r->roles[col] = (unsigned char)role;
}

void cm_result_set_roles(cm_result *r, const cm_role *roles, size_t n)
{
	for (size_t c = 0; c < n; c++)
		cm_result_set_role(r, c, roles[c]);
}

cm_role cm_result_column_role(const cm_result *r, size_t col)
{
	return col < r->ncolumns ? (cm_role)r->roles[col] : CM_ROLE_NONE;
}

const char *cm_side_column(const cm_map *map)
{
	return map->schema.side ? map->schema.side->name : "side";
}

size_t cm_result_role_column(const cm_result *r, cm_role role)
{
	for (size_t c = 0; c < r->ncolumns; c++)
		if (r->roles[c] == role)
			return c;
	return (size_t)-1;
}

void cm_result_why_empty(cm_result *r, const char *fmt, ...)
{
	cm_strbuf buf;
	cm_strbuf_init(&buf);
	va_list ap;
	va_start(ap, fmt);
	cm_strbuf_vaddf(&buf, fmt, ap);
	va_end(ap);
	r->why_empty = cm_result_strdup(r, buf.data ? buf.data : "");
	cm_strbuf_release(&buf);
}

const char *cm_result_empty_reason(const cm_result *r)
{
	return r->rows.count ? NULL : r->why_empty;
}

int cm_result_column_is_number(const cm_result *r, size_t col)
{
	return col < r->ncolumns && (r->numbers >> col) & 1u;
}

cm_status cm_result_finish(cm_result **out, cm_result *r, cm_diags *diags)
{
	if (r->arena.failed || r->rows.failed || r->nodes.failed || r->edges.failed)
		r->failed = 1;
	if (!r->failed) {
		*out = r;
		return r->rows.count ? CM_OK : CM_NOTFOUND;
	}
	cm_result_free(r);
	*out = NULL;
	cm_diag_add(diags, NULL, 0, 0, "out of memory");
	return CM_ENOMEM;
}

const char *cm_result_title(const cm_result *r)
{
	return r->title;
}

size_t cm_result_columns(const cm_result *r)
{
	return r->ncolumns;
}

const char *cm_result_column(const cm_result *r, size_t col)
{
	return col < r->ncolumns ? r->columns[col] : NULL;
}

size_t cm_result_rows(const cm_result *r)
{
	return r->rows.count;
}

const char *cm_result_cell(const cm_result *r, size_t row, size_t col)
{
	if (row >= r->rows.count || col >= r->ncolumns)
		return NULL;
	return ((const cm_row *)r->rows.items[row])->cells[col];
}

int cm_result_row_pending(const cm_result *r, size_t row, int *since)
{
	if (row >= r->rows.count)
		return 0;
	const cm_row *x = r->rows.items[row];
	if (since)
		*since = x->pending_since;
	return x->pending_since != 0;
}

size_t cm_result_node_count(const cm_result *r)
{
	return r->nodes.count;
}

size_t cm_result_edge_count(const cm_result *r)
{
	return r->edges.count;
}
