/*
 * labels.c: every word the program prints in a language comes from the
 * schema's labels section (or, for an attribute's values, from the labels
 * of its vocabulary's terms), so that the English and the Japanese are data
 * beside the map.  A missing key falls back to the English text, then to
 * the key's own last part: a reader still sees something, and the labels
 * test (tests/) finds the gap.
 */
#include "labels.h"

#include <stdio.h>
#include <string.h>

#include "date.h"
#include "deadline.h"
#include "intern.h"

const char *cm_label(const cm_map *map, const cm_view *view, const char *key,
		     const char *fallback)
{
	const char *text = map ? cm_schema_label(&map->schema, view ? view->lang : NULL, key) : NULL;
	return text ? text : fallback;
}

const char *cm_label_column(const cm_map *map, const cm_view *view, const char *column)
{
	const char *text = cm_schema_label2(&map->schema, view ? view->lang : NULL, "column",
					    column);
	return text ? text : column;
}

static const cm_attr_def *edge_or_node_attr(const cm_map *map, const char *attr)
{
	const char *name = cm_intern_find(&map->strings, attr);
	if (!name)
		return NULL;
	const cm_attr_def *def = cm_schema_edge_attr(&map->schema, name);
	return def ? def : cm_schema_node_attr(&map->schema, name);
}

static const char *term_label(const cm_view *view, const cm_term *t)
{
	if (view && view->lang && strcmp(view->lang, "ja") == 0 && t->label_ja)
		return t->label_ja;
	return t->label ? t->label : t->id;
}

const char *cm_label_value(const cm_map *map, const cm_view *view, const char *attr,
			   const char *value)
{
	char key[160];
	snprintf(key, sizeof key, "value.%s.%s", attr, value);
	const char *text = cm_schema_label(&map->schema, view ? view->lang : NULL, key);
	if (text)
		return text;
	const cm_attr_def *def = edge_or_node_attr(map, attr);
	const cm_term *t = def ? cm_vocabulary_term(def->vocabulary, value) : NULL;
	return t ? term_label(view, t) : value;
}

void cm_label_values(cm_strbuf *out, const cm_map *map, const cm_view *view, const char *attr,
		     const char *values)
{
	const char *sep = cm_label(map, view, "list.separator", ", ");
	char item[256];
	int first = 1;
	for (const char *p = values; *p;) {
		size_t n = strcspn(p, ",");
		snprintf(item, sizeof item, "%.*s", (int)n, p);
		char *start = item;
		while (*start == ' ')
			start++;
		if (*start) {
			cm_strbuf_addf(out, "%s%s", first ? "" : sep,
				       cm_label_value(map, view, attr, start));
			first = 0;
		}
		p += n;
		if (*p == ',')
			p++;
	}
}

typedef struct term_lookup {
	const cm_map *map;
	const cm_view *view;
} term_lookup;

/* A deadline term's label: from the vocabulary of any duration attribute
 * that has one. */
static const char *deadline_term(const void *arg, const char *term)
{
	const term_lookup *l = arg;
	const cm_schema *s = &l->map->schema;
	for (size_t i = 0; i < s->nedge_attrs; i++) {
		const cm_term *t = s->edge_attrs[i].kind == CM_KIND_DURATION
					   ? cm_vocabulary_term(s->edge_attrs[i].vocabulary, term)
					   : NULL;
		if (t)
			return term_label(l->view, t);
	}
	return NULL;
}

void cm_label_deadline(cm_strbuf *out, const cm_map *map, const cm_view *view,
		       const char *compact)
{
	cm_deadline_words w = {
		cm_label(map, view, "unit.minute", "minute"),
		cm_label(map, view, "unit.minutes", "minutes"),
		cm_label(map, view, "unit.hour", "hour"),
		cm_label(map, view, "unit.hours", "hours"),
		cm_label(map, view, "unit.day", "day"),
		cm_label(map, view, "unit.days", "days"),
		cm_label(map, view, "unit.week", "week"),
		cm_label(map, view, "unit.weeks", "weeks"),
		cm_label(map, view, "unit.business_day", "business day"),
		cm_label(map, view, "unit.business_days", "business days"),
		cm_label(map, view, "deadline.within", "within %s"),
		cm_label(map, view, "deadline.range", "%s to %s"),
		cm_label(map, view, "deadline.and", "%s and %s"),
		cm_label(map, view, "deadline.then", "%s, then %s"),
		cm_label(map, view, "deadline.none", "no deadline set"),
		cm_label(map, view, "deadline.unknown", "no deadline stated"),
		strcmp(cm_label(map, view, "unit.glued", "no"), "yes") == 0,
	};
	term_lookup l = {map, view};
	cm_deadline_in_words(out, compact, &w, deadline_term, &l);
}

void cm_label_pending(cm_strbuf *out, const cm_map *map, const cm_view *view, int since)
{
	if (since == CM_DATE_PENDING) {
		cm_strbuf_addf(out, "(%s)", cm_label(map, view, "pending.unset",
						     "pending: start date not set"));
		return;
	}
	char day[CM_DATE_BUF];
	cm_date_format(day, sizeof day, since);
	cm_strbuf_adds(out, "(");
	cm_strbuf_fill1(out, cm_label(map, view, "pending.from", "pending: from %s"), day);
	cm_strbuf_adds(out, ")");
}

const char *cm_label2_or(const cm_map *map, const cm_view *view, const char *prefix,
			 const char *name)
{
	const char *text = cm_schema_label2(&map->schema, view ? view->lang : NULL, prefix, name);
	return text ? text : name;
}

const char *cm_name_in_lang(const cm_map *map, const cm_view *view, const char *prefix,
			    const char *name)
{
	if (!view || !view->lang || strcmp(view->lang, "en") == 0)
		return name;
	return cm_label2_or(map, view, prefix, name);
}

const cm_attr *cm_attr_in_lang(const cm_view *view, const cm_attr *attrs, size_t n,
			       const cm_attr *a, int *english_only)
{
	*english_only = 0;
	if (!view || !view->lang || strcmp(view->lang, "ja") != 0 || !a->def->ja)
		return a;
	const cm_attr *ja = cm_attr_find(attrs, n, a->def->ja->name);
	if (ja)
		return ja;
	*english_only = 1;
	return a;
}

/* "-> part_of", "<-> counterpart": the arrow kept, the edge type in words. */
static int relation_words(cm_strbuf *out, const cm_map *map, const cm_view *view,
			  const char *value)
{
	static const char *const arrows[] = {"<-> ", "-> ", "<- "};
	for (size_t i = 0; i < 3; i++) {
		size_t n = strlen(arrows[i]);
		if (strncmp(value, arrows[i], n) == 0) {
			cm_strbuf_adds(out, arrows[i]);
			cm_strbuf_adds(out, cm_label2_or(map, view, "edge", value + n));
			return 1;
		}
	}
	return 0;
}

/* "step 3": a label for "step" with the number filled in. */
static int numbered(cm_strbuf *out, const cm_map *map, const cm_view *view, const char *column,
		    const char *value)
{
	const char *space = strrchr(value, ' ');
	if (!space || !space[1] || strspn(space + 1, "0123456789") != strlen(space + 1))
		return 0;
	char key[160];
	snprintf(key, sizeof key, "cell.%s.%.*s", column, (int)(space - value), value);
	const char *text = cm_schema_label(&map->schema, view ? view->lang : NULL, key);
	if (!text)
		return 0;
	cm_strbuf_fill1(out, text, space + 1);
	return 1;
}

void cm_label_cell(cm_strbuf *out, const cm_map *map, const cm_view *view, cm_role role,
		   const char *column, const char *value)
{
	const char *text = NULL;
	char key[200];
	switch (role) {
	case CM_ROLE_KIND:
		if (numbered(out, map, view, column, value))
			return;
		snprintf(key, sizeof key, "cell.%s.%s", column, value);
		text = cm_schema_label(&map->schema, view ? view->lang : NULL, key);
		break;
	case CM_ROLE_TYPE: /* a node type, an edge type, a source class or a word */
		text = cm_schema_label2(&map->schema, view ? view->lang : NULL, "type", value);
		if (!text)
			text = cm_schema_label2(&map->schema, view ? view->lang : NULL, "edge", value);
		if (!text)
			text = cm_schema_label2(&map->schema, view ? view->lang : NULL, "source_class",
						value);
		if (!text) {
			snprintf(key, sizeof key, "cell.%s.%s", column, value);
			text = cm_schema_label(&map->schema, view ? view->lang : NULL, key);
		}
		break;
	case CM_ROLE_KEY:
		if (relation_words(out, map, view, value))
			return;
		text = cm_schema_label2(&map->schema, view ? view->lang : NULL, "attr", value);
		break;
	case CM_ROLE_RELATION:
		if (relation_words(out, map, view, value))
			return;
		text = cm_schema_label2(&map->schema, view ? view->lang : NULL, "edge", value);
		break;
	default:
		break;
	}
	cm_strbuf_adds(out, text ? text : value);
}

/* ---- the public face of the labels ---- */

cm_status cm_deadline_describe(char **out, const cm_map *map, const cm_view *view,
			       const char *compact)
{
	cm_strbuf buf;
	cm_strbuf_init(&buf);
	if (compact && *compact)
		cm_label_deadline(&buf, map, view, compact);
	*out = cm_strbuf_detach(&buf, NULL); /* "" when nothing was added */
	return *out ? CM_OK : CM_ENOMEM;
}

size_t cm_map_label_count(const cm_map *map)
{
	return map->schema.nlabels;
}

const char *cm_map_label_key(const cm_map *map, size_t i)
{
	return i < map->schema.nlabels ? map->schema.labels[i].key : NULL;
}

const char *cm_map_label(const cm_map *map, const char *lang, const char *key)
{
	return key ? cm_schema_label(&map->schema, lang, key) : NULL;
}
