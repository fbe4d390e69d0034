/* print_tsv.c: one header line, one row per line; \t \n \r \\ escaped,
 * other control characters as \xHH. */
#include "date.h"
#include "print.h"

static void add_field(cm_strbuf *out, const char *text)
{
	for (const char *p = text; *p; p++) {
		switch (*p) {
		case '\t': cm_strbuf_adds(out, "\\t"); break;
		case '\n': cm_strbuf_adds(out, "\\n"); break;
		case '\r': cm_strbuf_adds(out, "\\r"); break;
		case '\\': cm_strbuf_adds(out, "\\\\"); break;
		default:
			if ((unsigned char)*p < 0x20 || *p == 0x7f)
				cm_strbuf_addf(out, "\\x%02x", (unsigned char)*p);
			else
				cm_strbuf_addc(out, *p);
		}
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
