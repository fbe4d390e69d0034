/*
 * complete.c: `cybermap __complete N WORD...` -- the candidates for the
 * N-th word of a command line, one per line, for the shell completion
 * scripts in completion/.  Everything comes from the command table and the
 * map itself (the one -d names, if any), so the scripts never fall behind:
 * commands, options (each command's own and the global ones), option
 * values, and for each command the nodes it takes -- by id, name, short
 * name and Japanese name.  "__files__" asks the shell for file names.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cmd.h"

/* Candidates are gathered, then printed sorted and once each. */
#define MAX_OFFERS 8192
static char *offers[MAX_OFFERS]; /* copies: candidates may be built in a buffer */
static size_t noffers;

static void offer(const char *candidate, const char *typed)
{
	if (candidate && *candidate && strncasecmp(candidate, typed, strlen(typed)) == 0 &&
	    !strchr(candidate, '\n') && noffers < MAX_OFFERS &&
	    (offers[noffers] = strdup(candidate)))
		noffers++;
}

static int by_text(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void print_offers(void)
{
	qsort(offers, noffers, sizeof(*offers), by_text);
	for (size_t i = 0; i < noffers; i++)
		if (i == 0 || strcmp(offers[i], offers[i - 1]) != 0)
			printf("%s\n", offers[i]);
	for (size_t i = 0; i < noffers; i++)
		free(offers[i]);
	noffers = 0;
}

static const option_spec *option_named(const char *word)
{
	for (size_t i = 0; i < noption_specs; i++) {
		const option_spec *o = &option_specs[i];
		if ((word[0] == '-' && word[1] == '-' && strcmp(word + 2, o->name) == 0) ||
		    (o->short_name && word[0] == '-' && word[1] == o->short_name && !word[2]))
			return o;
	}
	return NULL;
}

static const command *command_named(const char *word)
{
	for (size_t i = 0; i < ncommands; i++)
		if (strcmp(commands[i].name, word) == 0 && commands[i].name[0] != '_')
			return &commands[i];
	return NULL;
}

/* The command among the words before the one completed, skipping option
 * values. */
static const command *command_in(char **words, int upto)
{
	for (int i = 0; i < upto; i++) {
		const option_spec *o = option_named(words[i]);
		if (o && o->value && !strchr(words[i], '='))
			i++;
		else if (words[i][0] != '-' && command_named(words[i]))
			return command_named(words[i]);
	}
	return NULL;
}

static int allowed(const command *c, enum option_id id)
{
	if (id < OPT_TYPE)
		return 1;
	for (const enum option_id *p = c ? c->options : NULL; p && *p != OPT_COUNT; p++)
		if (*p == id)
			return 1;
	return 0;
}

static void offer_options(const command *c, const char *typed)
{
	char name[64];
	for (size_t i = 0; i < noption_specs; i++) {
		const option_spec *o = &option_specs[i];
		if (!allowed(c, o->id))
			continue;
		snprintf(name, sizeof name, "--%s", o->name);
		offer(name, typed);
		if (o->short_name && typed[0] == '-' && typed[1] == o->short_name) {
			snprintf(name, sizeof name, "-%c", o->short_name);
			offer(name, typed);
		}
	}
}

/* The map the command line would read: its -d paths, else the default. */
static cm_map *load(char **words, int nwords)
{
	context ctx;
	memset(&ctx, 0, sizeof ctx);
	for (int i = 0; i + 1 < nwords && ctx.ndata_paths < MAX_DATA_PATHS; i++)
		if (strcmp(words[i], "-d") == 0 || strcmp(words[i], "--data") == 0)
			ctx.data_paths[ctx.ndata_paths++] = words[++i];
		else if (strcmp(words[i], "--no-cache") == 0)
			ctx.options[OPT_NO_CACHE] = "";
	if (ctx.ndata_paths == 0)
		default_data_path(&ctx);
	cm_map *map = NULL;
	cm_diags *diags = NULL;
	cm_limits limits;
	cm_limits_init(&limits);
	limits.cache_dir = cache_dir(&ctx);
	if (cm_diags_new(&diags) == CM_OK)
		cm_map_load(&map, ctx.data_paths, ctx.ndata_paths, &limits, diags);
	cm_diags_free(diags);
	return map;
}

static cm_map *loaded; /* freed once the candidates are printed */

static void offer_nodes(char **words, int nwords, const char *query, const char *typed)
{
	cm_map *map = loaded = load(words, nwords);
	for (size_t i = 0; map && i < cm_map_node_count(map); i++) {
		const cm_node *n = cm_map_node_at(map, i);
		if (!cm_query_takes(map, query, n))
			continue;
		offer(cm_node_id(n), typed);
		const char *names[32];
		size_t count = cm_node_names(n, names, 32);
		for (size_t k = 0; k < count && k < 32; k++)
			offer(names[k], typed);
	}
}

static void offer_types(char **words, int nwords, const char *typed, int edges)
{
	cm_map *map = loaded = load(words, nwords);
	for (size_t i = 0; map && i < cm_map_node_type_count(map); i++)
		offer(cm_map_node_type_name(map, i), typed);
	for (size_t i = 0; map && edges && i < cm_map_edge_type_count(map); i++)
		offer(cm_map_edge_type_name(map, i), typed);
}

static void offer_countries(char **words, int nwords, const char *typed)
{
	cm_map *map = loaded = load(words, nwords);
	for (size_t i = 0; map && i < cm_map_node_count(map); i++) {
		const cm_node *n = cm_map_node_at(map, i);
		if (!cm_map_has_side(map, cm_node_id(n)))
			continue;
		offer(cm_node_id(n), typed);
		const char *names[32];
		size_t count = cm_node_names(n, names, 32);
		for (size_t k = 0; k < count && k < 32; k++)
			offer(names[k], typed);
	}
}

static void offer_list(const char *const *values, const char *typed)
{
	for (; *values; values++)
		offer(*values, typed);
}

/* The value of option o. */
static void offer_value(const option_spec *o, const command *c, char **words, int nwords,
			const char *typed)
{
	static const char *const langs[] = {"en", "ja", NULL};
	static const char *const colors[] = {"auto", "always", "never", NULL};
	static const char *const days[] = {"today", NULL};
	switch (o->id) {
	case OPT_DATA:
	case OPT_OUTPUT:
		printf("__files__\n");
		break;
	case OPT_FORMAT:
		for (size_t i = 0; i < cm_format_count(); i++)
			offer(cm_format_name((cm_format)i), typed);
		break;
	case OPT_LANG: offer_list(langs, typed); break;
	case OPT_COLOR: offer_list(colors, typed); break;
	case OPT_AS_OF: offer_list(days, typed); break;
	case OPT_COUNTRY: offer_countries(words, nwords, typed); break;
	case OPT_TYPE: offer_types(words, nwords, typed, c && strcmp(c->name, "diff") == 0); break;
	case OPT_VIA: offer_types(words, nwords, typed, 1); break;
	case OPT_FUNCTION: offer_nodes(words, nwords, "function", typed); break;
	default: break;
	}
}

int complete_words(int argc, char **argv)
{
	int at = atoi(argv[0]) - 1; /* 1-based among the words after the program */
	char **words = argv + 1;
	int nwords = argc - 1;
	if (at < 0 || at > nwords)
		return 1;
	const char *typed = at < nwords ? words[at] : "";
	const option_spec *before = at > 0 ? option_named(words[at - 1]) : NULL;
	const command *c = command_in(words, at);
	if (before && before->value) {
		offer_value(before, c, words, nwords, typed);
	} else if (typed[0] == '-') {
		offer_options(c, typed);
	} else if (!c) {
		for (size_t i = 0; i < ncommands; i++)
			if (commands[i].name[0] != '_')
				offer(commands[i].name, typed);
	} else if (strcmp(c->name, "help") == 0) {
		for (size_t i = 0; i < ncommands; i++)
			if (commands[i].name[0] != '_')
				offer(commands[i].name, typed);
	} else if (c->flags & NODE_ARGS) {
		offer_nodes(words, nwords, c->query, typed);
	}
	print_offers();
	cm_map_free(loaded);
	return fflush(stdout) == 0 ? 0 : 2;
}
