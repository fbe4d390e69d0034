/*
 * walk-map.c: the whole map through the public interface alone.  Prints
 * every node with its attributes (lists included) and every edge leaving
 * it with its attributes, then the totals by node and edge type -- which
 * `cybermap stats` must agree with.
 *
 *     cc walk-map.c $(pkg-config --cflags --libs cybermap) -o walk-map
 *     ./walk-map MAPDIR           # everything
 *     ./walk-map MAPDIR --totals  # the totals only
 */
#include <cybermap.h>
#include <stdio.h>
#include <string.h>

static void print_value(cm_value v)
{
	if (v.text) {
		printf("%s", v.text);
		return;
	}
	printf("[");
	for (size_t i = 0; i < v.nitems; i++)
		printf("%s%s", i ? ", " : "", v.items[i]);
	printf("]");
}

static void print_node(const cm_node *node)
{
	printf("%s (%s) %s\n", cm_node_id(node), cm_node_type_name(node), cm_node_name(node));
	for (size_t i = 0; i < cm_node_attr_count(node); i++) {
		cm_value v = cm_node_attr_at(node, i);
		printf("  %s: ", v.key);
		print_value(v);
		printf("\n");
	}
	const cm_edge *out[256];
	size_t n = cm_node_edges(node, CM_EDGES_OUT, NULL, out, 256);
	for (size_t i = 0; i < n && i < 256; i++) {
		printf("  %s %s %s\n", cm_edge_symmetric(out[i]) ? "<->" : "->",
		       cm_edge_type_name(out[i]), cm_node_id(cm_edge_to(out[i])));
		for (size_t a = 0; a < cm_edge_attr_count(out[i]); a++) {
			cm_value v = cm_edge_attr_at(out[i], a);
			printf("      %s: ", v.key);
			print_value(v);
			printf("\n");
		}
	}
}

/* Counts per type name, in the schema's order. */
static void print_totals(const cm_map *map)
{
	for (size_t t = 0; t < cm_map_node_type_count(map); t++) {
		const char *type = cm_map_node_type_name(map, t);
		size_t count = 0;
		for (size_t i = 0; i < cm_map_node_count(map); i++)
			count += strcmp(cm_node_type_name(cm_map_node_at(map, i)), type) == 0;
		printf("node %s %zu\n", type, count);
	}
	for (size_t t = 0; t < cm_map_edge_type_count(map); t++) {
		const char *type = cm_map_edge_type_name(map, t);
		size_t count = 0;
		for (size_t i = 0; i < cm_map_edge_count(map); i++)
			count += strcmp(cm_edge_type_name(cm_map_edge_at(map, i)), type) == 0;
		printf("edge %s %zu\n", type, count);
	}
}

int main(int argc, char **argv)
{
	if (argc < 2 || argc > 3 || (argc == 3 && strcmp(argv[2], "--totals") != 0)) {
		fprintf(stderr, "usage: walk-map MAPDIR [--totals]\n");
		return 2;
	}
	cm_diags *diags;
	cm_map *map;
	const char *paths[] = {argv[1]};
	if (cm_diags_new(&diags) != CM_OK)
		return 2;
	if (cm_map_load(&map, paths, 1, NULL, diags) != CM_OK) {
		for (size_t i = 0; i < cm_diags_count(diags); i++)
			fprintf(stderr, "walk-map: %s\n", cm_diags_at(diags, i)->message);
		cm_diags_free(diags);
		return 2;
	}
	if (argc == 2)
		for (size_t i = 0; i < cm_map_node_count(map); i++)
			print_node(cm_map_node_at(map, i));
	print_totals(map);
	cm_map_free(map);
	cm_diags_free(diags);
	return 0;
}
