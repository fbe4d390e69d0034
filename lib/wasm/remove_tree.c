/* remove_tree.c, for the library compiled to WebAssembly: the page writes no
 * directory, so it never removes one (raw getdents64 does not exist there). */
#include <errno.h>

#include "tempfile.h"

int cm_remove_tree(const char *path, const char *last)
{
	(void)path, (void)last;
	errno = ENOSYS;
	return -1;
}
