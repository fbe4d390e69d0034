/*
 * replay.c: runs a fuzz target's entry point over saved inputs, without
 * libFuzzer, so the normal test run replays every input that ever crashed
 * (and the seed corpus) under any compiler.
 *
 *     fuzz-replay-TARGET FILE|DIR...
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

__attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

static int replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "replay: cannot read %s\n", path);
		return 0;
	}
	size_t cap = 1 << 16, len = 0;
	unsigned char *data = malloc(cap);
	size_t n;
	while (data && (n = fread(data + len, 1, cap - len, f)) > 0) {
		len += n;
		if (len == cap)
			data = realloc(data, cap *= 2);
	}
	fclose(f);
	if (!data)
		return 0;
	/* an exact-size copy, as libFuzzer passes it, so that a read past the
	 * end is caught by AddressSanitizer */
	unsigned char *exact = malloc(len ? len : 1);
	if (exact) {
		memcpy(exact, data, len);
		LLVMFuzzerTestOneInput(exact, len);
	}
	free(exact);
	free(data);
	return 1;
}

int main(int argc, char **argv)
{
	size_t count = 0;
	LLVMFuzzerInitialize(&argc, &argv);
	for (int i = 1; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) != 0)
			continue;
		if (!S_ISDIR(st.st_mode)) {
			count += (size_t)replay_file(argv[i]);
			continue;
		}
		DIR *d = opendir(argv[i]);
		for (struct dirent *e; d && (e = readdir(d));) {
			if (e->d_name[0] == '.')
				continue;
			char path[4096];
			snprintf(path, sizeof path, "%s/%s", argv[i], e->d_name);
			count += (size_t)replay_file(path);
		}
		if (d)
			closedir(d);
	}
	printf("replayed %zu inputs\n", count);
	return 0;
}
