/* test_resolve.c: the resolution corpus (tests/resolve/corpus.tsv) against
 * the real map: every spelling must give its node, or the tie or the "no
 * node" it lists; and no tie is ever resolved silently. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cybermap.h"
#include "harness.h"

#define MAX_FIELDS 5

/* Splits a line at tabs into fields; returns how many. */
static size_t fields(char *line, char **out)
{
	size_t n = 0;
	line[strcspn(line, "\n")] = '\0';
	while (n < MAX_FIELDS) {
		out[n++] = line;
		char *tab = strchr(line, '\t');
		if (!tab)
			break;
		*tab = '\0';
		line = tab + 1;
	}
	return n;
}

static int tie_names(const cm_resolution *r, const char *expected)
{
	char copy[512];
	snprintf(copy, sizeof copy, "%s", expected + 4);
	for (char *id = strtok(copy, " "); id; id = strtok(NULL, " ")) {
		int found = 0;
		for (size_t i = 0; i < r->ncandidates && i < CM_MAX_CANDIDATES; i++)
			found |= strcmp(cm_node_id(r->candidates[i]), id) == 0;
		if (!found)
			return 0;
	}
	return 1;
}

/* 1 when the answer is the one expected. */
static int answer_ok(cm_status st, const cm_resolution *r, const char *expected)
{
	if (strcmp(expected, "none") == 0)
		return st == CM_EINVAL && r->ncandidates == 0;
	if (strncmp(expected, "none ", 5) == 0)
		return st == CM_EINVAL && r->ncandidates == 0 && r->suggestion &&
		       strcmp(cm_node_id(r->suggestion), expected + 5) == 0;
	if (strncmp(expected, "tie ", 4) == 0)
		return st == CM_EINVAL && r->ncandidates > 1 && tie_names(r, expected);
	return st == CM_OK && r->node && strcmp(cm_node_id(r->node), expected) == 0;
}

static void run_case(cm_map *map, char **f, size_t *right, size_t *total)
{
	cm_view view;
	cm_view_init(&view);
	if (strcmp(f[1], "-") != 0 && cm_date_parse(&view.as_of, f[1]) != CM_OK) {
		fprintf(stderr, "  corpus: bad date '%s'\n", f[1]);
		harness_failures++;
		return;
	}
	view.country = strcmp(f[2], "-") != 0 ? f[2] : NULL;
	cm_diags *diags;
	if (cm_diags_new(&diags) != CM_OK)
		return;
	cm_resolution r;
	cm_status st = cm_resolve_node(&r, map, &view, f[3], strcmp(f[0], "-") ? f[0] : NULL,
				       diags);
	(*total)++;
	if (answer_ok(st, &r, f[4])) {
		(*right)++;
	} else {
		fprintf(stderr, "  corpus: %s '%s'%s%s: expected %s, got %s (%zu candidates)\n",
			f[0], f[3], view.country ? " --country " : "", view.country ? view.country : "",
			f[4], r.node ? cm_node_id(r.node) : st == CM_OK ? "?" : "no node",
			r.ncandidates);
		harness_failures++;
	}
	/* a tie is an error, never an answer picked silently */
	if (st == CM_OK && r.ncandidates > 1 && !r.node)
		harness_failures++;
	cm_diags_free(diags);
}

static void corpus_resolves(void)
{
	const char *paths[] = {"graphs"};
	cm_map *map = NULL;
	cm_diags *diags;
	if (cm_diags_new(&diags) != CM_OK)
		return;
	CHECK(cm_map_load(&map, paths, 1, NULL, diags) == CM_OK);
	cm_diags_free(diags);
	FILE *in = fopen("tests/resolve/corpus.tsv", "r");
	CHECK(in != NULL);
	char line[1024], *f[MAX_FIELDS];
	size_t right = 0, total = 0;
	while (map && in && fgets(line, sizeof line, in)) {
		if (line[0] == '#' || line[0] == '\n')
			continue;
		if (fields(line, f) != MAX_FIELDS) {
			fprintf(stderr, "  corpus: a line without five fields\n");
			harness_failures++;
			continue;
		}
		run_case(map, f, &right, &total);
	}
	if (in)
		fclose(in);
	printf("resolution corpus: %zu of %zu right\n", right, total);
	CHECK(total >= 150);
	cm_map_free(map);
}

const unit_test resolve_tests[] = {
	{"resolution corpus", corpus_resolves},
	{NULL, NULL},
};
