/* arena.h: bump allocation for objects that live exactly as long as their owner. */
#ifndef CM_ARENA_H
#define CM_ARENA_H

#include <stddef.h>

/*
 * An arena hands out memory that is freed all at once by cm_arena_release.
 * Built with -DCM_ARENA_DEBUG every allocation is a separate malloc block,
 * so AddressSanitizer still sees overflows between objects.
 */
typedef struct cm_arena {
	struct cm_arena_block *head;
	size_t used_bytes; /* for statistics only */
	int failed;        /* an allocation ran out of memory (sticky) */
} cm_arena;

void cm_arena_init(cm_arena *arena);
void cm_arena_release(cm_arena *arena);
/* Frees everything allocated, keeping the newest block for reuse. */
void cm_arena_reset(cm_arena *arena);
/* Memory aligned for any object, or NULL when out of memory. */
void *cm_arena_alloc(cm_arena *arena, size_t size);
void *cm_arena_calloc(cm_arena *arena, size_t count, size_t size);
/* Memory aligned to align, a power of two up to 16: packs small objects. */
void *cm_arena_alloc_aligned(cm_arena *arena, size_t size, size_t align);
/* A NUL-terminated copy of the len bytes at text. */
char *cm_arena_strndup(cm_arena *arena, const char *text, size_t len);
char *cm_arena_strdup(cm_arena *arena, const char *text);

#endif
