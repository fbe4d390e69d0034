/* intern.c: open-addressing hash tables (FNV-1a, linear probing, load <= 1/2). */
#include "intern.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct cm_intern_slot {
	const char *text;
	size_t len;
	uint64_t hash;
};

static uint64_t fnv1a(const char *text, size_t len)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)text[i];
		h *= 1099511628211ull;
	}
	return h;
}

void cm_intern_init(cm_strings *table)
{
	table->slots = NULL;
	table->cap = table->count = 0;
	table->failed = 0;
	cm_arena_init(&table->texts);
}

void cm_intern_release(cm_strings *table)
{
	free(table->slots);
	table->slots = NULL;
	table->cap = table->count = 0;
	cm_arena_release(&table->texts);
}

static int intern_grow(cm_strings *table)
{
	size_t cap = table->cap ? table->cap * 2 : 1024;
	struct cm_intern_slot *slots = calloc(cap, sizeof(*slots));
	if (!slots)
		return 0;
	for (size_t i = 0; i < table->cap; i++) {
		struct cm_intern_slot *old = &table->slots[i];
		if (!old->text)
			continue;
		size_t j = old->hash & (cap - 1);
		while (slots[j].text)
			j = (j + 1) & (cap - 1);
		slots[j] = *old;
	}
	free(table->slots);
	table->slots = slots;
	table->cap = cap;
	return 1;
}

static struct cm_intern_slot *intern_slot(const cm_strings *table,
					  const char *text, size_t len,
					  uint64_t hash)
{
	size_t i = hash & (table->cap - 1);
	for (;;) {
		struct cm_intern_slot *slot = &table->slots[i];
		if (!slot->text)
			return slot;
		if (slot->hash == hash && slot->len == len &&
		    memcmp(slot->text, text, len) == 0)
			return slot;
		i = (i + 1) & (table->cap - 1);
	}
}

const char *cm_intern_n(cm_strings *table, const char *text, size_t len)
{
	if ((table->count + 1) * 2 > table->cap && !intern_grow(table)) {
		table->failed = 1;
		return NULL;
	}
	uint64_t hash = fnv1a(text, len);
	struct cm_intern_slot *slot = intern_slot(table, text, len, hash);
	if (slot->text)
		return slot->text;
	/* the value first, then the text */
	void **value = cm_arena_alloc_aligned(&table->texts, sizeof(*value) + len + 1,
					      sizeof(*value));
	if (!value) {
		table->failed = 1;
		return NULL;
	}
	*value = NULL;
	char *copy = (char *)(value + 1);
	memcpy(copy, text, len);
	copy[len] = '\0';
	slot->text = copy;
	slot->len = len;
	slot->hash = hash;
	table->count++;
	return copy;
}

void **cm_intern_value(const char *interned)
{
	return (void **)interned - 1;
}

const char *cm_intern(cm_strings *table, const char *text)
{
	return cm_intern_n(table, text, strlen(text));
}

const char *cm_intern_find(const cm_strings *table, const char *text)
{
	if (!table->cap)
		return NULL;
	size_t len = strlen(text);
	return intern_slot(table, text, len, fnv1a(text, len))->text;
}

struct cm_ptrmap_slot {
	const void *key;
	void *value;
};

static size_t ptr_hash(const void *key)
{
	uint64_t x = (uint64_t)(uintptr_t)key;
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdull;
	x ^= x >> 33;
	return (size_t)x;
}

void cm_ptrmap_init(cm_ptrmap *map)
{
	map->slots = NULL;
	map->cap = map->count = 0;
	map->failed = 0;
}

void cm_ptrmap_release(cm_ptrmap *map)
{
	free(map->slots);
	cm_ptrmap_init(map);
}

static struct cm_ptrmap_slot *ptr_slot(const cm_ptrmap *map, const void *key)
{
	size_t i = ptr_hash(key) & (map->cap - 1);
	while (map->slots[i].key && map->slots[i].key != key)
		i = (i + 1) & (map->cap - 1);
	return &map->slots[i];
}

static int ptr_resize(cm_ptrmap *map, size_t cap)
{
	cm_ptrmap bigger = {NULL, cap, 0, 0};
	bigger.slots = calloc(bigger.cap, sizeof(*bigger.slots));
	if (!bigger.slots)
		return 0;
	for (size_t i = 0; i < map->cap; i++)
		if (map->slots[i].key)
			*ptr_slot(&bigger, map->slots[i].key) = map->slots[i];
	bigger.count = map->count;
	bigger.failed = map->failed;
	free(map->slots);
	*map = bigger;
	return 1;
}

int cm_ptrmap_put(cm_ptrmap *map, const void *key, void *value)
{
	if ((map->count + 1) * 2 > map->cap && !ptr_resize(map, map->cap ? map->cap * 2 : 64)) {
		map->failed = 1;
		return 0;
	}
	struct cm_ptrmap_slot *slot = ptr_slot(map, key);
	if (!slot->key)
		map->count++;
	slot->key = key;
	slot->value = value;
	return 1;
}

void *cm_ptrmap_get(const cm_ptrmap *map, const void *key)
{
	if (!map->cap)
		return NULL;
	return ptr_slot(map, key)->value;
}
