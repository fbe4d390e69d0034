/*
 * schema.c: reads graphs/schema.yaml into type tables and checks that every
 * name it uses is declared.  Tables are small (tens of entries), so lookups
 * are linear scans over interned pointers.
 */
#include "schema.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "diag.h"
#include "suggest.h"

typedef struct reader {
	const char *file;
	cm_arena *arena;
	cm_strings *strings;
	cm_diags *diags;
	cm_schema *schema;
	int failed;
	int out_of_memory;
} reader;

/* A problem at a node of the schema: template has two %s, filled with a
 * and b (each cut to a readable length; NULL is ""). */
static void problem(reader *r, const cm_ynode *at, const char *template_text, const char *a,
		    const char *b)
{
	char qa[80], qb[80];
	cm_strbuf message;
	cm_strbuf_init(&message);
	cm_strbuf_fill2(&message, template_text, a ? cm_diag_quote(qa, sizeof qa, a) : "",
			b ? cm_diag_quote(qb, sizeof qb, b) : "");
	cm_diag_add(r->diags, r->file, at ? at->line : 1, at ? at->column : 1, "%s",
		    message.data ? message.data : template_text);
	cm_strbuf_release(&message);
	r->failed = 1;
}

static void unknown(reader *r, const cm_ynode *at, const char *what,
		    const char *word, const char *const *choices, size_t n)
{
	cm_suggest s;
	cm_suggest_init(&s, word);
	cm_suggest_offer_each(&s, choices, n, sizeof(*choices), 0);
	char message[256];
	cm_diag_add(r->diags, r->file, at->line, at->column, "%s",
		    cm_suggest_message(message, sizeof message, what, &s));
	r->failed = 1;
}

/* Out of memory: reported once; the schema then fails to load. */
static void memory(reader *r)
{
	if (!r->out_of_memory)
		cm_diag_add(r->diags, NULL, 0, 0, "out of memory");
	r->out_of_memory = r->failed = 1;
}

/* An interned name, never NULL: out of memory gives "" (and fails the
 * schema), so that no check on the way dereferences a NULL. */
static const char *intern(reader *r, const char *text)
{
	const char *name = cm_intern(r->strings, text);
	if (!name)
		memory(r);
	return name ? name : "";
}

static const char *scalar(reader *r, const cm_ynode *node, const char *what)
{
	if (node->kind != CM_Y_SCALAR) {
		problem(r, node, "%s%s must be a single value", what, NULL);
		return NULL;
	}
	return node->text;
}

static int is_mapping(reader *r, const cm_ynode *node, const char *what)
{
	if (node && node->kind == CM_Y_MAPPING)
		return 1;
	problem(r, node, "%s%s must be a mapping", what, NULL);
	return 0;
}

static int parse_bool(reader *r, const cm_ynode *node, int *out)
{
	static const char *const yes[] = {"true", "yes"}, *const no[] = {"false", "no"};
	const char *text = scalar(r, node, "a flag");
	if (!text)
		return 0;
	for (size_t i = 0; i < 2; i++) {
		if (strcmp(text, yes[i]) == 0)
			return *out = 1;
		if (strcmp(text, no[i]) == 0)
			return (*out = 0), 1;
	}
	problem(r, node, "'%s' is not true or false%s", text, NULL);
	return 0;
}

/* A scalar or a list of scalars, interned. */
static const char **name_list(reader *r, const cm_ynode *node, size_t *count)
{
	size_t n = node->kind == CM_Y_SEQUENCE ? node->count : 1;
	const char **names = cm_arena_calloc(r->arena, n ? n : 1, sizeof(*names));
	*count = 0;
	if (!names) {
		memory(r);
		return NULL;
	}
	if (node->kind == CM_Y_MAPPING) {
		problem(r, node, "expected a name or a list of names%s%s", NULL, NULL);
		return NULL;
	}
	for (size_t i = 0; i < n; i++) {
		const cm_ynode *item = node->kind == CM_Y_SEQUENCE ? node->items[i] : node;
		const char *text = scalar(r, item, "a list item");
		if (!text)
			return NULL;
		names[(*count)++] = intern(r, text);
	}
	return names;
}

static const char *node_type_names(const cm_schema *s, size_t i)
{
	return s->node_types[i].name;
}

static const cm_node_type **node_type_list(reader *r, const cm_ynode *node,
					   size_t *count)
{
	const char **names = name_list(r, node, count);
	if (!names)
		return NULL;
	const cm_node_type **types = cm_arena_calloc(r->arena, *count + 1, sizeof(*types));
	if (!types) {
		*count = 0;
		memory(r);
		return NULL;
	}
	for (size_t i = 0; i < *count; i++) {
		types[i] = cm_schema_node_type(r->schema, names[i]);
		if (types[i])
			continue;
		const cm_ynode *at = node->kind == CM_Y_SEQUENCE ? node->items[i] : node;
		const char *choices[64];
		size_t n = 0;
		for (size_t t = 0; t < r->schema->nnode_types && n < 64; t++)
			choices[n++] = node_type_names(r->schema, t);
		unknown(r, at, "node type", names[i], choices, n);
	}
	return types;
}

/* Calls each(key, value) for the properties of an entry, rejecting unknown ones. */
typedef void (*property_fn)(reader *r, void *entry, const char *key,
			    const cm_ynode *value);

static void each_property(reader *r, const cm_ynode *map, const char *const *allowed,
			  size_t nallowed, property_fn each, void *entry)
{
	if (!is_mapping(r, map, "a type's description"))
		return;
	for (size_t i = 0; i + 1 < map->count; i += 2) {
		const char *key = map->items[i]->text;
		size_t k = 0;
		while (k < nallowed && strcmp(allowed[k], key) != 0)
			k++;
		if (k == nallowed)
			unknown(r, map->items[i], "key", key, allowed, nallowed);
		else
			each(r, entry, allowed[k], map->items[i + 1]);
	}
}

static const char *text_value(reader *r, const cm_ynode *value)
{
	const char *text = scalar(r, value, "this key");
	return text ? cm_arena_strdup(r->arena, text) : NULL;
}

static int valid_name(const char *name)
{
	if (!(name[0] >= 'a' && name[0] <= 'z'))
		return 0;
	for (const char *p = name; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
		      *p == '_' || *p == '-'))
			return 0;
	return 1;
}

/* ---- node types ---- */

static void node_type_property(reader *r, void *entry, const char *key,
			       const cm_ynode *value)
{
	cm_node_type *t = entry;
	const char *text = text_value(r, value);
	if (strcmp(key, "description") == 0)
		t->description = text;
	else if (strcmp(key, "shape") == 0)
		t->shape = text;
	else
		t->color = text;
}

/* Allocates one entry per key of a section and checks the names. */
static size_t section_names(reader *r, const cm_ynode *section, const char *what)
{
	if (!is_mapping(r, section, what))
		return 0;
	for (size_t i = 0; i + 1 < section->count; i += 2)
		if (!valid_name(section->items[i]->text))
			problem(r, section->items[i],
				"'%s' is not a valid type name (lowercase letters, digits, '_' and '-')%s",
				section->items[i]->text, NULL);
	return section->count / 2;
}

static void load_node_types(reader *r, const cm_ynode *section)
{
	static const char *const allowed[] = {"description", "shape", "color"};
	cm_schema *s = r->schema;
	size_t n = section_names(r, section, "node_types");
	s->node_types = cm_arena_calloc(r->arena, n + 1, sizeof(*s->node_types));
	if (!s->node_types)
		return;
	for (size_t i = 0; i < n; i++) {
		cm_node_type *t = &s->node_types[i];
		t->name = intern(r, section->items[2 * i]->text);
		t->index = i;
		s->nnode_types = i + 1;
		each_property(r, section->items[2 * i + 1], allowed, 3,
			      node_type_property, t);
	}
}

/* ---- edge types ---- */

static void edge_type_property(reader *r, void *entry, const char *key,
			       const cm_ynode *value)
{
	cm_edge_type *t = entry;
	if (strcmp(key, "description") == 0)
		t->description = text_value(r, value);
	else if (strcmp(key, "description_ja") == 0)
		t->description_ja = text_value(r, value);
	else if (strcmp(key, "from") == 0)
		t->from = node_type_list(r, value, &t->nfrom);
	else if (strcmp(key, "to") == 0)
		t->to = node_type_list(r, value, &t->nto);
	else if (strcmp(key, "symmetric") == 0)
		parse_bool(r, value, &t->symmetric);
	else if (strcmp(key, "rests_on") == 0)
		parse_bool(r, value, &t->rests_on);
	else if (strcmp(key, "parent") == 0)
		parse_bool(r, value, &t->parent);
	else if (strcmp(key, "succession") == 0)
		parse_bool(r, value, &t->succession);
	else
		parse_bool(r, value, &t->acyclic);
}

static void load_edge_types(reader *r, const cm_ynode *section)
{
	static const char *const allowed[] = {"description", "description_ja", "from", "to",
					      "symmetric", "acyclic", "rests_on", "parent",
					      "succession"};
	const size_t nallowed = sizeof(allowed) / sizeof(allowed[0]);
	cm_schema *s = r->schema;
	size_t n = section_names(r, section, "edge_types");
	if (n > 256) {
		problem(r, section, "more than 256 edge types%s%s", NULL, NULL);
		return;
	}
	s->edge_types = cm_arena_calloc(r->arena, n + 1, sizeof(*s->edge_types));
	if (!s->edge_types)
		return;
	for (size_t i = 0; i < n; i++) {
		cm_edge_type *t = &s->edge_types[i];
		t->name = intern(r, section->items[2 * i]->text);
		t->index = i;
		s->nedge_types = i + 1;
		each_property(r, section->items[2 * i + 1], allowed, nallowed,
			      edge_type_property, t);
	}
}

/* ---- vocabularies ---- */

static void unknown_vocabulary(reader *r, const cm_ynode *at, const char *name)
{
	const char *choices[64];
	size_t n = 0;
	for (size_t i = 0; i < r->schema->nvocabularies && n < 64; i++)
		choices[n++] = r->schema->vocabularies[i].name;
	unknown(r, at, "vocabulary", name, choices, n);
}

static void term_property(reader *r, void *entry, const char *key,
			  const cm_ynode *value)
{
	cm_term *t = entry;
	if (strcmp(key, "label") == 0)
		t->label = text_value(r, value);
	else if (strcmp(key, "label_ja") == 0)
		t->label_ja = text_value(r, value);
	else if (strcmp(key, "description") == 0)
		t->description = text_value(r, value);
	else if (strcmp(key, "none") == 0)
		parse_bool(r, value, &t->flag_none);
	else if (strcmp(key, "ask") == 0) {
		int ask = 1;
		parse_bool(r, value, &ask);
		t->unasked = !ask;
	} else {
		cm_query_param *rel = &t->relations[t->nrelations++];
		rel->key = intern(r, key);
		rel->names = name_list(r, value, &rel->count);
	}
}

/* Every relation of every term names a term of the same vocabulary. */
static void check_relations(reader *r, const cm_vocabulary *v, const cm_ynode *section)
{
	for (size_t i = 0; i < v->nterms; i++) {
		const cm_ynode *body = section->items[2 * i + 1];
		for (size_t k = 0; k < v->terms[i].nrelations; k++) {
			const cm_query_param *rel = &v->terms[i].relations[k];
			const cm_ynode *list = cm_ymap_get(body, rel->key);
			for (size_t j = 0; j < rel->count; j++) {
				if (cm_vocabulary_term(v, rel->names[j]))
					continue;
				const char *choices[256];
				size_t n = 0;
				for (size_t t = 0; t < v->nterms && n < 256; t++)
					choices[n++] = v->terms[t].id;
				const cm_ynode *at = list && list->kind == CM_Y_SEQUENCE &&
							     j < list->count
							     ? list->items[j]
							     : body;
				unknown(r, at, "term", rel->names[j], choices, n);
			}
		}
	}
}

/* A relation is any key other than these; it lists terms. */
static int is_term_key(const char *key)
{
	static const char *const keys[] = {"label", "label_ja", "description", "none", "ask"};
	for (size_t i = 0; i < 5; i++)
		if (strcmp(key, keys[i]) == 0)
			return 1;
	return 0;
}

static void load_terms(reader *r, cm_vocabulary *v, const cm_ynode *section)
{
	if (!is_mapping(r, section, "a vocabulary"))
		return;
	v->terms = cm_arena_calloc(r->arena, section->count / 2 + 1, sizeof(*v->terms));
	for (size_t i = 0; v->terms && i + 1 < section->count; i += 2) {
		cm_term *t = &v->terms[v->nterms++];
		const cm_ynode *body = section->items[i + 1];
		t->id = intern(r, section->items[i]->text);
		if (!is_mapping(r, body, "a term"))
			continue;
		t->relations = cm_arena_calloc(r->arena, body->count / 2 + 1,
					       sizeof(*t->relations));
		for (size_t k = 0; t->relations && k + 1 < body->count; k += 2) {
			const char *key = body->items[k]->text;
			if (!is_term_key(key) && !valid_name(key))
				problem(r, body->items[k], "'%s' is not a valid relation name%s", key, NULL);
			else
				term_property(r, t, key, body->items[k + 1]);
		}
	}
	check_relations(r, v, section);
}

static void load_vocabularies(reader *r, const cm_ynode *section)
{
	cm_schema *s = r->schema;
	size_t n = section_names(r, section, "vocabularies");
	s->vocabularies = cm_arena_calloc(r->arena, n + 1, sizeof(*s->vocabularies));
	for (size_t i = 0; s->vocabularies && i < n; i++) {
		cm_vocabulary *v = &s->vocabularies[i];
		v->name = intern(r, section->items[2 * i]->text);
		s->nvocabularies = i + 1;
		load_terms(r, v, section->items[2 * i + 1]);
	}
}

/* ---- how names are compared ---- */

static void load_filler(reader *r, const cm_ynode *value)
{
	size_t n = 0;
	const char **names = name_list(r, value, &n);
	cm_fold_rules *f = &r->schema->fold;
	f->filler = cm_arena_calloc(r->arena, n + 1, sizeof(*f->filler));
	for (size_t i = 0; names && f->filler && i < n; i++) {
		cm_fold word;
		cm_fold_plain(&word, names[i]);
		if (word.nwords == 1)
			f->filler[f->nfiller++] = cm_arena_strdup(r->arena, cm_fold_word(&word, 0));
		else
			problem(r, value->kind == CM_Y_SEQUENCE ? value->items[i] : value,
				"filler '%s' must be one word%s", names[i], NULL);
	}
}

/* synonyms: {canonical: [variant, ...]}; each variant may be several words. */
static void load_synonyms(reader *r, const cm_ynode *section)
{
	if (!is_mapping(r, section, "synonyms"))
		return;
	size_t total = 0;
	for (size_t i = 1; i < section->count; i += 2)
		total += section->items[i]->kind == CM_Y_SEQUENCE ? section->items[i]->count : 1;
	cm_fold_rules *f = &r->schema->fold;
	f->synonyms = cm_arena_calloc(r->arena, total + 1, sizeof(*f->synonyms));
	for (size_t i = 0; f->synonyms && i + 1 < section->count; i += 2) {
		size_t n = 0;
		const char **variants = name_list(r, section->items[i + 1], &n);
		for (size_t v = 0; variants && v < n; v++) {
			cm_fold_synonym *syn = &f->synonyms[f->nsynonyms++];
			cm_fold_plain(&syn->canonical, section->items[i]->text);
			cm_fold_plain(&syn->variant, variants[v]);
		}
	}
}

static void load_resolve(reader *r, const cm_ynode *section)
{
	static const char *const keys[] = {"filler", "synonyms"};
	if (!is_mapping(r, section, "resolve"))
		return;
	for (size_t i = 0; i + 1 < section->count; i += 2) {
		const char *key = section->items[i]->text;
		if (strcmp(key, "filler") == 0)
			load_filler(r, section->items[i + 1]);
		else if (strcmp(key, "synonyms") == 0)
			load_synonyms(r, section->items[i + 1]);
		else
			unknown(r, section->items[i], "key", key, keys, 2);
	}
}

/* ---- source classes ---- */

static void class_key(reader *r, cm_source_class *c, const char *key, const cm_ynode *value)
{
	if (strcmp(key, "label") == 0 && is_mapping(r, value, "label")) {
		const cm_ynode *en = cm_ymap_get(value, "en"), *ja = cm_ymap_get(value, "ja");
		c->label = en ? text_value(r, en) : NULL;
		c->label_ja = ja ? text_value(r, ja) : NULL;
	} else if (strcmp(key, "counts") == 0) {
		parse_bool(r, value, &c->counts);
	} else if (strcmp(key, "refuse") == 0) {
		parse_bool(r, value, &c->refuse);
	} else if (strcmp(key, "hosts") == 0) {
		c->hosts = name_list(r, value, &c->nhosts);
	} else {
		static const char *const keys[] = {"label", "counts", "refuse", "hosts"};
		unknown(r, value, "key", key, keys, 4);
	}
}

static void load_source_classes(reader *r, const cm_ynode *section)
{
	cm_schema *s = r->schema;
	size_t n = section_names(r, section, "source_classes");
	s->source_classes = cm_arena_calloc(r->arena, n + 1, sizeof(*s->source_classes));
	for (size_t i = 0; s->source_classes && i < n; i++) {
		cm_source_class *c = &s->source_classes[i];
		const cm_ynode *body = section->items[2 * i + 1];
		c->name = intern(r, section->items[2 * i]->text);
		s->nsource_classes = i + 1;
		if (!is_mapping(r, body, "a source class"))
			continue;
		for (size_t k = 0; k + 1 < body->count; k += 2)
			class_key(r, c, body->items[k]->text, body->items[k + 1]);
	}
}

/* ---- kinds of gap ---- */

static void check_names(reader *r, const cm_ynode *at, const char *const *names,
			size_t count);

static const char *const gap_checks[] = {"lacking", "one_sided", "unpaired", "unreached",
					 "open_deadline", "no_return", "unofficial", "stale"};

static void words_pair(reader *r, const cm_ynode *value, const char **en, const char **ja)
{
	if (!is_mapping(r, value, "a text in two languages"))
		return;
	const cm_ynode *e = cm_ymap_get(value, "en"), *j = cm_ymap_get(value, "ja");
	*en = e ? text_value(r, e) : NULL;
	*ja = j ? text_value(r, j) : NULL;
}

static void attr_value(reader *r, const cm_ynode *value, const char **attr, const char **v)
{
	if (!is_mapping(r, value, "where") || value->count != 2) {
		problem(r, value, "where takes one attribute and its value%s%s", NULL, NULL);
		return;
	}
	*attr = intern(r, value->items[0]->text);
	*v = intern(r, value->items[1]->text);
}

static const char **checked_names(reader *r, const cm_ynode *value, size_t *n)
{
	const char **names = name_list(r, value, n);
	if (names)
		check_names(r, value, names, *n);
	return names;
}

static void gap_key(reader *r, cm_gap_kind *g, const char *key, const cm_ynode *value)
{
	size_t n;
	if (strcmp(key, "label") == 0)
		words_pair(r, value, &g->label, &g->label_ja);
	else if (strcmp(key, "explain") == 0)
		words_pair(r, value, &g->explain, &g->explain_ja);
	else if (strcmp(key, "check") == 0) {
		const char *text = scalar(r, value, "check");
		size_t k = 0, nchecks = sizeof(gap_checks) / sizeof(gap_checks[0]);
		while (text && k < nchecks && strcmp(text, gap_checks[k]) != 0)
			k++;
		if (text && k == nchecks)
			unknown(r, value, "check", text, gap_checks, nchecks);
		else if (text)
			g->check = gap_checks[k];
	} else if (strcmp(key, "types") == 0)
		g->types = checked_names(r, value, &g->ntypes);
	else if (strcmp(key, "edges") == 0)
		g->edges = checked_names(r, value, &g->nedges);
	else if (strcmp(key, "has") == 0)
		g->has = checked_names(r, value, &g->nhas);
	else if (strcmp(key, "lacks") == 0)
		g->lacks = checked_names(r, value, &g->nlacks);
	else if (strcmp(key, "returns") == 0)
		g->returns = checked_names(r, value, &g->nreturns);
	else if (strcmp(key, "direction") == 0)
		g->direction = text_value(r, value);
	else if (strcmp(key, "where") == 0)
		attr_value(r, value, &g->where_attr, &g->where_value);
	else if (strcmp(key, "other_where") == 0)
		attr_value(r, value, &g->other_attr, &g->other_value);
	else if (strcmp(key, "role") == 0)
		g->role = text_value(r, value);
	else if (strcmp(key, "attribute") == 0) {
		const char **names = checked_names(r, value, &n);
		g->attribute = names && n ? names[0] : NULL;
	} else if (strcmp(key, "days") == 0) {
		const char *text = scalar(r, value, "days");
		g->days = text ? atoi(text) : 0;
	} else {
		static const char *const keys[] = {"label", "explain", "check", "types", "edges",
						   "has", "lacks", "returns", "direction", "where",
						   "other_where", "role", "attribute", "days"};
		unknown(r, value, "key", key, keys, sizeof(keys) / sizeof(keys[0]));
	}
}

static void load_gaps(reader *r, const cm_ynode *section)
{
	cm_schema *s = r->schema;
	size_t n = section_names(r, section, "gaps");
	s->gaps = cm_arena_calloc(r->arena, n + 1, sizeof(*s->gaps));
	for (size_t i = 0; s->gaps && i < n; i++) {
		cm_gap_kind *g = &s->gaps[i];
		const cm_ynode *body = section->items[2 * i + 1];
		g->name = intern(r, section->items[2 * i]->text);
		s->ngaps = i + 1;
		if (!is_mapping(r, body, "a kind of gap"))
			continue;
		for (size_t k = 0; k + 1 < body->count; k += 2)
			gap_key(r, g, body->items[k]->text, body->items[k + 1]);
		if (!g->check)
			problem(r, section->items[2 * i], "gap '%s' needs a check%s", g->name, NULL);
	}
}

/* ---- labels: the program's words in both languages ---- */

static void load_labels(reader *r, const cm_ynode *section)
{
	static const char *const keys[] = {"en", "ja"};
	cm_schema *s = r->schema;
	if (!is_mapping(r, section, "labels"))
		return;
	s->labels = cm_arena_calloc(r->arena, section->count / 2 + 1, sizeof(*s->labels));
	for (size_t i = 0; s->labels && i + 1 < section->count; i += 2) {
		cm_label_text *l = &s->labels[s->nlabels++];
		const cm_ynode *body = section->items[i + 1];
		l->key = intern(r, section->items[i]->text);
		if (!is_mapping(r, body, "a label"))
			continue;
		for (size_t k = 0; k + 1 < body->count; k += 2) {
			const char *lang = body->items[k]->text;
			if (strcmp(lang, "en") == 0)
				l->en = text_value(r, body->items[k + 1]);
			else if (strcmp(lang, "ja") == 0)
				l->ja = text_value(r, body->items[k + 1]);
			else
				unknown(r, body->items[k], "language", lang, keys, 2);
		}
		if (!l->en)
			problem(r, section->items[i], "label '%s' has no English text%s", l->key, NULL);
	}
}

const char *cm_schema_label(const cm_schema *s, const char *lang, const char *key)
{
	for (size_t i = 0; i < s->nlabels; i++)
		if (strcmp(s->labels[i].key, key) == 0) {
			if (lang && strcmp(lang, "ja") == 0 && s->labels[i].ja)
				return s->labels[i].ja;
			return s->labels[i].en;
		}
	return NULL;
}

const char *cm_schema_label2(const cm_schema *s, const char *lang, const char *prefix,
			     const char *name)
{
	char key[160];
	snprintf(key, sizeof key, "%s.%s", prefix, name);
	return cm_schema_label(s, lang, key);
}

/* ---- attributes ---- */

static const char *const kind_names[] = {
	"string", "text", "list", "date", "duration", "url", "urls", "enum", "ref",
	"terms",
};

static void set_flag(reader *r, cm_attr_def *a, const cm_ynode *value, unsigned flag)
{
	int on = 0;
	if (parse_bool(r, value, &on) && on)
		a->flags |= flag;
}

/* styles or colors: one text per enum value. */
static void attr_per_value(reader *r, cm_attr_def *a, const cm_ynode *value,
			   const char ***out)
{
	if (!is_mapping(r, value, "styles and colors") || !a->values)
		return;
	const char **per = *out = cm_arena_calloc(r->arena, a->nvalues + 1, sizeof(*per));
	for (size_t i = 0; per && i + 1 < value->count; i += 2) {
		const char *key = intern(r, value->items[i]->text);
		size_t v = 0;
		while (v < a->nvalues && a->values[v] != key)
			v++;
		if (v == a->nvalues)
			unknown(r, value->items[i], "value", key, a->values, a->nvalues);
		else
			per[v] = text_value(r, value->items[i + 1]);
	}
}

static void attr_property(reader *r, void *entry, const char *key,
			  const cm_ynode *value)
{
	cm_attr_def *a = entry;
	static const struct {
		const char *key;
		unsigned flag;
	} flags[] = {
		{"resolve", CM_ATTR_RESOLVE}, {"search", CM_ATTR_SEARCH},
		{"label_ja", CM_ATTR_LABEL_JA}, {"side", CM_ATTR_SIDE},
		{"tag", CM_ATTR_TAG}, {"detail", CM_ATTR_DETAIL}, {"abbrev", CM_ATTR_ABBREV},
		{"adoption", CM_ATTR_ADOPTION}, {"rests_on", CM_ATTR_RESTS_ON},
		{"chart", CM_ATTR_CHART},
	};
	for (size_t i = 0; i < sizeof(flags) / sizeof(flags[0]); i++)
		if (strcmp(key, flags[i].key) == 0) {
			set_flag(r, a, value, flags[i].flag);
			return;
		}
	if (strcmp(key, "description") == 0) {
		a->description = text_value(r, value);
	} else if (strcmp(key, "values") == 0) {
		a->values = name_list(r, value, &a->nvalues);
	} else if (strcmp(key, "styles") == 0) {
		attr_per_value(r, a, value, &a->styles);
	} else if (strcmp(key, "colors") == 0) {
		attr_per_value(r, a, value, &a->colors);
	} else if (strcmp(key, "types") == 0) {
		a->types = node_type_list(r, value, &a->ntypes);
	} else if (strcmp(key, "ja") == 0) {
		const char *text = scalar(r, value, "ja");
		if (text)
			a->ja_name = intern(r, text);
	} else if (strcmp(key, "vocabulary") == 0) {
		const char *text = scalar(r, value, "vocabulary");
		if (text && !(a->vocabulary = cm_schema_vocabulary(r->schema, text)))
			unknown_vocabulary(r, value, text);
	} else { /* kind */
		const char *text = scalar(r, value, "kind");
		size_t k = 0, nkinds = sizeof(kind_names) / sizeof(kind_names[0]);
		while (text && k < nkinds && strcmp(kind_names[k], text) != 0)
			k++;
		if (text && k == nkinds)
			unknown(r, value, "attribute kind", text, kind_names, nkinds);
		else if (text)
			a->kind = (cm_attr_kind)k;
	}
}

static const char *const reserved_keys[] = {"id", "type", "name", "since",
					    "until", "from", "to"};

static void check_attr(reader *r, const cm_attr_def *a, const cm_ynode *at)
{
	for (size_t i = 0; i < sizeof(reserved_keys) / sizeof(reserved_keys[0]); i++)
		if (strcmp(a->name, reserved_keys[i]) == 0)
			problem(r, at, "'%s' is built in and cannot be declared as an attribute%s",
				a->name, NULL);
	if (cm_schema_edge_type(r->schema, a->name))
		problem(r, at, "attribute '%s' has the name of an edge type%s", a->name, NULL);
	if (a->kind == CM_KIND_ENUM && !a->nvalues)
		problem(r, at, "enum attribute '%s' needs values%s", a->name, NULL);
	if (a->kind == CM_KIND_REF && !a->ntypes)
		problem(r, at, "ref attribute '%s' needs types%s", a->name, NULL);
	if (a->kind == CM_KIND_TERMS && !a->vocabulary)
		problem(r, at, "terms attribute '%s' needs a vocabulary%s", a->name, NULL);
}

static void load_attrs(reader *r, const cm_ynode *section, cm_attr_def **out,
		       size_t *count, const char *what)
{
	static const char *const allowed[] = {
		"kind", "description", "values", "styles", "types", "resolve",
		"search", "label_ja", "side", "tag", "detail", "abbrev", "vocabulary",
		"adoption", "rests_on", "chart", "colors", "ja",
	};
	size_t n = section_names(r, section, what);
	*out = cm_arena_calloc(r->arena, n + 1, sizeof(**out));
	if (!*out)
		return;
	for (size_t i = 0; i < n; i++) {
		cm_attr_def *a = &(*out)[i];
		a->name = intern(r, section->items[2 * i]->text);
		a->kind = CM_KIND_STRING;
		*count = i + 1;
		each_property(r, section->items[2 * i + 1], allowed,
			      sizeof(allowed) / sizeof(allowed[0]), attr_property, a);
		check_attr(r, a, section->items[2 * i]);
	}
}

/* ---- queries and strict ---- */

/* A relation some vocabulary's terms use (broader, may_cause). */
static int is_relation(const cm_schema *s, const char *name)
{
	for (size_t v = 0; v < s->nvocabularies; v++)
		for (size_t t = 0; t < s->vocabularies[v].nterms; t++)
			for (size_t k = 0; k < s->vocabularies[v].terms[t].nrelations; k++)
				if (s->vocabularies[v].terms[t].relations[k].key == name)
					return 1;
	return 0;
}

static int names_something(const cm_schema *s, const char *name)
{
	return cm_schema_node_type(s, name) || cm_schema_edge_type(s, name) ||
	       cm_schema_node_attr(s, name) || cm_schema_edge_attr(s, name) ||
	       is_relation(s, name);
}

static void check_names(reader *r, const cm_ynode *at, const char *const *names,
			size_t count)
{
	const cm_schema *s = r->schema;
	for (size_t i = 0; i < count; i++) {
		if (names_something(s, names[i]))
			continue;
		const char *choices[128];
		size_t n = 0;
		for (size_t t = 0; t < s->nedge_types && n < 128; t++)
			choices[n++] = s->edge_types[t].name;
		for (size_t t = 0; t < s->nnode_types && n < 128; t++)
			choices[n++] = s->node_types[t].name;
		const cm_ynode *item = at->kind == CM_Y_SEQUENCE && i < at->count ? at->items[i] : at;
		unknown(r, item, "type or attribute", names[i], choices, n);
	}
}

static void load_queries(reader *r, const cm_ynode *section)
{
	cm_schema *s = r->schema;
	size_t n = section_names(r, section, "queries");
	s->queries = cm_arena_calloc(r->arena, n + 1, sizeof(*s->queries));
	for (size_t i = 0; s->queries && i < n; i++) {
		cm_query_def *q = &s->queries[i];
		const cm_ynode *body = section->items[2 * i + 1];
		q->name = intern(r, section->items[2 * i]->text);
		s->nqueries = i + 1;
		if (!is_mapping(r, body, "a query"))
			continue;
		q->params = cm_arena_calloc(r->arena, body->count / 2 + 1, sizeof(*q->params));
		for (size_t k = 0; q->params && k + 1 < body->count; k += 2) {
			cm_query_param *p = &q->params[q->nparams++];
			p->key = intern(r, body->items[k]->text);
			p->names = name_list(r, body->items[k + 1], &p->count);
			if (p->names)
				check_names(r, body->items[k + 1], p->names, p->count);
		}
	}
}

/* succession_gap, adoption_gap: a duration in days or weeks. */
static void load_gap(reader *r, const cm_ynode *value, const char *key, int *days)
{
	const char *text = scalar(r, value, key);
	cm_duration d;
	if (!text)
		return;
	if (cm_duration_parse(&d, text) != CM_OK ||
	    (d.unit != CM_UNIT_DAYS && d.unit != CM_UNIT_WEEKS)) {
		problem(r, value, "%s '%s' must be days or weeks, as in 31d", key, text);
		return;
	}
	*days = (int)(d.unit == CM_UNIT_WEEKS ? 7 * d.amount : d.amount);
}

static void rule_key(reader *r, cm_strict_rule *rule, const char *key, const cm_ynode *value)
{
	size_t n = 0;
	if (strcmp(key, "types") == 0) {
		rule->types = name_list(r, value, &rule->ntypes);
		if (rule->types)
			check_names(r, value, rule->types, rule->ntypes);
	} else if (strcmp(key, "require") == 0) {
		rule->require = name_list(r, value, &rule->nrequire);
		if (rule->require)
			check_names(r, value, rule->require, rule->nrequire);
	} else if (strcmp(key, "where") == 0 && is_mapping(r, value, "where") && value->count == 2) {
		rule->where_attr = intern(r, value->items[0]->text);
		rule->where_value = intern(r, value->items[1]->text);
	} else if (strcmp(key, "if") == 0) {
		const char **names = name_list(r, value, &n);
		if (names && n == 1)
			rule->if_present = names[0];
	} else if (strcmp(key, "about") == 0) {
		rule->label = text_value(r, value);
	} else if (strcmp(key, "about_ja") == 0) {
		rule->label_ja = text_value(r, value);
	} else {
		static const char *const keys[] = {"types", "require", "where", "if", "about",
						   "about_ja"};
		unknown(r, value, "key", key, keys, 6);
	}
}

/* require_if: a list of rules (see cm_strict_rule). */
static void load_rules(reader *r, const cm_ynode *list)
{
	cm_schema *s = r->schema;
	if (list->kind != CM_Y_SEQUENCE) {
		problem(r, list, "require_if must be a list of rules%s%s", NULL, NULL);
		return;
	}
	s->strict_rules = cm_arena_calloc(r->arena, list->count + 1, sizeof(*s->strict_rules));
	for (size_t i = 0; s->strict_rules && i < list->count; i++) {
		const cm_ynode *item = list->items[i];
		cm_strict_rule *rule = &s->strict_rules[s->nstrict_rules++];
		rule->line = item->line;
		rule->column = item->column;
		if (!is_mapping(r, item, "a rule"))
			continue;
		for (size_t k = 0; k + 1 < item->count; k += 2)
			rule_key(r, rule, item->items[k]->text, item->items[k + 1]);
	}
}

static void load_strict(reader *r, const cm_ynode *section)
{
	static const char *const keys[] = {"require", "edges", "since", "succession_gap",
					   "adoption_gap", "require_if", "official_share"};
	cm_schema *s = r->schema;
	if (!is_mapping(r, section, "strict"))
		return;
	for (size_t i = 0; i + 1 < section->count; i += 2) {
		const char *key = section->items[i]->text;
		const cm_ynode *value = section->items[i + 1];
		if (strcmp(key, "succession_gap") == 0) {
			load_gap(r, value, key, &s->succession_gap);
			continue;
		}
		if (strcmp(key, "adoption_gap") == 0) {
			load_gap(r, value, key, &s->adoption_gap);
			continue;
		}
		if (strcmp(key, "require_if") == 0) {
			load_rules(r, value);
			continue;
		}
		if (strcmp(key, "official_share") == 0) {
			const char *text = scalar(r, value, "official_share");
			char *end;
			long share = text ? strtol(text, &end, 10) : -1;
			if (!text || *end || share < 0 || share > 100)
				problem(r, value, "official_share must be a percentage from 0 to 100%s%s", NULL, NULL);
			else
				s->official_share = (int)share;
			continue;
		}
		size_t n = 0, k = 0;
		while (k < 3 && strcmp(key, keys[k]) != 0)
			k++;
		if (k == 3) {
			unknown(r, section->items[i], "key", key, keys, 7);
			continue;
		}
		const char **names = name_list(r, value, &n);
		if (!names)
			continue;
		check_names(r, value, names, n);
		if (k == 0) {
			s->strict_attrs = names;
			s->nstrict_attrs = n;
		} else if (k == 2) {
			s->strict_since = names;
			s->nstrict_since = n;
		} else {
			s->strict_edges = cm_arena_calloc(r->arena, n + 1, sizeof(*s->strict_edges));
			for (size_t e = 0; s->strict_edges && e < n; e++)
				if ((s->strict_edges[e] = cm_schema_edge_type(s, names[e])))
					s->nstrict_edges++;
		}
	}
}

static void make_labels(reader *r)
{
	cm_schema *s = r->schema;
	for (size_t i = 0; i < s->nedge_types; i++) {
		cm_edge_type *t = &s->edge_types[i];
		size_t n = strlen(t->name) + 5;
		char *out = cm_arena_alloc(r->arena, n), *in = cm_arena_alloc(r->arena, n);
		if (!out || !in) {
			memory(r);
			return;
		}
		snprintf(out, n, "%s %s", t->symmetric ? "<->" : "->", t->name);
		snprintf(in, n, "%s %s", t->symmetric ? "<->" : "<-", t->name);
		t->label_out = out;
		t->label_in = in;
	}
}

/* Each attribute's `ja` names another attribute of the same list. */
static void pair_languages(reader *r, cm_attr_def *defs, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (!defs[i].ja_name)
			continue;
		for (size_t k = 0; k < n; k++)
			if (defs[k].name == defs[i].ja_name) {
				defs[i].ja = &defs[k];
				defs[k].is_ja = 1;
			}
		if (!defs[i].ja)
			problem(r, NULL, "attribute '%s' names '%s' as its Japanese text, which is not declared",
				defs[i].name, defs[i].ja_name);
	}
}

static void find_roles(cm_schema *s)
{
	for (size_t i = 0; i < s->nnode_attrs; i++) {
		if ((s->node_attrs[i].flags & CM_ATTR_SIDE) && !s->side)
			s->side = &s->node_attrs[i];
		if ((s->node_attrs[i].flags & CM_ATTR_LABEL_JA) && !s->label_ja)
			s->label_ja = &s->node_attrs[i];
	}
}

cm_status cm_schema_load(cm_schema *out, const cm_ynode *root, const char *file,
			 cm_arena *arena, cm_strings *strings, cm_diags *diags)
{
	static const char *const sections[] = {"node_types", "edge_types",
					       "vocabularies", "node_attributes",
					       "edge_attributes", "queries", "strict", "resolve",
					       "labels", "source_classes", "gaps"};
	const size_t nsections = sizeof(sections) / sizeof(sections[0]);
	reader r = {file, arena, strings, diags, out, 0, 0};
	memset(out, 0, sizeof(*out));
	if (!root || root->kind != CM_Y_MAPPING) {
		problem(&r, root, "the schema must be a mapping with node_types and edge_types%s%s",
			NULL, NULL);
		return CM_EINVAL;
	}
	for (size_t i = 0; i + 1 < root->count; i += 2) {
		const char *key = root->items[i]->text;
		size_t k = 0;
		while (k < nsections && strcmp(key, sections[k]) != 0)
			k++;
		if (k == nsections)
			unknown(&r, root->items[i], "schema section", key, sections, nsections);
	}
	const cm_ynode *node_types = cm_ymap_get(root, "node_types");
	if (!node_types)
		problem(&r, root, "the schema declares no node_types%s%s", NULL, NULL);
	else
		load_node_types(&r, node_types);
	/* after running out of memory, the tables are not whole: stop */
	const cm_ynode *section;
	if (!r.out_of_memory && (section = cm_ymap_get(root, "edge_types")))
		load_edge_types(&r, section);
	if (!r.out_of_memory && (section = cm_ymap_get(root, "vocabularies")))
		load_vocabularies(&r, section);
	if (!r.out_of_memory && (section = cm_ymap_get(root, "node_attributes")))
		load_attrs(&r, section, &out->node_attrs, &out->nnode_attrs, "node_attributes");
	if (!r.out_of_memory && (section = cm_ymap_get(root, "edge_attributes")))
		load_attrs(&r, section, &out->edge_attrs, &out->nedge_attrs, "edge_attributes");
	if (!r.out_of_memory && (section = cm_ymap_get(root, "queries")))
		load_queries(&r, section);
	if (!r.out_of_memory && (section = cm_ymap_get(root, "strict")))
		load_strict(&r, section);
	if (!r.out_of_memory && (section = cm_ymap_get(root, "resolve")))
		load_resolve(&r, section);
	if (!r.out_of_memory && (section = cm_ymap_get(root, "labels")))
		load_labels(&r, section);
	if (!r.out_of_memory && (section = cm_ymap_get(root, "source_classes")))
		load_source_classes(&r, section);
	if (!r.out_of_memory && (section = cm_ymap_get(root, "gaps")))
		load_gaps(&r, section);
	if (arena->failed || strings->failed)
		memory(&r); /* an allocation on the way that nothing reported */
	if (r.out_of_memory)
		return CM_ENOMEM;
	pair_languages(&r, out->node_attrs, out->nnode_attrs);
	pair_languages(&r, out->edge_attrs, out->nedge_attrs);
	find_roles(out);
	make_labels(&r);
	if (arena->failed || strings->failed)
		memory(&r);
	return r.out_of_memory ? CM_ENOMEM : r.failed ? CM_EINVAL : CM_OK;
}

const cm_node_type *cm_schema_node_type(const cm_schema *s, const char *name)
{
	for (size_t i = 0; i < s->nnode_types; i++)
		if (s->node_types[i].name == name)
			return &s->node_types[i];
	return NULL;
}

const cm_edge_type *cm_schema_edge_type(const cm_schema *s, const char *name)
{
	for (size_t i = 0; i < s->nedge_types; i++)
		if (s->edge_types[i].name == name)
			return &s->edge_types[i];
	return NULL;
}

static const cm_attr_def *find_attr(const cm_attr_def *defs, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (defs[i].name == name)
			return &defs[i];
	return NULL;
}

const cm_attr_def *cm_schema_node_attr(const cm_schema *s, const char *name)
{
	return find_attr(s->node_attrs, s->nnode_attrs, name);
}

const cm_attr_def *cm_schema_edge_attr(const cm_schema *s, const char *name)
{
	return find_attr(s->edge_attrs, s->nedge_attrs, name);
}

const cm_vocabulary *cm_schema_vocabulary(const cm_schema *s, const char *name)
{
	for (size_t i = 0; i < s->nvocabularies; i++)
		if (strcmp(s->vocabularies[i].name, name) == 0)
			return &s->vocabularies[i];
	return NULL;
}

const cm_term *cm_vocabulary_term(const cm_vocabulary *v, const char *id)
{
	for (size_t i = 0; v && i < v->nterms; i++)
		if (strcmp(v->terms[i].id, id) == 0)
			return &v->terms[i];
	return NULL;
}

const cm_query_def *cm_schema_query(const cm_schema *s, const char *name)
{
	for (size_t i = 0; i < s->nqueries; i++)
		if (strcmp(s->queries[i].name, name) == 0)
			return &s->queries[i];
	return NULL;
}

const char *const *cm_query_names(const cm_query_def *q, const char *key,
				  size_t *count)
{
	*count = 0;
	for (size_t i = 0; q && i < q->nparams; i++)
		if (strcmp(q->params[i].key, key) == 0) {
			*count = q->params[i].count;
			return q->params[i].names;
		}
	return NULL;
}

int cm_node_type_in(const cm_node_type *type, const cm_node_type *const *list,
		    size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (list[i] == type)
			return 1;
	return 0;
}
