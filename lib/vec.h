/* vec.h: a growable array of pointers. */
#ifndef CM_VEC_H
#define CM_VEC_H

#include <stddef.h>

typedef struct cm_vec {
	void **items;
	size_t count, cap;
	int failed; /* a push ran out of memory (sticky, as strbuf's) */
} cm_vec;

int cm_vec_push(cm_vec *vec, void *item);
void cm_vec_release(cm_vec *vec);
/* Sorts the items (qsort, but an empty vector is fine). */
void cm_vec_sort(cm_vec *vec, int (*compare)(const void *, const void *));

#endif
