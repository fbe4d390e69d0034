/* snapshot.c: writes and reads a map's recorded parse as one block (snapshot.h). */
#include "snapshot.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "checksum.h"

void cm_snapshot_add(cm_strbuf *snap, const char *name, const char *record, size_t len)
{
	if (snap->len == 0)
		cm_strbuf_adds(snap, CM_SNAPSHOT_MAGIC);
	cm_strbuf_addf(snap, "file %zu %zu\n", strlen(name), len);
	cm_strbuf_adds(snap, name);
	cm_strbuf_add(snap, record, len);
	cm_strbuf_addc(snap, '\n');
}

void cm_snapshot_finish(cm_strbuf *snap, size_t count)
{
	if (snap->len == 0)
		cm_strbuf_adds(snap, CM_SNAPSHOT_MAGIC);
	uint64_t sum = snap->failed ? 0 : cm_checksum(snap->data, snap->len);
	cm_strbuf_addf(snap, "end %zu %016" PRIx64 "\n", count, sum);
}

int cm_snapshot_is(const char *data, size_t len)
{
	size_t n = sizeof(CM_SNAPSHOT_MAGIC) - 1;
	return len >= n && memcmp(data, CM_SNAPSHOT_MAGIC, n) == 0;
}

/* A decimal number ending at the byte `end` (a space or a newline); 0 when
 * there is none or it does not fit. */
static int read_size(const char **at, const char *limit, char end, size_t *n)
{
	const char *p = *at;
	*n = 0;
	while (p < limit && *p >= '0' && *p <= '9') {
		size_t digit = (size_t)(*p - '0');
		if (*n > (SIZE_MAX - digit) / 10)
			return 0;
		*n = *n * 10 + digit;
		p++;
	}
	if (p == *at || p >= limit || *p != end)
		return 0;
	*at = p + 1;
	return 1;
}

static int read_word(const char **at, const char *limit, const char *word)
{
	size_t n = strlen(word);
	if ((size_t)(limit - *at) < n || memcmp(*at, word, n) != 0)
		return 0;
	*at += n;
	return 1;
}

/* The "end" line: the count and the checksum of all before it. */
static int read_end(const char *data, const char *at, const char *limit, size_t count)
{
	const char *line = at;
	size_t said;
	if (!read_word(&at, limit, "end ") || !read_size(&at, limit, ' ', &said) || said != count)
		return 0;
	char want[17];
	snprintf(want, sizeof want, "%016" PRIx64, cm_checksum(data, (size_t)(line - data)));
	return limit - at == 17 && memcmp(at, want, 16) == 0 && at[16] == '\n';
}

int cm_snapshot_read(const char *data, size_t len, cm_snapshot_file **files, size_t *count)
{
	*files = NULL;
	*count = 0;
	if (!cm_snapshot_is(data, len))
		return 0;
	const char *at = data + sizeof(CM_SNAPSHOT_MAGIC) - 1, *limit = data + len;
	size_t n = 0, cap = 0;
	cm_snapshot_file *list = NULL;
	while (read_word(&at, limit, "file ")) {
		cm_snapshot_file f;
		if (!read_size(&at, limit, ' ', &f.name_len) ||
		    !read_size(&at, limit, '\n', &f.record_len) ||
		    f.name_len == 0 || f.name_len > (size_t)(limit - at) ||
		    f.record_len >= (size_t)(limit - at) - f.name_len ||
		    at[f.name_len + f.record_len] != '\n')
			goto damaged;
		f.name = at;
		f.record = at + f.name_len;
		at += f.name_len + f.record_len + 1;
		if (n == cap) {
			cm_snapshot_file *more = realloc(list, (cap = cap ? 2 * cap : 16) * sizeof(*list));
			if (!more)
				goto damaged;
			list = more;
		}
		list[n++] = f;
	}
	if (n == 0 || !read_end(data, at, limit, n))
		goto damaged;
	*files = list;
	*count = n;
	return 1;
damaged:
	free(list);
	return 0;
}
