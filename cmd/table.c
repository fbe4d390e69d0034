/* table.c: every command and option, the one source of dispatch, usage and help. */
#include "cmd.h"

const option_spec option_specs[] = {
	{"data", 'd', "PATH", OPT_DATA, "a map file or directory (repeatable)"},
	{"format", 'f', "FMT", OPT_FORMAT, "text, tsv, json, dot, png, svg or pdf"},
	{"output", 'o', "FILE", OPT_OUTPUT, "write there, whole or not at all"},
	{"as-of", 0, "DATE", OPT_AS_OF, "the map as it stood on DATE (YYYY-MM-DD)"},
	{"country", 0, "CODE", OPT_COUNTRY, "keep one country's side (us, jp)"},
	{"lang", 0, "LANG", OPT_LANG, "labels in en or ja"},
	{"help", 'h', NULL, OPT_HELP, "show help and exit"},
	{"version", 0, NULL, OPT_VERSION, "show the version and exit"},
	{"type", 0, "TYPE", OPT_TYPE, "keep nodes of this type"},
	{"function", 0, "NODE", OPT_FUNCTION, "keep bodies that lead or support it"},
	{"tag", 0, "TAG", OPT_TAG, "keep nodes with this tag"},
	{"strict", 0, NULL, OPT_STRICT, "also require sources and dates on every element"},
};
const size_t noption_specs = sizeof(option_specs) / sizeof(option_specs[0]);

static const enum option_id no_options[] = {OPT_COUNT};
static const enum option_id check_options[] = {OPT_STRICT, OPT_COUNT};
static const enum option_id list_options[] = {OPT_TYPE, OPT_FUNCTION, OPT_TAG, OPT_COUNT};
static const enum option_id search_options[] = {OPT_TYPE, OPT_COUNT};

const command commands[] = {
	{"check", "", "validate the map; report every problem found", 0, 0,
	 check_options, NEEDS_MAP, run_check},
	{"list", "", "nodes, filtered by --type --country --function --tag", 0, 0,
	 list_options, NEEDS_MAP, run_list},
	{"show", "NODE...", "one node: attributes and every edge in and out", 1, -1,
	 no_options, NEEDS_MAP, run_show},
	{"search", "PATTERN", "PCRE2 search over names, short and Japanese names, aliases and descriptions",
	 1, 1, search_options, NEEDS_MAP, run_search},
	{"stats", "", "counts by type and country", 0, 0, no_options, NEEDS_MAP, run_stats},
};
const size_t ncommands = sizeof(commands) / sizeof(commands[0]);
