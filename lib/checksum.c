/* checksum.c: a fast 64-bit checksum of records (cache entries, snapshots),
 * fed piece by piece; it guards against damage, not against an adversary. */
#include "checksum.h"

#include <string.h>

static uint64_t mix(uint64_t x)
{
	x ^= x >> 32;
	x *= 0xd6e8feb86659fd93ull;
	x ^= x >> 32;
	x *= 0xd6e8feb86659fd93ull;
	x ^= x >> 32;
	return x;
}

void cm_hash_init(cm_hasher *s)
{
	s->h = 0x9e3779b97f4a7c15ull;
	s->total = 0;
	s->ntail = 0;
}

static void hash_word(cm_hasher *s, const unsigned char *bytes)
{
	uint64_t word;
	memcpy(&word, bytes, 8);
	s->h = (s->h ^ mix(word)) * 0x9e3779b97f4a7c15ull;
	s->h = (s->h << 27) | (s->h >> 37);
}

void cm_hash_add(cm_hasher *s, const void *data, size_t len)
{
	const unsigned char *p = data;
	s->total += len;
	for (; s->ntail && len; len--) {
		s->tail[s->ntail++] = *p++;
		if (s->ntail == 8) {
			hash_word(s, s->tail);
			s->ntail = 0;
		}
	}
	for (; len >= 8; p += 8, len -= 8)
		hash_word(s, p);
	if (len)
		memcpy(s->tail, p, len);
	s->ntail += len;
}

uint64_t cm_hash_end(const cm_hasher *s)
{
	uint64_t tail = 0;
	memcpy(&tail, s->tail, s->ntail);
	return mix(s->h ^ mix(tail + s->total));
}

uint64_t cm_checksum(const void *data, size_t len)
{
	cm_hasher s;
	cm_hash_init(&s);
	cm_hash_add(&s, data, len);
	return cm_hash_end(&s);
}

