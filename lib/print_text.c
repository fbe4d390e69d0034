/*
 * print_text.c: results as aligned columns for people.  Widths count
 * terminal columns, not bytes, so Japanese names line up.  Record results
 * (show) print one block per subject with aligned keys.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "print.h"
#include "text.h"

/* A column other than the last is cut (with an ellipsis) beyond this. */
#define MAX_COLUMN_WIDTH 48

static int is_wide(unsigned cp)
{
	return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf && cp != 0x303f) ||
	       (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) ||
	       (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
	       (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd);
}

size_t cm_display_width(const char *text)
{
	size_t width = 0, used;
	for (const char *p = text; *p; p += used) {
		unsigned cp;
		cm_char_class c = cm_char_at(p, &used, &cp);
		width += c == CM_CHAR_DIRECTION ? 0 : c == CM_CHAR_SAFE && is_wide(cp) ? 2 : 1;
	}
	return width;
}

/* Appends text as people may see it (text.h), cut at max columns
 * (0: no cut); returns the columns written. */
static size_t add_cell(cm_strbuf *out, const char *text, size_t max)
{
	size_t width = 0, used;
	for (const char *p = text; *p; p += used) {
		unsigned cp;
		cm_char_class c = cm_char_at(p, &used, &cp);
		if (c == CM_CHAR_DIRECTION)
			continue;
		size_t w = c == CM_CHAR_SAFE && is_wide(cp) ? 2 : 1;
		if (max && width + w > max - 1 && p[used]) {
			cm_strbuf_adds(out, "…");
			return width + 1;
		}
		if (c == CM_CHAR_CONTROL)
			cm_strbuf_addc(out, ' ');
		else
			cm_strbuf_add(out, p, used);
		width += w;
	}
	return width;
}

static void pad(cm_strbuf *out, size_t n)
{
	while (n--)
		cm_strbuf_addc(out, ' ');
}

#define BOLD "\033[1m"
#define YELLOW "\033[33m"
#define RESET "\033[0m"

static void pending_mark(cm_strbuf *out, const cm_result *r, size_t row, int color)
{
	int since;
	if (!cm_result_row_pending(r, row, &since))
		return;
	char date[16];
	cm_date_format(date, sizeof date, since);
	cm_strbuf_adds(out, color ? "  " YELLOW : "  ");
	if (since == CM_DATE_PENDING)
		cm_strbuf_adds(out, "(pending: start date not set)");
	else
		cm_strbuf_addf(out, "(pending: from %s)", date);
	if (color)
		cm_strbuf_adds(out, RESET);
}

static void print_line(cm_strbuf *out, const cm_result *r, const char *const *cells,
		       const size_t *widths, size_t first, const cm_print_options *o)
{
	size_t used = 0;
	for (size_t c = first; c < r->ncolumns; c++) {
		int last = c + 1 == r->ncolumns;
		size_t room = !last ? widths[c] : o->width > used + 8 ? o->width - used : 0;
		size_t w = add_cell(out, cells[c], room);
		used += w;
		if (!last) {
			pad(out, widths[c] - w + 2);
			used += widths[c] - w + 2;
		}
	}
}

static void column_widths(const cm_result *r, size_t *widths, size_t first,
			  size_t from_row, size_t to_row, int header)
{
	for (size_t c = first; c < r->ncolumns; c++)
		widths[c] = header ? cm_display_width(r->columns[c]) : 0;
	for (size_t i = from_row; i < to_row; i++)
		for (size_t c = first; c < r->ncolumns; c++) {
			size_t w = cm_display_width(cm_result_cell(r, i, c));
			if (w > widths[c])
				widths[c] = w < MAX_COLUMN_WIDTH ? w : MAX_COLUMN_WIDTH;
		}
}

static void print_table(cm_strbuf *out, const cm_result *r, const cm_print_options *o)
{
	size_t widths[CM_MAX_COLUMNS];
	column_widths(r, widths, 0, 0, r->rows.count, 1);
	if (o->color)
		cm_strbuf_adds(out, BOLD);
	print_line(out, r, r->columns, widths, 0, o);
	cm_strbuf_adds(out, o->color ? RESET "\n" : "\n");
	for (size_t i = 0; i < r->rows.count; i++) {
		print_line(out, r, ((const cm_row *)r->rows.items[i])->cells, widths, 0, o);
		pending_mark(out, r, i, o->color);
		cm_strbuf_addc(out, '\n');
	}
}

static void print_records(cm_strbuf *out, const cm_result *r, const cm_print_options *o)
{
	size_t widths[CM_MAX_COLUMNS];
	for (size_t start = 0, end; start < r->rows.count; start = end) {
		const char *subject = cm_result_cell(r, start, 0);
		end = start;
		while (end < r->rows.count && strcmp(cm_result_cell(r, end, 0), subject) == 0)
			end++;
		column_widths(r, widths, 1, start, end, 0);
		if (start)
			cm_strbuf_addc(out, '\n');
		if (o->color)
			cm_strbuf_adds(out, BOLD);
		add_cell(out, subject, 0);
		cm_strbuf_adds(out, o->color ? RESET "\n" : "\n");
		for (size_t i = start; i < end; i++) {
			cm_strbuf_adds(out, "  ");
			print_line(out, r, ((const cm_row *)r->rows.items[i])->cells, widths, 1, o);
			pending_mark(out, r, i, o->color);
			cm_strbuf_addc(out, '\n');
		}
	}
}

/* Tree rows: (depth, from, to, name, first detail, more details...).  Each
 * row is "-> to  name" indented by depth, its first detail on the next line
 * and the others after it as "column value; ...". */
static void print_tree(cm_strbuf *out, const cm_result *r, const cm_print_options *o)
{
	add_cell(out, r->title, 0);
	cm_strbuf_addc(out, '\n');
	for (size_t i = 0; i < r->rows.count; i++) {
		const char *const *cells = ((const cm_row *)r->rows.items[i])->cells;
		long depth = strtol(cells[0], NULL, 10);
		size_t indent = depth > 0 ? 2 * (size_t)depth : 2;
		pad(out, indent - 2);
		cm_strbuf_adds(out, o->color ? BOLD "-> " : "-> ");
		add_cell(out, cells[2], 0);
		if (o->color)
			cm_strbuf_adds(out, RESET);
		cm_strbuf_adds(out, "  ");
		add_cell(out, cells[3], 0);
		pending_mark(out, r, i, o->color);
		cm_strbuf_addc(out, '\n');
		if (r->ncolumns > 4 && *cells[4]) {
			pad(out, indent + 1);
			cm_strbuf_addf(out, "%s: ", r->columns[4]);
			add_cell(out, cells[4], 0);
			cm_strbuf_addc(out, '\n');
		}
		int any = 0;
		for (size_t c = 5; c < r->ncolumns; c++) {
			if (!*cells[c])
				continue;
			if (!any)
				pad(out, indent + 1);
			cm_strbuf_addf(out, "%s%s ", any ? "; " : "", r->columns[c]);
			add_cell(out, cells[c], 0);
			any = 1;
		}
		if (any)
			cm_strbuf_addc(out, '\n');
	}
}

void cm_print_text(cm_strbuf *out, const cm_result *r, const cm_print_options *o)
{
	if (r->tree)
		print_tree(out, r, o);
	else if (r->record)
		print_records(out, r, o);
	else
		print_table(out, r, o);
}
