/* cmd.h: the command table and the context every command runs in. */
#ifndef CMD_H
#define CMD_H

#include "cybermap.h"

enum option_id {
	OPT_DATA, OPT_FORMAT, OPT_OUTPUT, OPT_AS_OF, OPT_COUNTRY, OPT_LANG,
	OPT_MAX_FILE_SIZE, OPT_MAX_DEPTH, OPT_NO_CACHE, OPT_COLOR,
	OPT_HELP, OPT_VERSION, OPT_QUIET,
	OPT_TYPE, OPT_FUNCTION, OPT_TAG, OPT_STRICT,
	OPT_VIA, OPT_DIRECTED, OPT_ALL, OPT_MAX_HOPS, OPT_REVERSE, OPT_DEPTH, OPT_TRIGGER,
	OPT_WITH, OPT_INCIDENT, OPT_DUTY, OPT_SOURCES, OPT_OLDER_THAN, OPT_KIND, OPT_FORCE,
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

#define MAX_ARGS 256

typedef struct context {
	const struct command *command;
	/* the command line as typed, and where each positional argument was
	 * in it: the messages that suggest a command rebuild it */
	const char *argv0;
	char *typed[MAX_ARGS];
	int ntyped;
	int arg_at[MAX_ARGS];
	const char *options[OPT_COUNT]; /* the value given, "" for a flag, or NULL */
	const char *data_paths[MAX_DATA_PATHS];
	size_t ndata_paths;
	char **args;
	int nargs;
	cm_map *map;
	cm_view view;
	cm_format format;
	cm_diags *diags;
	const char *hint; /* printed after the diagnostics: what to type instead */
} context;

/* Runs a command: CM_OK, CM_NOTFOUND or an error (diagnostics in ctx). */
typedef cm_status (*run_fn)(context *ctx, cm_result **result);

enum {
	NEEDS_MAP = 1,
	NODE_ARGS = 2,  /* every argument names a node: resolved before the command runs */
	OUTPUT_DIR = 4, /* writes a directory: -o DIRECTORY is checked before the load */
	WRITES_CSV = 8, /* -f csv is its (a directory of two files, -o checked first) */
	KEEPS_SNAPSHOT = 16 /* loads the map keeping its snapshot (cm_map_snapshot_of) */
};

typedef struct command {
	const char *name;
	const char *args;    /* usage of the arguments, e.g. "NODE..." */
	const char *summary;
	int min_args, max_args; /* max -1: no limit */
	const enum option_id *options; /* its own options, ending in OPT_COUNT */
	unsigned flags;
	run_fn run;
	const char *query;   /* the schema query whose `expects` ranks its NODEs */
	const char *example; /* one real command line, for help and the manual */
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
cm_status run_diff(context *ctx, cm_result **result);
cm_status run_history(context *ctx, cm_result **result);
cm_status run_help(context *ctx, cm_result **result);
cm_status run_sources(context *ctx, cm_result **result);
cm_status run_gaps(context *ctx, cm_result **result);

/* A whole number option's value: 0 when not given; -1 (after a message)
 * when it is not a number from 1 to 1000000. */
long number_option(const context *ctx, enum option_id id);

/* A day typed (YYYY-MM-DD, YYYY-MM, YYYY or today) into *out; "today" is
 * the view's today, which SOURCE_DATE_EPOCH fixes.  0 when not a date. */
int parse_day(const context *ctx, int *out, const char *text);

/* Resolves every NODE argument (and --function), saying on standard error
 * what was taken when the input was not exact; 0 after a message when one
 * names no node or several. */
int resolve_arguments(context *ctx);

/* The map to read when no -d is given; where parsed files are cached. */
void default_data_path(context *ctx);
const char *cache_dir(const context *ctx);

/* `cybermap __complete N WORD...`: shell completion candidates for the
 * N-th word (see completion/); returns the exit status. */
int complete_words(int nwords, char **words);

/* Writes bytes where the output goes (-o FILE whole, or standard output). */
cm_status emit(context *ctx, const char *data, size_t len);

/* Prints the diagnostics gathered so far, one a line. */
void print_diags(const cm_diags *diags);

/* The one way cmd/ reports a problem: "cybermap: " and the message on
 * standard error, made safe to show by the rule every diagnostic follows
 * (what it quotes may be anything the user typed, or a file name). */
void complain(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A line that continues the message before it (indented, no prefix). */
void complain_more(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* What the user might type instead, said after the library's diagnostics
 * (the library names no flag: the program does). */
void add_hint(context *ctx, const char *hint);

/* text as a message quotes it: by the rule every diagnostic follows
 * (cm_text_for_people: control characters as spaces, direction controls
 * dropped, bytes that are not UTF-8 as U+FFFD), cut (with "...") to fit
 * size. */
const char *shown(char *buf, size_t size, const char *text);
#define SHOWN_SIZE 84

/* Help texts, from the table. */
void print_usage(const command *cmd);

#endif
