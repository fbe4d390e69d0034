/* test_walk.c: path, reach, notify, jurisdiction, function and counterpart on
 * the fixture map, against answers worked out by hand from mini.yaml. */
#include <stdlib.h>

#include "deadline.h"
#include "harness.h"
#include "result.h"

typedef struct fixture {
	cm_map *map;
	cm_diags *diags;
	cm_view view;
	cm_result *r;
} fixture;

static int setup(fixture *f)
{
	f->map = load_fixture();
	f->r = NULL;
	cm_view_init(&f->view);
	cm_date_parse(&f->view.as_of, "2026-11-25");
	return f->map && cm_diags_new(&f->diags) == CM_OK;
}

static void teardown(fixture *f)
{
	cm_result_free(f->r);
	cm_diags_free(f->diags);
	cm_map_free(f->map);
}

/* The cell in row `row` of the column named `column`. */
static const char *cell(const cm_result *r, size_t row, const char *column)
{
	for (size_t c = 0; c < cm_result_columns(r); c++)
		if (strcmp(cm_result_column(r, c), column) == 0)
			return cm_result_cell(r, row, c);
	return NULL;
}

static void path_over_symmetric_edge(void)
{
	fixture f;
	if (!setup(&f))
		return;
	/* cisa <-> nco is a counterpart edge written from cisa: one hop either way */
	CHECK(cm_query_path(&f.r, f.map, &f.view, "jp.nco", "us.cisa", NULL, f.diags) == CM_OK);
	CHECK(cm_result_rows(f.r) == 1);
	CHECK_STR(cell(f.r, 0, "edge"), "<-> counterpart");
	cm_result_free(f.r);
	/* directed still walks symmetric edges both ways */
	cm_walk_options directed = {NULL, 1, 0, 0, 0, 0};
	CHECK(cm_query_path(&f.r, f.map, &f.view, "jp.nco", "us.cisa", &directed, f.diags) == CM_OK);
	teardown(&f);
}

static void path_none_and_via(void)
{
	fixture f;
	if (!setup(&f))
		return;
	/* part_of only: CISA -> DHS -> us; Japan is not reachable */
	cm_walk_options via = {"part_of", 0, 0, 0, 0, 0};
	CHECK(cm_query_path(&f.r, f.map, &f.view, "us.cisa", "jp.nco", &via, f.diags) == CM_NOTFOUND);
	cm_result_free(f.r);
	CHECK(cm_query_path(&f.r, f.map, &f.view, "us.cisa", "us", &via, f.diags) == CM_OK);
	CHECK(cm_result_rows(f.r) == 2);
	CHECK_STR(cell(f.r, 1, "to"), "us");
	cm_result_free(f.r);
	/* directed: nothing leads from DHS down to CISA */
	cm_walk_options down = {"part_of", 1, 0, 0, 0, 0};
	CHECK(cm_query_path(&f.r, f.map, &f.view, "us.dhs", "us.cisa", &down, f.diags) == CM_NOTFOUND);
	cm_result_free(f.r);
	f.r = NULL;
	cm_walk_options typo = {"part-of", 0, 0, 0, 0, 0};
	CHECK(cm_query_path(&f.r, f.map, &f.view, "us.cisa", "us", &typo, f.diags) == CM_EINVAL);
	CHECK(strstr(cm_diags_at(f.diags, 0)->message, "did you mean 'part_of'") != NULL);
	teardown(&f);
}

static void path_all_shortest(void)
{
	fixture f;
	if (!setup(&f))
		return;
	/* FBI to NCO in two hops: via CISA (notifies / counterpart), via the
	 * incident-response function, and via ... every one of length 2 */
	cm_walk_options all = {NULL, 0, 0, 1, 0, 0};
	CHECK(cm_query_path(&f.r, f.map, &f.view, "us.fbi", "jp.nco", &all, f.diags) == CM_OK);
	size_t paths = 0;
	for (size_t i = 0; i < cm_result_rows(f.r); i++) {
		CHECK(strcmp(cell(f.r, i, "hop"), "1") == 0 || strcmp(cell(f.r, i, "hop"), "2") == 0);
		if (strcmp(cell(f.r, i, "hop"), "1") == 0)
			paths++;
	}
	CHECK(paths >= 3); /* via cisa (x2 edges), via fn.incident-response, via jp.npa? no */
	cm_result_free(f.r);
	cm_walk_options capped = {NULL, 0, 0, 1, 0, 2};
	CHECK(cm_query_path(&f.r, f.map, &f.view, "us.fbi", "jp.nco", &capped, f.diags) == CM_ELIMIT);
	f.r = NULL;
	teardown(&f);
}

static void reach_with_depth_and_reverse(void)
{
	fixture f;
	if (!setup(&f))
		return;
	cm_walk_options up = {"part_of", 0, 0, 0, 0, 0};
	CHECK(cm_query_reach(&f.r, f.map, &f.view, "us.cisa", &up, f.diags) == CM_OK);
	CHECK(cm_result_rows(f.r) == 2);
	CHECK_STR(cell(f.r, 1, "depth"), "2");
	cm_result_free(f.r);
	/* NPPD ended in 2018, so only CISA is part of DHS today */
	cm_walk_options down = {"part_of", 0, 1, 0, 1, 0};
	CHECK(cm_query_reach(&f.r, f.map, &f.view, "us.dhs", &down, f.diags) == CM_OK);
	CHECK(cm_result_rows(f.r) == 1);
	CHECK_STR(cell(f.r, 0, "id"), "us.cisa");
	cm_result_free(f.r);
	cm_date_parse(&f.view.as_of, "2018-01-01");
	CHECK(cm_query_reach(&f.r, f.map, &f.view, "us.dhs", &down, f.diags) == CM_OK);
	/* in 2018 NPPD is current; CISA, not yet decided, is not in the view */
	CHECK(cm_result_rows(f.r) == 1);
	CHECK_STR(cell(f.r, 0, "id"), "us.nppd");
	teardown(&f);
}

static void notify_deadlines_add_up(void)
{
	fixture f;
	if (!setup(&f))
		return;
	f.view.country = "us";
	CHECK(cm_query_notify(&f.r, f.map, &f.view, "energy", NULL, f.diags) == CM_OK);
	/* fbi 24h; -> cisa 2d = 3d (a step in days: the total reads in days);
	 * -> fbi 1bd = 3d + 1bd (fbi already on the chain, so not entered
	 * again); doe with no deadline; then the pending CIRCIA flow last */
	CHECK(cm_result_rows(f.r) == 7);
	CHECK_STR(cell(f.r, 0, "to"), "us.fbi");
	CHECK_STR(cell(f.r, 0, "by"), "24h");
	CHECK_STR(cell(f.r, 1, "by"), "3d");
	CHECK_STR(cell(f.r, 2, "by"), "3d+1bd");
	CHECK_STR(cell(f.r, 2, "depth"), "3");
	CHECK_STR(cell(f.r, 3, "to"), "us.doe");
	CHECK_STR(cell(f.r, 3, "by"), "unknown");
	CHECK_STR(cell(f.r, 4, "to"), "us.cisa");
	CHECK(cm_result_row_pending(f.r, 4, NULL) && !cm_result_row_pending(f.r, 3, NULL));
	CHECK_STR(cell(f.r, 6, "by"), "5d+1bd");
	cm_result_free(f.r);
	cm_notify_options cyber = {.trigger = "^cyber"};
	CHECK(cm_query_notify(&f.r, f.map, &f.view, "energy", &cyber, f.diags) == CM_OK);
	CHECK(cm_result_rows(f.r) == 3);
	cm_result_free(f.r);
	cm_notify_options nothing = {.trigger = "nothing"};
	CHECK(cm_query_notify(&f.r, f.map, &f.view, "energy", &nothing, f.diags) == CM_NOTFOUND);
	cm_result_free(f.r);
	f.r = NULL;
	CHECK(cm_query_notify(&f.r, f.map, &f.view, "us.cisa", NULL, f.diags) == CM_EINVAL);
	teardown(&f);
}

/* How many rows report to this body. */
static size_t rows_to(const cm_result *r, const char *to)
{
	size_t n = 0;
	for (size_t i = 0; i < cm_result_rows(r); i++)
		n += strcmp(cell(r, i, "to"), to) == 0;
	return n;
}

static void notify_as_of(void)
{
	fixture f;
	if (!setup(&f))
		return;
	f.view.country = "jp";
	/* today: the NCO, twice (the energy sector's flow and the overlapping
	 * core area's), and the PPC's two stages; NISC has ended */
	CHECK(cm_query_notify(&f.r, f.map, &f.view, "energy", NULL, f.diags) == CM_OK);
	CHECK(rows_to(f.r, "jp.nco") == 2 && rows_to(f.r, "jp.ppc") == 2 &&
	      rows_to(f.r, "jp.nisc") == 0);
	cm_result_free(f.r);
	/* at the workshop the NCO had not been decided on: NISC alone */
	cm_date_parse(&f.view.as_of, "2022-07-20");
	CHECK(cm_query_notify(&f.r, f.map, &f.view, "energy", NULL, f.diags) == CM_OK);
	CHECK(rows_to(f.r, "jp.nisc") == 1 && rows_to(f.r, "jp.nco") == 0);
	cm_result_free(f.r);
	/* once the law was enacted, the flows to the NCO are pending */
	cm_date_parse(&f.view.as_of, "2025-06-01");
	CHECK(cm_query_notify(&f.r, f.map, &f.view, "energy", NULL, f.diags) == CM_OK);
	CHECK(rows_to(f.r, "jp.nisc") == 1 && rows_to(f.r, "jp.nco") == 2);
	for (size_t i = 0; i < cm_result_rows(f.r); i++)
		if (strcmp(cell(f.r, i, "to"), "jp.nco") == 0)
			CHECK(cm_result_row_pending(f.r, i, NULL));
	teardown(&f);
}

static void notify_incident_and_duty(void)
{
	fixture f;
	if (!setup(&f))
		return;
	f.view.country = "jp";
	/* a ransomware attack is a cyber incident (the NCO flow) and may cause
	 * a data breach (the PPC's two stages); the intrusion duty of the core
	 * area is not set off by it */
	cm_notify_options ransomware = {.incident = "ransomware"};
	CHECK(cm_query_notify(&f.r, f.map, &f.view, "energy", &ransomware, f.diags) == CM_OK);
	CHECK(rows_to(f.r, "jp.ppc") == 2 && rows_to(f.r, "jp.nco") == 1);
	CHECK(strstr(cell(f.r, 0, "matched"), "ransomware attack") != NULL);
	cm_result_free(f.r);
	cm_notify_options mandatory = {.duty = "mandatory"};
	CHECK(cm_query_notify(&f.r, f.map, &f.view, "energy", &mandatory, f.diags) == CM_OK);
	CHECK(cm_result_rows(f.r) == 3); /* two PPC stages and the core area's duty */
	cm_result_free(f.r);
	f.r = NULL;
	cm_notify_options bad = {.incident = "ransomwar"};
	CHECK(cm_query_notify(&f.r, f.map, &f.view, "energy", &bad, f.diags) == CM_EINVAL);
	teardown(&f);
}

static void deadline_units_stay_apart(void)
{
	cm_deadline d;
	cm_deadline_init(&d);
	char buf[64];
	cm_deadline_add(&d, "72h", 1, NULL);
	cm_deadline_add(&d, "24h", 2, NULL);
	cm_deadline_format(buf, sizeof buf, &d);
	CHECK_STR(buf, "96h");
	cm_deadline_add(&d, "4bd", 3, NULL);
	cm_deadline_format(buf, sizeof buf, &d);
	CHECK_STR(buf, "96h+4bd");
	cm_deadline e;
	cm_deadline_init(&e);
	cm_deadline_add(&e, "30d", 1, NULL);
	cm_deadline_add(&e, "30d", 2, NULL);
	cm_deadline_format(buf, sizeof buf, &e);
	CHECK_STR(buf, "60d");
	cm_deadline_add(&e, NULL, 3, NULL);
	cm_deadline_add(&e, "1h", 4, NULL);
	cm_deadline_format(buf, sizeof buf, &e);
	CHECK_STR(buf, "unknown");
	CHECK(e.unknown_hop == 3);
	/* a range, and a term that leaves the total open */
	cm_deadline f;
	cm_deadline_init(&f);
	cm_deadline_add(&f, "promptly 3-5d", 1, NULL);
	cm_deadline_format(buf, sizeof buf, &f);
	CHECK_STR(buf, "3-5d");
	cm_deadline_add(&f, "24h", 2, NULL);
	cm_deadline_format(buf, sizeof buf, &f);
	CHECK_STR(buf, "4-6d");
	cm_deadline_add(&f, "promptly", 3, NULL);
	cm_deadline_format(buf, sizeof buf, &f);
	CHECK_STR(buf, "4-6d+promptly");
	CHECK(!cm_deadline_known(&f));
}

static void jurisdiction_lists_authorities(void)
{
	fixture f;
	if (!setup(&f))
		return;
	CHECK(cm_query_jurisdiction(&f.r, f.map, &f.view, "us.sector.energy", f.diags) == CM_OK);
	CHECK(cm_result_rows(f.r) == 2);
	CHECK_STR(cell(f.r, 0, "authority"), "us.doe");
	CHECK_STR(cell(f.r, 0, "relation"), "risk_manages");
	CHECK_STR(cell(f.r, 0, "basis"), "executive");
	CHECK_STR(cell(f.r, 1, "authority"), "us.fbi");
	teardown(&f);
}

static void function_roles_and_steps(void)
{
	fixture f;
	if (!setup(&f))
		return;
	CHECK(cm_query_function(&f.r, f.map, &f.view, "incident response", f.diags) == CM_OK);
	size_t leads = 0, supports = 0, channels = 0, steps = 0;
	for (size_t i = 0; i < cm_result_rows(f.r); i++) {
		const char *s = cell(f.r, i, "section");
		leads += strcmp(s, "leads") == 0;
		supports += strcmp(s, "supports") == 0;
		channels += strcmp(s, "channel") == 0;
		if (strncmp(s, "step ", 5) == 0)
			steps++;
	}
	CHECK(leads == 2 && supports == 2 && channels == 1 && steps == 2);
	CHECK_STR(cell(f.r, 4, "detail"), "members: us.cisa, jp.nco");
	CHECK_STR(cell(f.r, 5, "id"), "us.step.ir.1-report");
	CHECK_STR(cell(f.r, 6, "section"), "step 2");
	cm_result_free(f.r);
	f.r = NULL;
	CHECK(cm_query_function(&f.r, f.map, &f.view, "us.cisa", f.diags) == CM_EINVAL);
	teardown(&f);
}

static void counterpart_declared_first(void)
{
	fixture f;
	if (!setup(&f))
		return;
	/* the NCO, declared, leads incident response as CISA does: it covers
	 * CISA's one function, so nothing is inferred */
	CHECK(cm_query_counterpart(&f.r, f.map, &f.view, "cisa", NULL, f.diags) == CM_OK);
	CHECK(cm_result_rows(f.r) == 1);
	CHECK_STR(cell(f.r, 0, "kind"), "declared");
	CHECK_STR(cell(f.r, 0, "id"), "jp.nco");
	cm_result_free(f.r);
	/* all of them: the NPA supports incident response (score 2 + 1 for
	 * the same type) */
	cm_counterpart_options all = {.all = 1};
	CHECK(cm_query_counterpart(&f.r, f.map, &f.view, "cisa", &all, f.diags) == CM_OK);
	CHECK(cm_result_rows(f.r) == 2);
	CHECK_STR(cell(f.r, 1, "kind"), "inferred");
	CHECK_STR(cell(f.r, 1, "id"), "jp.npa");
	CHECK(strncmp(cell(f.r, 1, "detail"), "score 3", 7) == 0);
	cm_result_free(f.r);
	f.r = NULL;
	CHECK(cm_query_counterpart(&f.r, f.map, &f.view, "fn.incident-response", NULL, f.diags) == CM_EINVAL);
	teardown(&f);
}

const unit_test walk_tests[] = {
	{"path over symmetric edge", path_over_symmetric_edge},
	{"path none and via", path_none_and_via},
	{"path all shortest", path_all_shortest},
	{"reach with depth and reverse", reach_with_depth_and_reverse},
	{"notify deadlines add up", notify_deadlines_add_up},
	{"notify as of", notify_as_of},
	{"notify by incident and duty", notify_incident_and_duty},
	{"deadline units stay apart", deadline_units_stay_apart},
	{"jurisdiction lists authorities", jurisdiction_lists_authorities},
	{"function roles and steps", function_roles_and_steps},
	{"counterpart declared first", counterpart_declared_first},
	{NULL, NULL},
};
