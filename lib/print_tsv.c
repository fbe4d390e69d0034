/* print_tsv.c: one header line, one row per line; \t \n \r \\ escaped,
 * the other unsafe characters (text.h) as \xHH (C0, DEL) or \uHHHH (C1,
 * direction controls), so the text stays exact. */
#include "date.h"
#include "escape.h"
#include "print.h"
#include "text.h"


void cm_print_tsv(cm_strbuf *out, const cm_result *r)
{
	for (size_t c = 0; c < r->ncolumns; c++) {
		cm_escape_tsv(out, r->columns[c]);
		cm_strbuf_addc(out, '\t');
	}
	cm_strbuf_adds(out, "pending\n");
	for (size_t i = 0; i < r->rows.count; i++) {
		for (size_t c = 0; c < r->ncolumns; c++) {
			cm_escape_tsv(out, cm_result_cell(r, i, c));
			cm_strbuf_addc(out, '\t');
		}
		int since;
		if (cm_result_row_pending(r, i, &since)) {
			char date[CM_DATE_BUF];
			cm_date_format(date, sizeof date, since);
			cm_strbuf_adds(out, date);
		}
		cm_strbuf_addc(out, '\n');
	}
}
