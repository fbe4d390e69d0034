/* result.h: building query results (rows plus the subgraph they stand on). */
#ifndef CM_RESULT_H
#define CM_RESULT_H

#include "graph.h"

#define CM_MAX_COLUMNS 32

struct cm_result {
	cm_arena arena; /* cells, columns, title */
	const char *title;
	const char **columns;
	size_t ncolumns;
	cm_vec rows;    /* struct cm_row * */
	const cm_map *map;
	cm_vec nodes;   /* const cm_node *, in the order added */
	cm_vec edges;   /* const cm_edge * */
	unsigned char *node_seen, *edge_seen; /* by index: in the subgraph */
	const char **groups; /* by node index: a box to draw it in, or NULL */
	unsigned char *node_marks, *edge_marks; /* by index: a cm_mark, or NULL */
	int record;     /* rows are (subject, key, value): print as records */
	int tree;       /* rows are (depth, from, to, name, details...): print as a tree */
	int own_days;   /* the title names the days it speaks for (diff): no "as of" */
	int timeline;   /* rows are dated events (date first): draw them as a timeline */
	unsigned numbers; /* bit c: column c holds whole numbers (JSON numbers) */
	unsigned char roles[CM_MAX_COLUMNS]; /* cm_role of each column */
	size_t sections; /* tree rows fall under this many SECTION values (regimes) */
	const char *why_empty; /* when no row came back: what was looked for and why */
	int failed;     /* out of memory while building */
};

/* How a drawing sets an element apart: what a comparison of two views
 * found for it. */
typedef enum cm_mark {
	CM_MARK_NONE,
	CM_MARK_ADDED,
	CM_MARK_REMOVED,
	CM_MARK_PENDING,
	CM_MARK_GAP
} cm_mark;

typedef struct cm_row {
	const char **cells;
	int pending_since; /* 0 when current */
} cm_row;

/* The heading of a column holding sides: the name of the schema's side
 * attribute ("country"), or "side" when it has none. */
const char *cm_side_column(const cm_map *map);
/* A new result over map with the given columns (copied); out of memory
 * is reported to diags. */
cm_status cm_result_new(cm_result **out, const cm_map *map, const char *title,
			const char *const *columns, size_t ncolumns, cm_diags *diags);
/* Whether the subgraph holds the node. */
int cm_result_has_node(const cm_result *r, const cm_node *node);
/* Appends a row; cells are copied (NULL becomes ""). */
void cm_result_add_row(cm_result *r, int pending_since, const char *const *cells);
/* The same, copying only the cells whose bit is set in copy: the others
 * must live as long as the result (strings of the map do). */
void cm_result_add_row_ref(cm_result *r, int pending_since, const char *const *cells,
			   unsigned copy);

void cm_result_add_node(cm_result *r, const cm_node *node);
/* Adds the node, to be drawn in a box labelled group (a string that lives
 * as long as the result). */
void cm_result_add_grouped(cm_result *r, const cm_node *node, const char *group);
/* Adds the edge and both its ends. */
void cm_result_add_edge(cm_result *r, const cm_edge *edge);
/* Marks an element of the subgraph (adding it if needed). */
void cm_result_mark_node(cm_result *r, const cm_node *node, cm_mark mark);
void cm_result_mark_edge(cm_result *r, const cm_edge *edge, cm_mark mark);
/* Gives column col a role (cm_role); the same for the first n columns. */
void cm_result_set_role(cm_result *r, size_t col, cm_role role);
void cm_result_set_roles(cm_result *r, const cm_role *roles, size_t n);
/* Says why nothing was found, for the person who asked (printf-style). */
void cm_result_why_empty(cm_result *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* A copy of text in the result's arena (for cells built in a buffer). */
const char *cm_result_strdup(cm_result *r, const char *text);
/* Notes that a container the result was built from ran out of memory
 * (pass its failed flag before releasing it): the result is then
 * incomplete, and cm_result_finish reports it. */
void cm_result_note(cm_result *r, int failed);
/* Hands back the result, or frees it and reports out of memory. */
cm_status cm_result_finish(cm_result **out, cm_result *r, cm_diags *diags);

#endif
