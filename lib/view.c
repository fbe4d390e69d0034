/* view.c: date and side filtering; every query sees the map through a view. */
#include "view.h"

#include <string.h>

#include "date.h"
#include "intern.h"

void cm_view_init(cm_view *view)
{
	view->today = cm_date_today();
	view->as_of = view->today;
	view->country = NULL;
	view->lang = NULL;
}

/* Laws rest on laws (a rule on its statute): a few levels are plenty, and
 * the bound keeps a cycle through `rests_on` refs finite. */
enum { MAX_LAW_DEPTH = 4 };

static int adopted_at(const cm_attr *attrs, size_t nattrs, const cm_edge *const *out,
		      size_t nout, int since, int depth);

/* When the law a thing rests on made it decided: the law's start when it
 * has one -- except for a thing that starts the same day as the law, which
 * the law decided when it was itself adopted (a duty an Act sets from its
 * commencement is pending from the Act's promulgation, as the Act is). */
static int law_adopted(const cm_node *law, int since, int depth)
{
	if (!law)
		return CM_DATE_UNKNOWN;
	if (law->since != CM_DATE_PENDING && law->since <= CM_DATE_MAX - 2) {
		int stated = cm_adoption_stated(law->attrs, law->nattrs);
		return since == law->since && stated != CM_DATE_UNKNOWN && stated < since
			       ? stated
			       : law->since;
	}
	if (depth >= MAX_LAW_DEPTH)
		return CM_DATE_UNKNOWN;
	return adopted_at(law->attrs, law->nattrs, (const cm_edge *const *)law->out,
			  law->nout, law->since, depth + 1);
}

static int earlier(int a, int b)
{
	if (a == CM_DATE_UNKNOWN)
		return b;
	if (b == CM_DATE_UNKNOWN)
		return a;
	return a < b ? a : b;
}

static int adopted_at(const cm_attr *attrs, size_t nattrs, const cm_edge *const *out,
		      size_t nout, int since, int depth)
{
	int day = cm_adoption_stated(attrs, nattrs);
	if (day != CM_DATE_UNKNOWN)
		return day; /* stated outright: nothing else counts */
	for (size_t i = 0; i < nattrs; i++) {
		const cm_attr *a = &attrs[i];
		if ((a->def->flags & CM_ATTR_RESTS_ON) && a->text)
			day = earlier(day, law_adopted(*cm_intern_value(a->text), since, depth));
	}
	for (size_t i = 0; i < nout; i++)
		if (out[i]->type->rests_on)
			day = earlier(day, law_adopted(out[i]->to, since, depth));
	return day;
}

int cm_adoption_stated(const cm_attr *attrs, size_t nattrs)
{
	for (size_t i = 0; i < nattrs; i++) {
		int d;
		if ((attrs[i].def->flags & CM_ATTR_ADOPTION) && attrs[i].text &&
		    cm_date_parse(&d, attrs[i].text) == CM_OK)
			return d;
	}
	return CM_DATE_UNKNOWN;
}

int cm_node_adopted(const cm_node *node)
{
	return adopted_at(node->attrs, node->nattrs, (const cm_edge *const *)node->out,
			  node->nout, node->since, 0);
}

int cm_edge_adopted(const cm_edge *edge)
{
	return adopted_at(edge->attrs, edge->nattrs, NULL, 0, edge->since, 0);
}

cm_presence cm_dated_presence(const cm_view *view, int since, int until, int adopted)
{
	if (until <= view->as_of)
		return CM_GONE;
	if (since <= view->as_of)
		return CM_CURRENT;
	if (adopted == CM_DATE_UNKNOWN)
		return view->as_of >= view->today ? CM_PENDING : CM_GONE;
	return adopted <= view->as_of ? CM_PENDING : CM_GONE;
}

/* The adoption day is looked up only for what starts after the view's day. */
static cm_presence node_dates(const cm_view *view, const cm_node *n)
{
	if (n->until <= view->as_of)
		return CM_GONE;
	if (n->since <= view->as_of)
		return CM_CURRENT;
	return cm_dated_presence(view, n->since, n->until, cm_node_adopted(n));
}

/* A side's own node (the country) belongs to it: a view of the other side
 * keeps the shared nodes, not the other country. */
const char *cm_view_side_of(const cm_node *node)
{
	return node->side ? node->side : node->is_side ? node->id : NULL;
}

int cm_view_other_side(const cm_view *view, const cm_node *node)
{
	const char *side = cm_view_side_of(node);
	return view->country && side && strcmp(side, view->country) != 0;
}

cm_presence cm_node_presence(const cm_view *view, const cm_node *node)
{
	if (cm_view_other_side(view, node))
		return CM_GONE;
	return node_dates(view, node);
}

static cm_presence edge_dates(const cm_view *view, const cm_edge *e)
{
	if (e->until <= view->as_of)
		return CM_GONE;
	if (e->since <= view->as_of)
		return CM_CURRENT;
	return cm_dated_presence(view, e->since, e->until, cm_edge_adopted(e));
}

static cm_presence least(cm_presence a, cm_presence b)
{
	if (a == CM_GONE || b == CM_GONE)
		return CM_GONE;
	return a == CM_PENDING || b == CM_PENDING ? CM_PENDING : CM_CURRENT;
}

cm_presence cm_edge_presence(const cm_view *view, const cm_edge *edge, int *since)
{
	cm_presence p = least(edge_dates(view, edge),
			      least(cm_node_presence(view, edge->from),
				    cm_node_presence(view, edge->to)));
	if (since) {
		int s = edge->since;
		if (edge->from->since > s)
			s = edge->from->since;
		if (edge->to->since > s)
			s = edge->to->since;
		*since = s;
	}
	return p;
}
