/*
 * fuzz_events.c: the parse cache's record.  The input is parsed as YAML
 * with its events recorded; when that succeeds, replaying the record must
 * build the very same tree (kinds, positions, texts, quoting).  The input
 * is also replayed as if it were a record, damaged as it may be: that must
 * never read or write out of bounds.  And parsing on a second thread must
 * give what parsing on one does: the same result, tree and problems.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "yamltree.h"

static int same_tree(const cm_ynode *a, const cm_ynode *b)
{
	if (!a || !b)
		return a == b;
	if (a->kind != b->kind || a->line != b->line || a->column != b->column ||
	    a->count != b->count)
		return 0;
	if (a->kind == CM_Y_SCALAR)
		return a->len == b->len && a->quoted == b->quoted &&
		       memcmp(a->text, b->text, a->len + 1) == 0;
	for (size_t i = 0; i < a->count; i++)
		if (!same_tree(a->items[i], b->items[i]))
			return 0;
	return 1;
}

/* The record's pieces, put together. */
static void gather(void *record, const char *data, size_t len)
{
	cm_strbuf_add(record, data, len);
}

static int same_problems(const cm_diags *a, const cm_diags *b)
{
	if (cm_diags_count(a) != cm_diags_count(b))
		return 0;
	for (size_t i = 0; i < cm_diags_count(a); i++) {
		const cm_diag *x = cm_diags_at(a, i), *y = cm_diags_at(b, i);
		if (x->line != y->line || x->column != y->column ||
		    strcmp(x->message, y->message) != 0)
			return 0;
	}
	return 1;
}

/* The input parsed on one thread, then on two: nothing may differ. */
static void both_ways(const uint8_t *data, size_t size, const cm_limits *limits)
{
	cm_arena one, two;
	cm_diags *d1, *d2;
	cm_ynode *a = NULL, *b = NULL;
	cm_arena_init(&one);
	cm_arena_init(&two);
	if (cm_diags_new(&d1) != CM_OK)
		return;
	if (cm_diags_new(&d2) != CM_OK) {
		cm_diags_free(d1);
		return;
	}
	size_t saved = cm_yaml_pipeline_min;
	cm_yaml_pipeline_min = (size_t)-1;
	cm_status s1 = cm_yaml_stream(&a, "f.yaml", (const char *)data, size, limits, &one, d1,
				      NULL, NULL, NULL);
	cm_yaml_pipeline_min = 0;
	cm_status s2 = cm_yaml_stream(&b, "f.yaml", (const char *)data, size, limits, &two, d2,
				      NULL, NULL, NULL);
	cm_yaml_pipeline_min = saved;
	if (s1 != s2 || !same_problems(d1, d2) || (s1 == CM_OK && !same_tree(a, b)))
		abort();
	cm_diags_free(d1);
	cm_diags_free(d2);
	cm_arena_release(&one);
	cm_arena_release(&two);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cm_limits limits;
	cm_limits_init(&limits);
	limits.max_depth = 32;
	cm_arena parsed, replayed;
	cm_arena_init(&parsed);
	cm_arena_init(&replayed);
	cm_diags *diags;
	if (cm_diags_new(&diags) != CM_OK)
		return 0;
	cm_strbuf record;
	cm_strbuf_init(&record);
	cm_yrecord events = {{NULL, 0, 0, 0}, gather, &record};
	cm_ynode *a = NULL, *b = NULL;
	if (cm_yaml_stream(&a, "f.yaml", (const char *)data, size, &limits, &parsed, diags,
			   NULL, NULL, &events) == CM_OK) {
		if (cm_yaml_replay(&b, "f.yaml", record.data, record.len, &limits, &replayed,
				   diags, NULL, NULL) != CM_OK ||
		    !same_tree(a, b))
			abort();
	}
	cm_strbuf_release(&record);
	cm_strbuf_release(&events.buf);
	cm_arena_release(&replayed);
	cm_arena_init(&replayed);
	cm_yaml_replay(&b, "f.yaml", (const char *)data, size, &limits, &replayed, diags, NULL,
		       NULL);
	cm_arena_release(&parsed);
	cm_arena_release(&replayed);
	cm_diags_free(diags);
	both_ways(data, size, &limits);
	return 0;
}
