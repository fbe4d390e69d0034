/*
 * print_json.c: {"query", "as_of", "headings", "rows", "nodes", "edges"} with every
 * attribute.  <, > and & are written as \u escapes so the document can be
 * embedded in HTML unchanged, and so are the unsafe characters (text.h).
 */
#include <stdio.h>
#include <string.h>

#include "date.h"
#include "escape.h"
#include "labels.h"
#include "print.h"
#include "text.h"
#include "view.h"


static void add_key(cm_strbuf *out, const char *key, int *first)
{
	if (!*first)
		cm_strbuf_addc(out, ',');
	*first = 0;
	cm_escape_json(out, key);
	cm_strbuf_addc(out, ':');
}

static void add_date_field(cm_strbuf *out, const char *key, int day, cm_date_precision p,
			   int *first)
{
	char date[CM_DATE_BUF];
	cm_date_format_as(date, sizeof date, day, p);
	add_key(out, key, first);
	cm_escape_json(out, date);
}

void cm_json_attrs(cm_strbuf *out, const cm_attr *attrs, size_t n, int *first)
{
	for (size_t i = 0; i < n; i++) {
		add_key(out, attrs[i].def->name, first);
		if (attrs[i].text) {
			cm_escape_json(out, attrs[i].text);
			continue;
		}
		cm_strbuf_addc(out, '[');
		for (size_t k = 0; k < attrs[i].nitems; k++) {
			if (k)
				cm_strbuf_addc(out, ',');
			cm_escape_json(out, attrs[i].items[k]);
		}
		cm_strbuf_addc(out, ']');
	}
}

const char *cm_presence_name(cm_presence p)
{
	return p == CM_CURRENT ? "current" : p == CM_PENDING ? "pending" : "gone";
}

void cm_json_period(cm_strbuf *out, int since, int until, unsigned char precision, int *first)
{
	if (since != CM_DATE_MIN)
		add_date_field(out, "since", since, CM_SINCE_PRECISION(precision), first);
	if (until != CM_DATE_MAX)
		add_date_field(out, "until", until, CM_UNTIL_PRECISION(precision), first);
}

static void add_node(cm_strbuf *out, const cm_view *view, const cm_node *n)
{
	int first = 1;
	cm_strbuf_addc(out, '{');
	add_key(out, "id", &first);
	cm_escape_json(out, n->id);
	add_key(out, "type", &first);
	cm_escape_json(out, n->type->name);
	add_key(out, "name", &first);
	cm_escape_json(out, n->name);
	cm_json_period(out, n->since, n->until, n->precision, &first);
	cm_json_attrs(out, n->attrs, n->nattrs, &first);
	add_key(out, "status", &first);
	cm_escape_json(out, cm_presence_name(cm_node_presence(view, n)));
	cm_strbuf_addc(out, '}');
}

static void add_edge(cm_strbuf *out, const cm_view *view, const cm_edge *e)
{
	int first = 1;
	cm_strbuf_addc(out, '{');
	add_key(out, "from", &first);
	cm_escape_json(out, e->from->id);
	add_key(out, "to", &first);
	cm_escape_json(out, e->to->id);
	add_key(out, "type", &first);
	cm_escape_json(out, e->type->name);
	if (e->type->symmetric) {
		add_key(out, "symmetric", &first);
		cm_strbuf_adds(out, "true");
	}
	cm_json_period(out, e->since, e->until, e->precision, &first);
	cm_json_attrs(out, e->attrs, e->nattrs, &first);
	add_key(out, "status", &first);
	cm_escape_json(out, cm_presence_name(cm_edge_presence(view, e, NULL)));
	cm_strbuf_addc(out, '}');
}

static int whole_number(const char *text)
{
	if (*text == '-')
		text++;
	if (!*text || (text[0] == '0' && text[1]))
		return 0;
	for (; *text; text++)
		if (*text < '0' || *text > '9')
			return 0;
	return 1;
}

/* The cells the text output shows otherwise (in words, in the view's
 * language), as "shown": {column: text}; nothing when none differ. */
static void add_shown(cm_strbuf *out, const cm_map *map, const cm_view *view,
		      const cm_result *r, size_t row, int *first)
{
	cm_strbuf bufs[CM_MAX_COLUMNS];
	const char *cells[CM_MAX_COLUMNS];
	cm_words_of_row(map, view, r, row, bufs, cells);
	int opened = 0;
	for (size_t c = 0; c < r->ncolumns; c++) {
		if (strcmp(cells[c], cm_result_cell(r, row, c)) == 0)
			continue;
		if (!opened) {
			add_key(out, "shown", first);
			cm_strbuf_addc(out, '{');
		}
		cm_strbuf_adds(out, opened ? "," : "");
		cm_escape_json(out, r->columns[c]);
		cm_strbuf_addc(out, ':');
		cm_escape_json(out, cells[c]);
		opened = 1;
	}
	if (opened)
		cm_strbuf_addc(out, '}');
	cm_release_row(r, bufs, out);
}

static void add_rows(cm_strbuf *out, const cm_map *map, const cm_view *view, const cm_result *r)
{
	cm_strbuf_adds(out, "\"rows\":[");
	for (size_t i = 0; i < r->rows.count; i++) {
		int first = 1, since;
		cm_strbuf_adds(out, i ? ",\n{" : "\n{");
		for (size_t c = 0; c < r->ncolumns; c++) {
			const char *cell = cm_result_cell(r, i, c);
			add_key(out, r->columns[c], &first);
			if (cm_result_column_is_number(r, c) && whole_number(cell))
				cm_strbuf_adds(out, cell);
			else if (cm_result_column_is_number(r, c))
				cm_strbuf_adds(out, "null");
			else
				cm_escape_json(out, cell);
		}
		if (cm_result_row_pending(r, i, &since))
			add_date_field(out, "pending", since, CM_DATE_DAY, &first);
		add_shown(out, map, view, r, i, &first);
		cm_strbuf_addc(out, '}');
	}
	cm_strbuf_adds(out, "]");
}

void cm_print_json(cm_strbuf *out, const cm_map *map, const cm_view *view,
		   const cm_result *r)
{
	char date[CM_DATE_BUF];
	cm_date_format(date, sizeof date, view->as_of);
	cm_strbuf_adds(out, "{\"query\":");
	cm_escape_json(out, r->title);
	cm_strbuf_adds(out, ",\"as_of\":");
	cm_escape_json(out, date);
	/* what the text output calls each column, in the view's language */
	cm_strbuf_adds(out, ",\n\"headings\":{");
	for (size_t c = 0; c < r->ncolumns; c++) {
		cm_strbuf_adds(out, c ? "," : "");
		cm_escape_json(out, r->columns[c]);
		cm_strbuf_addc(out, ':');
		cm_escape_json(out, cm_label_column(map, view, r->columns[c]));
	}
	cm_strbuf_adds(out, "},\n");
	add_rows(out, map, view, r);
	cm_strbuf_adds(out, ",\n\"nodes\":[");
	for (size_t i = 0; i < r->nodes.count; i++) {
		cm_strbuf_adds(out, i ? ",\n" : "\n");
		add_node(out, view, r->nodes.items[i]);
	}
	cm_strbuf_adds(out, "],\n\"edges\":[");
	for (size_t i = 0; i < r->edges.count; i++) {
		cm_strbuf_adds(out, i ? ",\n" : "\n");
		add_edge(out, view, r->edges.items[i]);
	}
	cm_strbuf_adds(out, "]}\n");
}
