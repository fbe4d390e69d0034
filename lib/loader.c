/*
 * loader.c: reads the map's files (schema first) into a cm_map.
 *
 * Each file is parsed into a throw-away YAML tree, then walked once: nodes
 * are created and indexed by id as they are met, edges wait in a pending
 * list until every file is read, and validate.c resolves and checks them.
 * Every problem is reported; loading goes on after one so that `check`
 * shows them all.
 */
#include "loader.h"
#include "snapshot.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache.h"
#include "date.h"
#include "diag.h"
#include "strbuf.h"
#include "suggest.h"
#include "yamltree.h"

static const char *const node_builtins[] = {"id", "type", "name", "since", "until"};
static const char *const edge_builtins[] = {"from", "to", "type", "since", "until"};
#define NBUILTINS 5

int cm_loader_full(const cm_loader *ld)
{
	return cm_diags_count(ld->diags) >= ld->limits->max_errors;
}

static void problem(cm_loader *ld, const cm_ynode *at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

void cm_loader_vproblem(cm_loader *ld, const char *file, unsigned line, unsigned column,
			const char *fmt, va_list ap)
{
	ld->failed = 1;
	if (cm_loader_full(ld))
		return;
	char message[1024];
	vsnprintf(message, sizeof message, fmt, ap);
	cm_diag_add(ld->diags, file, line, column, "%s", message);
}

void cm_loader_problem(cm_loader *ld, const char *file, unsigned line, unsigned column,
		       const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	cm_loader_vproblem(ld, file, line, column, fmt, ap);
	va_end(ap);
}

/* A problem at a place in the file being read (at NULL: its start). */
static void problem(cm_loader *ld, const cm_ynode *at, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	cm_loader_vproblem(ld, ld->file, at ? at->line : 1, at ? at->column : 1, fmt, ap);
	va_end(ap);
}

static void out_of_memory(cm_loader *ld)
{
	ld->failed = 1;
	cm_diag_add(ld->diags, NULL, 0, 0, "out of memory");
}

/* ---- reading files ---- */

static void cannot_read(cm_loader *ld, const char *path, int error)
{
	if (error)
		cm_diag_add(ld->diags, NULL, 0, 0, "cannot read '%s': %s", path, strerror(error));
	else
		cm_diag_add(ld->diags, NULL, 0, 0, "cannot read '%s'", path);
	ld->failed = 1;
}

static const char *file_kind(mode_t mode)
{
	return S_ISDIR(mode) ? "a directory" : S_ISCHR(mode) ? "a character device"
	       : S_ISBLK(mode) ? "a block device" : S_ISFIFO(mode) ? "a named pipe"
	       : S_ISSOCK(mode) ? "a socket" : "not a regular file";
}

/* The file opened, with its status, if it may be read at all: only a
 * regular file, since a device or a pipe has no size to check against the
 * limit (/dev/zero never ends) and a pipe would wait for a writer.  It is
 * opened without waiting for one, and whatever it is, checked before a
 * byte is read. */
static FILE *open_file(cm_loader *ld, const char *path, struct stat *st)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0 || fstat(fd, st) != 0) {
		cannot_read(ld, path, errno);
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	if (!S_ISREG(st->st_mode)) {
		cm_diag_add(ld->diags, NULL, 0, 0, "cannot read '%s': it is %s, not a regular file",
			    path, file_kind(st->st_mode));
		close(fd);
		ld->failed = 1;
		return NULL;
	}
	if ((size_t)st->st_size > ld->limits->max_file_bytes) {
		cm_diag_add(ld->diags, path, 1, 1,
			    "file is %lld bytes, over the limit of %zu bytes",
			    (long long)st->st_size, ld->limits->max_file_bytes);
		close(fd);
		ld->failed = 1;
		return NULL;
	}
	FILE *f = fdopen(fd, "rb");
	if (!f) {
		cannot_read(ld, path, errno);
		close(fd);
	}
	return f;
}

static int has_yaml_suffix(const char *name)
{
	size_t n = strlen(name);
	return n > 5 && strcmp(name + n - 5, ".yaml") == 0 && name[0] != '.';
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int add_directory(cm_loader *ld, const char *dir, cm_vec *files)
{
	DIR *d = opendir(dir);
	if (!d) {
		cm_diag_add(ld->diags, NULL, 0, 0, "cannot read '%s': %s", dir,
			    strerror(errno));
		return 0;
	}
	size_t first = files->count;
	struct dirent *entry;
	while ((entry = readdir(d))) {
		if (!has_yaml_suffix(entry->d_name))
			continue;
		size_t n = strlen(dir) + strlen(entry->d_name) + 2;
		char *path = cm_arena_alloc(&ld->map->arena, n);
		if (!path || !cm_vec_push(files, path)) {
			closedir(d);
			out_of_memory(ld);
			return 0;
		}
		snprintf(path, n, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/",
			 entry->d_name);
	}
	closedir(d);
	if (files->count - first > 1)
		qsort(files->items + first, files->count - first, sizeof(void *), compare_names);
	return 1;
}

static int collect_files(cm_loader *ld, const char *const *paths, size_t n,
			 cm_vec *files)
{
	for (size_t i = 0; i < n; i++) {
		struct stat st;
		if (stat(paths[i], &st) != 0) {
			cm_diag_add(ld->diags, NULL, 0, 0, "cannot read '%s': %s",
				    paths[i], strerror(errno));
			return 0;
		}
		if (S_ISDIR(st.st_mode)) {
			if (!add_directory(ld, paths[i], files))
				return 0;
		} else {
			char *copy = cm_arena_strdup(&ld->map->arena, paths[i]);
			if (!copy || !cm_vec_push(files, copy)) {
				out_of_memory(ld);
				return 0;
			}
		}
	}
	return 1;
}

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

/* Moves the one schema.yaml to the front; reports none or several. */
static int schema_first(cm_loader *ld, cm_vec *files)
{
	size_t found = files->count;
	for (size_t i = 0; i < files->count; i++) {
		if (strcmp(base_name(files->items[i]), "schema.yaml") != 0)
			continue;
		if (found != files->count) {
			cm_diag_add(ld->diags, NULL, 0, 0,
				    "two schema files: '%s' and '%s'; give one",
				    (char *)files->items[found], (char *)files->items[i]);
			return 0;
		}
		found = i;
	}
	if (found == files->count) {
		cm_diag_add(ld->diags, NULL, 0, 0,
			    "no schema.yaml among the data paths; give the map's directory or its schema.yaml with -d");
		return 0;
	}
	void *schema = files->items[found];
	memmove(files->items + 1, files->items, found * sizeof(void *));
	files->items[0] = schema;
	return 1;
}

/* ---- values ---- */

static const char *scalar(cm_loader *ld, const cm_ynode *node, const char *key)
{
	if (node->kind != CM_Y_SCALAR) {
		problem(ld, node, "'%s' must be a single value, not a %s", key,
			node->kind == CM_Y_SEQUENCE ? "list" : "mapping");
		return NULL;
	}
	if (node->len == 0 && !node->quoted) {
		problem(ld, node, "'%s' has no value", key);
		return NULL;
	}
	return node->text;
}

static int parse_date_as(cm_loader *ld, const cm_ynode *node, const char *key, int *out,
			 cm_date_precision *precision)
{
	const char *text = scalar(ld, node, key);
	if (!text)
		return 0;
	if (strcmp(key, "since") == 0 && strcmp(text, "pending") == 0) {
		*out = CM_DATE_PENDING;
		return 1;
	}
	if (cm_date_parse_partial(out, precision, text) != CM_OK) {
		char q[80];
		problem(ld, node, "bad date '%s' for '%s': not a calendar date YYYY-MM-DD (or YYYY-MM, YYYY)",
			cm_diag_quote(q, sizeof q, text), key);
		return 0;
	}
	return 1;
}

static int parse_date(cm_loader *ld, const cm_ynode *node, const char *key, int *out)
{
	cm_date_precision ignored;
	return parse_date_as(ld, node, key, out, &ignored);
}

static int is_url(const char *text)
{
	if (strncmp(text, "https://", 8) != 0 && strncmp(text, "http://", 7) != 0)
		return 0;
	for (const char *p = text; *p; p++)
		if ((unsigned char)*p <= ' ')
			return 0;
	return strlen(text) > 8;
}

/* "unknown WHAT 'WORD' (did you mean ...?)" at a node of the file, among
 * the names of n entries (see cm_suggest_offer_each). */
static void unknown_word(cm_loader *ld, const cm_ynode *at, const char *what, const char *word,
			 const void *entries, size_t n, size_t stride, size_t offset)
{
	cm_suggest sg;
	char message[256];
	cm_suggest_init(&sg, word);
	cm_suggest_offer_each(&sg, entries, n, stride, offset);
	problem(ld, at, "%s", cm_suggest_message(message, sizeof message, what, &sg));
}

static int check_enum(cm_loader *ld, const cm_ynode *node, const cm_attr_def *def,
		      const char *text)
{
	for (size_t i = 0; i < def->nvalues; i++)
		if (strcmp(def->values[i], text) == 0)
			return 1;
	unknown_word(ld, node, def->name, text, def->values, def->nvalues, sizeof(*def->values), 0);
	return 0;
}

/* A term of the attribute's vocabulary. */
static int check_term(cm_loader *ld, const cm_ynode *node, const cm_attr_def *def,
		      const char *text)
{
	const cm_vocabulary *v = def->vocabulary;
	if (cm_vocabulary_term(v, text))
		return 1;
	unknown_word(ld, node, def->name, text, v ? v->terms : NULL, v ? v->nterms : 0,
		     CM_SUGGEST_FIELDS(cm_term, id));
	return 0;
}

static int check_within(cm_loader *ld, const cm_ynode *node, const cm_attr_def *def,
			const char *text)
{
	cm_within w;
	char q[80];
	if (cm_within_parse(&w, text) != CM_OK) {
		problem(ld, node,
			"bad deadline '%s' for '%s': write a whole number and a unit (m, h, d, w, bd) as in 72h, a range as in 3-5d, or a term as in 'promptly'",
			cm_diag_quote(q, sizeof q, text), def->name);
		return 0;
	}
	if (!w.term[0])
		return 1;
	if (def->vocabulary && cm_vocabulary_term(def->vocabulary, w.term))
		return 1;
	const cm_vocabulary *v = def->vocabulary;
	unknown_word(ld, node, def->name, w.term, v ? v->terms : NULL, v ? v->nterms : 0,
		     CM_SUGGEST_FIELDS(cm_term, id));
	return 0;
}

static int check_scalar_kind(cm_loader *ld, const cm_ynode *node,
			     const cm_attr_def *def, const char *text)
{
	char q[80];
	switch (def->kind) {
	case CM_KIND_STRING:
		if (strchr(text, '\n')) {
			problem(ld, node, "'%s' must be a single line", def->name);
			return 0;
		}
		return 1;
	case CM_KIND_DATE: {
		int day;
		return parse_date(ld, node, def->name, &day);
	}
	case CM_KIND_DURATION:
		return check_within(ld, node, def, text);
	case CM_KIND_URL:
	case CM_KIND_URLS:
		if (is_url(text))
			return 1;
		problem(ld, node, "'%s' is not an http or https address",
			cm_diag_quote(q, sizeof q, text));
		return 0;
	case CM_KIND_ENUM:
		return check_enum(ld, node, def, text);
	case CM_KIND_TERMS:
		return check_term(ld, node, def, text);
	default:
		return 1;
	}
}

static int is_list_kind(cm_attr_kind kind)
{
	return kind == CM_KIND_LIST || kind == CM_KIND_URLS || kind == CM_KIND_TERMS;
}

static int defer_ref(cm_loader *ld, const cm_ynode *node, const cm_attr_def *def,
		     const char *id)
{
	cm_pending_ref *ref = cm_arena_alloc(&ld->map->arena, sizeof(*ref));
	if (!ref || !cm_vec_push(&ld->pending_refs, ref))
		return 0;
	ref->id = id;
	ref->def = def;
	ref->file = ld->file;
	ref->line = node->line;
	ref->column = node->column;
	return 1;
}

/* A scalar's text for the map to keep: where it lies when that outlives the
 * map (a cache entry the map holds), else a copy. */
static const char *keep_text(cm_loader *ld, const cm_ynode *node)
{
	return ld->texts_stay ? node->text : cm_arena_strndup(&ld->map->arena, node->text, node->len);
}

/* Fills attr from node according to def; returns 0 on a problem. */
static int parse_attr(cm_loader *ld, const cm_ynode *node, const cm_attr_def *def,
		      cm_attr *attr)
{
	cm_arena *arena = &ld->map->arena;
	*attr = (cm_attr){def, NULL, NULL, 0};
	if (!is_list_kind(def->kind)) {
		const char *text = scalar(ld, node, def->name);
		if (!text || !check_scalar_kind(ld, node, def, text))
			return 0;
		attr->text = def->kind == CM_KIND_REF || def->kind == CM_KIND_ENUM
				     ? cm_intern(&ld->map->strings, text)
				     : keep_text(ld, node);
		if (def->kind == CM_KIND_REF)
			return attr->text && defer_ref(ld, node, def, attr->text);
		return attr->text != NULL;
	}
	size_t n = node->kind == CM_Y_SEQUENCE ? node->count : 1;
	if (node->kind == CM_Y_MAPPING) {
		problem(ld, node, "'%s' must be a list", def->name);
		return 0;
	}
	attr->items = cm_arena_calloc(arena, n + 1, sizeof(*attr->items));
	if (!attr->items)
		return 0;
	for (size_t i = 0; i < n; i++) {
		const cm_ynode *item = node->kind == CM_Y_SEQUENCE ? node->items[i] : node;
		const char *text = scalar(ld, item, def->name);
		if (!text || !check_scalar_kind(ld, item, def, text))
			return 0;
		attr->items[attr->nitems++] = def->kind == CM_KIND_TERMS
						      ? cm_intern(&ld->map->strings, text)
						      : keep_text(ld, item);
		if (!attr->items[attr->nitems - 1])
			return 0;
	}
	return 1;
}

/* ---- ids ---- */

static int valid_id(const char *id)
{
	int after_separator = 1;
	for (const char *p = id; *p; p++) {
		int word = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-';
		if (*p == '.' && !after_separator) {
			after_separator = 1;
		} else if (word) {
			after_separator = 0;
		} else {
			return 0;
		}
	}
	return !after_separator;
}

static const char *parse_id(cm_loader *ld, const cm_ynode *node, const char *key)
{
	const char *text = scalar(ld, node, key);
	if (!text)
		return NULL;
	if (strlen(text) > CM_ID_MAX) {
		char q[80];
		problem(ld, node, "id '%s' is %zu bytes long, over the limit of %d bytes",
			cm_diag_quote(q, sizeof q, text), strlen(text), CM_ID_MAX);
		return NULL;
	}
	if (!valid_id(text)) {
		char q[80];
		problem(ld, node,
			"'%s' is not a valid id: lowercase letters, digits and '-', with '.' between parts",
			cm_diag_quote(q, sizeof q, text));
		return NULL;
	}
	return cm_intern(&ld->map->strings, text);
}

/* ---- attributes ---- */

/* Room for n attributes while an element is read, reused element after
 * element, so the map keeps only as many as were given (attrs_keep). */
static cm_attr *attrs_scratch(cm_loader *ld, size_t n)
{
	if (n + 1 > ld->attrs_cap) {
		size_t cap = (n + 1) * 2;
		cm_attr *bigger = realloc(ld->attrs, cap * sizeof(*bigger));
		if (!bigger)
			return NULL;
		ld->attrs = bigger;
		ld->attrs_cap = cap;
	}
	return ld->attrs;
}

/* The map's own copy of n attributes read into the scratch (NULL if none). */
static cm_attr *attrs_keep(cm_loader *ld, const cm_attr *attrs, size_t n)
{
	cm_attr *kept = n ? cm_arena_alloc(&ld->map->arena, n * sizeof(*kept)) : NULL;
	if (kept)
		memcpy(kept, attrs, n * sizeof(*kept));
	else if (n)
		out_of_memory(ld);
	return kept;
}

/* ---- edges ---- */

static cm_pending_edge *new_pending_edge(cm_loader *ld, const cm_ynode *at)
{
	if (ld->npending_edges == ld->pending_edges_cap) {
		size_t cap = ld->pending_edges_cap ? 2 * ld->pending_edges_cap : 1024;
		cm_pending_edge *bigger = realloc(ld->pending_edges, cap * sizeof(*bigger));
		if (!bigger) {
			out_of_memory(ld);
			return NULL;
		}
		ld->pending_edges = bigger;
		ld->pending_edges_cap = cap;
	}
	cm_edge *edge = cm_arena_calloc(&ld->map->arena, 1, sizeof(*edge));
	if (!edge) {
		out_of_memory(ld);
		return NULL;
	}
	edge->since = CM_DATE_MIN;
	edge->until = CM_DATE_MAX;
	edge->file = ld->file;
	edge->line = at->line;
	edge->column = at->column;
	cm_pending_edge *e = &ld->pending_edges[ld->npending_edges++];
	*e = (cm_pending_edge){edge, NULL, NULL, at->line, at->column, at->line, at->column};
	return e;
}

static void inline_edges(cm_loader *ld, const char *from, const cm_edge_type *type,
			 const cm_ynode *value)
{
	size_t n = value->kind == CM_Y_SEQUENCE ? value->count : 1;
	if (value->kind == CM_Y_MAPPING) {
		problem(ld, value, "'%s' takes an id or a list of ids", type->name);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		const cm_ynode *item = value->kind == CM_Y_SEQUENCE ? value->items[i] : value;
		const char *to = parse_id(ld, item, type->name);
		cm_pending_edge *e = to ? new_pending_edge(ld, item) : NULL;
		if (!e)
			continue;
		e->from = from;
		e->to = to;
		e->edge->type = type;
	}
}

static void unknown_key(cm_loader *ld, const cm_ynode *key_node,
			const char *const *builtins, const cm_attr_def *defs,
			size_t ndefs, int offer_edge_types)
{
	const cm_schema *s = &ld->map->schema;
	cm_suggest sg;
	cm_suggest_init(&sg, key_node->text);
	cm_suggest_offer_each(&sg, builtins, NBUILTINS, sizeof(*builtins), 0);
	cm_suggest_offer_each(&sg, defs, ndefs, CM_SUGGEST_FIELDS(cm_attr_def, name));
	cm_suggest_offer_each(&sg, s->edge_types, offer_edge_types ? s->nedge_types : 0,
			      CM_SUGGEST_FIELDS(cm_edge_type, name));
	char message[256];
	problem(ld, key_node, "%s", cm_suggest_message(message, sizeof message, "key", &sg));
}

static void unknown_type(cm_loader *ld, const cm_ynode *at, const char *what,
			 const char *name, int edge)
{
	const cm_schema *s = &ld->map->schema;
	if (edge)
		unknown_word(ld, at, what, name, s->edge_types, s->nedge_types,
			     CM_SUGGEST_FIELDS(cm_edge_type, name));
	else
		unknown_word(ld, at, what, name, s->node_types, s->nnode_types,
			     CM_SUGGEST_FIELDS(cm_node_type, name));
}

static int check_period(cm_loader *ld, const cm_ynode *at, int since, int until)
{
	if (since < until)
		return 1;
	problem(ld, at, "'until' must come after 'since'");
	return 0;
}

/* since/until, or an attribute declared in defs; 0 if key is neither. */
static int common_key(cm_loader *ld, const char *key, const cm_ynode *value,
		      const cm_attr_def *defs, size_t ndefs, int *since, int *until,
		      unsigned char *precision, cm_attr *attrs, size_t *nattrs)
{
	cm_date_precision p = CM_DATE_DAY;
	if (strcmp(key, "since") == 0) {
		parse_date_as(ld, value, key, since, &p);
		*precision = (unsigned char)((*precision & ~3u) | p);
		return 1;
	}
	if (strcmp(key, "until") == 0) {
		parse_date_as(ld, value, key, until, &p);
		*precision = (unsigned char)((*precision & ~12u) | (p << 2));
		return 1;
	}
	const char *name = cm_intern_find(&ld->map->strings, key);
	for (size_t i = 0; name && i < ndefs; i++)
		if (defs[i].name == name) {
			if (parse_attr(ld, value, &defs[i], &attrs[*nattrs]))
				(*nattrs)++;
			return 1;
		}
	return 0;
}

static void load_edge(cm_loader *ld, const cm_ynode *item)
{
	const cm_schema *s = &ld->map->schema;
	if (item->kind != CM_Y_MAPPING) {
		problem(ld, item, "each edge must be a mapping with from, to and type");
		return;
	}
	const cm_ynode *from = cm_ymap_get(item, "from"), *to = cm_ymap_get(item, "to"),
		       *type = cm_ymap_get(item, "type");
	if (!from || !to || !type) {
		problem(ld, item, "edge needs '%s'", !from ? "from" : !to ? "to" : "type");
		return;
	}
	const char *from_id = parse_id(ld, from, "from"), *to_id = parse_id(ld, to, "to");
	const char *type_name = scalar(ld, type, "type");
	const cm_edge_type *et = NULL;
	if (type_name) {
		const char *interned = cm_intern_find(&ld->map->strings, type_name);
		et = interned ? cm_schema_edge_type(s, interned) : NULL;
		if (!et)
			unknown_type(ld, type, "edge type", type_name, 1);
	}
	cm_attr *attrs = attrs_scratch(ld, item->count / 2);
	size_t nattrs = 0;
	int since = CM_DATE_MIN, until = CM_DATE_MAX;
	unsigned char precision = 0;
	for (size_t i = 0; attrs && i + 1 < item->count; i += 2) {
		const char *key = item->items[i]->text;
		if (strcmp(key, "from") == 0 || strcmp(key, "to") == 0 || strcmp(key, "type") == 0)
			continue;
		if (!common_key(ld, key, item->items[i + 1], s->edge_attrs, s->nedge_attrs,
				&since, &until, &precision, attrs, &nattrs))
			unknown_key(ld, item->items[i], edge_builtins, s->edge_attrs,
				    s->nedge_attrs, 0);
	}
	if (!from_id || !to_id || !et || !check_period(ld, item, since, until))
		return;
	cm_pending_edge *e = new_pending_edge(ld, item);
	if (!e)
		return;
	e->from = from_id;
	e->to = to_id;
	e->edge->type = et;
	e->edge->since = since;
	e->edge->until = until;
	e->edge->precision = precision;
	e->edge->attrs = attrs_keep(ld, attrs, nattrs);
	e->edge->nattrs = e->edge->attrs ? nattrs : 0; /* out of memory: reported */
	e->from_line = from->line;
	e->from_column = from->column;
	e->to_line = to->line;
	e->to_column = to->column;
	cm_resolve_early(ld, ld->npending_edges - 1);
}

/* ---- nodes ---- */

static int register_node(cm_loader *ld, cm_node *node, const cm_ynode *at)
{
	cm_map *map = ld->map;
	void **slot = cm_intern_value(node->id);
	const cm_node *first = *slot;
	if (first) {
		problem(ld, at, "duplicate id '%s' (first defined at %s:%u:%u)", node->id,
			first->file, first->line, first->column);
		return 0;
	}
	node->index = map->nodes.count;
	if (!cm_vec_push(&map->nodes, node)) {
		out_of_memory(ld);
		return 0;
	}
	*slot = node;
	return 1;
}

static void node_key(cm_loader *ld, cm_node *node, const cm_ynode *key_node,
		     const cm_ynode *value)
{
	const cm_schema *s = &ld->map->schema;
	const char *key = key_node->text;
	if (strcmp(key, "id") == 0 || strcmp(key, "type") == 0 || strcmp(key, "name") == 0)
		return;
	if (common_key(ld, key, value, s->node_attrs, s->nnode_attrs, &node->since,
		       &node->until, &node->precision, node->attrs, &node->nattrs))
		return;
	const char *name = cm_intern_find(&ld->map->strings, key);
	const cm_edge_type *et = name ? cm_schema_edge_type(s, name) : NULL;
	if (et)
		inline_edges(ld, node->id, et, value);
	else
		unknown_key(ld, key_node, node_builtins, s->node_attrs, s->nnode_attrs, 1);
}

static void load_node(cm_loader *ld, const cm_ynode *item)
{
	const cm_schema *s = &ld->map->schema;
	if (item->kind != CM_Y_MAPPING) {
		problem(ld, item, "each node must be a mapping with id, type and name");
		return;
	}
	const cm_ynode *id = cm_ymap_get(item, "id"), *type = cm_ymap_get(item, "type"),
		       *name = cm_ymap_get(item, "name");
	if (!id || !type || !name) {
		problem(ld, item, "node needs '%s'", !id ? "id" : !type ? "type" : "name");
		return;
	}
	cm_node *node = cm_arena_calloc(&ld->map->arena, 1, sizeof(*node));
	if (node)
		node->attrs = attrs_scratch(ld, item->count / 2);
	if (!node || !node->attrs) {
		out_of_memory(ld);
		return;
	}
	node->id = parse_id(ld, id, "id");
	const char *type_name = scalar(ld, type, "type");
	const char *interned = type_name ? cm_intern_find(&ld->map->strings, type_name) : NULL;
	node->type = interned ? cm_schema_node_type(s, interned) : NULL;
	if (type_name && !node->type)
		unknown_type(ld, type, "node type", type_name, 0);
	const char *text = scalar(ld, name, "name");
	node->name = text ? keep_text(ld, name) : NULL;
	node->since = CM_DATE_MIN;
	node->until = CM_DATE_MAX;
	node->file = ld->file;
	node->line = item->line;
	node->column = item->column;
	if (!node->id)
		return;
	size_t first_edge = ld->npending_edges;
	for (size_t i = 0; i + 1 < item->count; i += 2)
		node_key(ld, node, item->items[i], item->items[i + 1]);
	check_period(ld, item, node->since, node->until);
	node->attrs = attrs_keep(ld, node->attrs, node->nattrs);
	if (!node->attrs)
		node->nattrs = 0; /* out of memory: reported */
	const cm_attr *side = s->side ? cm_attr_find(node->attrs, node->nattrs, s->side->name) : NULL;
	node->side = side ? side->text : NULL;
	if (node->type && node->name && register_node(ld, node, id))
		cm_resolve_early(ld, first_edge);
}

static void load_list(cm_loader *ld, const cm_ynode *list, const char *key,
		      void (*each)(cm_loader *, const cm_ynode *))
{
	if (list->kind != CM_Y_SEQUENCE) {
		if (!(list->kind == CM_Y_SCALAR && list->len == 0 && !list->quoted))
			problem(ld, list, "'%s' must be a list", key);
		return;
	}
	for (size_t i = 0; i < list->count && !cm_loader_full(ld); i++)
		each(ld, list->items[i]);
}

static void load_data(cm_loader *ld, const cm_ynode *root)
{
	static const char *const sections[] = {"nodes", "edges"};
	if (!root) {
		problem(ld, NULL, "empty file: a map file holds a mapping with 'nodes' and 'edges' lists");
		return;
	}
	if (root->kind != CM_Y_MAPPING) {
		problem(ld, root, "the top level must be a mapping with 'nodes' and 'edges' lists");
		return;
	}
	for (size_t i = 0; i + 1 < root->count; i += 2) {
		const char *key = root->items[i]->text;
		const cm_ynode *value = root->items[i + 1];
		if (strcmp(key, "nodes") == 0) {
			load_list(ld, value, key, load_node);
		} else if (strcmp(key, "edges") == 0) {
			load_list(ld, value, key, load_edge);
		} else {
			cm_suggest sg;
			cm_suggest_init(&sg, key);
			cm_suggest_offer_each(&sg, sections, 2, sizeof(*sections), 0);
			char message[256];
			cm_suggest_message(message, sizeof message, "key", &sg);
			problem(ld, root->items[i], "%s%s", message,
				sg.best ? "" : ": a map file holds 'nodes' and 'edges'");
		}
	}
}

/* ---- the whole load ---- */

/* A node or edge of a data file, as soon as the parser has read it. */
static void item_read(void *ctx, const char *key, const cm_ynode *item)
{
	cm_loader *ld = ctx;
	if (cm_loader_full(ld))
		return;
	if (strcmp(key, "nodes") == 0)
		load_node(ld, item);
	else if (strcmp(key, "edges") == 0)
		load_edge(ld, item);
}

/* Where a file's YAML events come from: read_events builds root from them
 * and hands the items of top-level lists to on_item. */
typedef cm_status (*events_fn)(cm_loader *ld, void *source, cm_ynode **root,
			       cm_arena *scratch, cm_yitem_fn on_item);

/* A text in memory. */
typedef struct text_source {
	const char *text;
	size_t len;
} text_source;

static cm_status parse_text(cm_loader *ld, void *source, cm_ynode **root,
			    cm_arena *scratch, cm_yitem_fn on_item)
{
	const text_source *src = source;
	return cm_yaml_stream(root, ld->file, src->text, src->len, ld->limits, scratch,
			      ld->diags, on_item, ld, NULL);
}

/* An open map file, and the cache that may hold its events; the cache entry
 * used, if any, goes to the map, whose texts then point into it. */
typedef struct file_source {
	FILE *file;
	struct stat status;
	const char *cache_dir;
	cm_cache_entry entry;
} file_source;

/* Where a parse's events go: the cache entry being written, and the
 * snapshot being gathered (either may be missing). */
typedef struct event_sinks {
	cm_cache_writer *writer;
	cm_strbuf *copy;
} event_sinks;

static void keep_events(void *sinks, const char *data, size_t len)
{
	event_sinks *to = sinks;
	cm_cache_write(to->writer, data, len);
	if (to->copy)
		cm_strbuf_add(to->copy, data, len);
}

static void add_to_snapshot(cm_loader *ld, const char *record, size_t len)
{
	cm_snapshot_add(ld->snapshot, ld->file, record, len);
	ld->snapshot_files++;
}

/* From the cache when it holds this very file, else by parsing the file,
 * keeping its events in the cache for next time. */
static cm_status parse_file(cm_loader *ld, void *source, cm_ynode **root,
			    cm_arena *scratch, cm_yitem_fn on_item)
{
	file_source *src = source;
	const char *record;
	if (cm_cache_find(&record, ld->cache_read ? src->cache_dir : NULL, ld->file,
			  &src->status, &src->entry, ld->diags) != CM_OK) {
		ld->refused = 1;
		return CM_EINVAL;
	}
	ld->texts_stay = record != NULL;
	ld->replayed |= record != NULL;
	if (record) {
		if (ld->snapshot)
			add_to_snapshot(ld, record, src->entry.record_len);
		return cm_yaml_replay(root, ld->file, record, src->entry.record_len, ld->limits,
				      scratch, ld->diags, on_item, ld);
	}
	cm_strbuf copy;
	cm_strbuf_init(&copy);
	event_sinks sinks = {cm_cache_begin(src->cache_dir, ld->file, &src->status,
					    ld->limits->cache_max_bytes),
			     ld->snapshot ? &copy : NULL};
	cm_yrecord events = {{NULL, 0, 0, 0}, keep_events, &sinks};
	cm_status st = cm_yaml_stream_file(root, ld->file, src->file, (size_t)src->status.st_size,
					   ld->limits, scratch, ld->diags, on_item, ld,
					   sinks.writer || sinks.copy ? &events : NULL);
	/* a record that ran out of memory is only not kept */
	cm_cache_end(sinks.writer, st == CM_OK && !events.buf.failed);
	if (ld->snapshot && st == CM_OK) {
		if (events.buf.failed || copy.failed)
			ld->snapshot->failed = 1;
		add_to_snapshot(ld, copy.data ? copy.data : "", copy.len);
	}
	cm_strbuf_release(&copy);
	cm_strbuf_release(&events.buf);
	return st;
}

/* One file of a snapshot: its events, replayed (its texts stay in the
 * snapshot, which the map keeps). */
static cm_status replay_file(cm_loader *ld, void *source, cm_ynode **root,
			     cm_arena *scratch, cm_yitem_fn on_item)
{
	const cm_snapshot_file *f = source;
	ld->texts_stay = 1;
	return cm_yaml_replay(root, ld->file, f->record, f->record_len, ld->limits, scratch,
			      ld->diags, on_item, ld);
}

/* Whether some allocation for the map ran out of memory: each container
 * remembers it, so that no failure on the way is lost. */
static int short_of_memory(const cm_map *map)
{
	return map->arena.failed || map->strings.failed || map->strings.texts.failed ||
	       map->nodes.failed || map->edges.failed || map->files.failed ||
	       map->cache_entries.failed;
}

/* Loads one file, the schema first; returns 0 when loading must stop (a
 * broken schema leaves nothing to check the data against).  Data files are
 * streamed: each node or edge is loaded as it is read and its YAML is
 * freed, so memory does not grow with a tree of the whole file. */
static int load_text(cm_loader *ld, size_t index, const char *name, events_fn events,
		     void *source)
{
	cm_map *map = ld->map;
	cm_arena scratch;
	cm_ynode *root = NULL;
	int go_on = 1;
	cm_arena_init(&scratch);
	ld->file = name;
	if (events(ld, source, &root, &scratch, index > 0 ? item_read : NULL) != CM_OK) {
		ld->failed = 1;
		ld->incomplete = 1;
		go_on = index > 0;
	} else if (index == 0) {
		if (cm_schema_load(&map->schema, root, name, &map->arena, &map->strings,
				   ld->diags) != CM_OK) {
			ld->failed = 1;
			go_on = 0;
		} else if (short_of_memory(map)) { /* nothing to check data against */
			out_of_memory(ld);
			go_on = 0;
		}
	} else {
		load_data(ld, root);
	}
	map->nfiles += go_on;
	cm_arena_release(&scratch);
	return go_on;
}

/* The map keeps a cache entry it was loaded from: its texts point into it. */
static int hand_over(cm_loader *ld, cm_cache_entry *entry)
{
	if (!entry->data)
		return 1;
	cm_cache_entry *kept = cm_arena_alloc(&ld->map->arena, sizeof(*kept));
	if (!kept || !cm_vec_push(&ld->map->cache_entries, kept)) {
		cm_cache_done(entry);
		return 0;
	}
	*kept = *entry;
	return 1;
}

static void load_files(cm_loader *ld, cm_vec *files)
{
	for (size_t i = 0; i < files->count && !cm_loader_full(ld); i++) {
		file_source src = {NULL, {0}, ld->limits->cache_dir, {NULL, 0, 0}};
		src.file = open_file(ld, files->items[i], &src.status);
		int go_on = src.file ? load_text(ld, i, files->items[i], parse_file, &src) : i > 0;
		if (!hand_over(ld, &src.entry))
			out_of_memory(ld);
		if (src.file)
			fclose(src.file);
		else
			ld->incomplete = 1;
		if (ld->limits->progress)
			ld->limits->progress(ld->limits->progress_arg, i + 1, files->count);
		if (!go_on)
			return;
	}
}

static cm_map *map_new(void)
{
	cm_map *map = calloc(1, sizeof(*map));
	if (!map)
		return NULL;
	cm_arena_init(&map->arena);
	cm_intern_init(&map->strings);
	return map;
}

/* Checks what needs the whole map and hands it over, or frees it. */
static cm_status map_finish(cm_map **out, cm_loader *ld)
{
	/* after other problems too, to report them all; but not when a whole
	 * file is missing, since every id it held would be reported unknown */
	if (ld->map->schema.nnode_types && !ld->incomplete && !short_of_memory(ld->map))
		cm_validate(ld);
	if (!ld->failed && (short_of_memory(ld->map) || ld->pending_refs.failed))
		out_of_memory(ld);
	free(ld->pending_edges);
	cm_vec_release(&ld->pending_refs);
	free(ld->attrs);
	if (ld->failed) {
		cm_map_free(ld->map);
		return CM_EINVAL;
	}
	*out = ld->map;
	return CM_OK;
}

/* A loader over a new, empty map; limits NULL means the defaults, which
 * are kept in *defaults.  0 (said in diags) when out of memory. */
static int loader_begin(cm_loader *ld, cm_limits *defaults, const cm_limits *limits,
			cm_diags *diags)
{
	if (!limits) {
		cm_limits_init(defaults);
		limits = defaults;
	}
	*ld = (cm_loader){map_new(), diags, limits, NULL, NULL, 0, 0, {0}, NULL, 0, 0, 0, 0, 1, 0, 0, NULL, 0};
	if (!ld->map)
		cm_diag_add(diags, NULL, 0, 0, "out of memory");
	return ld->map != NULL;
}

/* Ends the snapshot gathered while loading, and points the map at it. */
static void finish_snapshot(cm_loader *ld)
{
	cm_map *map = ld->map;
	cm_snapshot_finish(&map->snapshot, ld->snapshot_files);
	if (map->snapshot.failed)
		out_of_memory(ld);
	map->snapshot_data = map->snapshot.data;
	map->snapshot_len = map->snapshot.len;
}

static cm_status load_paths(cm_map **out, const char *const *paths, size_t npaths,
			    const cm_limits *limits, int cache_read, int *replayed,
			    cm_diags *diags)
{
	cm_limits defaults;
	cm_loader ld;
	*out = NULL;
	if (!loader_begin(&ld, &defaults, limits, diags))
		return CM_ENOMEM;
	ld.cache_read = cache_read;
	cm_vec *files = &ld.map->files; /* kept: cm_map_file_at gives them (the site never replaces their folder) */
	const char *cache = ld.limits->cache_dir;
	if (cm_cache_dir_check(cache, diags) != CM_OK)
		ld.failed = 1;
	else if (cache && cache_read)
		cm_cache_sweep(cache); /* what writers that died left behind */
	if (ld.limits->keep_snapshot)
		ld.snapshot = &ld.map->snapshot;
	if (ld.failed || !collect_files(&ld, paths, npaths, files) || !schema_first(&ld, files))
		ld.failed = 1;
	else
		load_files(&ld, files);
	*replayed = ld.replayed && !ld.refused;
	if (ld.snapshot && !ld.failed)
		finish_snapshot(&ld);
	return map_finish(out, &ld);
}

/* Whether path is a regular file that begins as a snapshot does: a map
 * given as one file may be one instead of YAML. */
static int is_snapshot_file(const char *path)
{
	char head[sizeof(CM_SNAPSHOT_MAGIC)];
	struct stat st;
	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return 0;
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	ssize_t n = read(fd, head, sizeof head - 1);
	close(fd);
	return n > 0 && cm_snapshot_is(head, (size_t)n);
}

static cm_status load_snapshot_file(cm_map **out, const char *path, const cm_limits *limits,
				    cm_diags *diags);

/* A load that fails after replaying some file from the cache is done again
 * with every file parsed (and its entry written anew): an entry is only a
 * copy of what parsing found, so it can never make a load fail that
 * parsing would not, whatever was done to it.  A map with problems is
 * being edited, and misses the cache anyway; this costs a second load only
 * when a file with problems has not changed since. */
cm_status cm_map_load(cm_map **out, const char *const *paths, size_t npaths,
		      const cm_limits *limits, cm_diags *diags)
{
	size_t before = cm_diags_count(diags);
	int replayed = 0;
	if (npaths == 1 && is_snapshot_file(paths[0]))
		return load_snapshot_file(out, paths[0], limits, diags);
	cm_status st = load_paths(out, paths, npaths, limits, 1, &replayed, diags);
	if (st == CM_OK || !replayed)
		return st;
	cm_diags_truncate(diags, before);
	return load_paths(out, paths, npaths, limits, 0, &replayed, diags);
}

cm_status cm_map_load_texts(cm_map **out, const char *const *names,
			    const char *const *texts, const size_t *lens, size_t n,
			    const cm_limits *limits, cm_diags *diags)
{
	cm_limits defaults;
	cm_loader ld;
	*out = NULL;
	if (!loader_begin(&ld, &defaults, limits, diags))
		return CM_ENOMEM;
	for (size_t i = 0; i < n && !cm_loader_full(&ld); i++) {
		const char *name = cm_arena_strdup(&ld.map->arena, names[i]);
		text_source src = {texts[i], lens[i]};
		if (!name || !cm_vec_push(&ld.map->files, (void *)name) ||
		    !load_text(&ld, i, name, parse_text, &src)) {
			ld.failed = 1;
			break;
		}
	}
	return map_finish(out, &ld);
}

cm_status cm_map_snapshot_of(const cm_map *map, const char **data, size_t *len)
{
	*data = map->snapshot_data;
	*len = map->snapshot_len;
	return map->snapshot_data ? CM_OK : CM_NOTFOUND;
}

cm_status cm_map_snapshot(const char *const *paths, size_t npaths, const cm_limits *limits,
			  char **data, size_t *len, cm_diags *diags)
{
	cm_limits keeping;
	if (limits)
		keeping = *limits;
	else
		cm_limits_init(&keeping);
	keeping.keep_snapshot = 1;
	*data = NULL;
	*len = 0;
	cm_map *map = NULL;
	cm_status st = cm_map_load(&map, paths, npaths, &keeping, diags);
	const char *kept = NULL;
	size_t n = 0;
	if (st == CM_OK && cm_map_snapshot_of(map, &kept, &n) == CM_OK) {
		if ((*data = malloc(n ? n : 1))) {
			memcpy(*data, kept, n);
			*len = n;
		} else {
			cm_diag_add(diags, NULL, 0, 0, "out of memory");
			st = CM_ENOMEM;
		}
	}
	cm_map_free(map);
	return st;
}

/* Hands the snapshot's bytes (malloc'd) to the map, which keeps them as it
 * keeps a cache entry: its texts will point into them.  NULL when out of
 * memory (then they are freed). */
static const char *keep_snapshot(cm_loader *ld, char *data, size_t len)
{
	cm_cache_entry entry = {data, len, len};
	if (data && hand_over(ld, &entry))
		return data;
	out_of_memory(ld);
	return NULL;
}

/* Loads every file of the snapshot the map keeps in kept[0..len), which is
 * then the map's own snapshot. */
static void load_snapshot(cm_loader *ld, const char *kept, size_t len, const char *name)
{
	if (ld->limits->keep_snapshot) {
		ld->map->snapshot_data = kept;
		ld->map->snapshot_len = len;
	}
	cm_snapshot_file *files = NULL;
	size_t count = 0;
	if (!cm_snapshot_read(kept, len, &files, &count)) {
		cm_diag_add(ld->diags, name, 1, 1, "not a whole cybermap snapshot (damaged, or cut short)");
		ld->failed = 1;
	}
	for (size_t i = 0; i < count && !cm_loader_full(ld); i++) {
		char *file = cm_arena_alloc(&ld->map->arena, files[i].name_len + 1);
		if (!file || !cm_vec_push(&ld->map->files, file)) {
			out_of_memory(ld);
			break;
		}
		memcpy(file, files[i].name, files[i].name_len);
		file[files[i].name_len] = '\0';
		if (!load_text(ld, i, file, replay_file, &files[i]))
			break;
	}
	free(files);
}

cm_status cm_map_load_snapshot(cm_map **out, const char *data, size_t len, const char *name,
			       const cm_limits *limits, cm_diags *diags)
{
	cm_limits defaults;
	cm_loader ld;
	*out = NULL;
	if (!loader_begin(&ld, &defaults, limits, diags))
		return CM_ENOMEM;
	char *copy = malloc(len ? len : 1);
	if (copy)
		memcpy(copy, data, len);
	const char *kept = keep_snapshot(&ld, copy, len);
	if (kept)
		load_snapshot(&ld, kept, len, name);
	return map_finish(out, &ld);
}

/* A snapshot file, read whole (within the limit) into the memory the map
 * keeps. */
static cm_status load_snapshot_file(cm_map **out, const char *path, const cm_limits *limits,
				    cm_diags *diags)
{
	cm_limits defaults;
	cm_loader ld;
	*out = NULL;
	if (!loader_begin(&ld, &defaults, limits, diags))
		return CM_ENOMEM;
	struct stat st;
	FILE *f = open_file(&ld, path, &st);
	if (f) {
		size_t len = (size_t)st.st_size;
		char *text = malloc(len + 1);
		size_t n = text ? fread(text, 1, len + 1, f) : 0;
		if (text && (ferror(f) || n != len)) {
			cm_diag_add(diags, NULL, 0, 0, "cannot read '%s' whole", path);
			free(text);
			ld.failed = 1;
		} else {
			const char *kept = keep_snapshot(&ld, text, len);
			if (kept)
				load_snapshot(&ld, kept, len, path);
		}
		fclose(f);
	} else {
		ld.failed = 1;
	}
	return map_finish(out, &ld);
}

void cm_map_free(cm_map *map)
{
	if (!map)
		return;
	free(map->ends);
	free(map->adjacency);
	for (size_t i = 0; i < map->cache_entries.count; i++)
		cm_cache_done(map->cache_entries.items[i]);
	cm_vec_release(&map->cache_entries);
	cm_vec_release(&map->files);
	cm_strbuf_release(&map->snapshot);
	cm_vec_release(&map->nodes);
	cm_vec_release(&map->edges);
	cm_intern_release(&map->strings);
	cm_arena_release(&map->arena);
	free(map);
}
