/*
 * graphviz_dot.c: the calls render.c makes of Graphviz, for the library
 * compiled to WebAssembly, where there is no Graphviz to load.  It keeps the
 * graph render.c builds (subgraphs, nodes, edges, attributes, HTML labels)
 * and writes it as DOT; the page hands that DOT to Graphviz compiled to
 * WebAssembly (@viz-js/viz), which lays it out and draws it.  Layout and
 * rendering here only say that they are not available.  Only cgraph's types
 * and constants come from its headers; this is not cgraph, and writes its
 * DOT its own way (the same graph, not the same bytes).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "graphviz.h"

typedef struct attr {
	char *name, *value;
	int html;
} attr;

/* Every object: the root graph, a subgraph, a node or an edge. */
typedef struct object {
	int kind;             /* AGRAPH, AGNODE or AGEDGE */
	char *name;
	struct object *home;  /* the (sub)graph it was made in; NULL for the root */
	struct object *tail, *head; /* edges */
	attr *attrs;
	size_t nattrs, cap;
} object;

typedef struct graph {
	object self;
	object **all; /* every object made in it, in order */
	size_t count, cap;
	object node_defaults, edge_defaults;
	object **by_name; /* the nodes, by name: open addressing, load <= 1/2 */
	size_t nnodes, table_cap;
	char **html;  /* strings made by agstrdup_html, still alive */
	size_t nhtml, html_cap;
	int directed, failed;
} graph;

static agusererrf error_function;
static agerrlevel_t error_level = AGWARN;

/* Every object points at its graph: objects are made only through it. */
static graph *root_of(object *o)
{
	while (o->home)
		o = o->home;
	return (graph *)o;
}

static int grow(void **items, size_t *cap, size_t count, size_t size)
{
	if (count < *cap)
		return 1;
	size_t more = *cap ? *cap * 2 : 16;
	void *bigger = realloc(*items, more * size);
	if (!bigger)
		return 0;
	*items = bigger;
	*cap = more;
	return 1;
}

static int is_html(graph *g, const char *value)
{
	for (size_t i = 0; i < g->nhtml; i++)
		if (g->html[i] == value)
			return 1;
	return 0;
}

static int set_attr(graph *g, object *o, const char *name, const char *value)
{
	for (size_t i = 0; i < o->nattrs; i++)
		if (strcmp(o->attrs[i].name, name) == 0) {
			char *copy = strdup(value);
			if (!copy)
				return 0;
			free(o->attrs[i].value);
			o->attrs[i].value = copy;
			o->attrs[i].html = is_html(g, value);
			return 1;
		}
	if (!grow((void **)&o->attrs, &o->cap, o->nattrs, sizeof(attr)))
		return 0;
	attr a = {strdup(name), strdup(value), is_html(g, value)};
	if (!a.name || !a.value) {
		free(a.name);
		free(a.value);
		return 0;
	}
	o->attrs[o->nattrs++] = a;
	return 1;
}

static object *make(graph *g, int kind, const char *name, object *home)
{
	object *o = calloc(1, sizeof(*o));
	if (!o || !grow((void **)&g->all, &g->cap, g->count, sizeof(object *)) ||
	    !(o->name = strdup(name ? name : ""))) {
		free(o);
		g->failed = 1;
		return NULL;
	}
	o->kind = kind;
	o->home = home;
	g->all[g->count++] = o;
	return o;
}

static size_t name_hash(const char *name)
{
	size_t h = 5381;
	for (const unsigned char *p = (const unsigned char *)name; *p; p++)
		h = h * 33 + *p;
	return h;
}

/* The slot of the node named name, or the empty one where it would go. */
static object **node_slot(const graph *g, const char *name)
{
	size_t i = name_hash(name) & (g->table_cap - 1);
	while (g->by_name[i] && strcmp(g->by_name[i]->name, name) != 0)
		i = (i + 1) & (g->table_cap - 1);
	return &g->by_name[i];
}

/* Puts a new node in the index, growing it as needed; 0 when out of memory. */
static int index_node(graph *g, object *node)
{
	if (2 * (g->nnodes + 1) > g->table_cap) {
		size_t cap = g->table_cap ? 2 * g->table_cap : 64;
		object **old = g->by_name, **table = calloc(cap, sizeof(*table));
		if (!table)
			return 0;
		size_t old_cap = g->table_cap;
		g->by_name = table;
		g->table_cap = cap;
		for (size_t i = 0; i < old_cap; i++)
			if (old[i])
				*node_slot(g, old[i]->name) = old[i];
		free(old);
	}
	*node_slot(g, node->name) = node;
	g->nnodes++;
	return 1;
}

static object *find_node(const graph *g, const char *name)
{
	return g->table_cap ? *node_slot(g, name) : NULL;
}

/* Subgraphs are few (a lane per side, a box or two in each): a scan. */
static object *find_subgraph(const graph *g, const char *name, const object *parent)
{
	for (size_t i = 0; i < g->count; i++) {
		object *o = g->all[i];
		if (o->kind == AGRAPH && o->home == parent && strcmp(o->name, name) == 0)
			return o;
	}
	return NULL;
}

static void free_object(object *o)
{
	for (size_t i = 0; i < o->nattrs; i++) {
		free(o->attrs[i].name);
		free(o->attrs[i].value);
	}
	free(o->attrs);
	free(o->name);
}

/* ---- the calls ---- */

static Agraph_t *dot_agopen(char *name, Agdesc_t desc, Agdisc_t *disc)
{
	(void)disc;
	graph *g = calloc(1, sizeof(*g));
	if (!g || !(g->self.name = strdup(name))) {
		free(g);
		return NULL;
	}
	g->self.kind = AGRAPH;
	g->directed = desc.directed;
	return (Agraph_t *)g;
}

static int dot_agclose(Agraph_t *handle)
{
	graph *g = (graph *)handle;
	for (size_t i = 0; i < g->count; i++) {
		free_object(g->all[i]);
		free(g->all[i]);
	}
	for (size_t i = 0; i < g->nhtml; i++)
		free(g->html[i]);
	free(g->html);
	free(g->by_name);
	free(g->all);
	free_object(&g->node_defaults);
	free_object(&g->edge_defaults);
	free_object(&g->self);
	free(g);
	return 0;
}

static Agsym_t *dot_agattr(Agraph_t *handle, int kind, char *name, char *value)
{
	graph *g = root_of((object *)handle);
	object *o = kind == AGNODE ? &g->node_defaults : kind == AGEDGE ? &g->edge_defaults
									 : (object *)handle;
	if (!set_attr(g, o, name, value)) {
		g->failed = 1;
		return NULL;
	}
	return (Agsym_t *)o; /* only its being there is looked at */
}

static int dot_agsafeset(void *obj, char *name, char *value, char *def)
{
	(void)def;
	object *o = obj;
	graph *g = root_of(o);
	if (!set_attr(g, o, name, value)) {
		g->failed = 1;
		return -1;
	}
	return 0;
}

static Agraph_t *dot_agsubg(Agraph_t *parent, char *name, int create)
{
	graph *g = root_of((object *)parent);
	object *o = find_subgraph(g, name, (object *)parent);
	if (!o && create)
		o = make(g, AGRAPH, name, (object *)parent);
	return (Agraph_t *)o;
}

static Agnode_t *dot_agnode(Agraph_t *where, char *name, int create)
{
	graph *g = root_of((object *)where);
	object *o = find_node(g, name);
	if (!o && create && (o = make(g, AGNODE, name, (object *)where)) && !index_node(g, o)) {
		g->failed = 1;
		return NULL; /* made, and freed with the graph */
	}
	return (Agnode_t *)o;
}

static Agedge_t *dot_agedge(Agraph_t *where, Agnode_t *t, Agnode_t *h, char *name, int create)
{
	graph *g = root_of((object *)where);
	if (!create)
		return NULL;
	object *o = make(g, AGEDGE, name, (object *)where);
	if (o) {
		o->tail = (object *)t;
		o->head = (object *)h;
	}
	return (Agedge_t *)o;
}

static char *dot_agstrdup(Agraph_t *handle, char *s)
{
	(void)handle;
	return strdup(s);
}

static char *dot_agstrdup_html(Agraph_t *handle, char *s)
{
	graph *g = root_of((object *)handle);
	char *copy = strdup(s);
	if (!copy || !grow((void **)&g->html, &g->html_cap, g->nhtml, sizeof(char *))) {
		free(copy);
		return NULL;
	}
	g->html[g->nhtml++] = copy;
	return copy;
}

static int dot_agstrfree(Agraph_t *handle, char *s)
{
	graph *g = root_of((object *)handle);
	for (size_t i = 0; i < g->nhtml; i++)
		if (g->html[i] == s) {
			g->html[i] = g->html[--g->nhtml];
			break;
		}
	free(s);
	return 0;
}

/* ---- writing DOT ---- */

static void put_quoted(FILE *out, const char *text)
{
	fputc('"', out);
	for (const char *p = text; *p; p++) {
		if (*p == '"')
			fputc('\\', out);
		fputc(*p, out);
	}
	/* a value ending in one backslash would escape the closing quote */
	size_t n = strlen(text), slashes = 0;
	while (slashes < n && text[n - 1 - slashes] == '\\')
		slashes++;
	if (slashes % 2)
		fputc('\\', out);
	fputc('"', out);
}

static void put_attrs(FILE *out, const object *o)
{
	fputs(" [", out);
	for (size_t i = 0; i < o->nattrs; i++) {
		if (i)
			fputs(", ", out);
		put_quoted(out, o->attrs[i].name);
		fputc('=', out);
		if (o->attrs[i].html)
			fprintf(out, "<%s>", o->attrs[i].value);
		else
			put_quoted(out, o->attrs[i].value);
	}
	fputs("]", out);
}

static void put_indent(FILE *out, int depth)
{
	for (int i = 0; i < depth; i++)
		fputc('\t', out);
}

/* What was made in container: its subgraphs, with what they hold, and its
 * nodes, in the order they were made. */
static void put_contents(FILE *out, const graph *g, const object *container, int depth)
{
	for (size_t i = 0; i < g->count; i++) {
		const object *o = g->all[i];
		if (o->home != container || o->kind == AGEDGE)
			continue;
		put_indent(out, depth);
		if (o->kind == AGNODE) {
			put_quoted(out, o->name);
			if (o->nattrs)
				put_attrs(out, o);
			fputs(";\n", out);
			continue;
		}
		fputs("subgraph ", out);
		put_quoted(out, o->name);
		fputs(" {\n", out);
		if (o->nattrs) {
			put_indent(out, depth + 1);
			fputs("graph", out);
			put_attrs(out, o);
			fputs(";\n", out);
		}
		put_contents(out, g, o, depth + 1);
		put_indent(out, depth);
		fputs("}\n", out);
	}
}

static int dot_agwrite(Agraph_t *handle, void *channel)
{
	graph *g = (graph *)handle;
	FILE *out = channel;
	if (g->failed)
		return -1;
	fprintf(out, "%s ", g->directed ? "digraph" : "graph");
	put_quoted(out, g->self.name);
	fputs(" {\n", out);
	const object *defaults[] = {&g->self, &g->node_defaults, &g->edge_defaults};
	const char *const words[] = {"graph", "node", "edge"};
	for (size_t i = 0; i < 3; i++)
		if (defaults[i]->nattrs) {
			fprintf(out, "\t%s", words[i]);
			put_attrs(out, defaults[i]);
			fputs(";\n", out);
		}
	put_contents(out, g, &g->self, 1);
	for (size_t i = 0; i < g->count; i++) {
		const object *e = g->all[i];
		if (e->kind != AGEDGE || !e->tail || !e->head)
			continue;
		fputc('\t', out);
		put_quoted(out, e->tail->name);
		fputs(g->directed ? " -> " : " -- ", out);
		put_quoted(out, e->head->name);
		if (e->nattrs)
			put_attrs(out, e);
		fputs(";\n", out);
	}
	fputs("}\n", out);
	return ferror(out) ? -1 : 0;
}

static agerrlevel_t dot_agseterr(agerrlevel_t level)
{
	agerrlevel_t previous = error_level;
	error_level = level;
	return previous;
}

static agusererrf dot_agseterrf(agusererrf f)
{
	agusererrf previous = error_function;
	error_function = f;
	return previous;
}

/* ---- no layout here ---- */

static GVC_t *dot_gvContext(void)
{
	static int context; /* any address: the context is never looked into */
	return (GVC_t *)&context;
}

static int dot_gvLayout(GVC_t *gvc, graph_t *g, const char *engine)
{
	(void)gvc, (void)g, (void)engine;
	if (error_function)
		error_function("this build of cybermap writes charts only as DOT, for the page to draw\n");
	return -1;
}

static int dot_gvRenderData(GVC_t *gvc, graph_t *g, const char *format, char **result,
			    unsigned int *length)
{
	(void)gvc, (void)g, (void)format;
	*result = NULL;
	*length = 0;
	return -1;
}

static void dot_gvFreeRenderData(char *data)
{
	free(data);
}

static int dot_gvFreeLayout(GVC_t *gvc, graph_t *g)
{
	(void)gvc, (void)g;
	return 0;
}

const cm_graphviz *cm_graphviz_load(cm_diags *diags)
{
	(void)diags;
	static cm_graphviz gv = {
		.agopen = dot_agopen, .agclose = dot_agclose, .agattr = dot_agattr,
		.agsafeset = dot_agsafeset, .agsubg = dot_agsubg, .agnode = dot_agnode,
		.agedge = dot_agedge, .agstrdup = dot_agstrdup, .agstrdup_html = dot_agstrdup_html,
		.agstrfree = dot_agstrfree, .agwrite = dot_agwrite, .agseterr = dot_agseterr,
		.agseterrf = dot_agseterrf, .gvContext = dot_gvContext, .gvLayout = dot_gvLayout,
		.gvRenderData = dot_gvRenderData, .gvFreeRenderData = dot_gvFreeRenderData,
		.gvFreeLayout = dot_gvFreeLayout, .directed = {.directed = 1},
	};
	return &gv;
}

/* render.c passes this to agopen; here ids are names, kept in order anyway */
Agiddisc_t cm_graphviz_ordered_ids;
