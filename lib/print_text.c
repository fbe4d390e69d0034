/*
 * print_text.c: results as aligned columns for people.  Widths count
 * terminal columns, not bytes, so Japanese names line up.  Record results
 * (show) print one block per subject with aligned keys.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "labels.h"
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
size_t cm_text_add(cm_strbuf *out, const char *text, size_t max)
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
			cm_strbuf_adds(out, cm_char_shown(c, used, cp));
		else
			cm_strbuf_add(out, p, used);
		width += w;
	}
	return width;
}

void cm_text_pad(cm_strbuf *out, size_t n)
{
	while (n--)
		cm_strbuf_addc(out, ' ');
}

#define BOLD "\033[1m"
#define YELLOW "\033[33m"
#define RESET "\033[0m"

static void pending_mark(cm_strbuf *out, const cm_map *map, const cm_view *view,
			 const cm_result *r, size_t row, int color)
{
	int since;
	if (!cm_result_row_pending(r, row, &since))
		return;
	cm_strbuf_adds(out, color ? "  " YELLOW : "  ");
	cm_label_pending(out, map, view, since);
	if (color)
		cm_strbuf_adds(out, RESET);
}

/* Text shows every column but those meant for scripts. */
static int shown_column(const cm_result *r, size_t c)
{
	return cm_result_column_role(r, c) != CM_ROLE_MACHINE;
}

static size_t last_shown(const cm_result *r)
{
	size_t last = 0;
	for (size_t c = 0; c < r->ncolumns; c++)
		if (shown_column(r, c))
			last = c;
	return last;
}

void cm_words_of_row(const cm_map *map, const cm_view *view, const cm_result *r,
		     size_t row, cm_strbuf *bufs, const char **cells)
{
	for (size_t c = 0; c < r->ncolumns; c++) {
		const char *v = cm_result_cell(r, row, c);
		cm_role role = cm_result_column_role(r, c);
		cm_strbuf_init(&bufs[c]);
		if (role == CM_ROLE_ATTRIBUTE && *v)
			cm_label_values(&bufs[c], map, view, r->columns[c], v);
		else
			cm_label_cell(&bufs[c], map, view, role, r->columns[c], v);
		cells[c] = bufs[c].data ? bufs[c].data : "";
	}
}

void cm_release_row(const cm_result *r, cm_strbuf *bufs, cm_strbuf *out)
{
	for (size_t c = 0; c < r->ncolumns; c++)
		cm_strbuf_release_into(&bufs[c], out);
}

static void print_line(cm_strbuf *out, const cm_result *r, const char *const *cells,
		       const size_t *widths, size_t first, const cm_print_options *o)
{
	size_t used = 0, final = last_shown(r);
	for (size_t c = first; c <= final && c < r->ncolumns; c++) {
		if (!shown_column(r, c))
			continue;
		int last = c == final;
		size_t room = !last ? widths[c] : o->width > used + 8 ? o->width - used : 0;
		size_t w = cm_text_add(out, cells[c], room);
		used += w;
		if (!last) {
			cm_text_pad(out, widths[c] - w + 2);
			used += widths[c] - w + 2;
		}
	}
}

static void column_widths(cm_strbuf *out, const cm_map *map, const cm_view *view,
			  const cm_result *r, const char *const *headings, size_t *widths,
			  size_t first, size_t from_row, size_t to_row)
{
	cm_strbuf bufs[CM_MAX_COLUMNS];
	const char *cells[CM_MAX_COLUMNS];
	for (size_t c = first; c < r->ncolumns; c++)
		widths[c] = headings ? cm_display_width(headings[c]) : 0;
	for (size_t i = from_row; i < to_row; i++) {
		cm_words_of_row(map, view, r, i, bufs, cells);
		for (size_t c = first; c < r->ncolumns; c++) {
			size_t w = cm_display_width(cells[c]);
			if (w > widths[c])
				widths[c] = w < MAX_COLUMN_WIDTH ? w : MAX_COLUMN_WIDTH;
		}
		cm_release_row(r, bufs, out);
	}
}

static void print_table(cm_strbuf *out, const cm_map *map, const cm_view *view,
			const cm_result *r, const cm_print_options *o)
{
	const char *headings[CM_MAX_COLUMNS];
	size_t widths[CM_MAX_COLUMNS];
	for (size_t c = 0; c < r->ncolumns; c++)
		headings[c] = cm_label_column(map, view, r->columns[c]);
	column_widths(out, map, view, r, headings, widths, 0, 0, r->rows.count);
	if (o->color)
		cm_strbuf_adds(out, BOLD);
	print_line(out, r, headings, widths, 0, o);
	cm_strbuf_adds(out, o->color ? RESET "\n" : "\n");
	cm_strbuf bufs[CM_MAX_COLUMNS];
	const char *cells[CM_MAX_COLUMNS];
	for (size_t i = 0; i < r->rows.count; i++) {
		cm_words_of_row(map, view, r, i, bufs, cells);
		print_line(out, r, cells, widths, 0, o);
		cm_release_row(r, bufs, out);
		pending_mark(out, map, view, r, i, o->color);
		cm_strbuf_addc(out, '\n');
	}
}

static void print_records(cm_strbuf *out, const cm_map *map, const cm_view *view,
			  const cm_result *r, const cm_print_options *o)
{
	size_t widths[CM_MAX_COLUMNS];
	for (size_t start = 0, end; start < r->rows.count; start = end) {
		const char *subject = cm_result_cell(r, start, 0);
		end = start;
		while (end < r->rows.count && strcmp(cm_result_cell(r, end, 0), subject) == 0)
			end++;
		column_widths(out, map, view, r, NULL, widths, 1, start, end);
		if (start)
			cm_strbuf_addc(out, '\n');
		if (o->color)
			cm_strbuf_adds(out, BOLD);
		cm_text_add(out, subject, 0);
		cm_strbuf_adds(out, o->color ? RESET "\n" : "\n");
		for (size_t i = start; i < end; i++) {
			cm_strbuf bufs[CM_MAX_COLUMNS];
			const char *cells[CM_MAX_COLUMNS];
			cm_words_of_row(map, view, r, i, bufs, cells);
			cm_strbuf_adds(out, "  ");
			print_line(out, r, cells, widths, 1, o);
			cm_release_row(r, bufs, out);
			pending_mark(out, map, view, r, i, o->color);
			cm_strbuf_addc(out, '\n');
		}
	}
}

/* The answer's title and the day it is as of: every answer says which day
 * it speaks for. */
static void print_title(cm_strbuf *out, const cm_map *map, const cm_view *view,
			const cm_result *r, const cm_print_options *o)
{
	char day[CM_DATE_BUF];
	cm_date_format(day, sizeof day, view->as_of);
	cm_strbuf title;
	cm_strbuf_init(&title);
	if (r->own_days)
		cm_strbuf_adds(&title, r->title);
	else
		cm_strbuf_fill2(&title, cm_label(map, view, "title.as_of", "%s, as of %s"), r->title,
				day);
	if (o->color)
		cm_strbuf_adds(out, BOLD);
	cm_text_add(out, title.data ? title.data : "", 0);
	cm_strbuf_adds(out, o->color ? RESET "\n\n" : "\n\n");
	cm_strbuf_release_into(&title, out);
}

void cm_print_text(cm_strbuf *out, const cm_map *map, const cm_view *view,
		   const cm_result *r, const cm_print_options *o)
{
	print_title(out, map, view, r, o);
	if (r->tree)
		cm_print_tree(out, map, view, r, o);
	else if (r->record)
		print_records(out, map, view, r, o);
	else
		print_table(out, map, view, r, o);
}
