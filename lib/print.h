/* print.h: the printers behind cm_print, one file per format. */
#ifndef CM_PRINT_H
#define CM_PRINT_H

#include "result.h"
#include "view.h"
#include "strbuf.h"

void cm_print_text(cm_strbuf *out, const cm_map *map, const cm_view *view,
		   const cm_result *r, const cm_print_options *options);
void cm_print_tree(cm_strbuf *out, const cm_map *map, const cm_view *view,
		   const cm_result *r, const cm_print_options *options);
/* Text for a terminal: control characters made safe, cut at max columns
 * (0: no cut); returns the columns written. */
size_t cm_text_add(cm_strbuf *out, const char *text, size_t max);
void cm_text_pad(cm_strbuf *out, size_t n);
void cm_print_tsv(cm_strbuf *out, const cm_result *r);
/* A row's cells as the text output shows them, in the view's language, by
 * role (lib/labels.c; ordinary cells as they are): cells[c] points into
 * bufs[c], which cm_release_row releases (a failure in one is out's). */
void cm_words_of_row(const cm_map *map, const cm_view *view, const cm_result *r,
		     size_t row, cm_strbuf *bufs, const char **cells);
void cm_release_row(const cm_result *r, cm_strbuf *bufs, cm_strbuf *out);
void cm_print_json(cm_strbuf *out, const cm_map *map, const cm_view *view,
		   const cm_result *r);

/* A JSON string literal with the escapes print_json.c uses. */
/* cm_escape_json (escape.h) writes JSON strings. */
/* JSON members: ,"since":..,"until":.. when set, and every attribute (lists
 * as arrays); *first says whether a comma is needed before the next. */
void cm_json_period(cm_strbuf *out, int since, int until, unsigned char precision,
		    int *first);
void cm_json_attrs(cm_strbuf *out, const cm_attr *attrs, size_t n, int *first);

/* "current", "pending" or "gone". */
const char *cm_presence_name(cm_presence p);

/* export.c */
void cm_print_graphml(cm_strbuf *out, const cm_map *map, const cm_view *view,
		      const cm_result *r);
void cm_print_jgf(cm_strbuf *out, const cm_map *map, const cm_view *view,
		  const cm_result *r);
void cm_print_cypher(cm_strbuf *out, const cm_map *map, const cm_view *view,
		     const cm_result *r);
void cm_print_csv_into(cm_strbuf *nodes, cm_strbuf *edges, const cm_map *map,
		       const cm_view *view, const cm_result *r);

/* DOT (no layout), or PNG, SVG, PDF laid out and rendered with Graphviz. */
cm_status cm_render(cm_strbuf *out, const cm_map *map, const cm_view *view,
		    const cm_result *result, cm_format format,
		    const cm_print_options *options, cm_diags *diags);

/* Display width of UTF-8 text in a terminal (East Asian wide = 2 columns). */
size_t cm_display_width(const char *text);

#endif
