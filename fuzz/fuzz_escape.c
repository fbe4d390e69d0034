/*
 * fuzz_escape.c: hostile names through every printer.  The input (when it
 * is valid UTF-8, as everything the loader accepts is) becomes a node's
 * name and description; the result is printed as text, TSV, JSON and DOT
 * and each output is checked: TSV keeps one row per line and its columns,
 * JSON stays well-formed with no raw control characters or markup, and no
 * output carries an unsafe character (C0, DEL, C1, direction controls) raw.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "graph.h"

static cm_map *map;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	map = fuzz_load_map("tests/fixtures/mini");
	return 0;
}

static char *print(const cm_view *view, const cm_result *r, cm_format format, size_t *len)
{
	cm_diags *diags;
	char *out = NULL;
	cm_diags_new(&diags);
	if (cm_print(&out, len, map, view, r, format, NULL, diags) != CM_OK)
		out = NULL;
	cm_diags_free(diags);
	return out;
}

static void check_tsv(const char *tsv)
{
	size_t tabs_in_header = 0, tabs = 0;
	int header = 1;
	for (const char *p = tsv; *p; p++) {
		if (*p == '\t')
			tabs++;
		if (*p != '\n')
			continue;
		if (header)
			tabs_in_header = tabs;
		else if (tabs != tabs_in_header)
			abort();
		header = 0;
		tabs = 0;
	}
}

/* Strings in the JSON are closed, escapes are valid, and nothing raw that
 * could break an HTML page or a terminal is inside them. */
static void check_json(const char *json)
{
	int in_string = 0;
	for (const unsigned char *p = (const unsigned char *)json; *p; p++) {
		if (!in_string) {
			if (*p == '"')
				in_string = 1;
			continue;
		}
		if (*p == '\\') {
			p++;
			if (!strchr("\"\\/bfnrtu", *p))
				abort();
		} else if (*p == '"') {
			in_string = 0;
		} else if (*p < 0x20 || *p == '<' || *p == '>' || *p == '&') {
			abort();
		}
	}
	if (in_string)
		abort();
}

/* No unsafe character (lib/text.h) raw, written out byte by byte here so
 * that the check does not share the code it checks: C0 but the layout the
 * format uses, DEL, C1, and the direction controls. */
static void check_safe(const char *text, const char *layout)
{
	for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
		if ((*p < 0x20 && !strchr(layout, *p)) || *p == 0x7f)
			abort();
		if (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)
			abort();
		if (p[0] == 0xd8 && p[1] == 0x9c)
			abort();
		if (p[0] == 0xe2 && p[1] == 0x80 && (p[2] == 0x8e || p[2] == 0x8f ||
						     (p[2] >= 0xaa && p[2] <= 0xae)))
			abort();
		if (p[0] == 0xe2 && p[1] == 0x81 && p[2] >= 0xa6 && p[2] <= 0xa9)
			abort();
	}
}

static void check_text(const char *text)
{
	check_safe(text, "\n");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!fuzz_valid_utf8((const char *)data, size))
		return 0;
	char *text = fuzz_string(data, size);
	cm_node *node = (cm_node *)cm_map_node(map, "us.cisa");
	const char *saved_name = node->name;
	cm_attr *description = (cm_attr *)cm_attr_find(node->attrs, node->nattrs, "description");
	const char *saved_description = description->text;
	node->name = text;
	description->text = text;
	cm_view view;
	cm_view_init(&view);
	cm_diags *diags;
	cm_diags_new(&diags);
	const char *id = "us.cisa";
	cm_result *r;
	if (cm_query_show(&r, map, &view, &id, 1, diags) == CM_OK) {
		size_t len;
		char *out;
		if ((out = print(&view, r, CM_FORMAT_TSV, &len))) {
			check_tsv(out);
			check_safe(out, "\t\n");
		}
		free(out);
		if ((out = print(&view, r, CM_FORMAT_JSON, &len))) {
			check_json(out);
			check_safe(out, "\n");
		}
		free(out);
		if ((out = print(&view, r, CM_FORMAT_TEXT, &len)))
			check_text(out);
		free(out);
		if ((out = print(&view, r, CM_FORMAT_DOT, &len)))
			check_safe(out, "\t\n");
		free(out);
		cm_result_free(r);
	}
	cm_diags_free(diags);
	node->name = saved_name;
	description->text = saved_description;
	free(text);
	return 0;
}
