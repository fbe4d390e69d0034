/* print.c: format names and the dispatch from a format to its printer. */
#include "print.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"

/* Every format, by its enum value: its name, a second file extension
 * that means it, whether it is a picture bytes no terminal should get,
 * and its printer (NULL: drawn by Graphviz; see cm_print). */
typedef cm_status (*printer_fn)(cm_strbuf *out, const cm_map *map, const cm_view *view,
				const cm_result *result, const cm_print_options *options,
				cm_diags *diags);

static cm_status print_text(cm_strbuf *out, const cm_map *map, const cm_view *view,
			    const cm_result *r, const cm_print_options *options, cm_diags *diags)
{
	(void)diags;
	cm_print_text(out, map, view, r, options);
	return CM_OK;
}

static cm_status print_tsv(cm_strbuf *out, const cm_map *map, const cm_view *view,
			   const cm_result *r, const cm_print_options *options, cm_diags *diags)
{
	(void)map, (void)view, (void)options, (void)diags;
	cm_print_tsv(out, r);
	return CM_OK;
}

#define GRAPH_PRINTER(name, fn)                                                              \
	static cm_status name(cm_strbuf *out, const cm_map *map, const cm_view *view,        \
			      const cm_result *r, const cm_print_options *options,             \
			      cm_diags *diags)                                                 \
	{                                                                                      \
		(void)options, (void)diags;                                                    \
		fn(out, map, view, r);                                                         \
		return CM_OK;                                                                  \
	}
GRAPH_PRINTER(print_json, cm_print_json)
GRAPH_PRINTER(print_graphml, cm_print_graphml)
GRAPH_PRINTER(print_jgf, cm_print_jgf)
GRAPH_PRINTER(print_cypher, cm_print_cypher)

static cm_status print_drawing(cm_strbuf *out, const cm_map *map, const cm_view *view,
			       const cm_result *r, const cm_print_options *options, cm_diags *diags)
{
	return cm_render(out, map, view, r, CM_FORMAT_DOT, options, diags);
}

static cm_status print_csv(cm_strbuf *out, const cm_map *map, const cm_view *view,
			   const cm_result *r, const cm_print_options *options, cm_diags *diags)
{
	(void)out, (void)map, (void)view, (void)r, (void)options;
	cm_diag_add(diags, NULL, 0, 0, "csv is two files (nodes and relationships): print them with cm_print_csv");
	return CM_EINVAL;
}

static const struct format_entry {
	const char *name;
	const char *extension; /* another extension meaning it, or NULL */
	int binary;
	printer_fn print;      /* NULL: a picture Graphviz renders */
} formats[] = {
	[CM_FORMAT_TEXT] = {"text", "txt", 0, print_text},
	[CM_FORMAT_TSV] = {"tsv", NULL, 0, print_tsv},
	[CM_FORMAT_JSON] = {"json", NULL, 0, print_json},
	[CM_FORMAT_DOT] = {"dot", "gv", 0, print_drawing},
	[CM_FORMAT_PNG] = {"png", NULL, 1, NULL},
	[CM_FORMAT_SVG] = {"svg", NULL, 0, NULL},
	[CM_FORMAT_PDF] = {"pdf", NULL, 1, NULL},
	[CM_FORMAT_GRAPHML] = {"graphml", NULL, 0, print_graphml},
	[CM_FORMAT_JGF] = {"jgf", NULL, 0, print_jgf},
	[CM_FORMAT_CYPHER] = {"cypher", "cql", 0, print_cypher},
	[CM_FORMAT_CSV] = {"csv", NULL, 0, print_csv},
};
#define NFORMATS (sizeof(formats) / sizeof(formats[0]))

cm_status cm_format_parse(cm_format *out, const char *name)
{
	for (size_t i = 0; i < NFORMATS; i++)
		if (strcmp(formats[i].name, name) == 0 ||
		    (formats[i].extension && strcmp(formats[i].extension, name) == 0)) {
			*out = (cm_format)i;
			return CM_OK;
		}
	return CM_EINVAL;
}

cm_status cm_format_from_path(cm_format *out, const char *path)
{
	const char *dot = strrchr(path, '.');
	const char *slash = strrchr(path, '/');
	if (!dot || (slash && dot < slash))
		return CM_EINVAL;
	return cm_format_parse(out, dot + 1);
}

size_t cm_format_count(void)
{
	return NFORMATS;
}

const char *cm_format_name(cm_format format)
{
	return (size_t)format < NFORMATS ? formats[format].name : "?";
}

int cm_format_is_binary(cm_format format)
{
	return (size_t)format < NFORMATS && formats[format].binary;
}

cm_status cm_print_csv(char **nodes, size_t *nodes_len, char **edges, size_t *edges_len,
		       const cm_map *map, const cm_view *view, const cm_result *result,
		       cm_diags *diags)
{
	cm_strbuf n, e;
	cm_strbuf_init(&n);
	cm_strbuf_init(&e);
	cm_print_csv_into(&n, &e, map, view, result);
	*nodes = cm_strbuf_detach(&n, nodes_len);
	*edges = cm_strbuf_detach(&e, edges_len);
	if (*nodes && *edges)
		return CM_OK;
	free(*nodes);
	free(*edges);
	*nodes = *edges = NULL;
	cm_diag_add(diags, NULL, 0, 0, "out of memory");
	return CM_ENOMEM;
}

cm_status cm_print(char **out, size_t *len, const cm_map *map, const cm_view *view,
		   const cm_result *result, cm_format format,
		   const cm_print_options *options, cm_diags *diags)
{
	static const cm_print_options defaults = {0};
	cm_strbuf buf;
	cm_strbuf_init(&buf);
	*out = NULL;
	*len = 0;
	if ((size_t)format >= NFORMATS) {
		cm_diag_add(diags, NULL, 0, 0, "unknown output format %d", (int)format);
		return CM_EINVAL;
	}
	if (!options)
		options = &defaults;
	cm_status st = formats[format].print
			       ? formats[format].print(&buf, map, view, result, options, diags)
			       : cm_render(&buf, map, view, result, format, options, diags);
	if (st != CM_OK) {
		cm_strbuf_release(&buf);
		return st;
	}
	*out = cm_strbuf_detach(&buf, len);
	if (!*out) {
		cm_diag_add(diags, NULL, 0, 0, "out of memory");
		return CM_ENOMEM;
	}
	return CM_OK;
}
