/* print.c: format names and the dispatch from a format to its printer. */
#include "print.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"

static const char *const format_names[] = {"text", "tsv", "json", "dot", "png", "svg",
					   "pdf", "graphml", "jgf", "cypher", "csv"};
#define NFORMATS (sizeof(format_names) / sizeof(format_names[0]))

cm_status cm_format_parse(cm_format *out, const char *name)
{
	for (size_t i = 0; i < NFORMATS; i++)
		if (strcmp(format_names[i], name) == 0) {
			*out = (cm_format)i;
			return CM_OK;
		}
	static const struct {
		const char *extension;
		cm_format format;
	} aliases[] = {{"txt", CM_FORMAT_TEXT}, {"gv", CM_FORMAT_DOT}, {"cql", CM_FORMAT_CYPHER}};
	for (size_t i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++)
		if (strcmp(aliases[i].extension, name) == 0) {
			*out = aliases[i].format;
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
	return (size_t)format < NFORMATS ? format_names[format] : "?";
}

int cm_format_is_binary(cm_format format)
{
	return format == CM_FORMAT_PNG || format == CM_FORMAT_PDF;
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
	switch (format) {
	case CM_FORMAT_TEXT:
		cm_print_text(&buf, map, view, result, options ? options : &defaults);
		break;
	case CM_FORMAT_TSV:
		cm_print_tsv(&buf, result);
		break;
	case CM_FORMAT_JSON:
		cm_print_json(&buf, map, view, result);
		break;
	case CM_FORMAT_GRAPHML:
		cm_print_graphml(&buf, map, view, result);
		break;
	case CM_FORMAT_JGF:
		cm_print_jgf(&buf, map, view, result);
		break;
	case CM_FORMAT_CYPHER:
		cm_print_cypher(&buf, map, view, result);
		break;
	case CM_FORMAT_CSV:
		cm_diag_add(diags, NULL, 0, 0, "csv is two files (nodes and relationships): print them with cm_print_csv");
		return CM_EINVAL;
	default: {
		cm_status st = cm_render(&buf, map, view, result, format,
					 options ? options : &defaults, diags);
		if (st != CM_OK) {
			cm_strbuf_release(&buf);
			return st;
		}
	}
	}
	*out = cm_strbuf_detach(&buf, len);
	if (!*out) {
		cm_diag_add(diags, NULL, 0, 0, "out of memory");
		return CM_ENOMEM;
	}
	return CM_OK;
}
