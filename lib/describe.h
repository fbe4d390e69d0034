/* describe.h: short text forms of elements, shared by the queries. */
#ifndef CM_DESCRIBE_H
#define CM_DESCRIBE_H

#include "graph.h"
#include "strbuf.h"

/* An attribute's value as text: lists joined with ", ". */
void cm_describe_attr(cm_strbuf *buf, const cm_attr *attr);
/* An edge's attributes as "key value; key value", leaving out provenance
 * (the attributes check --strict requires) and attributes marked `detail`,
 * which JSON carries in full.  Keys and values are the view's language:
 * an attribute's Japanese counterpart stands in for it under --lang ja,
 * marked when there is none. */
void cm_describe_edge_attrs(cm_strbuf *buf, const cm_map *map, const cm_view *view,
			    const cm_edge *edge);

/* A period as "2015-01-09 to 2025-07-01", "from 2015-01-09", "until ..."
 * or nothing when unbounded. */
void cm_describe_period(cm_strbuf *buf, const cm_map *map, const cm_view *view, int since,
			int until, unsigned char precision);

#endif
