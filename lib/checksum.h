/* checksum.h: the checksum that guards recorded parses (cache entries, snapshots). */
#ifndef CM_CHECKSUM_H
#define CM_CHECKSUM_H

#include <stddef.h>
#include <stdint.h>

/* The checksum, fed piece by piece as a record is written. */
typedef struct cm_hasher {
	uint64_t h, total;
	unsigned char tail[8];
	size_t ntail;
} cm_hasher;

void cm_hash_init(cm_hasher *s);
void cm_hash_add(cm_hasher *s, const void *data, size_t len);
uint64_t cm_hash_end(const cm_hasher *s);
/* The same over one block. */
uint64_t cm_checksum(const void *data, size_t len);

#endif
