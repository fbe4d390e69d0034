/*
 * pages.h: what the site's page writers share -- the site being built, its
 * words (the schema's site.* labels), and the pieces every page is made
 * of.  pages.c writes the node pages, home, about and ask, and the files;
 * indexes.c the index pages and the organisation tree that body pages
 * show too.  Both are clients of cybermap.h alone.
 */
#ifndef SITE_PAGES_H
#define SITE_PAGES_H

#include <stddef.h>

#include "cybermap.h"
#include "html.h"

typedef enum word {
	W_TITLE, W_LANGUAGE, W_OTHER_LANGUAGE, W_SKIP, W_HOME, W_ABOUT, W_SEARCH,
	W_SEARCH_HINT, W_AS_OF, W_FUNCTION, W_CHANNELS, W_LEADS, W_SUPPORTS, W_PROCESS,
	W_STEP, W_WHO_IS_TOLD, W_WHO, W_TRIGGER, W_WITHIN, W_BY, W_BASIS, W_LAW,
	W_JURISDICTION, W_AUTHORITY, W_RELATION, W_DETAILS, W_RELATIONS, W_COUNTERPARTS,
	W_SOURCES, W_CHECKED, W_NOT_IN_FORCE, W_PENDING, W_NONE, W_CHART_TEXT, W_COUNTS,
	W_ABOUT_PAGE, W_ASK, W_ASK_TITLE, W_ASK_NEEDS_JS, W_ASK_STATIC, W_ASK_MISSING,
	/* the index pages */
	W_INDEX_FUNCTIONS, W_INDEX_SECTORS, W_INDEX_BODIES, W_INDEX_LAWS, W_INDEX_CHANNELS,
	W_LEAD_FUNCTIONS, W_LEAD_SECTORS, W_LEAD_BODIES, W_LEAD_LAWS, W_LEAD_CHANNELS,
	W_SHARED, W_GONE_HERE, W_UNPLACED, W_ITS_FUNCTIONS, W_ORG_PLACE, W_CHANNEL_COUNT,
	W_CHANNEL_COUNT_ONE,
	/* tables and charts */
	W_FROM, W_STAGE, W_DUTY, W_DUTIES_OF, W_WITH, W_STEP_WHAT, W_LEGEND,
	W_LEGEND_PENDING, W_FULL_CHART, W_LEGEND_OTHER, W_COUNT
} word;

typedef struct site {
	const cm_map *map;
	cm_view view;       /* the caller's, with lang set for each pass */
	int root;           /* the folder being built */
	const char *shown;  /* the site's directory, for messages */
	const char *assets; /* the directory of files copied into assets/, or NULL */
	const char *snapshot; /* the map for the ask page (cm_map_snapshot), or NULL */
	size_t snapshot_len;
	int interactive;    /* it held every file the ask page loads */
	int japanese;
	const char **sides; /* country ids, in the order the map lists them */
	size_t nsides;
	const char *prefix; /* from the page being written to its language's root */
	cm_diags *diags;
	cm_status status;
	size_t pages;
	const char *text[W_COUNT]; /* the words of the language being written */
	char *html[W_COUNT];       /* the same, escaped */
	/* what the indexes take, by node type (indexes.c): TYPE_* bits */
	unsigned char *types;
	const char *abbrev; /* the node attribute holding a short name, or NULL */
	/* each function and its answer, in the language being written */
	const cm_node **functions;
	cm_result **answers;
	size_t nfunctions;
} site;

/* Bits of site.types: what the function query gives as a law or a
 * channel, and what is part of another body (indexes.c). */
enum { TYPE_LAW = 1, TYPE_CHANNEL = 2, TYPE_BODY = 4 };

/* ---- pages.c ---- */

/* A word as HTML. */
const char *w(const site *s, word id);
/* A word of the library's own (the schema's labels outside site.*) in the
 * page's language, as text: fallback when the schema has none. */
const char *schema_word(const site *s, const char *key, const char *fallback);
/* The label PREFIX.NAME.REST (REST may be NULL) in the page's language,
 * else fallback. */
const char *word_of(const site *s, const char *prefix, const char *name, const char *rest,
		    const char *fallback);
/* An attribute's value in words ("value.ATTR.VALUE"), else the value. */
const char *value_word(const site *s, const char *attr, const char *value);
/* A node type in words ("type.NAME"), else its name. */
const char *type_word(const site *s, const char *type);
const char *label(const site *s, const cm_node *n);
void node_link(html_buf *out, const site *s, const cm_node *n);
/* A node as an index lists it: the link, its short name, its type in
 * words, and whether it is pending or not in force. */
void node_entry(html_buf *out, const site *s, const cm_node *n);
/* The same for the page's own node: its name, not a link. */
void node_entry_here(html_buf *out, const site *s, const cm_node *n);
/* " (pending from DATE)" for an edge adopted but not yet in force. */
void edge_note(html_buf *out, const site *s, const cm_edge *e);
/* A link of the navigation to an index page of this language. */
void index_nav_link(html_buf *out, const site *s, const char *page, const char *current,
		    word title);
void page_begin(html_buf *out, const site *s, const char *title, const char *prefix,
		const char *path, const char *main);
void page_end(html_buf *out, const site *s, const char *prefix);
void write_page(site *s, const char *relative, html_buf *content);
void fail(site *s, cm_status st);
void out_of_memory(site *s);

/* ---- indexes.c ---- */

/* Sorts the schema's node types into what the indexes take (site.types);
 * 0 when memory ran out. */
int index_types(site *s);
/* The index pages of the language being written. */
void index_pages(site *s);
/* The links of the index pages, for every page's navigation; current is
 * the page being written. */
void index_nav(html_buf *out, const site *s, const char *current);
/* Whether the node is a body: of a type whose nodes are part of others. */
int is_body(const site *s, const cm_node *n);
/* A body's place in the organisation tree on its page: the bodies it is
 * part of, up to its country, and those that are part of it. */
void org_place(html_buf *out, site *s, const cm_node *n);

#endif
