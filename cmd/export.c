/* export.c: `cybermap export` -- the whole view for other tools.  CSV is two
 * files (nodes and relationships for neo4j-admin import) in -o DIRECTORY. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cmd.h"

static cm_status write_csv(context *ctx, const cm_result *result)
{
	const char *dir = ctx->options[OPT_OUTPUT]; /* given: checked before the load */
	if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
		complain("cannot make '%s': %s", dir, strerror(errno));
		return CM_EIO;
	}
	char *nodes, *edges;
	size_t nodes_len, edges_len;
	cm_status st = cm_print_csv(&nodes, &nodes_len, &edges, &edges_len, ctx->map,
				    &ctx->view, result, ctx->diags);
	char path[4096];
	if (st == CM_OK) {
		snprintf(path, sizeof path, "%s/nodes.csv", dir);
		st = cm_write_file(path, nodes, nodes_len, ctx->diags);
	}
	if (st == CM_OK) {
		snprintf(path, sizeof path, "%s/relationships.csv", dir);
		st = cm_write_file(path, edges, edges_len, ctx->diags);
	}
	if (st == CM_OK)
		printf("%s/nodes.csv\n%s/relationships.csv\n", dir, dir);
	free(nodes);
	free(edges);
	return st;
}

cm_status run_export(context *ctx, cm_result **result)
{
	cm_status st = cm_query_export(result, ctx->map, &ctx->view, ctx->diags);
	if (st != CM_OK || ctx->format != CM_FORMAT_CSV)
		return st;
	st = write_csv(ctx, *result);
	cm_result_free(*result);
	*result = NULL;
	return st;
}
