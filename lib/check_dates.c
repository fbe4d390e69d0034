/*
 * check_dates.c: the map checks its own dates (check --strict).  Each rule
 * reads only flags the schema sets -- which edge types are parents,
 * successions or laws an element rests on, which attribute records
 * adoption -- so no domain name appears here.  One pass over nodes and one
 * over edges: O(nodes + edges).
 */
#include "check_dates.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "diag.h"
#include "intern.h"
#include "view.h"

typedef struct checker {
	const cm_map *map;
	cm_diags *diags;
	int failed;
} checker;

static int dated(int day)
{
	return day != CM_DATE_MIN && day != CM_DATE_MAX && day != CM_DATE_PENDING &&
	       day != CM_DATE_UNKNOWN;
}

static const char *day_text(char *buf, size_t size, int day)
{
	cm_date_format(buf, size, day);
	return buf;
}

static int later(int a, int b)
{
	return a > b ? a : b;
}

static int sooner(int a, int b)
{
	return a < b ? a : b;
}

/* When an edge is first in force: its own start or its ends', whichever is
 * latest. */
static int edge_start(const cm_edge *e)
{
	return later(e->since, later(e->from->since, e->to->since));
}

/* An edge dated outside one of its ends' lives. */
static void check_ends(checker *c, const cm_edge *e)
{
	const cm_node *ends[] = {e->from, e->to};
	char a[CM_DATE_BUF], b[CM_DATE_BUF];
	for (size_t i = 0; i < 2; i++) {
		const cm_node *n = ends[i];
		if (e->since != CM_DATE_MIN &&
		    (e->since < n->since || (n->since == CM_DATE_PENDING && dated(e->since)))) {
			cm_diag_add(c->diags, e->file, e->line, e->column,
				    "%s edge %s -> %s starts %s, before '%s' exists (since %s)",
				    e->type->name, e->from->id, e->to->id,
				    day_text(a, sizeof a, e->since), n->id,
				    day_text(b, sizeof b, n->since));
			c->failed = 1;
		}
		if (e->until != CM_DATE_MAX && e->until > n->until) {
			cm_diag_add(c->diags, e->file, e->line, e->column,
				    "%s edge %s -> %s runs until %s, after '%s' ended (until %s)",
				    e->type->name, e->from->id, e->to->id,
				    day_text(a, sizeof a, e->until), n->id,
				    day_text(b, sizeof b, n->until));
			c->failed = 1;
		}
	}
}

/* The law an element rests on must be in force from the element's start. */
static void check_law(checker *c, const char *what, const char *file, unsigned line,
		      unsigned column, int start, const cm_node *law)
{
	char a[CM_DATE_BUF], b[CM_DATE_BUF];
	if (!law || law->since == CM_DATE_MIN)
		return;
	int pending_law = law->since == CM_DATE_PENDING;
	if ((pending_law && start != CM_DATE_PENDING) || (!pending_law && start < law->since)) {
		if (start == CM_DATE_MIN)
			cm_diag_add(c->diags, file, line, column,
				    "%s has no start, but the law it rests on, '%s', is in force only from %s",
				    what, law->id, day_text(b, sizeof b, law->since));
		else
			cm_diag_add(c->diags, file, line, column,
				    "%s starts %s, but the law it rests on, '%s', is in force only from %s",
				    what, day_text(a, sizeof a, start), law->id,
				    day_text(b, sizeof b, law->since));
		c->failed = 1;
	} else if (law->until != CM_DATE_MAX && start >= law->until) {
		cm_diag_add(c->diags, file, line, column,
			    "%s starts %s, after the law it rests on, '%s', ended (until %s)",
			    what, day_text(a, sizeof a, start), law->id,
			    day_text(b, sizeof b, law->until));
		c->failed = 1;
	}
}

static void check_edge_laws(checker *c, const cm_edge *e)
{
	char what[256];
	for (size_t i = 0; i < e->nattrs; i++) {
		const cm_attr *a = &e->attrs[i];
		if (!(a->def->flags & CM_ATTR_RESTS_ON) || !a->text)
			continue;
		snprintf(what, sizeof what, "%s edge %s -> %s", e->type->name, e->from->id,
			 e->to->id);
		check_law(c, what, e->file, e->line, e->column, edge_start(e),
			  *cm_intern_value(a->text));
	}
}

/* A parent must exist from the child's start to its end under it. */
static void check_parent(checker *c, const cm_edge *e)
{
	char a[CM_DATE_BUF], b[CM_DATE_BUF];
	const cm_node *parent = e->to;
	int start = later(e->since, e->from->since), end = sooner(e->until, e->from->until);
	if (parent->since != CM_DATE_MIN && start < parent->since) {
		cm_diag_add(c->diags, e->file, e->line, e->column,
			    "'%s' is %s '%s' from %s, before '%s' exists (since %s)",
			    e->from->id, e->type->name, parent->id,
			    start == CM_DATE_MIN ? "its start (none given)" : day_text(a, sizeof a, start),
			    parent->id, day_text(b, sizeof b, parent->since));
		c->failed = 1;
	}
	if (parent->until != CM_DATE_MAX && end > parent->until) {
		cm_diag_add(c->diags, e->file, e->line, e->column,
			    "'%s' is %s '%s' until %s, after '%s' ended (until %s)",
			    e->from->id, e->type->name, parent->id,
			    end == CM_DATE_MAX ? "today (no end given)" : day_text(a, sizeof a, end),
			    parent->id, day_text(b, sizeof b, parent->until));
		c->failed = 1;
	}
}

/* A successor starts when its predecessor ends, give or take the gap. */
static void check_succession(checker *c, const cm_edge *e)
{
	char a[CM_DATE_BUF], b[CM_DATE_BUF];
	const cm_node *before = e->from, *after = e->to;
	if (before->until == CM_DATE_MAX) {
		cm_diag_add(c->diags, e->file, e->line, e->column,
			    "'%s' is %s '%s' but has no until", before->id, e->type->name,
			    after->id);
		c->failed = 1;
		return;
	}
	if (!dated(after->since) || !dated(before->until))
		return;
	int gap = after->since - before->until;
	if (abs(gap) > c->map->schema.succession_gap) {
		cm_diag_add(c->diags, e->file, e->line, e->column,
			    "'%s' ends %s but its successor '%s' starts %s: %d days %s, more than the %d the schema allows",
			    before->id, day_text(a, sizeof a, before->until), after->id,
			    day_text(b, sizeof b, after->since), abs(gap),
			    gap > 0 ? "later" : "earlier", c->map->schema.succession_gap);
		c->failed = 1;
	}
}

/* An element's adoption day, where stated, is not after its start. */
static void check_adopted(checker *c, const char *what, const cm_attr *attrs, size_t n,
			  int since, const char *file, unsigned line, unsigned column)
{
	char a[CM_DATE_BUF], b[CM_DATE_BUF];
	for (size_t i = 0; i < n; i++) {
		int day;
		if (!(attrs[i].def->flags & CM_ATTR_ADOPTION) || !attrs[i].text ||
		    cm_date_parse(&day, attrs[i].text) != CM_OK || !dated(since) || day <= since)
			continue;
		cm_diag_add(c->diags, file, line, column, "%s is %s %s, after its start %s",
			    what, attrs[i].def->name, day_text(a, sizeof a, day),
			    day_text(b, sizeof b, since));
		c->failed = 1;
	}
}

/* From when a node can show at all: pending from its adoption, or in force. */
static int node_available(const cm_node *n)
{
	int adopted = cm_node_adopted(n);
	return dated(adopted) ? sooner(adopted, n->since) : n->since;
}

/* An edge shows only while both its ends do, so it is available from the
 * latest of its own adoption and its ends' availability; an edge that starts
 * with one of its ends is that end's question. */
static int edge_available(const cm_edge *e)
{
	int adopted = cm_edge_adopted(e);
	if (!dated(adopted))
		return CM_DATE_UNKNOWN;
	return later(adopted, later(node_available(e->from), node_available(e->to)));
}

/* The law an unstated adoption is taken from, for the message: the one
 * starting on that day, else the first the element rests on. */
static const cm_node *law_behind(const cm_attr *attrs, size_t nattrs, cm_edge *const *out,
				 size_t nout, int day)
{
	const cm_node *first = NULL;
	for (size_t i = 0; i < nattrs; i++) {
		const cm_node *law = (attrs[i].def->flags & CM_ATTR_RESTS_ON) && attrs[i].text
					     ? *cm_intern_value(attrs[i].text)
					     : NULL;
		if (law && law->since == day)
			return law;
		if (law && !first)
			first = law;
	}
	for (size_t i = 0; i < nout; i++)
		if (out[i]->type->rests_on) {
			if (out[i]->to->since == day)
				return out[i]->to;
			if (!first)
				first = out[i]->to;
		}
	return first;
}

/* With no `adopted`, an element is pending from when the law it rests on
 * came into force.  That is right for a duty a statute sets with a delayed
 * start, wrong for a plan or body decided years after its law: past views
 * would show it before anyone had decided it.  Beyond the schema's gap the
 * data must say when it was decided. */
static void check_inferred_adoption(checker *c, const char *what, const cm_attr *attrs,
				    size_t nattrs, cm_edge *const *out, size_t nout, int since,
				    int inferred, int edge, const char *file, unsigned line,
				    unsigned column)
{
	int gap = c->map->schema.adoption_gap;
	char a[CM_DATE_BUF], b[CM_DATE_BUF];
	if (gap <= 0 || !dated(since) || !dated(inferred) || since - inferred <= gap ||
	    cm_adoption_stated(attrs, nattrs) != CM_DATE_UNKNOWN)
		return;
	/* what starts with its law was decided with it: the view takes the
	 * law's own adoption, which the law states */
	const cm_node *same_day = law_behind(attrs, nattrs, out, nout, since);
	if (same_day && same_day->since == since)
		return;
	const cm_node *law = law_behind(attrs, nattrs, out, nout, inferred);
	char why[200];
	if (!law)
		snprintf(why, sizeof why, "the law it rests on");
	else
		snprintf(why, sizeof why, "'%s'", law->id);
	cm_diag_add(c->diags, file, line, column,
		    "%s starts %s but, with no 'adopted', past views show it pending from %s, when %s%s: "
		    "%d days, more than the %d the schema allows; give the day it was decided as 'adopted'",
		    what, day_text(a, sizeof a, since), day_text(b, sizeof b, inferred), why,
		    edge ? " was in force and both ends existed" : " came into force",
		    since - inferred, gap);
	c->failed = 1;
}

static int must_have_since(const cm_schema *s, const char *type_name)
{
	for (size_t i = 0; i < s->nstrict_since; i++)
		if (s->strict_since[i] == type_name)
			return 1;
	return 0;
}

static void check_node(checker *c, const cm_node *n)
{
	char what[160];
	snprintf(what, sizeof what, "%s '%s'", n->type->name, n->id);
	if (n->since == CM_DATE_MIN && must_have_since(&c->map->schema, n->type->name)) {
		cm_diag_add(c->diags, n->file, n->line, n->column, "%s has no 'since'", what);
		c->failed = 1;
	}
	check_adopted(c, what, n->attrs, n->nattrs, n->since, n->file, n->line, n->column);
	check_inferred_adoption(c, what, n->attrs, n->nattrs, n->out, n->nout, n->since,
				cm_node_adopted(n), 0, n->file, n->line, n->column);
	for (size_t i = 0; i < n->nout; i++)
		if (n->out[i]->type->rests_on)
			check_law(c, what, n->file, n->line, n->column,
				  later(n->since, n->out[i]->since), n->out[i]->to);
}

static void check_edge(checker *c, const cm_edge *e)
{
	char what[256];
	snprintf(what, sizeof what, "%s edge %s -> %s", e->type->name, e->from->id, e->to->id);
	if (e->since == CM_DATE_MIN && must_have_since(&c->map->schema, e->type->name)) {
		cm_diag_add(c->diags, e->file, e->line, e->column, "%s has no 'since'", what);
		c->failed = 1;
	}
	check_ends(c, e);
	check_edge_laws(c, e);
	check_adopted(c, what, e->attrs, e->nattrs, e->since, e->file, e->line, e->column);
	check_inferred_adoption(c, what, e->attrs, e->nattrs, NULL, 0, e->since,
				edge_available(e), 1, e->file, e->line, e->column);
	if (e->type->parent)
		check_parent(c, e);
	if (e->type->succession)
		check_succession(c, e);
}

cm_status cm_check_dates(const cm_map *map, cm_diags *diags)
{
	checker c = {map, diags, 0};
	for (size_t i = 0; i < map->nodes.count; i++)
		check_node(&c, map->nodes.items[i]);
	for (size_t i = 0; i < map->edges.count; i++)
		check_edge(&c, map->edges.items[i]);
	return c.failed ? CM_EINVAL : CM_OK;
}
