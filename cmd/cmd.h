/* cmd.h: the command table and the context every command runs in. */
#ifndef CMD_H
#define CMD_H

#include "cybermap.h"

enum option_id {
	OPT_DATA, OPT_FORMAT, OPT_OUTPUT, OPT_AS_OF, OPT_COUNTRY, OPT_LANG,
	OPT_MAX_FILE_SIZE, OPT_MAX_DEPTH, OPT_NO_CACHE, OPT_COLOR,
	OPT_HELP, OPT_VERSION,
	OPT_TYPE, OPT_FUNCTION, OPT_TAG, OPT_STRICT,
	OPT_VIA, OPT_DIRECTED, OPT_ALL, OPT_MAX_HOPS, OPT_REVERSE, OPT_DEPTH, OPT_TRIGGER,
	OPT_WITH, OPT_FORCE,
	OPT_COUNT
};

typedef struct option_spec {
	const char *name;  /* long name, without "--" */
	char short_name;   /* or 0 */
	const char *value; /* metavariable when it takes a value, else NULL */
	enum option_id id;
	const char *help;
} option_spec;

#define MAX_DATA_PATHS 32

typedef struct context {
	const struct command *command;
	const char *options[OPT_COUNT]; /* the value given, "" for a flag, or NULL */
	const char *data_paths[MAX_DATA_PATHS];
	size_t ndata_paths;
	char **args;
	int nargs;
	cm_map *map;
	cm_view view;
	cm_format format;
	cm_diags *diags;
} context;

/* Runs a command: CM_OK, CM_NOTFOUND or an error (diagnostics in ctx). */
typedef cm_status (*run_fn)(context *ctx, cm_result **result);

enum { NEEDS_MAP = 1 };

typedef struct command {
	const char *name;
	const char *args;    /* usage of the arguments, e.g. "NODE..." */
	const char *summary;
	int min_args, max_args; /* max -1: no limit */
	const enum option_id *options; /* its own options, ending in OPT_COUNT */
	unsigned flags;
	run_fn run;
} command;

extern const command commands[];
extern const size_t ncommands;
extern const option_spec option_specs[];
extern const size_t noption_specs;

/* Each command's entry point (one file per command). */
cm_status run_check(context *ctx, cm_result **result);
cm_status run_list(context *ctx, cm_result **result);
cm_status run_show(context *ctx, cm_result **result);
cm_status run_search(context *ctx, cm_result **result);
cm_status run_stats(context *ctx, cm_result **result);
cm_status run_path(context *ctx, cm_result **result);
cm_status run_reach(context *ctx, cm_result **result);
cm_status run_notify(context *ctx, cm_result **result);
cm_status run_jurisdiction(context *ctx, cm_result **result);
cm_status run_function(context *ctx, cm_result **result);
cm_status run_counterpart(context *ctx, cm_result **result);
cm_status run_export(context *ctx, cm_result **result);
cm_status run_site(context *ctx, cm_result **result);

/* A whole number option's value: 0 when not given; -1 (after a message)
 * when it is not a number from 1 to 1000000. */
long number_option(const context *ctx, enum option_id id);

/* Writes bytes where the output goes (-o FILE whole, or standard output). */
cm_status emit(context *ctx, const char *data, size_t len);

/* Prints the diagnostics gathered so far, one a line. */
void print_diags(const cm_diags *diags);

/* Help texts, from the table. */
void print_usage(const command *cmd);

#endif
