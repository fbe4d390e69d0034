/* test_yaml.c: the YAML tree and its refusals. */
#include <stdlib.h>

#include <stdio.h>
#include <string.h>

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

static void refuses_tags(void)
{
	unsigned line = 0, column = 0;
	CHECK(strstr(first_problem("a: !!binary aGk=\n", &line, &column), "tags") != NULL);
	CHECK(line == 1 && column == 4);
	CHECK(strstr(first_problem("a: !!str 1\n", &line, &column), "tags") != NULL);
	CHECK(strstr(first_problem("!local {a: 1}\n", &line, &column), "tags") != NULL);
	CHECK(strstr(first_problem("%TAG !e! tag:e.org,2000:\n--- {a: 1}\n", &line, &column),
		     "%TAG") != NULL);
	CHECK(strstr(first_problem("%YAML 1.1\n--- {a: 1}\n", &line, &column), "") != NULL);
}

/* A temporary file holding text, opened for reading. */
static FILE *file_of(const char *text, size_t len)
{
	FILE *f = tmpfile();
	if (f && (fwrite(text, 1, len, f) != len || fflush(f) != 0 || fseek(f, 0, SEEK_SET) != 0)) {
		fclose(f);
		return NULL;
	}
	return f;
}

/* The parser reads a file through the limit, on one thread or two: a file
 * that grew past it after it was opened is refused, and never read far
 * past the limit. */
static void reads_never_pass_the_limit(void)
{
	size_t len = 300000;
	char *text = malloc(len);
	CHECK(text != NULL);
	if (!text)
		return;
	memcpy(text, "a: ", 3);
	memset(text + 3, 'x', len - 4);
	text[len - 1] = '\n';
	for (int threads = 1; threads <= 2; threads++) {
		FILE *f = file_of(text, len);
		cm_limits limits;
		cm_limits_init(&limits);
		limits.max_file_bytes = 100000;
		cm_arena arena;
		cm_diags *diags;
		cm_ynode *root;
		cm_arena_init(&arena);
		cm_diags_new(&diags);
		size_t saved = cm_yaml_pipeline_min;
		cm_yaml_pipeline_min = threads == 2 ? 0 : (size_t)-1;
		CHECK(f && cm_yaml_stream_file(&root, "t.yaml", f, len, &limits, &arena, diags, NULL,
					       NULL, NULL) != CM_OK);
		cm_yaml_pipeline_min = saved;
		CHECK(cm_diags_count(diags) == 1 &&
		      strstr(cm_diags_at(diags, 0)->message, "grew past the limit of 100000") != NULL);
		CHECK(f && ftell(f) <= 100001);
		if (f)
			fclose(f);
		cm_diags_free(diags);
		cm_arena_release(&arena);
	}
	free(text);
}

/* Events the second thread reads for a text refused early. */
static unsigned long events_after_refusal(const char *head, const char *unit, size_t units)
{
	cm_strbuf text;
	cm_strbuf_init(&text);
	cm_strbuf_adds(&text, head);
	for (size_t i = 0; i < units; i++)
		cm_strbuf_adds(&text, unit);
	cm_limits limits;
	cm_limits_init(&limits);
	cm_arena arena;
	cm_diags *diags;
	cm_ynode *root;
	cm_arena_init(&arena);
	cm_diags_new(&diags);
	size_t saved = cm_yaml_pipeline_min;
	cm_yaml_pipeline_min = 0;
	cm_yaml_pipeline_events = 0;
	CHECK(!text.failed && cm_yaml_stream(&root, "t.yaml", text.data, text.len, &limits, &arena,
					     diags, NULL, NULL, NULL) == CM_EINVAL);
	cm_yaml_pipeline_min = saved;
	cm_diags_free(diags);
	cm_arena_release(&arena);
	cm_strbuf_release(&text);
	return cm_yaml_pipeline_events;
}

/* The second thread stops at a refusal, whatever comes after it: at once
 * for nesting past the limit (deep nesting makes libyaml slow), and within
 * the chunks in flight for anything else. */
static void refusals_stop_the_second_thread(void)
{
	CHECK(events_after_refusal("a: ", "[", 300000) < 100);
	/* an anchor at the start, then a million scalars: at most the queue
	 * (8 chunks of 128 KB, about 12,000 events each) and one check */
	CHECK(events_after_refusal("- &a x\n", "- abcdef\n", 1000000) < 150000);
}

const unit_test yaml_tests[] = {
	{"refuses tags", refuses_tags},
	{"reads never pass the limit", reads_never_pass_the_limit},
	{"refusals stop the second thread", refusals_stop_the_second_thread},
	{"tree keeps positions", tree_keeps_positions},
	{"empty document is null", empty_document_is_null},
	{"refusals", refusals},
	{NULL, NULL},
};
