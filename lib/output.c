/* output.c: writing a file whole or not at all (temporary file, then rename). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "output.h"

int cm_write_all(int fd, const void *data, size_t len)
{
	const char *at = data;
	while (len) {
		ssize_t n = write(fd, at, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return 0;
		at += n;
		len -= (size_t)n;
	}
	return 1;
}

/* Devices and pipes (/dev/stdout, /dev/full, a fifo) cannot be replaced by
 * a rename: write to them in place. */
static cm_status write_special(const char *path, const char *data, size_t len,
			       cm_diags *diags)
{
	int fd = open(path, O_WRONLY | O_TRUNC);
	int ok = fd >= 0 && cm_write_all(fd, data, len);
	int saved = errno;
	if (fd >= 0 && close(fd) != 0 && ok) {
		ok = 0;
		saved = errno;
	}
	if (!ok)
		cm_diag_add(diags, NULL, 0, 0, "cannot write '%s': %s", path, strerror(saved));
	return ok ? CM_OK : CM_EIO;
}

cm_status cm_write_file(const char *path, const char *data, size_t len,
			cm_diags *diags)
{
	struct stat st;
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		if (S_ISDIR(st.st_mode)) {
			cm_diag_add(diags, NULL, 0, 0, "cannot write '%s': it is a directory", path);
			return CM_EIO;
		}
		return write_special(path, data, len, diags);
	}
	size_t n = strlen(path) + 16;
	char *tmp = malloc(n);
	if (!tmp)
		return CM_ENOMEM;
	snprintf(tmp, n, "%s.tmpXXXXXX", path);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		cm_diag_add(diags, NULL, 0, 0, "cannot write '%s': %s", path, strerror(errno));
		free(tmp);
		return CM_EIO;
	}
	int ok = cm_write_all(fd, data, len);
	int saved = errno;
	/* mkstemp makes 0600; give the file the mode a plain create would */
	mode_t mask = umask(0);
	umask(mask);
	ok = ok && fchmod(fd, 0666 & ~mask) == 0;
	if (close(fd) != 0 && ok) {
		ok = 0;
		saved = errno;
	}
	if (ok && rename(tmp, path) != 0) {
		ok = 0;
		saved = errno;
	}
	if (!ok) {
		unlink(tmp);
		cm_diag_add(diags, NULL, 0, 0, "cannot write '%s': %s", path,
			    strerror(saved ? saved : EIO));
	}
	free(tmp);
	return ok ? CM_OK : CM_EIO;
}
