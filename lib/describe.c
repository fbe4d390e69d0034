/* describe.c: short text forms of attributes and edges. */
#include "describe.h"

#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "labels.h"

void cm_describe_attr(cm_strbuf *buf, const cm_attr *attr)
{
	if (attr->text) {
		cm_strbuf_adds(buf, attr->text);
		return;
	}
	for (size_t i = 0; i < attr->nitems; i++) {
		if (i)
			cm_strbuf_adds(buf, ", ");
		cm_strbuf_adds(buf, attr->items[i]);
	}
}

static int is_provenance(const cm_map *map, const char *name)
{
	for (size_t i = 0; i < map->schema.nstrict_attrs; i++)
		if (map->schema.strict_attrs[i] == name)
			return 1;
	return 0;
}

static int japanese(const cm_view *view)
{
	return view && view->lang && strcmp(view->lang, "ja") == 0;
}

/* An attribute's value for a person: enum values and vocabulary terms by
 * their labels; under --lang ja, deadlines in words too (English output
 * keeps the compact form scripts read). */
static void describe_value(cm_strbuf *buf, const cm_map *map, const cm_view *view,
			   const cm_attr *a)
{
	if (a->def->kind == CM_KIND_DURATION && japanese(view) && a->text) {
		cm_label_deadline(buf, map, view, a->text);
		return;
	}
	if (a->def->kind != CM_KIND_ENUM && a->def->kind != CM_KIND_TERMS) {
		cm_describe_attr(buf, a);
		return;
	}
	const char *sep = cm_label(map, view, "list.separator", ", ");
	if (a->text)
		cm_strbuf_adds(buf, cm_label_value(map, view, a->def->name, a->text));
	for (size_t i = 0; i < a->nitems; i++)
		cm_strbuf_addf(buf, "%s%s", i ? sep : "",
			       cm_label_value(map, view, a->def->name, a->items[i]));
}

void cm_describe_edge_attrs(cm_strbuf *buf, const cm_map *map, const cm_view *view,
			    const cm_edge *edge)
{
	size_t start = buf->len;
	char date[CM_DATE_BUF];
	const char *sep = cm_label(map, view, "list.field_separator", "; ");
	if (edge->since != CM_DATE_MIN) {
		cm_date_format_as(date, sizeof date, edge->since, CM_SINCE_PRECISION(edge->precision));
		cm_strbuf_addf(buf, "%s %s", cm_label(map, view, "attr.since", "since"),
			       edge->since == CM_DATE_PENDING ? cm_label(map, view, "date.pending", date)
							      : date);
	}
	if (edge->until != CM_DATE_MAX) {
		if (buf->len > start)
			cm_strbuf_adds(buf, sep);
		cm_date_format_as(date, sizeof date, edge->until, CM_UNTIL_PRECISION(edge->precision));
		cm_strbuf_addf(buf, "%s %s", cm_label(map, view, "attr.until", "until"), date);
	}
	for (size_t i = 0; i < edge->nattrs; i++) {
		const cm_attr *a = &edge->attrs[i];
		if (is_provenance(map, a->def->name) || (a->def->flags & CM_ATTR_DETAIL) ||
		    a->def->is_ja)
			continue;
		int english_only = 0;
		const cm_attr *shown = cm_attr_in_lang(view, edge->attrs, edge->nattrs, a, &english_only);
		if (buf->len > start)
			cm_strbuf_adds(buf, sep);
		cm_strbuf_addf(buf, "%s ", cm_label2_or(map, view, "attr", a->def->name));
		describe_value(buf, map, view, shown);
		if (english_only)
			cm_strbuf_adds(buf, cm_label(map, view, "text.english_only", ""));
	}
}

void cm_describe_period(cm_strbuf *buf, const cm_map *map, const cm_view *view, int since,
			int until, unsigned char precision)
{
	char a[CM_DATE_BUF], b[CM_DATE_BUF];
	cm_date_format_as(a, sizeof a, since, CM_SINCE_PRECISION(precision));
	cm_date_format_as(b, sizeof b, until, CM_UNTIL_PRECISION(precision));
	if (since != CM_DATE_MIN && until != CM_DATE_MAX)
		cm_strbuf_fill2(buf, cm_label(map, view, "period.between", "%s to %s"), a, b);
	else if (since != CM_DATE_MIN)
		cm_strbuf_fill1(buf, cm_label(map, view, "period.from", "from %s"), a);
	else if (until != CM_DATE_MAX)
		cm_strbuf_fill1(buf, cm_label(map, view, "period.until", "until %s"), b);
}

cm_status cm_edge_describe(char **out, const cm_map *map, const cm_view *view,
			   const cm_edge *edge)
{
	cm_strbuf buf;
	cm_strbuf_init(&buf);
	cm_describe_edge_attrs(&buf, map, view, edge);
	*out = cm_strbuf_detach(&buf, NULL); /* "" when nothing was added */
	return *out ? CM_OK : CM_ENOMEM;
}
