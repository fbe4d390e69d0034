/*
 * indexes.c: the index pages of the site -- functions, sectors, the
 * organisation chart, laws and policies, channels -- and the organisation
 * tree a body's page shows.
 *
 * What each index takes comes from the schema, not from a list of ids or
 * of type names: the functions and the sectors are what the `function`
 * and `notify` queries take; laws and channels are of the types the
 * function query gives as laws and as channels; bodies are of the types
 * whose nodes are part of others (PARENT_EDGE).  Each index is grouped by
 * side (the countries, then what belongs to none), then by the first
 * attribute its nodes carry that the schema declares an enum or a tag (a
 * law's form, a channel's scope, a sector's tags), in the order the map
 * first gives each value.  Bodies are instead a tree: each under the body
 * it is part of, in force (or pending) on the site's day, from the
 * country down.  What is not in force that day is listed apart, folded.
 * Every list is in the map's order, so the same map gives the same pages.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cybermap.h"
#include "html.h"
#include "pages.h"

/* The edge type that places a body under another.  The schema marks it
 * (`parent: true`), but the public interface does not say so; the ask
 * page's organisation chart follows the same edges. */
#define PARENT_EDGE "part_of"
/* Deeper than any organisation: a guard, as the schema keeps part_of
 * acyclic. */
#define MAX_DEPTH 64
/* A body that is part of several reaches its country by as many paths. */
#define MAX_PATHS 8

/* ---- what the indexes take ---- */

static int type_index(const site *s, const char *type)
{
	for (size_t i = 0; i < cm_map_node_type_count(s->map); i++)
		if (strcmp(cm_map_node_type_name(s->map, i), type) == 0)
			return (int)i;
	return -1;
}

static int of_kind(const site *s, const cm_node *n, unsigned kind)
{
	int t = type_index(s, cm_node_type_name(n));
	return t >= 0 && (s->types[t] & kind);
}

static void mark_type(site *s, const cm_node *n, unsigned kind)
{
	int t = n ? type_index(s, cm_node_type_name(n)) : -1;
	if (t >= 0)
		s->types[t] |= (unsigned char)kind;
}

int index_types(site *s)
{
	size_t ntypes = cm_map_node_type_count(s->map);
	s->types = calloc(ntypes ? ntypes : 1, 1);
	if (!s->types)
		return 0;
	for (size_t i = 0; i < cm_map_edge_count(s->map); i++) {
		const cm_edge *e = cm_map_edge_at(s->map, i);
		if (strcmp(cm_edge_type_name(e), PARENT_EDGE) == 0)
			mark_type(s, cm_edge_from(e), TYPE_BODY);
	}
	cm_view view = s->view; /* any day: the types do not change */
	view.lang = NULL;
	for (size_t k = 0; k < cm_map_node_count(s->map); k++) {
		const cm_node *fn = cm_map_node_at(s->map, k);
		cm_result *r;
		if (!cm_query_takes(s->map, "function", fn) ||
		    cm_query_function(&r, s->map, &view, cm_node_id(fn), s->diags) > CM_NOTFOUND)
			continue;
		size_t kind = cm_result_role_column(r, CM_ROLE_KIND);
		size_t id = cm_result_role_column(r, CM_ROLE_ID);
		for (size_t i = 0; kind < cm_result_columns(r) && id < cm_result_columns(r) &&
				   i < cm_result_rows(r); i++) {
			const char *section = cm_result_cell(r, i, kind);
			const cm_node *n = cm_map_node(s->map, cm_result_cell(r, i, id));
			if (strcmp(section, "law") == 0)
				mark_type(s, n, TYPE_LAW);
			else if (strcmp(section, "channel") == 0)
				mark_type(s, n, TYPE_CHANNEL);
		}
		cm_result_free(r);
	}
	for (size_t i = 0; i < cm_map_node_attr_count(s->map) && !s->abbrev; i++)
		if (cm_map_node_attr_at(s->map, i).flags & CM_ATTR_ABBREV)
			s->abbrev = cm_map_node_attr_at(s->map, i).key;
	return 1;
}

int is_body(const site *s, const cm_node *n)
{
	return of_kind(s, n, TYPE_BODY);
}

static int takes_function(const site *s, const cm_node *n)
{
	return cm_query_takes(s->map, "function", n);
}

static int takes_sector(const site *s, const cm_node *n)
{
	return cm_query_takes(s->map, "notify", n);
}

static int takes_law(const site *s, const cm_node *n)
{
	return of_kind(s, n, TYPE_LAW);
}

static int takes_channel(const site *s, const cm_node *n)
{
	return of_kind(s, n, TYPE_CHANNEL);
}

typedef struct index_def {
	const char *page;
	word title, lead;
	int (*takes)(const site *s, const cm_node *n);
	int tree; /* the organisation chart */
} index_def;

static const index_def indexes[] = {
	{"functions.html", W_INDEX_FUNCTIONS, W_LEAD_FUNCTIONS, takes_function, 0},
	{"sectors.html", W_INDEX_SECTORS, W_LEAD_SECTORS, takes_sector, 0},
	{"bodies.html", W_INDEX_BODIES, W_LEAD_BODIES, is_body, 1},
	{"laws.html", W_INDEX_LAWS, W_LEAD_LAWS, takes_law, 0},
	{"channels.html", W_INDEX_CHANNELS, W_LEAD_CHANNELS, takes_channel, 0},
};
#define NINDEXES (sizeof(indexes) / sizeof(indexes[0]))

void index_nav(html_buf *out, const site *s, const char *current)
{
	for (size_t i = 0; i < NINDEXES; i++)
		index_nav_link(out, s, indexes[i].page, current, indexes[i].title);
}

/* ---- the organisation tree ---- */

/* The node's edges of the parent type in one direction that stand on the
 * site's day (in force or pending), into a new array (free it); *n gets
 * how many.  NULL with *n 0 when there is none, or memory ran out
 * (out->failed is then set). */
static const cm_edge **org_edges(html_buf *out, const site *s, const cm_node *node,
				 cm_edge_direction direction, size_t *n)
{
	*n = 0;
	size_t count = cm_node_edges(node, direction, PARENT_EDGE, NULL, 0);
	const cm_edge **edges = count ? malloc(count * sizeof(*edges)) : NULL;
	if (!edges) {
		out->failed |= count > 0;
		return NULL;
	}
	cm_node_edges(node, direction, PARENT_EDGE, edges, count);
	for (size_t i = 0; i < count; i++)
		if (cm_edge_presence(&s->view, edges[i], NULL) != CM_GONE)
			edges[(*n)++] = edges[i];
	if (*n)
		return edges;
	free(edges);
	return NULL;
}

static int has_org_edge(const site *s, const cm_node *node, cm_edge_direction direction)
{
	html_buf none;
	html_init(&none);
	size_t n;
	free(org_edges(&none, s, node, direction, &n));
	return n > 0;
}

/* A body placed by an edge: its entry, and the edge's start when only the
 * edge is pending (a pending body says so itself). */
static void placed_entry(html_buf *out, const site *s, const cm_node *n, const cm_edge *by)
{
	node_entry(out, s, n);
	if (by && cm_node_presence(&s->view, n) == CM_CURRENT)
		edge_note(out, s, by);
}

/* What is part of the node, each with what is part of it, down `levels`
 * levels, as a nested list (nothing when there is none). */
static void parts(html_buf *out, const site *s, const cm_node *node, unsigned levels)
{
	size_t n;
	const cm_edge **edges = levels ? org_edges(out, s, node, CM_EDGES_IN, &n) : NULL;
	if (!edges)
		return;
	html_adds(out, "<ul>");
	for (size_t i = 0; i < n; i++) {
		html_adds(out, "<li>");
		placed_entry(out, s, cm_edge_from(edges[i]), edges[i]);
		parts(out, s, cm_edge_from(edges[i]), levels - 1);
		html_adds(out, "</li>");
	}
	html_adds(out, "</ul>");
	free(edges);
}

static int on_side(const cm_node *n, const char *side)
{
	const char *own = cm_node_side(n);
	return side ? own && strcmp(own, side) == 0 : !own;
}

static int listed(const site *s, const index_def *ix, const cm_node *n, const char *side)
{
	return ix->takes(s, n) && on_side(n, side) && cm_node_presence(&s->view, n) != CM_GONE;
}

/* A side's bodies as a tree: under the country, each under the body it
 * is part of; then those of the side that are part of none. */
static void org_tree(html_buf *out, const site *s, const index_def *ix, const char *side)
{
	const cm_node *country = side ? cm_map_node(s->map, side) : NULL;
	if (country) {
		html_adds(out, "<div class=\"tree\">");
		parts(out, s, country, MAX_DEPTH);
		html_adds(out, "</div>\n");
	}
	int any = 0;
	for (size_t i = 0; i < cm_map_node_count(s->map); i++) {
		const cm_node *n = cm_map_node_at(s->map, i);
		if (!listed(s, ix, n, side) || has_org_edge(s, n, CM_EDGES_OUT))
			continue;
		if (!any && country)
			html_addf(out, "<h3>%s</h3>\n", w(s, W_UNPLACED));
		html_adds(out, any ? "" : "<div class=\"tree\"><ul>");
		html_adds(out, "<li>");
		node_entry(out, s, n);
		parts(out, s, n, MAX_DEPTH);
		html_adds(out, "</li>");
		any = 1;
	}
	if (any)
		html_adds(out, "</ul></div>\n");
}

/* The chain chain[0] (the page's body) .. chain[len - 1] (the top), each
 * link via[i] from chain[i] to chain[i + 1], as nested lists down to the
 * body, which holds its own parts. */
static void path_list(html_buf *out, const site *s, const cm_node *const *chain,
		      const cm_edge *const *via, size_t len)
{
	html_adds(out, "<div class=\"tree\"><ul>");
	for (size_t i = len; i-- > 1;) {
		html_adds(out, "<li>");
		placed_entry(out, s, chain[i], i + 1 < len ? via[i] : NULL);
		html_adds(out, "<ul>");
	}
	html_adds(out, "<li class=\"here\">");
	node_entry_here(out, s, chain[0]);
	if (len > 1 && cm_node_presence(&s->view, chain[0]) == CM_CURRENT)
		edge_note(out, s, via[0]);
	parts(out, s, chain[0], 1);
	html_adds(out, "</li>");
	for (size_t i = len; i-- > 1;)
		html_adds(out, "</ul></li>");
	html_adds(out, "</ul></div>\n");
}

/* Every path up from chain[len - 1] to a body or country that is part of
 * none (at most MAX_PATHS of them). */
static void paths_up(html_buf *out, const site *s, const cm_node **chain, const cm_edge **via,
		     size_t len, size_t *paths)
{
	size_t n;
	const cm_edge **edges = org_edges(out, s, chain[len - 1], CM_EDGES_OUT, &n);
	if (!edges) {
		if (*paths < MAX_PATHS)
			path_list(out, s, chain, via, len);
		(*paths)++;
		return;
	}
	for (size_t i = 0; i < n && len < MAX_DEPTH; i++) {
		via[len - 1] = edges[i];
		chain[len] = cm_edge_to(edges[i]);
		paths_up(out, s, chain, via, len + 1, paths);
	}
	free(edges);
}

void org_place(html_buf *out, site *s, const cm_node *n)
{
	if (!is_body(s, n) || cm_node_presence(&s->view, n) == CM_GONE ||
	    (!has_org_edge(s, n, CM_EDGES_OUT) && !has_org_edge(s, n, CM_EDGES_IN)))
		return;
	const cm_node *chain[MAX_DEPTH];
	const cm_edge *via[MAX_DEPTH];
	size_t paths = 0;
	chain[0] = n;
	html_addf(out, "<h2>%s</h2>\n", w(s, W_ORG_PLACE));
	paths_up(out, s, chain, via, 1, &paths);
}

/* ---- the lists ---- */

/* The attribute an index is grouped by: the first the schema declares an
 * enum or a tag that any node of the index carries; key NULL for none. */
static cm_attr_info group_attribute(const site *s, const index_def *ix)
{
	for (size_t d = 0; d < cm_map_node_attr_count(s->map); d++) {
		cm_attr_info def = cm_map_node_attr_at(s->map, d);
		if (def.kind != CM_KIND_ENUM && !(def.flags & CM_ATTR_TAG))
			continue;
		for (size_t i = 0; i < cm_map_node_count(s->map); i++) {
			const cm_node *n = cm_map_node_at(s->map, i);
			if (ix->takes(s, n) && cm_node_attr_value(n, def.key).key)
				return def;
		}
	}
	return (cm_attr_info){NULL, CM_KIND_STRING, 0};
}

/* The node's group: its value of the attribute (a list's first), "" for
 * none. */
static const char *group_of(const cm_node *n, cm_attr_info group)
{
	cm_value v = group.key ? cm_node_attr_value(n, group.key) : (cm_value){0};
	return v.text ? v.text : v.nitems ? v.items[0] : "";
}

/* A group's heading: an enum value in words ("value.KEY.VALUE"), a tag
 * as the site names it ("site.tag.VALUE"). */
static const char *group_words(const site *s, cm_attr_info group, const char *value)
{
	if (group.kind == CM_KIND_ENUM)
		return value_word(s, group.key, value);
	return word_of(s, "site.tag", value, NULL, value);
}

/* The functions a channel serves: those whose answer lists it. */
static void its_functions(html_buf *out, const site *s, const cm_node *channel)
{
	const char *sep = schema_word(s, "list.separator", ", ");
	int any = 0;
	for (size_t k = 0; k < s->nfunctions; k++) {
		const cm_result *r = s->answers[k];
		size_t kind = cm_result_role_column(r, CM_ROLE_KIND);
		size_t id = cm_result_role_column(r, CM_ROLE_ID);
		for (size_t i = 0; kind < cm_result_columns(r) && id < cm_result_columns(r) &&
				   i < cm_result_rows(r); i++) {
			if (strcmp(cm_result_cell(r, i, kind), "channel") != 0 ||
			    strcmp(cm_result_cell(r, i, id), cm_node_id(channel)) != 0)
				continue;
			if (any)
				html_text(out, sep);
			else
				html_addf(out, "<br><span class=\"serves\">%s", w(s, W_ITS_FUNCTIONS));
			node_link(out, s, s->functions[k]);
			any = 1;
			break;
		}
	}
	if (any)
		html_adds(out, "</span>");
}

static void entry(html_buf *out, const site *s, const index_def *ix, const cm_node *n)
{
	html_adds(out, "<li>");
	node_entry(out, s, n);
	if (ix->takes == takes_channel)
		its_functions(out, s, n);
	html_adds(out, "</li>");
}

/* A side's nodes, by group: those of no group first, without a heading,
 * then each group in the order the map first gives it. */
static void grouped(html_buf *out, const site *s, const index_def *ix, const char *side,
		    cm_attr_info group)
{
	size_t count = cm_map_node_count(s->map);
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < count; i++) {
			const cm_node *n = cm_map_node_at(s->map, i);
			const char *value = group_of(n, group);
			if (!listed(s, ix, n, side) || (pass == 0) != (*value == '\0'))
				continue;
			int first = 1;
			for (size_t j = 0; j < i && first; j++) {
				const cm_node *m = cm_map_node_at(s->map, j);
				first = !(listed(s, ix, m, side) && strcmp(group_of(m, group), value) == 0);
			}
			if (!first)
				continue;
			if (*value) {
				html_adds(out, "<h3>");
				html_text(out, group_words(s, group, value));
				html_adds(out, "</h3>\n");
			}
			html_adds(out, "<ul class=\"index\">");
			for (size_t j = i; j < count; j++) {
				const cm_node *m = cm_map_node_at(s->map, j);
				if (listed(s, ix, m, side) && strcmp(group_of(m, group), value) == 0)
					entry(out, s, ix, m);
			}
			html_adds(out, "</ul>\n");
			if (pass == 0)
				break; /* one list holds every node of no group */
		}
}

/* The side's nodes not in force on the site's day, folded away. */
static void not_in_force(html_buf *out, const site *s, const index_def *ix, const char *side,
			 size_t gone)
{
	char count[32];
	snprintf(count, sizeof count, "%zu", gone);
	const char *args[] = {count};
	html_adds(out, "<details class=\"gone\"><summary>");
	html_fill(out, s->text[W_GONE_HERE], args, 1);
	html_adds(out, "</summary><ul class=\"index\">");
	for (size_t i = 0; i < cm_map_node_count(s->map); i++) {
		const cm_node *n = cm_map_node_at(s->map, i);
		if (ix->takes(s, n) && on_side(n, side) && cm_node_presence(&s->view, n) == CM_GONE)
			entry(out, s, ix, n);
	}
	html_adds(out, "</ul></details>\n");
}

/* How many of the index's nodes (shown, and not in force) a side has. */
static void side_counts(const site *s, const index_def *ix, const char *side, size_t *shown,
			size_t *gone)
{
	*shown = *gone = 0;
	for (size_t i = 0; i < cm_map_node_count(s->map); i++) {
		const cm_node *n = cm_map_node_at(s->map, i);
		if (!ix->takes(s, n) || !on_side(n, side))
			continue;
		if (cm_node_presence(&s->view, n) == CM_GONE)
			(*gone)++;
		else
			(*shown)++;
	}
}

/* A side's part of an index, under the side's name; what belongs to no
 * side comes last, under its own heading, or none when nothing of the
 * index has a side (the functions). */
static void side_section(html_buf *out, const site *s, const index_def *ix, const char *side,
			 cm_attr_info group)
{
	size_t shown, gone, others = 0;
	side_counts(s, ix, side, &shown, &gone);
	if (!shown && !gone)
		return;
	for (size_t k = 0; !side && k < s->nsides; k++) {
		size_t a, b;
		side_counts(s, ix, s->sides[k], &a, &b);
		others += a + b;
	}
	const cm_node *country = side ? cm_map_node(s->map, side) : NULL;
	html_adds(out, "<section>");
	if (country) {
		html_adds(out, "<h2>");
		html_text(out, label(s, country));
		html_adds(out, "</h2>\n");
	} else if (others) {
		html_addf(out, "<h2>%s</h2>\n", w(s, W_SHARED));
	}
	if (ix->tree)
		org_tree(out, s, ix, side);
	else
		grouped(out, s, ix, side, group);
	if (gone)
		not_in_force(out, s, ix, side, gone);
	html_adds(out, "</section>\n");
}

static void index_page(site *s, const index_def *ix)
{
	html_buf out;
	html_init(&out);
	s->prefix = "";
	page_begin(&out, s, s->text[ix->title], "", ix->page, "main");
	char as_of[CM_DATE_BUF];
	cm_date_format(as_of, sizeof as_of, s->view.as_of);
	const char *args[] = {as_of};
	html_adds(&out, "<p class=\"lead\">");
	html_fill(&out, s->text[ix->lead], args, 1);
	html_adds(&out, "</p>\n");
	cm_attr_info group = ix->tree ? (cm_attr_info){NULL, CM_KIND_STRING, 0}
				      : group_attribute(s, ix);
	for (size_t k = 0; k <= s->nsides; k++)
		side_section(&out, s, ix, k < s->nsides ? s->sides[k] : NULL, group);
	page_end(&out, s, "");
	write_page(s, ix->page, &out);
	html_release(&out);
}

void index_pages(site *s)
{
	for (size_t i = 0; i < NINDEXES && s->status == CM_OK; i++)
		index_page(s, &indexes[i]);
}
