/*
 * render.c: results as diagrams -- the one file that includes Graphviz.
 *
 * The result's subgraph is built in memory with cgraph: one cluster per
 * side (a swimlane for each country, one for what belongs to neither),
 * node shapes and colours from the schema's node types, edge line styles
 * from the enum attribute that declares styles (basis: paper versus
 * practice), deadlines on the edges, a legend and a title.  DOT is written
 * straight from cgraph (no layout, so it is deterministic); PNG, SVG and
 * PDF are laid out and rendered by gvc in-process.
 *
 * Graphviz reports problems only through a global callback; it is set for
 * the length of one render and its messages become our diagnostics, so a
 * render is not thread-safe (nor is the one Graphviz context it keeps).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "diag.h"
#include "escape.h"
#include "graphviz.h"
#include "labels.h"
#include "print.h"
#include "text.h"
#include "result.h"
#include "view.h"

#define FONT "Noto Sans CJK JP"
#define WRAP_COLUMNS 26
#define DOT_LIMIT 250   /* above this many nodes, sfdp lays out faster */
#define DRAW_LIMIT 3000 /* above this, a picture is no use; say so */

typedef struct drawing {
	const cm_map *map;
	const cm_view *view;
	const cm_result *result;
	Agraph_t *graph;
	int japanese;
	const cm_edge_type *one_edge_type; /* when every edge is of one type */
	const cm_print_options *options;
} drawing;

static const char *label2(const drawing *d, const char *prefix, const char *name)
{
	const char *text = cm_schema_label2(&d->map->schema, d->view->lang, prefix, name);
	return text ? text : name;
}

/* Graphviz's calls, loaded by cm_render; drawing is not thread-safe anyway
 * (Graphviz's error callback is global). */
static const cm_graphviz *gv;

/* ---- text ---- */



/* Whether anything went missing while the graph was built: an object
 * Graphviz could not make, a buffer that ran out of memory.  A chart with
 * a label missing is not drawn at all (out of memory); render is not
 * thread-safe anyway (Graphviz's error callback is global). */
static int incomplete;

/* A buffer's text, noting when it ran out of memory. */
static const char *text_of(const cm_strbuf *buf)
{
	if (buf->failed)
		incomplete = 1;
	return buf->data ? buf->data : "";
}

static void set(void *object, const char *name, const char *value)
{
	if (!object) {
		incomplete = 1;
		return;
	}
	gv->agsafeset(object, (char *)name, (char *)value, "");
}

static void set_escaped(void *object, const char *name, const char *text, int wrap)
{
	cm_strbuf buf;
	cm_strbuf_init(&buf);
	cm_escape_dot(&buf, text, wrap ? WRAP_COLUMNS : 0);
	set(object, name, text_of(&buf));
	cm_strbuf_release(&buf);
}

/* ---- nodes ---- */

static const cm_attr *flagged(const cm_node *n, unsigned flag, cm_attr_kind kind)
{
	for (size_t i = 0; i < n->nattrs; i++)
		if ((n->attrs[i].def->flags & flag) && n->attrs[i].def->kind == kind &&
		    n->attrs[i].text)
			return &n->attrs[i];
	return NULL;
}

/* A link only for http(s): nothing else may become clickable.  A raw & is
 * copied unescaped into SVG by Graphviz, so it is escaped here. */
static void set_link(drawing *d, Agnode_t *g, const cm_node *n)
{
	const cm_print_options *o = d->options;
	if (o && o->link_prefix) { /* ids are slugs: safe in a link as they are */
		cm_strbuf page;
		cm_strbuf_init(&page);
		cm_strbuf_addf(&page, "%s%s%s", o->link_prefix, n->id,
			       o->link_suffix ? o->link_suffix : "");
		set(g, "URL", text_of(&page));
		cm_strbuf_release(&page);
		return;
	}
	const cm_attr *url = NULL;
	for (size_t i = 0; i < n->nattrs && !url; i++)
		if (n->attrs[i].def->kind == CM_KIND_URL)
			url = &n->attrs[i];
	if (!url) /* the loader lets only http and https URLs into a url attribute */
		return;
	cm_strbuf buf;
	cm_strbuf_init(&buf);
	size_t len;
	for (const char *p = url->text; *p; p += len) {
		unsigned cp;
		cm_char_class c = cm_char_at(p, &len, &cp);
		if (*p == '&')
			cm_strbuf_adds(&buf, "&amp;");
		else if (c != CM_CHAR_SAFE || *p == '"' || *p == '<' || *p == '>' || *p == '\\' ||
			 *p == ' ')
			for (size_t i = 0; i < len; i++) /* percent-encoded, as UTF-8 bytes */
				cm_strbuf_addf(&buf, "%%%02X", (unsigned char)p[i]);
		else
			cm_strbuf_add(&buf, p, len);
	}
	set(g, "URL", text_of(&buf));
	set(g, "target", "_blank");
	cm_strbuf_release(&buf);
}

/* What an edge's type means, in the view's language when the schema says. */
static const char *edge_type_about(const cm_view *view, const cm_edge_type *t)
{
	if (view && view->lang && strcmp(view->lang, "ja") == 0 && t->description_ja)
		return t->description_ja;
	return t->description ? t->description : t->name;
}

/* The node's description: the first searchable text attribute that is not
 * another's Japanese version. */
static const cm_attr *described(const cm_node *n)
{
	for (size_t i = 0; i < n->nattrs; i++)
		if ((n->attrs[i].def->flags & CM_ATTR_SEARCH) &&
		    n->attrs[i].def->kind == CM_KIND_TEXT && !n->attrs[i].def->is_ja &&
		    n->attrs[i].text)
			return &n->attrs[i];
	return NULL;
}

/* In English: the short form (CISA), the name, and the Japanese name when
 * there is one, so one chart serves both sides of a meeting.  In Japanese:
 * the Japanese name (or the English one), then the short form. */
static void node_label(drawing *d, Agnode_t *g, const cm_node *n)
{
	cm_strbuf label;
	cm_strbuf_init(&label);
	const cm_attr *abbrev = flagged(n, CM_ATTR_ABBREV, CM_KIND_STRING);
	const cm_attr *ja = flagged(n, CM_ATTR_LABEL_JA, CM_KIND_STRING);
	const char *lines[3] = {abbrev ? abbrev->text : NULL, n->name, ja ? ja->text : NULL};
	if (d->japanese) {
		lines[0] = ja ? ja->text : n->name;
		lines[1] = abbrev ? abbrev->text : NULL;
		lines[2] = NULL;
	}
	for (size_t i = 0; i < 3; i++) {
		if (!lines[i])
			continue;
		if (label.len)
			cm_strbuf_adds(&label, "\\n");
		cm_escape_dot(&label, lines[i], WRAP_COLUMNS);
	}
	cm_presence p = cm_node_presence(d->view, n);
	if (p != CM_CURRENT) {
		char date[CM_DATE_BUF];
		cm_date_format(date, sizeof date, p == CM_PENDING ? n->since : n->until);
		cm_strbuf_adds(&label, "\\n(");
		cm_strbuf_fill1(&label, cm_label(d->map, d->view, p == CM_PENDING ? "chart.from" : "chart.until",
						 p == CM_PENDING ? "from %s" : "until %s"), date);
		cm_strbuf_adds(&label, ")");
	}
	set(g, "label", text_of(&label));
	cm_strbuf_release(&label);
}

static Agraph_t *lane(drawing *d, const char *side)
{
	char name[160];
	snprintf(name, sizeof name, "cluster_%s", side ? side : "shared");
	Agraph_t *sub = gv->agsubg(d->graph, name, 0);
	if (sub)
		return sub;
	sub = gv->agsubg(d->graph, name, 1);
	if (!sub) {
		incomplete = 1;
		return NULL;
	}
	const cm_node *country = side ? cm_map_node(d->map, side) : NULL;
	const char *label = country ? cm_node_label(d->map, d->view, country)
				    : cm_label(d->map, d->view, "chart.shared",
					       "Bilateral, multilateral and shared");
	set_escaped(sub, "label", label, 0);
	set(sub, "style", "rounded,filled");
	set(sub, "fillcolor", side ? "#fafafa" : "#f3f7f7");
	set(sub, "color", "#b0b0b0");
	set(sub, "fontsize", "16");
	return sub;
}

/* A box inside a side's lane for nodes the query grouped (leads, supports). */
static Agraph_t *group_lane(drawing *d, Agraph_t *side_lane, const char *side,
			    const char *group)
{
	char name[200];
	snprintf(name, sizeof name, "cluster_%s_%s", side ? side : "shared", group);
	Agraph_t *sub = gv->agsubg(side_lane, name, 0);
	if (sub)
		return sub;
	sub = gv->agsubg(side_lane, name, 1);
	if (!sub) {
		incomplete = 1;
		return NULL;
	}
	set_escaped(sub, "label", group, 0);
	set(sub, "style", "rounded,dashed");
	set(sub, "fillcolor", "");
	set(sub, "fontsize", "12");
	(void)d;
	return sub;
}

/* What a comparison found, by colour and line: added green and thick,
 * removed red and dotted, pending amber and dashed. */
static const struct {
	const char *color, *style, *node_style, *label_key;
} mark_styles[] = {
	[CM_MARK_ADDED] = {"#1a7f37", "bold", "filled,bold", "mark.added"},
	[CM_MARK_REMOVED] = {"#b42318", "dotted", "filled,dotted", "mark.removed"},
	[CM_MARK_PENDING] = {"#9a6700", "dashed", "filled,dashed", "mark.pending"},
	[CM_MARK_GAP] = {"#b42318", "dashed", "filled,dashed", "mark.gap"},
};

static void mark_object(void *g, unsigned mark, int is_node)
{
	if (mark == CM_MARK_NONE || mark >= sizeof(mark_styles) / sizeof(mark_styles[0]))
		return;
	set(g, "color", mark_styles[mark].color);
	set(g, "style", is_node ? mark_styles[mark].node_style : mark_styles[mark].style);
	set(g, "penwidth", mark == CM_MARK_ADDED ? "3" : "2");
	if (is_node)
		set(g, "fontcolor", mark == CM_MARK_REMOVED ? mark_styles[mark].color : "black");
}

static Agnode_t *draw_node(drawing *d, const cm_node *n)
{
	Agraph_t *where = lane(d, n->side);
	const char *group = d->result->groups ? d->result->groups[n->index] : NULL;
	if (group && where)
		where = group_lane(d, where, n->side, group);
	Agnode_t *g = where ? gv->agnode(where, (char *)n->id, 1) : NULL;
	if (!g) {
		incomplete = 1;
		return NULL;
	}
	set(g, "class", n->type->name);
	node_label(d, g, n);
	set(g, "shape", n->type->shape ? n->type->shape : "box");
	set(g, "fillcolor", n->type->color ? n->type->color : "white");
	cm_presence p = cm_node_presence(d->view, n);
	set(g, "style", p == CM_CURRENT ? "filled" : p == CM_PENDING ? "filled,dashed" : "filled,dotted");
	mark_object(g, d->result->node_marks ? d->result->node_marks[n->index] : CM_MARK_NONE, 1);
	const cm_attr *about = described(n);
	int english_only;
	if (about)
		about = cm_attr_in_lang(d->view, n->attrs, n->nattrs, about, &english_only);
	set_escaped(g, "tooltip", about ? about->text : n->name, 0);
	set_link(d, g, n);
	return g;
}

/* ---- edges ---- */

/* The colour of the first enum attribute that declares colours (duty), or
 * NULL. */
static const char *edge_color(const cm_edge *e)
{
	for (size_t i = 0; i < e->nattrs; i++) {
		const cm_attr_def *def = e->attrs[i].def;
		for (size_t v = 0; def->colors && v < def->nvalues; v++)
			if (def->values[v] == e->attrs[i].text && def->colors[v])
				return def->colors[v];
	}
	return NULL;
}

/* The line style of the first enum attribute that declares styles. */
static const char *edge_style(const cm_edge *e)
{
	for (size_t i = 0; i < e->nattrs; i++) {
		const cm_attr_def *def = e->attrs[i].def;
		for (size_t v = 0; def->styles && v < def->nvalues; v++)
			if (def->values[v] == e->attrs[i].text && def->styles[v])
				return def->styles[v];
	}
	return "solid";
}

/* The relation (unless every edge is of one type), each deadline in words,
 * the values of attributes marked `chart: true` (a report's stage), and a
 * pending edge's start. */
static void edge_label(drawing *d, Agedge_t *g, const cm_edge *e, int pending)
{
	cm_strbuf label, words;
	cm_strbuf_init(&label);
	cm_strbuf_init(&words);
	if (!d->one_edge_type)
		cm_strbuf_adds(&label, label2(d, "edge", e->type->name));
	for (size_t i = 0; i < e->nattrs; i++) {
		const cm_attr *a = &e->attrs[i];
		cm_strbuf_clear(&words);
		if (a->def->kind == CM_KIND_DURATION && a->text)
			cm_label_deadline(&words, d->map, d->view, a->text);
		else if ((a->def->flags & CM_ATTR_CHART) && a->text)
			cm_strbuf_adds(&words, cm_label_value(d->map, d->view, a->def->name, a->text));
		else
			continue;
		if (label.len)
			cm_strbuf_adds(&label, "\\n");
		cm_escape_dot(&label, words.data ? words.data : "", 0);
	}
	if (pending) {
		int since = 0;
		cm_edge_presence(d->view, e, &since);
		cm_strbuf_clear(&words);
		cm_label_pending(&words, d->map, d->view, since);
		if (label.len)
			cm_strbuf_adds(&label, "\\n");
		cm_escape_dot(&label, words.data ? words.data : "", 0);
	}
	set(g, "label", text_of(&label));
	cm_strbuf_release(&label);
	cm_strbuf_release(&words);
}

static void draw_edge(drawing *d, const cm_edge *e, Agnode_t *from, Agnode_t *to)
{
	char key[32];
	snprintf(key, sizeof key, "e%u", e->index);
	Agedge_t *g = gv->agedge(d->graph, from, to, key, 1);
	if (!g) {
		incomplete = 1;
		return;
	}
	cm_presence p = cm_edge_presence(d->view, e, NULL);
	edge_label(d, g, e, p == CM_PENDING);
	set(g, "style", edge_style(e));
	set(g, "class", e->type->name); /* for CSS in SVG, and for gvpr */
	const char *color = edge_color(e);
	set(g, "color", p != CM_CURRENT ? "#a0a0a0" : color ? color : "#404040");
	if (color && p == CM_CURRENT)
		set(g, "fontcolor", color);
	if (e->type->symmetric)
		set(g, "dir", "both");
	mark_object(g, d->result->edge_marks ? d->result->edge_marks[e->index] : CM_MARK_NONE, 0);
	set_escaped(g, "tooltip", edge_type_about(d->view, e->type), 0);
}

/* ---- title and legend ---- */

/* A line drawn in text, for the legend (Graphviz style keywords). */
static const char *line_sample(const char *style)
{
	static const struct {
		const char *style, *sample;
	} samples[] = {
		{"solid", "───"}, {"dashed", "– – –"}, {"dotted", "·····"}, {"bold", "━━━"},
	};
	for (size_t i = 0; i < sizeof(samples) / sizeof(samples[0]); i++)
		if (strcmp(samples[i].style, style) == 0)
			return samples[i].sample;
	return style;
}

static void legend_cell(cm_strbuf *html, const char *color, const char *sample,
			const char *text)
{
	cm_strbuf_adds(html, "<td");
	if (color) {
		cm_strbuf_adds(html, " bgcolor=\"");
		cm_escape_html(html, color);
		cm_strbuf_adds(html, "\"");
	}
	cm_strbuf_adds(html, ">");
	if (sample) {
		cm_escape_html(html, sample);
		cm_strbuf_adds(html, " ");
	}
	cm_escape_html(html, text);
	cm_strbuf_adds(html, "</td>");
}

static void legend_types(drawing *d, cm_strbuf *html)
{
	const cm_schema *s = &d->map->schema;
	for (size_t t = 0; t < s->nnode_types; t++) {
		int used = 0;
		for (size_t i = 0; i < d->result->nodes.count && !used; i++)
			used = ((const cm_node *)d->result->nodes.items[i])->type == &s->node_types[t];
		if (used)
			legend_cell(html, s->node_types[t].color ? s->node_types[t].color : "white",
				    NULL, label2(d, "type", s->node_types[t].name));
	}
}

static int value_used(const drawing *d, const cm_attr_def *def, const char *value)
{
	for (size_t i = 0; i < d->result->edges.count; i++) {
		const cm_edge *e = d->result->edges.items[i];
		const cm_attr *a = cm_attr_find(e->attrs, e->nattrs, def->name);
		if (a && a->text == value)
			return 1;
	}
	return 0;
}

static void legend_color_cell(drawing *d, cm_strbuf *html, const char *color,
			      const char *attr, const char *value)
{
	cm_strbuf_adds(html, "<td><font color=\"");
	cm_escape_html(html, color);
	cm_strbuf_adds(html, "\">━━</font> ");
	cm_escape_html(html, cm_label_value(d->map, d->view, attr, value));
	cm_strbuf_adds(html, "</td>");
}

static void legend_styles(drawing *d, cm_strbuf *html)
{
	const cm_map *map = d->map;
	if (d->one_edge_type)
		legend_cell(html, NULL, "→", label2(d, "edge", d->one_edge_type->name));
	for (size_t a = 0; a < map->schema.nedge_attrs; a++) {
		const cm_attr_def *def = &map->schema.edge_attrs[a];
		for (size_t v = 0; def->styles && v < def->nvalues; v++)
			if (def->styles[v] && value_used(d, def, def->values[v]))
				legend_cell(html, NULL, line_sample(def->styles[v]),
					    cm_label_value(map, d->view, def->name, def->values[v]));
		for (size_t v = 0; def->colors && v < def->nvalues; v++)
			if (def->colors[v] && value_used(d, def, def->values[v]))
				legend_color_cell(d, html, def->colors[v], def->name, def->values[v]);
	}
}

static int mark_used(const drawing *d, unsigned mark)
{
	const cm_result *r = d->result;
	for (size_t i = 0; r->node_marks && i < r->nodes.count; i++)
		if (r->node_marks[((const cm_node *)r->nodes.items[i])->index] == mark)
			return 1;
	for (size_t i = 0; r->edge_marks && i < r->edges.count; i++)
		if (r->edge_marks[((const cm_edge *)r->edges.items[i])->index] == mark)
			return 1;
	return 0;
}

static void legend_marks(drawing *d, cm_strbuf *html)
{
	for (unsigned m = CM_MARK_ADDED; m < sizeof(mark_styles) / sizeof(mark_styles[0]); m++)
		if (mark_used(d, m)) {
			cm_strbuf_adds(html, "<td><font color=\"");
			cm_escape_html(html, mark_styles[m].color);
			cm_strbuf_adds(html, "\">");
			cm_escape_html(html, line_sample(mark_styles[m].style));
			cm_strbuf_adds(html, "</font> ");
			cm_escape_html(html, cm_label(d->map, d->view, mark_styles[m].label_key,
						mark_styles[m].label_key));
			cm_strbuf_adds(html, "</td>");
		}
}

/* The title, the date of the view, and a one-line legend of what appears,
 * as the graph's label. */
static void draw_title(drawing *d, const char *engine_note)
{
	char as_of[CM_DATE_BUF];
	cm_date_format(as_of, sizeof as_of, d->view->as_of);
	cm_strbuf when;
	cm_strbuf_init(&when);
	cm_strbuf_fill1(&when, cm_label(d->map, d->view, "chart.as_of", "as of %s"), as_of);
	cm_strbuf html;
	cm_strbuf_init(&html);
	cm_strbuf_adds(&html, "<table border=\"0\" cellspacing=\"0\" cellpadding=\"2\"><tr><td><font point-size=\"20\">");
	cm_escape_html(&html, d->result->title);
	cm_strbuf_adds(&html, "</font></td></tr><tr><td>");
	cm_escape_html(&html, when.data ? when.data : as_of);
	cm_escape_html(&html, engine_note);
	cm_strbuf_release_into(&when, &html);
	cm_strbuf_adds(&html, "</td></tr><tr><td><table border=\"0\" cellborder=\"1\" "
			      "cellspacing=\"2\" cellpadding=\"3\"><tr>");
	if (!d->result->timeline) { /* a timeline's boxes are days, not types */
		legend_types(d, &html);
		legend_styles(d, &html);
		legend_marks(d, &html);
	}
	legend_cell(&html, NULL, NULL, cm_label(d->map, d->view, "chart.dashed_box",
						 "dashed box: not yet in force"));
	legend_cell(&html, NULL, NULL, cm_label(d->map, d->view, "chart.dotted_box",
						 "dotted box: no longer in force"));
	cm_strbuf_adds(&html, "</tr></table></td></tr></table>");
	char *label = gv->agstrdup_html(d->graph, (char *)text_of(&html));
	set(d->graph, "label", label ? label : "");
	if (label)
		gv->agstrfree(d->graph, label);
	cm_strbuf_release(&html);
}

/*
 * Nodes in a group box have no edges among them, so dot would stack them in
 * one tall column.  Invisible edges from each member to the one `rows`
 * further on spread them over several columns, a grid about twice as tall
 * as it is wide.
 */
#define MAX_GROUPS 32

typedef struct group_list {
	const char *side, *group;
	cm_vec members; /* Agnode_t * */
} group_list;

static void grid(drawing *d, const cm_vec *members)
{
	size_t n = members->count, rows = 4;
	while (rows * rows < 2 * n)
		rows++;
	for (size_t i = 0; i + rows < n; i++) {
		Agnode_t *from = members->items[i], *to = members->items[i + rows];
		Agedge_t *e = from && to ? gv->agedge(d->graph, from, to, NULL, 1) : NULL;
		set(e, "style", "invis");
	}
}

static void arrange_groups(drawing *d)
{
	group_list groups[MAX_GROUPS];
	size_t ngroups = 0;
	for (size_t i = 0; i < d->result->nodes.count && d->result->groups; i++) {
		const cm_node *n = d->result->nodes.items[i];
		const char *group = d->result->groups[n->index];
		if (!group)
			continue;
		size_t g = 0;
		while (g < ngroups && !(groups[g].side == n->side && strcmp(groups[g].group, group) == 0))
			g++;
		if (g == ngroups && ngroups == MAX_GROUPS)
			continue;
		if (g == ngroups)
			groups[ngroups++] = (group_list){n->side, group, {0}};
		if (!cm_vec_push(&groups[g].members, gv->agnode(d->graph, (char *)n->id, 0)))
			incomplete = 1;
	}
	for (size_t g = 0; g < ngroups; g++) {
		grid(d, &groups[g].members);
		cm_vec_release(&groups[g].members);
	}
}

static void set_defaults(Agraph_t *g)
{
	gv->agattr(g, AGRAPH, "fontname", FONT);
	gv->agattr(g, AGNODE, "fontname", FONT);
	gv->agattr(g, AGEDGE, "fontname", FONT);
	gv->agattr(g, AGRAPH, "labelloc", "t");
	gv->agattr(g, AGRAPH, "fontsize", "12");
	gv->agattr(g, AGRAPH, "rankdir", "LR");
	gv->agattr(g, AGRAPH, "newrank", "true");
	gv->agattr(g, AGRAPH, "nodesep", "0.3");
	gv->agattr(g, AGRAPH, "bgcolor", "white");
	gv->agattr(g, AGNODE, "fontsize", "11");
	gv->agattr(g, AGEDGE, "fontsize", "9");
	gv->agattr(g, AGNODE, "margin", "0.12,0.06");
}

/*
 * A timeline result (rows of dated events, the date first) is drawn as
 * one box per day, top to bottom, each listing that day's events: a
 * picture of the rows rather than of the subgraph.
 */
#define TIMELINE_LINES 12 /* events shown in one day's box; the rest counted */

/* A row's cell in the column of that role ("" when there is none). */
static const char *role_cell(const cm_result *r, size_t row, cm_role role)
{
	const char *cell = cm_result_cell(r, row, cm_result_role_column(r, role));
	return cell ? cell : "";
}

/* One event of a timeline day: what happened, by which relation, to whom,
 * in the view's language. */
static void timeline_line(drawing *d, cm_strbuf *html, size_t row)
{
	static const cm_role shown[] = {CM_ROLE_KIND, CM_ROLE_RELATION, CM_ROLE_NAME};
	const cm_result *r = d->result;
	cm_strbuf_adds(html, "<tr><td align=\"left\">");
	for (size_t k = 0; k < sizeof shown / sizeof shown[0]; k++) {
		size_t col = cm_result_role_column(r, shown[k]);
		const char *cell = cm_result_cell(r, row, col);
		if (!cell || !*cell)
			continue;
		cm_strbuf words, text;
		cm_strbuf_init(&words);
		cm_strbuf_init(&text);
		cm_label_cell(&words, d->map, d->view, shown[k], cm_result_column(r, col), cell);
		cm_escape_dot(&text, words.data ? words.data : cell, 0);
		cm_escape_html(html, text.data ? text.data : "");
		cm_strbuf_adds(html, "  ");
		cm_strbuf_release(&text);
		cm_strbuf_release(&words);
	}
	cm_strbuf_adds(html, "</td></tr>");
}

static Agnode_t *timeline_day(drawing *d, size_t first, size_t last, size_t index)
{
	const cm_result *r = d->result;
	char name[32];
	snprintf(name, sizeof name, "day%zu", index);
	Agnode_t *g = gv->agnode(d->graph, name, 1);
	const char *day = role_cell(r, first, CM_ROLE_DATE);
	cm_strbuf html;
	cm_strbuf_init(&html);
	cm_strbuf_adds(&html, "<table border=\"0\" cellspacing=\"0\" cellpadding=\"1\"><tr><td align=\"left\"><b>");
	cm_escape_html(&html, day && *day ? day : cm_label(d->map, d->view, "chart.undated", "undated"));
	cm_strbuf_adds(&html, "</b></td></tr>");
	for (size_t i = first; i < last && i < first + TIMELINE_LINES; i++)
		timeline_line(d, &html, i);
	if (last - first > TIMELINE_LINES) {
		char more[32];
		snprintf(more, sizeof more, "%zu", last - first - TIMELINE_LINES);
		cm_strbuf_adds(&html, "<tr><td align=\"left\">");
		cm_strbuf_fill1(&html, cm_label(d->map, d->view, "chart.more", "and %s more"), more);
		cm_strbuf_adds(&html, "</td></tr>");
	}
	cm_strbuf_adds(&html, "</table>");
	char *label = gv->agstrdup_html(d->graph, html.data ? html.data : "");
	gv->agsafeset(g, "label", label, "");
	gv->agstrfree(d->graph, label);
	cm_strbuf_release(&html);
	set(g, "shape", "box");
	set(g, "style", "rounded");
	return g;
}

static cm_status build_timeline(drawing *d)
{
	const cm_result *r = d->result;
	set(d->graph, "rankdir", "TB");
	Agnode_t *previous = NULL;
	if (r->nodes.count)
		previous = draw_node(d, r->nodes.items[0]);
	size_t index = 0;
	for (size_t first = 0; first < r->rows.count; index++) {
		const char *day = role_cell(r, first, CM_ROLE_DATE);
		size_t last = first + 1;
		while (last < r->rows.count && strcmp(role_cell(r, last, CM_ROLE_DATE), day) == 0)
			last++;
		Agnode_t *g = timeline_day(d, first, last, index);
		if (previous)
			gv->agedge(d->graph, previous, g, NULL, 1);
		previous = g;
		first = last;
	}
	return CM_OK;
}

static cm_status build(drawing *d, int large)
{
	Agdisc_t disc = {gv->memory, &cm_graphviz_ordered_ids, gv->io};
	d->graph = gv->agopen("cybermap", gv->directed, &disc);
	if (!d->graph)
		return CM_ENOMEM;
	set_defaults(d->graph);
	if (large) { /* sfdp packs nodes on top of each other unless told not to */
		set(d->graph, "overlap", "prism");
		set(d->graph, "sep", "+6");
	}
	draw_title(d, large ? " (large: laid out with sfdp)" : "");
	if (d->result->timeline)
		return build_timeline(d);
	for (size_t i = 0; i < d->result->nodes.count; i++)
		draw_node(d, d->result->nodes.items[i]);
	arrange_groups(d);
	for (size_t i = 0; i < d->result->edges.count; i++) {
		const cm_edge *e = d->result->edges.items[i];
		Agnode_t *from = gv->agnode(d->graph, (char *)e->from->id, 0);
		Agnode_t *to = gv->agnode(d->graph, (char *)e->to->id, 0);
		if (from && to)
			draw_edge(d, e, from, to);
	}
	return CM_OK;
}

/* ---- errors from Graphviz ---- */

static cm_strbuf graphviz_errors; /* filled by the callback during one render */

static int collect_error(char *message)
{
	cm_strbuf_adds(&graphviz_errors, message);
	return 0;
}

static void report_graphviz(cm_diags *diags)
{
	char *text = graphviz_errors.data;
	while (text && *text) {
		char *end = strchr(text, '\n');
		if (end)
			*end = '\0';
		if (*text)
			cm_diag_add(diags, NULL, 0, 0, "graphviz: %s", text);
		text = end ? end + 1 : NULL;
	}
}

/* ---- output ---- */

static cm_status write_dot(drawing *d, cm_strbuf *out)
{
	char *data = NULL;
	size_t len = 0;
	FILE *memory = open_memstream(&data, &len);
	if (!memory)
		return CM_ENOMEM;
	int rc = gv->agwrite(d->graph, memory);
	if (fclose(memory) != 0 || rc != 0) {
		free(data);
		return CM_EIO;
	}
	cm_strbuf_add(out, data, len);
	free(data);
	return CM_OK;
}

static const char *renderer(cm_format format)
{
	switch (format) {
	case CM_FORMAT_PNG: return "png:cairo";
	case CM_FORMAT_PDF: return "pdf:cairo";
	default: return "svg";
	}
}

/*
 * One Graphviz context for the whole process.  Creating and freeing one per
 * drawing is what Graphviz's examples do, but its pango plugin keeps a font
 * name from the first context and reads it after that context is freed
 * (AddressSanitizer shows the use after free when a program draws many
 * charts, as `site` does).  The context is made on first use and lives
 * until the process ends; Graphviz's one-time allocations are in the leak
 * suppressions.
 */
static GVC_t *context(void)
{
	static GVC_t *gvc;
	if (!gvc)
		gvc = gv->gvContext();
	return gvc;
}

static cm_status lay_out_and_render(drawing *d, cm_format format, int large, cm_strbuf *out)
{
	GVC_t *gvc = context();
	if (!gvc)
		return CM_ENOMEM;
	cm_status st = CM_OK;
	char *data = NULL;
	unsigned int len = 0;
	if (gv->gvLayout(gvc, d->graph, large ? "sfdp" : "dot") != 0 || graphviz_errors.len)
		st = CM_EINVAL;
	else if (gv->gvRenderData(gvc, d->graph, renderer(format), &data, &len) != 0 ||
		 graphviz_errors.len)
		st = CM_EINVAL;
	else
		cm_strbuf_add(out, data, len);
	if (data)
		gv->gvFreeRenderData(data);
	gv->gvFreeLayout(gvc, d->graph);
	gv->agclose(d->graph);
	d->graph = NULL;
	return st;
}

static const cm_edge_type *single_edge_type(const cm_result *r)
{
	const cm_edge_type *type = NULL;
	for (size_t i = 0; i < r->edges.count; i++) {
		const cm_edge *e = r->edges.items[i];
		if (type && e->type != type)
			return NULL;
		type = e->type;
	}
	return type;
}

cm_status cm_render(cm_strbuf *out, const cm_map *map, const cm_view *view,
		    const cm_result *result, cm_format format,
		    const cm_print_options *options, cm_diags *diags)
{
	if (result->nodes.count > DRAW_LIMIT && format != CM_FORMAT_DOT) {
		cm_diag_add(diags, NULL, 0, 0,
			    "%zu nodes are too many to draw (the limit is %d); narrow the question to one side, a type or a query",
			    result->nodes.count, DRAW_LIMIT);
		return CM_ELIMIT;
	}
	gv = cm_graphviz_load(diags);
	if (!gv)
		return CM_EIO;
	drawing d = {map, view, result, NULL, view->lang && strcmp(view->lang, "ja") == 0,
		     single_edge_type(result), options};
	int large = result->nodes.count > DOT_LIMIT && !result->timeline;
	cm_strbuf_init(&graphviz_errors);
	agusererrf previous = gv->agseterrf(collect_error);
	agerrlevel_t level = gv->agseterr(AGERR);
	size_t before = cm_diags_count(diags);
	incomplete = 0;
	cm_status st = build(&d, large);
	if (st == CM_OK && incomplete)
		st = CM_ENOMEM;
	if (st == CM_OK && format == CM_FORMAT_DOT)
		st = write_dot(&d, out);
	else if (st == CM_OK)
		st = lay_out_and_render(&d, format, large, out);
	if (d.graph)
		gv->agclose(d.graph);
	if (st == CM_EINVAL)
		report_graphviz(diags);
	if (st == CM_ENOMEM)
		cm_diag_add(diags, NULL, 0, 0, "out of memory");
	else if (st != CM_OK && cm_diags_count(diags) == before)
		cm_diag_add(diags, NULL, 0, 0, "could not draw the %s",
			    cm_format_name(format));
	gv->agseterr(level);
	gv->agseterrf(previous);
	cm_strbuf_release(&graphviz_errors);
	return st;
}
