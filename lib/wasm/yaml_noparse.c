/* yaml_noparse.c: the library compiled to WebAssembly has no YAML parser
 * (libyaml is not there): it loads maps from snapshots (cm_map_load_snapshot,
 * or cm_map_load given one), and any YAML text it is handed is refused. */
#include "diag.h"
#include "yamltree.h"

size_t cm_yaml_pipeline_min;
unsigned long cm_yaml_pipeline_events;

cm_status cm_yaml_stream(cm_ynode **out, const char *file, const char *data, size_t len,
			 const cm_limits *limits, cm_arena *arena, cm_diags *diags,
			 cm_yitem_fn on_item, void *item_ctx, cm_yrecord *record)
{
	(void)data, (void)len, (void)limits, (void)arena, (void)on_item, (void)item_ctx, (void)record;
	*out = NULL;
	cm_diag_add(diags, file, 1, 1,
		    "this build of cybermap reads no YAML: give it the map as a snapshot");
	return CM_EINVAL;
}

cm_status cm_yaml_stream_file(cm_ynode **out, const char *file, FILE *stream, size_t len,
			      const cm_limits *limits, cm_arena *arena, cm_diags *diags,
			      cm_yitem_fn on_item, void *item_ctx, cm_yrecord *record)
{
	(void)stream;
	return cm_yaml_stream(out, file, NULL, len, limits, arena, diags, on_item, item_ctx,
			      record);
}

cm_status cm_yaml_parse(cm_ynode **out, const char *file, const char *data, size_t len,
			const cm_limits *limits, cm_arena *arena, cm_diags *diags)
{
	return cm_yaml_stream(out, file, data, len, limits, arena, diags, NULL, NULL, NULL);
}
