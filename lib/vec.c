/* vec.c: a growable array of pointers (vec.h). */
#include "vec.h"

#include <stdlib.h>

int cm_vec_push(cm_vec *vec, void *item)
{
	if (vec->count == vec->cap) {
		size_t cap = vec->cap ? vec->cap * 2 : 64;
		void **items = realloc(vec->items, cap * sizeof(*items));
		if (!items) {
			vec->failed = 1;
			return 0;
		}
		vec->items = items;
		vec->cap = cap;
	}
	vec->items[vec->count++] = item;
	return 1;
}

void cm_vec_sort(cm_vec *vec, int (*compare)(const void *, const void *))
{
	if (vec->count > 1)
		qsort(vec->items, vec->count, sizeof(void *), compare);
}

void cm_vec_release(cm_vec *vec)
{
	free(vec->items);
	vec->items = NULL;
	vec->count = vec->cap = 0;
	vec->failed = 0;
}
