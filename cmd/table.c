/* table.c: every command and option, the one source of dispatch, usage and help. */
#include "cmd.h"

const option_spec option_specs[] = {
	{"data", 'd', "PATH", OPT_DATA, "a map file or directory (repeatable)"},
	{"format", 'f', "FMT", OPT_FORMAT, "text, tsv, json, dot, png, svg, pdf, graphml, jgf, cypher, csv"},
	{"output", 'o', "FILE", OPT_OUTPUT, "write there, whole or not at all"},
	{"as-of", 0, "DATE", OPT_AS_OF, "the map as it stood on DATE (YYYY-MM-DD, YYYY-MM, YYYY or today)"},
	{"country", 0, "C", OPT_COUNTRY, "keep one country's side: us, JP, Japan, 日本, ..."},
	{"lang", 0, "LANG", OPT_LANG, "labels in en or ja"},
	{"max-file-size", 0, "SIZE", OPT_MAX_FILE_SIZE, "refuse larger map files (default 64M; K, M, G)"},
	{"max-depth", 0, "N", OPT_MAX_DEPTH, "refuse YAML nested deeper (default 64)"},
	{"no-cache", 0, NULL, OPT_NO_CACHE, "parse every map file, neither using nor keeping the cache"},
	{"color", 0, "WHEN", OPT_COLOR, "auto (on a terminal, unless NO_COLOR), always or never"},
	{"help", 'h', NULL, OPT_HELP, "show help and exit"},
	{"version", 0, NULL, OPT_VERSION, "show the version and exit"},
	{"quiet", 'q', NULL, OPT_QUIET, "say nothing on standard error but errors"},
	{"type", 0, "TYPES", OPT_TYPE, "keep nodes of these types (comma-separated)"},
	{"function", 0, "NODE", OPT_FUNCTION, "keep bodies that lead or support it"},
	{"tag", 0, "TAG", OPT_TAG, "keep nodes with this tag"},
	{"strict", 0, NULL, OPT_STRICT, "also require sources and dates on every element"},
	{"via", 0, "TYPES", OPT_VIA, "follow only these edge types (comma-separated)"},
	{"directed", 0, NULL, OPT_DIRECTED, "walk edges forward only"},
	{"all", 0, NULL, OPT_ALL, "path: every shortest path; counterpart: every inferred body"},
	{"max-hops", 0, "N", OPT_MAX_HOPS, "paths of at most N hops"},
	{"reverse", 0, NULL, OPT_REVERSE, "walk edges backward: what reaches NODE"},
	{"depth", 0, "N", OPT_DEPTH, "stop N hops away"},
	{"trigger", 0, "PATTERN", OPT_TRIGGER, "only flows whose trigger matches (PCRE2)"},
	{"with", 0, "ATTRS", OPT_WITH, "more columns: node attributes, comma-separated"},
	{"incident", 0, "KIND", OPT_INCIDENT, "reports this kind of incident sets off: ransomware, data-breach, service-outage, cybercrime, ... (the map's kinds; an unknown one lists them)"},
	{"duty", 0, "DUTY", OPT_DUTY, "reports of this duty only: mandatory, expected or voluntary"},
	{"sources", 0, NULL, OPT_SOURCES, "show where each flow was verified"},
	{"older-than", 0, "DAYS", OPT_OLDER_THAN, "also list elements checked longer ago than DAYS"},
	{"kind", 0, "KIND", OPT_KIND, "only gaps of this kind (see the schema's gaps)"},
	{"force", 0, NULL, OPT_FORCE, "replace DIR even if it is not a site cybermap wrote (never one holding the map)"},
};
const size_t noption_specs = sizeof(option_specs) / sizeof(option_specs[0]);

static const enum option_id no_options[] = {OPT_COUNT};
static const enum option_id check_options[] = {OPT_STRICT, OPT_COUNT};
static const enum option_id list_options[] = {OPT_TYPE, OPT_FUNCTION, OPT_TAG, OPT_WITH,
					      OPT_COUNT};
static const enum option_id search_options[] = {OPT_TYPE, OPT_COUNT};
static const enum option_id path_options[] = {OPT_VIA, OPT_DIRECTED, OPT_ALL, OPT_MAX_HOPS,
					      OPT_COUNT};
static const enum option_id reach_options[] = {OPT_VIA, OPT_REVERSE, OPT_DEPTH, OPT_COUNT};
static const enum option_id notify_options[] = {OPT_INCIDENT, OPT_DUTY, OPT_TRIGGER,
						OPT_SOURCES, OPT_COUNT};
static const enum option_id diff_options[] = {OPT_TYPE, OPT_COUNT};
static const enum option_id counterpart_options[] = {OPT_ALL, OPT_COUNT};
static const enum option_id sources_options[] = {OPT_OLDER_THAN, OPT_COUNT};
static const enum option_id gaps_options[] = {OPT_KIND, OPT_COUNT};
static const enum option_id site_options[] = {OPT_FORCE, OPT_COUNT};

const command commands[] = {
	{"check", "", "validate the map; report every problem found", 0, 0,
	 check_options, NEEDS_MAP, run_check, NULL, "cybermap check --strict"},
	{"list", "", "nodes, filtered by --type --country --function --tag", 0, 0,
	 list_options, NEEDS_MAP, run_list, NULL,
	 "cybermap list --type agency --country jp --function incident-response"},
	{"show", "NODE...", "one node: attributes and every edge in and out", 1, -1,
	 no_options, NEEDS_MAP | NODE_ARGS, run_show, NULL, "cybermap show 国家サイバー統括室"},
	{"search", "PATTERN", "PCRE2 search over names, short and Japanese names, aliases and descriptions",
	 1, 1, search_options, NEEDS_MAP, run_search, NULL, "cybermap search 'ransom|身代金'"},
	{"path", "FROM TO", "shortest path between two nodes", 2, 2, path_options,
	 NEEDS_MAP | NODE_ARGS, run_path, NULL, "cybermap path cisa 警察庁"},
	{"reach", "NODE", "everything reachable from a node", 1, 1, reach_options,
	 NEEDS_MAP | NODE_ARGS, run_reach, NULL, "cybermap reach dhs --reverse --via part_of"},
	{"notify", "SECTOR", "who is told when an incident hits SECTOR, in order and by when",
	 1, 1, notify_options, NEEDS_MAP | NODE_ARGS, run_notify, "notify",
	 "cybermap notify 'financial services' --country us"},
	{"jurisdiction", "NODE", "who holds authority over NODE, and on what basis", 1, 1,
	 no_options, NEEDS_MAP | NODE_ARGS, run_jurisdiction, "jurisdiction",
	 "cybermap jurisdiction us.sector.financial-services"},
	{"function", "NAME", "who leads and supports a function, its channels and process",
	 1, 1, no_options, NEEDS_MAP | NODE_ARGS, run_function, "function",
	 "cybermap function 'incident response'"},
	{"counterpart", "NODE", "the matching bodies in the other country", 1, 1, counterpart_options,
	 NEEDS_MAP | NODE_ARGS, run_counterpart, "counterpart", "cybermap counterpart fbi"},
	{"diff", "DATE1 DATE2", "what appeared, ended or became pending between two dates", 2, 2,
	 diff_options, NEEDS_MAP, run_diff, NULL, "cybermap diff 2022-07-20 today --country jp"},
	{"history", "NODE", "a body's timeline: predecessors, successors, parents, functions, duties, counterparts",
	 1, 1, no_options, NEEDS_MAP | NODE_ARGS, run_history, "history", "cybermap history nisc"},
	{"gaps", "", "where the map is thin: no channel, no counterpart, no reporting path, ...", 0, 0,
	 gaps_options, NEEDS_MAP, run_gaps, NULL, "cybermap gaps --country jp"},
	{"sources", "", "where the facts come from: sources by class, elements with no official one",
	 0, 0, sources_options, NEEDS_MAP, run_sources, NULL, "cybermap sources --older-than 365"},
	{"stats", "", "counts by type and country", 0, 0, no_options, NEEDS_MAP, run_stats, NULL,
	 "cybermap stats --as-of 2015"},
	{"export", "", "the whole view for other tools: -f graphml, jgf, cypher, csv or dot", 0, 0,
	 no_options, NEEDS_MAP | WRITES_CSV, run_export, NULL, "cybermap export -o map.graphml"},
	{"site", "", "the view as a static, bilingual web site (-o DIR)", 0, 0, site_options,
	 NEEDS_MAP | OUTPUT_DIR | KEEPS_SNAPSHOT, run_site, NULL, "cybermap site -o public"},
	{"help", "[COMMAND]", "usage, options and an example of a command", 0, 1, no_options, 0,
	 run_help, NULL, "cybermap help notify"},
};
const size_t ncommands = sizeof(commands) / sizeof(commands[0]);
