/*
 * export.c: a result's subgraph for other tools -- GraphML (Gephi, yEd,
 * networkx), JSON Graph Format (D3, Cytoscape), a Cypher script and the CSV
 * files of Neo4j's bulk importer.  Every attribute goes out; lists are
 * joined with "; " where the format has no list type.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "date.h"
#include "print.h"
#include "text.h"
#include "view.h"

static void attr_text(cm_strbuf *out, const cm_attr *a, const char *join)
{
	if (a->text) {
		cm_strbuf_adds(out, a->text);
		return;
	}
	for (size_t i = 0; i < a->nitems; i++) {
		if (i)
			cm_strbuf_adds(out, join);
		cm_strbuf_adds(out, a->items[i]);
	}
}

static void date_text(char *buf, size_t size, int day, int unset)
{
	if (day == unset)
		buf[0] = '\0';
	else
		cm_date_format(buf, size, day);
}

/* ---- GraphML ---- */

/* XML text.  XML 1.0 cannot carry the C0 controls but tab, newline and
 * carriage return at all, so those become spaces; the other unsafe
 * characters (text.h) are written as character references, exact. */
static void xml_text(cm_strbuf *out, const char *text)
{
	size_t len;
	for (const char *p = text; *p; p += len) {
		unsigned cp;
		cm_char_class c = cm_char_at(p, &len, &cp);
		switch (*p) {
		case '&': cm_strbuf_adds(out, "&amp;"); continue;
		case '<': cm_strbuf_adds(out, "&lt;"); continue;
		case '>': cm_strbuf_adds(out, "&gt;"); continue;
		case '"': cm_strbuf_adds(out, "&quot;"); continue;
		case '\t': case '\n': cm_strbuf_addc(out, *p); continue;
		case '\r': cm_strbuf_adds(out, "&#xd;"); continue;
		}
		if (c == CM_CHAR_SAFE)
			cm_strbuf_add(out, p, len);
		else if (cp < 0x20 || len == 1)
			cm_strbuf_addc(out, ' ');
		else
			cm_strbuf_addf(out, "&#x%x;", cp);
	}
}

static void graphml_key(cm_strbuf *out, const char *prefix, const char *name,
			const char *scope, const char *type)
{
	cm_strbuf_addf(out, "  <key id=\"%s_", prefix);
	xml_text(out, name);
	cm_strbuf_addf(out, "\" for=\"%s\" attr.name=\"", scope);
	xml_text(out, name);
	cm_strbuf_addf(out, "\" attr.type=\"%s\"/>\n", type);
}

static void graphml_data(cm_strbuf *out, const char *prefix, const char *key,
			 const char *value)
{
	if (!value || !*value)
		return;
	cm_strbuf_addf(out, "      <data key=\"%s_", prefix);
	xml_text(out, key);
	cm_strbuf_adds(out, "\">");
	xml_text(out, value);
	cm_strbuf_adds(out, "</data>\n");
}

static void graphml_attrs(cm_strbuf *out, const char *prefix, const cm_attr *attrs,
			  size_t n)
{
	cm_strbuf value;
	cm_strbuf_init(&value);
	for (size_t i = 0; i < n; i++) {
		value.len = 0;
		attr_text(&value, &attrs[i], "; ");
		graphml_data(out, prefix, attrs[i].def->name, value.data ? value.data : "");
	}
	cm_strbuf_release(&value);
}

static void graphml_period(cm_strbuf *out, const char *prefix, int since, int until,
			   cm_presence p)
{
	char date[16];
	date_text(date, sizeof date, since, CM_DATE_MIN);
	graphml_data(out, prefix, "since", date);
	date_text(date, sizeof date, until, CM_DATE_MAX);
	graphml_data(out, prefix, "until", date);
	graphml_data(out, prefix, "status", cm_presence_name(p));
}

void cm_print_graphml(cm_strbuf *out, const cm_map *map, const cm_view *view,
		      const cm_result *r)
{
	const cm_schema *s = &map->schema;
	static const char *const common[] = {"type", "name", "since", "until", "status"};
	cm_strbuf_adds(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
	for (size_t i = 0; i < 5; i++)
		graphml_key(out, "n", common[i], "node", "string");
	for (size_t i = 0; i < s->nnode_attrs; i++)
		graphml_key(out, "n", s->node_attrs[i].name, "node", "string");
	for (size_t i = 0; i < 5; i++)
		if (i != 1)
			graphml_key(out, "e", common[i], "edge", "string");
	graphml_key(out, "e", "symmetric", "edge", "boolean");
	for (size_t i = 0; i < s->nedge_attrs; i++)
		graphml_key(out, "e", s->edge_attrs[i].name, "edge", "string");
	cm_strbuf_adds(out, "  <graph id=\"cybermap\" edgedefault=\"directed\">\n");
	for (size_t i = 0; i < r->nodes.count; i++) {
		const cm_node *n = r->nodes.items[i];
		cm_strbuf_adds(out, "    <node id=\"");
		xml_text(out, n->id);
		cm_strbuf_adds(out, "\">\n");
		graphml_data(out, "n", "type", n->type->name);
		graphml_data(out, "n", "name", n->name);
		graphml_period(out, "n", n->since, n->until, cm_node_presence(view, n));
		graphml_attrs(out, "n", n->attrs, n->nattrs);
		cm_strbuf_adds(out, "    </node>\n");
	}
	for (size_t i = 0; i < r->edges.count; i++) {
		const cm_edge *e = r->edges.items[i];
		cm_strbuf_addf(out, "    <edge id=\"e%u\" source=\"", e->index);
		xml_text(out, e->from->id);
		cm_strbuf_adds(out, "\" target=\"");
		xml_text(out, e->to->id);
		cm_strbuf_adds(out, "\">\n");
		graphml_data(out, "e", "type", e->type->name);
		graphml_data(out, "e", "symmetric", e->type->symmetric ? "true" : "false");
		graphml_period(out, "e", e->since, e->until, cm_edge_presence(view, e, NULL));
		graphml_attrs(out, "e", e->attrs, e->nattrs);
		cm_strbuf_adds(out, "    </edge>\n");
	}
	cm_strbuf_adds(out, "  </graph>\n</graphml>\n");
}

/* ---- JSON Graph Format ---- */

static void jgf_metadata(cm_strbuf *out, const char *type, int since, int until,
			 cm_presence p, const cm_attr *attrs, size_t n)
{
	int first = 0;
	cm_strbuf_adds(out, "\"metadata\":{\"type\":");
	cm_json_string(out, type);
	cm_json_period(out, since, until, 0, &first);
	cm_strbuf_adds(out, ",\"status\":");
	cm_json_string(out, cm_presence_name(p));
	cm_json_attrs(out, attrs, n, &first);
	cm_strbuf_addc(out, '}');
}

void cm_print_jgf(cm_strbuf *out, const cm_map *map, const cm_view *view,
		  const cm_result *r)
{
	(void)map;
	char as_of[16];
	cm_date_format(as_of, sizeof as_of, view->as_of);
	cm_strbuf_adds(out, "{\"graph\":{\"id\":\"cybermap\",\"directed\":true,\"label\":");
	cm_json_string(out, r->title);
	cm_strbuf_adds(out, ",\"metadata\":{\"as_of\":");
	cm_json_string(out, as_of);
	cm_strbuf_adds(out, "},\n\"nodes\":{");
	for (size_t i = 0; i < r->nodes.count; i++) {
		const cm_node *n = r->nodes.items[i];
		cm_strbuf_adds(out, i ? ",\n" : "\n");
		cm_json_string(out, n->id);
		cm_strbuf_adds(out, ":{\"label\":");
		cm_json_string(out, n->name);
		cm_strbuf_addc(out, ',');
		jgf_metadata(out, n->type->name, n->since, n->until, cm_node_presence(view, n),
			     n->attrs, n->nattrs);
		cm_strbuf_addc(out, '}');
	}
	cm_strbuf_adds(out, "},\n\"edges\":[");
	for (size_t i = 0; i < r->edges.count; i++) {
		const cm_edge *e = r->edges.items[i];
		cm_strbuf_adds(out, i ? ",\n{\"source\":" : "\n{\"source\":");
		cm_json_string(out, e->from->id);
		cm_strbuf_adds(out, ",\"target\":");
		cm_json_string(out, e->to->id);
		cm_strbuf_adds(out, ",\"relation\":");
		cm_json_string(out, e->type->name);
		cm_strbuf_addf(out, ",\"directed\":%s,", e->type->symmetric ? "false" : "true");
		jgf_metadata(out, e->type->name, e->since, e->until,
			     cm_edge_presence(view, e, NULL), e->attrs, e->nattrs);
		cm_strbuf_addc(out, '}');
	}
	cm_strbuf_adds(out, "]}}\n");
}

/* ---- Cypher ---- */

static void cypher_string(cm_strbuf *out, const char *text)
{
	cm_strbuf_addc(out, '\'');
	size_t len;
	for (const char *p = text; *p; p += len) {
		unsigned cp;
		cm_char_class c = cm_char_at(p, &len, &cp);
		if (*p == '\'' || *p == '\\')
			cm_strbuf_addf(out, "\\%c", *p);
		else if (*p == '\n')
			cm_strbuf_adds(out, "\\n");
		else if (c != CM_CHAR_SAFE) /* unsafe (text.h): escaped, exact */
			cm_strbuf_addf(out, "\\u%04x", cp);
		else
			cm_strbuf_add(out, p, len);
	}
	cm_strbuf_addc(out, '\'');
}

/* A label or relationship type in backquotes (doubled inside). */
static void cypher_name(cm_strbuf *out, const char *name, int upper)
{
	cm_strbuf_addc(out, '`');
	for (const char *p = name; *p; p++) {
		if (*p == '`')
			cm_strbuf_addc(out, '`');
		cm_strbuf_addc(out, upper ? (char)toupper((unsigned char)*p) : *p);
	}
	cm_strbuf_addc(out, '`');
}

static void cypher_props(cm_strbuf *out, const char *id, const char *name, int since,
			 int until, cm_presence p, const cm_attr *attrs, size_t n)
{
	char date[16];
	cm_strbuf_addc(out, '{');
	if (id) {
		cm_strbuf_adds(out, "id: ");
		cypher_string(out, id);
		cm_strbuf_adds(out, ", name: ");
		cypher_string(out, name);
		cm_strbuf_adds(out, ", ");
	}
	cm_strbuf_adds(out, "status: ");
	cypher_string(out, cm_presence_name(p));
	if (since != CM_DATE_MIN) {
		cm_date_format(date, sizeof date, since);
		cm_strbuf_adds(out, ", since: ");
		cypher_string(out, date);
	}
	if (until != CM_DATE_MAX) {
		cm_date_format(date, sizeof date, until);
		cm_strbuf_adds(out, ", until: ");
		cypher_string(out, date);
	}
	for (size_t i = 0; i < n; i++) {
		cm_strbuf_adds(out, ", ");
		cypher_name(out, attrs[i].def->name, 0);
		cm_strbuf_adds(out, ": ");
		if (attrs[i].text) {
			cypher_string(out, attrs[i].text);
			continue;
		}
		cm_strbuf_addc(out, '[');
		for (size_t k = 0; k < attrs[i].nitems; k++) {
			if (k)
				cm_strbuf_adds(out, ", ");
			cypher_string(out, attrs[i].items[k]);
		}
		cm_strbuf_addc(out, ']');
	}
	cm_strbuf_addc(out, '}');
}

void cm_print_cypher(cm_strbuf *out, const cm_map *map, const cm_view *view,
		     const cm_result *r)
{
	(void)map;
	char as_of[16];
	cm_date_format(as_of, sizeof as_of, view->as_of);
	cm_strbuf_addf(out, "// cybermap: %zu nodes, %zu edges, as of %s\n",
		       r->nodes.count, r->edges.count, as_of);
	cm_strbuf_adds(out, "CREATE INDEX cybermap_id IF NOT EXISTS FOR (n:Cybermap) ON (n.id);\n");
	for (size_t i = 0; i < r->nodes.count; i++) {
		const cm_node *n = r->nodes.items[i];
		cm_strbuf_adds(out, "CREATE (:Cybermap:");
		cypher_name(out, n->type->name, 0);
		cm_strbuf_addc(out, ' ');
		cypher_props(out, n->id, n->name, n->since, n->until, cm_node_presence(view, n),
			     n->attrs, n->nattrs);
		cm_strbuf_adds(out, ");\n");
	}
	for (size_t i = 0; i < r->edges.count; i++) {
		const cm_edge *e = r->edges.items[i];
		cm_strbuf_adds(out, "MATCH (a:Cybermap {id: ");
		cypher_string(out, e->from->id);
		cm_strbuf_adds(out, "}), (b:Cybermap {id: ");
		cypher_string(out, e->to->id);
		cm_strbuf_adds(out, "}) CREATE (a)-[:");
		cypher_name(out, e->type->name, 1);
		cm_strbuf_addc(out, ' ');
		cypher_props(out, NULL, NULL, e->since, e->until, cm_edge_presence(view, e, NULL),
			     e->attrs, e->nattrs);
		cm_strbuf_adds(out, "]->(b);\n");
	}
}

/* ---- CSV for neo4j-admin import ---- */

/* A quoted field.  CSV has no escapes: a quoted field may hold tabs and
 * newlines, and the other unsafe characters follow the rule for text shown
 * to people (text.h). */
static void csv_field(cm_strbuf *out, const char *text)
{
	cm_strbuf_addc(out, '"');
	size_t len;
	for (const char *p = text; *p; p += len) {
		unsigned cp;
		cm_char_class c = cm_char_at(p, &len, &cp);
		if (*p == '"')
			cm_strbuf_adds(out, "\"\"");
		else if (*p == '\t' || *p == '\n' || c == CM_CHAR_SAFE)
			cm_strbuf_add(out, p, len);
		else
			cm_strbuf_adds(out, cm_char_shown(c, len, cp));
	}
	cm_strbuf_addc(out, '"');
}

static void csv_header(cm_strbuf *out, const char *fixed, const cm_attr_def *defs, size_t n)
{
	cm_strbuf_adds(out, fixed);
	for (size_t i = 0; i < n; i++) {
		cm_strbuf_addc(out, ',');
		cm_strbuf_adds(out, defs[i].name);
		if (defs[i].kind == CM_KIND_LIST || defs[i].kind == CM_KIND_URLS || defs[i].kind == CM_KIND_TERMS)
			cm_strbuf_adds(out, ":string[]");
	}
	cm_strbuf_addc(out, '\n');
}

/* The common columns, then one per declared attribute, in schema order;
 * arrays use Neo4j's default delimiter ';'. */
static void csv_row_tail(cm_strbuf *out, int since, int until, cm_presence p,
			 const cm_attr_def *defs, size_t ndefs, const cm_attr *attrs,
			 size_t nattrs)
{
	char date[16];
	cm_strbuf_addc(out, ',');
	date_text(date, sizeof date, since, CM_DATE_MIN);
	csv_field(out, date);
	cm_strbuf_addc(out, ',');
	date_text(date, sizeof date, until, CM_DATE_MAX);
	csv_field(out, date);
	cm_strbuf_addc(out, ',');
	csv_field(out, cm_presence_name(p));
	cm_strbuf value;
	cm_strbuf_init(&value);
	for (size_t d = 0; d < ndefs; d++) {
		const cm_attr *a = cm_attr_find(attrs, nattrs, defs[d].name);
		cm_strbuf_addc(out, ',');
		if (!a)
			continue;
		value.len = 0;
		attr_text(&value, a, ";");
		csv_field(out, value.data ? value.data : "");
	}
	cm_strbuf_release(&value);
	cm_strbuf_addc(out, '\n');
}

void cm_print_csv_into(cm_strbuf *nodes, cm_strbuf *edges, const cm_map *map,
		       const cm_view *view, const cm_result *r)
{
	const cm_schema *s = &map->schema;
	csv_header(nodes, "id:ID,:LABEL,name,since,until,status", s->node_attrs, s->nnode_attrs);
	for (size_t i = 0; i < r->nodes.count; i++) {
		const cm_node *n = r->nodes.items[i];
		char label[128];
		snprintf(label, sizeof label, "Cybermap;%s", n->type->name);
		csv_field(nodes, n->id);
		cm_strbuf_addc(nodes, ',');
		csv_field(nodes, label);
		cm_strbuf_addc(nodes, ',');
		csv_field(nodes, n->name);
		csv_row_tail(nodes, n->since, n->until, cm_node_presence(view, n), s->node_attrs,
			     s->nnode_attrs, n->attrs, n->nattrs);
	}
	csv_header(edges, ":START_ID,:END_ID,:TYPE,since,until,status", s->edge_attrs,
		   s->nedge_attrs);
	for (size_t i = 0; i < r->edges.count; i++) {
		const cm_edge *e = r->edges.items[i];
		char type[128];
		size_t k = 0;
		for (; e->type->name[k] && k < sizeof type - 1; k++)
			type[k] = (char)toupper((unsigned char)e->type->name[k]);
		type[k] = '\0';
		csv_field(edges, e->from->id);
		cm_strbuf_addc(edges, ',');
		csv_field(edges, e->to->id);
		cm_strbuf_addc(edges, ',');
		csv_field(edges, type);
		csv_row_tail(edges, e->since, e->until, cm_edge_presence(view, e, NULL),
			     s->edge_attrs, s->nedge_attrs, e->attrs, e->nattrs);
	}
}
