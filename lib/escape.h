/* escape.h: text as each output syntax needs it (see escape.c). */
#ifndef CM_ESCAPE_H
#define CM_ESCAPE_H

#include <stddef.h>

#include "strbuf.h"

/* A JSON string, quotes included; < > & and U+2028/9 as \u escapes so the
 * document can sit inside HTML and old JavaScript. */
void cm_escape_json(cm_strbuf *out, const char *text);
/* A TSV field: \t \n \r \\ escaped, other unsafe characters as \xHH or
 * \uHHHH, exact. */
void cm_escape_tsv(cm_strbuf *out, const char *text);
/* A quoted CSV field ("" inside). */
void cm_escape_csv(cm_strbuf *out, const char *text);
/* XML text, exact where XML 1.0 can say it (GraphML). */
void cm_escape_xml(cm_strbuf *out, const char *text);
/* Text of an HTML page or HTML-like label, as people may see it. */
void cm_escape_html(cm_strbuf *out, const char *text);
/* A Cypher string in single quotes, exact. */
void cm_escape_cypher_string(cm_strbuf *out, const char *text);
/* A Cypher label or relationship type in backquotes; upper: in capitals. */
void cm_escape_cypher_name(cm_strbuf *out, const char *name, int upper);
/* A Graphviz string (label, tooltip, link): backslashes doubled, & as
 * &amp;, as people may see it; wrapped at about wrap columns (0: never). */
void cm_escape_dot(cm_strbuf *out, const char *text, size_t wrap);

#endif
