/*
 * pages.c: the map as a static, bilingual web site that works offline.
 *
 * Every node gets a page in English and in Japanese (node/ID.html); a
 * function's page adds its chart and who leads and supports it on each
 * side, a sector's page its notification chain (each report passed on
 * under the one it passes on, with who passes it) and who holds
 * jurisdiction, a body's page its place in the organisation (indexes.c,
 * which also writes the index pages).  A home page crosses the functions
 * with the sides, counting the channels between them; an about page
 * explains the charts; an ask page answers a command line in the browser
 * with the scripts an assets directory brings (copied in whole).  The
 * words are the schema's site.* labels, and its labels for values, types
 * and deadlines.  Charts are SVG from the renderer, inlined so their nodes
 * link to the pages, with a legend from the schema and a copy on its own
 * for small screens; every table cell carries its column's heading, so a
 * phone shows rows as labelled blocks.  The search runs in the browser over
 * an index written as a script (file:// pages may not fetch JSON).  The
 * site is built in a folder beside the target and swapped in whole, so a
 * failure leaves the old site as it was (site_dir.c says which directories
 * may be replaced, and how).
 *
 * Everything here comes through the library's public interface
 * (cybermap.h): the queries and their columns, the nodes and edges, the
 * schema's attribute declarations, line styles and words.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cybermap.h"
#include "html.h"
#include "pages.h"
#include "site.h"
#include "site_dir.h"
#include "static.h"

/* ---- words the pages use: the schema's site.* labels ---- */

#define WORD_PREFIX "site."

static const char *const word_keys[W_COUNT] = {
	[W_TITLE] = "site.title", [W_LANGUAGE] = "site.language",
	[W_OTHER_LANGUAGE] = "site.language", /* in the other language */
	[W_SKIP] = "site.skip", [W_HOME] = "site.home", [W_ABOUT] = "site.about",
	[W_SEARCH] = "site.search", [W_SEARCH_HINT] = "site.search_hint",
	[W_AS_OF] = "site.as_of", [W_FUNCTION] = "site.function",
	[W_CHANNELS] = "site.channels", [W_LEADS] = "site.leads",
	[W_SUPPORTS] = "site.supports", [W_PROCESS] = "site.process", [W_STEP] = "site.step",
	[W_WHO_IS_TOLD] = "site.who_is_told", [W_WHO] = "site.who",
	[W_TRIGGER] = "site.trigger", [W_WITHIN] = "site.within", [W_BY] = "site.by",
	[W_BASIS] = "site.basis", [W_LAW] = "site.law",
	[W_JURISDICTION] = "site.jurisdiction", [W_AUTHORITY] = "site.authority",
	[W_RELATION] = "site.relation", [W_DETAILS] = "site.details",
	[W_RELATIONS] = "site.relations", [W_COUNTERPARTS] = "site.counterparts",
	[W_SOURCES] = "site.sources", [W_CHECKED] = "site.checked",
	[W_NOT_IN_FORCE] = "site.not_in_force", [W_PENDING] = "site.pending",
	[W_NONE] = "site.none", [W_CHART_TEXT] = "site.chart_text", [W_COUNTS] = "site.counts",
	[W_ABOUT_PAGE] = "site.about_page", [W_ASK] = "site.ask", [W_ASK_TITLE] = "site.ask_title",
	[W_ASK_NEEDS_JS] = "site.ask_needs_js", [W_ASK_STATIC] = "site.ask_static",
	[W_ASK_MISSING] = "site.ask_missing",
	[W_INDEX_FUNCTIONS] = "site.index.functions", [W_INDEX_SECTORS] = "site.index.sectors",
	[W_INDEX_BODIES] = "site.index.bodies", [W_INDEX_LAWS] = "site.index.laws",
	[W_INDEX_CHANNELS] = "site.index.channels",
	[W_LEAD_FUNCTIONS] = "site.index.functions_lead", [W_LEAD_SECTORS] = "site.index.sectors_lead",
	[W_LEAD_BODIES] = "site.index.bodies_lead", [W_LEAD_LAWS] = "site.index.laws_lead",
	[W_LEAD_CHANNELS] = "site.index.channels_lead",
	[W_SHARED] = "site.index.shared", [W_GONE_HERE] = "site.index.gone",
	[W_UNPLACED] = "site.index.unplaced", [W_ITS_FUNCTIONS] = "site.index.its_functions",
	[W_ORG_PLACE] = "site.org_place", [W_CHANNEL_COUNT] = "site.channel_count",
	[W_CHANNEL_COUNT_ONE] = "site.channel_count_one",
	[W_FROM] = "site.from", [W_STAGE] = "site.stage", [W_DUTY] = "site.duty",
	[W_DUTIES_OF] = "site.duties_of", [W_WITH] = "site.with", [W_STEP_WHAT] = "site.step_what",
	[W_LEGEND] = "site.legend", [W_LEGEND_PENDING] = "site.legend_pending",
	[W_FULL_CHART] = "site.full_chart", [W_LEGEND_OTHER] = "site.legend_other",
};

/* ---- the words of a language ---- */

static const char *lang_of(int japanese)
{
	return japanese ? "ja" : "en";
}

/* A word as the schema has it in a language: its English text when the
 * language has none, the key's last part when the schema has neither (a
 * reader still sees something, and the site's test finds the gap). */
static const char *word_text(const cm_map *map, int japanese, word id)
{
	const char *text = cm_map_label(map, lang_of(japanese), word_keys[id]);
	return text ? text : word_keys[id] + strlen(WORD_PREFIX);
}

/* The words of one language, as text and as HTML (escaped once, so that
 * they may go into any element or attribute). */
static int load_words(site *s)
{
	for (size_t i = 0; i < W_COUNT; i++) {
		int japanese = i == W_OTHER_LANGUAGE ? !s->japanese : s->japanese;
		html_buf b;
		html_init(&b);
		s->text[i] = word_text(s->map, japanese, (word)i);
		html_text(&b, s->text[i]);
		free(s->html[i]);
		s->html[i] = b.failed ? NULL : b.data ? b.data : calloc(1, 1);
		if (!s->html[i]) {
			html_release(&b);
			return 0;
		}
	}
	return 1;
}

static void free_words(site *s)
{
	for (size_t i = 0; i < W_COUNT; i++)
		free(s->html[i]);
}

const char *w(const site *s, word id)
{
	return s->html[id];
}

const char *schema_word(const site *s, const char *key, const char *fallback)
{
	const char *text = cm_map_label(s->map, lang_of(s->japanese), key);
	return text ? text : fallback;
}

const char *word_of(const site *s, const char *prefix, const char *name,
			   const char *rest, const char *fallback)
{
	char key[320];
	if (snprintf(key, sizeof key, "%s.%s%s%s", prefix, name, rest ? "." : "",
		     rest ? rest : "") >= (int)sizeof key)
		return fallback;
	return schema_word(s, key, fallback);
}

const char *value_word(const site *s, const char *attr, const char *value)
{
	return word_of(s, "value", attr, value, value);
}

const char *type_word(const site *s, const char *type)
{
	return word_of(s, "type", type, NULL, type);
}

/* ---- HTML ---- */

const char *label(const site *s, const cm_node *n)
{
	return cm_node_label(s->map, &s->view, n);
}

/* A link to a node's page from the page being written. */
void node_link(html_buf *out, const site *s, const cm_node *n)
{
	html_addf(out, "<a href=\"%snode/%s.html\">", s->prefix, cm_node_id(n));
	html_text(out, label(s, n));
	html_adds(out, "</a>");
}

static void pending_from(html_buf *out, const site *s, int since)
{
	char date[CM_DATE_BUF];
	cm_date_format(date, sizeof date, since);
	if (since == CM_DAY_PENDING) /* adopted, start not set */
		html_addf(out, " <span class=\"pending\">(%s)</span>", w(s, W_PENDING));
	else
		html_addf(out, " <span class=\"pending\">(%s %s)</span>", w(s, W_PENDING), date);
}

void edge_note(html_buf *out, const site *s, const cm_edge *e)
{
	int since = 0;
	if (cm_edge_presence(&s->view, e, &since) == CM_PENDING)
		pending_from(out, s, since);
}

/* The short name people know the node by, in the page's language (the
 * schema's abbrev attribute, or its Japanese counterpart), or NULL.  A
 * Japanese page keeps an English one only when it is an acronym (CISA, EO
 * 14028), as Japanese texts write them: an English word ("strategy",
 * "Cabinet") is no short name in Japanese. */
static const char *short_name(const site *s, const cm_node *n)
{
	cm_value v = s->abbrev ? cm_node_attr_in_lang(&s->view, n, s->abbrev) : (cm_value){0};
	if (!v.text || !*v.text || strcmp(v.text, label(s, n)) == 0)
		return NULL;
	if (s->japanese && strcmp(v.key, s->abbrev) == 0)
		for (const char *p = v.text; *p; p++)
			if (*p >= 'a' && *p <= 'z')
				return NULL;
	return v.text;
}

/* A node as an index lists it; here, the page's own, not a link. */
static void entry_of(html_buf *out, const site *s, const cm_node *n, int here)
{
	if (here) {
		html_adds(out, "<strong aria-current=\"page\">");
		html_text(out, label(s, n));
		html_adds(out, "</strong>");
	} else {
		node_link(out, s, n);
	}
	const char *abbrev = short_name(s, n);
	if (abbrev) {
		html_adds(out, " <span class=\"short\">");
		html_text(out, abbrev);
		html_adds(out, "</span>");
	}
	html_adds(out, " <span class=\"type\">");
	html_text(out, type_word(s, cm_node_type_name(n)));
	html_adds(out, "</span>");
	cm_presence p = cm_node_presence(&s->view, n);
	if (p == CM_PENDING)
		pending_from(out, s, cm_node_since(n));
	else if (p == CM_GONE)
		html_addf(out, " <span class=\"gone\">(%s)</span>", w(s, W_NOT_IN_FORCE));
}

void node_entry(html_buf *out, const site *s, const cm_node *n)
{
	entry_of(out, s, n, 0);
}

void node_entry_here(html_buf *out, const site *s, const cm_node *n)
{
	entry_of(out, s, n, 1);
}

/* A link only for http(s) addresses, which the loader already insists on. */
static void url_link(html_buf *out, const char *url)
{
	if (strncmp(url, "https://", 8) != 0 && strncmp(url, "http://", 7) != 0) {
		html_text(out, url);
		return;
	}
	html_adds(out, "<a rel=\"noopener\" href=\"");
	html_text(out, url);
	html_adds(out, "\">");
	html_text(out, url);
	html_adds(out, "</a>");
}

/* The files the ask page loads from the assets directory, in order: the
 * map and the library compiled to WebAssembly, Graphviz, the page. */
static const char *const ask_scripts[] = {"map.js", "engine.js", "viz.js", "ask.js"};
#define ASK_STYLE "ask.css"

/* A link of the navigation, marked when it is the page being written. */
static void nav_link(html_buf *out, const char *prefix, const char *page, const char *current,
		     const char *words)
{
	html_addf(out, "<a href=\"%s%s\"%s>%s</a> ", prefix, page,
		  strcmp(page, current) == 0 ? " aria-current=\"page\"" : "", words);
}

void index_nav_link(html_buf *out, const site *s, const char *page, const char *current,
		    word title)
{
	nav_link(out, s->prefix, page, current, w(s, title));
}

/* A page's head, header and the start of its main element.  main is the
 * main element's id: "main", or "ask" for the ask page, which also loads
 * its stylesheet and says its language to its scripts. */
void page_begin(html_buf *out, const site *s, const char *title, const char *prefix,
		const char *path, const char *main)
{
	int ask = strcmp(main, "ask") == 0;
	html_addf(out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
		       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
		  s->japanese ? "ja" : "en");
	html_text(out, title);
	html_adds(out, " — ");
	html_adds(out, w(s, W_TITLE));
	html_addf(out, "</title>\n<link rel=\"stylesheet\" href=\"%s../assets/style.css\">\n", prefix);
	if (ask && s->interactive)
		html_addf(out, "<link rel=\"stylesheet\" href=\"%s../assets/" ASK_STYLE "\">\n", prefix);
	html_addf(out, "</head>\n<body>\n<a class=\"skip\" href=\"#%s\">%s</a>\n<header>\n"
		       "<a class=\"brand\" href=\"%sindex.html\">",
		  main, w(s, W_SKIP), prefix);
	html_adds(out, w(s, W_TITLE));
	html_adds(out, "</a>\n<nav>");
	nav_link(out, prefix, "index.html", path, w(s, W_HOME));
	index_nav(out, s, path);
	nav_link(out, prefix, "ask.html", path, w(s, W_ASK));
	nav_link(out, prefix, "about.html", path, w(s, W_ABOUT));
	html_addf(out, "<a class=\"lang\" hreflang=\"%s\" href=\"%s../%s/%s\">%s</a></nav>\n",
		  s->japanese ? "en" : "ja", prefix, s->japanese ? "en" : "ja", path,
		  w(s, W_OTHER_LANGUAGE));
	html_addf(out, "<form class=\"search\" role=\"search\" onsubmit=\"return false\">"
		       "<label for=\"q\">%s</label> <input id=\"q\" type=\"search\" "
		       "autocomplete=\"off\" placeholder=\"%s\" data-prefix=\"%s\">"
		       "<ul id=\"results\" aria-live=\"polite\"></ul></form>\n</header>\n",
		  w(s, W_SEARCH), w(s, W_SEARCH_HINT), prefix);
	if (ask)
		html_addf(out, "<main id=\"ask\" data-lang=\"%s\">\n<h1>", lang_of(s->japanese));
	else
		html_adds(out, "<main id=\"main\">\n<h1>");
	html_text(out, title);
	html_adds(out, "</h1>\n");
}

void page_end(html_buf *out, const site *s, const char *prefix)
{
	char as_of[CM_DATE_BUF];
	cm_date_format(as_of, sizeof as_of, s->view.as_of);
	html_addf(out, "</main>\n<footer>%s %s · cybermap %s</footer>\n"
		       "<script src=\"%s../assets/search-%s.js\"></script>\n"
		       "<script src=\"%s../assets/site.js\"></script>\n</body>\n</html>\n",
		  w(s, W_AS_OF), as_of, CM_VERSION, prefix, s->japanese ? "ja" : "en", prefix);
}

/* ---- files ---- */

void fail(site *s, cm_status st)
{
	if (s->status == CM_OK)
		s->status = st;
}

void out_of_memory(site *s)
{
	if (s->status == CM_OK)
		cm_diags_add(s->diags, NULL, 0, 0, "out of memory");
	fail(s, CM_ENOMEM);
}

static void make_dir(site *s, const char *relative)
{
	if (mkdirat(s->root, relative, 0777) != 0) {
		cm_diags_add(s->diags, NULL, 0, 0, "cannot make '%s/%s': %s", s->shown, relative,
			     strerror(errno));
		fail(s, CM_EIO);
	}
}

static int write_all(int fd, const char *data, size_t len)
{
	while (len) {
		ssize_t n = write(fd, data, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return 0;
		data += n;
		len -= (size_t)n;
	}
	return 1;
}

/* A file of the site, new in the folder being built (nothing else is
 * there, and the whole folder is flushed before it is swapped in). */
static void write_file(site *s, const char *relative, html_buf *content)
{
	if (content->failed) {
		out_of_memory(s);
		return;
	}
	if (s->status != CM_OK)
		return;
	int fd = openat(s->root, relative, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
			0666);
	int ok = fd >= 0 && write_all(fd, content->data ? content->data : "", content->len);
	int saved = errno;
	if (fd >= 0 && close(fd) != 0 && ok) {
		ok = 0;
		saved = errno;
	}
	if (!ok) {
		cm_diags_add(s->diags, NULL, 0, 0, "cannot write '%s/%s': %s", s->shown, relative,
			     strerror(saved));
		fail(s, CM_EIO);
	}
}

/* A page's path in its language's folder: ids are short (the loader
 * refuses one of more than 128 bytes), so node/ID.html fits. */
#define PAGE_PATH 512

void write_page(site *s, const char *relative, html_buf *content)
{
	char path[PAGE_PATH + 8];
	snprintf(path, sizeof path, "%s/%s", s->japanese ? "ja" : "en", relative);
	write_file(s, path, content);
	s->pages++;
}

/* ---- charts ---- */

/* A line of a legend drawn as the chart draws it, from the style keyword
 * (Graphviz's solid, dashed, dotted, bold) and the colour the schema gives;
 * without a colour, the renderer's dark grey. */
static void line_sample(html_buf *out, const char *style, const char *color)
{
	const char *dash = "", *width = "2";
	if (style && strcmp(style, "dashed") == 0)
		dash = " stroke-dasharray=\"6 4\"";
	else if (style && strcmp(style, "dotted") == 0)
		dash = " stroke-dasharray=\"2 3\"";
	else if (style && strcmp(style, "bold") == 0)
		width = "4";
	html_addf(out, "<svg class=\"line\" width=\"36\" height=\"10\" viewBox=\"0 0 36 10\" "
		       "aria-hidden=\"true\"><line x1=\"1\" y1=\"5\" x2=\"35\" y2=\"5\" "
		       "stroke-width=\"%s\"%s stroke=\"", width, dash);
	html_text(out, color ? color : "#404040");
	html_adds(out, "\"/></svg> ");
}

/* Whether an edge the chart draws has this value of the attribute. */
static int drawn_with(const cm_result *r, const char *key, const char *value)
{
	for (size_t i = 0; i < cm_result_edge_count(r); i++) {
		const char *v = cm_edge_attr(cm_result_edge_at(r, i), key);
		if (v && strcmp(v, value) == 0)
			return 1;
	}
	return 0;
}

static int same(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

/* One attribute's part of the legend (looks[from..to) are its values): a
 * line per style or colour the chart uses, with the values drawn so. */
static void legend_attribute(html_buf *out, const site *s, const cm_result *r,
			     const cm_line_look *looks, size_t from, size_t to)
{
	int any = 0;
	for (size_t i = from; i < to; i++) {
		if (!drawn_with(r, looks[i].key, looks[i].value))
			continue;
		int first = 1; /* the first value drawn this way starts its line */
		for (size_t j = from; j < i && first; j++)
			first = !(same(looks[j].style, looks[i].style) && same(looks[j].color, looks[i].color) &&
				  drawn_with(r, looks[j].key, looks[j].value));
		if (!first)
			continue;
		if (!any) {
			html_adds(out, "<dt>");
			html_text(out, word_of(s, "site.legend", looks[i].key, NULL,
					       word_of(s, "attr", looks[i].key, NULL, looks[i].key)));
			html_adds(out, "</dt>");
			any = 1;
		}
		html_adds(out, "<dd>");
		line_sample(out, looks[i].style, looks[i].color);
		const char *sep = "";
		for (size_t j = i; j < to; j++)
			if (same(looks[j].style, looks[i].style) && same(looks[j].color, looks[i].color) &&
			    drawn_with(r, looks[j].key, looks[j].value)) {
				html_text(out, sep);
				html_text(out, value_word(s, looks[j].key, looks[j].value));
				sep = schema_word(s, "list.separator", ", ");
			}
		html_adds(out, "</dd>");
	}
}

/* Whether the edge has a value the schema draws in a style or colour. */
static int styled(const cm_edge *e, const cm_line_look *looks, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const char *v = cm_edge_attr(e, looks[i].key);
		if (v && strcmp(v, looks[i].value) == 0)
			return 1;
	}
	return 0;
}

/* The lines drawn plain (a relation with none of those values: leads,
 * supports, member of): their relations in words. */
static void legend_others(html_buf *out, const site *s, const cm_result *r,
			  const cm_line_look *looks, size_t n)
{
	const char *sep = "";
	for (size_t i = 0; i < cm_result_edge_count(r); i++) {
		const cm_edge *e = cm_result_edge_at(r, i);
		const char *type = cm_edge_type_name(e);
		int first = !styled(e, looks, n);
		for (size_t j = 0; j < i && first; j++)
			first = styled(cm_result_edge_at(r, j), looks, n) ||
				strcmp(cm_edge_type_name(cm_result_edge_at(r, j)), type) != 0;
		if (!first)
			continue;
		if (!*sep) {
			html_addf(out, "<dt>%s</dt><dd>", w(s, W_LEGEND_OTHER));
			line_sample(out, NULL, NULL);
		}
		html_text(out, sep);
		html_text(out, word_of(s, "edge", type, NULL, type));
		sep = schema_word(s, "list.separator", ", ");
	}
	if (*sep)
		html_adds(out, "</dd>");
}

/* What the chart's lines and boxes mean, from the schema: the line styles
 * and colours of the values its edges have (on paper or in practice, the
 * duty), and the marks of what is not in force. */
static void legend(html_buf *out, site *s, const cm_result *r)
{
	size_t n = cm_map_line_look_count(s->map);
	cm_line_look *looks = n ? calloc(n, sizeof(*looks)) : NULL;
	if (n && !looks) {
		out->failed = 1;
		return;
	}
	for (size_t i = 0; i < n; i++)
		looks[i] = cm_map_line_look_at(s->map, i);
	if (!cm_result_edge_count(r) && !cm_result_node_count(r)) {
		free(looks);
		return;
	}
	html_addf(out, "<div class=\"legend\"><p>%s</p><dl>", w(s, W_LEGEND));
	for (size_t i = 0, j; i < n; i = j) {
		for (j = i + 1; j < n && strcmp(looks[j].key, looks[i].key) == 0;)
			j++;
		legend_attribute(out, s, r, looks, i, j);
	}
	legend_others(out, s, r, looks, n);
	free(looks);
	html_adds(out, "</dl><ul>");
	int pending = 0, gone = 0, pending_edge = 0;
	for (size_t i = 0; i < cm_result_node_count(r); i++) {
		cm_presence p = cm_node_presence(&s->view, cm_result_node_at(r, i));
		pending |= p == CM_PENDING;
		gone |= p == CM_GONE;
	}
	for (size_t i = 0; i < cm_result_edge_count(r); i++)
		pending_edge |= cm_edge_presence(&s->view, cm_result_edge_at(r, i), NULL) == CM_PENDING;
	if (pending_edge) { /* the renderer draws what is not in force grey */
		html_adds(out, "<li>");
		line_sample(out, NULL, "#a0a0a0");
		html_addf(out, "%s</li>", w(s, W_LEGEND_PENDING));
	}
	const char *boxes[][2] = {{"chart.dashed_box", "dashed box: not yet in force"},
				  {"chart.dotted_box", "dotted box: no longer in force"}};
	for (size_t k = 0; k < 2; k++)
		if (k == 0 ? pending : gone) {
			html_addf(out, "<li><span class=\"box %s\" aria-hidden=\"true\"></span> ",
				  k == 0 ? "dashed" : "dotted");
			html_text(out, schema_word(s, boxes[k][0], boxes[k][1]));
			html_adds(out, "</li>");
		}
	html_adds(out, "</ul></div>\n");
}

/* A result drawn as SVG: inlined without its XML prologue so that its
 * links (to the node pages beside this one) work, with its legend and a
 * link to the same chart on its own (node/ID.svg), which a phone can open
 * at full size. */
static void chart(html_buf *out, site *s, const cm_result *r, const cm_node *n)
{
	cm_print_options options = {.link_prefix = "", .link_suffix = ".html"};
	char *svg = NULL;
	size_t len = 0;
	if (cm_print(&svg, &len, s->map, &s->view, r, CM_FORMAT_SVG, &options, s->diags) != CM_OK) {
		fail(s, CM_EINVAL);
		return;
	}
	char path[PAGE_PATH + 8];
	snprintf(path, sizeof path, "%s/node/%s.svg", lang_of(s->japanese), cm_node_id(n));
	html_buf file = {svg, len, len + 1, 0}; /* written as the library gave it */
	write_file(s, path, &file);
	const char *start = strstr(svg, "<svg");
	html_addf(out, "<figure class=\"chart\" role=\"group\"><figcaption>%s "
		       "<a class=\"full\" href=\"%s.svg\">%s</a></figcaption>\n",
		  w(s, W_CHART_TEXT), cm_node_id(n), w(s, W_FULL_CHART));
	legend(out, s, r);
	html_adds(out, start ? start : "");
	html_adds(out, "</figure>\n");
	free(svg);
}

/* ---- tables from results ---- */

/* A row's cell in the column with this role (the header documents each
 * query's roles), "" when the query has none. */
static const char *role_cell(const cm_result *r, size_t row, cm_role role)
{
	size_t c = cm_result_role_column(r, role);
	return c < cm_result_columns(r) ? cm_result_cell(r, row, c) : "";
}

/* A row's cell in the column called name: for the columns without a role
 * of their own (detail) and for the schema's attributes a query shows
 * (basis, law), which are named after them. */
static const char *cell(const cm_result *r, size_t row, const char *name)
{
	size_t n = cm_result_columns(r);
	for (size_t c = 0; c < n; c++)
		if (strcmp(cm_result_column(r, c), name) == 0)
			return cm_result_cell(r, row, c);
	return "";
}

static void pending_note(html_buf *out, const site *s, const cm_result *r, size_t row)
{
	int since;
	if (cm_result_row_pending(r, row, &since))
		pending_from(out, s, since);
}

/* The start of a table's cell, labelled with its column's heading (words
 * as HTML) for a phone, where each row is a block of labelled cells. */
static void td(html_buf *out, const char *heading)
{
	html_addf(out, "<td data-label=\"%s\">", heading);
}

/* The same, under a heading that is text (a country's name). */
static void td_text(html_buf *out, const char *heading)
{
	html_adds(out, "<td data-label=\"");
	html_text(out, heading);
	html_adds(out, "\">");
}

/* A table's start and its head, one column per word. */
static void table_head(html_buf *out, const site *s, const char *class, const word *heads,
		       size_t n)
{
	html_addf(out, "<table class=\"%s\"><thead><tr>", class);
	for (size_t i = 0; i < n; i++)
		html_addf(out, "<th scope=\"col\">%s</th>", w(s, heads[i]));
	html_adds(out, "</tr></thead><tbody>");
}

/* The cell in the column with this role in words: the attribute the
 * column is named after, value by value (a duty, a stage), as the text
 * output words it. */
static void role_words(html_buf *out, const site *s, const cm_result *r, size_t row, cm_role role)
{
	size_t c = cm_result_role_column(r, role);
	if (c < cm_result_columns(r) && *cm_result_cell(r, row, c))
		html_text(out, value_word(s, cm_result_column(r, c), cm_result_cell(r, row, c)));
}

/* A compact deadline (72h, 3-5d+promptly) in words. */
static void deadline_words(html_buf *out, const site *s, const char *compact)
{
	char *text = NULL;
	if (cm_deadline_describe(&text, s->map, &s->view, compact) != CM_OK)
		out->failed = 1;
	else
		html_text(out, text);
	free(text);
}

static void id_link(html_buf *out, const site *s, const char *id)
{
	const cm_node *n = *id ? cm_map_node(s->map, id) : NULL;
	if (n)
		node_link(out, s, n);
	else
		html_text(out, id);
}

/* ---- function pages ---- */

static void role_list(html_buf *out, site *s, const cm_result *r, const char *section,
		      const char *side)
{
	int any = 0;
	for (size_t i = 0; i < cm_result_rows(r); i++) {
		if (strcmp(role_cell(r, i, CM_ROLE_KIND), section) != 0 ||
		    strcmp(role_cell(r, i, CM_ROLE_SIDE), side ? side : "") != 0)
			continue;
		html_adds(out, any ? ", " : "");
		id_link(out, s, role_cell(r, i, CM_ROLE_ID));
		pending_note(out, s, r, i);
		any = 1;
	}
	if (!any)
		html_addf(out, "<span class=\"none\">%s</span>", w(s, W_NONE));
}

/* How many channels a function's answer gives. */
static size_t channel_count(const cm_result *r)
{
	size_t n = 0;
	for (size_t i = 0; i < cm_result_rows(r); i++)
		n += strcmp(role_cell(r, i, CM_ROLE_KIND), "channel") == 0;
	return n;
}

static void function_section(html_buf *out, site *s, const cm_node *fn)
{
	cm_result *r;
	if (cm_query_function(&r, s->map, &s->view, cm_node_id(fn), s->diags) > CM_NOTFOUND) {
		fail(s, CM_EINVAL);
		return;
	}
	chart(out, s, r, fn);
	html_adds(out, "<table class=\"roles\"><thead><tr><td></td>");
	for (size_t i = 0; i < s->nsides; i++) {
		html_adds(out, "<th scope=\"col\">");
		html_text(out, label(s, cm_map_node(s->map, s->sides[i])));
		html_adds(out, "</th>");
	}
	html_adds(out, "</tr></thead><tbody>");
	const char *sections[] = {"leads", "supports"};
	word names[] = {W_LEADS, W_SUPPORTS};
	for (size_t k = 0; k < 2; k++) {
		html_addf(out, "<tr><th scope=\"row\">%s</th>", w(s, names[k]));
		for (size_t i = 0; i < s->nsides; i++) {
			td_text(out, label(s, cm_map_node(s->map, s->sides[i])));
			role_list(out, s, r, sections[k], s->sides[i]);
			html_adds(out, "</td>");
		}
		html_adds(out, "</tr>");
	}
	html_addf(out, "</tbody></table>\n<h2 id=\"channels\">%s</h2>\n<ul>", w(s, W_CHANNELS));
	for (size_t i = 0; i < cm_result_rows(r); i++)
		if (strcmp(role_cell(r, i, CM_ROLE_KIND), "channel") == 0) {
			html_adds(out, "<li>");
			id_link(out, s, role_cell(r, i, CM_ROLE_ID));
			html_adds(out, " — ");
			html_text(out, cell(r, i, "detail"));
			html_adds(out, "</li>");
		}
	html_addf(out, "</ul>\n<h2>%s</h2>\n", w(s, W_PROCESS));
	const word heads[] = {W_STEP, W_STEP_WHAT, W_DETAILS};
	table_head(out, s, "steps", heads, 3);
	for (size_t i = 0; i < cm_result_rows(r); i++)
		if (strncmp(role_cell(r, i, CM_ROLE_KIND), "step ", 5) == 0) {
			html_adds(out, "<tr>");
			td(out, w(s, W_STEP));
			html_text(out, role_cell(r, i, CM_ROLE_SIDE));
			html_adds(out, " ");
			html_text(out, role_cell(r, i, CM_ROLE_KIND) + 5);
			html_adds(out, "</td>");
			td(out, w(s, W_STEP_WHAT));
			id_link(out, s, role_cell(r, i, CM_ROLE_ID));
			html_adds(out, "</td>");
			td(out, w(s, W_DETAILS));
			html_text(out, cell(r, i, "detail"));
			html_adds(out, "</td></tr>");
		}
	html_adds(out, "</tbody></table>\n");
	cm_result_free(r);
}

/* ---- sector pages ---- */

/* How many sectors the notify answer's duties come from (the sector and
 * those it overlaps). */
static int several_sections(const cm_result *r)
{
	for (size_t i = 1; i < cm_result_rows(r); i++)
		if (strcmp(role_cell(r, i, CM_ROLE_SECTION), role_cell(r, 0, CM_ROLE_SECTION)) != 0)
			return 1;
	return 0;
}

/* A row's basis (in words) and law (a link) cells: the notification and
 * the jurisdiction tables end with the two. */
static void basis_and_law(html_buf *out, site *s, const cm_result *r, size_t i)
{
	td(out, w(s, W_BASIS));
	if (*cell(r, i, "basis"))
		html_text(out, value_word(s, "basis", cell(r, i, "basis")));
	html_adds(out, "</td>");
	td(out, w(s, W_LAW));
	id_link(out, s, cell(r, i, "law"));
	html_adds(out, "</td>");
}

/* A row of the notification table: a report, or a report passed on (depth
 * above 1), indented under the one it passes on, with who passes it. */
static void notify_row(html_buf *out, site *s, const cm_result *r, size_t i)
{
	const char *depth = role_cell(r, i, CM_ROLE_DEPTH);
	int level = atoi(depth);
	html_addf(out, "<tr class=\"%s\" style=\"--depth: %d\">", level > 1 ? "relay" : "report",
		  level > 1 && level < 100 ? level - 1 : 0);
	td(out, w(s, W_STEP));
	html_text(out, depth);
	html_addf(out, "</td><td data-label=\"%s\" class=\"who\">", w(s, W_WHO));
	if (level > 1)
		html_adds(out, "<span class=\"relayed\" aria-hidden=\"true\">↳ </span>");
	id_link(out, s, role_cell(r, i, CM_ROLE_TO));
	pending_note(out, s, r, i);
	html_adds(out, "</td>");
	td(out, w(s, W_FROM));
	id_link(out, s, role_cell(r, i, CM_ROLE_FROM));
	html_adds(out, "</td>");
	td(out, w(s, W_STAGE));
	role_words(out, s, r, i, CM_ROLE_QUALIFIER);
	html_adds(out, "</td>");
	td(out, w(s, W_DUTY));
	if (*role_cell(r, i, CM_ROLE_OBLIGATION))
		role_words(out, s, r, i, CM_ROLE_OBLIGATION);
	else
		html_text(out, schema_word(s, "notify.no_duty", "duty not stated"));
	html_adds(out, "</td>");
	td(out, w(s, W_TRIGGER));
	html_text(out, role_cell(r, i, CM_ROLE_DETAIL));
	html_adds(out, "</td>");
	td(out, w(s, W_WITHIN));
	deadline_words(out, s, role_cell(r, i, CM_ROLE_DEADLINE));
	html_adds(out, "</td>");
	td(out, w(s, W_BY));
	deadline_words(out, s, role_cell(r, i, CM_ROLE_TOTAL));
	html_adds(out, "</td>");
	basis_and_law(out, s, r, i);
	html_adds(out, "</tr>");
}

static void notify_section(html_buf *out, site *s, const cm_node *sector)
{
	cm_result *r;
	cm_status st = cm_query_notify(&r, s->map, &s->view, cm_node_id(sector), NULL, s->diags);
	html_addf(out, "<h2>%s</h2>\n", w(s, W_WHO_IS_TOLD));
	if (st == CM_NOTFOUND) {
		html_addf(out, "<p class=\"none\">%s</p>\n", w(s, W_NONE));
		cm_result_free(r);
		return;
	}
	if (st != CM_OK) {
		fail(s, st);
		return;
	}
	chart(out, s, r, sector);
	const word heads[] = {W_STEP, W_WHO, W_FROM, W_STAGE, W_DUTY, W_TRIGGER,
			      W_WITHIN, W_BY, W_BASIS, W_LAW};
	size_t ncolumns = sizeof(heads) / sizeof(heads[0]);
	table_head(out, s, "notify", heads, ncolumns);
	int sections = several_sections(r);
	for (size_t i = 0; i < cm_result_rows(r); i++) {
		const char *section = role_cell(r, i, CM_ROLE_SECTION);
		const cm_node *from = cm_map_node(s->map, section);
		if (sections && from &&
		    (i == 0 || strcmp(section, role_cell(r, i - 1, CM_ROLE_SECTION)) != 0)) {
			const char *name = label(s, from);
			html_addf(out, "<tr class=\"section\"><th colspan=\"%zu\" scope=\"colgroup\">",
				  ncolumns);
			html_fill(out, s->text[W_DUTIES_OF], &name, 1);
			html_adds(out, "</th></tr>");
		}
		notify_row(out, s, r, i);
	}
	html_adds(out, "</tbody></table>\n");
	cm_result_free(r);
}

static void jurisdiction_section(html_buf *out, site *s, const cm_node *n)
{
	cm_result *r;
	cm_status st = cm_query_jurisdiction(&r, s->map, &s->view, cm_node_id(n), s->diags);
	if (st > CM_NOTFOUND) {
		fail(s, st);
		return;
	}
	if (st == CM_OK) {
		html_addf(out, "<h2>%s</h2>\n", w(s, W_JURISDICTION));
		const word heads[] = {W_AUTHORITY, W_RELATION, W_BASIS, W_LAW};
		table_head(out, s, "jurisdiction", heads, 4);
		for (size_t i = 0; i < cm_result_rows(r); i++) {
			html_adds(out, "<tr>");
			td(out, w(s, W_AUTHORITY));
			id_link(out, s, role_cell(r, i, CM_ROLE_ID));
			pending_note(out, s, r, i);
			html_adds(out, "</td>");
			td(out, w(s, W_RELATION));
			html_text(out, word_of(s, "edge", role_cell(r, i, CM_ROLE_RELATION), NULL,
					       role_cell(r, i, CM_ROLE_RELATION)));
			html_adds(out, "</td>");
			basis_and_law(out, s, r, i);
			html_adds(out, "</tr>");
		}
		html_adds(out, "</tbody></table>\n");
	}
	cm_result_free(r);
}

/* ---- every node's details ---- */

/* An attribute's value as text: lists joined with ", ". */
static void value_text(html_buf *out, cm_value v)
{
	if (v.text) {
		html_text(out, v.text);
		return;
	}
	for (size_t i = 0; i < v.nitems; i++) {
		if (i)
			html_adds(out, ", ");
		html_text(out, v.items[i]);
	}
}

/* A detail's key in words ("attr.KEY"). */
static void detail_key(html_buf *out, const site *s, const char *key)
{
	html_adds(out, "<dt>");
	html_text(out, word_of(s, "attr", key, NULL, key));
	html_adds(out, "</dt><dd>");
}

/* The node's attributes, each under its key in words, enum values in
 * words too. */
static void attributes_section(html_buf *out, site *s, const cm_node *n)
{
	html_addf(out, "<h2>%s</h2>\n<dl class=\"details\">", w(s, W_DETAILS));
	detail_key(out, s, "type");
	html_text(out, type_word(s, cm_node_type_name(n)));
	html_adds(out, "</dd>");
	detail_key(out, s, "name");
	html_text(out, cm_node_name(n));
	html_adds(out, "</dd>");
	char date[CM_DATE_BUF];
	if (cm_node_since(n) != CM_DAY_NONE) {
		cm_date_format(date, sizeof date, cm_node_since(n));
		detail_key(out, s, "since");
		html_addf(out, "%s</dd>", date);
	}
	if (cm_node_until(n) != CM_DAY_NONE) {
		cm_date_format(date, sizeof date, cm_node_until(n));
		detail_key(out, s, "until");
		html_addf(out, "%s</dd>", date);
	}
	/* in the order the schema declares them; sources have their own list */
	for (size_t d = 0; d < cm_map_node_attr_count(s->map); d++) {
		cm_attr_info def = cm_map_node_attr_at(s->map, d);
		cm_value v = cm_node_attr_value(n, def.key);
		if (!v.key || def.kind == CM_KIND_URLS)
			continue;
		detail_key(out, s, def.key);
		const cm_node *ref = def.kind == CM_KIND_REF && v.text ? cm_map_node(s->map, v.text) : NULL;
		if (def.kind == CM_KIND_URL && v.text)
			url_link(out, v.text);
		else if (ref)
			node_link(out, s, ref);
		else if (def.kind == CM_KIND_ENUM && v.text)
			html_text(out, value_word(s, def.key, v.text));
		else
			value_text(out, v);
		html_adds(out, "</dd>");
	}
	html_adds(out, "</dl>\n");
}

static void edge_row(html_buf *out, site *s, const cm_edge *e, int outgoing)
{
	const cm_node *other = outgoing ? cm_edge_to(e) : cm_edge_from(e);
	cm_presence p = cm_edge_presence(&s->view, e, NULL);
	html_adds(out, "<tr>");
	td(out, w(s, W_RELATION));
	html_addf(out, "%s ", cm_edge_symmetric(e) ? "&lt;-&gt;" : outgoing ? "-&gt;" : "&lt;-");
	html_text(out, word_of(s, "edge", cm_edge_type_name(e), NULL, cm_edge_type_name(e)));
	html_adds(out, "</td>");
	td(out, w(s, W_WITH));
	node_link(out, s, other);
	if (p == CM_PENDING)
		html_addf(out, " <span class=\"pending\">(%s)</span>", w(s, W_PENDING));
	else if (p == CM_GONE)
		html_addf(out, " <span class=\"gone\">(%s)</span>", w(s, W_NOT_IN_FORCE));
	html_adds(out, "</td>");
	td(out, w(s, W_DETAILS));
	char *detail = NULL;
	if (cm_edge_describe(&detail, s->map, &s->view, e) != CM_OK)
		out->failed = 1;
	else
		html_text(out, detail);
	free(detail);
	html_adds(out, "</td></tr>");
}

static void relations_section(html_buf *out, site *s, const cm_node *n)
{
	html_addf(out, "<h2>%s</h2>\n", w(s, W_RELATIONS));
	const word heads[] = {W_RELATION, W_WITH, W_DETAILS};
	table_head(out, s, "relations", heads, 3);
	size_t nout = cm_node_edges(n, CM_EDGES_OUT, NULL, NULL, 0);
	size_t count = cm_node_edges(n, CM_EDGES_BOTH, NULL, NULL, 0);
	const cm_edge **edges = count ? malloc(count * sizeof(*edges)) : NULL;
	if (count && !edges) {
		out->failed = 1;
		return;
	}
	cm_node_edges(n, CM_EDGES_BOTH, NULL, edges, count);
	for (size_t i = 0; i < count; i++)
		edge_row(out, s, edges[i], i < nout);
	free(edges);
	html_adds(out, "</tbody></table>\n");
}

static void counterpart_section(html_buf *out, site *s, const cm_node *n)
{
	cm_result *r = NULL;
	if (!cm_node_side(n) ||
	    cm_query_counterpart(&r, s->map, &s->view, cm_node_id(n), NULL, s->diags) != CM_OK) {
		cm_result_free(r); /* nothing found still comes with a result */
		return;
	}
	html_addf(out, "<h2>%s</h2>\n<ul>", w(s, W_COUNTERPARTS));
	for (size_t i = 0; i < cm_result_rows(r); i++) {
		html_adds(out, "<li>");
		id_link(out, s, role_cell(r, i, CM_ROLE_ID));
		html_adds(out, " — ");
		size_t kind = cm_result_role_column(r, CM_ROLE_KIND);
		const char *words = kind < cm_result_columns(r) /* declared or inferred */
			? word_of(s, "cell", cm_result_column(r, kind), cm_result_cell(r, i, kind),
				  cm_result_cell(r, i, kind))
			: "";
		html_fill(out, schema_word(s, "text.field", "%s: "), &words, 1);
		html_text(out, cell(r, i, "detail"));
		html_adds(out, "</li>");
	}
	html_adds(out, "</ul>\n");
	cm_result_free(r);
}

/* The kind the schema declares for a node's attribute. */
static cm_attr_kind kind_of(const site *s, cm_value v)
{
	return cm_map_node_attr_info(s->map, v.key).kind;
}

static void sources_section(html_buf *out, site *s, const cm_node *n)
{
	cm_value checked = {0}, sources = {0};
	for (size_t i = 0; i < cm_node_attr_count(n); i++) {
		cm_value v = cm_node_attr_at(n, i);
		if (kind_of(s, v) == CM_KIND_URLS && !sources.key)
			sources = v;
		if (kind_of(s, v) == CM_KIND_DATE && !checked.key)
			checked = v;
	}
	if (!sources.key)
		return;
	html_addf(out, "<h2>%s</h2>\n<ul class=\"sources\">", w(s, W_SOURCES));
	for (size_t i = 0; i < sources.nitems; i++) {
		html_adds(out, "<li>");
		url_link(out, sources.items[i]);
		html_adds(out, "</li>");
	}
	html_adds(out, "</ul>\n");
	if (checked.key) {
		html_addf(out, "<p class=\"checked\">%s: ", w(s, W_CHECKED));
		html_text(out, checked.text);
		html_adds(out, "</p>\n");
	}
}

/* The first text people search (a description), shown under the title. */
static void lead_paragraph(html_buf *out, const site *s, const cm_node *n)
{
	for (size_t i = 0; i < cm_node_attr_count(n); i++) {
		cm_value v = cm_node_attr_at(n, i);
		cm_attr_info def = cm_map_node_attr_info(s->map, v.key);
		if ((def.flags & CM_ATTR_SEARCH) && def.kind == CM_KIND_TEXT && v.text) {
			cm_value shown = cm_node_attr_in_lang(&s->view, n, v.key);
			html_adds(out, "<p class=\"lead\">");
			html_text(out, shown.text ? shown.text : v.text);
			html_adds(out, "</p>\n");
			return;
		}
	}
}

static void node_page(site *s, const cm_node *n)
{
	html_buf out;
	html_init(&out);
	char path[PAGE_PATH];
	snprintf(path, sizeof path, "node/%s.html", cm_node_id(n));
	s->prefix = "../";
	page_begin(&out, s, label(s, n), "../", path, "main");
	if (cm_node_presence(&s->view, n) == CM_GONE)
		html_addf(&out, "<p class=\"gone\">%s</p>\n", w(s, W_NOT_IN_FORCE));
	lead_paragraph(&out, s, n);
	if (cm_query_takes(s->map, "function", n))
		function_section(&out, s, n);
	if (cm_query_takes(s->map, "notify", n)) {
		notify_section(&out, s, n);
		jurisdiction_section(&out, s, n);
	}
	org_place(&out, s, n);
	attributes_section(&out, s, n);
	counterpart_section(&out, s, n);
	relations_section(&out, s, n);
	sources_section(&out, s, n);
	page_end(&out, s, "../");
	write_page(s, path, &out);
	html_release(&out);
}

/* ---- home and about ---- */

/* The functions down the side; across, who leads each on each side and,
 * between the first two, how many channels serve it, linked to the list
 * on its page (the channels index lists each channel once, with what it
 * serves: the same dozen in every row said nothing). */
static void home_page(site *s)
{
	html_buf out;
	html_init(&out);
	s->prefix = "";
	page_begin(&out, s, s->text[W_TITLE], "", "index.html", "main");
	html_adds(&out, "<table class=\"home\"><thead><tr>");
	html_addf(&out, "<th scope=\"col\">%s</th>", w(s, W_FUNCTION));
	for (size_t i = 0; i < s->nsides; i++) {
		if (i == 1)
			html_addf(&out, "<th scope=\"col\"><a href=\"channels.html\">%s</a></th>",
				  w(s, W_CHANNELS));
		html_adds(&out, "<th scope=\"col\">");
		html_text(&out, label(s, cm_map_node(s->map, s->sides[i])));
		html_adds(&out, "</th>");
	}
	html_adds(&out, "</tr></thead><tbody>\n");
	for (size_t k = 0; k < s->nfunctions; k++) {
		const cm_node *fn = s->functions[k];
		cm_result *r = s->answers[k];
		html_adds(&out, "<tr><th scope=\"row\">");
		node_link(&out, s, fn);
		html_adds(&out, "</th>");
		for (size_t i = 0; i < s->nsides; i++) {
			if (i == 1) {
				size_t n = channel_count(r);
				char count[32];
				snprintf(count, sizeof count, "%zu", n);
				const char *args[] = {count};
				html_addf(&out, "<td data-label=\"%s\" class=\"channels\">", w(s, W_CHANNELS));
				if (n) {
					html_addf(&out, "<a href=\"node/%s.html#channels\">", cm_node_id(fn));
					html_fill(&out, s->text[n == 1 ? W_CHANNEL_COUNT_ONE : W_CHANNEL_COUNT],
						  args, 1);
					html_adds(&out, "</a>");
				} else {
					html_addf(&out, "<span class=\"none\">%s</span>", w(s, W_NONE));
				}
				html_adds(&out, "</td>");
			}
			td_text(&out, label(s, cm_map_node(s->map, s->sides[i])));
			role_list(&out, s, r, "leads", s->sides[i]);
			html_adds(&out, "</td>");
		}
		html_adds(&out, "</tr>\n");
	}
	html_adds(&out, "</tbody></table>\n");
	page_end(&out, s, "");
	write_page(s, "index.html", &out);
	html_release(&out);
}

static void about_page(site *s)
{
	html_buf out;
	html_init(&out);
	char as_of[CM_DATE_BUF];
	cm_date_format(as_of, sizeof as_of, s->view.as_of);
	s->prefix = "";
	page_begin(&out, s, s->text[W_ABOUT], "", "about.html", "main");
	html_markup(&out, s->text[W_ABOUT_PAGE]);
	char nodes[32], edges[32];
	snprintf(nodes, sizeof nodes, "%zu", cm_map_node_count(s->map));
	snprintf(edges, sizeof edges, "%zu", cm_map_edge_count(s->map));
	const char *counts[] = {nodes, edges};
	html_addf(&out, "<p class=\"as-of\">%s %s · ", w(s, W_AS_OF), as_of);
	html_fill(&out, s->text[W_COUNTS], counts, 2);
	html_adds(&out, "</p>\n");
	page_end(&out, s, "");
	write_page(s, "about.html", &out);
	html_release(&out);
}

/* ---- the ask page: the command line, answered in the browser ---- */

/* A paragraph of the ask page: a sentence, then the way to the static
 * pages. */
static void ask_note(html_buf *out, const site *s, const char *attrs, word sentence)
{
	html_addf(out, "<p%s>%s <a href=\"index.html\">%s</a></p>", attrs, w(s, sentence),
		  w(s, W_ASK_STATIC));
}

/* Every site.* word of the language, for the page's scripts, as JSON (its
 * escapes keep "</script>" out). */
static void words_json(html_buf *out, const site *s)
{
	html_adds(out, "<script type=\"application/json\" id=\"cybermap-words\">{");
	int first = 1;
	for (size_t i = 0; i < cm_map_label_count(s->map); i++) {
		const char *key = cm_map_label_key(s->map, i);
		if (strncmp(key, WORD_PREFIX, strlen(WORD_PREFIX)) != 0)
			continue;
		html_adds(out, first ? "" : ",");
		html_json(out, key);
		html_addc(out, ':');
		html_json(out, cm_map_label(s->map, lang_of(s->japanese), key));
		first = 0;
	}
	html_adds(out, "}</script>\n");
}

/* LANG/ask.html, where the fragment is a command line that the library,
 * compiled to WebAssembly, answers in the browser (the scripts come from
 * the assets directory; without them the page says so, and the static
 * pages are complete on their own). */
static void ask_page(site *s)
{
	html_buf out;
	html_init(&out);
	s->prefix = "";
	page_begin(&out, s, s->text[W_ASK_TITLE], "", "ask.html", "ask");
	html_adds(&out, "<noscript>");
	ask_note(&out, s, "", W_ASK_NEEDS_JS);
	html_adds(&out, "</noscript>\n");
	if (!s->interactive) {
		ask_note(&out, s, " class=\"missing\"", W_ASK_MISSING);
		html_addc(&out, '\n');
	}
	words_json(&out, s);
	for (size_t i = 0; s->interactive && i < sizeof(ask_scripts) / sizeof(ask_scripts[0]); i++)
		html_addf(&out, "<script src=\"../assets/%s\"></script>\n", ask_scripts[i]);
	page_end(&out, s, "");
	write_page(s, "ask.html", &out);
	html_release(&out);
}

/* ---- files copied in: the assets directory ---- */

/* The files of assets/ the writer makes itself. */
static const char *const own_assets[] = {"style.css", "site.js", "search-en.js", "search-ja.js",
					 "map.js"};

static int is_one_of(const char *name, const char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(name, names[i]) == 0)
			return 1;
	return 0;
}

/* Copies the open file from into assets/name of the build. */
static void copy_file(site *s, int from, const char *name)
{
	char path[PAGE_PATH + 8];
	if (snprintf(path, sizeof path, "assets/%s", name) >= (int)sizeof path) {
		cm_diags_add(s->diags, NULL, 0, 0, "cannot copy '%s/%s': %s", s->assets, name,
			     strerror(ENAMETOOLONG));
		fail(s, CM_EIO);
		return;
	}
	int to = openat(s->root, path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
	int ok = to >= 0, saved = errno;
	char buf[65536];
	for (ssize_t n; ok && (n = read(from, buf, sizeof buf)) != 0;) {
		if (n < 0 && errno == EINTR)
			continue;
		ok = n > 0 && write_all(to, buf, (size_t)n);
		saved = errno;
	}
	if (to >= 0 && close(to) != 0 && ok) {
		ok = 0;
		saved = errno;
	}
	if (!ok) {
		cm_diags_add(s->diags, NULL, 0, 0, "cannot copy '%s/%s' into '%s/%s': %s", s->assets,
			     name, s->shown, path, strerror(saved));
		fail(s, CM_EIO);
	}
}

/* Every regular file of the assets directory (hidden ones aside) goes into
 * the site's assets/.  No directory at all is no error: the static pages
 * need nothing from it, and the ask page says the interactive view is not
 * included.  That view is there when every file it loads was copied. */
static void copy_assets(site *s)
{
	DIR *dir = s->assets ? opendir(s->assets) : NULL;
	if (!dir) {
		if (s->assets && errno != ENOENT && errno != ENOTDIR) {
			cm_diags_add(s->diags, NULL, 0, 0, "cannot read the site's assets '%s': %s",
				     s->assets, strerror(errno));
			fail(s, CM_EIO);
		}
		return;
	}
	/* every script but map.js (written from the snapshot), and the style */
	size_t found = 0, wanted = sizeof(ask_scripts) / sizeof(ask_scripts[0]);
	for (struct dirent *e; s->status == CM_OK && (e = readdir(dir));) {
		if (e->d_name[0] == '.')
			continue;
		int fd = openat(dirfd(dir), e->d_name, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
		struct stat st;
		if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
			if (fd < 0 && errno != ENOENT) { /* a link to nothing is no file */
				cm_diags_add(s->diags, NULL, 0, 0, "cannot read '%s/%s': %s", s->assets,
					     e->d_name, strerror(errno));
				fail(s, CM_EIO);
			}
			if (fd >= 0)
				close(fd);
			continue;
		}
		if (is_one_of(e->d_name, own_assets, sizeof(own_assets) / sizeof(own_assets[0]))) {
			cm_diags_add(s->diags, NULL, 0, 0,
				     "the site's assets '%s' hold '%s', a file the site writes itself; rename or remove it",
				     s->assets, e->d_name);
			fail(s, CM_EINVAL);
		} else {
			copy_file(s, fd, e->d_name);
			found += is_one_of(e->d_name, ask_scripts,
					   sizeof(ask_scripts) / sizeof(ask_scripts[0])) ||
				 strcmp(e->d_name, ASK_STYLE) == 0;
		}
		close(fd);
	}
	closedir(dir);
	s->interactive = found == wanted && s->snapshot;
}

/* ---- the map for the ask page, a script so that file:// pages can load it ---- */

static void add_base64(html_buf *out, const unsigned char *data, size_t len)
{
	static const char digits[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	for (size_t i = 0; i < len; i += 3) {
		unsigned long v = (unsigned long)data[i] << 16;
		if (i + 1 < len)
			v |= (unsigned long)data[i + 1] << 8;
		if (i + 2 < len)
			v |= data[i + 2];
		char quad[4] = {digits[v >> 18 & 63], digits[v >> 12 & 63],
				i + 1 < len ? digits[v >> 6 & 63] : '=', i + 2 < len ? digits[v & 63] : '='};
		html_add(out, quad, 4);
	}
}

/* The snapshot as base64 in a string: the engine loads it as the map. */
static void map_script(site *s)
{
	if (!s->snapshot)
		return;
	html_buf out;
	html_init(&out);
	html_adds(&out, "window.CYBERMAP_MAP = \"");
	add_base64(&out, (const unsigned char *)s->snapshot, s->snapshot_len);
	html_adds(&out, "\";\n");
	write_file(s, "assets/map.js", &out);
	html_release(&out);
}

/* ---- the search index, a script so that file:// pages can load it ---- */

/* What the search shows is text for people: html_json applies the rule for
 * them (a direction control would reorder the results) before the escapes. */
static void search_index(site *s)
{
	html_buf out;
	html_init(&out);
	html_adds(&out, "window.CYBERMAP_INDEX = [\n");
	for (size_t i = 0; i < cm_map_node_count(s->map); i++) {
		const cm_node *n = cm_map_node_at(s->map, i);
		html_adds(&out, i ? ",\n[" : "[");
		html_json(&out, cm_node_id(n));
		html_addc(&out, ',');
		html_json(&out, label(s, n));
		html_addc(&out, ',');
		html_json(&out, cm_node_type_name(n));
		html_adds(&out, ",[");
		int first = 1;
		for (size_t a = 0; a < cm_node_attr_count(n); a++) {
			cm_value v = cm_node_attr_at(n, a);
			if (!(cm_map_node_attr_info(s->map, v.key).flags & CM_ATTR_SEARCH))
				continue;
			for (size_t k = 0; k < (v.text ? 1 : v.nitems); k++) {
				html_adds(&out, first ? "" : ",");
				html_json(&out, v.text ? v.text : v.items[k]);
				first = 0;
			}
		}
		html_adds(&out, "]]");
	}
	html_adds(&out, "];\n");
	write_file(s, s->japanese ? "assets/search-ja.js" : "assets/search-en.js", &out);
	html_release(&out);
}

/* ---- the whole site ---- */

/* The sides, in the order the map gives their nodes. */
static int find_sides(site *s)
{
	size_t max = cm_map_side_count(s->map);
	s->sides = max ? calloc(max, sizeof(*s->sides)) : NULL;
	if (max && !s->sides)
		return 0;
	for (size_t i = 0; i < cm_map_node_count(s->map) && s->nsides < max; i++) {
		const char *id = cm_node_id(cm_map_node_at(s->map, i));
		if (cm_map_has_side(s->map, id))
			s->sides[s->nsides++] = id;
	}
	return 1;
}

/* Each function and the function query's answer for it, in the language
 * being written: the home page and the channels index read them. */
static int answer_functions(site *s)
{
	size_t n = cm_map_node_count(s->map);
	s->functions = calloc(n ? n : 1, sizeof(*s->functions));
	s->answers = calloc(n ? n : 1, sizeof(*s->answers));
	if (!s->functions || !s->answers) {
		out_of_memory(s);
		return 0;
	}
	for (size_t k = 0; k < n; k++) {
		const cm_node *fn = cm_map_node_at(s->map, k);
		cm_result *r;
		if (!cm_query_takes(s->map, "function", fn))
			continue;
		cm_status st = cm_query_function(&r, s->map, &s->view, cm_node_id(fn), s->diags);
		if (st > CM_NOTFOUND) {
			fail(s, st);
			return 0;
		}
		s->functions[s->nfunctions] = fn;
		s->answers[s->nfunctions++] = r;
	}
	return 1;
}

static void free_answers(site *s)
{
	for (size_t k = 0; k < s->nfunctions; k++)
		cm_result_free(s->answers[k]);
	free(s->functions);
	free(s->answers);
	s->functions = NULL;
	s->answers = NULL;
	s->nfunctions = 0;
}

static void build_language(site *s, int japanese)
{
	s->japanese = japanese;
	s->view.lang = lang_of(japanese);
	if (!load_words(s)) {
		out_of_memory(s);
		return;
	}
	make_dir(s, japanese ? "ja" : "en");
	make_dir(s, japanese ? "ja/node" : "en/node");
	if (!answer_functions(s))
		return;
	home_page(s);
	index_pages(s);
	about_page(s);
	ask_page(s);
	search_index(s);
	for (size_t i = 0; i < cm_map_node_count(s->map) && s->status == CM_OK; i++)
		node_page(s, cm_map_node_at(s->map, i));
	free_answers(s);
}

static void build(site *s, const char *default_lang)
{
	make_dir(s, "assets");
	html_buf buf;
	html_init(&buf);
	html_adds(&buf, site_style);
	write_file(s, "assets/style.css", &buf);
	buf.len = 0;
	html_adds(&buf, site_script);
	write_file(s, "assets/site.js", &buf);
	buf.len = 0;
	html_addf(&buf, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
			"<meta http-equiv=\"refresh\" content=\"0; url=%s/index.html\">"
			"<title>cybermap</title></head><body><p><a href=\"en/index.html\">",
		  default_lang);
	html_text(&buf, word_text(s->map, 0, W_LANGUAGE));
	html_adds(&buf, "</a> · <a href=\"ja/index.html\">");
	html_text(&buf, word_text(s->map, 1, W_LANGUAGE));
	html_adds(&buf, "</a></p></body></html>\n");
	write_file(s, "index.html", &buf);
	html_release(&buf);
	copy_assets(s);
	if (s->interactive)
		map_script(s);
	build_language(s, 0);
	build_language(s, 1);
}

/* Builds beside the target, then swaps: the old site stays whole until the
 * new one is complete. */
cm_status site_write(const cm_map *map, const cm_view *view, const char *dir,
		     const site_assets *assets, unsigned flags, cm_diags *diags)
{
	site_dir where;
	cm_status st = site_dir_begin(&where, map, dir, flags, diags);
	if (st != CM_OK)
		return st;
	site s = {.map = map, .view = *view, .root = where.fd, .shown = where.target,
		  .assets = assets ? assets->dir : NULL, .snapshot = assets ? assets->snapshot : NULL,
		  .snapshot_len = assets ? assets->snapshot_len : 0, .prefix = "", .diags = diags,
		  .status = CM_OK};
	if (!find_sides(&s) || !index_types(&s))
		out_of_memory(&s);
	else
		build(&s, view->lang && strcmp(view->lang, "ja") == 0 ? "ja" : "en");
	free_answers(&s);
	free(s.sides);
	free(s.types);
	free_words(&s);
	if (s.status != CM_OK) {
		site_dir_abort(&where);
		return s.status;
	}
	return site_dir_commit(&where, diags);
}
