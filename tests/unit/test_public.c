/* test_public.c: the public functions a front end outside lib/ builds on
 * (the web site uses them all): its own diagnostics, the files read, names,
 * attributes, deadlines and edges in the view's language, the schema's
 * attributes, words and line styles, and temporaries that
 * cm_remove_temporaries removes.  Only cybermap.h here. */
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cybermap.h"
#include "harness.h"

static void diagnostics_of_a_program(void)
{
	cm_diags *diags;
	CHECK(cm_diags_new(&diags) == CM_OK);
	cm_diags_add(diags, NULL, 0, 0, "cannot make '%s': %s", "out\x1b[2J", "No space");
	cm_diags_add(diags, "a.yaml", 3, 7, "%d problems", 2);
	CHECK(cm_diags_count(diags) == 2);
	CHECK_STR(cm_diags_at(diags, 0)->message, "cannot make 'out [2J': No space");
	CHECK(cm_diags_at(diags, 0)->file == NULL && cm_diags_at(diags, 0)->line == 0);
	CHECK_STR(cm_diags_at(diags, 1)->file, "a.yaml");
	CHECK(cm_diags_at(diags, 1)->line == 3 && cm_diags_at(diags, 1)->column == 7);
	CHECK_STR(cm_diags_at(diags, 1)->message, "2 problems");
	cm_diags_free(diags);
}

static void files_and_names(void)
{
	cm_map *map = load_fixture();
	if (!map)
		return;
	CHECK(cm_map_file_count(map) == 2);
	const char *schema = cm_map_file_at(map, 0);
	CHECK(schema && strlen(schema) > 11 && strcmp(schema + strlen(schema) - 11, "schema.yaml") == 0);
	CHECK(cm_map_file_at(map, 1) && strstr(cm_map_file_at(map, 1), "mini.yaml"));
	CHECK(cm_map_file_at(map, 2) == NULL);
	cm_view view;
	cm_view_init(&view);
	const cm_node *jp = cm_map_node(map, "jp");
	CHECK_STR(cm_node_label(map, &view, jp), "Japan");
	CHECK_STR(cm_node_label(map, NULL, jp), "Japan");
	view.lang = "ja";
	CHECK_STR(cm_node_label(map, &view, jp), "日本");
	cm_map_free(map);
}

static void attribute_declarations(void)
{
	cm_map *map = load_fixture();
	if (!map)
		return;
	CHECK(cm_map_node_attr_count(map) > 10);
	cm_attr_info first = cm_map_node_attr_at(map, 0);
	CHECK_STR(first.key, "short");
	CHECK(first.kind == CM_KIND_STRING && (first.flags & CM_ATTR_RESOLVE) &&
	      (first.flags & CM_ATTR_SEARCH));
	CHECK(cm_map_node_attr_at(map, cm_map_node_attr_count(map)).key == NULL);
	cm_attr_info sources = cm_map_node_attr_info(map, "sources");
	CHECK_STR(sources.key, "sources");
	CHECK(sources.kind == CM_KIND_URLS && sources.flags == 0);
	cm_attr_info country = cm_map_node_attr_info(map, "country");
	CHECK(country.kind == CM_KIND_REF && (country.flags & CM_ATTR_SIDE));
	CHECK(cm_map_node_attr_info(map, "description").kind == CM_KIND_TEXT);
	CHECK(cm_map_node_attr_info(map, "nosuch").key == NULL);
	CHECK(cm_map_node_attr_info(map, "within").key == NULL); /* an edge's */
	CHECK(cm_map_edge_attr_info(map, "within").kind == CM_KIND_DURATION);
	CHECK(cm_map_edge_attr_info(map, "note").flags & CM_ATTR_DETAIL);
	CHECK(cm_map_edge_attr_count(map) > 10);
	CHECK_STR(cm_map_edge_attr_at(map, 0).key, "trigger");
	CHECK(cm_map_edge_attr_at(map, 999).key == NULL);
	cm_map_free(map);
}

static void edges_described(void)
{
	cm_map *map = load_fixture();
	if (!map)
		return;
	const cm_edge *in[8];
	size_t n = cm_node_edges(cm_map_node(map, "us.fbi"), CM_EDGES_IN, "notifies", in, 8);
	const cm_edge *from_energy = NULL;
	for (size_t i = 0; i < n && i < 8; i++)
		if (strcmp(cm_node_id(cm_edge_from(in[i])), "us.sector.energy") == 0)
			from_energy = in[i];
	CHECK(from_energy != NULL);
	if (!from_energy) {
		cm_map_free(map);
		return;
	}
	CHECK(cm_edge_until(from_energy) == CM_DAY_NONE); /* as a node's */
	cm_view view;
	cm_view_init(&view);
	char *text = NULL;
	CHECK(cm_edge_describe(&text, map, &view, from_energy) == CM_OK);
	/* sources and checked are provenance: left out */
	CHECK_STR(text, "since 2002; incidents any cyber incident; trigger cybercrime; within 24h; "
			"basis practice; duty voluntary");
	free(text);
	view.lang = "ja";
	CHECK(cm_edge_describe(&text, map, &view, from_energy) == CM_OK);
	CHECK(text && strstr(text, "報告の契機 サイバー犯罪") && strstr(text, "24時間以内"));
	free(text);
	cm_map_free(map);
}

static void words_of_the_schema(void)
{
	cm_map *map = load_fixture();
	if (!map)
		return;
	size_t n = cm_map_label_count(map);
	CHECK(n > 10);
	CHECK_STR(cm_map_label_key(map, 0), "unit.minute");
	CHECK(cm_map_label_key(map, n) == NULL);
	CHECK_STR(cm_map_label(map, "en", "unit.hour"), "hour");
	CHECK_STR(cm_map_label(map, NULL, "unit.hour"), "hour");
	CHECK_STR(cm_map_label(map, "ja", "unit.hour"), "時間");
	CHECK(cm_map_label(map, "ja", "no.such.label") == NULL);
	/* every key listed has an English text */
	for (size_t i = 0; i < n; i++)
		CHECK(cm_map_label(map, "en", cm_map_label_key(map, i)) != NULL);
	cm_map_free(map);
}

/* The body in force along a succession: the successor after an end, the
 * predecessor before a start, none while the body itself is in force. */
static void body_in_force_along_its_succession(void)
{
	cm_map *map = load_fixture();
	if (!map)
		return;
	const cm_node *nppd = cm_map_node(map, "us.nppd"), *cisa = cm_map_node(map, "us.cisa");
	CHECK(nppd && cisa);
	cm_view view;
	cm_view_init(&view);
	if (nppd && cisa) {
		CHECK(cm_date_parse(&view.as_of, "2016-01-01") == CM_OK);
		CHECK(cm_node_in_force_along(&view, cisa) == nppd);
		CHECK(cm_node_in_force_along(&view, nppd) == NULL);
		CHECK(cm_date_parse(&view.as_of, "2020-01-01") == CM_OK);
		CHECK(cm_node_in_force_along(&view, nppd) == cisa);
		CHECK(cm_node_in_force_along(&view, cisa) == NULL);
		CHECK(cm_date_parse(&view.as_of, "1990-01-01") == CM_OK);
		CHECK(cm_node_in_force_along(&view, cisa) == NULL); /* nothing before it then */
	}
	cm_map_free(map);
}

/* Attributes in the view's language, deadlines in words and how charts
 * draw lines: what a page writes beside a chart or in a table. */
static void words_of_the_view(void)
{
	cm_map *map = load_fixture();
	if (!map)
		return;
	cm_view view;
	cm_view_init(&view);
	const cm_node *cisa = cm_map_node(map, "us.cisa");
	CHECK_STR(cm_node_attr_in_lang(&view, cisa, "short").text, "CISA");
	CHECK_STR(cm_node_attr_in_lang(NULL, cisa, "description").key, "description");
	view.lang = "ja";
	/* no short_ja: the short name stands; the description has its Japanese */
	CHECK_STR(cm_node_attr_in_lang(&view, cisa, "short").text, "CISA");
	CHECK_STR(cm_node_attr_in_lang(&view, cisa, "description").key, "description_ja");
	CHECK(cm_node_attr_in_lang(&view, cisa, "no_such").key == NULL);
	char *text = NULL;
	CHECK(cm_deadline_describe(&text, map, &view, "promptly 3-5d") == CM_OK);
	CHECK_STR(text, "速やかに (3〜5日以内)");
	free(text);
	view.lang = "en";
	CHECK(cm_deadline_describe(&text, map, &view, "72h") == CM_OK);
	CHECK_STR(text, "within 72 hours");
	free(text);
	CHECK(cm_deadline_describe(&text, map, &view, "") == CM_OK);
	CHECK_STR(text, "");
	free(text);
	/* the schema draws basis as line styles and duty as colours */
	size_t n = cm_map_line_look_count(map), styles = 0, colors = 0;
	for (size_t i = 0; i < n; i++) {
		cm_line_look look = cm_map_line_look_at(map, i);
		CHECK(look.key && look.value && (look.style || look.color));
		styles += look.style && strcmp(look.key, "basis") == 0;
		colors += look.color && strcmp(look.key, "duty") == 0;
	}
	CHECK(styles == 6 && colors == 3 && n == 9);
	cm_line_look first = cm_map_line_look_at(map, 0);
	CHECK_STR(first.value, "statute");
	CHECK_STR(first.style, "solid");
	CHECK(cm_map_line_look_at(map, n).key == NULL);
	cm_map_free(map);
}

static int exists(const char *path)
{
	struct stat st;
	return lstat(path, &st) == 0;
}

static void temporaries_of_a_program(void)
{
	char dir[SCRATCH_SIZE];
	CHECK(scratch_dir(dir));
	char build[128], inner[160], last[160], file[160];
	snprintf(build, sizeof build, "%s/build", dir);
	snprintf(inner, sizeof inner, "%s/sub", build);
	snprintf(file, sizeof file, "%s/sub/page.html", build);
	snprintf(last, sizeof last, "%s/.marker", build);
	int slot = -2;
	CHECK(cm_temp_mkdir(&slot, build, 0777, ".marker") == 0 && slot >= 0);
	CHECK(mkdir(inner, 0777) == 0);
	FILE *f = fopen(file, "w");
	CHECK(f && fputs("x", f) >= 0 && fclose(f) == 0);
	f = fopen(last, "w");
	CHECK(f && fclose(f) == 0);
	int again = -2;
	CHECK(cm_temp_mkdir(&again, build, 0777, NULL) == -1 && errno == EEXIST && again == -1);
	cm_remove_temporaries(); /* as a signal handler would */
	CHECK(!exists(build));
	/* forgotten: in place, no longer removed */
	CHECK(cm_temp_mkdir(&slot, build, 0700, NULL) == 0);
	cm_temp_forget(slot);
	cm_temp_forget(-1);
	cm_remove_temporaries();
	CHECK(exists(build));
	/* a tree registered once it exists, and one removed directly */
	CHECK(mkdir(inner, 0777) == 0);
	slot = cm_temp_add(build, 1, NULL);
	CHECK(slot >= 0);
	cm_remove_temporaries();
	CHECK(!exists(build));
	CHECK(mkdir(build, 0777) == 0 && mkdir(inner, 0777) == 0);
	CHECK(cm_remove_tree(build, NULL) == 0 && !exists(build));
	CHECK(cm_remove_tree(build, NULL) == 0); /* nothing there: nothing to do */
	CHECK(rmdir(dir) == 0);
}

const unit_test public_tests[] = {
	{"diagnostics of a program", diagnostics_of_a_program},
	{"files and names", files_and_names},
	{"attribute declarations", attribute_declarations},
	{"edges described", edges_described},
	{"words of the schema", words_of_the_schema},
	{"body in force along its succession", body_in_force_along_its_succession},
	{"words of the view", words_of_the_view},
	{"temporaries of a program", temporaries_of_a_program},
	{NULL, NULL},
};
