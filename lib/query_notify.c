/*
 * query_notify.c: `notify SECTOR` -- who is told when an incident hits a
 * sector, in order, by when.  The sector and every sector or area its
 * `also` edges join (whose duties fall on the same operators) are the
 * regimes; from each, a depth-first walk along the schema's notify edges
 * gives a tree: the operator's own reports first (filtered by what
 * happened, by duty and by trigger text), then who passes each on.  A body
 * already on the chain is not entered again (cycles), chains stop at
 * MAX_DEPTH, and flows in force come before pending ones at every level,
 * each level in order of deadline.  Deadlines add up along the chain
 * (lib/deadline.c).
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "deadline.h"
#include "describe.h"
#include "diag.h"
#include "intern.h"
#include "kinds.h"
#include "labels.h"
#include "pattern.h"
#include "result.h"
#include "suggest.h"
#include "walk.h"

#define MAX_DEPTH 8
#define MAX_ROWS 5000
#define MAX_REGIMES 16

/* The columns, in order; show attributes and the machine columns follow. */
enum { COL_DEPTH, COL_SECTOR, COL_FROM, COL_TO, COL_NAME, COL_TRIGGER, COL_WITHIN, COL_BY,
       FIXED_COLUMNS };
static const char *const fixed_columns[] = {"depth", "sector", "from", "to", "name",
					    "trigger", "within", "by"};
static const cm_role fixed_roles[] = {CM_ROLE_DEPTH, CM_ROLE_SECTION, CM_ROLE_FROM, CM_ROLE_TO,
				      CM_ROLE_NAME, CM_ROLE_DETAIL, CM_ROLE_DEADLINE,
				      CM_ROLE_TOTAL};
static const char *const machine_columns[] = {"by_hours_min", "by_hours_max",
					      "by_business_days_min", "by_business_days_max"};
#define MACHINE_COLUMNS 4

typedef struct notify_walk {
	const cm_map *map;
	const cm_view *view;
	cm_result *result;
	cm_type_set follow;
	const char *deadline_attr, *trigger_attr, *match_attr, *carries_attr;
	const char *kinds_attr, *duty_attr, *stage_attr;
	const cm_vocabulary *deadline_terms; /* the deadline attribute's terms */
	const char *const *show; /* further attributes to show (schema: show) */
	size_t nshow;
	size_t matched_column;   /* the column saying which kind matched, or 0 */
	size_t sources_column;   /* --sources: the column of sources, or 0 */
	const char *sources_attr; /* the schema's strict provenance attribute of kind urls */
	cm_pattern *trigger;
	const char *duty;        /* --duty: keep first flows of this duty */
	cm_kind_match *kinds;    /* --incident: the kinds it takes in, or NULL */
	const cm_node *regime;   /* the sector or area being walked */
	const cm_node *chain[MAX_DEPTH + 1];
	int too_many;
} notify_walk;

static const cm_attr *edge_attr(const cm_edge *e, const char *name)
{
	return name ? cm_attr_find(e->attrs, e->nattrs, name) : NULL;
}

static const char *edge_text(const cm_edge *e, const char *name)
{
	const cm_attr *a = edge_attr(e, name);
	return a ? a->text : NULL;
}

/* A list attribute as text ("a, b"), or a scalar's text. */
static void attr_text(cm_strbuf *buf, const cm_edge *e, const char *name)
{
	const cm_attr *a = edge_attr(e, name);
	if (a)
		cm_describe_attr(buf, a);
}

static int on_chain(const notify_walk *w, size_t depth, const cm_node *n)
{
	for (size_t i = 0; i <= depth; i++)
		if (w->chain[i] == n)
			return 1;
	return 0;
}

/* Which of the flow's kinds made it count, in words. */
static void matched_words(cm_strbuf *buf, const notify_walk *w, const cm_edge *e)
{
	const cm_attr *a = edge_attr(e, w->kinds_attr);
	cm_kind_reason why;
	const cm_term *t = a ? cm_kinds_best(w->kinds, a->items, a->nitems, &why) : NULL;
	if (!t)
		return;
	const char *lang = w->view->lang;
	int ja = lang && strcmp(lang, "ja") == 0;
	const char *label = ja && t->label_ja ? t->label_ja : t->label ? t->label : t->id;
	const char *key = why == CM_KIND_ASKED ? "kind.asked"
			  : why == CM_KIND_BROADER ? "kind.broader" : "kind.caused";
	const char *format = cm_schema_label(&w->map->schema, lang, key);
	const cm_term *via = cm_kinds_via(w->kinds, t);
	const char *via_label = via ? (ja && via->label_ja ? via->label_ja
				       : via->label ? via->label : via->id)
				    : "";
	cm_strbuf_fill2(buf, format ? format : "%s", label, via_label);
}

/* The trigger in the view's language (its Japanese counterpart under
 * --lang ja, when the flow has one). */
static const char *trigger_in_lang(const notify_walk *w, const cm_edge *e)
{
	const cm_attr *a = edge_attr(e, w->trigger_attr);
	int english_only;
	return a ? cm_attr_in_lang(w->view, e->attrs, e->nattrs, a, &english_only)->text : NULL;
}

static void number_cell(char *buf, size_t size, int known, long value)
{
	if (known)
		snprintf(buf, size, "%ld", value);
	else
		buf[0] = '\0';
}

static void add_flow_row(notify_walk *w, const cm_edge *e, size_t depth,
			 const cm_deadline *by, int pending_since)
{
	char level[16], total[64], machine[MACHINE_COLUMNS][24];
	snprintf(level, sizeof level, "%zu", depth);
	if (!cm_deadline_format(total, sizeof total, by))
		cm_result_note(w->result, 1);
	int known = cm_deadline_known(by), bd_known = known && by->max_business_days;
	number_cell(machine[0], sizeof machine[0], known, by->min_minutes / 60);
	number_cell(machine[1], sizeof machine[1], known, by->max_minutes / 60);
	number_cell(machine[2], sizeof machine[2], known, by->min_business_days);
	number_cell(machine[3], sizeof machine[3], bd_known || known, by->max_business_days);
	const char *cells[CM_MAX_COLUMNS] = {level, w->regime->id, e->from->id, e->to->id,
					     cm_node_label(w->map, w->view, e->to),
					     trigger_in_lang(w, e),
					     edge_text(e, w->deadline_attr), total};
	cm_strbuf shown[CM_MAX_COLUMNS], matched;
	cm_strbuf_init(&matched);
	size_t c = FIXED_COLUMNS;
	for (size_t i = 0; i < w->nshow; i++, c++) {
		cm_strbuf_init(&shown[i]);
		attr_text(&shown[i], e, w->show[i]);
		cells[c] = shown[i].data;
	}
	if (w->matched_column) {
		if (depth == 1)
			matched_words(&matched, w, e);
		cells[c++] = matched.data;
	}
	cm_strbuf sources;
	cm_strbuf_init(&sources);
	if (w->sources_column) {
		attr_text(&sources, e, w->sources_attr);
		cells[c++] = sources.data;
	}
	for (size_t i = 0; i < MACHINE_COLUMNS; i++)
		cells[c++] = machine[i];
	cm_result_add_row(w->result, pending_since, cells);
	cm_result_add_edge(w->result, e);
	for (size_t i = 0; i < w->nshow; i++) {
		cm_result_note(w->result, shown[i].failed);
		cm_strbuf_release(&shown[i]);
	}
	cm_result_note(w->result, matched.failed || sources.failed);
	cm_strbuf_release(&matched);
	cm_strbuf_release(&sources);
}

static void walk_from(notify_walk *w, const cm_node *node, const cm_edge *incoming,
		      size_t depth, cm_deadline by, int pending_since);

static void visit(notify_walk *w, const cm_edge *e, size_t depth, cm_deadline by,
		  int pending_since)
{
	if (w->result->rows.count >= MAX_ROWS) {
		w->too_many = 1;
		return;
	}
	int since = 0;
	if (cm_edge_presence(w->view, e, &since) == CM_PENDING && since > pending_since)
		pending_since = since;
	cm_deadline_add(&by, edge_text(e, w->deadline_attr), (unsigned)depth, w->deadline_terms);
	add_flow_row(w, e, depth, &by, pending_since);
	if (depth < MAX_DEPTH && !on_chain(w, depth - 1, e->to)) {
		w->chain[depth] = e->to;
		walk_from(w, e->to, e, depth, by, pending_since);
	}
}

/* An onward flow carries the incoming report on when it names no law of its
 * own (the schema's `match` attribute) or the same law, or says it carries
 * any report (the schema's `carries` attribute). */
static int carries_on(const notify_walk *w, const cm_edge *incoming, const cm_edge *e)
{
	if (!incoming || !w->match_attr)
		return 1;
	const char *carries = edge_text(e, w->carries_attr);
	if (carries && strcmp(carries, "any") == 0)
		return 1;
	const char *mine = edge_text(e, w->match_attr);
	return !mine || mine == edge_text(incoming, w->match_attr);
}

/* Ordering key: "promptly" and its like first, then known deadlines,
 * shortest first (a business day counts as a day here, for ordering only),
 * then none. */
static long sort_key(const notify_walk *w, const cm_edge *e)
{
	const char *within = edge_text(e, w->deadline_attr);
	return within ? cm_deadline_compact_key(within, w->deadline_terms) : LONG_MAX;
}

typedef struct flow {
	const cm_edge *edge;
	long key;
	size_t order;
} flow;

static int by_key(const void *a, const void *b)
{
	const flow *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* The operator's own reports pass the question's filters: the trigger
 * text, the duty, and what happened. */
static int passes_filters(notify_walk *w, const cm_edge *e)
{
	if (w->trigger) {
		const char *t = edge_text(e, w->trigger_attr);
		if (!t || !cm_pattern_match(w->trigger, t))
			return 0;
	}
	if (w->duty) {
		const char *d = edge_text(e, w->duty_attr);
		if (!d || strcmp(d, w->duty) != 0)
			return 0;
	}
	if (w->kinds) {
		const cm_attr *a = edge_attr(e, w->kinds_attr);
		cm_kind_reason why;
		if (!a || !cm_kinds_best(w->kinds, a->items, a->nitems, &why))
			return 0;
	}
	return 1;
}

static int wanted(notify_walk *w, const cm_edge *incoming, const cm_edge *e, int pass)
{
	if (!cm_type_set_has(&w->follow, e->type) ||
	    (int)cm_edge_presence(w->view, e, NULL) != pass || !carries_on(w, incoming, e))
		return 0;
	return incoming || passes_filters(w, e);
}

static void walk_from(notify_walk *w, const cm_node *node, const cm_edge *incoming,
		      size_t depth, cm_deadline by, int pending_since)
{
	flow *flows = malloc((node->nout + 1) * sizeof(*flows));
	if (!flows) {
		w->result->failed = 1;
		return;
	}
	for (int pass = CM_CURRENT; pass <= CM_PENDING; pass++) {
		size_t n = 0;
		for (size_t i = 0; i < node->nout; i++)
			if (wanted(w, incoming, node->out[i], pass))
				flows[n++] = (flow){node->out[i], sort_key(w, node->out[i]), i};
		qsort(flows, n, sizeof(*flows), by_key);
		for (size_t i = 0; i < n; i++)
			visit(w, flows[i].edge, depth + 1, by, pending_since);
	}
	free(flows);
}

static cm_status check_start(const cm_map *map, const cm_node *start, cm_diags *diags)
{
	size_t n;
	const char *const *types = cm_query_names(
		cm_schema_query(&map->schema, cm_intern_find(&map->strings, "notify")),
		cm_intern_find(&map->strings, "start"), &n);
	for (size_t i = 0; i < n; i++)
		if (start->type->name == types[i])
			return CM_OK;
	cm_diag_add(diags, NULL, 0, 0, "'%s' is of type %s; notify starts at a %s",
		    start->id, start->type->name, n ? types[0] : "node the schema names");
	return CM_EINVAL;
}

static const char *first_name(const cm_map *map, const cm_query_def *q, const char *key)
{
	size_t n = 0;
	const char *const *names = cm_query_names(q, cm_intern_find(&map->strings, key), &n);
	return n ? names[0] : NULL;
}

static void attribute_names(notify_walk *w)
{
	const cm_query_def *q = cm_schema_query(&w->map->schema,
						cm_intern_find(&w->map->strings, "notify"));
	w->deadline_attr = first_name(w->map, q, "deadline");
	const cm_attr_def *def = w->deadline_attr
					 ? cm_schema_edge_attr(&w->map->schema, w->deadline_attr) : NULL;
	w->deadline_terms = def ? def->vocabulary : NULL;
	w->trigger_attr = first_name(w->map, q, "trigger");
	w->match_attr = first_name(w->map, q, "match");
	w->carries_attr = first_name(w->map, q, "carries");
	w->kinds_attr = first_name(w->map, q, "kinds");
	w->duty_attr = first_name(w->map, q, "duty");
	w->stage_attr = first_name(w->map, q, "stage");
	w->show = cm_query_names(q, cm_intern_find(&w->map->strings, "show"), &w->nshow);
	if (w->nshow > CM_MAX_COLUMNS - FIXED_COLUMNS - MACHINE_COLUMNS - 1)
		w->nshow = CM_MAX_COLUMNS - FIXED_COLUMNS - MACHINE_COLUMNS - 1;
}

/* --incident: the kinds it takes in, from the vocabulary of the attribute
 * the query names. */
static cm_status ask_kinds(notify_walk *w, const char *incident, cm_diags *diags)
{
	const cm_query_def *q = cm_schema_query(&w->map->schema,
						cm_intern_find(&w->map->strings, "notify"));
	const char *name = w->kinds_attr;
	const cm_attr_def *def = name ? cm_schema_edge_attr(&w->map->schema, name) : NULL;
	w->kinds = malloc(sizeof(*w->kinds));
	if (!w->kinds)
		return CM_ENOMEM;
	char why[1024];
	if (cm_kinds_ask(w->kinds, def ? def->vocabulary : NULL, incident,
			 first_name(w->map, q, "broader"), first_name(w->map, q, "causes"), why,
			 sizeof why) != CM_OK) {
		cm_diag_add(diags, NULL, 0, 0, "%s", why);
		return CM_EINVAL;
	}
	return CM_OK;
}

/* --duty: one of the duty attribute's values. */
static cm_status check_duty(notify_walk *w, const char *duty, cm_diags *diags)
{
	const cm_attr_def *def = w->duty_attr ? cm_schema_edge_attr(&w->map->schema, w->duty_attr)
					      : NULL;
	for (size_t i = 0; def && i < def->nvalues; i++)
		if (strcmp(def->values[i], duty) == 0) {
			w->duty = def->values[i];
			return CM_OK;
		}
	cm_strbuf values;
	cm_strbuf_init(&values);
	for (size_t i = 0; def && i < def->nvalues; i++)
		cm_strbuf_addf(&values, "%s%s", i ? ", " : "", def->values[i]);
	cm_suggest sg;
	char message[256];
	cm_suggest_init(&sg, duty);
	cm_suggest_offer_each(&sg, def ? def->values : NULL, def ? def->nvalues : 0,
			      sizeof(*def->values), 0);
	cm_diag_add(diags, NULL, 0, 0, "%s; the duties are %s",
		    cm_suggest_message(message, sizeof message, "duty", &sg),
		    values.data ? values.data : "none");
	cm_strbuf_release(&values);
	return CM_EINVAL;
}

/* The provenance attribute that lists addresses (the schema's strict
 * requirements, of kind urls). */
static const char *sources_attribute(const cm_map *map)
{
	for (size_t i = 0; i < map->schema.nstrict_attrs; i++) {
		const cm_attr_def *def = cm_schema_edge_attr(&map->schema, map->schema.strict_attrs[i]);
		if (def && def->kind == CM_KIND_URLS)
			return def->name;
	}
	return NULL;
}

/* The start, then every sector its `also` edges join, once each: those in
 * the view (in force, or pending: their duties are listed as such) by a
 * join that has not ended -- as of 2010, Japan's finance sector without
 * the core-infrastructure area of 2023. */
static size_t regimes_of(const cm_map *map, const cm_view *view, const cm_node *start,
			 const cm_node **out)
{
	cm_type_set also;
	cm_type_set_query(&also, map, "notify", "also");
	size_t n = 0;
	out[n++] = start;
	for (size_t k = 0; k < n && n < MAX_REGIMES; k++)
		for (size_t i = 0; i < out[k]->nadj && n < MAX_REGIMES; i++) {
			const cm_adj *a = &out[k]->adj[i];
			const cm_node *other = map->nodes.items[a->other];
			int seen = 0;
			for (size_t j = 0; j < n; j++)
				seen |= out[j] == other;
			if (!seen && also.has[a->type] && (a->forward || a->symmetric) &&
			    cm_node_presence(view, other) != CM_GONE &&
			    ((const cm_edge *)map->edges.items[a->edge])->until > view->as_of)
				out[n++] = other;
		}
	return n;
}

static cm_status make_result(notify_walk *w, const cm_node *const *regimes, size_t nregimes,
			     cm_diags *diags)
{
	const char *columns[CM_MAX_COLUMNS];
	size_t n = 0;
	for (; n < FIXED_COLUMNS; n++)
		columns[n] = fixed_columns[n];
	for (size_t i = 0; i < w->nshow; i++)
		columns[n++] = w->show[i];
	if (w->kinds)
		columns[w->matched_column = n++] = "matched";
	if (w->sources_attr)
		columns[w->sources_column = n++] = w->sources_attr;
	size_t machine = n;
	for (size_t i = 0; i < MACHINE_COLUMNS; i++)
		columns[n++] = machine_columns[i];
	cm_strbuf title;
	cm_strbuf_init(&title);
	cm_strbuf_addf(&title, "notify %s (%s)", regimes[0]->id,
		       cm_node_label(w->map, w->view, regimes[0]));
	for (size_t i = 1; i < nregimes; i++) {
		char both[512];
		snprintf(both, sizeof both, "%s (%s)", regimes[i]->id,
			 cm_node_label(w->map, w->view, regimes[i]));
		cm_strbuf_fill1(&title, cm_label(w->map, w->view, "title.and", " and %s"), both);
	}
	cm_status st = cm_result_new(&w->result, w->map, title.data ? title.data : "notify",
				     columns, n, diags);
	if (st == CM_OK)
		cm_result_note(w->result, title.failed);
	cm_strbuf_release(&title);
	if (st != CM_OK)
		return st;
	cm_result *r = w->result;
	r->tree = 1;
	for (size_t c = 0; c < FIXED_COLUMNS; c++)
		cm_result_set_role(r, c, fixed_roles[c]);
	for (size_t i = 0; i < w->nshow; i++)
		cm_result_set_role(r, FIXED_COLUMNS + i,
				   w->show[i] == w->duty_attr	 ? CM_ROLE_OBLIGATION
				   : w->show[i] == w->stage_attr ? CM_ROLE_QUALIFIER
								 : CM_ROLE_ATTRIBUTE);
	r->sections = nregimes;
	if (w->kinds)
		cm_result_set_role(r, w->matched_column, CM_ROLE_ATTRIBUTE);
	if (w->sources_column)
		cm_result_set_role(r, w->sources_column, CM_ROLE_SOURCES);
	r->numbers = 1u << COL_DEPTH;
	for (size_t i = 0; i < MACHINE_COLUMNS; i++) {
		cm_result_set_role(r, machine + i, CM_ROLE_MACHINE);
		r->numbers |= 1u << (machine + i);
	}
	return CM_OK;
}

cm_status cm_query_notify(cm_result **out, const cm_map *map, const cm_view *view,
			  const char *sector, const cm_notify_options *options,
			  cm_diags *diags)
{
	notify_walk w;
	memset(&w, 0, sizeof w);
	w.map = map;
	w.view = view;
	const cm_node *start, *regimes[MAX_REGIMES];
	*out = NULL;
	attribute_names(&w);
	cm_status st = cm_resolve_for(&start, map, view, sector, "notify", diags);
	if (st == CM_OK)
		st = check_start(map, start, diags);
	if (st == CM_OK && options && options->trigger)
		st = cm_pattern_compile(&w.trigger, options->trigger, diags);
	if (st == CM_OK && options && options->duty)
		st = check_duty(&w, options->duty, diags);
	if (st == CM_OK && options && options->incident)
		st = ask_kinds(&w, options->incident, diags);
	if (st == CM_OK && options && options->sources)
		w.sources_attr = sources_attribute(map);
	size_t nregimes = st == CM_OK ? regimes_of(map, view, start, regimes) : 0;
	cm_type_set_query(&w.follow, map, "notify", "follow");
	if (st == CM_OK)
		st = make_result(&w, regimes, nregimes, diags);
	if (st != CM_OK) {
		cm_pattern_free(w.trigger);
		free(w.kinds);
		return st;
	}
	cm_result_why_empty(w.result, "no flow leaves %s%s in the view%s%s%s", start->id,
			    nregimes > 1 ? " or the sectors it overlaps" : "",
			    w.trigger ? " whose trigger matches the pattern" : "",
			    w.duty ? " of that duty" : "",
			    w.kinds ? " that such an incident sets off" : "");
	cm_deadline zero;
	cm_deadline_init(&zero);
	for (size_t i = 0; i < nregimes; i++) {
		w.regime = w.chain[0] = regimes[i];
		cm_result_add_node(w.result, regimes[i]);
		walk_from(&w, regimes[i], NULL, 0, zero, 0);
	}
	st = w.trigger ? cm_pattern_check(w.trigger, diags) : CM_OK;
	cm_pattern_free(w.trigger);
	free(w.kinds);
	if (w.too_many) {
		cm_diag_add(diags, NULL, 0, 0, "more than %d flows; stopped there", MAX_ROWS);
		st = CM_ELIMIT;
	}
	if (st != CM_OK) {
		cm_result_free(w.result);
		return st;
	}
	return cm_result_finish(out, w.result, diags);
}
