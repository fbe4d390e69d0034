/* harness.h: a minimal unit-test harness; main.c runs every test and counts. */
#ifndef HARNESS_H
#define HARNESS_H

#include <stdio.h>
#include <string.h>

extern int harness_failures; /* failures in the current test */

#define CHECK(cond)                                                            \
	do {                                                                   \
		if (!(cond)) {                                                 \
			fprintf(stderr, "  %s:%d: CHECK(%s) failed\n", __FILE__, \
				__LINE__, #cond);                              \
			harness_failures++;                                    \
		}                                                              \
	} while (0)

#define CHECK_STR(a, b)                                                        \
	do {                                                                   \
		const char *a_ = (a), *b_ = (b);                               \
		if (!a_ || !b_ || strcmp(a_, b_) != 0) {                       \
			fprintf(stderr, "  %s:%d: '%s' != '%s'\n", __FILE__,     \
				__LINE__, a_ ? a_ : "(null)", b_ ? b_ : "(null)"); \
			harness_failures++;                                    \
		}                                                              \
	} while (0)

typedef struct unit_test {
	const char *name;
	void (*run)(void);
} unit_test;

/* Each test file exports a table ending in {NULL, NULL}. */
extern const unit_test date_tests[], text_tests[], yaml_tests[], map_tests[],
	query_tests[], output_tests[], walk_tests[], resolve_tests[], cache_tests[],
	public_tests[], site_tests[];

/* A new, empty directory under $TMPDIR (or /tmp), its name at dir
 * (SCRATCH_SIZE bytes): 1, or 0 when it cannot be made. */
#define SCRATCH_SIZE 96
int scratch_dir(char *dir);
/* The entries of a directory, hidden ones (temporaries) too. */
int count_entries(const char *dir);

/* The fixture map, loaded once per call (tests free it). */
struct cm_map;
struct cm_map *load_fixture(void);

#endif
