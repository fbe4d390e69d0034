/* describe.c: short text forms of attributes and edges. */
#include "describe.h"

#include <string.h>

#include "date.h"

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

static void add_separator(cm_strbuf *buf, size_t start)
{
	if (buf->len > start)
		cm_strbuf_adds(buf, "; ");
}

void cm_describe_edge_attrs(cm_strbuf *buf, const cm_map *map, const cm_edge *edge)
{
	size_t start = buf->len;
	char date[CM_DATE_BUF];
	if (edge->since != CM_DATE_MIN) {
		cm_date_format_as(date, sizeof date, edge->since, CM_SINCE_PRECISION(edge->precision));
		cm_strbuf_addf(buf, "since %s", date);
	}
	if (edge->until != CM_DATE_MAX) {
		add_separator(buf, start);
		cm_date_format_as(date, sizeof date, edge->until, CM_UNTIL_PRECISION(edge->precision));
		cm_strbuf_addf(buf, "until %s", date);
	}
	for (size_t i = 0; i < edge->nattrs; i++) {
		const cm_attr *a = &edge->attrs[i];
		if (is_provenance(map, a->def->name) || (a->def->flags & CM_ATTR_DETAIL))
			continue;
		add_separator(buf, start);
		cm_strbuf_addf(buf, "%s ", a->def->name);
		cm_describe_attr(buf, a);
	}
}

void cm_describe_period(cm_strbuf *buf, int since, int until, unsigned char precision)
{
	char a[CM_DATE_BUF], b[CM_DATE_BUF];
	cm_date_format_as(a, sizeof a, since, CM_SINCE_PRECISION(precision));
	cm_date_format_as(b, sizeof b, until, CM_UNTIL_PRECISION(precision));
	if (since != CM_DATE_MIN && until != CM_DATE_MAX)
		cm_strbuf_addf(buf, "%s to %s", a, b);
	else if (since != CM_DATE_MIN)
		cm_strbuf_addf(buf, "from %s", a);
	else if (until != CM_DATE_MAX)
		cm_strbuf_addf(buf, "until %s", b);
}
