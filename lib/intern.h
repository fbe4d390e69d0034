/* intern.h: one copy of each distinct string, so equal strings are equal pointers. */
#ifndef CM_INTERN_H
#define CM_INTERN_H

#include <stddef.h>

#include "arena.h"

/*
 * Interned strings live in the table's own arena.  Two interned strings are
 * equal exactly when their pointers are.  The table doubles as the map from
 * a string to a caller's value (the id index uses it that way).
 */
typedef struct cm_strings {
	struct cm_intern_slot *slots;
	size_t cap, count;
	/* the strings alone, packed together: a lookup's comparison then
	 * mostly finds its string in cache, which on a large map is what
	 * loading waits on most */
	cm_arena texts;
	int failed; /* a string could not be interned (sticky) */
} cm_strings;

void cm_intern_init(cm_strings *table);
void cm_intern_release(cm_strings *table);
/* The interned copy of text[0..len), or NULL when out of memory. */
const char *cm_intern_n(cm_strings *table, const char *text, size_t len);
const char *cm_intern(cm_strings *table, const char *text);
/* The interned copy if text was interned before, else NULL. */
const char *cm_intern_find(const cm_strings *table, const char *text);
/* A value kept with an interned string (NULL until set): the map keeps each
 * id's node there, so finding a node costs no lookup beyond interning. */
void **cm_intern_value(const char *interned);

/* A pointer-keyed hash map from interned strings to values. */
typedef struct cm_ptrmap {
	struct cm_ptrmap_slot *slots;
	size_t cap, count;
	int failed; /* a put ran out of memory (sticky) */
} cm_ptrmap;

void cm_ptrmap_init(cm_ptrmap *map);
void cm_ptrmap_release(cm_ptrmap *map);
/* Sets key's value; returns 0 when out of memory. */
int cm_ptrmap_put(cm_ptrmap *map, const void *key, void *value);
void *cm_ptrmap_get(const cm_ptrmap *map, const void *key);

#endif
