/* labels.h: the program's words in the view's language (schema labels). */
#ifndef CM_LABELS_H
#define CM_LABELS_H

#include "graph.h"
#include "strbuf.h"

/* The text for key, or fallback when the schema has none. */
const char *cm_label(const cm_map *map, const cm_view *view, const char *key,
		     const char *fallback);
/* A column heading: "column.NAME", else the name. */
const char *cm_label_column(const cm_map *map, const cm_view *view, const char *column);
/* An attribute's value in words: "value.ATTR.VALUE", else the label of the
 * vocabulary term it is, else the value itself. */
const char *cm_label_value(const cm_map *map, const cm_view *view, const char *attr,
			   const char *value);
/* A list or comma-separated value of an attribute, each item in words. */
void cm_label_values(cm_strbuf *out, const cm_map *map, const cm_view *view, const char *attr,
		     const char *values);
/* A compact deadline ("72h", "promptly 3-5d", "24h+4bd") in words. */
void cm_label_deadline(cm_strbuf *out, const cm_map *map, const cm_view *view,
		       const char *compact);
/* "(pending: from 2026-10-01)" or "(pending: start date not set)". */
void cm_label_pending(cm_strbuf *out, const cm_map *map, const cm_view *view, int since);

#endif
