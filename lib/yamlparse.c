/*
 * yamlparse.c: runs libyaml's parser over a text or a file, on this thread or
 * a second one, and feeds its events to the tree builder (yamlbuild.h).
 * The only file that calls libyaml's parser; a build without it (the
 * browser's) loads maps only from recorded events.
 */
#include "yamlbuild.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "strbuf.h"

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
			cm_record_event(&b->record->buf, &event);
			if (b->record->buf.len >= CHUNK_BYTES)
				cm_record_flush(b->record);
		}
		int ok = cm_build_event(b, &event);
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
		cm_record_event(&chunk, &event);
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
			cm_record_flush(b->record);
			b->record->write(b->record->ctx, chunk.data, chunk.len);
		}
		cm_build_replay(b, chunk.data, chunk.len); /* whole: this thread's own */
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
	builder b = cm_build_for(file, data, len, limits, arena, diags, on_item, item_ctx,
				record, 0);
	*out = NULL;
	if (!cm_build_begin(&b))
		return CM_ENOMEM;
	if (len < cm_yaml_pipeline_min || !parse_events_beside(&b, NULL))
		parse_events(&b);
	return cm_build_end(&b, out);
}

cm_status cm_yaml_stream_file(cm_ynode **out, const char *file, FILE *stream,
			      size_t len, const cm_limits *limits, cm_arena *arena,
			      cm_diags *diags, cm_yitem_fn on_item, void *item_ctx,
			      cm_yrecord *record)
{
	builder b = cm_build_for(file, NULL, 0, limits, arena, diags, on_item, item_ctx,
				record, 0);
	*out = NULL;
	if (len >= cm_yaml_pipeline_min) {
		if (!cm_build_begin(&b))
			return CM_ENOMEM;
		if (parse_events_beside(&b, stream))
			return cm_build_end(&b, out);
		cm_build_end(&b, out); /* no thread: parse the text on this one */
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

cm_status cm_yaml_parse(cm_ynode **out, const char *file, const char *data,
			size_t len, const cm_limits *limits, cm_arena *arena,
			cm_diags *diags)
{
	return cm_yaml_stream(out, file, data, len, limits, arena, diags, NULL, NULL, NULL);
}

