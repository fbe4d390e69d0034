/* limits.c: the default limits a load works within (cybermap.h). */
#include "cybermap.h"

void cm_limits_init(cm_limits *limits)
{
	limits->max_file_bytes = 64u << 20;
	limits->max_scalar_bytes = 1u << 20;
	limits->max_depth = 64;
	limits->max_errors = 200;
	limits->progress = NULL;
	limits->progress_arg = NULL;
	limits->cache_dir = NULL;
	limits->cache_max_bytes = 0;
	limits->keep_snapshot = 0;
}
