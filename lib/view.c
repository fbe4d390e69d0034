/* view.c: date and side filtering; every query sees the map through a view. */
#include "view.h"

#include <string.h>

#include "date.h"

void cm_view_init(cm_view *view)
{
	view->as_of = cm_date_today();
	view->country = NULL;
	view->lang = NULL;
}

static cm_presence least(cm_presence a, cm_presence b)
{
	if (a == CM_GONE || b == CM_GONE)
		return CM_GONE;
	return a == CM_PENDING || b == CM_PENDING ? CM_PENDING : CM_CURRENT;
}

cm_presence cm_edge_presence(const cm_view *view, const cm_edge *edge, int *since)
{
	cm_presence p = least(cm_period_presence(view, edge->since, edge->until),
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
