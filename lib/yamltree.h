/* yamltree.h: a YAML document as a small tree with positions, built from libyaml's events (yamlparse.c runs the parser; yamltree.c records and replays events). */
#ifndef CM_YAMLTREE_H
#define CM_YAMLTREE_H

#include <stddef.h>
#include <stdio.h>

#include "arena.h"
#include "cybermap.h"
#include "strbuf.h"

typedef enum cm_ykind { CM_Y_SCALAR, CM_Y_SEQUENCE, CM_Y_MAPPING } cm_ykind;

typedef struct cm_ynode {
	cm_ykind kind;
	unsigned line, column; /* 1-based */
	const char *text;      /* scalars: NUL-terminated */
	size_t len;
	int quoted;            /* scalars: written in quotes */
	/* sequences: count items; mappings: count/2 pairs, key then value */
	struct cm_ynode **items;
	size_t count;
} cm_ynode;

/*
 * Parses one YAML document from data into a tree allocated in arena.
 * Anchors, aliases, duplicate keys, non-scalar keys and several documents
 * are refused, as is anything over the limits.  An empty document gives
 * *out == NULL and CM_OK.  Problems go to diags with file positions.
 */
cm_status cm_yaml_parse(cm_ynode **out, const char *file, const char *data,
			size_t len, const cm_limits *limits, cm_arena *arena,
			cm_diags *diags);

/* Called with each item of a top-level list (under `key`) as soon as it is
 * complete; the item's memory is freed when the call returns. */
typedef void (*cm_yitem_fn)(void *ctx, const char *key, const cm_ynode *item);

/* Where the events a parse records go: gathered in buf and handed to write
 * in pieces of about 128 KB as the parse goes, the last when it ends (only
 * a parse that succeeds is worth keeping; the caller knows from its result). */
typedef struct cm_yrecord {
	cm_strbuf buf;
	void (*write)(void *ctx, const char *data, size_t len);
	void *ctx;
} cm_yrecord;

/*
 * As cm_yaml_parse, but the items of every list directly under the
 * top-level mapping are handed to on_item one by one instead of being kept:
 * memory stays proportional to one item, not to the file.  In the tree
 * returned those lists are empty.  With record not NULL, the events the
 * tree was built from are written to it, for cm_yaml_replay.
 */
cm_status cm_yaml_stream(cm_ynode **out, const char *file, const char *data,
			 size_t len, const cm_limits *limits, cm_arena *arena,
			 cm_diags *diags, cm_yitem_fn on_item, void *item_ctx,
			 cm_yrecord *record);

/*
 * As cm_yaml_stream, from an open file of len bytes.  A long file is read
 * by the parser itself, on a second thread, and never held whole.
 */
cm_status cm_yaml_stream_file(cm_ynode **out, const char *file, FILE *stream,
			      size_t len, const cm_limits *limits, cm_arena *arena,
			      cm_diags *diags, cm_yitem_fn on_item, void *item_ctx,
			      cm_yrecord *record);

/*
 * As cm_yaml_stream, but from the events a successful cm_yaml_stream
 * recorded instead of from the text: the same tree, the same items and the
 * same problems, without running the parser or repeating the checks the
 * events passed then.  A record that is not one (checksums guard against
 * that) may build a wrong tree but never reads or writes out of bounds, and
 * a scalar the parser could not have given (invalid UTF-8, a NUL) fails the
 * replay, as a damaged record does.
 */
cm_status cm_yaml_replay(cm_ynode **out, const char *file, const char *record,
			 size_t record_len, const cm_limits *limits, cm_arena *arena,
			 cm_diags *diags, cm_yitem_fn on_item, void *item_ctx);

/* Texts of at least this many bytes are parsed on a second thread (256 KB);
 * tests and fuzzing set it to 0 to drive that path with small inputs. */
extern size_t cm_yaml_pipeline_min;
/* How many events the second thread read in the last parse that used one:
 * for tests that a refusal stops it promptly. */
extern unsigned long cm_yaml_pipeline_events;

/* The value for key in a mapping node, or NULL. */
const cm_ynode *cm_ymap_get(const cm_ynode *map, const char *key);

#endif
