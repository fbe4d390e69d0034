/* print_tsv.c: one header line, one row per line; \t \n \r \\ escaped,
 * the other unsafe characters (text.h) as \xHH (C0, DEL) or \uHHHH (C1,
 * direction controls), so the text stays exact. */
#include "date.h"
#include "print.h"
#include "text.h"

static void add_field(cm_strbuf *out, const char *text)
{
	size_t len;
	for (const char *p = text; *p; p += len) {
		unsigned cp;
		cm_char_class c = cm_char_at(p, &len, &cp);
		switch (*p) {
		case '\t': cm_strbuf_adds(out, "\\t"); continue;
		case '\n': cm_strbuf_adds(out, "\\n"); continue;
		case '\r': cm_strbuf_adds(out, "\\r"); continue;
		case '\\': cm_strbuf_adds(out, "\\\\"); continue;
		}
		if (c == CM_CHAR_SAFE)
			cm_strbuf_add(out, p, len);
		else if (len == 1) /* C0, DEL (or a byte that is no character) */
			cm_strbuf_addf(out, "\\x%02x", cp);
		else
			cm_strbuf_addf(out, "\\u%04x", cp);
	}
}

void cm_print_tsv(cm_strbuf *out, const cm_result *r)
{
	for (size_t c = 0; c < r->ncolumns; c++) {
		add_field(out, r->columns[c]);
		cm_strbuf_addc(out, '\t');
	}
	cm_strbuf_adds(out, "pending\n");
	for (size_t i = 0; i < r->rows.count; i++) {
		for (size_t c = 0; c < r->ncolumns; c++) {
			add_field(out, cm_result_cell(r, i, c));
			cm_strbuf_addc(out, '\t');
		}
		int since;
		if (cm_result_row_pending(r, i, &since)) {
			char date[16];
			cm_date_format(date, sizeof date, since);
			cm_strbuf_adds(out, date);
		}
		cm_strbuf_addc(out, '\n');
	}
}
