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
#include "escape.h"
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


static void graphml_key(cm_strbuf *out, const char *prefix, const char *name,
			const char *scope, const char *type)
{
	cm_strbuf_addf(out, "  <key id=\"%s_", prefix);
	cm_escape_xml(out, name);
	cm_strbuf_addf(out, "\" for=\"%s\" attr.name=\"", scope);
	cm_escape_xml(out, name);
	cm_strbuf_addf(out, "\" attr.type=\"%s\"/>\n", type);
}

static void graphml_data(cm_strbuf *out, const char *prefix, const char *key,
			 const char *value)
{
	if (!value || !*value)
		return;
	cm_strbuf_addf(out, "      <data key=\"%s_", prefix);
	cm_escape_xml(out, key);
	cm_strbuf_adds(out, "\">");
	cm_escape_xml(out, value);
	cm_strbuf_adds(out, "</data>\n");
}

static void graphml_attrs(cm_strbuf *out, const char *prefix, const cm_attr *attrs,
			  size_t n)
{
	cm_strbuf value;
	cm_strbuf_init(&value);
	for (size_t i = 0; i < n; i++) {
		cm_strbuf_clear(&value);
		attr_text(&value, &attrs[i], "; ");
		graphml_data(out, prefix, attrs[i].def->name, value.data ? value.data : "");
	}
	cm_strbuf_release(&value);
}

static void graphml_period(cm_strbuf *out, const char *prefix, int since, int until,
			   cm_presence p)
{
	char date[CM_DATE_BUF];
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
		cm_escape_xml(out, n->id);
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
		cm_escape_xml(out, e->from->id);
		cm_strbuf_adds(out, "\" target=\"");
		cm_escape_xml(out, e->to->id);
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
	cm_escape_json(out, type);
	cm_json_period(out, since, until, 0, &first);
	cm_strbuf_adds(out, ",\"status\":");
	cm_escape_json(out, cm_presence_name(p));
	cm_json_attrs(out, attrs, n, &first);
	cm_strbuf_addc(out, '}');
}

void cm_print_jgf(cm_strbuf *out, const cm_map *map, const cm_view *view,
		  const cm_result *r)
{
	(void)map;
	char as_of[CM_DATE_BUF];
	cm_date_format(as_of, sizeof as_of, view->as_of);
	cm_strbuf_adds(out, "{\"graph\":{\"id\":\"cybermap\",\"directed\":true,\"label\":");
	cm_escape_json(out, r->title);
	cm_strbuf_adds(out, ",\"metadata\":{\"as_of\":");
	cm_escape_json(out, as_of);
	cm_strbuf_adds(out, "},\n\"nodes\":{");
	for (size_t i = 0; i < r->nodes.count; i++) {
		const cm_node *n = r->nodes.items[i];
		cm_strbuf_adds(out, i ? ",\n" : "\n");
		cm_escape_json(out, n->id);
		cm_strbuf_adds(out, ":{\"label\":");
		cm_escape_json(out, n->name);
		cm_strbuf_addc(out, ',');
		jgf_metadata(out, n->type->name, n->since, n->until, cm_node_presence(view, n),
			     n->attrs, n->nattrs);
		cm_strbuf_addc(out, '}');
	}
	cm_strbuf_adds(out, "},\n\"edges\":[");
	for (size_t i = 0; i < r->edges.count; i++) {
		const cm_edge *e = r->edges.items[i];
		cm_strbuf_adds(out, i ? ",\n{\"source\":" : "\n{\"source\":");
		cm_escape_json(out, e->from->id);
		cm_strbuf_adds(out, ",\"target\":");
		cm_escape_json(out, e->to->id);
		cm_strbuf_adds(out, ",\"relation\":");
		cm_escape_json(out, e->type->name);
		cm_strbuf_addf(out, ",\"directed\":%s,", e->type->symmetric ? "false" : "true");
		jgf_metadata(out, e->type->name, e->since, e->until,
			     cm_edge_presence(view, e, NULL), e->attrs, e->nattrs);
		cm_strbuf_addc(out, '}');
	}
	cm_strbuf_adds(out, "]}}\n");
}

/* ---- Cypher ---- */



static void cypher_props(cm_strbuf *out, const char *id, const char *name, int since,
			 int until, cm_presence p, const cm_attr *attrs, size_t n)
{
	char date[CM_DATE_BUF];
	cm_strbuf_addc(out, '{');
	if (id) {
		cm_strbuf_adds(out, "id: ");
		cm_escape_cypher_string(out, id);
		cm_strbuf_adds(out, ", name: ");
		cm_escape_cypher_string(out, name);
		cm_strbuf_adds(out, ", ");
	}
	cm_strbuf_adds(out, "status: ");
	cm_escape_cypher_string(out, cm_presence_name(p));
	if (since != CM_DATE_MIN) {
		cm_date_format(date, sizeof date, since);
		cm_strbuf_adds(out, ", since: ");
		cm_escape_cypher_string(out, date);
	}
	if (until != CM_DATE_MAX) {
		cm_date_format(date, sizeof date, until);
		cm_strbuf_adds(out, ", until: ");
		cm_escape_cypher_string(out, date);
	}
	for (size_t i = 0; i < n; i++) {
		cm_strbuf_adds(out, ", ");
		cm_escape_cypher_name(out, attrs[i].def->name, 0);
		cm_strbuf_adds(out, ": ");
		if (attrs[i].text) {
			cm_escape_cypher_string(out, attrs[i].text);
			continue;
		}
		cm_strbuf_addc(out, '[');
		for (size_t k = 0; k < attrs[i].nitems; k++) {
			if (k)
				cm_strbuf_adds(out, ", ");
			cm_escape_cypher_string(out, attrs[i].items[k]);
		}
		cm_strbuf_addc(out, ']');
	}
	cm_strbuf_addc(out, '}');
}

void cm_print_cypher(cm_strbuf *out, const cm_map *map, const cm_view *view,
		     const cm_result *r)
{
	(void)map;
	char as_of[CM_DATE_BUF];
	cm_date_format(as_of, sizeof as_of, view->as_of);
	cm_strbuf_addf(out, "// cybermap: %zu nodes, %zu edges, as of %s\n",
		       r->nodes.count, r->edges.count, as_of);
	cm_strbuf_adds(out, "CREATE INDEX cybermap_id IF NOT EXISTS FOR (n:Cybermap) ON (n.id);\n");
	for (size_t i = 0; i < r->nodes.count; i++) {
		const cm_node *n = r->nodes.items[i];
		cm_strbuf_adds(out, "CREATE (:Cybermap:");
		cm_escape_cypher_name(out, n->type->name, 0);
		cm_strbuf_addc(out, ' ');
		cypher_props(out, n->id, n->name, n->since, n->until, cm_node_presence(view, n),
			     n->attrs, n->nattrs);
		cm_strbuf_adds(out, ");\n");
	}
	for (size_t i = 0; i < r->edges.count; i++) {
		const cm_edge *e = r->edges.items[i];
		cm_strbuf_adds(out, "MATCH (a:Cybermap {id: ");
		cm_escape_cypher_string(out, e->from->id);
		cm_strbuf_adds(out, "}), (b:Cybermap {id: ");
		cm_escape_cypher_string(out, e->to->id);
		cm_strbuf_adds(out, "}) CREATE (a)-[:");
		cm_escape_cypher_name(out, e->type->name, 1);
		cm_strbuf_addc(out, ' ');
		cypher_props(out, NULL, NULL, e->since, e->until, cm_edge_presence(view, e, NULL),
			     e->attrs, e->nattrs);
		cm_strbuf_adds(out, "]->(b);\n");
	}
}

/* ---- CSV for neo4j-admin import ---- */


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
	char date[CM_DATE_BUF];
	cm_strbuf_addc(out, ',');
	date_text(date, sizeof date, since, CM_DATE_MIN);
	cm_escape_csv(out, date);
	cm_strbuf_addc(out, ',');
	date_text(date, sizeof date, until, CM_DATE_MAX);
	cm_escape_csv(out, date);
	cm_strbuf_addc(out, ',');
	cm_escape_csv(out, cm_presence_name(p));
	cm_strbuf value;
	cm_strbuf_init(&value);
	for (size_t d = 0; d < ndefs; d++) {
		const cm_attr *a = cm_attr_find(attrs, nattrs, defs[d].name);
		cm_strbuf_addc(out, ',');
		if (!a)
			continue;
		cm_strbuf_clear(&value);
		attr_text(&value, a, ";");
		cm_escape_csv(out, value.data ? value.data : "");
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
		cm_escape_csv(nodes, n->id);
		cm_strbuf_addc(nodes, ',');
		cm_escape_csv(nodes, label);
		cm_strbuf_addc(nodes, ',');
		cm_escape_csv(nodes, n->name);
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
		cm_escape_csv(edges, e->from->id);
		cm_strbuf_addc(edges, ',');
		cm_escape_csv(edges, e->to->id);
		cm_strbuf_addc(edges, ',');
		cm_escape_csv(edges, type);
		csv_row_tail(edges, e->since, e->until, cm_edge_presence(view, e, NULL),
			     s->edge_attrs, s->nedge_attrs, e->attrs, e->nattrs);
	}
}
