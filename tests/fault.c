/*
 * fault.c: fault injection.  Every allocation the library makes (malloc,
 * calloc, realloc, strdup, strndup: the program is linked with
 * -Wl,--wrap for each) is counted, and in turn made to fail, in a scenario
 * on the small fixture map: `check` (a cold load writing the cache, then
 * the strict check), the same from the warm cache, `notify` (printed as
 * text, TSV and JSON) and a render (a function chart as SVG).
 *
 * Each failure runs in a child process of its own, so that a crash, an
 * AddressSanitizer report or a leak (LeakSanitizer checks at the child's
 * exit in a SANITIZE= build; elsewhere the wrappers count what is still
 * allocated) shows as that child's exit status.  A failure must end in a
 * clean error: the scenario returns an error with a diagnostic, or, where
 * the library has another way (no cache entry, no second thread), the very
 * output of a run without failures.
 *
 * For each scenario the first allocation on every call path (the
 * allocator's caller and the two calls above it) fails once, and so does
 * every Nth allocation, N chosen to keep the runs to about 300 (or given as
 * FAULT_EVERY; 1 fails each in turn).  Prints one line per scenario:
 * allocations, call sites, call paths, runs, failures.
 * Usage, from the top of the source tree: fault-injection [SCENARIO [N]]
 * (with N, only the Nth allocation fails, in this process, and the calls
 * that led to it are printed: for a debugger).
 */
#define _GNU_SOURCE /* dladdr */
#include <dlfcn.h>
#include <errno.h>
#include <execinfo.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cybermap.h"

/* ---- the wrappers ---- */

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);
char *__real_strdup(const char *s);
char *__real_strndup(const char *s, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t n);
char *__wrap_strdup(const char *s);
char *__wrap_strndup(const char *s, size_t n);

#define MAX_CALLS 200000

static int counting;          /* allocations are being counted */
static unsigned long calls;   /* counted so far */
static unsigned long fail_at; /* the one to fail (1-based), 0 for none */
static int failed;            /* it was reached */
static void *failed_site;     /* from where */
static void *failed_stack[12]; /* and the calls that led there (debugging) */
static int failed_depth;
static void **sites;          /* with record set: the call site of each */
static uint64_t *call_paths;      /* and the path to it: the site and two calls above */
static int record;
static int debugging; /* one failure, in this process */

/* Whether this allocation, called from site, is to fail. */
static int fails(void *site)
{
	if (!counting)
		return 0;
	calls++;
	if (record && calls < MAX_CALLS) {
		sites[calls] = site;
		void *frames[16];
		int n = backtrace(frames, 16), at = 0;
		while (at < n && frames[at] != site)
			at++;
		uint64_t h = 0xcbf29ce484222325ull;
		for (int i = at; i < n && i < at + 3; i++)
			h = (h ^ (uint64_t)(uintptr_t)frames[i]) * 0x100000001b3ull;
		call_paths[calls] = h;
	}
	if (calls == fail_at) {
		failed = 1;
		failed_site = site;
		if (!record && debugging)
			failed_depth = backtrace(failed_stack, 12);
		return 1;
	}
	return 0;
}

#define SITE __builtin_extract_return_addr(__builtin_return_address(0))

void *__wrap_malloc(size_t n)
{
	return fails(SITE) ? NULL : __real_malloc(n);
}

void *__wrap_calloc(size_t n, size_t size)
{
	return fails(SITE) ? NULL : __real_calloc(n, size);
}

void *__wrap_realloc(void *p, size_t n)
{
	return fails(SITE) ? NULL : __real_realloc(p, n);
}

char *__wrap_strdup(const char *s)
{
	return fails(SITE) ? NULL : __real_strdup(s);
}

char *__wrap_strndup(const char *s, size_t n)
{
	return fails(SITE) ? NULL : __real_strndup(s, n);
}

/* ---- the scenarios ---- */

static const char *cache_dir; /* a scratch directory */

/* The output of a scenario (what it printed, or "error"), appended to. */
typedef struct output {
	char *data;
	size_t len, cap;
} output;

static int add(output *o, const char *data, size_t len)
{
	if (o->len + len + 1 > o->cap) {
		size_t cap = (o->len + len + 1) * 2;
		char *bigger = __real_realloc(o->data, cap); /* the harness's, not counted */
		if (!bigger)
			return 0;
		o->data = bigger;
		o->cap = cap;
	}
	memcpy(o->data + o->len, data, len);
	o->len += len;
	o->data[o->len] = '\0';
	return 1;
}

static cm_status load(cm_map **map, int cached, cm_diags *diags)
{
	const char *paths[] = {"tests/fixtures/mini"};
	cm_limits limits;
	cm_limits_init(&limits);
	limits.cache_dir = cached ? cache_dir : NULL;
	return cm_map_load(map, paths, 1, &limits, diags);
}

static cm_status print_into(output *o, cm_map *map, const cm_view *view, const cm_result *r,
			    cm_format format, cm_diags *diags)
{
	char *data = NULL;
	size_t len = 0;
	cm_status st = cm_print(&data, &len, map, view, r, format, NULL, diags);
	if (st == CM_OK && !add(o, data, len))
		st = CM_ENOMEM;
	free(data);
	return st;
}

/* Whether a diagnostic says memory ran out. */
static int out_of_memory(const cm_diags *diags)
{
	for (size_t i = 0; i < cm_diags_count(diags); i++)
		if (strcmp(cm_diags_at(diags, i)->message, "out of memory") == 0)
			return 1;
	return 0;
}

/* Load, then the strict check: its problems (the fixture may have some)
 * are the output, so that one missing under a failure shows. */
static cm_status check(output *o, int cached, cm_diags *diags)
{
	cm_map *map;
	cm_status st = load(&map, cached, diags);
	if (st != CM_OK)
		return st;
	size_t before = cm_diags_count(diags);
	cm_status strict = cm_map_check_strict(map, diags);
	char line[64];
	snprintf(line, sizeof line, "%zu nodes, %zu edges, strict %d\n", cm_map_node_count(map),
		 cm_map_edge_count(map), strict);
	add(o, line, strlen(line));
	for (size_t i = before; i < cm_diags_count(diags); i++) {
		const char *m = cm_diags_at(diags, i)->message;
		add(o, m, strlen(m));
		add(o, "\n", 1);
	}
	cm_map_free(map);
	return out_of_memory(diags) ? CM_ENOMEM : CM_OK;
}

static cm_status check_cold(output *o, cm_diags *diags)
{
	return check(o, 1, diags);
}

static cm_status check_warm(output *o, cm_diags *diags)
{
	return check(o, 1, diags);
}

static cm_status notify(output *o, cm_diags *diags)
{
	cm_map *map;
	cm_status st = load(&map, 0, diags);
	cm_result *r = NULL;
	cm_view view;
	cm_view_init(&view);
	cm_date_parse(&view.as_of, "2026-11-25");
	if (st == CM_OK)
		st = cm_query_notify(&r, map, &view, "us.sector.energy", NULL, diags);
	for (cm_format f = CM_FORMAT_TEXT; st == CM_OK && f <= CM_FORMAT_JSON; f++)
		st = print_into(o, map, &view, r, f, diags);
	cm_result_free(r);
	cm_map_free(map);
	return st;
}

static cm_status render(output *o, cm_diags *diags)
{
	cm_map *map;
	cm_status st = load(&map, 0, diags);
	cm_result *r = NULL;
	cm_view view;
	cm_view_init(&view);
	cm_date_parse(&view.as_of, "2026-11-25");
	if (st == CM_OK)
		st = cm_query_function(&r, map, &view, "fn.incident-response", diags);
	if (st == CM_OK)
		st = print_into(o, map, &view, r, CM_FORMAT_SVG, diags);
	cm_result_free(r);
	cm_map_free(map);
	return st;
}

/* A snapshot of the map made and loaded again: both halves under failure. */
static cm_status snapshot(output *o, cm_diags *diags)
{
	const char *paths[] = {"tests/fixtures/mini"};
	char *data = NULL;
	size_t len = 0;
	cm_map *map = NULL;
	cm_status st = cm_map_snapshot(paths, 1, NULL, &data, &len, diags);
	if (st == CM_OK)
		st = cm_map_load_snapshot(&map, data, len, "snapshot", NULL, diags);
	free(data);
	if (st == CM_OK) {
		char line[64];
		snprintf(line, sizeof line, "%zu nodes, %zu edges\n", cm_map_node_count(map),
			 cm_map_edge_count(map));
		add(o, line, strlen(line));
	}
	cm_map_free(map);
	return st;
}

typedef struct scenario {
	const char *name;
	cm_status (*run)(output *o, cm_diags *diags);
	int warm; /* runs from a cache the reference run filled */
} scenario;

static const scenario scenarios[] = {
	{"check", check_cold, 0},
	{"check-cached", check_warm, 1},
	{"notify", notify, 0},
	{"render", render, 0},
	{"snapshot", snapshot, 0},
};

/* ---- one run, in a child ---- */

enum { CLEAN = 0, WRONG_OUTPUT = 10, NO_DIAGNOSTIC = 11, HARNESS = 12 };

static const char *scratch_dir;

/* A fresh cache: none for a cold run, the reference one for a warm run. */
static int fresh_cache(const scenario *s)
{
	char command[512];
	snprintf(command, sizeof command, "rm -rf '%s' && { [ %d = 0 ] || cp -a '%s/warm' '%s'; }",
		 cache_dir, s->warm, scratch_dir, cache_dir);
	return system(command) == 0;
}

/* Runs the scenario with allocation fail_at failing (none when 0).  The
 * reference run writes its output, its count of allocations and the site
 * of each to files beside prefix; the others compare with reference. */
static int run_once(const scenario *s, const char *prefix, const output *reference)
{
	cm_diags *diags;
	if (cm_diags_new(&diags) != CM_OK || !fresh_cache(s))
		return HARNESS;
	output o = {NULL, 0, 0};
	counting = 1;
	cm_status st = s->run(&o, diags);
	counting = 0;
	int code = CLEAN;
	if (prefix) {
		char path[512];
		snprintf(path, sizeof path, "%s.out", prefix);
		FILE *f = fopen(path, "wb");
		if (st != CM_OK || !f || fwrite(o.data ? o.data : "", 1, o.len, f) != o.len)
			code = HARNESS;
		if (f && fclose(f) != 0)
			code = HARNESS;
		snprintf(path, sizeof path, "%s.sites", prefix);
		f = fopen(path, "w");
		for (unsigned long i = 1; f && i <= calls && i < MAX_CALLS; i++)
			fprintf(f, "%p %llx\n", sites[i], (unsigned long long)call_paths[i]);
		if (!f || fclose(f) != 0)
			code = HARNESS;
	} else if (st == CM_OK) {
		if (o.len != reference->len || memcmp(o.data, reference->data, o.len) != 0)
			code = WRONG_OUTPUT;
	} else if (cm_diags_count(diags) == 0) {
		code = NO_DIAGNOSTIC;
	}
	free(o.data);
	cm_diags_free(diags);
	return code;
}

static int child(const scenario *s, unsigned long at, const char *prefix,
		 const output *reference)
{
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		calls = 0;
		failed = 0;
		fail_at = at;
		record = prefix != NULL;
		if (record && (!(sites = __real_calloc(MAX_CALLS, sizeof(*sites))) ||
			       !(call_paths = __real_calloc(MAX_CALLS, sizeof(*call_paths)))))
			exit(HARNESS);
		exit(run_once(s, prefix, reference));
	}
	int status;
	if (waitpid(pid, &status, 0) != pid)
		return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/* ---- a scenario, every way ---- */

static int read_file(const char *path, output *o)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return 0;
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		add(o, buf, n);
	fclose(f);
	return 1;
}

static int distinct(void **all, unsigned long n, void *site)
{
	for (unsigned long i = 0; i < n; i++)
		if (all[i] == site)
			return 0;
	return 1;
}

static int try_scenario(const scenario *s, const char *scratch)
{
	char prefix[512], path[600];
	snprintf(prefix, sizeof prefix, "%s/%s", scratch, s->name);
	if (child(s, 0, prefix, NULL) != CLEAN) {
		printf("fault %s: the run without failures failed\n", s->name);
		return 1;
	}
	output reference = {NULL, 0, 0};
	snprintf(path, sizeof path, "%s.out", prefix);
	read_file(path, &reference);
	snprintf(path, sizeof path, "%s.sites", prefix);
	FILE *f = fopen(path, "r");
	unsigned long total = 0, nsites = 0, npaths = 0, cap = 0, pcap = 0;
	void **site_list = NULL;
	uint64_t *path_list = NULL;
	unsigned long *first = NULL; /* the first call on each path */
	void *site;
	unsigned long long hash;
	while (f && fscanf(f, "%p %llx", &site, &hash) == 2) {
		total++;
		if (distinct(site_list, nsites, site)) {
			if (nsites == cap && !(site_list = realloc(site_list, (cap = cap ? 2 * cap : 256) *
								      sizeof(*site_list))))
				return 1;
			site_list[nsites++] = site;
		}
		unsigned long k = 0;
		while (k < npaths && path_list[k] != hash)
			k++;
		if (k < npaths)
			continue;
		if (npaths == pcap) {
			pcap = pcap ? 2 * pcap : 256;
			path_list = realloc(path_list, pcap * sizeof(*path_list));
			first = realloc(first, pcap * sizeof(*first));
			if (!path_list || !first)
				return 1;
		}
		first[npaths] = total;
		path_list[npaths++] = hash;
	}
	if (f)
		fclose(f);
	unsigned long nchosen = npaths;
	/* FAULT_EVERY=1 fails every allocation in turn (slow under the
	 * sanitizers: one process each) */
	const char *every_env = getenv("FAULT_EVERY");
	unsigned long every = every_env ? strtoul(every_env, NULL, 10) : total / 300 + 1, runs = 0,
		      bad = 0;
	if (!every)
		every = 1;
	for (unsigned long i = 1, k = 0; i <= total; i++) {
		int chosen = i % every == 0 || (k < nchosen && first[k] == i);
		if (k < nchosen && first[k] == i)
			k++;
		if (!chosen)
			continue;
		runs++;
		int code = child(s, i, NULL, &reference);
		if (code != CLEAN) {
			bad++;
			printf("fault %s: failing allocation %lu of %lu: %s (exit %d)\n", s->name, i, total,
			       code == WRONG_OUTPUT ? "succeeded with a different output"
			       : code == NO_DIAGNOSTIC ? "failed without a diagnostic"
			       : code > 128 ? "crashed" : "sanitizer report or leak",
			       code);
		}
	}
	printf("fault %s: %lu allocations at %lu call sites on %lu call paths; %lu runs (the first allocation on each path, and every %luth): %lu clean, %lu not\n",
	       s->name, total, nsites, npaths, runs, every, runs - bad, bad);
	free(site_list);
	free(path_list);
	free(first);
	free(reference.data);
	return bad != 0 || total == 0;
}

int main(int argc, char **argv)
{
	/* under $TMPDIR, as the unit tests' scratch directories */
	char scratch[96];
	const char *tmp = getenv("TMPDIR");
	int n = snprintf(scratch, sizeof scratch, "%s/cybermap-fault-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (n <= 0 || n >= (int)sizeof scratch || !mkdtemp(scratch))
		return 2;
	char cache[128];
	snprintf(cache, sizeof cache, "%s/cache", scratch);
	cache_dir = cache;
	scratch_dir = scratch;
	/* the warm cache the cached scenario starts from each time */
	char fill[256];
	snprintf(fill, sizeof fill, "%s/warm", scratch);
	cm_map *map = NULL;
	cm_diags *diags;
	const char *paths[] = {"tests/fixtures/mini"};
	cm_limits limits;
	cm_limits_init(&limits);
	limits.cache_dir = fill;
	if (cm_diags_new(&diags) != CM_OK || cm_map_load(&map, paths, 1, &limits, diags) != CM_OK)
		return 2;
	cm_map_free(map);
	cm_diags_free(diags);
	int failures = 0;
	if (argc == 3) { /* one failure, in this process: for a debugger */
		for (size_t i = 0; i < sizeof(scenarios) / sizeof(scenarios[0]); i++)
			if (strcmp(argv[1], scenarios[i].name) == 0) {
				cm_diags *d;
				output o = {NULL, 0, 0};
				cm_diags_new(&d);
				fresh_cache(&scenarios[i]);
				fail_at = strtoul(argv[2], NULL, 10);
				debugging = 1;
				counting = 1;
				cm_status st = scenarios[i].run(&o, d);
				counting = 0;
				printf("status %d, failure %s, %zu diagnostics, %zu bytes out\n", st,
				       failed ? "reached" : "not reached", cm_diags_count(d), o.len);
				for (int f = 2; failed && f < failed_depth; f++) {
					Dl_info info;
					if (!dladdr(failed_stack[f], &info))
						continue;
					char command[512];
					snprintf(command, sizeof command, "addr2line -f -s -p -e %s %#lx",
						 info.dli_fname,
						 (unsigned long)((char *)failed_stack[f] - (char *)info.dli_fbase) - 1);
					fflush(stdout);
					if (system(command) != 0)
						printf("(no addr2line)\n");
				}
				for (size_t k = 0; k < cm_diags_count(d); k++)
					printf("  %s\n", cm_diags_at(d, k)->message);
				free(o.data);
				cm_diags_free(d);
			}
		char rm[128];
		snprintf(rm, sizeof rm, "rm -rf '%s'", scratch);
		return system(rm) == 0 ? 0 : 1;
	}
	for (size_t i = 0; i < sizeof(scenarios) / sizeof(scenarios[0]); i++)
		if (argc < 2 || strcmp(argv[1], scenarios[i].name) == 0)
			failures += try_scenario(&scenarios[i], scratch);
	char rm[128];
	snprintf(rm, sizeof rm, "rm -rf '%s'", scratch);
	if (system(rm) != 0)
		failures++;
	return failures ? 1 : 0;
}
