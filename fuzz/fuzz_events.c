/*
 * fuzz_events.c: the parse cache's record.  The input is parsed as YAML
 * with its events recorded; when that succeeds, replaying the record must
 * build the very same tree (kinds, positions, texts, quoting).  The input
 * is also replayed as if it were a record, damaged as it may be: that must
 * never read or write out of bounds.
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
	cm_ynode *a = NULL, *b = NULL;
	if (cm_yaml_stream(&a, "f.yaml", (const char *)data, size, &limits, &parsed, diags,
			   NULL, NULL, &record) == CM_OK) {
		if (cm_yaml_replay(&b, "f.yaml", record.data, record.len, &limits, &replayed,
				   diags, NULL, NULL) != CM_OK ||
		    !same_tree(a, b))
			abort();
	}
	cm_strbuf_release(&record);
	cm_arena_release(&replayed);
	cm_arena_init(&replayed);
	cm_yaml_replay(&b, "f.yaml", (const char *)data, size, &limits, &replayed, diags, NULL,
		       NULL);
	cm_arena_release(&parsed);
	cm_arena_release(&replayed);
	cm_diags_free(diags);
	return 0;
}
