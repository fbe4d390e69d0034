/*
 * resolve.c: turns what a user typed into a node.  An exact id wins; then
 * the name and every attribute the schema marks `resolve: true`, compared
 * without ASCII case; failing those, the last part of an id ("energy" for
 * us.sector.energy).  Linear in the number of nodes, which is fine for a
 * one-off lookup per argument.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "graph.h"
#include "loader.h"
#include "strbuf.h"
#include "suggest.h"
#include "view.h"

#define MAX_LISTED 8

static int matches_attr(const cm_attr *a, const char *text)
{
	if (a->text)
		return strcasecmp(a->text, text) == 0;
	for (size_t i = 0; i < a->nitems; i++)
		if (strcasecmp(a->items[i], text) == 0)
			return 1;
	return 0;
}

/* The last part of an id: "energy" for us.sector.energy. */
static int matches_id_tail(const cm_node *node, const char *text)
{
	const char *dot = strrchr(node->id, '.');
	return dot && strcasecmp(dot + 1, text) == 0;
}

static int matches(const cm_node *node, const char *text)
{
	if (strcasecmp(node->name, text) == 0 || strcasecmp(node->id, text) == 0)
		return 1;
	for (size_t i = 0; i < node->nattrs; i++)
		if ((node->attrs[i].def->flags & CM_ATTR_RESOLVE) &&
		    matches_attr(&node->attrs[i], text))
			return 1;
	return 0;
}

/* Candidates of the best presence: current or pending before gone. */
static size_t collect(const cm_map *map, const cm_view *view, const char *text,
		      int (*match)(const cm_node *, const char *),
		      const cm_node **found, size_t max)
{
	size_t count = 0;
	int best = -1;
	for (size_t i = 0; i < map->nodes.count; i++) {
		const cm_node *n = map->nodes.items[i];
		if (view->country && n->side && strcmp(n->side, view->country) != 0)
			continue;
		if (!match(n, text))
			continue;
		int rank = cm_node_presence(view, n) == CM_GONE ? 0 : 1;
		if (rank < best)
			continue;
		if (rank > best) {
			best = rank;
			count = 0;
		}
		if (count < max)
			found[count] = n;
		count++;
	}
	return count;
}

static void report_none(const cm_map *map, const char *text, cm_diags *diags)
{
	cm_suggest sg;
	cm_suggest_init(&sg, text);
	for (size_t i = 0; i < map->nodes.count; i++) {
		const cm_node *n = map->nodes.items[i];
		cm_suggest_offer(&sg, n->id);
		for (size_t a = 0; a < n->nattrs; a++)
			if ((n->attrs[a].def->flags & CM_ATTR_RESOLVE) && n->attrs[a].text)
				cm_suggest_offer(&sg, n->attrs[a].text);
	}
	char q[80], s[80];
	if (sg.best)
		cm_diag_add(diags, NULL, 0, 0, "no node matches '%s' (did you mean '%s'?)",
			    cm_diag_quote(q, sizeof q, text), cm_diag_quote(s, sizeof s, sg.best));
	else
		cm_diag_add(diags, NULL, 0, 0,
			    "no node matches '%s'; try 'cybermap search %s'",
			    cm_diag_quote(q, sizeof q, text), cm_diag_quote(s, sizeof s, text));
}

static void report_many(const char *text, const cm_node **found, size_t count,
			cm_diags *diags)
{
	cm_strbuf msg;
	cm_strbuf_init(&msg);
	char q[80];
	cm_strbuf_addf(&msg, "'%s' matches %zu nodes:", cm_diag_quote(q, sizeof q, text), count);
	for (size_t i = 0; i < count && i < MAX_LISTED; i++)
		cm_strbuf_addf(&msg, "%s %s (%s)", i ? "," : "", found[i]->id, found[i]->name);
	if (count > MAX_LISTED)
		cm_strbuf_addf(&msg, ", and %zu more", count - MAX_LISTED);
	cm_strbuf_adds(&msg, "; give an id");
	cm_diag_add(diags, NULL, 0, 0, "%s", msg.data ? msg.data : "ambiguous name");
	cm_strbuf_release(&msg);
}

cm_status cm_resolve(const cm_node **out, const cm_map *map, const cm_view *view,
		     const char *text, cm_diags *diags)
{
	*out = cm_map_node(map, text);
	if (*out)
		return CM_OK;
	const cm_node *found[MAX_LISTED];
	size_t count = collect(map, view, text, matches, found, MAX_LISTED);
	if (count == 0) /* names first; the last part of an id only if none */
		count = collect(map, view, text, matches_id_tail, found, MAX_LISTED);
	if (count == 1) {
		*out = found[0];
		return CM_OK;
	}
	if (count == 0)
		report_none(map, text, diags);
	else
		report_many(text, found, count, diags);
	return CM_EINVAL;
}
