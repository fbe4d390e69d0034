/* test_yaml.c: the YAML tree and its refusals. */
#include <stdlib.h>

#include "harness.h"
#include "yamltree.h"

static cm_status parse(const char *text, cm_ynode **root, cm_arena *arena,
		       cm_diags *diags)
{
	cm_limits limits;
	cm_limits_init(&limits);
	limits.max_depth = 8;
	limits.max_scalar_bytes = 64;
	return cm_yaml_parse(root, "t.yaml", text, strlen(text), &limits, arena, diags);
}

/* Parses text and returns the first diagnostic's message ("" if none). */
static const char *first_problem(const char *text, unsigned *line, unsigned *column)
{
	static char message[256];
	cm_arena arena;
	cm_diags *diags;
	cm_ynode *root;
	cm_arena_init(&arena);
	cm_diags_new(&diags);
	parse(text, &root, &arena, diags);
	message[0] = '\0';
	if (cm_diags_count(diags)) {
		const cm_diag *d = cm_diags_at(diags, 0);
		snprintf(message, sizeof message, "%s", d->message);
		*line = d->line;
		*column = d->column;
	}
	cm_diags_free(diags);
	cm_arena_release(&arena);
	return message;
}

static void tree_keeps_positions(void)
{
	cm_arena arena;
	cm_diags *diags;
	cm_ynode *root;
	cm_arena_init(&arena);
	cm_diags_new(&diags);
	CHECK(parse("nodes:\n  - id: a\n    name: 'A b'\n", &root, &arena, diags) == CM_OK);
	CHECK(root && root->kind == CM_Y_MAPPING && root->count == 2);
	const cm_ynode *nodes = cm_ymap_get(root, "nodes");
	CHECK(nodes && nodes->kind == CM_Y_SEQUENCE && nodes->count == 1);
	const cm_ynode *name = cm_ymap_get(nodes->items[0], "name");
	CHECK(name && name->line == 3 && name->column == 11 && name->quoted);
	CHECK_STR(name->text, "A b");
	cm_diags_free(diags);
	cm_arena_release(&arena);
}

static void empty_document_is_null(void)
{
	cm_arena arena;
	cm_diags *diags;
	cm_ynode *root = (cm_ynode *)1;
	cm_arena_init(&arena);
	cm_diags_new(&diags);
	CHECK(parse("", &root, &arena, diags) == CM_OK && root == NULL);
	CHECK(parse("# only a comment\n", &root, &arena, diags) == CM_OK && root == NULL);
	cm_diags_free(diags);
	cm_arena_release(&arena);
}

static void refusals(void)
{
	unsigned line = 0, column = 0;
	CHECK(strstr(first_problem("a: &x 1\nb: *x\n", &line, &column), "anchors") != NULL);
	CHECK(line == 1 && column == 4);
	CHECK(strstr(first_problem("a: 1\nb: 2\na: 3\n", &line, &column),
		     "duplicate key 'a' (first at line 1)") != NULL);
	CHECK(line == 3 && column == 1);
	CHECK(strstr(first_problem("[[[[[[[[[[[[1]]]]]]]]]]]]", &line, &column),
		     "nesting deeper than 8") != NULL);
	char long_value[200];
	memset(long_value, 'x', sizeof long_value - 1);
	long_value[sizeof long_value - 1] = '\0';
	CHECK(strstr(first_problem(long_value, &line, &column), "longer than the limit") != NULL);
	CHECK(strstr(first_problem("a:\n\t- b\n", &line, &column), "tab character") != NULL);
	CHECK(line == 2 && column == 1);
	CHECK(strstr(first_problem("a: 1\n---\nb: 2\n", &line, &column), "one YAML document") != NULL);
	CHECK(strstr(first_problem("? [a]\n: 1\n", &line, &column), "mapping key") != NULL);
	CHECK(strstr(first_problem("a: \"\xff\"\n", &line, &column), "UTF-8") != NULL);
}

const unit_test yaml_tests[] = {
	{"tree keeps positions", tree_keeps_positions},
	{"empty document is null", empty_document_is_null},
	{"refusals", refusals},
	{NULL, NULL},
};
