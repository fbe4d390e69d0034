/*
 * query_bench.c: how long path and reach take on a loaded map, through the
 * public API only.  Not a test: it prints timings for bench/README.md.
 *
 *     query_bench MAPDIR FROM TO [RUNS]
 */
#include <cybermap.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), by_value);
	return v[n / 2];
}

int main(int argc, char **argv)
{
	if (argc < 4) {
		fprintf(stderr, "usage: query_bench MAPDIR FROM TO [RUNS]\n");
		return 2;
	}
	int runs = argc > 4 ? atoi(argv[4]) : 5;
	if (runs < 1 || runs > 100)
		runs = 5;
	cm_diags *diags;
	cm_map *map;
	cm_diags_new(&diags);
	const char *paths[] = {argv[1]};
	double t0 = now_ms();
	if (cm_map_load(&map, paths, 1, NULL, diags) != CM_OK) {
		fprintf(stderr, "load failed: %s\n", cm_diags_at(diags, 0)->message);
		return 2;
	}
	double load = now_ms() - t0;
	cm_view view;
	cm_view_init(&view);
	double path_ms[100], reach_ms[100];
	size_t hops = 0, reached = 0;
	for (int i = 0; i < runs; i++) {
		cm_result *r;
		t0 = now_ms();
		cm_query_path(&r, map, &view, argv[2], argv[3], NULL, diags);
		path_ms[i] = now_ms() - t0;
		hops = r ? cm_result_rows(r) : 0;
		cm_result_free(r);
		t0 = now_ms();
		cm_query_reach(&r, map, &view, argv[2], NULL, diags);
		reach_ms[i] = now_ms() - t0;
		reached = r ? cm_result_rows(r) : 0;
		cm_result_free(r);
	}
	printf("nodes %zu  edges %zu  load %.0f ms\n", cm_map_node_count(map),
	       cm_map_edge_count(map), load);
	printf("path  %s -> %s: %zu hops, median %.2f ms over %d runs\n", argv[2], argv[3],
	       hops, median(path_ms, runs), runs);
	printf("reach %s: %zu nodes, median %.2f ms over %d runs\n", argv[2], reached,
	       median(reach_ms, runs), runs);
	cm_map_free(map);
	cm_diags_free(diags);
	return 0;
}
