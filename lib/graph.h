/* graph.h: the loaded map -- schema, nodes, edges and their adjacency. */
#ifndef CM_GRAPH_H
#define CM_GRAPH_H

#include <stddef.h>

#include "arena.h"
#include "strbuf.h"
#include "cybermap.h"
#include "intern.h"
#include "date.h"
#include "schema.h"
#include "vec.h"

typedef struct cm_attr {
	const cm_attr_def *def;
	const char *text;    /* scalar kinds */
	const char **items;  /* list kinds */
	size_t nitems;
} cm_attr;

/* One entry of a node's combined adjacency, laid out so a traversal can
 * filter by type and date without touching the edge itself. */
typedef struct cm_adj {
	unsigned edge;          /* the edge's index: 16 bytes an entry, not 24 */
	unsigned other;         /* the index of the node at the other end */
	unsigned short type;    /* the edge type's index */
	unsigned char forward;  /* this node is the edge's from-end */
	unsigned char timeless; /* the edge and both ends have no since/until */
	unsigned char symmetric; /* the edge type is walked both ways */
} cm_adj;

struct cm_node {
	const char *id; /* interned */
	const cm_node_type *type;
	const char *name;
	const char *side; /* interned id of the side attribute's value, or NULL */
	int since, until;
	unsigned char precision; /* cm_date_precision of since (bits 0-1) and until (2-3) */
	unsigned char is_side;   /* some node's side is this node (a country): a view of
	                            another side leaves it out, as that side's own nodes */
	cm_attr *attrs;
	size_t nattrs;
	const char *file;
	unsigned line, column;
	struct cm_edge **out, **in; /* adjacency, in the order edges were read (slices of the map's ends) */
	size_t nout, nin;
	cm_adj *adj; /* out then in, a slice of the map's adjacency array */
	size_t nadj;
	size_t index;
};

typedef struct cm_edge {
	struct cm_node *from, *to;
	const cm_edge_type *type;
	int since, until;
	cm_attr *attrs;
	unsigned short nattrs;   /* attributes are declared in the schema: a few dozen */
	unsigned char precision; /* as a node's */
	unsigned index; /* 32 bits: 64 bytes an edge, and maps stay far below 4G edges */
	const char *file;
	unsigned line, column;
} cm_edge;



struct cm_map {
	cm_arena arena;
	cm_strings strings;
	cm_schema schema;
	cm_vec nodes; /* cm_node *, in the order read */
	cm_vec edges; /* cm_edge * */
	size_t nfiles;
	int latest_since; /* the latest `since` of any element: after it, nothing is pending */
	cm_edge **ends; /* every node's out then in, one allocation */
	cm_adj *adjacency; /* every node's adj, one allocation */
	cm_vec cache_entries; /* cm_cache_entry *: texts point into them */
	cm_vec files; /* const char *: every file read, as it was named */
	/* with limits->keep_snapshot: the map's snapshot, gathered as it was
	 * loaded (or the one it was loaded from, among cache_entries) */
	cm_strbuf snapshot;
	const char *snapshot_data;
	size_t snapshot_len;
	const char **sides; /* every side some node belongs to (interned), sorted, once each */
	size_t nsides;
};

/* Ids are at most this many bytes, so that every file named after one
 * (the site's node/ID.html) fits a file name. */
#define CM_ID_MAX 128
/* The precision of an element's since and until, as written. */
#define CM_SINCE_PRECISION(p) ((cm_date_precision)((p) & 3))
#define CM_UNTIL_PRECISION(p) ((cm_date_precision)(((p) >> 2) & 3))

/* The attribute of an element, by definition or by interned name. */
const cm_attr *cm_attr_find(const cm_attr *attrs, size_t n, const char *name);
/* cm_node_label is public (cybermap.h). */

/* cm_resolve as the named query resolves its arguments. */
cm_status cm_resolve_for(const cm_node **out, const cm_map *map, const cm_view *view,
			 const char *text, const char *query, cm_diags *diags);

/* The node type called name, or NULL with a diagnostic (and a "did you
 * mean" when one is close). */
const cm_node_type *cm_find_node_type(const cm_map *map, const char *name,
				      cm_diags *diags);

#endif
