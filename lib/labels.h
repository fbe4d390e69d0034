/* labels.h: the program's words in the view's language (schema labels). */
#ifndef CM_LABELS_H
#define CM_LABELS_H

#include "graph.h"
#include "strbuf.h"

/* The text for key, or fallback when the schema has none. */
const char *cm_label(const cm_map *map, const cm_view *view, const char *key,
		     const char *fallback);
/* "PREFIX.NAME" (edge.part_of, type.agency, attr.trigger), else the name. */
const char *cm_label2_or(const cm_map *map, const cm_view *view, const char *prefix,
			 const char *name);
/* A schema name (an edge type, an attribute) as words of the view's
 * language other than English; in English the name itself, as ids are. */
const char *cm_name_in_lang(const cm_map *map, const cm_view *view, const char *prefix,
			    const char *name);
/* The attribute as the view's language has it: under --lang ja its
 * Japanese counterpart (the schema's `ja`) when the element has one, else
 * itself with *english_only set. */
const cm_attr *cm_attr_in_lang(const cm_view *view, const cm_attr *attrs, size_t n,
			       const cm_attr *a, int *english_only);
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
/* A cell of a column with this role, in words: a KIND value from
 * "cell.COLUMN.VALUE" ("step 3" from "cell.COLUMN.step"), a TYPE from
 * "type." or "edge.", a KEY or RELATION ("-> part_of") with its edge type
 * in words; anything else as it is. */
void cm_label_cell(cm_strbuf *out, const cm_map *map, const cm_view *view, cm_role role,
		   const char *column, const char *value);
/* "(pending: from 2026-10-01)" or "(pending: start date not set)". */
void cm_label_pending(cm_strbuf *out, const cm_map *map, const cm_view *view, int since);

#endif
