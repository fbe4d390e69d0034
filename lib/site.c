/*
 * site.c: the map as a static, bilingual web site that works offline.
 *
 * Every node gets a page in English and in Japanese (node/ID.html); a
 * function's page adds its chart and who leads and supports it on each
 * side, a sector's page its notification chain and who holds jurisdiction.
 * A home page crosses the functions with the sides and the channels
 * between them; an about page explains the charts.  Charts are SVG from
 * the renderer, inlined so their nodes link to the pages; the search runs
 * in the browser over an index written as a script (file:// pages may not
 * fetch JSON).  The site is built in a folder beside the target and swapped
 * in whole, so a failure leaves the old site as it was (site_dir.c says
 * which directories may be replaced, and how).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "date.h"
#include "escape.h"
#include "describe.h"
#include "diag.h"
#include "output.h"
#include "print.h"
#include "result.h"
#include "site_assets.h"
#include "site_dir.h"
#include "text.h"
#include "view.h"

#define MAX_SIDES 8

typedef struct site {
	const cm_map *map;
	cm_view view;       /* the caller's, with lang set for each pass */
	int root;           /* the folder being built */
	const char *shown;  /* the site's directory, for messages */
	int japanese;
	const char *sides[MAX_SIDES]; /* country ids, in the order the map lists them */
	size_t nsides;
	const char *prefix; /* from the page being written to its language's root */
	cm_diags *diags;
	cm_status status;
	size_t pages;
} site;

/* ---- words the pages use, in both languages ---- */

typedef enum word {
	W_HOME, W_ABOUT, W_SEARCH, W_SEARCH_HINT, W_OTHER_LANGUAGE, W_FUNCTION,
	W_CHANNELS, W_LEADS, W_SUPPORTS, W_LAWS, W_PROCESS, W_WHO_IS_TOLD,
	W_JURISDICTION, W_DETAILS, W_RELATIONS, W_SOURCES, W_CHECKED, W_AS_OF,
	W_STEP, W_WHO, W_TRIGGER, W_WITHIN, W_BY, W_BASIS, W_LAW, W_AUTHORITY,
	W_RELATION, W_COUNTERPARTS, W_NOT_IN_FORCE, W_PENDING, W_NONE, W_SKIP,
	W_CHART_TEXT, W_TITLE, W_COUNT
} word;

static const char *const words[W_COUNT][2] = {
	[W_HOME] = {"Home", "ホーム"},
	[W_ABOUT] = {"About this map", "この地図について"},
	[W_SEARCH] = {"Search", "検索"},
	[W_SEARCH_HINT] = {"agency, ministry, sector...", "機関名・省庁・分野など"},
	[W_OTHER_LANGUAGE] = {"日本語", "English"},
	[W_FUNCTION] = {"Function", "機能"},
	[W_CHANNELS] = {"Bilateral and multilateral channels", "二国間・多国間の枠組み"},
	[W_LEADS] = {"Leads", "主導"},
	[W_SUPPORTS] = {"Supports", "支援"},
	[W_LAWS] = {"Laws behind the leads", "主導機関の根拠法"},
	[W_PROCESS] = {"Process", "プロセス"},
	[W_WHO_IS_TOLD] = {"Who is told, and by when", "誰にいつまでに報告するか"},
	[W_JURISDICTION] = {"Who holds authority", "所管・権限"},
	[W_DETAILS] = {"Details", "詳細"},
	[W_RELATIONS] = {"Relations", "関係"},
	[W_SOURCES] = {"Sources", "出典"},
	[W_CHECKED] = {"checked", "確認日"},
	[W_AS_OF] = {"as of", "時点"},
	[W_STEP] = {"Step", "段階"},
	[W_WHO] = {"Who", "報告先"},
	[W_TRIGGER] = {"When", "契機"},
	[W_WITHIN] = {"Within", "期限"},
	[W_BY] = {"By (from the incident)", "発生からの期限"},
	[W_BASIS] = {"Basis", "根拠の種類"},
	[W_LAW] = {"Law", "法令"},
	[W_AUTHORITY] = {"Authority", "機関"},
	[W_RELATION] = {"Relation", "関係"},
	[W_COUNTERPARTS] = {"Counterparts", "カウンターパート"},
	[W_NOT_IN_FORCE] = {"not in the map on this date", "この日付には存在しない"},
	[W_PENDING] = {"pending", "未施行"},
	[W_NONE] = {"none recorded", "記録なし"},
	[W_SKIP] = {"Skip to content", "本文へ移動"},
	[W_CHART_TEXT] = {"The table below gives the same information as the chart.",
			  "図と同じ内容を下の表に示します。"},
	[W_TITLE] = {"US-Japan cyber security map", "日米サイバーセキュリティ・マップ"},
};

static const char *w(const site *s, word id)
{
	return words[id][s->japanese];
}

/* ---- HTML ---- */


static const char *label(const site *s, const cm_node *n)
{
	return cm_node_label(s->map, &s->view, n);
}

/* A link to a node's page from the page being written. */
static void node_link(cm_strbuf *out, const site *s, const cm_node *n)
{
	cm_strbuf_addf(out, "<a href=\"%snode/%s.html\">", s->prefix, n->id);
	cm_escape_html(out, label(s, n));
	cm_strbuf_adds(out, "</a>");
}

/* A link only for http(s) addresses, which the loader already insists on. */
static void url_link(cm_strbuf *out, const char *url)
{
	if (strncmp(url, "https://", 8) != 0 && strncmp(url, "http://", 7) != 0) {
		cm_escape_html(out, url);
		return;
	}
	cm_strbuf_adds(out, "<a rel=\"noopener\" href=\"");
	cm_escape_html(out, url);
	cm_strbuf_adds(out, "\">");
	cm_escape_html(out, url);
	cm_strbuf_adds(out, "</a>");
}

static void page_begin(cm_strbuf *out, const site *s, const char *title,
		       const char *prefix, const char *path)
{
	cm_strbuf_addf(out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
			    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
		       s->japanese ? "ja" : "en");
	cm_escape_html(out, title);
	cm_strbuf_adds(out, " — ");
	cm_escape_html(out, w(s, W_TITLE));
	cm_strbuf_addf(out, "</title>\n<link rel=\"stylesheet\" href=\"%s../assets/style.css\">\n"
			    "</head>\n<body>\n<a class=\"skip\" href=\"#main\">%s</a>\n<header>\n"
			    "<a class=\"brand\" href=\"%sindex.html\">",
		       prefix, w(s, W_SKIP), prefix);
	cm_escape_html(out, w(s, W_TITLE));
	cm_strbuf_addf(out, "</a>\n<nav><a href=\"%sindex.html\">%s</a> <a href=\"%sabout.html\">%s</a> "
			    "<a class=\"lang\" hreflang=\"%s\" href=\"%s../%s/%s\">%s</a></nav>\n",
		       prefix, w(s, W_HOME), prefix, w(s, W_ABOUT), s->japanese ? "en" : "ja", prefix,
		       s->japanese ? "en" : "ja", path, w(s, W_OTHER_LANGUAGE));
	cm_strbuf_addf(out, "<form class=\"search\" role=\"search\" onsubmit=\"return false\">"
			    "<label for=\"q\">%s</label> <input id=\"q\" type=\"search\" "
			    "autocomplete=\"off\" placeholder=\"%s\" data-prefix=\"%s\">"
			    "<ul id=\"results\" aria-live=\"polite\"></ul></form>\n</header>\n"
			    "<main id=\"main\">\n<h1>",
		       w(s, W_SEARCH), w(s, W_SEARCH_HINT), prefix);
	cm_escape_html(out, title);
	cm_strbuf_adds(out, "</h1>\n");
}

static void page_end(cm_strbuf *out, const site *s, const char *prefix)
{
	char as_of[CM_DATE_BUF];
	cm_date_format(as_of, sizeof as_of, s->view.as_of);
	cm_strbuf_addf(out, "</main>\n<footer>%s %s · cybermap %s</footer>\n"
			    "<script src=\"%s../assets/search-%s.js\"></script>\n"
			    "<script src=\"%s../assets/site.js\"></script>\n</body>\n</html>\n",
		       w(s, W_AS_OF), as_of, CM_VERSION, prefix, s->japanese ? "ja" : "en", prefix);
}

/* ---- files ---- */

static void fail(site *s, cm_status st)
{
	if (s->status == CM_OK)
		s->status = st;
}

static void out_of_memory(site *s)
{
	if (s->status == CM_OK)
		cm_diag_add(s->diags, NULL, 0, 0, "out of memory");
	fail(s, CM_ENOMEM);
}

static void make_dir(site *s, const char *relative)
{
	if (mkdirat(s->root, relative, 0777) != 0) {
		cm_diag_add(s->diags, NULL, 0, 0, "cannot make '%s/%s': %s", s->shown, relative,
			    strerror(errno));
		fail(s, CM_EIO);
	}
}

/* A file of the site, new in the folder being built (nothing else is
 * there, and the whole folder is flushed before it is swapped in). */
static void write_file(site *s, const char *relative, cm_strbuf *content)
{
	if (content->failed) {
		out_of_memory(s);
		return;
	}
	if (s->status != CM_OK)
		return;
	char shown[4096 + 256];
	snprintf(shown, sizeof shown, "%s/%s", s->shown, relative);
	cm_status st = cm_write_new(s->root, relative, shown, content->data ? content->data : "",
				    content->len, s->diags);
	if (st != CM_OK)
		fail(s, st);
}

static void write_page(site *s, const char *relative, cm_strbuf *content)
{
	char path[sizeof "en/" + CM_ID_MAX + 16];
	snprintf(path, sizeof path, "%s/%s", s->japanese ? "ja" : "en", relative);
	write_file(s, path, content);
	s->pages++;
}

/* ---- charts ---- */

/* A result drawn as SVG, inlined without its XML prologue so that its links
 * (to the node pages beside this one) work. */
static void inline_chart(cm_strbuf *out, site *s, const cm_result *r)
{
	cm_print_options options = {0, 0, "", ".html"};
	char *svg = NULL;
	size_t len = 0;
	if (cm_print(&svg, &len, s->map, &s->view, r, CM_FORMAT_SVG, &options, s->diags) != CM_OK) {
		fail(s, CM_EINVAL);
		return;
	}
	const char *start = strstr(svg, "<svg");
	cm_strbuf_addf(out, "<figure class=\"chart\" role=\"group\"><figcaption>%s</figcaption>\n",
		       w(s, W_CHART_TEXT));
	cm_strbuf_adds(out, start ? start : "");
	cm_strbuf_adds(out, "</figure>\n");
	free(svg);
}

/* ---- tables from results ---- */

static size_t column(const cm_result *r, const char *name)
{
	for (size_t c = 0; c < r->ncolumns; c++)
		if (strcmp(r->columns[c], name) == 0)
			return c;
	return r->ncolumns;
}

static const char *cell(const cm_result *r, size_t row, const char *name)
{
	size_t c = column(r, name);
	return c < r->ncolumns ? cm_result_cell(r, row, c) : "";
}

static void pending_note(cm_strbuf *out, const site *s, const cm_result *r, size_t row)
{
	int since;
	if (!cm_result_row_pending(r, row, &since))
		return;
	char date[CM_DATE_BUF];
	cm_date_format(date, sizeof date, since);
	if (since == CM_DATE_PENDING) /* adopted, start not set */
		cm_strbuf_addf(out, " <span class=\"pending\">(%s)</span>", w(s, W_PENDING));
	else
		cm_strbuf_addf(out, " <span class=\"pending\">(%s %s)</span>", w(s, W_PENDING), date);
}

static void id_link(cm_strbuf *out, const site *s, const char *id)
{
	const cm_node *n = *id ? cm_map_node(s->map, id) : NULL;
	if (n)
		node_link(out, s, n);
	else
		cm_escape_html(out, id);
}

/* ---- function pages ---- */

static void role_list(cm_strbuf *out, site *s, const cm_result *r, const char *section,
		      const char *side)
{
	int any = 0;
	for (size_t i = 0; i < r->rows.count; i++) {
		if (strcmp(cell(r, i, "section"), section) != 0 ||
		    strcmp(cell(r, i, "side"), side ? side : "") != 0)
			continue;
		cm_strbuf_adds(out, any ? ", " : "");
		id_link(out, s, cell(r, i, "id"));
		pending_note(out, s, r, i);
		any = 1;
	}
	if (!any)
		cm_strbuf_addf(out, "<span class=\"none\">%s</span>", w(s, W_NONE));
}

static void function_section(cm_strbuf *out, site *s, const cm_node *fn)
{
	cm_result *r;
	if (cm_query_function(&r, s->map, &s->view, fn->id, s->diags) > CM_NOTFOUND) {
		fail(s, CM_EINVAL);
		return;
	}
	inline_chart(out, s, r);
	cm_strbuf_adds(out, "<table class=\"roles\"><thead><tr><th></th>");
	for (size_t i = 0; i < s->nsides; i++) {
		cm_strbuf_adds(out, "<th scope=\"col\">");
		cm_escape_html(out, label(s, cm_map_node(s->map, s->sides[i])));
		cm_strbuf_adds(out, "</th>");
	}
	cm_strbuf_adds(out, "</tr></thead><tbody>");
	const char *sections[] = {"leads", "supports"};
	word names[] = {W_LEADS, W_SUPPORTS};
	for (size_t k = 0; k < 2; k++) {
		cm_strbuf_addf(out, "<tr><th scope=\"row\">%s</th>", w(s, names[k]));
		for (size_t i = 0; i < s->nsides; i++) {
			cm_strbuf_adds(out, "<td>");
			role_list(out, s, r, sections[k], s->sides[i]);
			cm_strbuf_adds(out, "</td>");
		}
		cm_strbuf_adds(out, "</tr>");
	}
	cm_strbuf_addf(out, "</tbody></table>\n<h2>%s</h2>\n<ul>", w(s, W_CHANNELS));
	for (size_t i = 0; i < r->rows.count; i++)
		if (strcmp(cell(r, i, "section"), "channel") == 0) {
			cm_strbuf_adds(out, "<li>");
			id_link(out, s, cell(r, i, "id"));
			cm_strbuf_adds(out, " — ");
			cm_escape_html(out, cell(r, i, "detail"));
			cm_strbuf_adds(out, "</li>");
		}
	cm_strbuf_addf(out, "</ul>\n<h2>%s</h2>\n<table><thead><tr><th>%s</th><th></th><th></th></tr></thead><tbody>",
		       w(s, W_PROCESS), w(s, W_STEP));
	for (size_t i = 0; i < r->rows.count; i++)
		if (strncmp(cell(r, i, "section"), "step ", 5) == 0) {
			cm_strbuf_adds(out, "<tr><td>");
			cm_escape_html(out, cell(r, i, "side"));
			cm_strbuf_adds(out, " ");
			cm_escape_html(out, cell(r, i, "section") + 5);
			cm_strbuf_adds(out, "</td><td>");
			id_link(out, s, cell(r, i, "id"));
			cm_strbuf_adds(out, "</td><td>");
			cm_escape_html(out, cell(r, i, "detail"));
			cm_strbuf_adds(out, "</td></tr>");
		}
	cm_strbuf_adds(out, "</tbody></table>\n");
	cm_result_free(r);
}

/* ---- sector pages ---- */

static void notify_section(cm_strbuf *out, site *s, const cm_node *sector)
{
	cm_result *r;
	cm_status st = cm_query_notify(&r, s->map, &s->view, sector->id, NULL, s->diags);
	cm_strbuf_addf(out, "<h2>%s</h2>\n", w(s, W_WHO_IS_TOLD));
	if (st == CM_NOTFOUND) {
		cm_strbuf_addf(out, "<p class=\"none\">%s</p>\n", w(s, W_NONE));
		cm_result_free(r);
		return;
	}
	if (st != CM_OK) {
		fail(s, st);
		return;
	}
	inline_chart(out, s, r);
	cm_strbuf_addf(out, "<table><thead><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th>"
			    "<th>%s</th><th>%s</th><th>%s</th></tr></thead><tbody>",
		       w(s, W_STEP), w(s, W_WHO), w(s, W_TRIGGER), w(s, W_WITHIN), w(s, W_BY),
		       w(s, W_BASIS), w(s, W_LAW));
	for (size_t i = 0; i < r->rows.count; i++) {
		cm_strbuf_adds(out, "<tr><td>");
		cm_escape_html(out, cell(r, i, "depth"));
		cm_strbuf_adds(out, "</td><td>");
		id_link(out, s, cell(r, i, "to"));
		pending_note(out, s, r, i);
		const char *rest[] = {"trigger", "within", "by", "basis"};
		for (size_t k = 0; k < 4; k++) {
			cm_strbuf_adds(out, "</td><td>");
			cm_escape_html(out, cell(r, i, rest[k]));
		}
		cm_strbuf_adds(out, "</td><td>");
		id_link(out, s, cell(r, i, "law"));
		cm_strbuf_adds(out, "</td></tr>");
	}
	cm_strbuf_adds(out, "</tbody></table>\n");
	cm_result_free(r);
}

static void jurisdiction_section(cm_strbuf *out, site *s, const cm_node *n)
{
	cm_result *r;
	cm_status st = cm_query_jurisdiction(&r, s->map, &s->view, n->id, s->diags);
	if (st > CM_NOTFOUND) {
		fail(s, st);
		return;
	}
	if (st == CM_OK) {
		cm_strbuf_addf(out, "<h2>%s</h2>\n<table><thead><tr><th>%s</th><th>%s</th><th>%s</th>"
				    "<th>%s</th></tr></thead><tbody>",
			       w(s, W_JURISDICTION), w(s, W_AUTHORITY), w(s, W_RELATION),
			       w(s, W_BASIS), w(s, W_LAW));
		for (size_t i = 0; i < r->rows.count; i++) {
			cm_strbuf_adds(out, "<tr><td>");
			id_link(out, s, cell(r, i, "authority"));
			pending_note(out, s, r, i);
			cm_strbuf_adds(out, "</td><td>");
			cm_escape_html(out, cell(r, i, "relation"));
			cm_strbuf_adds(out, "</td><td>");
			cm_escape_html(out, cell(r, i, "basis"));
			cm_strbuf_adds(out, "</td><td>");
			id_link(out, s, cell(r, i, "law"));
			cm_strbuf_adds(out, "</td></tr>");
		}
		cm_strbuf_adds(out, "</tbody></table>\n");
	}
	cm_result_free(r);
}

/* ---- every node's details ---- */

static void attributes_section(cm_strbuf *out, site *s, const cm_node *n)
{
	const cm_schema *schema = &s->map->schema;
	cm_strbuf_addf(out, "<h2>%s</h2>\n<dl class=\"details\">", w(s, W_DETAILS));
	cm_strbuf_adds(out, "<dt>type</dt><dd>");
	cm_escape_html(out, n->type->name);
	cm_strbuf_adds(out, "</dd><dt>name</dt><dd>");
	cm_escape_html(out, n->name);
	cm_strbuf_adds(out, "</dd>");
	char date[CM_DATE_BUF];
	if (n->since != CM_DATE_MIN) {
		cm_date_format(date, sizeof date, n->since);
		cm_strbuf_addf(out, "<dt>since</dt><dd>%s</dd>", date);
	}
	if (n->until != CM_DATE_MAX) {
		cm_date_format(date, sizeof date, n->until);
		cm_strbuf_addf(out, "<dt>until</dt><dd>%s</dd>", date);
	}
	for (size_t d = 0; d < schema->nnode_attrs; d++) {
		const cm_attr *a = cm_attr_find(n->attrs, n->nattrs, schema->node_attrs[d].name);
		if (!a || a->def->kind == CM_KIND_URLS)
			continue;
		cm_strbuf_adds(out, "<dt>");
		cm_escape_html(out, a->def->name);
		cm_strbuf_adds(out, "</dt><dd>");
		if (a->def->kind == CM_KIND_URL) {
			url_link(out, a->text);
		} else if (a->def->kind == CM_KIND_REF && cm_map_node(s->map, a->text)) {
			node_link(out, s, cm_map_node(s->map, a->text));
		} else {
			cm_strbuf value;
			cm_strbuf_init(&value);
			cm_describe_attr(&value, a);
			cm_escape_html(out, value.data);
			cm_strbuf_release(&value);
		}
		cm_strbuf_adds(out, "</dd>");
	}
	cm_strbuf_adds(out, "</dl>\n");
}

static void edge_row(cm_strbuf *out, site *s, const cm_edge *e, int outgoing)
{
	const cm_node *other = outgoing ? e->to : e->from;
	cm_presence p = cm_edge_presence(&s->view, e, NULL);
	cm_strbuf_adds(out, "<tr><td>");
	cm_escape_html(out, outgoing ? e->type->label_out : e->type->label_in);
	cm_strbuf_adds(out, "</td><td>");
	node_link(out, s, other);
	if (p == CM_PENDING)
		cm_strbuf_addf(out, " <span class=\"pending\">(%s)</span>", w(s, W_PENDING));
	else if (p == CM_GONE)
		cm_strbuf_addf(out, " <span class=\"gone\">(%s)</span>", w(s, W_NOT_IN_FORCE));
	cm_strbuf_adds(out, "</td><td>");
	cm_strbuf detail;
	cm_strbuf_init(&detail);
	cm_describe_edge_attrs(&detail, s->map, &s->view, e);
	cm_escape_html(out, detail.data);
	cm_strbuf_release(&detail);
	cm_strbuf_adds(out, "</td></tr>");
}

static void relations_section(cm_strbuf *out, site *s, const cm_node *n)
{
	cm_strbuf_addf(out, "<h2>%s</h2>\n<table class=\"relations\"><tbody>", w(s, W_RELATIONS));
	for (size_t i = 0; i < n->nout; i++)
		edge_row(out, s, n->out[i], 1);
	for (size_t i = 0; i < n->nin; i++)
		edge_row(out, s, n->in[i], 0);
	cm_strbuf_adds(out, "</tbody></table>\n");
}

static void counterpart_section(cm_strbuf *out, site *s, const cm_node *n)
{
	cm_result *r = NULL;
	if (!n->side || cm_query_counterpart(&r, s->map, &s->view, n->id, NULL, s->diags) != CM_OK) {
		cm_result_free(r); /* nothing found still comes with a result */
		return;
	}
	cm_strbuf_addf(out, "<h2>%s</h2>\n<ul>", w(s, W_COUNTERPARTS));
	for (size_t i = 0; i < r->rows.count; i++) {
		cm_strbuf_adds(out, "<li>");
		id_link(out, s, cell(r, i, "id"));
		cm_strbuf_adds(out, " — ");
		cm_escape_html(out, cell(r, i, "kind"));
		cm_strbuf_adds(out, ": ");
		cm_escape_html(out, cell(r, i, "detail"));
		cm_strbuf_adds(out, "</li>");
	}
	cm_strbuf_adds(out, "</ul>\n");
	cm_result_free(r);
}

static void sources_section(cm_strbuf *out, site *s, const cm_node *n)
{
	const cm_attr *checked = NULL, *sources = NULL;
	for (size_t i = 0; i < n->nattrs; i++) {
		if (n->attrs[i].def->kind == CM_KIND_URLS && !sources)
			sources = &n->attrs[i];
		if (n->attrs[i].def->kind == CM_KIND_DATE && !checked)
			checked = &n->attrs[i];
	}
	if (!sources)
		return;
	cm_strbuf_addf(out, "<h2>%s</h2>\n<ul class=\"sources\">", w(s, W_SOURCES));
	for (size_t i = 0; i < sources->nitems; i++) {
		cm_strbuf_adds(out, "<li>");
		url_link(out, sources->items[i]);
		cm_strbuf_adds(out, "</li>");
	}
	cm_strbuf_adds(out, "</ul>\n");
	if (checked) {
		cm_strbuf_addf(out, "<p class=\"checked\">%s: ", w(s, W_CHECKED));
		cm_escape_html(out, checked->text);
		cm_strbuf_adds(out, "</p>\n");
	}
}

static int is_query_type(const cm_map *map, const char *query, const char *key,
			 const cm_node *n)
{
	size_t count;
	const char *const *types = cm_query_names(cm_schema_query(&map->schema, query), key, &count);
	for (size_t i = 0; i < count; i++)
		if (types[i] == n->type->name)
			return 1;
	return 0;
}

static void node_page(site *s, const cm_node *n)
{
	cm_strbuf out;
	cm_strbuf_init(&out);
	char path[sizeof "node/.html" + CM_ID_MAX]; /* ids are at most CM_ID_MAX bytes */
	snprintf(path, sizeof path, "node/%s.html", n->id);
	s->prefix = "../";
	page_begin(&out, s, label(s, n), "../", path);
	if (cm_node_presence(&s->view, n) == CM_GONE)
		cm_strbuf_addf(&out, "<p class=\"gone\">%s</p>\n", w(s, W_NOT_IN_FORCE));
	const cm_attr *about = NULL;
	for (size_t i = 0; i < n->nattrs && !about; i++)
		if ((n->attrs[i].def->flags & CM_ATTR_SEARCH) && n->attrs[i].def->kind == CM_KIND_TEXT)
			about = &n->attrs[i];
	if (about) {
		cm_strbuf_adds(&out, "<p class=\"lead\">");
		cm_escape_html(&out, about->text);
		cm_strbuf_adds(&out, "</p>\n");
	}
	if (is_query_type(s->map, "function", "target", n))
		function_section(&out, s, n);
	if (is_query_type(s->map, "notify", "start", n)) {
		notify_section(&out, s, n);
		jurisdiction_section(&out, s, n);
	}
	attributes_section(&out, s, n);
	counterpart_section(&out, s, n);
	relations_section(&out, s, n);
	sources_section(&out, s, n);
	page_end(&out, s, "../");
	write_page(s, path, &out);
	cm_strbuf_release(&out);
}

/* ---- home and about ---- */

static void home_page(site *s)
{
	cm_strbuf out;
	cm_strbuf_init(&out);
	s->prefix = "";
	page_begin(&out, s, w(s, W_TITLE), "", "index.html");
	cm_strbuf_adds(&out, "<table class=\"home\"><thead><tr>");
	cm_strbuf_addf(&out, "<th scope=\"col\">%s</th>", w(s, W_FUNCTION));
	for (size_t i = 0; i < s->nsides; i++) {
		if (i == 1)
			cm_strbuf_addf(&out, "<th scope=\"col\">%s</th>", w(s, W_CHANNELS));
		cm_strbuf_adds(&out, "<th scope=\"col\">");
		cm_escape_html(&out, label(s, cm_map_node(s->map, s->sides[i])));
		cm_strbuf_adds(&out, "</th>");
	}
	cm_strbuf_adds(&out, "</tr></thead><tbody>\n");
	for (size_t k = 0; k < s->map->nodes.count; k++) {
		const cm_node *fn = s->map->nodes.items[k];
		cm_result *r;
		if (!is_query_type(s->map, "function", "target", fn) ||
		    cm_query_function(&r, s->map, &s->view, fn->id, s->diags) > CM_NOTFOUND)
			continue;
		cm_strbuf_adds(&out, "<tr><th scope=\"row\">");
		node_link(&out, s, fn);
		cm_strbuf_adds(&out, "</th>");
		for (size_t i = 0; i < s->nsides; i++) {
			if (i == 1) {
				cm_strbuf_adds(&out, "<td class=\"channels\">");
				role_list(&out, s, r, "channel", NULL);
				cm_strbuf_adds(&out, "</td>");
			}
			cm_strbuf_adds(&out, "<td>");
			role_list(&out, s, r, "leads", s->sides[i]);
			cm_strbuf_adds(&out, "</td>");
		}
		cm_strbuf_adds(&out, "</tr>\n");
		cm_result_free(r);
	}
	cm_strbuf_adds(&out, "</tbody></table>\n");
	page_end(&out, s, "");
	write_page(s, "index.html", &out);
	cm_strbuf_release(&out);
}

static void about_page(site *s)
{
	cm_strbuf out;
	cm_strbuf_init(&out);
	char as_of[CM_DATE_BUF];
	cm_date_format(as_of, sizeof as_of, s->view.as_of);
	s->prefix = "";
	page_begin(&out, s, w(s, W_ABOUT), "", "about.html");
	cm_strbuf_adds(&out, s->japanese ? site_about_ja : site_about_en);
	cm_strbuf_addf(&out, "<p class=\"as-of\">%s %s · %zu nodes · %zu edges</p>\n", w(s, W_AS_OF),
		       as_of, cm_map_node_count(s->map), cm_map_edge_count(s->map));
	page_end(&out, s, "");
	write_page(s, "about.html", &out);
	cm_strbuf_release(&out);
}

/* ---- the search index, a script so that file:// pages can load it ---- */

/* A string of the index: what the search shows is text for people, so the
 * rule for them applies (a direction control would reorder the results)
 * before the JSON escapes. */
static void index_string(cm_strbuf *out, const char *t)
{
	cm_strbuf shown;
	cm_strbuf_init(&shown);
	cm_text_shown(&shown, t);
	if (shown.failed)
		out->failed = 1;
	cm_escape_json(out, shown.data ? shown.data : "");
	cm_strbuf_release(&shown);
}

static void search_index(site *s)
{
	cm_strbuf out;
	cm_strbuf_init(&out);
	cm_strbuf_adds(&out, "window.CYBERMAP_INDEX = [\n");
	for (size_t i = 0; i < s->map->nodes.count; i++) {
		const cm_node *n = s->map->nodes.items[i];
		cm_strbuf_adds(&out, i ? ",\n[" : "[");
		index_string(&out, n->id);
		cm_strbuf_addc(&out, ',');
		index_string(&out, label(s, n));
		cm_strbuf_addc(&out, ',');
		index_string(&out, n->type->name);
		cm_strbuf_adds(&out, ",[");
		int first = 1;
		for (size_t a = 0; a < n->nattrs; a++) {
			const cm_attr *attr = &n->attrs[a];
			if (!(attr->def->flags & CM_ATTR_SEARCH))
				continue;
			for (size_t k = 0; k < (attr->text ? 1 : attr->nitems); k++) {
				cm_strbuf_adds(&out, first ? "" : ",");
				index_string(&out, attr->text ? attr->text : attr->items[k]);
				first = 0;
			}
		}
		cm_strbuf_adds(&out, "]]");
	}
	cm_strbuf_adds(&out, "];\n");
	write_file(s, s->japanese ? "assets/search-ja.js" : "assets/search-en.js", &out);
	cm_strbuf_release(&out);
}

/* ---- the whole site ---- */

static void find_sides(site *s)
{
	for (size_t i = 0; i < s->map->nodes.count && s->nsides < MAX_SIDES; i++) {
		const cm_node *n = s->map->nodes.items[i];
		if (cm_map_has_side(s->map, n->id))
			s->sides[s->nsides++] = n->id;
	}
}

static void build_language(site *s, int japanese)
{
	s->japanese = japanese;
	s->view.lang = japanese ? "ja" : "en";
	make_dir(s, japanese ? "ja" : "en");
	make_dir(s, japanese ? "ja/node" : "en/node");
	home_page(s);
	about_page(s);
	search_index(s);
	for (size_t i = 0; i < s->map->nodes.count && s->status == CM_OK; i++)
		node_page(s, s->map->nodes.items[i]);
}

static void build(site *s, const char *default_lang)
{
	make_dir(s, "assets");
	cm_strbuf buf;
	cm_strbuf_init(&buf);
	cm_strbuf_adds(&buf, site_style);
	write_file(s, "assets/style.css", &buf);
	buf.len = 0;
	cm_strbuf_adds(&buf, site_script);
	write_file(s, "assets/site.js", &buf);
	buf.len = 0;
	cm_strbuf_addf(&buf, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
			     "<meta http-equiv=\"refresh\" content=\"0; url=%s/index.html\">"
			     "<title>cybermap</title></head><body><p><a href=\"en/index.html\">English</a> · "
			     "<a href=\"ja/index.html\">日本語</a></p></body></html>\n",
		       default_lang);
	write_file(s, "index.html", &buf);
	cm_strbuf_release(&buf);
	build_language(s, 0);
	build_language(s, 1);
}

/* Builds beside the target, then swaps: the old site stays whole until the
 * new one is complete. */
cm_status cm_site_write(const cm_map *map, const cm_view *view, const char *dir,
			unsigned flags, cm_diags *diags)
{
	cm_site_dir where;
	cm_status st = cm_site_dir_begin(&where, map, dir, flags, diags);
	if (st != CM_OK)
		return st;
	site s = {map, *view, where.fd, where.target, 0, {0}, 0, "", diags, CM_OK, 0};
	find_sides(&s);
	build(&s, view->lang && strcmp(view->lang, "ja") == 0 ? "ja" : "en");
	if (s.status != CM_OK) {
		cm_site_dir_abort(&where);
		return s.status;
	}
	return cm_site_dir_commit(&where, diags);
}
