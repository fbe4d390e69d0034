/* test_cache.c: the parse cache cannot crash a run, fail a load or grow
 * without bound, and temporaries are told apart from abandoned ones. */
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache.h"
#include "graph.h"
#include "harness.h"
#include "strbuf.h"
#include "tempfile.h"
#include "yamltree.h"

/* A scratch directory holding a copy of the fixture map (map/) and an
 * empty cache (cache/). */
typedef struct scratch {
	char root[SCRATCH_SIZE], map[128], cache[128];
} scratch;

static int copy_file(const char *from, const char *to)
{
	FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
	char buf[4096];
	size_t n;
	int ok = in && out;
	while (ok && (n = fread(buf, 1, sizeof buf, in)) > 0)
		ok = fwrite(buf, 1, n, out) == n;
	if (in)
		fclose(in);
	if (out && fclose(out) != 0)
		ok = 0;
	return ok;
}

static int scratch_begin(scratch *s)
{
	if (!scratch_dir(s->root))
		return 0;
	snprintf(s->map, sizeof s->map, "%s/map", s->root);
	snprintf(s->cache, sizeof s->cache, "%s/cache", s->root);
	char to[160];
	if (mkdir(s->map, 0700) != 0)
		return 0;
	snprintf(to, sizeof to, "%s/schema.yaml", s->map);
	if (!copy_file("tests/fixtures/mini/schema.yaml", to))
		return 0;
	snprintf(to, sizeof to, "%s/mini.yaml", s->map);
	return copy_file("tests/fixtures/mini/mini.yaml", to);
}

static void scratch_end(scratch *s)
{
	CHECK(cm_remove_tree(s->root, NULL) == 0);
}

static cm_map *load(const scratch *s, size_t max_bytes, cm_diags *diags)
{
	cm_limits limits;
	cm_limits_init(&limits);
	limits.cache_dir = s->cache;
	limits.cache_max_bytes = max_bytes;
	const char *paths[] = {s->map};
	cm_map *map = NULL;
	cm_map_load(&map, paths, 1, &limits, diags);
	return map;
}

/* Each entry in the cache, by a callback with its path. */
static size_t each_entry(const scratch *s, void (*fn)(const char *path, off_t size))
{
	DIR *d = opendir(s->cache);
	size_t n = 0;
	for (struct dirent *e; d && (e = readdir(d));) {
		size_t len = strlen(e->d_name);
		if (len < 7 || strcmp(e->d_name + len - 7, ".events") != 0)
			continue;
		char path[256];
		struct stat st;
		snprintf(path, sizeof path, "%s/%s", s->cache, e->d_name);
		if (stat(path, &st) == 0 && fn)
			fn(path, st.st_size);
		n++;
	}
	if (d)
		closedir(d);
	return n;
}

static void cut_to_nothing(const char *path, off_t size)
{
	(void)size;
	CHECK(truncate(path, 0) == 0);
}

static off_t total_bytes;
static void add_size(const char *path, off_t size)
{
	(void)path;
	total_bytes += size;
}

/* A map loaded from the cache keeps its texts in the entries' bytes; an
 * entry cut short meanwhile (by another run, by hand) must not take them
 * away: with the entry mapped, reading a name gave SIGBUS. */
static void entries_cut_short_during_a_run_are_harmless(void)
{
	scratch s;
	cm_diags *diags;
	cm_diags_new(&diags);
	CHECK(scratch_begin(&s));
	cm_map_free(load(&s, 0, diags)); /* writes the entries */
	cm_map *map = load(&s, 0, diags); /* replays them */
	CHECK(map != NULL && cm_diags_count(diags) == 0);
	CHECK(each_entry(&s, cut_to_nothing) == 2);
	size_t letters = 0;
	for (size_t i = 0; map && i < map->nodes.count; i++)
		letters += strlen(((const cm_node *)map->nodes.items[i])->name);
	CHECK(letters > 100);
	cm_map_free(map);
	map = load(&s, 0, diags); /* and the next run parses over them */
	CHECK(map != NULL && cm_diags_count(diags) == 0);
	cm_map_free(map);
	scratch_end(&s);
	cm_diags_free(diags);
}

static void gather(void *buf, const char *data, size_t len)
{
	cm_strbuf_add(buf, data, len);
}

/* An entry with a valid checksum that the parser could not have written
 * (invalid UTF-8 in a name): the file is parsed over, the answer is the
 * parser's, and the entry is written anew, so no later run fails. */
static void a_crafted_entry_is_parsed_over_and_rewritten(void)
{
	scratch s;
	cm_diags *diags;
	cm_diags_new(&diags);
	CHECK(scratch_begin(&s));
	char path[160];
	snprintf(path, sizeof path, "%s/mini.yaml", s.map);
	FILE *f = fopen(path, "rb");
	char text[65536];
	size_t len = f ? fread(text, 1, sizeof text, f) : 0;
	if (f)
		fclose(f);
	cm_limits limits;
	cm_limits_init(&limits);
	cm_arena arena;
	cm_arena_init(&arena);
	cm_ynode *root;
	cm_yrecord record = {{NULL, 0, 0, 0}, gather, NULL};
	cm_strbuf events;
	cm_strbuf_init(&events);
	record.ctx = &events;
	CHECK(len > 0 && cm_yaml_stream(&root, path, text, len, &limits, &arena, diags, NULL, NULL,
					&record) == CM_OK);
	cm_strbuf_release(&record.buf);
	cm_arena_release(&arena);
	char *name = NULL; /* the record holds NULs: search it by hand */
	for (size_t i = 0; events.data && i + 32 <= events.len && !name; i++)
		if (memcmp(events.data + i, "Cybersecurity and Infrastructure", 32) == 0)
			name = events.data + i;
	CHECK(name != NULL);
	if (name)
		name[0] = (char)0xff;
	struct stat st;
	CHECK(stat(path, &st) == 0);
	cm_cache_writer *w = cm_cache_begin(s.cache, path, &st, 0);
	CHECK(w != NULL);
	cm_cache_write(w, events.data, events.len);
	cm_cache_end(w, 1);
	for (int run = 0; run < 2; run++) {
		cm_map *map = load(&s, 0, diags);
		CHECK(map && cm_diags_count(diags) == 0);
		const cm_node *cisa = map ? cm_map_node(map, "us.cisa") : NULL;
		CHECK(cisa && strcmp(cisa->name, "Cybersecurity and Infrastructure Security Agency") == 0);
		cm_map_free(map);
	}
	/* the entry is the parser's now: replayed, it holds the right name */
	cm_cache_entry entry;
	const char *found;
	CHECK(cm_cache_find(&found, s.cache, path, &st, &entry, diags) == CM_OK && found);
	int whole = 0;
	for (size_t i = 0; found && i + 32 <= entry.record_len && !whole; i++)
		whole = memcmp(found + i, "Cybersecurity and Infrastructure", 32) == 0;
	CHECK(whole);
	cm_cache_done(&entry);
	cm_strbuf_release(&events);
	scratch_end(&s);
	cm_diags_free(diags);
}

/* The cache keeps no more bytes than its budget, the oldest going first. */
static void the_cache_keeps_to_its_byte_budget(void)
{
	scratch s;
	cm_diags *diags;
	cm_diags_new(&diags);
	CHECK(scratch_begin(&s));
	cm_map_free(load(&s, 0, diags));
	total_bytes = 0;
	CHECK(each_entry(&s, add_size) == 2);
	off_t both = total_bytes;
	CHECK(cm_remove_tree(s.cache, NULL) == 0);
	cm_map_free(load(&s, (size_t)both - 1, diags)); /* room for one entry only */
	total_bytes = 0;
	CHECK(each_entry(&s, add_size) == 1 && total_bytes < both);
	CHECK(cm_diags_count(diags) == 0);
	scratch_end(&s);
	cm_diags_free(diags);
}

/* A temporary whose writer holds its lock is left alone; one whose writer
 * has gone is taken. */
static void abandoned_temporaries_are_told_apart(void)
{
	scratch s;
	CHECK(scratch_begin(&s));
	char path[160];
	snprintf(path, sizeof path, "%s/t.tmp", s.root);
	int writer = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	CHECK(writer >= 0 && cm_temp_lock(writer) == 0);
	int dir = open(s.root, O_RDONLY | O_DIRECTORY);
	CHECK(cm_temp_abandoned(dir, "t.tmp") < 0);
	close(writer);
	int lock = cm_temp_abandoned(dir, "t.tmp");
	CHECK(lock >= 0);
	if (lock >= 0)
		close(lock);
	close(dir);
	scratch_end(&s);
}

/* A tree is removed whole, its marker last, and a link in it is removed,
 * never followed. */
static void trees_are_removed_without_following_links(void)
{
	scratch s;
	CHECK(scratch_begin(&s));
	char path[200], outside[200];
	snprintf(path, sizeof path, "%s/tree/a/b/c", s.root);
	snprintf(outside, sizeof outside, "%s/map", s.root);
	for (char *slash = strchr(path + strlen(s.root) + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		CHECK(mkdir(path, 0700) == 0);
		*slash = '/';
	}
	CHECK(mkdir(path, 0700) == 0);
	snprintf(path, sizeof path, "%s/tree/a/link", s.root);
	CHECK(symlink(outside, path) == 0);
	snprintf(path, sizeof path, "%s/tree/mark", s.root);
	FILE *f = fopen(path, "w");
	CHECK(f && fclose(f) == 0);
	snprintf(path, sizeof path, "%s/tree", s.root);
	CHECK(cm_remove_tree(path, "mark") == 0);
	struct stat st;
	CHECK(lstat(path, &st) != 0);
	snprintf(path, sizeof path, "%s/map/mini.yaml", s.root);
	CHECK(stat(path, &st) == 0); /* the link's target is untouched */
	scratch_end(&s);
}



/* ---- snapshots ---- */

static char *fixture_snapshot(size_t *len)
{
	const char *paths[] = {"tests/fixtures/mini"};
	cm_diags *diags;
	char *data = NULL;
	CHECK(cm_diags_new(&diags) == CM_OK);
	CHECK(cm_map_snapshot(paths, 1, NULL, &data, len, diags) == CM_OK);
	cm_diags_free(diags);
	return data;
}

static cm_status load_snapshot(const char *data, size_t len, cm_map **map, size_t *ndiags)
{
	cm_diags *diags;
	if (cm_diags_new(&diags) != CM_OK)
		return CM_ENOMEM;
	cm_status st = cm_map_load_snapshot(map, data, len, "snap", NULL, diags);
	*ndiags = cm_diags_count(diags);
	cm_diags_free(diags);
	return st;
}

static void a_snapshot_loads_the_same_map(void)
{
	size_t len = 0, ndiags;
	char *data = fixture_snapshot(&len);
	cm_map *from_yaml = load_fixture(), *from_snapshot = NULL;
	CHECK(data && from_yaml);
	CHECK(load_snapshot(data, len, &from_snapshot, &ndiags) == CM_OK);
	free(data); /* copied by the load: the map must not need it */
	CHECK(from_snapshot && cm_map_node_count(from_snapshot) == cm_map_node_count(from_yaml));
	CHECK(from_snapshot && cm_map_edge_count(from_snapshot) == cm_map_edge_count(from_yaml));
	for (size_t i = 0; from_snapshot && i < cm_map_node_count(from_yaml); i++) {
		const cm_node *a = cm_map_node_at(from_yaml, i), *b = cm_map_node_at(from_snapshot, i);
		CHECK_STR(cm_node_id(a), cm_node_id(b));
		CHECK_STR(cm_node_name(a), cm_node_name(b));
	}
	cm_map_free(from_yaml);
	cm_map_free(from_snapshot);
}

/* A map loaded keeping its snapshot gives the one cm_map_snapshot makes;
 * one loaded without it has none. */
static void a_map_keeps_its_snapshot_when_asked(void)
{
	size_t len = 0, kept_len = 0;
	char *data = fixture_snapshot(&len);
	const char *paths[] = {"tests/fixtures/mini"}, *kept = NULL;
	cm_limits limits;
	cm_limits_init(&limits);
	cm_diags *diags;
	CHECK(cm_diags_new(&diags) == CM_OK);
	cm_map *plain = NULL, *keeping = NULL;
	CHECK(cm_map_load(&plain, paths, 1, &limits, diags) == CM_OK);
	CHECK(plain && cm_map_snapshot_of(plain, &kept, &kept_len) == CM_NOTFOUND && !kept);
	limits.keep_snapshot = 1;
	CHECK(cm_map_load(&keeping, paths, 1, &limits, diags) == CM_OK);
	CHECK(keeping && cm_map_snapshot_of(keeping, &kept, &kept_len) == CM_OK);
	CHECK(data && kept && kept_len == len && memcmp(kept, data, len) == 0);
	cm_map_free(plain);
	cm_map_free(keeping);
	cm_diags_free(diags);
	free(data);
}

static void a_damaged_snapshot_is_refused(void)
{
	size_t len = 0, ndiags;
	char *data = fixture_snapshot(&len);
	CHECK(data && len > 100);
	cm_map *map = NULL;
	/* cut short anywhere, or one byte changed: refused, never loaded */
	for (size_t cut = 0; data && cut < len; cut += 1 + cut / 8) {
		CHECK(load_snapshot(data, cut, &map, &ndiags) == CM_EINVAL && !map && ndiags > 0);
	}
	for (size_t at = 0; data && at < len; at += 1 + at / 4) {
		data[at] ^= 0x20;
		CHECK(load_snapshot(data, len, &map, &ndiags) != CM_OK && !map);
		data[at] ^= 0x20;
	}
	free(data);
}

const unit_test cache_tests[] = {
	{"entries cut short during a run are harmless", entries_cut_short_during_a_run_are_harmless},
	{"a crafted entry is parsed over and rewritten", a_crafted_entry_is_parsed_over_and_rewritten},
	{"the cache keeps to its byte budget", the_cache_keeps_to_its_byte_budget},
	{"abandoned temporaries are told apart", abandoned_temporaries_are_told_apart},
	{"trees are removed without following links", trees_are_removed_without_following_links},
	{"a snapshot loads the same map", a_snapshot_loads_the_same_map},
	{"a damaged snapshot is refused", a_damaged_snapshot_is_refused},
	{"a map keeps its snapshot when asked", a_map_keeps_its_snapshot_when_asked},
	{NULL, NULL},
};
