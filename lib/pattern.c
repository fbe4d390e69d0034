/*
 * pattern.c: the one file that includes PCRE2.  Patterns are compiled
 * caseless with UTF and UCP so Japanese text matches; every match runs with
 * match and depth limits so a pattern like (a+)+$ ends fast.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "pattern.h"

#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

/* Generous for any sensible search over names; a pattern that needs more
 * is backtracking catastrophically.  Matching stops at the first breach. */
#define MATCH_LIMIT 200000
#define DEPTH_LIMIT 5000

struct cm_pattern {
	char *text;
	pcre2_code *code;
	pcre2_match_data *data;
	pcre2_match_context *context;
	int error; /* a PCRE2 error code from matching, or 0 */
};

void cm_pattern_free(cm_pattern *p)
{
	if (!p)
		return;
	pcre2_match_data_free(p->data);
	pcre2_match_context_free(p->context);
	pcre2_code_free(p->code);
	free(p->text);
	free(p);
}

cm_status cm_pattern_compile(cm_pattern **out, const char *text, cm_diags *diags)
{
	int code;
	PCRE2_SIZE offset;
	cm_pattern *p = calloc(1, sizeof(*p));
	*out = NULL;
	if (!p || !(p->text = strdup(text))) {
		free(p);
		return CM_ENOMEM;
	}
	p->code = pcre2_compile((PCRE2_SPTR)text, PCRE2_ZERO_TERMINATED,
				PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP, &code, &offset, NULL);
	if (!p->code) {
		PCRE2_UCHAR message[256];
		pcre2_get_error_message(code, message, sizeof message);
		char q[80];
		cm_diag_add(diags, NULL, 0, 0, "bad pattern '%s': %s at offset %zu",
			    cm_diag_quote(q, sizeof q, text), (const char *)message,
			    (size_t)offset);
		cm_pattern_free(p);
		return CM_EINVAL;
	}
	pcre2_jit_compile(p->code, PCRE2_JIT_COMPLETE); /* optional speed-up */
	p->data = pcre2_match_data_create_from_pattern(p->code, NULL);
	p->context = pcre2_match_context_create(NULL);
	if (!p->data || !p->context) {
		cm_pattern_free(p);
		return CM_ENOMEM;
	}
	pcre2_set_match_limit(p->context, MATCH_LIMIT);
	pcre2_set_depth_limit(p->context, DEPTH_LIMIT);
	*out = p;
	return CM_OK;
}

int cm_pattern_failed(const cm_pattern *p)
{
	return p->error != 0;
}

int cm_pattern_match(cm_pattern *p, const char *subject)
{
	if (p->error)
		return 0;
	/* pcre2_match, not pcre2_jit_match: it checks the subject is UTF-8 */
	int rc = pcre2_match(p->code, (PCRE2_SPTR)subject, strlen(subject), 0, 0,
			     p->data, p->context);
	if (rc >= 0)
		return 1;
	if (rc != PCRE2_ERROR_NOMATCH && !p->error)
		p->error = rc;
	return 0;
}

cm_status cm_pattern_check(const cm_pattern *p, cm_diags *diags)
{
	if (!p->error)
		return CM_OK;
	char q[80];
	int limit = p->error == PCRE2_ERROR_MATCHLIMIT || p->error == PCRE2_ERROR_DEPTHLIMIT;
	cm_diag_add(diags, NULL, 0, 0,
		    limit ? "pattern '%s' needs too much backtracking; simplify it"
			  : "pattern '%s' could not be matched",
		    cm_diag_quote(q, sizeof q, p->text));
	return CM_ELIMIT;
}
