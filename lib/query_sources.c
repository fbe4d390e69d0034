/*
 * query_sources.c: `sources` -- where the map's facts come from.  Every
 * source URL of every element is put in a class by the schema's
 * source_classes (by host: a host, or a suffix).  Rows, in sections:
 * `class` (references per class and their share), `type` (per node and
 * edge type needing sources: elements citing an official or primary one,
 * and the share), then the elements citing none (`missing`), those citing
 * a refused host (`weak`), and those whose `checked` is older than asked
 * (`stale`).  One pass over the elements; a host is classified by a linear
 * scan of the classes' host lists, which are short.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "check_rules.h"
#include "date.h"
#include "diag.h"
#include "labels.h"
#include "result.h"
#include "strbuf.h"
#include "view.h"

#define SECONDARY ((size_t)-1)

/* The host of an http(s) URL, lowercased, into buf. */
static void host_of(const char *url, char *buf, size_t size)
{
	const char *p = strstr(url, "://");
	p = p ? p + 3 : url;
	size_t n = 0;
	while (p[n] && p[n] != '/' && p[n] != ':' && p[n] != '?' && p[n] != '#' && n + 1 < size) {
		char c = p[n];
		buf[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	while (n && buf[n - 1] == '.')
		n--;
	buf[n] = '\0';
}

static int host_matches(const char *host, const char *rule)
{
	if (rule[0] != '.')
		return strcasecmp(host, rule) == 0;
	size_t h = strlen(host), r = strlen(rule);
	return (h > r && strcasecmp(host + h - r, rule) == 0) || strcasecmp(host, rule + 1) == 0;
}

/* The class of a source URL: an index into source_classes, or SECONDARY. */
static size_t class_of(const cm_schema *s, const char *url)
{
	char host[256];
	host_of(url, host, sizeof host);
	for (size_t c = 0; c < s->nsource_classes; c++)
		for (size_t i = 0; i < s->source_classes[c].nhosts; i++)
			if (host_matches(host, s->source_classes[c].hosts[i]))
				return c;
	return SECONDARY;
}

typedef struct tally {
	size_t *refs;     /* per class, the last one secondary */
	size_t total_refs;
	size_t *needing, *official; /* per type: node types, then edge types */
} tally;

/* Elements that need sources: every node, and the edges of the strict
 * types. */
static int needs_sources(const cm_schema *s, const cm_edge_type *t)
{
	for (size_t i = 0; i < s->nstrict_edges; i++)
		if (s->strict_edges[i] == t)
			return 1;
	return 0;
}

static const cm_attr *sources_of(const cm_schema *s, const cm_attr *attrs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (attrs[i].def->kind == CM_KIND_URLS)
			for (size_t k = 0; k < s->nstrict_attrs; k++)
				if (s->strict_attrs[k] == attrs[i].def->name)
					return &attrs[i];
	return NULL;
}

typedef struct element {
	const char *what; /* id, or "from -> to (type)" */
	const char *file;
	unsigned line;
	const cm_attr *attrs;
	size_t nattrs;
	size_t type_slot;
	const char *side;
} element;

typedef struct scan {
	const cm_map *map;
	const cm_view *view;
	cm_result *result;
	tally t;
	int older_than; /* days; 0: no stale report */
	cm_vec missing, weak, stale; /* element * (copies in the result arena) */
	cm_arena arena;
} scan;

/* The day the element's sources were read: the strict provenance
 * attribute of kind date. */
static int checked_day(const cm_schema *s, const cm_attr *attrs, size_t n, int *day)
{
	for (size_t i = 0; i < n; i++) {
		if (attrs[i].def->kind != CM_KIND_DATE || !attrs[i].text)
			continue;
		for (size_t k = 0; k < s->nstrict_attrs; k++)
			if (s->strict_attrs[k] == attrs[i].def->name &&
			    cm_date_parse(day, attrs[i].text) == CM_OK)
				return 1;
	}
	return 0;
}

static void keep(scan *sc, cm_vec *list, const element *e)
{
	element *copy = cm_arena_alloc(&sc->arena, sizeof(*copy));
	if (!copy || !cm_vec_push(list, copy)) {
		sc->result->failed = 1;
		return;
	}
	*copy = *e;
}

static void look_at(scan *sc, const element *e)
{
	const cm_schema *s = &sc->map->schema;
	if (sc->view->country && (!e->side || strcmp(e->side, sc->view->country) != 0))
		return; /* --country: that side's elements only */
	const cm_attr *src = sources_of(s, e->attrs, e->nattrs);
	int counted = 0, weak = 0;
	sc->t.needing[e->type_slot]++;
	for (size_t i = 0; src && i < src->nitems; i++) {
		size_t c = class_of(s, src->items[i]);
		sc->t.refs[c == SECONDARY ? s->nsource_classes : c]++;
		sc->t.total_refs++;
		if (c != SECONDARY && s->source_classes[c].counts)
			counted = 1;
		if (c != SECONDARY && s->source_classes[c].refuse)
			weak = 1;
	}
	if (counted)
		sc->t.official[e->type_slot]++;
	else
		keep(sc, &sc->missing, e);
	if (weak)
		keep(sc, &sc->weak, e);
	int day;
	if (sc->older_than && checked_day(s, e->attrs, e->nattrs, &day) &&
	    sc->view->today - day > sc->older_than)
		keep(sc, &sc->stale, e);
}

static void scan_map(scan *sc)
{
	const cm_map *map = sc->map;
	char what[512];
	for (size_t i = 0; i < map->nodes.count; i++) {
		const cm_node *n = map->nodes.items[i];
		element e = {n->id, n->file, n->line, n->attrs, n->nattrs, n->type->index, n->side};
		look_at(sc, &e);
	}
	for (size_t i = 0; i < map->edges.count; i++) {
		const cm_edge *e = map->edges.items[i];
		if (!needs_sources(&map->schema, e->type))
			continue;
		snprintf(what, sizeof what, "%s %s %s (%s)", e->from->id,
			 e->type->symmetric ? "<->" : "->", e->to->id,
			 cm_name_in_lang(map, sc->view, "edge", e->type->name));
		element el = {cm_arena_strdup(&sc->arena, what), e->file, e->line, e->attrs,
			      e->nattrs, map->schema.nnode_types + e->type->index,
			      e->from->side ? e->from->side : e->to->side};
		look_at(sc, &el);
	}
}

static void percent(char *buf, size_t size, size_t part, size_t whole)
{
	if (whole)
		snprintf(buf, size, "%zu", (part * 100 + whole / 2) / whole);
	else
		buf[0] = '\0';
}

static void class_rows(scan *sc)
{
	const cm_schema *s = &sc->map->schema;
	for (size_t c = 0; c <= s->nsource_classes; c++) {
		char count[32], share[16];
		snprintf(count, sizeof count, "%zu", sc->t.refs[c]);
		percent(share, sizeof share, sc->t.refs[c], sc->t.total_refs);
		const char *name = c < s->nsource_classes ? s->source_classes[c].name : "secondary";
		const char *cells[] = {"class", name, count, share, ""};
		cm_result_add_row(sc->result, 0, cells);
	}
}

static void type_rows(scan *sc)
{
	const cm_schema *s = &sc->map->schema;
	size_t slots = s->nnode_types + s->nedge_types, all = 0, all_official = 0;
	for (size_t i = 0; i < slots; i++) {
		if (!sc->t.needing[i])
			continue;
		char count[32], share[16];
		snprintf(count, sizeof count, "%zu", sc->t.official[i]);
		percent(share, sizeof share, sc->t.official[i], sc->t.needing[i]);
		const char *name = i < s->nnode_types ? s->node_types[i].name
						      : s->edge_types[i - s->nnode_types].name;
		char detail[64];
		snprintf(detail, sizeof detail, "%zu", sc->t.needing[i]);
		const char *cells[] = {"type", name, count, share, detail};
		cm_result_add_row(sc->result, 0, cells);
		all += sc->t.needing[i];
		all_official += sc->t.official[i];
	}
	char count[32], share[16], detail[32];
	snprintf(count, sizeof count, "%zu", all_official);
	percent(share, sizeof share, all_official, all);
	snprintf(detail, sizeof detail, "%zu", all);
	const char *cells[] = {"type", "(all)", count, share, detail};
	cm_result_add_row(sc->result, 0, cells);
}

static void list_rows(scan *sc, const cm_vec *list, const char *section)
{
	for (size_t i = 0; i < list->count; i++) {
		const element *e = list->items[i];
		char where[512];
		snprintf(where, sizeof where, "%s:%u", e->file ? e->file : "", e->line);
		const char *cells[] = {section, e->what, "", "", where};
		cm_result_add_row(sc->result, 0, cells);
	}
}

cm_status cm_query_sources(cm_result **out, const cm_map *map, const cm_view *view,
			   int older_than_days, cm_diags *diags)
{
	*out = NULL;
	const cm_schema *s = &map->schema;
	scan sc;
	memset(&sc, 0, sizeof sc);
	sc.map = map;
	sc.view = view;
	sc.older_than = older_than_days;
	cm_arena_init(&sc.arena);
	size_t slots = s->nnode_types + s->nedge_types + 1;
	sc.t.refs = calloc(s->nsource_classes + 1, sizeof(size_t));
	sc.t.needing = calloc(slots, sizeof(size_t));
	sc.t.official = calloc(slots, sizeof(size_t));
	static const char *const columns[] = {"section", "subject", "count", "share", "detail"};
	cm_status st = sc.t.refs && sc.t.needing && sc.t.official
			       ? cm_result_new(&sc.result, map, "sources", columns, 5, diags)
			       : CM_ENOMEM;
	if (!(sc.t.refs && sc.t.needing && sc.t.official))
		cm_diag_add(diags, NULL, 0, 0, "out of memory");
	if (st == CM_OK) {
		static const cm_role roles[] = {CM_ROLE_KIND, CM_ROLE_TYPE, CM_ROLE_NUMBER,
						CM_ROLE_NUMBER, CM_ROLE_NONE};
		cm_result_set_roles(sc.result, roles, 5);
		sc.result->numbers = 1u << 2 | 1u << 3;
		scan_map(&sc);
		class_rows(&sc);
		type_rows(&sc);
		list_rows(&sc, &sc.missing, "missing");
		list_rows(&sc, &sc.weak, "weak");
		list_rows(&sc, &sc.stale, "stale");
	}
	cm_vec_release(&sc.missing);
	cm_vec_release(&sc.weak);
	cm_vec_release(&sc.stale);
	cm_arena_release(&sc.arena);
	free(sc.t.refs);
	free(sc.t.needing);
	free(sc.t.official);
	if (st != CM_OK)
		return st;
	return cm_result_finish(out, sc.result, diags);
}

cm_status cm_check_sources(const cm_map *map, cm_diags *diags)
{
	const cm_schema *s = &map->schema;
	size_t needing = 0, official = 0;
	cm_status st = CM_OK;
	for (size_t pass = 0; pass < 2; pass++) {
		size_t count = pass ? map->edges.count : map->nodes.count;
		for (size_t i = 0; i < count; i++) {
			const cm_node *n = pass ? NULL : map->nodes.items[i];
			const cm_edge *e = pass ? map->edges.items[i] : NULL;
			if (e && !needs_sources(s, e->type))
				continue;
			const cm_attr *src = n ? sources_of(s, n->attrs, n->nattrs)
					       : sources_of(s, e->attrs, e->nattrs);
			int counted = 0;
			needing++;
			for (size_t k = 0; src && k < src->nitems; k++) {
				size_t c = class_of(s, src->items[k]);
				if (c == SECONDARY)
					continue;
				counted |= s->source_classes[c].counts;
				if (!s->source_classes[c].refuse)
					continue;
				if (n)
					cm_diag_add(diags, n->file, n->line, n->column,
						    "%s '%s' cites a refused host: %s", n->type->name,
						    n->id, src->items[k]);
				else
					cm_diag_add(diags, e->file, e->line, e->column,
						    "%s edge %s -> %s cites a refused host: %s",
						    e->type->name, e->from->id, e->to->id, src->items[k]);
				st = CM_EINVAL;
			}
			official += counted;
		}
	}
	if (needing && (int)(official * 100 / needing) < s->official_share) {
		cm_diag_add(diags, NULL, 0, 0,
			    "%zu of %zu elements (%zu%%) cite an official or primary source; the schema asks for %d%% (see 'cybermap sources')",
			    official, needing, official * 100 / needing, s->official_share);
		st = CM_EINVAL;
	}
	return st;
}
