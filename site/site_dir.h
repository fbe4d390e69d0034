/* site_dir.h: the directory a site is written to, and how it is replaced. */
#ifndef SITE_DIR_H
#define SITE_DIR_H

#include <limits.h>
#include <sys/types.h>

#include "cybermap.h"
#include "site.h"

/* The file every site holds, by which cybermap knows a directory it may
 * replace; it is locked while its site is being built. */
#define SITE_MARKER ".cybermap-site"

typedef struct site_dir {
	char target[PATH_MAX]; /* DIR, without trailing slashes */
	char parent[PATH_MAX]; /* the directory it is in */
	char base[NAME_MAX + 1];
	char build[PATH_MAX];  /* .BASE.new-XXXXXX beside it, the site being built */
	int fd;                /* the build directory */
	int marker;            /* its marker, locked */
	int slot;              /* in the registry of temporaries */
	int existed;           /* DIR is there, to be swapped out */
	dev_t device;          /* what DIR was when it was checked */
	ino_t inode;
} site_dir;

/*
 * Checks that dir may take the site: a directory cybermap wrote (it holds
 * SITE_MARKER), an empty one, or none yet (its parent must exist); any
 * other directory only with SITE_FORCE (CM_EEXIST otherwise), and never
 * the root, a directory holding the current directory or one holding a
 * file of map.  A symbolic link is refused (name the directory itself).
 * Then sweeps what runs that died left beside it, and makes the build
 * directory.  On failure nothing has been touched.
 */
cm_status site_dir_begin(site_dir *d, const cm_map *map, const char *dir,
			 unsigned flags, cm_diags *diags);
/* Flushes the build to disk, swaps it with DIR in one step (renameat2 with
 * RENAME_EXCHANGE; two renames where the file system cannot), and removes
 * what DIR held before. */
cm_status site_dir_commit(site_dir *d, cm_diags *diags);
/* Removes the build: DIR stays as it was. */
void site_dir_abort(site_dir *d);

/* For tests: swap with two renames, as where RENAME_EXCHANGE is missing. */
extern int site_dir_no_exchange;

#endif
