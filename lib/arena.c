/* arena.c: bump allocator in blocks that double in size up to 1 MiB. */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ALIGNMENT 16
#define MIN_BLOCK 4096
#define MAX_BLOCK (1u << 20)

struct cm_arena_block {
	struct cm_arena_block *next;
	size_t size, used;
	_Alignas(ALIGNMENT) unsigned char data[];
};

void cm_arena_init(cm_arena *arena)
{
	arena->head = NULL;
	arena->used_bytes = 0;
	arena->failed = 0;
}

void cm_arena_release(cm_arena *arena)
{
	struct cm_arena_block *block = arena->head;
	while (block) {
		struct cm_arena_block *next = block->next;
		free(block);
		block = next;
	}
	cm_arena_init(arena);
}

void cm_arena_reset(cm_arena *arena)
{
	struct cm_arena_block *keep = arena->head;
#ifdef CM_ARENA_DEBUG
	keep = NULL; /* so AddressSanitizer sees a use after the reset */
#endif
	if (keep) {
		arena->head = keep->next;
		keep->next = NULL;
		keep->used = 0;
	}
	int failed = arena->failed;
	cm_arena_release(arena);
	arena->head = keep;
	arena->failed = failed;
}

static struct cm_arena_block *new_block(cm_arena *arena, size_t need)
{
	size_t size = arena->head ? arena->head->size * 2 : MIN_BLOCK;
	if (size > MAX_BLOCK)
		size = MAX_BLOCK;
	if (size < need)
		size = need;
	struct cm_arena_block *block = malloc(sizeof(*block) + size);
	if (!block)
		return NULL;
	block->size = size;
	block->used = 0;
	block->next = arena->head;
	arena->head = block;
	return block;
}

void *cm_arena_alloc_aligned(cm_arena *arena, size_t size, size_t align)
{
	if (size > SIZE_MAX - ALIGNMENT) {
		arena->failed = 1;
		return NULL;
	}
	if (size == 0)
		size = 1;
	struct cm_arena_block *block = arena->head;
#ifdef CM_ARENA_DEBUG
	block = NULL;
#endif
	size_t start = block ? (block->used + align - 1) & ~(align - 1) : 0;
	if (!block || start > block->size || block->size - start < size) {
		block = new_block(arena, size);
		start = 0;
	}
	if (!block) {
		arena->failed = 1;
		return NULL;
	}
#ifdef CM_ARENA_DEBUG
	block->size = size; /* a block of its own: nothing may follow */
#endif
	void *p = block->data + start;
	arena->used_bytes += start + size - block->used;
	block->used = start + size;
	return p;
}

void *cm_arena_alloc(cm_arena *arena, size_t size)
{
	return cm_arena_alloc_aligned(arena, size, ALIGNMENT);
}

void *cm_arena_calloc(cm_arena *arena, size_t count, size_t size)
{
	if (size && count > SIZE_MAX / size) {
		arena->failed = 1;
		return NULL;
	}
	void *p = cm_arena_alloc(arena, count * size);
	if (p)
		memset(p, 0, count * size);
	return p;
}

char *cm_arena_strndup(cm_arena *arena, const char *text, size_t len)
{
	char *copy = cm_arena_alloc_aligned(arena, len + 1, 1); /* text needs none */
	if (!copy)
		return NULL;
	memcpy(copy, text, len);
	copy[len] = '\0';
	return copy;
}

char *cm_arena_strdup(cm_arena *arena, const char *text)
{
	return cm_arena_strndup(arena, text, strlen(text));
}
