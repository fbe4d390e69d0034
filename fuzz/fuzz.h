/* fuzz.h: what the fuzz targets share: the libFuzzer entry points and
 * loading the test maps once. */
#ifndef FUZZ_H
#define FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "cybermap.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* The map under $CYBERMAP_FUZZ_ROOT (default .): "graphs" or a fixture;
 * aborts if it does not load, since then every input would be wasted. */
cm_map *fuzz_load_map(const char *relative_path);
/* A file under the root, read whole (NUL-terminated); aborts on failure. */
char *fuzz_read(const char *relative_path, size_t *len);
/* A NUL-terminated copy of the input (the caller frees it). */
char *fuzz_string(const uint8_t *data, size_t size);
/* Whether text[0..len) is valid UTF-8 without NUL bytes. */
int fuzz_valid_utf8(const char *text, size_t len);

#endif
