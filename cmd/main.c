/*
 * main.c: the cybermap program -- parses options (before or after the
 * command), loads the map for commands that need it, runs the command
 * from the table and prints its result in the chosen format.
 */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cmd.h"

#ifndef CM_DATADIR
#define CM_DATADIR "/usr/local/share/cybermap/graphs"
#endif

enum { EXIT_FOUND = 0, EXIT_NOTHING = 1, EXIT_ERROR = 2 };

void print_diags(const cm_diags *diags)
{
	for (size_t i = 0; i < cm_diags_count(diags); i++) {
		const cm_diag *d = cm_diags_at(diags, i);
		if (d->file)
			complain("%s:%u:%u: %s", d->file, d->line, d->column, d->message);
		else
			complain("%s", d->message);
	}
}

const char *shown(char *buf, size_t size, const char *text)
{
	char all[4096];
	cm_text_for_people(all, sizeof all, text);
	size_t n = strlen(all);
	if (size < 5) {
		cm_text_for_people(buf, size, all);
		return buf;
	}
	if (n < size)
		return memcpy(buf, all, n + 1);
	n = size - 5; /* room for "...", the NUL and one spare, cut at a character */
	while (n > 0 && ((unsigned char)all[n] & 0xc0) == 0x80)
		n--;
	memcpy(buf, all, n);
	memcpy(buf + n, "...", 4);
	return buf;
}

void add_hint(context *ctx, const char *hint)
{
	ctx->hint = hint;
}

/* Every message to the user goes through here: one line on standard
 * error, after prefix, shown by the library's rule for text people see. */
static void say(const char *prefix, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));

static void say(const char *prefix, const char *fmt, va_list ap)
{
	char message[4096], safe[4096];
	vsnprintf(message, sizeof message, fmt, ap);
	fprintf(stderr, "%s%s\n", prefix, cm_text_for_people(safe, sizeof safe, message));
}

void complain(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	say("cybermap: ", fmt, ap);
	va_end(ap);
}

void complain_more(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	say("  ", fmt, ap);
	va_end(ap);
}

/* ---- help ---- */

static const option_spec *spec_of(enum option_id id)
{
	for (size_t i = 0; i < noption_specs; i++)
		if (option_specs[i].id == id)
			return &option_specs[i];
	return NULL;
}

static void print_option(FILE *out, const option_spec *o)
{
	char left[64];
	if (o->short_name)
		snprintf(left, sizeof left, "-%c, --%s%s%s", o->short_name, o->name,
			 o->value ? " " : "", o->value ? o->value : "");
	else
		snprintf(left, sizeof left, "    --%s%s%s", o->name, o->value ? " " : "",
			 o->value ? o->value : "");
	fprintf(out, "  %-24s %s\n", left, o->help);
}

void print_usage(const command *cmd)
{
	if (cmd) {
		printf("usage: cybermap [options] %s%s%s\n\n%s\n", cmd->name,
		       *cmd->args ? " " : "", cmd->args, cmd->summary);
		if (cmd->options[0] != OPT_COUNT) {
			printf("\n%s options:\n", cmd->name);
			for (const enum option_id *id = cmd->options; *id != OPT_COUNT; id++)
				print_option(stdout, spec_of(*id));
		}
		if (cmd->example)
			printf("\nexample:\n  %s\n", cmd->example);
		printf("\nRun 'cybermap --help' for the options every command takes.\n");
		return;
	}
	printf("usage: cybermap [options] COMMAND [args]\n\ncommands:\n");
	for (size_t i = 0; i < ncommands; i++) {
		char left[40];
		snprintf(left, sizeof left, "%s %s", commands[i].name, commands[i].args);
		printf("  %-20s %s\n", left, commands[i].summary);
	}
	printf("\noptions, before or after the command:\n");
	for (size_t i = 0; i < noption_specs; i++)
		if (option_specs[i].id < OPT_TYPE)
		print_option(stdout, &option_specs[i]);
	printf("\nExit status: 0 found, 1 nothing found, 2 usage or data error.\n"
	       "See cybermap(1).\n");
}

long number_option(const context *ctx, enum option_id id)
{
	const char *text = ctx->options[id];
	if (!text)
		return 0;
	char *end;
	long n = strtol(text, &end, 10);
	if (*text && !*end && n >= 1 && n <= 1000000)
		return n;
	for (size_t i = 0; i < noption_specs; i++)
		if (option_specs[i].id == id)
			complain("--%s takes a whole number from 1 to 1000000, not '%s'",
				option_specs[i].name, text);
	return -1;
}

/* ---- options ---- */

static const command *find_command(const char *name)
{
	for (size_t i = 0; i < ncommands; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

static const option_spec *find_option(const char *arg, const char **value)
{
	*value = NULL;
	if (arg[1] != '-') {
		for (size_t i = 0; i < noption_specs; i++)
			if (option_specs[i].short_name == arg[1]) {
				if (arg[2])
					*value = arg + 2;
				return &option_specs[i];
			}
		return NULL;
	}
	const char *name = arg + 2, *eq = strchr(name, '=');
	size_t len = eq ? (size_t)(eq - name) : strlen(name);
	for (size_t i = 0; i < noption_specs; i++)
		if (strlen(option_specs[i].name) == len &&
		    strncmp(option_specs[i].name, name, len) == 0) {
			if (eq)
				*value = eq + 1;
			return &option_specs[i];
		}
	return NULL;
}

static int option_allowed(const command *cmd, enum option_id id)
{
	if (id < OPT_TYPE)
		return 1;
	for (const enum option_id *p = cmd ? cmd->options : NULL; p && *p != OPT_COUNT; p++)
		if (*p == id)
			return 1;
	return 0;
}

static int take_option(context *ctx, char **argv, int *i, int argc)
{
	const char *value;
	const option_spec *o = find_option(argv[*i], &value);
	if (!o) {
		complain("unknown option '%s'; see 'cybermap --help'", argv[*i]);
		return 0;
	}
	if (o->value && !value) {
		if (*i + 1 >= argc) {
			complain("option '--%s' needs a value (%s)", o->name, o->value);
			return 0;
		}
		value = argv[++*i];
	} else if (!o->value && value) {
		complain("option '--%s' takes no value", o->name);
		return 0;
	}
	if (o->id == OPT_DATA) {
		if (ctx->ndata_paths == MAX_DATA_PATHS) {
			complain("too many --data paths");
			return 0;
		}
		ctx->data_paths[ctx->ndata_paths++] = value;
	}
	ctx->options[o->id] = value ? value : "";
	return 1;
}

/* The words as typed (argv is reused for the positional arguments), and
 * the name to show in commands suggested: ./cybermap as typed, else
 * cybermap. */
static int keep_typed(context *ctx, int argc, char **argv)
{
	if (argc - 1 > MAX_ARGS) {
		complain("more than %d arguments", MAX_ARGS);
		return 0;
	}
	for (int i = 1; i < argc; i++)
		ctx->typed[ctx->ntyped++] = argv[i];
	ctx->argv0 = argv[0] && (!strchr(argv[0], '/') || strcmp(argv[0], "./cybermap") == 0)
			     ? argv[0] : "cybermap";
	return 1;
}

static int parse_args(context *ctx, int argc, char **argv)
{
	int positional = 0, only_args = 0;
	if (!keep_typed(ctx, argc, argv))
		return 0;
	for (int i = 1; i < argc; i++) {
		const char *arg = argv[i];
		if (!only_args && strcmp(arg, "--") == 0) {
			only_args = 1;
		} else if (!only_args && arg[0] == '-' && arg[1]) {
			if (!take_option(ctx, argv, &i, argc))
				return 0;
		} else if (!ctx->command) {
			ctx->command = find_command(arg);
			if (!ctx->command) {
				complain("unknown command '%s'; see 'cybermap --help'", arg);
				return 0;
			}
		} else {
			ctx->arg_at[positional] = i - 1;
			argv[positional++] = argv[i]; /* argv[0] is no longer needed */
		}
	}
	ctx->args = argv;
	ctx->nargs = positional;
	return 1;
}

static int check_command_options(const context *ctx)
{
	for (size_t i = 0; i < noption_specs; i++) {
		const option_spec *o = &option_specs[i];
		if (ctx->options[o->id] && !option_allowed(ctx->command, o->id)) {
			complain("option '--%s' does not apply to '%s'", o->name,
				 ctx->command->name);
			return 0;
		}
	}
	const command *c = ctx->command;
	if (ctx->nargs < c->min_args || (c->max_args >= 0 && ctx->nargs > c->max_args)) {
		complain("usage: cybermap [options] %s %s", c->name, c->args);
		return 0;
	}
	return 1;
}

/* ---- setup ---- */

/* The installed map: share/cybermap/graphs beside the program's bin/, so an
 * install under any prefix (or DESTDIR) finds its own map. */
static int installed_map(char *buf, size_t size)
{
	char exe[4096];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return 0;
	exe[n] = '\0';
	char *slash = strrchr(exe, '/');
	if (!slash)
		return 0;
	*slash = '\0';
	struct stat st;
	snprintf(buf, size, "%s/../share/cybermap/graphs", exe);
	return stat(buf, &st) == 0 && S_ISDIR(st.st_mode);
}

void default_data_path(context *ctx)
{
	static char beside[4200];
	struct stat st;
	const char *env = getenv("CYBERMAP_DATA");
	if (env && *env)
		ctx->data_paths[ctx->ndata_paths++] = env;
	else if (installed_map(beside, sizeof beside))
		ctx->data_paths[ctx->ndata_paths++] = beside;
	else if (stat(CM_DATADIR, &st) == 0)
		ctx->data_paths[ctx->ndata_paths++] = CM_DATADIR;
	else
		ctx->data_paths[ctx->ndata_paths++] = "graphs";
}

/* "text, tsv, ... or csv", from the library's table of formats. */
static const char *format_list(char *buf, size_t size)
{
	size_t n = cm_format_count(), len = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < n && len < size; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s", i == 0 ? "" : i + 1 == n ? " or " : ", ",
					cm_format_name((cm_format)i));
	return buf;
}

static int choose_format(context *ctx)
{
	char list[256];
	const char *f = ctx->options[OPT_FORMAT], *o = ctx->options[OPT_OUTPUT];
	ctx->format = CM_FORMAT_TEXT;
	if (f && cm_format_parse(&ctx->format, f) != CM_OK) {
		complain("unknown format '%s'; use %s", f, format_list(list, sizeof list));
		return 0;
	}
	if (!f && o && cm_format_from_path(&ctx->format, o) != CM_OK)
		ctx->format = CM_FORMAT_TEXT;
	if (cm_format_is_binary(ctx->format) && !o && isatty(STDOUT_FILENO)) {
		complain("will not write %s to a terminal; use -o FILE or a pipe",
			 cm_format_name(ctx->format));
		return 0;
	}
	return 1;
}

/* --country as a code in any case or a country's name: JP, Japan, 日本. */
static int check_country(context *ctx)
{
	const char *text = ctx->view.country;
	if (!text || cm_map_has_side(ctx->map, text))
		return 1;
	return cm_resolve_side(&ctx->view.country, ctx->map, text, ctx->diags) == CM_OK;
}

/* SOURCE_DATE_EPOCH (reproducible-builds.org) fixes "today": a site built
 * twice, or a test run tomorrow, says the same. */
static void fixed_today(context *ctx)
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	char *end;
	if (!epoch || !*epoch)
		return;
	long long seconds = strtoll(epoch, &end, 10);
	if (*end || seconds < 0)
		return;
	ctx->view.today = ctx->view.as_of = (int)(seconds / 86400);
}

int parse_day(const context *ctx, int *out, const char *text)
{
	if (strcmp(text, "today") == 0) {
		*out = ctx->view.today;
		return 1;
	}
	return cm_date_parse(out, text) == CM_OK;
}

static int make_view(context *ctx)
{
	cm_view_init(&ctx->view);
	fixed_today(ctx);
	const char *as_of = ctx->options[OPT_AS_OF], *lang = ctx->options[OPT_LANG];
	if (as_of && !parse_day(ctx, &ctx->view.as_of, as_of)) {
		complain("bad date '%s' for --as-of; expected YYYY-MM-DD, YYYY-MM, YYYY or today", as_of);
		return 0;
	}
	const char *color = ctx->options[OPT_COLOR];
	if (color && strcmp(color, "auto") != 0 && strcmp(color, "always") != 0 &&
	    strcmp(color, "never") != 0) {
		complain("unknown --color '%s'; use auto, always or never", color);
		return 0;
	}
	if (lang && strcmp(lang, "en") != 0 && strcmp(lang, "ja") != 0) {
		complain("unknown language '%s'; use en or ja", lang);
		return 0;
	}
	ctx->view.lang = lang;
	ctx->view.country = ctx->options[OPT_COUNTRY];
	return 1;
}

/* "64M", "900K", "2G" or a plain number of bytes. */
static int parse_size(const char *text, size_t *out)
{
	char *end;
	unsigned long long n = strtoull(text, &end, 10);
	unsigned long long unit = *end == 'K' || *end == 'k' ? 1ull << 10
				  : *end == 'M' || *end == 'm' ? 1ull << 20
				  : *end == 'G' || *end == 'g' ? 1ull << 30 : 1;
	if (end == text || text[0] == '-' || (unit > 1 && end[1]) || (unit == 1 && *end) ||
	    n == 0 || n > (1ull << 40) / unit)
		return 0;
	*out = (size_t)(n * unit);
	return 1;
}

/* A progress line on standard error, only on a terminal and only once the
 * load has taken more than a second. */
typedef struct progress {
	time_t start;
	int shown;
} progress;

static void show_progress(void *arg, size_t done, size_t total)
{
	progress *p = arg;
	if (time(NULL) - p->start < 1 && !p->shown)
		return;
	p->shown = 1;
	fprintf(stderr, "\rcybermap: loading the map: %zu of %zu files", done, total);
	if (done == total)
		fputs("\r\033[K", stderr);
}

/* Where parsed map files are kept (see cybermap(1), FILES): NULL for
 * nowhere.  XDG_CACHE_HOME counts only when absolute, as the XDG base
 * directory specification says. */
const char *cache_dir(const context *ctx)
{
	static char dir[4096];
	const char *own = getenv("CYBERMAP_CACHE_DIR");
	const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
	int n;
	if (ctx->options[OPT_NO_CACHE])
		return NULL;
	if (own)
		return *own ? own : NULL;
	if (xdg && xdg[0] == '/')
		n = snprintf(dir, sizeof dir, "%s/cybermap", xdg);
	else if (home && home[0] == '/')
		n = snprintf(dir, sizeof dir, "%s/.cache/cybermap", home);
	else
		return NULL;
	return n > 0 && (size_t)n < sizeof dir ? dir : NULL;
}

static int make_limits(context *ctx, cm_limits *limits)
{
	static progress state;
	cm_limits_init(limits);
	limits->cache_dir = cache_dir(ctx);
	if (cm_cache_dir_check(limits->cache_dir, ctx->diags) != CM_OK) {
		print_diags(ctx->diags);
		cm_diags_clear(ctx->diags);
		complain("use --no-cache, or set CYBERMAP_CACHE_DIR to a directory of your own");
		return 0;
	}
	if (isatty(STDERR_FILENO)) {
		state.start = time(NULL);
		limits->progress = show_progress;
		limits->progress_arg = &state;
	}
	const char *size = ctx->options[OPT_MAX_FILE_SIZE];
	if (size && !parse_size(size, &limits->max_file_bytes)) {
		complain("bad --max-file-size '%s'; give a size such as 64M", size);
		return 0;
	}
	long depth = number_option(ctx, OPT_MAX_DEPTH);
	if (depth < 0)
		return 0;
	if (depth > 10000) {
		complain("--max-depth %s is more than 10000", ctx->options[OPT_MAX_DEPTH]);
		return 0;
	}
	if (depth)
		limits->max_depth = (unsigned)depth;
	limits->keep_snapshot = (ctx->command->flags & KEEPS_SNAPSHOT) != 0;
	return 1;
}

static int load_map(context *ctx)
{
	cm_limits limits;
	if (!make_limits(ctx, &limits))
		return 0;
	if (!ctx->ndata_paths)
		default_data_path(ctx);
	cm_status st = cm_map_load(&ctx->map, ctx->data_paths, ctx->ndata_paths, &limits,
				   ctx->diags);
	if (st != CM_OK || !check_country(ctx)) {
		print_diags(ctx->diags);
		return 0;
	}
	return resolve_arguments(ctx);
}

/* ---- output ---- */

cm_status emit(context *ctx, const char *data, size_t len)
{
	const char *path = ctx->options[OPT_OUTPUT];
	if (path && strcmp(path, "-") != 0)
		return cm_write_file(path, data, len, ctx->diags);
	if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
		complain("cannot write standard output: %s", strerror(errno));
		return CM_EIO;
	}
	return CM_OK;
}

static unsigned terminal_width(const context *ctx)
{
	struct winsize ws;
	if (ctx->options[OPT_OUTPUT] || !isatty(STDOUT_FILENO))
		return 0;
	return ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 ? ws.ws_col : 0;
}

/* Colour only on a terminal, and never with NO_COLOR set (no-color.org). */
static int use_color(const context *ctx)
{
	const char *when = ctx->options[OPT_COLOR];
	if (when && strcmp(when, "always") == 0)
		return 1;
	if (when && strcmp(when, "never") == 0)
		return 0;
	const char *no_color = getenv("NO_COLOR");
	return !ctx->options[OPT_OUTPUT] && isatty(STDOUT_FILENO) && !(no_color && *no_color);
}

static cm_status print_result(context *ctx, const cm_result *result)
{
	if (ctx->format == CM_FORMAT_TEXT && cm_result_rows(result) == 0)
		return CM_OK;
	cm_print_options options = {.width = terminal_width(ctx), .color = use_color(ctx)};
	char *data;
	size_t len;
	cm_status st = cm_print(&data, &len, ctx->map, &ctx->view, result, ctx->format,
				&options, ctx->diags);
	if (st == CM_ELIMIT)
		add_hint(ctx, "narrow it with --country, --type or a more precise question, or draw -f dot");
	if (st == CM_OK)
		st = emit(ctx, data, len);
	free(data);
	return st;
}

static int exit_code(cm_status st)
{
	return st == CM_OK ? EXIT_FOUND : st == CM_NOTFOUND ? EXIT_NOTHING : EXIT_ERROR;
}

/* What can be refused without the map is refused before it is loaded. */
static int check_outputs(const context *ctx)
{
	const unsigned flags = ctx->command->flags;
	if ((flags & OUTPUT_DIR) && !ctx->options[OPT_OUTPUT]) {
		complain("%s needs -o DIRECTORY", ctx->command->name);
		return 0;
	}
	if (ctx->format != CM_FORMAT_CSV)
		return 1;
	if (!(flags & WRITES_CSV)) {
		complain("-f csv is for export (the whole view as two files); use -f tsv for a table");
		return 0;
	}
	if (!ctx->options[OPT_OUTPUT] || strcmp(ctx->options[OPT_OUTPUT], "-") == 0) {
		complain("csv is two files (nodes.csv, relationships.csv); give -o DIRECTORY");
		return 0;
	}
	return 1;
}

static int run(context *ctx)
{
	if (!choose_format(ctx) || !make_view(ctx) || !check_outputs(ctx))
		return EXIT_ERROR;
	if ((ctx->command->flags & NEEDS_MAP) && !load_map(ctx))
		return EXIT_ERROR;
	cm_result *result = NULL;
	cm_status st = ctx->command->run(ctx, &result);
	if (result && (st == CM_OK || st == CM_NOTFOUND)) {
		cm_status printed = print_result(ctx, result);
		if (printed != CM_OK)
			st = printed;
	}
	print_diags(ctx->diags);
	if (ctx->hint)
		complain("%s", ctx->hint);
	if (result && st == CM_NOTFOUND && !ctx->options[OPT_QUIET]) {
		const char *why = cm_result_empty_reason(result);
		complain("nothing found: %s", why ? why : cm_result_title(result));
	}
	cm_result_free(result);
	return exit_code(st);
}

/* ---- signals ---- */

/* A signal that ends the program first removes the temporaries the
 * library is writing (an output, a cache entry, a site being built), then
 * ends it as the signal would have: cm_remove_temporaries is
 * async-signal-safe, and so are signal and raise. */
static void end_on_signal(int sig)
{
	cm_remove_temporaries();
	signal(sig, SIG_DFL);
	raise(sig);
}

static void remove_temporaries_on_signals(void)
{
	static const int signals[] = {SIGINT, SIGTERM, SIGHUP};
	for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) {
		struct sigaction old, sa;
		memset(&sa, 0, sizeof sa);
		sa.sa_handler = end_on_signal;
		sigemptyset(&sa.sa_mask);
		/* one ignored by whoever started us (nohup) stays ignored */
		if (sigaction(signals[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
			sigaction(signals[i], &sa, NULL);
	}
}

int main(int argc, char **argv)
{
	if (argc >= 3 && strcmp(argv[1], "__complete") == 0)
		return complete_words(argc - 2, argv + 2);
	context ctx;
	memset(&ctx, 0, sizeof ctx);
	if (!parse_args(&ctx, argc, argv))
		return EXIT_ERROR;
	if (ctx.options[OPT_VERSION]) {
		printf("cybermap %s\n", CM_VERSION);
		return EXIT_FOUND;
	}
	if (ctx.options[OPT_HELP] || !ctx.command) {
		if (!ctx.command && !ctx.options[OPT_HELP]) {
			complain("no command given; see 'cybermap --help'");
			return EXIT_ERROR;
		}
		print_usage(ctx.command);
		return EXIT_FOUND;
	}
	if (!check_command_options(&ctx))
		return EXIT_ERROR;
	remove_temporaries_on_signals();
	if (cm_diags_new(&ctx.diags) != CM_OK) {
		complain("out of memory");
		return EXIT_ERROR;
	}
	int code = run(&ctx);
	cm_map_free(ctx.map);
	cm_diags_free(ctx.diags);
	/* flushed, not closed: the browser's engine runs many commands in one
	 * process (site/engine/); a write that failed shows here either way */
	if ((fflush(stdout) != 0 || ferror(stdout)) && code != EXIT_ERROR) {
		complain("cannot write standard output: %s", strerror(errno));
		return EXIT_ERROR;
	}
	return code;
}
