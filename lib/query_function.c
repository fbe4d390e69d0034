/*
 * query_function.c: `function NAME` -- who leads and supports a function on
 * each side, the channels its participants belong to, the laws behind its
 * leads, and its process steps in order (a topological sort of the `next`
 * edges among them, ties broken by id).  Every edge type comes from the
 * schema's `function` query.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "describe.h"
#include "diag.h"
#include "labels.h"
#include "result.h"
#include "strbuf.h"
#include "walk.h"

typedef struct function_query {
	const cm_map *map;
	const cm_view *view;
	const cm_node *function;
	cm_result *result;
	cm_type_set lead, support, channel, law, process, order, actor, covered_by;
	cm_vec participants; /* const cm_node *, leads first */
	cm_vec leads;
} function_query;

static int by_side_then_id(const void *a, const void *b)
{
	const cm_node *x = *(const cm_node *const *)a, *y = *(const cm_node *const *)b;
	int c = strcmp(x->side ? x->side : "", y->side ? y->side : "");
	return c ? c : strcmp(x->id, y->id);
}

static void row(function_query *q, const char *section, const cm_node *n,
		const char *detail, int pending_since)
{
	const char *cells[] = {section, n->side, n->id, cm_node_label(q->map, q->view, n),
			       detail};
	cm_result_add_row(q->result, pending_since, cells);
	cm_result_add_node(q->result, n);
}

/* Leads and supporters are drawn in boxes by role rather than as dozens of
 * edges into the function. */
static void role_row(function_query *q, const char *section, const cm_node *n,
		     int pending_since)
{
	const char *cells[] = {section, n->side, n->id, cm_node_label(q->map, q->view, n), ""};
	cm_result_add_row(q->result, pending_since, cells);
	cm_result_add_grouped(q->result, n, section);
}

/* Nodes with an edge of a type in set into the function, sorted. */
static void role_rows(function_query *q, const cm_type_set *set, const char *section,
		      cm_vec *keep)
{
	cm_vec found = {0};
	for (size_t i = 0; i < q->function->nin; i++) {
		const cm_edge *e = q->function->in[i];
		if (cm_type_set_has(set, e->type) &&
		    cm_edge_presence(q->view, e, NULL) != CM_GONE)
			cm_vec_push(&found, (void *)e->from);
	}
	cm_vec_sort(&found, by_side_then_id);
	for (size_t i = 0; i < found.count; i++) {
		const cm_node *n = found.items[i];
		int since = 0;
		if (cm_node_presence(q->view, n) == CM_PENDING)
			since = n->since;
		role_row(q, section, n, since);
		cm_vec_push(&q->participants, (void *)n);
		if (keep)
			cm_vec_push(keep, (void *)n);
	}
	cm_result_note(q->result, found.failed);
	cm_vec_release(&found);
}

/* Targets of `set` edges from any of `from`, each with the members that
 * reach it listed in the detail. */
static void linked_rows(function_query *q, const cm_vec *from, const cm_type_set *set,
			const char *section, const char *what)
{
	cm_vec targets = {0};
	cm_ptrmap seen;
	cm_ptrmap_init(&seen);
	for (size_t i = 0; i < from->count; i++) {
		const cm_node *p = from->items[i];
		for (size_t k = 0; k < p->nout; k++) {
			const cm_edge *e = p->out[k];
			if (!cm_type_set_has(set, e->type) ||
			    cm_edge_presence(q->view, e, NULL) == CM_GONE)
				continue;
			if (!cm_ptrmap_get(&seen, e->to)) {
				cm_ptrmap_put(&seen, e->to, (void *)e->to);
				cm_vec_push(&targets, (void *)e->to);
			}
			cm_result_add_edge(q->result, e);
		}
	}
	cm_vec_sort(&targets, by_side_then_id);
	cm_strbuf detail;
	cm_strbuf_init(&detail);
	for (size_t t = 0; t < targets.count; t++) {
		const cm_node *target = targets.items[t];
		cm_strbuf_clear(&detail);
		cm_strbuf_fill1(&detail, what, "");
		int first = 1;
		for (size_t k = 0; k < target->nin; k++) {
			const cm_edge *e = target->in[k];
			if (cm_type_set_has(set, e->type) && cm_result_has_node(q->result, e->from) &&
			    cm_edge_presence(q->view, e, NULL) != CM_GONE && e->from != target) {
				cm_strbuf_addf(&detail, "%s%s", first ? "" : ", ", e->from->id);
				first = 0;
			}
		}
		row(q, section, target, detail.data ? detail.data : "", 0);
	}
	cm_result_note(q->result, detail.failed || seen.failed || targets.failed);
	cm_strbuf_release(&detail);
	cm_ptrmap_release(&seen);
	cm_vec_release(&targets);
}

/* Channels of the function: the mechanisms whose `covered_by` edges (the
 * schema's; covers) say their agenda includes it, each with its whole
 * member list in the view -- not every mechanism a participant belongs to. */
static void channel_rows(function_query *q)
{
	cm_strbuf detail, members;
	cm_strbuf_init(&detail);
	cm_strbuf_init(&members);
	cm_vec channels = {0};
	const cm_node *f = q->function;
	for (size_t i = 0; i < f->nin; i++) {
		const cm_edge *e = f->in[i];
		if (cm_type_set_has(&q->covered_by, e->type) &&
		    cm_edge_presence(q->view, e, NULL) != CM_GONE) {
			cm_vec_push(&channels, (void *)e->from);
			cm_result_add_edge(q->result, e);
		}
	}
	cm_vec_sort(&channels, by_side_then_id);
	const char *sep = cm_label(q->map, q->view, "list.separator", ", ");
	for (size_t c = 0; c < channels.count; c++) {
		const cm_node *m = channels.items[c];
		cm_strbuf_clear(&members);
		for (size_t k = 0; k < m->nin; k++) {
			const cm_edge *e = m->in[k];
			if (!cm_type_set_has(&q->channel, e->type) ||
			    cm_edge_presence(q->view, e, NULL) == CM_GONE)
				continue;
			cm_strbuf_addf(&members, "%s%s", members.len ? sep : "", e->from->id);
			cm_result_add_edge(q->result, e);
		}
		cm_strbuf_clear(&detail);
		if (members.len)
			cm_strbuf_fill1(&detail, cm_label(q->map, q->view, "function.members", "members: %s"),
					members.data);
		else if (q->view->country) /* its members are all on the other side */
			cm_strbuf_adds(&detail, cm_label(q->map, q->view, "function.no_members",
							 "no member on the side shown"));
		row(q, "channel", m, detail.data ? detail.data : "", 0);
	}
	cm_result_note(q->result, detail.failed || members.failed || channels.failed);
	cm_strbuf_release(&detail);
	cm_strbuf_release(&members);
	cm_vec_release(&channels);
}

/* ---- process steps ---- */

static void step_detail(function_query *q, const cm_node *step, cm_strbuf *detail)
{
	cm_strbuf_clear(detail);
	int first = 1;
	for (size_t k = 0; k < step->nout; k++) {
		const cm_edge *e = step->out[k];
		if (!cm_type_set_has(&q->actor, e->type) ||
		    cm_edge_presence(q->view, e, NULL) == CM_GONE)
			continue;
		if (first)
			cm_strbuf_fill1(detail, cm_label(q->map, q->view, "function.performed_by",
							 "performed by %s"), e->to->id);
		else
			cm_strbuf_addf(detail, "%s%s", cm_label(q->map, q->view, "list.separator", ", "),
				       e->to->id);
		cm_result_add_edge(q->result, e);
		first = 0;
	}
	if (detail->data)
		detail->data[detail->len] = '\0';
}

static size_t count_preceding(function_query *q, const cm_node *step, const cm_ptrmap *in)
{
	size_t n = 0;
	for (size_t k = 0; k < step->nin; k++) {
		const cm_edge *e = step->in[k];
		if (cm_type_set_has(&q->order, e->type) && cm_ptrmap_get(in, e->from) &&
		    cm_edge_presence(q->view, e, NULL) != CM_GONE)
			n++;
	}
	return n;
}

/* Kahn's algorithm: repeatedly take the smallest (side, id) step whose
 * predecessors are all placed. O(steps^2), and processes are short. */
static void step_rows(function_query *q, cm_vec *steps)
{
	cm_ptrmap in, placed;
	cm_ptrmap_init(&in);
	cm_ptrmap_init(&placed);
	for (size_t i = 0; i < steps->count; i++)
		cm_ptrmap_put(&in, steps->items[i], steps->items[i]);
	cm_vec_sort(steps, by_side_then_id);
	cm_strbuf detail;
	cm_strbuf_init(&detail);
	const char *last_side = NULL;
	for (size_t done = 0, number = 0; done < steps->count; done++) {
		const cm_node *pick = NULL;
		for (size_t i = 0; i < steps->count && !pick; i++) {
			const cm_node *s = steps->items[i];
			if (cm_ptrmap_get(&placed, s))
				continue;
			size_t before = 0;
			for (size_t k = 0; k < s->nin; k++) {
				const cm_edge *e = s->in[k];
				if (cm_type_set_has(&q->order, e->type) &&
				    cm_ptrmap_get(&in, e->from) && cm_ptrmap_get(&placed, e->from))
					before++;
			}
			if (before == count_preceding(q, s, &in))
				pick = s;
		}
		if (!pick) /* a cycle the loader would have refused; be safe */
			break;
		cm_ptrmap_put(&placed, pick, (void *)pick);
		if (pick->side != last_side) /* number each side's process from 1 */
			number = 0;
		last_side = pick->side;
		char section[32];
		snprintf(section, sizeof section, "step %zu", ++number);
		step_detail(q, pick, &detail);
		row(q, section, pick, detail.data ? detail.data : "", 0);
		cm_result_add_grouped(q->result, pick, "process");
		for (size_t k = 0; k < pick->nout; k++) /* the order between steps */
			if (cm_type_set_has(&q->order, pick->out[k]->type) &&
			    cm_ptrmap_get(&in, pick->out[k]->to))
				cm_result_add_edge(q->result, pick->out[k]);
	}
	cm_result_note(q->result, detail.failed || in.failed || placed.failed);
	cm_strbuf_release(&detail);
	cm_ptrmap_release(&in);
	cm_ptrmap_release(&placed);
}

static void process_rows(function_query *q)
{
	cm_vec steps = {0};
	for (size_t i = 0; i < q->function->nin; i++) {
		const cm_edge *e = q->function->in[i];
		if (cm_type_set_has(&q->process, e->type) &&
		    cm_edge_presence(q->view, e, NULL) != CM_GONE)
			cm_vec_push(&steps, (void *)e->from);
	}
	cm_result_note(q->result, steps.failed);
	step_rows(q, &steps);
	cm_vec_release(&steps);
}

static cm_status check_target(const cm_map *map, const cm_node *n, cm_diags *diags)
{
	size_t count;
	const char *const *types = cm_query_names(cm_schema_query(&map->schema, "function"),
						  "target", &count);
	for (size_t i = 0; i < count; i++)
		if (n->type->name == types[i])
			return CM_OK;
	cm_diag_add(diags, NULL, 0, 0, "'%s' is of type %s, not %s", n->id, n->type->name,
		    count ? types[0] : "a function");
	return CM_EINVAL;
}

cm_status cm_query_function(cm_result **out, const cm_map *map, const cm_view *view,
			    const char *function, cm_diags *diags)
{
	const char *const columns[] = {"section", cm_side_column(map), "id", "name", "detail"};
	function_query q;
	memset(&q, 0, sizeof q);
	q.map = map;
	q.view = view;
	*out = NULL;
	cm_status st = cm_resolve_for(&q.function, map, view, function, "function", diags);
	if (st == CM_OK)
		st = check_target(map, q.function, diags);
	char title[256];
	snprintf(title, sizeof title, "function %s", st == CM_OK ? q.function->id : "");
	if (st == CM_OK)
		st = cm_result_new(&q.result, map, title, columns, 5, diags);
	if (st != CM_OK)
		return st;
	static const cm_role roles[] = {CM_ROLE_KIND, CM_ROLE_SIDE, CM_ROLE_ID, CM_ROLE_NAME,
					CM_ROLE_NONE};
	cm_result_set_roles(q.result, roles, 5);
	cm_result_why_empty(q.result, "nobody leads or supports %s in the view", q.function->id);
	static const char *const keys[] = {"lead", "support", "channel", "law",
					   "process", "order", "actor", "covered_by"};
	cm_type_set *sets[] = {&q.lead, &q.support, &q.channel, &q.law,
			       &q.process, &q.order, &q.actor, &q.covered_by};
	for (size_t i = 0; i < 8; i++)
		cm_type_set_query(sets[i], map, "function", keys[i]);
	cm_result_add_node(q.result, q.function);
	role_rows(&q, &q.lead, "leads", &q.leads);
	role_rows(&q, &q.support, "supports", NULL);
	channel_rows(&q);
	linked_rows(&q, &q.leads, &q.law, "law", cm_label(map, view, "function.behind", "behind: %s"));
	process_rows(&q);
	cm_result_note(q.result, q.participants.failed || q.leads.failed);
	cm_vec_release(&q.participants);
	cm_vec_release(&q.leads);
	return cm_result_finish(out, q.result, diags);
}
