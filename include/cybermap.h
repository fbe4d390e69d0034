/*
 * cybermap.h: the public interface of libcybermap, and its manual.
 *
 * libcybermap loads a typed graph of how countries organise cyber security
 * (the "map": a schema plus YAML data files), answers questions about it
 * and prints the answers.  It knows no agency, sector or country by name:
 * the node types, edge types, attributes and named traversals all come from
 * the schema file.  cybermap(3) is made from this file; cybermap-map(5)
 * describes the map's format.
 *
 * A first program: who must be told when an incident hits a sector.
 *
 *     cm_diags *diags;
 *     cm_map *map;
 *     const char *paths[] = {"/usr/local/share/cybermap/graphs"};
 *     cm_diags_new(&diags);
 *     if (cm_map_load(&map, paths, 1, NULL, diags) == CM_OK) {
 *             cm_view view;
 *             cm_result *r;
 *             cm_view_init(&view);
 *             if (cm_query_notify(&r, map, &view, "energy", NULL, diags) == CM_OK) {
 *                     char *text;
 *                     size_t len;
 *                     if (cm_print(&text, &len, map, &view, r, CM_FORMAT_TEXT,
 *                                  NULL, diags) == CM_OK)
 *                             fwrite(text, 1, len, stdout), free(text);
 *                     cm_result_free(r);
 *             }
 *             cm_map_free(map);
 *     }
 *     for (size_t i = 0; i < cm_diags_count(diags); i++)
 *             fprintf(stderr, "%s\n", cm_diags_at(diags, i)->message);
 *     cm_diags_free(diags);
 *
 * Build with: cc prog.c $(pkg-config --cflags --libs cybermap).
 *
 * Conventions
 * - Every type is opaque but the option structs and cm_view.  A function
 *   that creates an object takes the out-parameter first and returns a
 *   cm_status; the caller owns the object and releases it with the
 *   matching _free function.
 * - Strings returned by accessors belong to the object they were read from
 *   and live as long as it does.
 * - No function prints or exits, and none names a command-line flag.
 *   Problems are reported as diagnostics (file, line, column, message)
 *   appended to a cm_diags the caller passes in.
 * - A loaded map is read-only: any number of threads may query it at
 *   once.  Drawing (the png, svg, pdf and dot formats) goes through
 *   Graphviz, which is not thread-safe: draw from one thread at a time.
 *   The library keeps one registry, of the temporary files it is writing
 *   (see cm_remove_temporaries).
 *
 * ABI
 * - The shared library is libcybermap.so.0.  Within a soname, functions
 *   are only added, and enum values only appended.
 * - Option structs (cm_limits, cm_list_filter, cm_walk_options,
 *   cm_notify_options, cm_counterpart_options, cm_print_options) and
 *   cm_view are allocated by the caller: fill them with their _init
 *   function or with designated initialisers (the other fields are then
 *   zero, which always means the default).  A change to their size or
 *   layout bumps the soname, as does one to the structs returned by value
 *   (cm_value, cm_attr_info, cm_line_look) or read in place (cm_diag,
 *   cm_resolution).
 */
#ifndef CYBERMAP_H
#define CYBERMAP_H

#include <stddef.h>

#define CM_VERSION "0.1.0"

/* Lets the compiler check the arguments of a function taking a printf
 * format. */
#if defined(__GNUC__)
#define CM_PRINTF(fmt, args) __attribute__((__format__(__printf__, fmt, args)))
#else
#define CM_PRINTF(fmt, args)
#endif

typedef enum cm_status {
	CM_OK = 0,
	CM_NOTFOUND = 1, /* the query ran and found nothing */
	CM_EINVAL = 2,   /* bad input: data, arguments; see the diagnostics */
	CM_ENOMEM = 3,
	CM_EIO = 4,
	CM_ELIMIT = 5,   /* a resource limit was reached */
	CM_EEXIST = 6    /* an output is there that is not cybermap's to replace */
} cm_status;

/* ---- Diagnostics ------------------------------------------------------ */

typedef struct cm_diags cm_diags;

typedef struct cm_diag {
	const char *file;   /* NULL when the problem has no place in a file */
	unsigned line;      /* 1-based; 0 with file == NULL */
	unsigned column;    /* 1-based */
	const char *message;
} cm_diag;

cm_status cm_diags_new(cm_diags **out);
void cm_diags_free(cm_diags *diags);
size_t cm_diags_count(const cm_diags *diags);
/* The i-th diagnostic, in the order they were found. */
const cm_diag *cm_diags_at(const cm_diags *diags, size_t i);
void cm_diags_clear(cm_diags *diags);
/* Appends a diagnostic of the caller's own, for a program that reports its
 * problems in the same list as the library's: at file:line:column (file
 * NULL, line and column 0 when it has no place), the message made from
 * format and the arguments as printf(3) makes it.  File and message are
 * made safe to show by the rule of cm_text_for_people; memory running out
 * is reported as a last "out of memory". */
void cm_diags_add(cm_diags *diags, const char *file, unsigned line, unsigned column,
		  const char *format, ...) CM_PRINTF(5, 6);

/*
 * text as it may be shown to people, by the rule every printer and every
 * diagnostic follows: each control character (C0, DEL, C1) becomes a
 * space, each Unicode direction control is dropped and each byte that
 * starts no UTF-8 character becomes U+FFFD.  Written into buf (size bytes,
 * cut at a character boundary), which is returned; for a program that
 * prints text of its own, such as its arguments.  The text never grows by
 * more than three times: 3 * strlen(text) + 1 bytes always hold it whole.
 */
const char *cm_text_for_people(char *buf, size_t size, const char *text);

/* ---- Loading the map -------------------------------------------------- */

typedef struct cm_map cm_map;

typedef struct cm_limits {
	size_t max_file_bytes;   /* a larger input file is refused */
	size_t max_scalar_bytes; /* a longer YAML scalar is refused */
	unsigned max_depth;      /* deeper YAML nesting is refused */
	size_t max_errors;       /* stop collecting after this many */
	/* Called after each file is read (done of total), or NULL: for a
	 * progress display on large maps. */
	void (*progress)(void *arg, size_t done, size_t total);
	void *progress_arg;
	/* A directory where each map file's parse is kept, so that a file
	 * read again unchanged is not parsed again; NULL for none.  Created
	 * when missing; any trouble with it only means parsing as usual. */
	const char *cache_dir;
	/* The most the cache keeps, in bytes, besides at most 256 entries:
	 * past either, the entries written longest ago go; 0 means 1 GiB. */
	size_t cache_max_bytes;
	/* Keep the map's snapshot as it is loaded, for cm_map_snapshot_of
	 * (about the size of the map's text). */
	int keep_snapshot;
} cm_limits;

/* The defaults: 64 MiB files, 1 MiB scalars, depth 64, 200 errors, no
 * cache. */
void cm_limits_init(cm_limits *limits);

/*
 * Loads the map from paths: files, or directories whose *.yaml files are
 * read in name order.  Exactly one file must be named schema.yaml; it is
 * read first.  Every problem found is appended to diags; on any problem
 * the result is CM_EINVAL and *out is NULL.  limits may be NULL.
 */
cm_status cm_map_load(cm_map **out, const char *const *paths, size_t npaths,
                      const cm_limits *limits, cm_diags *diags);

/*
 * A snapshot: the whole map at paths, loaded and checked by cm_map_load,
 * in one block of bytes that cm_map_load_snapshot loads again without a
 * YAML parser: each file's name and its parse's events (see
 * docs/architecture.md).  It is how the map travels to a program that has
 * no libyaml, such as the library compiled to WebAssembly.  On success
 * *data (free() it) holds *len bytes; on any problem with the map,
 * CM_EINVAL with the diagnostics cm_map_load gives.  cm_map_load also
 * takes a snapshot, given as its one path, and so does this (its bytes
 * are checked and copied).  A program that loads the map anyway can keep
 * the snapshot as it loads (limits->keep_snapshot, cm_map_snapshot_of)
 * instead of loading twice.
 */
cm_status cm_map_snapshot(const char *const *paths, size_t npaths, const cm_limits *limits,
			  char **data, size_t *len, cm_diags *diags);
/* The snapshot of a map cm_map_load loaded with limits->keep_snapshot
 * (from YAML, or from a snapshot): *data (valid while the map is) and
 * *len; CM_NOTFOUND when the map was loaded without it (cm_map_load_texts
 * keeps none). */
cm_status cm_map_snapshot_of(const cm_map *map, const char **data, size_t *len);
/* Loads the map from a snapshot in data[0..len) (copied: data may go after
 * the call); name is the snapshot's name in messages.  The same map, with
 * the same file names, as the paths it was made from. */
cm_status cm_map_load_snapshot(cm_map **out, const char *data, size_t len, const char *name,
			       const cm_limits *limits, cm_diags *diags);

/*
 * Whether dir may serve as the cache: CM_EINVAL with a diagnostic when it
 * belongs to another user and others may write to it (they could plant
 * entries that change the answers).  cm_map_load refuses such a cache the
 * same way; a program may ask first, to say how to choose another.
 */
cm_status cm_cache_dir_check(const char *dir, cm_diags *diags);
void cm_map_free(cm_map *map);

size_t cm_map_node_count(const cm_map *map);
size_t cm_map_edge_count(const cm_map *map);
size_t cm_map_file_count(const cm_map *map);
/* The i-th file the map was read from, as it was named (the schema first),
 * or NULL past the end. */
const char *cm_map_file_at(const cm_map *map, size_t i);

/*
 * Provenance check (check --strict): appends a diagnostic for every
 * element that lacks an attribute the schema's `strict:` section requires.
 * Returns CM_OK when there is none.
 */
cm_status cm_map_check_strict(const cm_map *map, cm_diags *diags);

/* The sides nodes belong to (the values of the schema's `side: true`
 * attribute, ids of nodes), each once, sorted: computed at load. */
size_t cm_map_side_count(const cm_map *map);
const char *cm_map_side_at(const cm_map *map, size_t i);
/* Whether any node's side attribute (the schema's `side: true`) is code. */
int cm_map_has_side(const cm_map *map, const char *code);
/* The side text names -- an id in any case, or a name, short name, alias
 * or Japanese name of the node the side attribute refers to (JP, Japan,
 * 日本) -- into *out (a string of the map); CM_EINVAL with a diagnostic
 * listing the sides when it names none. */
cm_status cm_resolve_side(const char **out, const cm_map *map, const char *text,
			  cm_diags *diags);

/* ---- Nodes ------------------------------------------------------------ */

typedef struct cm_node cm_node;

/* The node with this exact id, or NULL. Constant time. */
const cm_node *cm_map_node(const cm_map *map, const char *id);
/* The i-th node, in the order the map's files gave them (i < node count). */
const cm_node *cm_map_node_at(const cm_map *map, size_t i);
/* The schema's node and edge types, by index. */
size_t cm_map_node_type_count(const cm_map *map);
const char *cm_map_node_type_name(const cm_map *map, size_t i);
size_t cm_map_edge_type_count(const cm_map *map);
const char *cm_map_edge_type_name(const cm_map *map, size_t i);
/* Whether the named query (the schema's `expects`) takes a node of this
 * node's type; a query that names no types takes any. */
int cm_query_takes(const cm_map *map, const char *query, const cm_node *node);
const char *cm_node_id(const cm_node *node);
const char *cm_node_type_name(const cm_node *node);
const char *cm_node_name(const cm_node *node);
/* A scalar attribute's text, or NULL when absent or a list. */
const char *cm_node_attr(const cm_node *node, const char *key);
/* The side the node belongs to (the schema's `side: true` attribute), or
 * NULL when it belongs to none. */
const char *cm_node_side(const cm_node *node);
/* Every name a user may type for the node: its name, then each value of
 * the attributes the schema marks `resolve: true`.  Writes up to max into
 * out and returns how many there are. */
size_t cm_node_names(const cm_node *node, const char **out, size_t max);
/* When the node is in force: day numbers, CM_DAY_NONE for "no limit";
 * since may be CM_DAY_PENDING (adopted, start not set). */
#define CM_DAY_NONE (-2147483647 - 1)
#define CM_DAY_PENDING 2147483646
int cm_node_since(const cm_node *node);
int cm_node_until(const cm_node *node);
/* The node's period as the map wrote it ("2015-01-09 to 2025-07-01",
 * "from 2009", "" when unbounded) into buf. */
void cm_node_period(char *buf, size_t size, const cm_node *node);

/* ---- Edges and attributes: walking the whole map ---------------------- */

/*
 * A client that needs more than the queries -- a second front end, an
 * exporter of its own -- walks the map with these.  For example, every
 * report flowing out of a sector:
 *
 *     const cm_node *s = cm_map_node(map, "us.sector.energy");
 *     const cm_edge *out[64];
 *     size_t n = cm_node_edges(s, CM_EDGES_OUT, "notifies", out, 64);
 *     for (size_t i = 0; i < n && i < 64; i++)
 *             printf("%s within %s\n", cm_node_id(cm_edge_to(out[i])),
 *                    cm_edge_attr(out[i], "within"));
 *
 * examples/walk-map.c walks every node, attribute and edge.
 */
typedef struct cm_edge cm_edge;

/* The i-th edge, in the order the map's files gave them (i < edge count). */
const cm_edge *cm_map_edge_at(const cm_map *map, size_t i);
const cm_node *cm_edge_from(const cm_edge *edge);
const cm_node *cm_edge_to(const cm_edge *edge);
const char *cm_edge_type_name(const cm_edge *edge);
/* Whether the edge's type has no direction (counterpart, overlaps). */
int cm_edge_symmetric(const cm_edge *edge);
/* As cm_node_since and cm_node_until: the edge's own dates (an edge lives
 * only while both its ends do, too). */
int cm_edge_since(const cm_edge *edge);
int cm_edge_until(const cm_edge *edge);
/* A scalar attribute's text, or NULL when absent or a list. */
const char *cm_edge_attr(const cm_edge *edge, const char *key);

/* One attribute of a node or an edge, as the map gives it. */
typedef struct cm_value {
	const char *key;          /* its name in the schema */
	const char *text;         /* a scalar's text; NULL for a list */
	const char *const *items; /* a list's items (nitems of them) */
	size_t nitems;
} cm_value;

/* Attributes in the order the file gave them; i past the end gives a
 * value whose key is NULL. */
size_t cm_node_attr_count(const cm_node *node);
cm_value cm_node_attr_at(const cm_node *node, size_t i);
size_t cm_edge_attr_count(const cm_edge *edge);
cm_value cm_edge_attr_at(const cm_edge *edge, size_t i);
/* The attribute called key (key NULL when absent), scalar or list. */
cm_value cm_node_attr_value(const cm_node *node, const char *key);
cm_value cm_edge_attr_value(const cm_edge *edge, const char *key);

typedef enum cm_edge_direction {
	CM_EDGES_OUT = 1,  /* edges leaving the node */
	CM_EDGES_IN = 2,   /* edges reaching it */
	CM_EDGES_BOTH = 3  /* out, then in */
} cm_edge_direction;

/* The node's edges in that direction, of the edge type called type (NULL:
 * every type), in the order the map gave them: up to max into out; returns
 * how many there are in all (call with max 0 to count). */
size_t cm_node_edges(const cm_node *node, cm_edge_direction direction, const char *type,
		     const cm_edge **out, size_t max);

/* What the schema declares an attribute to hold (its `kind`). */
typedef enum cm_attr_kind {
	CM_KIND_STRING,
	CM_KIND_TEXT,     /* a longer text: a description, a note */
	CM_KIND_LIST,     /* a list of strings */
	CM_KIND_DATE,
	CM_KIND_DURATION, /* a deadline: 72h, 4bd, a range, a term */
	CM_KIND_URL,
	CM_KIND_URLS,     /* a list of URLs: where the facts were verified */
	CM_KIND_ENUM,     /* one of the values the schema lists */
	CM_KIND_REF,      /* the id of a node */
	CM_KIND_TERMS     /* a list of ids from one of the schema's vocabularies */
} cm_attr_kind;

/* What the schema lets the library do with an attribute (its flags). */
enum {
	CM_ATTR_RESOLVE = 1 << 0,  /* resolve: a NODE argument may name it */
	CM_ATTR_SEARCH = 1 << 1,   /* search: the search looks in it */
	CM_ATTR_LABEL_JA = 1 << 2, /* label_ja: the node's name in Japanese */
	CM_ATTR_SIDE = 1 << 3,     /* side: the side the element belongs to */
	CM_ATTR_TAG = 1 << 4,      /* tag: list --tag looks in it */
	CM_ATTR_DETAIL = 1 << 5,   /* detail: left out of one-line summaries */
	CM_ATTR_ABBREV = 1 << 6,   /* abbrev: the short form drawn above the name */
	CM_ATTR_ADOPTION = 1 << 7, /* adoption: the day the element was adopted */
	CM_ATTR_RESTS_ON = 1 << 8, /* rests_on: the law the element rests on */
	CM_ATTR_CHART = 1 << 9     /* chart: its value is written on chart edges */
};

/* An attribute as the schema declares it. */
typedef struct cm_attr_info {
	const char *key;   /* its name; NULL when the schema declares none */
	cm_attr_kind kind;
	unsigned flags;    /* CM_ATTR_* */
} cm_attr_info;

/* The attributes the schema declares for nodes and for edges, in the order
 * it gives them (i past the end gives a key of NULL), and the declaration
 * of one by name: what a front end needs to show each attribute as what it
 * is (a link, a list of sources, a node, a date). */
size_t cm_map_node_attr_count(const cm_map *map);
cm_attr_info cm_map_node_attr_at(const cm_map *map, size_t i);
cm_attr_info cm_map_node_attr_info(const cm_map *map, const char *key);
size_t cm_map_edge_attr_count(const cm_map *map);
cm_attr_info cm_map_edge_attr_at(const cm_map *map, size_t i);
cm_attr_info cm_map_edge_attr_info(const cm_map *map, const char *key);

/* How charts draw an edge: by the values of the schema's enum edge
 * attributes that declare a line style or a colour (`styles`, `colors`:
 * the basis on paper or in practice, the duty).  One entry per such value,
 * in the order the schema gives attributes and values; what a legend
 * explains. */
typedef struct cm_line_look {
	const char *key;   /* the edge attribute; NULL past the end */
	const char *value; /* one of its values */
	const char *style; /* Graphviz line style (solid, dashed, dotted, bold), or NULL */
	const char *color; /* a colour, "#b42318", or NULL */
} cm_line_look;

size_t cm_map_line_look_count(const cm_map *map);
cm_line_look cm_map_line_look_at(const cm_map *map, size_t i);

/* ---- Views: the map as of a date, for one side, in one language ------- */

typedef struct cm_view {
	int as_of;           /* days since 1970-01-01; see cm_date_parse */
	int today;           /* the day the view is asked on: what was adopted
	                        but has no recorded adoption day counts as
	                        pending only in views of this day or later */
	const char *country; /* keep only this side (an id), or NULL */
	const char *lang;    /* "en" or "ja"; NULL means "en" */
} cm_view;

/* Today's view: as of the current UTC date, every side, English. */
void cm_view_init(cm_view *view);

/* How an element stands in a view. */
typedef enum cm_presence {
	CM_GONE,    /* ended before the view's day, not decided yet, or of another side */
	CM_CURRENT, /* in force on the view's day */
	CM_PENDING  /* adopted by the view's day, in force only later */
} cm_presence;

cm_presence cm_node_presence(const cm_view *view, const cm_node *node);
/* The body in force on view's day along node's succession (the schema's
 * succession edge type, succeeded_by) when node itself is not: its
 * successor (or theirs) when node has ended by then, its predecessor (or
 * theirs) when node had not begun; NULL when node is in force or pending
 * then, or no body along the way is in force. */
const cm_node *cm_node_in_force_along(const cm_view *view, const cm_node *node);
/* An edge as it stands with both its ends; *since (if not NULL) gets the
 * day it is in force from (its own start or its ends', the latest). */
cm_presence cm_edge_presence(const cm_view *view, const cm_edge *edge, int *since);
/* The node's name in the view's language: under "ja" its Japanese name
 * (the attribute the schema marks `label_ja`) when it has one, else its
 * name.  view may be NULL (English). */
const char *cm_node_label(const cm_map *map, const cm_view *view, const cm_node *node);
/* An attribute as the view's language shows it (as cm_node_attr_value,
 * key NULL when absent): under "ja", the attribute the schema names as
 * key's Japanese text (its `ja`: short_ja for short) when the node or edge
 * has it, else key itself.  view may be NULL (English). */
cm_value cm_node_attr_in_lang(const cm_view *view, const cm_node *node, const char *key);
cm_value cm_edge_attr_in_lang(const cm_view *view, const cm_edge *edge, const char *key);
/* The edge's attributes in one line, as `show` gives them ("since
 * 2022-05-11; trigger ...; within 72h"), in the view's language: under
 * "ja" keys and values in Japanese and each attribute's Japanese
 * counterpart in its place, deadlines in words; provenance (the schema's
 * `strict` attributes) and attributes marked `detail` left out.  Into *out,
 * a new string ("" when there is nothing to say) the caller frees with
 * free(); CM_ENOMEM when memory ran out. */
cm_status cm_edge_describe(char **out, const cm_map *map, const cm_view *view,
			   const cm_edge *edge);
/* A deadline as a result's cells give it, compact (72h, promptly 3-5d,
 * by-order, and 3-5d+promptly for one added up along a chain), in words of
 * the view's language as the text output writes it ("promptly (within 3 to
 * 5 days)", 速やかに (3〜5日以内)).  Into *out, a new string ("" for "")
 * the caller frees with free(); CM_ENOMEM when memory ran out. */
cm_status cm_deadline_describe(char **out, const cm_map *map, const cm_view *view,
			       const char *compact);

/* ---- Words: the schema's labels --------------------------------------- */

/*
 * The schema's labels section holds the words shown to people, in English
 * and in Japanese: those of the library's own answers, and those of any
 * front end, under a prefix of its own (the web site's start with
 * "site.").  A program finds its words here rather than in its code, so a
 * translation or a map of other countries is a change to data.
 */
/* The labels' keys, in the order the schema gives them (NULL past the
 * end). */
size_t cm_map_label_count(const cm_map *map);
const char *cm_map_label_key(const cm_map *map, size_t i);
/* The text of the label key in lang ("en" or "ja"; NULL means "en"): the
 * English text when lang has none; NULL when the schema has no such
 * label. */
const char *cm_map_label(const cm_map *map, const char *lang, const char *key);

/* Parses YYYY-MM-DD into days since 1970-01-01; CM_EINVAL if not a date.
 * YYYY and YYYY-MM stand for their first day (2015 is 2015-01-01, the
 * rule the map's own dates follow); "today" is today (UTC). */
cm_status cm_date_parse(int *out, const char *text);
/* Writes YYYY-MM-DD for a day number into buf (CM_DATE_BUF bytes hold any
 * day); the day of a rule whose start is not yet set is written "pending". */
#define CM_DATE_BUF 16
void cm_date_format(char *buf, size_t size, int days);

/* ---- Queries ---------------------------------------------------------- */

typedef struct cm_result cm_result;

/*
 * Resolving what a user typed.  One resolver serves every query: the exact
 * id; then a name, short name, alias or Japanese name (case, width and
 * punctuation aside); then the same words after the schema's synonyms and
 * filler words, in any order; then every word typed found in a name; then
 * every word typed beginning a word of a name; then, for Japanese, found
 * inside one.  A node of a type the query expects (the schema's `expects`)
 * beats every other; then the best of these ranks wins; within a rank,
 * nodes in force on the view's day, then view->country's side.  With
 * view->country set, a node of the other side is a candidate only when
 * named exactly (its id, or a name as written); when only such nodes
 * matched, nothing did, and the node of view->country's side the text
 * likely means is suggested (one whose description holds the words, or
 * whose name the other side's match contains).
 */
typedef enum cm_match {
	CM_MATCH_NONE,
	CM_MATCH_ID,         /* the exact id */
	CM_MATCH_NAME,       /* a name as written, case and punctuation aside */
	CM_MATCH_WORDS,      /* the same words, after synonyms and filler */
	CM_MATCH_SOME_WORDS, /* every word typed is a word of a name */
	CM_MATCH_PREFIXES,   /* every word typed begins a word of a name */
	CM_MATCH_INSIDE      /* a Japanese word typed stands inside one of a name */
} cm_match;

#define CM_MAX_CANDIDATES 8

typedef struct cm_resolution {
	const cm_node *node;     /* the node taken, or NULL */
	cm_match match;          /* how the best candidates matched */
	/* when no node was taken: the best candidates, tied (ncandidates
	 * counts them all; at most CM_MAX_CANDIDATES are kept) */
	const cm_node *candidates[CM_MAX_CANDIDATES];
	size_t ncandidates;
	/* nothing matched: the closest node (of view->country's side or shared,
	 * when it is set), or NULL; a node taken of the other side than
	 * view->country: the node of that side the text likely means, or NULL */
	const cm_node *suggestion;
	const cm_node *successor;  /* the node taken has ended: the one in force now */
} cm_resolution;

/* Resolves text as query (a named query of the schema, such as "notify";
 * NULL for none) would.  A node taken is CM_OK, even when it was not an
 * exact match: out->match says how close it was.  No match or a tie is
 * CM_EINVAL with a diagnostic; out says what was found. */
cm_status cm_resolve_node(cm_resolution *out, const cm_map *map, const cm_view *view,
			  const char *text, const char *query, cm_diags *diags);
/* The node alone: cm_resolve_node without a query. */
cm_status cm_resolve(const cm_node **out, const cm_map *map,
                     const cm_view *view, const char *text, cm_diags *diags);

typedef struct cm_list_filter {
	const char *type;     /* a node type, or NULL */
	const char *function; /* a NODE involved in it (schema query `involvement`) */
	const char *tag;      /* a value of an attribute marked `tag: true` */
	const char *with;     /* more columns: node attributes, comma-separated */
} cm_list_filter;

void cm_list_filter_init(cm_list_filter *filter);

/* Nodes in the view that pass the filter, ordered by id, those pending
 * last.  Columns (role): id (ID), type (TYPE), the side (SIDE), name
 * (NAME), then one per attribute of filter->with. */
cm_status cm_query_list(cm_result **out, const cm_map *map, const cm_view *view,
                        const cm_list_filter *filter, cm_diags *diags);
/* Each node: its attributes, then every edge in and out, as records.
 * Columns (role): node (ID), key (KEY: an attribute, or a relation such as
 * "-> part_of"), value. */
cm_status cm_query_show(cm_result **out, const cm_map *map, const cm_view *view,
                        const char *const *nodes, size_t nnodes, cm_diags *diags);
/* PCRE2 search, caseless and Unicode-aware, over names and the attributes
 * the schema marks `search: true`.  type, if not NULL, is a comma-separated
 * list of node types to keep.  Columns (role): id (ID), type (TYPE), name
 * (NAME), field (KEY: where it matched), text. */
cm_status cm_query_search(cm_result **out, const cm_map *map, const cm_view *view,
                          const char *pattern, const char *type, cm_diags *diags);
/* The whole view -- every node and edge in force or pending, on the side
 * asked for and shared -- for export to other tools; rows are the nodes.
 * Columns (role): id (ID), type (TYPE), name (NAME). */
cm_status cm_query_export(cm_result **out, const cm_map *map, const cm_view *view,
			  cm_diags *diags);
/* Counts of nodes and edges by type and side.  Columns (role): element
 * (KIND: node or edge), type (TYPE), total, one per side, none,
 * not_yet_in_force (NUMBER each). */
cm_status cm_query_stats(cm_result **out, const cm_map *map, const cm_view *view,
                         cm_diags *diags);

typedef struct cm_walk_options {
	const char *via; /* comma-separated edge types to follow; NULL: all */
	int directed;    /* path: walk edges forward only (symmetric ones both ways) */
	int reverse;     /* reach: walk edges backward */
	int all;         /* path: every shortest path, not just one */
	unsigned max_hops;  /* path and reach: 0 means no limit */
	size_t max_paths;   /* path --all: more is an error; 0 means 1000 */
} cm_walk_options;

void cm_walk_options_init(cm_walk_options *options);

/* A shortest path between two nodes over edges in force; rows are hops.
 * No path is CM_NOTFOUND.  options may be NULL.  Columns (role): path and
 * hop (NUMBER), from (FROM), edge (RELATION), to (TO), name (NAME). */
cm_status cm_query_path(cm_result **out, const cm_map *map, const cm_view *view,
			const char *from, const char *to,
			const cm_walk_options *options, cm_diags *diags);
/* Everything reachable from a node, breadth first, with the depth and the
 * edge that reached it; what only pending edges reach comes last.
 * Columns (role): depth (NUMBER), id (ID), type (TYPE), name (NAME), via
 * (RELATION), from (FROM). */
cm_status cm_query_reach(cm_result **out, const cm_map *map, const cm_view *view,
			 const char *node, const cm_walk_options *options,
			 cm_diags *diags);
/* What a notify question keeps of the operator's own reports.  Fill it
 * with cm_notify_options_init, then set what you need (designated
 * initialisers welcome); new fields will start out NULL. */
typedef struct cm_notify_options {
	const char *trigger;  /* PCRE2 pattern the report's trigger must match */
	const char *incident; /* a kind of incident (id or label of the schema's
	                         vocabulary): reports it sets off, broader kinds
	                         and what it may cause included */
	const char *duty;     /* one duty value: keep reports of that duty */
	int sources;          /* add a SOURCES column: where each flow was verified */
} cm_notify_options;

void cm_notify_options_init(cm_notify_options *options);

/* Who is told when an incident hits a sector -- and the sectors or areas
 * whose duties fall on the same operators (the schema's `also`) -- as a
 * tree in order, with deadlines added up along each chain (schema query
 * `notify`).  Columns by role: DEPTH, SECTION (the sector the duty comes
 * from), FROM, TO, NAME, DETAIL (trigger), DEADLINE, TOTAL, then the
 * schema's `show` attributes (OBLIGATION for the duty), "matched" when
 * options->incident is set, and MACHINE columns for scripts (the total's
 * hours and business days, min and max).  options may be NULL. */
cm_status cm_query_notify(cm_result **out, const cm_map *map, const cm_view *view,
			  const char *sector, const cm_notify_options *options,
			  cm_diags *diags);
/* Who holds authority over a node, including what it inherits from what it
 * is part of (schema query `jurisdiction`).  Columns (role): authority
 * (ID), name (NAME), relation (RELATION), over (TO), then the schema's
 * `show` attributes (ATTRIBUTE). */
cm_status cm_query_jurisdiction(cm_result **out, const cm_map *map,
				const cm_view *view, const char *node,
				cm_diags *diags);
/* Who leads and supports a function on each side, its channels, the laws
 * behind its leads, and its process steps in order (schema query
 * `function`).  Columns (role): section (KIND: leads, supports, channel,
 * law, "step N"), the side (SIDE), id (ID), name (NAME), detail. */
cm_status cm_query_function(cm_result **out, const cm_map *map, const cm_view *view,
			    const char *function, cm_diags *diags);
typedef struct cm_counterpart_options {
	int all; /* every inferred body, not only the best three */
} cm_counterpart_options;

void cm_counterpart_options_init(cm_counterpart_options *options);

/* The matching bodies on the other side: declared counterparts first, then
 * -- unless the declared ones take part in every function NODE does --
 * bodies ranked by a score with its reasons (shared functions, leading
 * counting more than supporting; the same role toward a sector of the
 * same kind; the same type), three unless options->all (schema query
 * `counterpart`).  view->country steers which node `node` names; the
 * answer, of the other side, is made in a view of every side (print it
 * in one too).  options may be NULL.  Columns (role): kind (KIND:
 * declared or inferred), id (ID), the side (SIDE), name (NAME), detail
 * (the basis, or the score and its reasons). */
cm_status cm_query_counterpart(cm_result **out, const cm_map *map, const cm_view *view,
			       const char *node, const cm_counterpart_options *options,
			       cm_diags *diags);

/* What appeared, ended or became pending between two days (from_day <
 * to_day is usual, but either order works), grouped by side and type.
 * type, if not NULL, is a comma-separated list of node and edge types to
 * keep.  Columns (role): change (KIND: appeared, ended, pending), date
 * (DATE), the side (SIDE), type (TYPE), element (ID), name (NAME). */
cm_status cm_query_diff(cm_result **out, const cm_map *map, const cm_view *view,
			int from_day, int to_day, const char *type, cm_diags *diags);
/* A body's timeline: its predecessors and successors, the day it was
 * decided, then every dated event of the edges the schema's `history`
 * query names (parents, functions, duties, counterparts ...), in order of
 * day.  Columns (role): date (DATE), event (KIND: predecessor, decided,
 * began, ended, successor), relation (RELATION), node (ID), name (NAME),
 * detail. */
cm_status cm_query_history(cm_result **out, const cm_map *map, const cm_view *view,
			   const char *node, cm_diags *diags);

/* Where the map's facts come from, by the schema's source_classes: rows in
 * sections (KIND column) "class" (references per class), "type" (per node
 * and edge type needing sources: elements citing an official or primary
 * source, their share, of how many), "missing" (elements citing none),
 * "weak" (citing a refused host) and, when older_than_days > 0, "stale"
 * (checked longer ago than that).  Columns (role): section (KIND), subject
 * (TYPE: a class, a type, or an element), count and share (NUMBER),
 * detail. */
cm_status cm_query_sources(cm_result **out, const cm_map *map, const cm_view *view,
			   int older_than_days, cm_diags *diags);

/* How complete the map is by each of the schema's require_if rules
 * (Japanese texts, deadlines, ...): per rule and side, elements that
 * satisfy it, of how many, and the share in percent.  Columns (role):
 * rule, the side (SIDE), complete, total, share (NUMBER each). */
cm_status cm_query_coverage(cm_result **out, const cm_map *map, const cm_view *view,
			    cm_diags *diags);

/* Where the map shows something missing: one row per gap of each kind the
 * schema's gaps section declares (or only `kind`, if not NULL): the kind,
 * its label, the country (empty for the alliance's), the element, its name
 * and a one-line explanation.  Drawn, the elements are marked.  Columns
 * (role): kind (MACHINE), label, the side (SIDE), element (ID), name
 * (MACHINE), explanation (DETAIL). */
cm_status cm_query_gaps(cm_result **out, const cm_map *map, const cm_view *view,
			const char *kind, cm_diags *diags);

/* ---- Results ---------------------------------------------------------- */

/* A result is an ordered list of rows plus the subgraph they stand on.
 * Each column has a role, so that a printer (or any client) finds the
 * column it needs by what it holds, never by position or name. */
typedef enum cm_role {
	CM_ROLE_NONE,       /* an ordinary column */
	CM_ROLE_DEPTH,      /* tree rows: how deep (1: straight from the start) */
	CM_ROLE_SECTION,    /* rows fall under this value (a group, a regime) */
	CM_ROLE_FROM,       /* the node a row's edge leaves, by id */
	CM_ROLE_TO,         /* the node it reaches, by id */
	CM_ROLE_NAME,       /* the name of the node the row is about */
	CM_ROLE_DETAIL,     /* words shown under the row (a trigger) */
	CM_ROLE_DEADLINE,   /* a step's deadline, compact (72h, promptly 3-5d) */
	CM_ROLE_TOTAL,      /* a deadline counted from the start, compact */
	CM_ROLE_OBLIGATION, /* an enum value whose schema order ranks rows (duty) */
	CM_ROLE_ATTRIBUTE,  /* an edge attribute named by the column */
	CM_ROLE_MACHINE,    /* for scripts only (TSV, JSON): not printed as text */
	CM_ROLE_ID,         /* the id of the node a row is about */
	CM_ROLE_TYPE,       /* a node or edge type name */
	CM_ROLE_DATE,       /* a day (YYYY, YYYY-MM or YYYY-MM-DD) */
	CM_ROLE_KIND,       /* what sort of row it is (a change, a relation, a section) */
	CM_ROLE_QUALIFIER,  /* a word shown beside the row in summaries (a report's stage) */
	CM_ROLE_KEY,        /* records: an attribute name or a relation ("-> part_of") */
	CM_ROLE_RELATION,   /* an edge type, with an arrow when it has a direction */
	CM_ROLE_NUMBER,     /* a count or an ordinal */
	CM_ROLE_SOURCES,    /* where the row's facts were verified (URLs) */
	CM_ROLE_SIDE        /* the side (country) a row belongs to; empty: shared */
} cm_role;

/* The role of a column; the first column with a role, or (size_t)-1. */
cm_role cm_result_column_role(const cm_result *result, size_t col);
size_t cm_result_role_column(const cm_result *result, cm_role role);
void cm_result_free(cm_result *result);
const char *cm_result_title(const cm_result *result);
size_t cm_result_columns(const cm_result *result);
const char *cm_result_column(const cm_result *result, size_t col);
size_t cm_result_rows(const cm_result *result);
const char *cm_result_cell(const cm_result *result, size_t row, size_t col);
/* Whether a row is pending (in the view only because it was adopted);
 * *since, if not NULL, gets the day it comes into force (0 when current). */
int cm_result_row_pending(const cm_result *result, size_t row, int *since);
/* When no row came back: a sentence saying what was looked for and why
 * nothing was found (NULL when rows came back or the query gave none). */
const char *cm_result_empty_reason(const cm_result *result);
/* Whether a column holds whole numbers (JSON writes them as numbers). */
int cm_result_column_is_number(const cm_result *result, size_t col);
/* The subgraph a result stands on: its nodes and edges, in the order the
 * query added them (what a drawing of it shows). */
size_t cm_result_node_count(const cm_result *result);
size_t cm_result_edge_count(const cm_result *result);
const cm_node *cm_result_node_at(const cm_result *result, size_t i);
const cm_edge *cm_result_edge_at(const cm_result *result, size_t i);

/* ---- Temporaries and signals ----------------------------------------- */

/*
 * Removes every temporary file and folder the library is writing at the
 * moment (an output about to replace a file, a cache entry), and those the
 * program registered (below: the web site being built).  Each is removed
 * anyway when the call that made it returns; this is for a program that a
 * signal is about to end.  It is async-signal-safe: call it from a handler
 * for SIGINT, SIGTERM and SIGHUP.  The library never installs a signal
 * handler itself.  What a kill -9 leaves is swept the next time the same
 * output or cache is written.
 */
void cm_remove_temporaries(void);

/*
 * A program's own temporaries -- a folder it builds and then renames into
 * place -- can join the library's, so that the one call above removes
 * them too.  Paths are kept absolute (a relative one is taken from the
 * current directory when it is registered); the registry holds 16 at once.
 *
 * cm_temp_mkdir makes the directory path (mode, less the umask) and
 * registers it in one step, with signals held off between the two so that
 * no signal finds it made but not registered: 0, or -1 with errno as
 * mkdir(2) sets it.  *slot is the registry's slot, or -1 when all were
 * taken (the directory is then made, but only its maker removes it).
 * cm_temp_add registers a file, or with tree set a directory and all
 * under it, that exists already; a slot, or -1.  In both, the entry named
 * last (a name in the directory, or NULL) is removed after the rest, so
 * that a removal cut short still shows whose the directory was.
 * cm_temp_forget ends the registration once the temporary is gone or in
 * place (a slot of -1 is ignored).
 */
int cm_temp_mkdir(int *slot, const char *path, unsigned mode, const char *last);
int cm_temp_add(const char *path, int tree, const char *last);
void cm_temp_forget(int slot);
/* Removes the directory at path and everything under it, without
 * following a symbolic link or entering another file system; the entry
 * named last (or NULL) goes after the rest.  Async-signal-safe.  0 when
 * all is gone (or path was not there), else -1 with errno from the first
 * failure. */
int cm_remove_tree(const char *path, const char *last);
/* How a temporary's name and its writer's lock work, for a program that
 * makes its own beside the library's: cm_temp_suffix writes an
 * unpredictable suffix of n letters and digits at out (n + 1 bytes with
 * its NUL; n at most 32); cm_temp_lock takes the writer's lock on an open
 * temporary (0 on success); cm_temp_abandoned says whether the regular
 * file name in the directory dirfd is one whose writer has gone -- owned by
 * this user, its lock held by nobody -- and then returns its descriptor,
 * locked (close it after removing what it guards), else -1. */
void cm_temp_suffix(char *out, size_t n);
int cm_temp_lock(int fd);
int cm_temp_abandoned(int dirfd, const char *name);

/* ---- Printing --------------------------------------------------------- */

typedef enum cm_format {
	CM_FORMAT_TEXT,
	CM_FORMAT_TSV,
	CM_FORMAT_JSON,
	CM_FORMAT_DOT,
	CM_FORMAT_PNG,
	CM_FORMAT_SVG,
	CM_FORMAT_PDF,
	CM_FORMAT_GRAPHML, /* for Gephi, yEd, networkx */
	CM_FORMAT_JGF,     /* JSON Graph Format, for D3 and Cytoscape */
	CM_FORMAT_CYPHER,  /* a script that builds the graph in Neo4j */
	CM_FORMAT_CSV      /* Neo4j bulk-import files: see cm_print_csv */
} cm_format;

/* Parses a format name ("json") or a file extension ("out.svg" -> svg). */
cm_status cm_format_parse(cm_format *out, const char *name);
cm_status cm_format_from_path(cm_format *out, const char *path);
const char *cm_format_name(cm_format format);
/* How many formats there are: 0 .. count-1 are valid cm_format values. */
size_t cm_format_count(void);
/* Whether the format is a picture that must not go to a terminal. */
int cm_format_is_binary(cm_format format);

typedef struct cm_print_options {
	unsigned width; /* terminal width for text tables; 0 means no limit */
	int color;      /* text: bold headers, coloured marks (for a terminal) */
	/* diagrams: link each node to link_prefix + id + link_suffix instead
	 * of its official page (the web site links to its own pages) */
	const char *link_prefix, *link_suffix;
} cm_print_options;

void cm_print_options_init(cm_print_options *options);

/*
 * Prints a result into a new buffer *out of *len bytes (NUL-terminated
 * too); the caller frees it with free().  options may be NULL.
 */
cm_status cm_print(char **out, size_t *len, const cm_map *map,
                   const cm_view *view, const cm_result *result,
                   cm_format format, const cm_print_options *options,
                   cm_diags *diags);

/*
 * The two CSV files neo4j-admin's bulk importer reads: nodes (id:ID,
 * :LABEL, properties) and relationships (:START_ID, :END_ID, :TYPE,
 * properties).  The caller frees both with free().
 */
cm_status cm_print_csv(char **nodes, size_t *nodes_len, char **edges, size_t *edges_len,
		       const cm_map *map, const cm_view *view, const cm_result *result,
		       cm_diags *diags);

/*
 * Writes data to path whole or not at all: into a temporary file in the
 * same directory, flushed to disk, then renamed over path.  On failure path
 * is untouched and no temporary is left.  A replaced file keeps its mode; a
 * read-only one is refused.  A device, pipe or socket is written in place,
 * and /dev/stdout, /dev/stderr, /dev/fd/N and /proc/self/fd/N mean this
 * process's descriptors, as in the shell.  A symbolic link to a file, a
 * directory or nothing is refused: name the file itself.
 */
cm_status cm_write_file(const char *path, const char *data, size_t len,
                        cm_diags *diags);

#endif
