/*
 * graphviz_ids.c: object ids for cgraph in the order objects are made.
 *
 * cgraph's own id discipline makes a named object's id the address of its
 * interned name, and keeps subgraphs ordered by id.  dot lays clusters out
 * in that order, so a chart depended on where malloc happened to put a
 * few strings: drawn again in a process that had allocated differently
 * (a cached load instead of a parse, another chart drawn first, as `site`
 * does), the same chart came out different.  Here a name's id is its rank
 * of creation, so the same graph built the same way gets the same ids,
 * the same layout and the same bytes.  Names are found through an
 * open-addressing hash table.  They are cgraph's own strings (agstrdup),
 * since cgraph looks at what it keeps before a name's bytes, and are freed
 * with the graph's strings when it is closed.
 */
#include "graphviz.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct ordered_ids {
	Agraph_t *graph;
	const cm_graphviz *gv;
	char **names;   /* the name with id 2 * (i + 1) is names[i] */
	size_t count, cap;
	size_t *slots;  /* index + 1 into names, 0 for an empty slot */
	size_t nslots;  /* a power of two, at least twice count */
	IDTYPE anonymous; /* the next id of an unnamed object: odd, as cgraph's */
} ordered_ids;

static size_t hash(const char *name)
{
	uint64_t h = 0xcbf29ce484222325ull; /* FNV-1a */
	for (const unsigned char *p = (const unsigned char *)name; *p; p++)
		h = (h ^ *p) * 0x100000001b3ull;
	return (size_t)h;
}

/* The slot holding name, or the empty slot where it would go. */
static size_t *slot_of(ordered_ids *ids, const char *name)
{
	size_t mask = ids->nslots - 1;
	for (size_t i = hash(name) & mask;; i = (i + 1) & mask)
		if (!ids->slots[i] || strcmp(ids->names[ids->slots[i] - 1], name) == 0)
			return &ids->slots[i];
}

static int grow(ordered_ids *ids)
{
	size_t nslots = ids->nslots ? ids->nslots * 2 : 64;
	size_t *slots = calloc(nslots, sizeof(*slots));
	char **names = realloc(ids->names, nslots / 2 * sizeof(*names));
	if (!slots || !names) {
		free(slots);
		if (names)
			ids->names = names;
		return 0;
	}
	free(ids->slots);
	ids->names = names;
	ids->cap = nslots / 2;
	ids->slots = slots;
	ids->nslots = nslots;
	for (size_t i = 0; i < ids->count; i++)
		*slot_of(ids, ids->names[i]) = i + 1;
	return 1;
}

static void *ids_open(Agraph_t *g, Agdisc_t *disc)
{
	(void)disc;
	const cm_graphviz *gv = cm_graphviz_load(NULL); /* loaded before any graph */
	ordered_ids *ids = gv ? calloc(1, sizeof(*ids)) : NULL;
	if (ids) {
		ids->graph = g;
		ids->gv = gv;
		ids->anonymous = 1;
	}
	return ids;
}

static long ids_map(void *state, int objtype, char *name, IDTYPE *id, int create)
{
	ordered_ids *ids = state;
	(void)objtype;
	if (!ids)
		return 0;
	if (!name) {
		*id = ids->anonymous;
		ids->anonymous += 2;
		return 1;
	}
	size_t *slot = ids->nslots ? slot_of(ids, name) : NULL;
	if (!(slot && *slot) && !create)
		return 0;
	if (!(slot && *slot)) {
		if (ids->count == ids->cap && !grow(ids))
			return 0;
		char *copy = ids->gv->agstrdup(ids->graph, name);
		if (!copy)
			return 0;
		slot = slot_of(ids, name);
		ids->names[ids->count++] = copy;
		*slot = ids->count;
	}
	*id = (IDTYPE)(2 * *slot);
	return 1;
}

/* An id chosen by the caller: only unnamed (odd) ones, as cgraph's own. */
static long ids_alloc(void *state, int objtype, IDTYPE id)
{
	(void)state;
	(void)objtype;
	return id % 2 == 1;
}

static void ids_free(void *state, int objtype, IDTYPE id)
{
	(void)state; /* names live as long as the graph */
	(void)objtype;
	(void)id;
}

static char *ids_print(void *state, int objtype, IDTYPE id)
{
	ordered_ids *ids = state;
	(void)objtype;
	if (!ids || id % 2 == 1 || id == 0 || id / 2 > ids->count)
		return NULL;
	return ids->names[id / 2 - 1];
}

static void ids_close(void *state)
{
	ordered_ids *ids = state;
	if (!ids)
		return;
	free(ids->names); /* the names go with the graph's strings */
	free(ids->slots);
	free(ids);
}

static void ids_register(void *state, int objtype, void *object)
{
	(void)state;
	(void)objtype;
	(void)object;
}

Agiddisc_t cm_graphviz_ordered_ids = {ids_open, ids_map, ids_alloc, ids_free,
					    ids_print, ids_close, ids_register};
