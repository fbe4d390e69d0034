/*
 * yamltree.c: builds a position-carrying tree from libyaml's event stream.
 *
 * The event API keeps memory proportional to the tree, not to libyaml's
 * document model, and lets us stop at the first limit breach (deep nesting
 * makes libyaml slow, so depth is bounded as the events arrive).
 */
#include "yamltree.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "diag.h"
#include "strbuf.h"
#include "text.h"

#define SMALL_MAP 16

typedef struct frame {
	cm_ynode *node;
	cm_ynode **items;
	size_t count, cap;
} frame;

typedef struct builder {
	const char *file;
	const char *data;
	size_t len;
	const cm_limits *limits;
	cm_arena *arena;
	cm_diags *diags;
	frame *stack;
	size_t depth;
	cm_ynode *root;
	int documents;
	int failed;
	cm_yitem_fn on_item; /* streaming: items of top-level lists go here */
	void *item_ctx;
	cm_arena items;      /* streaming: one item's nodes, freed after it */
	cm_yrecord *record;  /* or NULL: where the events are written down */
	int replaying;       /* events that passed the checks once already */
} builder;

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

static void position_of_offset(const builder *b, size_t offset,
			       unsigned *line, unsigned *column)
{
	*line = 1;
	*column = 1;
	for (size_t i = 0; i < offset && i < b->len; i++) {
		if (b->data[i] == '\n') {
			(*line)++;
			*column = 1;
		} else if (((unsigned char)b->data[i] & 0xc0) != 0x80) {
			(*column)++;
		}
	}
}

/* The byte at a 1-based line and column (libyaml counts characters, and a
 * byte-order mark or Japanese text makes those differ from bytes). */
static size_t byte_at(const builder *b, unsigned line, unsigned column)
{
	size_t i = 0;
	for (unsigned l = 1; l < line && i < b->len; i++)
		if (b->data[i] == '\n')
			l++;
	if (line == 1 && b->len >= 3 && memcmp(b->data, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	/* the text need not end in a NUL: never look past its last byte */
	for (unsigned c = 1; c < column && i + 1 < b->len; i++)
		if (((unsigned char)b->data[i + 1] & 0xc0) != 0x80)
			c++;
	return i;
}

/* What the parser says when it fails: its strings are libyaml's constants,
 * so this outlives the parser (a second thread may have run it). */
typedef struct parse_failure {
	yaml_error_type_t error;
	const char *problem, *context;
	size_t problem_offset;
	yaml_mark_t problem_mark;
} parse_failure;

static const parse_failure no_memory = {YAML_MEMORY_ERROR, NULL, NULL, 0, {0, 0, 0}};

static parse_failure failure_of(const yaml_parser_t *parser)
{
	return (parse_failure){parser->error, parser->problem, parser->context,
			       parser->problem_offset, parser->problem_mark};
}

static void report_parser_error(builder *b, const parse_failure *parser)
{
	unsigned line, column;
	if (parser->error == YAML_READER_ERROR) {
		position_of_offset(b, parser->problem_offset, &line, &column);
		cm_diag_add(b->diags, b->file, line, column,
			    "unreadable text: %s", parser->problem);
		return;
	}
	if (parser->error == YAML_MEMORY_ERROR) {
		cm_diag_add(b->diags, b->file, 0, 0, "out of memory");
		return;
	}
	line = (unsigned)parser->problem_mark.line + 1;
	column = (unsigned)parser->problem_mark.column + 1;
	size_t at = byte_at(b, line, column);
	if (at < b->len && b->data[at] == '\t') {
		cm_diag_add(b->diags, b->file, line, column,
			    "tab character in indentation; YAML indents with spaces");
		return;
	}
	if (parser->context)
		cm_diag_add(b->diags, b->file, line, column,
			    "YAML syntax error: %s %s", parser->problem,
			    parser->context);
	else
		cm_diag_add(b->diags, b->file, line, column,
			    "YAML syntax error: %s", parser->problem);
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

static int handle_event(builder *b, const yaml_event_t *event)
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
 * Each event handle_event acts on, one after another: a kind byte, then for
 * document, scalar, start and alias events the 0-based line and column as
 * variable-length numbers, and for scalars the length, the bytes and a NUL.
 * An event the builder refuses is written as what it is refused for (an
 * anchor as an alias, a tag, a %TAG directive), at the event's position.
 * Replaying a record drives the builder exactly as the parser did.
 */

#define CHUNK_BYTES (128u << 10) /* events are written on in pieces of about this */

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

static void record_event(cm_strbuf *buf, const yaml_event_t *event)
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
static void record_flush(cm_yrecord *record)
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

static builder builder_for(const char *file, const char *data, size_t len,
			   const cm_limits *limits, cm_arena *arena, cm_diags *diags,
			   cm_yitem_fn on_item, void *item_ctx, cm_yrecord *record,
			   int replaying)
{
	return (builder){.file = file, .data = data, .len = len, .limits = limits,
			 .arena = arena, .diags = diags, .on_item = on_item,
			 .item_ctx = item_ctx, .record = record, .replaying = replaying};
}

static int builder_begin(builder *b)
{
	b->stack = calloc((size_t)b->limits->max_depth + 1, sizeof(*b->stack));
	if (b->stack)
		return 1;
	cm_diag_add(b->diags, NULL, 0, 0, "out of memory");
	return 0;
}

/* Frees the builder's working memory, hands over what the record still
 * holds, and gives the tree unless something failed. */
static cm_status builder_end(builder *b, cm_ynode **out)
{
	/* a record that ran out of memory is not handed over (its buf says
	 * so to the caller, who then keeps no cache entry); the parse stands */
	if (b->record && !b->record->buf.failed)
		record_flush(b->record);
	for (size_t i = 0; i <= b->limits->max_depth; i++)
		free(b->stack[i].items);
	free(b->stack);
	cm_arena_release(&b->items);
	if (b->failed)
		return CM_EINVAL;
	*out = b->root;
	return CM_OK;
}

/* A file read by the parser, never past the limit: the file was within it
 * when it was opened, but it may grow while it is read. */
typedef struct limited_input {
	FILE *stream;
	size_t left; /* bytes that may still be read */
	int over;    /* there was more than that */
} limited_input;

static int read_limited(void *data, unsigned char *buffer, size_t size, size_t *size_read)
{
	limited_input *in = data;
	size_t want = size <= in->left ? size : in->left + 1;
	size_t n = fread(buffer, 1, want, in->stream);
	*size_read = 0;
	if (n > in->left) {
		in->over = 1;
		return 0;
	}
	in->left -= n;
	*size_read = n;
	return n > 0 || !ferror(in->stream);
}

/* A parser over input, or else over data[0..len) (NULL when empty); 0
 * when out of memory. */
static int start_parser(yaml_parser_t *parser, const char *data, size_t len,
			limited_input *input)
{
	if (!yaml_parser_initialize(parser))
		return 0;
	if (input)
		yaml_parser_set_input(parser, read_limited, input);
	else
		yaml_parser_set_input_string(parser, (const unsigned char *)(data ? data : ""), len);
	yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING);
	return 1;
}

static void grew_past_limit(builder *b)
{
	cm_diag_add(b->diags, b->file, 1, 1,
		    "file grew past the limit of %zu bytes while it was read",
		    b->limits->max_file_bytes);
	b->failed = 1;
}

/* Drives the builder with a record's events until they end or it fails;
 * 0 when the record breaks off in the middle of an event. */
static int replay_events(builder *b, const char *record, size_t len)
{
	const unsigned char *start = (const unsigned char *)(len ? record : "");
	reader r = {start, start + len};
	yaml_event_t event;
	while (r.at < r.end && !b->failed) {
		if (!read_event(&r, &event))
			return 0;
		handle_event(b, &event);
	}
	return 1;
}

static void parse_events(builder *b)
{
	yaml_parser_t parser;
	if (!start_parser(&parser, b->data, b->len, NULL)) {
		cm_diag_add(b->diags, NULL, 0, 0, "out of memory");
		b->failed = 1;
		return;
	}
	for (int done = 0; !done;) {
		yaml_event_t event;
		if (!yaml_parser_parse(&parser, &event)) {
			parse_failure why = failure_of(&parser);
			report_parser_error(b, &why);
			b->failed = 1;
			break;
		}
		done = event.type == YAML_STREAM_END_EVENT;
		if (b->record) {
			record_event(&b->record->buf, &event);
			if (b->record->buf.len >= CHUNK_BYTES)
				record_flush(b->record);
		}
		int ok = handle_event(b, &event);
		yaml_event_delete(&event);
		if (!ok)
			break;
	}
	yaml_parser_delete(&parser);
}

/* ---- parsing on a second thread ----
 *
 * libyaml takes about half of loading a large file.  For a long text, a
 * second thread runs the parser and writes its events in the record format
 * into chunks, while this thread replays them into the tree and the loader:
 * the two halves overlap.  The builder sees the same events in the same
 * order, and a parser failure is reported after the events before it, as
 * when parsing on one thread.
 */

size_t cm_yaml_pipeline_min = 256u << 10;
unsigned long cm_yaml_pipeline_events;
#define QUEUE_CHUNKS 8

typedef struct pipeline {
	const char *data; /* the text, unless stream is given */
	size_t len;
	FILE *stream;     /* or NULL: parse data */
	limited_input input; /* over stream */
	unsigned max_depth; /* the parser stops at the first start past it */
	pthread_mutex_t lock;
	pthread_cond_t changed;
	cm_strbuf queue[QUEUE_CHUNKS];
	size_t head, count;
	cm_strbuf spare[QUEUE_CHUNKS]; /* used buffers, back for the parser to fill */
	size_t nspare;
	int finished;    /* the parser is done: nothing more will be queued */
	int stop;        /* the builder wants nothing more */
	int parse_failed;
	parse_failure why;
	unsigned long events; /* read by the parser, when it has finished */
} pipeline;

/* Queues a chunk, waiting for room; 0 when the builder has stopped. */
static int queue_chunk(pipeline *p, cm_strbuf *chunk)
{
	pthread_mutex_lock(&p->lock);
	while (p->count == QUEUE_CHUNKS && !p->stop)
		pthread_cond_wait(&p->changed, &p->lock);
	int ok = !p->stop;
	if (ok) {
		p->queue[(p->head + p->count++) % QUEUE_CHUNKS] = *chunk;
		pthread_cond_broadcast(&p->changed);
		if (p->nspare)
			*chunk = p->spare[--p->nspare];
		else
			cm_strbuf_init(chunk);
	}
	pthread_mutex_unlock(&p->lock);
	return ok;
}

/* The next chunk, waiting for one; 0 when the parser has finished.  The
 * chunk passed in is done with: its buffer goes back to the parser. */
static int next_chunk(pipeline *p, cm_strbuf *chunk)
{
	pthread_mutex_lock(&p->lock);
	chunk->len = 0;
	if (chunk->data && p->nspare < QUEUE_CHUNKS)
		p->spare[p->nspare++] = *chunk;
	else
		cm_strbuf_release(chunk);
	cm_strbuf_init(chunk);
	while (p->count == 0 && !p->finished)
		pthread_cond_wait(&p->changed, &p->lock);
	int ok = p->count > 0;
	if (ok) {
		*chunk = p->queue[p->head];
		p->head = (p->head + 1) % QUEUE_CHUNKS;
		p->count--;
		pthread_cond_broadcast(&p->changed);
	}
	pthread_mutex_unlock(&p->lock);
	return ok;
}

/* Whether the builder has stopped: looked at every STOP_EVERY events as
 * well as when a chunk is queued, so that a refusal stops the parser within
 * a few thousand events however long the file. */
#define STOP_EVERY 1024

static int stopped(pipeline *p)
{
	pthread_mutex_lock(&p->lock);
	int stop = p->stop;
	pthread_mutex_unlock(&p->lock);
	return stop;
}

/* The nesting after event, from depth before it. */
static unsigned nesting(unsigned depth, const yaml_event_t *event)
{
	switch (event->type) {
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT: return depth + 1;
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT: return depth ? depth - 1 : 0;
	default: return depth;
	}
}

static void *parse_thread(void *arg)
{
	pipeline *p = arg;
	yaml_parser_t parser;
	cm_strbuf chunk;
	cm_strbuf_init(&chunk);
	int ok = start_parser(&parser, p->data, p->len, p->stream ? &p->input : NULL);
	if (!ok) {
		p->parse_failed = 1;
		p->why = no_memory;
	}
	unsigned depth = 0;
	unsigned long events = 0;
	for (int done = !ok; !done;) {
		yaml_event_t event;
		if (!yaml_parser_parse(&parser, &event)) {
			p->parse_failed = 1;
			p->why = failure_of(&parser);
			break;
		}
		events++;
		done = event.type == YAML_STREAM_END_EVENT;
		/* the builder refuses a start past the depth limit: that event
		 * is the last it needs, and deep nesting makes libyaml slow */
		if ((depth = nesting(depth, &event)) > p->max_depth)
			done = 1;
		record_event(&chunk, &event);
		yaml_event_delete(&event);
		if (chunk.failed) {
			p->parse_failed = 1;
			p->why = no_memory;
			break;
		}
		if (chunk.len >= CHUNK_BYTES && !queue_chunk(p, &chunk))
			break;
		if (events % STOP_EVERY == 0 && stopped(p))
			break;
	}
	if (chunk.len)
		queue_chunk(p, &chunk); /* on success, chunk is now a spare buffer */
	cm_strbuf_release(&chunk);
	if (ok)
		yaml_parser_delete(&parser);
	pthread_mutex_lock(&p->lock);
	p->finished = 1;
	p->events = events;
	pthread_cond_broadcast(&p->changed);
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

/* Builds from the chunks until they end or the builder fails. */
static void build_from_chunks(builder *b, pipeline *p)
{
	cm_strbuf chunk;
	cm_strbuf_init(&chunk);
	while (!b->failed && next_chunk(p, &chunk)) {
		if (b->record) {
			record_flush(b->record);
			b->record->write(b->record->ctx, chunk.data, chunk.len);
		}
		replay_events(b, chunk.data, chunk.len); /* whole: this thread's own */
	}
	cm_strbuf_release(&chunk);
}

/* The text of a file from its start, at most max bytes: NULL when there is
 * more (*over set) or memory runs out. */
static char *read_back(FILE *stream, size_t max, size_t *len, int *over)
{
	char *text = NULL;
	*len = 0;
	*over = 0;
	if (fseek(stream, 0, SEEK_SET) != 0)
		return NULL;
	for (size_t cap = 0;;) {
		if (*len == cap) {
			if (cap > max) {
				*over = 1;
				break;
			}
			char *bigger = realloc(text, (cap = cap ? cap * 2 : 1u << 16) + 1);
			if (!bigger)
				break;
			text = bigger;
		}
		size_t room = cap - *len, left = max + 1 - *len; /* one more shows there is more */
		size_t n = fread(text + *len, 1, room < left ? room : left, stream);
		*len += n;
		if (*len > max) {
			*over = 1;
			break;
		}
		if (n == 0) {
			text[*len] = '\0';
			return text;
		}
	}
	free(text);
	*len = 0;
	return NULL;
}

static void report_failure_in(builder *b, FILE *stream, const parse_failure *why)
{
	char *text = NULL;
	if (!b->data && stream) {
		int over = 0;
		text = read_back(stream, b->limits->max_file_bytes, &b->len, &over);
		b->data = text;
	}
	report_parser_error(b, why);
	if (text) {
		free(text);
		b->data = NULL;
		b->len = 0;
	}
}

/* Parses b's text, or stream when b has none, on a second thread; 0 if none
 * could be started (nothing done). */
static int parse_events_beside(builder *b, FILE *stream)
{
	pipeline p = {.data = b->data, .len = b->len, .stream = stream,
		      .input = {stream, b->limits->max_file_bytes, 0},
		      .max_depth = b->limits->max_depth};
	pthread_t thread;
	if (pthread_mutex_init(&p.lock, NULL) != 0)
		return 0;
	if (pthread_cond_init(&p.changed, NULL) != 0) {
		pthread_mutex_destroy(&p.lock);
		return 0;
	}
	int started = pthread_create(&thread, NULL, parse_thread, &p) == 0;
	if (started) {
		build_from_chunks(b, &p);
		pthread_mutex_lock(&p.lock);
		p.stop = 1;
		pthread_cond_broadcast(&p.changed);
		pthread_mutex_unlock(&p.lock);
		pthread_join(thread, NULL);
		cm_yaml_pipeline_events = p.events;
		for (; p.count; p.count--, p.head = (p.head + 1) % QUEUE_CHUNKS)
			cm_strbuf_release(&p.queue[p.head]);
		while (p.nspare)
			cm_strbuf_release(&p.spare[--p.nspare]);
		if (!b->failed && p.input.over)
			grew_past_limit(b);
		else if (!b->failed && p.parse_failed) {
			report_failure_in(b, stream, &p.why);
			b->failed = 1;
		}
	}
	pthread_cond_destroy(&p.changed);
	pthread_mutex_destroy(&p.lock);
	return started;
}

cm_status cm_yaml_stream(cm_ynode **out, const char *file, const char *data,
			 size_t len, const cm_limits *limits, cm_arena *arena,
			 cm_diags *diags, cm_yitem_fn on_item, void *item_ctx,
			 cm_yrecord *record)
{
	builder b = builder_for(file, data, len, limits, arena, diags, on_item, item_ctx,
				record, 0);
	*out = NULL;
	if (!builder_begin(&b))
		return CM_ENOMEM;
	if (len < cm_yaml_pipeline_min || !parse_events_beside(&b, NULL))
		parse_events(&b);
	return builder_end(&b, out);
}

cm_status cm_yaml_stream_file(cm_ynode **out, const char *file, FILE *stream,
			      size_t len, const cm_limits *limits, cm_arena *arena,
			      cm_diags *diags, cm_yitem_fn on_item, void *item_ctx,
			      cm_yrecord *record)
{
	builder b = builder_for(file, NULL, 0, limits, arena, diags, on_item, item_ctx,
				record, 0);
	*out = NULL;
	if (len >= cm_yaml_pipeline_min) {
		if (!builder_begin(&b))
			return CM_ENOMEM;
		if (parse_events_beside(&b, stream))
			return builder_end(&b, out);
		builder_end(&b, out); /* no thread: parse the text on this one */
	}
	size_t n = 0;
	int over = 0;
	char *text = read_back(stream, limits->max_file_bytes, &n, &over);
	if (over) {
		grew_past_limit(&b);
		return CM_EINVAL;
	}
	if (!text) {
		cm_diag_add(diags, NULL, 0, 0, "cannot read '%s'", file);
		return CM_EIO;
	}
	cm_status st = cm_yaml_stream(out, file, text, n, limits, arena, diags, on_item,
				      item_ctx, record);
	free(text);
	return st;
}

cm_status cm_yaml_replay(cm_ynode **out, const char *file, const char *record,
			 size_t record_len, const cm_limits *limits, cm_arena *arena,
			 cm_diags *diags, cm_yitem_fn on_item, void *item_ctx)
{
	builder b = builder_for(file, NULL, 0, limits, arena, diags, on_item, item_ctx,
				NULL, 1);
	*out = NULL;
	if (!builder_begin(&b))
		return CM_ENOMEM;
	if (!replay_events(&b, record, record_len) || (!b.failed && b.depth > 0)) {
		/* cm_yaml_record_valid lets no such record through */
		cm_diag_add(diags, file, 1, 1, "the cached parse of this file is damaged");
		b.failed = 1;
	}
	return builder_end(&b, out);
}

cm_status cm_yaml_parse(cm_ynode **out, const char *file, const char *data,
			size_t len, const cm_limits *limits, cm_arena *arena,
			cm_diags *diags)
{
	return cm_yaml_stream(out, file, data, len, limits, arena, diags, NULL, NULL, NULL);
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
