/* yamlbuild.h: the tree builder that both the parser (yamlparse.c) and a
 * record's replay (yamltree.c) drive with libyaml's events.  Only libyaml's
 * event types are used here, never its parser: a build without the parser
 * (the browser's) replays records with the same builder. */
#ifndef CM_YAMLBUILD_H
#define CM_YAMLBUILD_H

#include <yaml.h>

#include "yamltree.h"

typedef struct cm_yframe {
	cm_ynode *node;
	cm_ynode **items;
	size_t count, cap;
} cm_yframe;

typedef struct cm_ybuilder {
	const char *file;
	const char *data;
	size_t len;
	const cm_limits *limits;
	cm_arena *arena;
	cm_diags *diags;
	cm_yframe *stack;
	size_t depth;
	cm_ynode *root;
	int documents;
	int failed;
	cm_yitem_fn on_item; /* streaming: items of top-level lists go here */
	void *item_ctx;
	cm_arena items;      /* streaming: one item's nodes, freed after it */
	cm_yrecord *record;  /* or NULL: where the events are written down */
	int replaying;       /* events that passed the checks once already */
} cm_ybuilder;
#define CHUNK_BYTES (128u << 10) /* events are written on in pieces of about this */

typedef cm_yframe frame;
typedef cm_ybuilder builder;

/* A builder for one text (data may be NULL when the events come from
 * elsewhere); replaying marks events that passed the checks once. */
cm_ybuilder cm_build_for(const char *file, const char *data, size_t len,
			 const cm_limits *limits, cm_arena *arena, cm_diags *diags,
			 cm_yitem_fn on_item, void *item_ctx, cm_yrecord *record,
			 int replaying);
/* 0 (after a diagnostic) when out of memory. */
int cm_build_begin(cm_ybuilder *b);
/* Frees the builder's memory, hands over what the record still holds, and
 * gives the tree unless something failed. */
cm_status cm_build_end(cm_ybuilder *b, cm_ynode **out);
/* Acts on one event; 0 once the builder has failed. */
int cm_build_event(cm_ybuilder *b, const yaml_event_t *event);
/* Drives the builder with a record's events; 0 when the record breaks off
 * in the middle of an event. */
int cm_build_replay(cm_ybuilder *b, const char *record, size_t len);
/* Writes an event down in the record format (see yamltree.c). */
void cm_record_event(cm_strbuf *buf, const yaml_event_t *event);
/* Hands what the record's buffer holds to its writer. */
void cm_record_flush(cm_yrecord *record);

#endif
