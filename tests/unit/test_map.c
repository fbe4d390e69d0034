/* test_map.c: loading the fixture map and reading it back. */
#include <stdlib.h>

#include "date.h"
#include "graph.h"
#include "harness.h"
#include "view.h"

static void fixture_loads_with_links(void)
{
	cm_map *map = load_fixture();
	CHECK(map != NULL);
	if (!map)
		return;
	CHECK(cm_map_node_count(map) == 20);
	const cm_node *cisa = cm_map_node(map, "us.cisa");
	CHECK(cisa && strcmp(cm_node_name(cisa), "Cybersecurity and Infrastructure Security Agency") == 0);
	CHECK_STR(cm_node_type_name(cisa), "agency");
	CHECK_STR(cm_node_attr(cisa, "short"), "CISA");
	CHECK(cm_node_attr(cisa, "aliases") == NULL); /* a list, not a scalar */
	CHECK(cm_map_node(map, "us.nosuch") == NULL);
	/* out: part_of, leads, counterpart, member_of, notifies (to FBI);
	 * in: succeeded_by, two notifies, two performed_by */
	CHECK(cisa->nout == 5 && cisa->nin == 5);
	CHECK(cm_map_has_side(map, "jp") && !cm_map_has_side(map, "fr"));
	cm_map_free(map);
}

static void view_by_date(void)
{
	cm_map *map = load_fixture();
	if (!map)
		return;
	cm_view view;
	cm_view_init(&view);
	const cm_node *nisc = cm_map_node(map, "jp.nisc"), *nco = cm_map_node(map, "jp.nco");
	cm_date_parse(&view.as_of, "2022-07-20");
	CHECK(cm_node_presence(&view, nisc) == CM_CURRENT);
	CHECK(cm_node_presence(&view, nco) == CM_GONE); /* not decided yet */
	CHECK(cm_node_adopted(nco) != CM_DATE_UNKNOWN);
	cm_date_parse(&view.as_of, "2025-05-16"); /* the day of the law */
	CHECK(cm_node_presence(&view, nco) == CM_PENDING);
	cm_date_parse(&view.as_of, "2025-05-15");
	CHECK(cm_node_presence(&view, nco) == CM_GONE);
	cm_date_parse(&view.as_of, "2025-07-01");
	CHECK(cm_node_presence(&view, nisc) == CM_GONE);
	CHECK(cm_node_presence(&view, nco) == CM_CURRENT);
	view.country = "us";
	CHECK(cm_node_presence(&view, nco) == CM_GONE);
	CHECK(cm_node_presence(&view, cm_map_node(map, "bi.cyber-dialogue")) == CM_CURRENT);
	cm_map_free(map);
}

static void pending_edges_have_no_date(void)
{
	cm_map *map = load_fixture();
	if (!map)
		return;
	cm_view view;
	cm_view_init(&view);
	const cm_node *energy = cm_map_node(map, "us.sector.energy");
	CHECK(energy->nout == 3);
	const cm_edge *circia = energy->out[0]; /* the first in the file */
	CHECK_STR(circia->to->id, "us.cisa");
	int since = 0;
	CHECK(cm_edge_presence(&view, circia, &since) == CM_PENDING);
	cm_date_parse(&view.as_of, "2099-01-01");
	CHECK(cm_edge_presence(&view, circia, NULL) == CM_PENDING);
	cm_map_free(map);
}

static void resolve_names(void)
{
	cm_map *map = load_fixture();
	cm_diags *diags;
	if (!map || cm_diags_new(&diags) != CM_OK)
		return;
	cm_view view;
	cm_view_init(&view);
	const cm_node *n;
	CHECK(cm_resolve(&n, map, &view, "us.cisa", diags) == CM_OK && strcmp(n->id, "us.cisa") == 0);
	CHECK(cm_resolve(&n, map, &view, "cisa", diags) == CM_OK && strcmp(n->id, "us.cisa") == 0);
	CHECK(cm_resolve(&n, map, &view, "america's cyber defense agency", diags) == CM_OK &&
	      strcmp(n->id, "us.cisa") == 0);
	CHECK(cm_resolve(&n, map, &view, "国家サイバー統括室", diags) == CM_OK &&
	      strcmp(n->id, "jp.nco") == 0);
	CHECK(cm_resolve(&n, map, &view, "NISC", diags) == CM_OK && strcmp(n->id, "jp.nisc") == 0);
	CHECK(cm_diags_count(diags) == 0);
	CHECK(cm_resolve(&n, map, &view, "energy", diags) == CM_EINVAL);
	CHECK(cm_diags_count(diags) == 1 &&
	      strstr(cm_diags_at(diags, 0)->message, "matches 2 nodes") != NULL);
	view.country = "jp";
	CHECK(cm_resolve(&n, map, &view, "energy", diags) == CM_OK &&
	      strcmp(n->id, "jp.sector.energy") == 0);
	cm_diags_clear(diags);
	CHECK(cm_resolve(&n, map, &view, "cisx", diags) == CM_EINVAL);
	CHECK(cm_diags_count(diags) == 1);
	cm_diags_free(diags);
	cm_map_free(map);
}

static void strict_check_finds_missing_sources(void)
{
	cm_map *map = load_fixture();
	cm_diags *diags;
	if (!map || cm_diags_new(&diags) != CM_OK)
		return;
	CHECK(cm_map_check_strict(map, diags) == CM_OK && cm_diags_count(diags) == 0);
	cm_node *fbi = (cm_node *)cm_map_node(map, "us.fbi");
	fbi->nattrs = 0; /* as if it had no sources */
	CHECK(cm_map_check_strict(map, diags) == CM_EINVAL);
	CHECK(cm_diags_count(diags) >= 2); /* no sources, no checked, no Japanese */
	cm_diags_free(diags);
	cm_map_free(map);
}

const unit_test map_tests[] = {
	{"fixture loads with links", fixture_loads_with_links},
	{"view by date", view_by_date},
	{"pending edges have no date", pending_edges_have_no_date},
	{"resolve names", resolve_names},
	{"strict check finds missing sources", strict_check_finds_missing_sources},
	{NULL, NULL},
};
