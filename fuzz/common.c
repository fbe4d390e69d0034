/* common.c: helpers the fuzz targets share. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

static const char *root(void)
{
	const char *r = getenv("CYBERMAP_FUZZ_ROOT");
	return r && *r ? r : ".";
}

cm_map *fuzz_load_map(const char *relative_path)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", root(), relative_path);
	const char *paths[] = {path};
	cm_diags *diags;
	cm_map *map = NULL;
	if (cm_diags_new(&diags) != CM_OK || cm_map_load(&map, paths, 1, NULL, diags) != CM_OK) {
		fprintf(stderr, "fuzz: cannot load %s\n", path);
		abort();
	}
	cm_diags_free(diags);
	return map;
}

char *fuzz_read(const char *relative_path, size_t *len)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", root(), relative_path);
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "fuzz: cannot read %s\n", path);
		abort();
	}
	fseek(f, 0, SEEK_END);
	long size = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *data = malloc((size_t)size + 1);
	if (!data || fread(data, 1, (size_t)size, f) != (size_t)size)
		abort();
	fclose(f);
	data[size] = '\0';
	*len = (size_t)size;
	return data;
}

char *fuzz_string(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

int fuzz_valid_utf8(const char *text, size_t len)
{
	const unsigned char *p = (const unsigned char *)text, *end = p + len;
	while (p < end) {
		size_t n = *p < 0x80 ? 1 : (*p & 0xe0) == 0xc0 ? 2 : (*p & 0xf0) == 0xe0 ? 3
			 : (*p & 0xf8) == 0xf0 ? 4 : 0;
		if (!n || *p == 0 || (size_t)(end - p) < n || (n == 2 && *p < 0xc2))
			return 0;
		for (size_t i = 1; i < n; i++)
			if ((p[i] & 0xc0) != 0x80)
				return 0;
		p += n;
	}
	return 1;
}
