/*
 * resolve.c: NODE arguments, resolved through the library before the
 * command runs, with what a person at a shell needs to hear: which node was
 * taken when the input was not exact, what succeeded a body that has
 * ended, and -- when a name names several nodes or none -- the commands to
 * type instead, quoted for the shell.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"

/* Characters a POSIX shell leaves alone outside quotes (bytes of UTF-8
 * text included: they have no meaning to the shell). */
static int plain_word(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (!(c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      (c >= '0' && c <= '9') || strchr("._/:=@%+,-", c)))
			return 0;
	}
	return 1;
}

/* s as one shell word, appended to buf: as it is when plain, else quoted. */
static void add_quoted(char *buf, size_t size, const char *s)
{
	size_t n = strlen(buf);
	if (plain_word(s)) {
		snprintf(buf + n, size - n, "%s", s);
		return;
	}
	if (n + 1 < size)
		buf[n++] = '\'';
	for (; *s && n + 5 < size; s++) {
		if (*s == '\'') {
			memcpy(buf + n, "'\\''", 4);
			n += 4;
		} else {
			buf[n++] = *s;
		}
	}
	if (n + 1 < size)
		buf[n++] = '\'';
	buf[n] = '\0';
}

/* The command as typed, with one argument replaced (typed index at), as a
 * line to paste. */
static void put_command(const context *ctx, int at, const char *replacement)
{
	char line[4096];
	snprintf(line, sizeof line, "    %s", ctx->argv0);
	for (int i = 0; i < ctx->ntyped; i++) {
		size_t n = strlen(line);
		snprintf(line + n, sizeof line - n, " ");
		add_quoted(line, sizeof line, i == at ? replacement : ctx->typed[i]);
	}
	complain_more("%s", line);
}

static void describe(const cm_node *n, char *buf, size_t size)
{
	char period[96];
	cm_node_period(period, sizeof period, n);
	snprintf(buf, size, "%s  %s  %s%s%s%s", cm_node_id(n), cm_node_type_name(n),
		 cm_node_name(n), *period ? "  (" : "", period, *period ? ")" : "");
}

static void list_candidates(const context *ctx, const char *text, const cm_resolution *r,
			    int at)
{
	char safe[SHOWN_SIZE];
	complain("'%s' names %zu nodes; say which one:", shown(safe, sizeof safe, text),
		 r->ncandidates);
	char line[512];
	for (size_t i = 0; i < r->ncandidates && i < CM_MAX_CANDIDATES; i++) {
		describe(r->candidates[i], line, sizeof line);
		complain_more("%s", line);
		put_command(ctx, at, cm_node_id(r->candidates[i]));
	}
	if (r->ncandidates > CM_MAX_CANDIDATES) {
		char search[1024] = "";
		add_quoted(search, sizeof search, text);
		complain_more("and %zu more: %s search %s", r->ncandidates - CM_MAX_CANDIDATES,
			      ctx->argv0, search);
	}
}

/* What text names on the other side when --country left it out: the node
 * a view of every side takes, or NULL. */
static const cm_node *named_elsewhere(const context *ctx, const char *text)
{
	if (!ctx->view.country)
		return NULL;
	cm_view every = ctx->view;
	every.country = NULL;
	cm_resolution r;
	cm_diags *quiet_diags;
	if (cm_diags_new(&quiet_diags) != CM_OK)
		return NULL;
	cm_status st = cm_resolve_node(&r, ctx->map, &every, text, ctx->command->query,
				       quiet_diags);
	cm_diags_free(quiet_diags);
	const char *side = st == CM_OK ? cm_node_side(r.node) : NULL;
	return side && strcmp(side, ctx->view.country) != 0 ? r.node : NULL;
}

/* Whether `search TEXT` would find something in the view. */
static int search_finds(const context *ctx, const char *text)
{
	cm_diags *quiet_diags;
	cm_result *found = NULL;
	if (cm_diags_new(&quiet_diags) != CM_OK)
		return 0;
	cm_status st = cm_query_search(&found, ctx->map, &ctx->view, text, NULL, quiet_diags);
	int any = st == CM_OK && found && cm_result_rows(found) > 0;
	cm_result_free(found);
	cm_diags_free(quiet_diags);
	return any;
}

static void no_match(const context *ctx, const char *text, const cm_resolution *r, int at)
{
	char safe[SHOWN_SIZE], where[256] = "";
	shown(safe, sizeof safe, text);
	const cm_node *elsewhere = named_elsewhere(ctx, text);
	if (elsewhere)
		snprintf(where, sizeof where, " on %s's side (it names %s, %s, of %s)",
			 ctx->view.country, cm_node_id(elsewhere), cm_node_name(elsewhere),
			 cm_node_side(elsewhere));
	if (r->suggestion) {
		char line[512];
		describe(r->suggestion, line, sizeof line);
		complain("no node matches '%s'%s; did you mean %s?", safe, where, line);
		put_command(ctx, at, cm_node_id(r->suggestion));
	} else {
		complain("no node matches '%s'%s", safe, where);
	}
	if (strcmp(safe, text) != 0 || !search_finds(ctx, text))
		return; /* control characters or a cut: no command to paste; or
		           a search that would find nothing either */
	char search[1024] = "";
	add_quoted(search, sizeof search, text);
	complain_more("to look in names and descriptions: %s search %s", ctx->argv0, search);
}

static int quiet(const context *ctx)
{
	return ctx->options[OPT_QUIET] != NULL;
}

/* What the person should know about the node taken. */
static void tell(const context *ctx, const char *text, const cm_resolution *r, int at)
{
	if (quiet(ctx))
		return;
	char safe[SHOWN_SIZE];
	if (r->match > CM_MATCH_NAME)
		complain("taking '%s' as %s (%s)", shown(safe, sizeof safe, text), cm_node_id(r->node),
			 cm_node_name(r->node));
	const char *side = cm_node_side(r->node);
	if (ctx->view.country && side && strcmp(side, ctx->view.country) != 0) {
		if (r->suggestion) {
			char line[512];
			describe(r->suggestion, line, sizeof line);
			complain("%s belongs to %s, not to --country %s; on that side, did you mean %s?",
				 cm_node_id(r->node), side, ctx->view.country, line);
			put_command(ctx, at, cm_node_id(r->suggestion));
		} else {
			complain("%s belongs to %s, not to --country %s", cm_node_id(r->node), side,
				 ctx->view.country);
		}
	}
	/* not in force on the view's day: the body along its succession that
	 * was, as `path CISA NISC` says of an ended one */
	const cm_node *instead = r->successor ? r->successor
					      : cm_node_in_force_along(&ctx->view, r->node);
	if (!instead)
		return;
	char day[CM_DATE_BUF], asked[CM_DATE_BUF], then[CM_DATE_BUF + 16];
	cm_date_format(asked, sizeof asked, ctx->view.as_of);
	if (ctx->view.as_of == ctx->view.today)
		snprintf(then, sizeof then, "now");
	else
		snprintf(then, sizeof then, "on %s", asked);
	int until = cm_node_until(r->node);
	if (until != CM_DAY_NONE && until <= ctx->view.as_of) {
		cm_date_format(day, sizeof day, cm_node_until(r->node));
		complain("%s ended on %s; the body %s is %s (%s):", cm_node_id(r->node), day, then,
			 cm_node_id(instead), cm_node_name(instead));
	} else {
		cm_date_format(day, sizeof day, cm_node_since(r->node));
		complain("%s begins on %s; the body %s was %s (%s):", cm_node_id(r->node), day,
			 then, cm_node_id(instead), cm_node_name(instead));
	}
	put_command(ctx, at, cm_node_id(instead));
}

static int blank(const char *text)
{
	for (; *text; text++)
		if (*text != ' ' && *text != '\t')
			return 0;
	return 1;
}

/* Resolves one argument in place; at is its index among the typed words. */
static int resolve_one(context *ctx, const char **arg, int at)
{
	cm_resolution r;
	cm_diags *quiet_diags;
	if (cm_diags_new(&quiet_diags) != CM_OK)
		return 0;
	cm_status st = cm_resolve_node(&r, ctx->map, &ctx->view, *arg,
				       ctx->command->query, quiet_diags);
	cm_diags_free(quiet_diags); /* the messages below say it for a shell */
	if (st == CM_OK) {
		tell(ctx, *arg, &r, at);
		*arg = cm_node_id(r.node);
		return 1;
	}
	if (r.ncandidates > 1)
		list_candidates(ctx, *arg, &r, at);
	else if (st == CM_EINVAL && r.ncandidates == 0 && !blank(*arg))
		no_match(ctx, *arg, &r, at);
	else
		complain("an empty name names no node; give an id or a name");
	return 0;
}

/* Where in the typed words the value of an option sits. */
static int option_at(const context *ctx, const char *value)
{
	for (int i = 0; i < ctx->ntyped; i++)
		if (ctx->typed[i] == value)
			return i;
	return -1;
}

int resolve_arguments(context *ctx)
{
	if (ctx->command->flags & NODE_ARGS)
		for (int i = 0; i < ctx->nargs; i++) {
			const char *arg = ctx->args[i];
			if (!resolve_one(ctx, &arg, ctx->arg_at[i]))
				return 0;
			ctx->args[i] = (char *)arg;
		}
	const char *function = ctx->options[OPT_FUNCTION];
	if (function) {
		const command *saved = ctx->command;
		static const command as_function = {"function", "", "", 0, 0, NULL, 0, NULL,
						    "function", NULL};
		ctx->command = &as_function;
		int ok = resolve_one(ctx, &function, option_at(ctx, ctx->options[OPT_FUNCTION]));
		ctx->command = saved;
		if (!ok)
			return 0;
		ctx->options[OPT_FUNCTION] = function;
	}
	return 1;
}
