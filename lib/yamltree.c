/*
 * yamltree.c: builds a position-carrying tree from libyaml's events, and
 * writes those events down and replays them (the parser is in yamlparse.c).
 *
 * The event API keeps memory proportional to the tree, not to libyaml's
 * document model, and lets us stop at the first limit breach (deep nesting
 * makes libyaml slow, so depth is bounded as the events arrive).
 */
#include "yamlbuild.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "strbuf.h"
#include "text.h"

#define SMALL_MAP 16

/* Whether a node at the current depth is an item of a top-level list that
 * is handed to on_item rather than kept in the tree. */
static int streamed(const builder *b)
{
	return b->on_item && b->depth == 2 && b->stack[0].node->kind == CM_Y_MAPPING &&
	       b->stack[1].node->kind == CM_Y_SEQUENCE;
}

static cm_arena *arena_at(builder *b, size_t depth)
{
	return b->on_item && depth >= 2 ? &b->items : b->arena;
}

/* Hands a finished item to the caller, then frees its memory. */
static void deliver(builder *b, const cm_ynode *item)
{
	const frame *top = &b->stack[0];
	const cm_ynode *key = top->items[top->count - 2];
	if (!b->failed)
		b->on_item(b->item_ctx, key->text, item);
	cm_arena_reset(&b->items);
}

static void fail_at(builder *b, const yaml_mark_t *mark, const char *message)
{
	cm_diag_add(b->diags, b->file, (unsigned)mark->line + 1,
		    (unsigned)mark->column + 1, "%s", message);
	b->failed = 1;
}

static cm_ynode *new_node(builder *b, cm_ykind kind, const yaml_mark_t *mark)
{
	cm_ynode *node = cm_arena_calloc(arena_at(b, b->depth), 1, sizeof(*node));
	if (!node) {
		cm_diag_add(b->diags, NULL, 0, 0, "out of memory");
		b->failed = 1;
		return NULL;
	}
	node->kind = kind;
	node->line = (unsigned)mark->line + 1;
	node->column = (unsigned)mark->column + 1;
	return node;
}

static int attach(builder *b, cm_ynode *node)
{
	if (b->depth == 0) {
		b->root = node;
		return 1;
	}
	frame *top = &b->stack[b->depth - 1];
	if (top->count == top->cap) {
		size_t cap = top->cap ? top->cap * 2 : 8;
		cm_ynode **items = realloc(top->items, cap * sizeof(*items));
		if (!items) {
			cm_diag_add(b->diags, NULL, 0, 0, "out of memory");
			b->failed = 1;
			return 0;
		}
		top->items = items;
		top->cap = cap;
	}
	if (top->node->kind == CM_Y_MAPPING && top->count % 2 == 0 &&
	    node->kind != CM_Y_SCALAR) {
		cm_diag_add(b->diags, b->file, node->line, node->column,
			    "a mapping key must be a plain word, not a list or mapping");
		b->failed = 1;
		return 0;
	}
	top->items[top->count++] = node;
	return 1;
}

/* What YAML can say that map files may not: each is refused at its place. */
typedef enum refused {
	ALLOWED,
	ANCHOR,       /* an alias, or anything with an anchor */
	TAG,          /* anything with a tag (!!binary, !!str, !local ...) */
	TAG_DIRECTIVE /* a %TAG directive */
} refused;

static refused refused_in(const yaml_event_t *event)
{
	const yaml_char_t *anchor = NULL, *tag = NULL;
	switch (event->type) {
	case YAML_ALIAS_EVENT:
		return ANCHOR;
	case YAML_SCALAR_EVENT:
		anchor = event->data.scalar.anchor;
		tag = event->data.scalar.tag;
		break;
	case YAML_SEQUENCE_START_EVENT:
		anchor = event->data.sequence_start.anchor;
		tag = event->data.sequence_start.tag;
		break;
	case YAML_MAPPING_START_EVENT:
		anchor = event->data.mapping_start.anchor;
		tag = event->data.mapping_start.tag;
		break;
	case YAML_DOCUMENT_START_EVENT:
		return event->data.document_start.tag_directives.start !=
				       event->data.document_start.tag_directives.end
			       ? TAG_DIRECTIVE
			       : ALLOWED;
	default:
		return ALLOWED;
	}
	return anchor ? ANCHOR : tag ? TAG : ALLOWED;
}

/* A tag would change what a value means (!!binary is base64, !!int a
 * number) and the loader reads every value as text: refused rather than
 * ignored, as anchors are (an alias bomb never expands). */
static int is_refused(builder *b, const yaml_event_t *event)
{
	static const char *const why[] = {
		[ANCHOR] = "YAML anchors and aliases are not supported in map files; write the value out",
		[TAG] = "YAML tags (such as !!binary or !!str) are not supported in map files; write the value as plain text",
		[TAG_DIRECTIVE] = "YAML %TAG directives are not supported in map files",
	};
	refused r = refused_in(event);
	if (r != ALLOWED)
		fail_at(b, &event->start_mark, why[r]);
	return r != ALLOWED;
}

static void on_scalar(builder *b, const yaml_event_t *event)
{
	size_t len = event->data.scalar.length;
	if (len > b->limits->max_scalar_bytes) {
		cm_diag_add(b->diags, b->file, (unsigned)event->start_mark.line + 1,
			    (unsigned)event->start_mark.column + 1,
			    "value of %zu bytes is longer than the limit of %zu bytes",
			    len, b->limits->max_scalar_bytes);
		b->failed = 1;
		return;
	}
	cm_ynode *node = new_node(b, CM_Y_SCALAR, &event->start_mark);
	if (!node)
		return;
	/* a replayed record outlives the tree and holds the NUL already */
	node->text = b->replaying ? (const char *)event->data.scalar.value
				  : cm_arena_strndup(arena_at(b, b->depth),
						     (const char *)event->data.scalar.value, len);
	node->len = len;
	node->quoted = event->data.scalar.style != YAML_PLAIN_SCALAR_STYLE;
	if (!node->text) {
		cm_diag_add(b->diags, NULL, 0, 0, "out of memory");
		b->failed = 1;
		return;
	}
	if (!b->replaying && memchr(node->text, '\0', len)) {
		fail_at(b, &event->start_mark, "value contains a NUL character");
		return;
	}
	/* the parser lets no such text through: a record that holds one was
	 * not written by it */
	if (b->replaying && !cm_text_valid(node->text, len)) {
		cm_diag_add(b->diags, b->file, 1, 1, "the cached parse of this file is damaged");
		b->failed = 1;
		return;
	}
	if (streamed(b))
		deliver(b, node);
	else
		attach(b, node);
}

static void on_start(builder *b, const yaml_event_t *event, cm_ykind kind)
{
	if (b->depth >= b->limits->max_depth) {
		cm_diag_add(b->diags, b->file, (unsigned)event->start_mark.line + 1,
			    (unsigned)event->start_mark.column + 1,
			    "nesting deeper than %u levels", b->limits->max_depth);
		b->failed = 1;
		return;
	}
	cm_ynode *node = new_node(b, kind, &event->start_mark);
	if (!node || (!streamed(b) && !attach(b, node)))
		return;
	frame *f = &b->stack[b->depth++];
	f->node = node;
	f->count = 0; /* items keeps its room from the last node at this depth */
}

static int key_order(const void *a, const void *b)
{
	const cm_ynode *x = *(cm_ynode *const *)a, *y = *(cm_ynode *const *)b;
	int c = strcmp(x->text, y->text);
	if (c)
		return c;
	return x->line != y->line ? (x->line < y->line ? -1 : 1)
				  : (x->column < y->column ? -1 : 1);
}

static void report_duplicate(builder *b, const cm_ynode *first,
			     const cm_ynode *again)
{
	char q[80];
	cm_diag_add(b->diags, b->file, again->line, again->column,
		    "duplicate key '%s' (first at line %u)",
		    cm_diag_quote(q, sizeof q, again->text), first->line);
	b->failed = 1;
}

static void check_duplicate_keys(builder *b, cm_ynode **items, size_t count)
{
	size_t pairs = count / 2;
	if (pairs <= SMALL_MAP) {
		for (size_t i = 1; i < pairs; i++)
			for (size_t j = 0; j < i; j++)
				if (strcmp(items[2 * i]->text, items[2 * j]->text) == 0) {
					report_duplicate(b, items[2 * j], items[2 * i]);
					break;
				}
		return;
	}
	cm_ynode **keys = malloc(pairs * sizeof(*keys));
	if (!keys) {
		cm_diag_add(b->diags, NULL, 0, 0, "out of memory");
		b->failed = 1;
		return;
	}
	for (size_t i = 0; i < pairs; i++)
		keys[i] = items[2 * i];
	qsort(keys, pairs, sizeof(*keys), key_order);
	for (size_t i = 1; i < pairs; i++)
		if (strcmp(keys[i]->text, keys[i - 1]->text) == 0)
			report_duplicate(b, keys[i - 1], keys[i]);
	free(keys);
}

static void on_end(builder *b)
{
	if (b->depth == 0) { /* only a damaged record can end what never started */
		cm_diag_add(b->diags, b->file, 1, 1, "the cached parse of this file is damaged");
		b->failed = 1;
		return;
	}
	frame *f = &b->stack[--b->depth];
	cm_ynode *node = f->node;
	node->count = f->count;
	if (f->count) {
		node->items = cm_arena_alloc(arena_at(b, b->depth), f->count * sizeof(*node->items));
		if (!node->items) {
			cm_diag_add(b->diags, NULL, 0, 0, "out of memory");
			b->failed = 1;
		} else {
			memcpy(node->items, f->items, f->count * sizeof(*node->items));
			if (node->kind == CM_Y_MAPPING && !b->replaying)
				check_duplicate_keys(b, node->items, node->count);
		}
	}
	if (streamed(b))
		deliver(b, node);
}

int cm_build_event(builder *b, const yaml_event_t *event)
{
	if (is_refused(b, event))
		return 0;
	switch (event->type) {
	case YAML_DOCUMENT_START_EVENT:
		if (++b->documents > 1) {
			fail_at(b, &event->start_mark,
				"only one YAML document per file is allowed");
			return 0;
		}
		break;
	case YAML_SCALAR_EVENT:
		on_scalar(b, event);
		break;
	case YAML_SEQUENCE_START_EVENT:
		on_start(b, event, CM_Y_SEQUENCE);
		break;
	case YAML_MAPPING_START_EVENT:
		on_start(b, event, CM_Y_MAPPING);
		break;
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		on_end(b);
		break;
	default:
		break;
	}
	return !b->failed;
}

/* ---- the event record ----
 *
 * Each event cm_build_event acts on, one after another: a kind byte, then for
 * document, scalar, start and alias events the 0-based line and column as
 * variable-length numbers, and for scalars the length, the bytes and a NUL.
 * An event the builder refuses is written as what it is refused for (an
 * anchor as an alias, a tag, a %TAG directive), at the event's position.
 * Replaying a record drives the builder exactly as the parser did.
 */


enum {
	REC_DOCUMENT = 'D',
	REC_PLAIN = 's',
	REC_QUOTED = 'q',
	REC_SEQUENCE = '[',
	REC_SEQUENCE_END = ']',
	REC_MAPPING = '{',
	REC_MAPPING_END = '}',
	REC_ALIAS = '*', /* an alias or anything with an anchor: replayed as an alias */
	REC_TAG = '!',   /* anything with a tag */
	REC_TAG_DIRECTIVE = '%' /* a document with %TAG directives */
};

static unsigned char *record_number(unsigned char *at, size_t n)
{
	do {
		*at++ = (unsigned char)((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
		n >>= 7;
	} while (n);
	return at;
}

void cm_record_event(cm_strbuf *buf, const yaml_event_t *event)
{
	char kind;
	refused r = refused_in(event);
	switch (r == ANCHOR ? YAML_ALIAS_EVENT : event->type) {
	case YAML_ALIAS_EVENT: kind = REC_ALIAS; break;
	case YAML_DOCUMENT_START_EVENT: kind = REC_DOCUMENT; break;
	case YAML_SCALAR_EVENT:
		kind = event->data.scalar.style == YAML_PLAIN_SCALAR_STYLE ? REC_PLAIN : REC_QUOTED;
		break;
	case YAML_SEQUENCE_START_EVENT: kind = REC_SEQUENCE; break;
	case YAML_MAPPING_START_EVENT: kind = REC_MAPPING; break;
	case YAML_SEQUENCE_END_EVENT: kind = REC_SEQUENCE_END; break;
	case YAML_MAPPING_END_EVENT: kind = REC_MAPPING_END; break;
	default: return; /* the builder ignores the rest */
	}
	if (r == TAG)
		kind = REC_TAG;
	else if (r == TAG_DIRECTIVE)
		kind = REC_TAG_DIRECTIVE;
	int scalar = kind == REC_PLAIN || kind == REC_QUOTED;
	size_t len = scalar ? event->data.scalar.length : 0;
	/* a kind byte, three numbers of at most ten bytes, the text and its NUL */
	unsigned char *start = (unsigned char *)cm_strbuf_room(buf, 32 + len);
	if (!start)
		return;
	unsigned char *at = start;
	*at++ = (unsigned char)kind;
	if (kind != REC_SEQUENCE_END && kind != REC_MAPPING_END) {
		at = record_number(at, event->start_mark.line);
		at = record_number(at, event->start_mark.column);
	}
	if (scalar) {
		/* with its NUL, so a replay can use the text where it lies */
		at = record_number(at, len);
		memcpy(at, event->data.scalar.value, len + 1);
		at += len + 1;
	}
	buf->len += (size_t)(at - start);
	buf->data[buf->len] = '\0';
}

/* Hands what the buffer holds to the record's writer. */
void cm_record_flush(cm_yrecord *record)
{
	if (record->buf.len && !record->buf.failed)
		record->write(record->ctx, record->buf.data, record->buf.len);
	record->buf.len = 0;
}

typedef struct reader {
	const unsigned char *at, *end;
} reader;

/* A number of at most 32 bits, or 0 when the record is damaged. */
static int read_number(reader *r, size_t *n)
{
	*n = 0;
	for (unsigned shift = 0; r->at < r->end && shift < 35; shift += 7) {
		unsigned char byte = *r->at++;
		*n |= (size_t)(byte & 0x7f) << shift;
		if (!(byte & 0x80))
			return *n <= 0xfffffffeu;
	}
	return 0;
}

/* What a replayed %TAG directive points at: only its presence counts. */
static yaml_tag_directive_t some_directive;

/* The next event of a record, as libyaml would have given it; 0 at its end
 * or where it is damaged. */
static int read_event(reader *r, yaml_event_t *event)
{
	memset(event, 0, sizeof(*event));
	if (r->at == r->end)
		return 0;
	int kind = *r->at++;
	size_t line = 0, column = 0, len = 0;
	switch (kind) {
	case REC_SEQUENCE_END: event->type = YAML_SEQUENCE_END_EVENT; return 1;
	case REC_MAPPING_END: event->type = YAML_MAPPING_END_EVENT; return 1;
	case REC_DOCUMENT: event->type = YAML_DOCUMENT_START_EVENT; break;
	case REC_ALIAS: event->type = YAML_ALIAS_EVENT; break;
	case REC_TAG:
		event->type = YAML_SEQUENCE_START_EVENT;
		event->data.sequence_start.tag = (yaml_char_t *)"!";
		break;
	case REC_TAG_DIRECTIVE:
		event->type = YAML_DOCUMENT_START_EVENT;
		event->data.document_start.tag_directives.start = &some_directive;
		event->data.document_start.tag_directives.end = &some_directive + 1;
		break;
	case REC_SEQUENCE: event->type = YAML_SEQUENCE_START_EVENT; break;
	case REC_MAPPING: event->type = YAML_MAPPING_START_EVENT; break;
	case REC_PLAIN:
	case REC_QUOTED: event->type = YAML_SCALAR_EVENT; break;
	default: return 0;
	}
	if (!read_number(r, &line) || !read_number(r, &column))
		return 0;
	event->start_mark.line = line;
	event->start_mark.column = column;
	if (event->type != YAML_SCALAR_EVENT)
		return 1;
	if (!read_number(r, &len) || len >= (size_t)(r->end - r->at) || r->at[len] != '\0')
		return 0;
	event->data.scalar.value = (yaml_char_t *)r->at;
	event->data.scalar.length = len;
	event->data.scalar.style = kind == REC_PLAIN ? YAML_PLAIN_SCALAR_STYLE
						     : YAML_DOUBLE_QUOTED_SCALAR_STYLE;
	r->at += len + 1;
	return 1;
}

/* ---- parsing and replaying ---- */

builder cm_build_for(const char *file, const char *data, size_t len,
			   const cm_limits *limits, cm_arena *arena, cm_diags *diags,
			   cm_yitem_fn on_item, void *item_ctx, cm_yrecord *record,
			   int replaying)
{
	return (builder){.file = file, .data = data, .len = len, .limits = limits,
			 .arena = arena, .diags = diags, .on_item = on_item,
			 .item_ctx = item_ctx, .record = record, .replaying = replaying};
}

int cm_build_begin(builder *b)
{
	b->stack = calloc((size_t)b->limits->max_depth + 1, sizeof(*b->stack));
	if (b->stack)
		return 1;
	cm_diag_add(b->diags, NULL, 0, 0, "out of memory");
	return 0;
}

/* Frees the builder's working memory, hands over what the record still
 * holds, and gives the tree unless something failed. */
cm_status cm_build_end(builder *b, cm_ynode **out)
{
	/* a record that ran out of memory is not handed over (its buf says
	 * so to the caller, who then keeps no cache entry); the parse stands */
	if (b->record && !b->record->buf.failed)
		cm_record_flush(b->record);
	for (size_t i = 0; i <= b->limits->max_depth; i++)
		free(b->stack[i].items);
	free(b->stack);
	cm_arena_release(&b->items);
	if (b->failed)
		return CM_EINVAL;
	*out = b->root;
	return CM_OK;
}

/* Drives the builder with a record's events until they end or it fails;
 * 0 when the record breaks off in the middle of an event. */
int cm_build_replay(builder *b, const char *record, size_t len)
{
	const unsigned char *start = (const unsigned char *)(len ? record : "");
	reader r = {start, start + len};
	yaml_event_t event;
	while (r.at < r.end && !b->failed) {
		if (!read_event(&r, &event))
			return 0;
		cm_build_event(b, &event);
	}
	return 1;
}

cm_status cm_yaml_replay(cm_ynode **out, const char *file, const char *record,
			 size_t record_len, const cm_limits *limits, cm_arena *arena,
			 cm_diags *diags, cm_yitem_fn on_item, void *item_ctx)
{
	builder b = cm_build_for(file, NULL, 0, limits, arena, diags, on_item, item_ctx,
				NULL, 1);
	*out = NULL;
	if (!cm_build_begin(&b))
		return CM_ENOMEM;
	if (!cm_build_replay(&b, record, record_len) || (!b.failed && b.depth > 0)) {
		/* cm_yaml_record_valid lets no such record through */
		cm_diag_add(diags, file, 1, 1, "the cached parse of this file is damaged");
		b.failed = 1;
	}
	return cm_build_end(&b, out);
}

const cm_ynode *cm_ymap_get(const cm_ynode *map, const char *key)
{
	if (!map || map->kind != CM_Y_MAPPING)
		return NULL;
	for (size_t i = 0; i + 1 < map->count; i += 2)
		if (strcmp(map->items[i]->text, key) == 0)
			return map->items[i + 1];
	return NULL;
}
