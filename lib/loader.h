/* loader.h: shared between the loader (loader.c) and its checks (validate.c). */
#ifndef CM_LOADER_H
#define CM_LOADER_H

#include <stdarg.h>

#include "graph.h"

/* An edge as read, and what looking up its ends needs: kept in one array
 * that is freed once they are found, before the adjacency is built. */
typedef struct cm_pending_edge {
	cm_edge *edge;                   /* in the map, its from and to still NULL */
	const char *from, *to;           /* interned ids */
	unsigned to_line, to_column;     /* where its target id is written */
	unsigned from_line, from_column;
} cm_pending_edge;

/* A ref attribute to be checked once every node is known. */
typedef struct cm_pending_ref {
	const char *id; /* interned */
	const cm_attr_def *def;
	const char *file;
	unsigned line, column;
} cm_pending_ref;

typedef struct cm_loader {
	cm_map *map;
	cm_diags *diags;
	const cm_limits *limits;
	const char *file; /* the file being read (in the map's arena) */
	cm_pending_edge *pending_edges;
	size_t npending_edges, pending_edges_cap;
	cm_vec pending_refs;
	cm_attr *attrs; /* the element being read's attributes */
	size_t attrs_cap;
	int failed;
	int incomplete; /* a file could not be read or parsed: ids it held are unknown */
	int texts_stay; /* the file's scalars live as long as the map: no copies */
	int cache_read; /* cache entries may be replayed (else only written) */
	int replayed;   /* some file was replayed from its cache entry */
	int refused;    /* something at an entry's name is no entry: no retry */
	cm_strbuf *snapshot; /* or NULL: where each file's record is gathered */
	size_t snapshot_files;
} cm_loader;

/* Reports a problem at file:line:column (file NULL: none) unless the
 * loader has reported as many as it may; loading has failed either way. */
void cm_loader_problem(cm_loader *ld, const char *file, unsigned line, unsigned column,
		       const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void cm_loader_vproblem(cm_loader *ld, const char *file, unsigned line, unsigned column,
			const char *fmt, va_list ap) __attribute__((format(printf, 5, 0)));
/* Whether the loader has reported as many problems as it may. */
int cm_loader_full(const cm_loader *ld);
/* Finds the ends of the pending edges from first on whose nodes are already
 * known and fit, while their ids are still in cache; the rest wait for
 * cm_validate, which also reports what is wrong with them. */
void cm_resolve_early(cm_loader *ld, size_t first);
/* Turns pending edges into edges, checks refs, links and checks cycles. */
void cm_validate(cm_loader *ld);
/* Loads a map from texts in memory (the first is the schema), as
 * cm_map_load does from files; for tests and fuzzing. */
cm_status cm_map_load_texts(cm_map **out, const char *const *names,
			    const char *const *texts, const size_t *lens, size_t n,
			    const cm_limits *limits, cm_diags *diags);
/* A "did you mean" over every node id, or NULL. */
const char *cm_closest_id(const cm_map *map, const char *id);

#endif
