/* schema.h: the types of a map, as graphs/schema.yaml declares them. */
#ifndef CM_SCHEMA_H
#define CM_SCHEMA_H

#include <stddef.h>

#include "arena.h"
#include "cybermap.h"
#include "fold.h"
#include "intern.h"
#include "yamltree.h"

typedef struct cm_node_type {
	const char *name; /* interned */
	const char *description, *shape, *color;
	size_t index;
} cm_node_type;

typedef struct cm_edge_type {
	const char *name; /* interned */
	const char *description, *description_ja;
	const cm_node_type **from, **to;
	size_t nfrom, nto;
	int symmetric, acyclic;
	int rests_on;   /* its target is a law the source rests on (established_by) */
	int parent;     /* the target must exist whenever the source does (part_of) */
	int succession; /* the target starts when the source ends (succeeded_by) */
	size_t index;
	const char *label_out, *label_in; /* "-> part_of", "<- part_of" ("<-> x" if symmetric) */
} cm_edge_type;

typedef struct cm_query_param {
	const char *key;    /* interned */
	const char **names; /* interned */
	size_t count;
} cm_query_param;

/* cm_attr_kind is public (cybermap.h). */

/* One term of a vocabulary: an id, its labels, and named relations to other
 * terms of the same vocabulary (broader, may_cause, ...). */
typedef struct cm_term {
	const char *id; /* interned */
	const char *label, *label_ja, *description;
	int flag_none; /* the term `none: true`: says explicitly that there is none */
	int unasked;   /* `ask: false`: the map's own term, never listed or offered to
	                  people (an onward flow's "report received") */
	cm_query_param *relations; /* key: relation name; names: term ids */
	size_t nrelations;
} cm_term;

/* A word of the program in each language (the schema's labels section). */
typedef struct cm_label_text {
	const char *key; /* interned */
	const char *en, *ja;
} cm_label_text;

typedef struct cm_vocabulary {
	const char *name; /* interned */
	cm_term *terms;
	size_t nterms;
} cm_vocabulary;

/* The attribute flags (CM_ATTR_*) are public (cybermap.h). */

typedef struct cm_attr_def {
	const char *name; /* interned */
	cm_attr_kind kind;
	const char *description;
	const char **values; /* enum values (interned) */
	const char **styles; /* enum: line style per value, or NULL */
	const char **colors; /* enum: line colour per value, or NULL */
	size_t nvalues;
	const cm_node_type **types; /* ref: allowed target types */
	size_t ntypes;
	const struct cm_vocabulary *vocabulary; /* terms, duration: the terms allowed */
	const char *ja_name;                /* the attribute holding its Japanese text */
	const struct cm_attr_def *ja;       /* the same, resolved */
	int is_ja;                          /* it is another attribute's Japanese text */
	unsigned flags;
} cm_attr_def;

typedef struct cm_query_def {
	const char *name; /* interned */
	cm_query_param *params;
	size_t nparams;
} cm_query_def;

/* A class of sources (the schema's source_classes): the hosts that belong
 * to it, and whether it counts as official or primary, or is refused. */
typedef struct cm_source_class {
	const char *name; /* interned */
	const char *label, *label_ja;
	int counts, refuse;
	const char **hosts; /* a host, or a suffix starting with '.' */
	size_t nhosts;
} cm_source_class;

/* A kind of gap (the schema's gaps section): a generic check
 * (lib/query_gaps.c) over the types, edges and attributes it names. */
typedef struct cm_gap_kind {
	const char *name; /* interned */
	const char *label, *label_ja, *explain, *explain_ja;
	const char *check;
	const char **types, **edges, **has, **lacks, **returns;
	size_t ntypes, nedges, nhas, nlacks, nreturns;
	const char *direction;
	const char *where_attr, *where_value, *other_attr, *other_value;
	const char *role, *attribute;
	int days;
} cm_gap_kind;

/* A check --strict rule: elements of these types, where an attribute has
 * a value (or another is present), must carry these attributes. */
typedef struct cm_strict_rule {
	const char **types; /* node or edge type names (interned) */
	size_t ntypes;
	const char **require;
	size_t nrequire;
	const char *where_attr, *where_value; /* or NULL: every element */
	const char *if_present;               /* or NULL */
	const char *label, *label_ja;         /* what the rule is about, for reports */
	unsigned line, column;
} cm_strict_rule;

typedef struct cm_schema {
	cm_node_type *node_types;
	size_t nnode_types;
	cm_edge_type *edge_types;
	size_t nedge_types;
	cm_attr_def *node_attrs, *edge_attrs;
	size_t nnode_attrs, nedge_attrs;
	cm_query_def *queries;
	size_t nqueries;
	const char **strict_attrs;  /* attributes check --strict requires */
	size_t nstrict_attrs;
	const cm_edge_type **strict_edges; /* edge types that need them */
	size_t nstrict_edges;
	cm_gap_kind *gaps;
	size_t ngaps;
	cm_source_class *source_classes;
	size_t nsource_classes;
	int official_share; /* percent of elements needing sources that cite a counting class */
	struct cm_strict_rule *strict_rules; /* require_if */
	size_t nstrict_rules;
	const char **strict_since; /* node and edge types that must carry since */
	size_t nstrict_since;
	int succession_gap; /* days a successor may start before or after its predecessor ends */
	int adoption_gap;   /* days an adoption inferred from a law may precede the start; 0: unchecked */
	cm_vocabulary *vocabularies;
	size_t nvocabularies;
	cm_fold_rules fold; /* how names are compared: filler words and synonyms */
	cm_label_text *labels;
	size_t nlabels;
	const cm_attr_def *side;  /* the attribute --country compares, or NULL */
	const cm_attr_def *label_ja;
} cm_schema;

/* Reads the schema from its parsed YAML.  Strings are interned in strings. */
cm_status cm_schema_load(cm_schema *out, const cm_ynode *root, const char *file,
			 cm_arena *arena, cm_strings *strings, cm_diags *diags);

/* Lookups by interned name (NULL if absent). */
const cm_node_type *cm_schema_node_type(const cm_schema *s, const char *name);
const cm_edge_type *cm_schema_edge_type(const cm_schema *s, const char *name);
const cm_attr_def *cm_schema_node_attr(const cm_schema *s, const char *name);
const cm_attr_def *cm_schema_edge_attr(const cm_schema *s, const char *name);
const cm_query_def *cm_schema_query(const cm_schema *s, const char *name);
/* The names a query lists under key, or NULL with *count 0. */
const char *const *cm_query_names(const cm_query_def *q, const char *key,
				  size_t *count);
const cm_vocabulary *cm_schema_vocabulary(const cm_schema *s, const char *name);
/* The term of a vocabulary with this id (any string), or NULL. */
const cm_term *cm_vocabulary_term(const cm_vocabulary *v, const char *id);
/* Whether type is in the list. */
int cm_node_type_in(const cm_node_type *type, const cm_node_type *const *list,
		    size_t count);
/* The program's word for key in lang ("en" or "ja"; NULL is "en"): the
 * Japanese text falls back to the English one; NULL when the key has
 * neither. */
const char *cm_schema_label(const cm_schema *s, const char *lang, const char *key);
/* The same for a key in two parts, "prefix.name" (value.duty.mandatory). */
const char *cm_schema_label2(const cm_schema *s, const char *lang, const char *prefix,
			     const char *name);

#endif
