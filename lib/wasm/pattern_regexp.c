/*
 * pattern_regexp.c: pattern.h for the library compiled to WebAssembly, over
 * the browser's own regular expressions (RegExp with the i and u flags:
 * caseless and Unicode-aware, as PCRE2 is used natively), since there is
 * no PCRE2 there.  The syntax the map's users type (words, alternatives,
 * classes, anchors) means the same in both; PCRE2-only constructs are
 * refused as bad patterns.  The browser sets no backtracking limit, so
 * a pathological pattern costs time in the page, not a wrong answer.
 */
#include <emscripten.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "pattern.h"

struct cm_pattern {
	char *text;
	int handle; /* in the page's table of compiled expressions */
};

/* The expression's number, or -1 with the browser's complaint in why. */
EM_JS(int, regexp_compile, (const char *text, char *why, int why_size), {
	const table = Module.cybermapPatterns || (Module.cybermapPatterns = []);
	try {
		table.push(new RegExp(UTF8ToString(text), "iu"));
		return table.length - 1;
	} catch (e) {
		stringToUTF8(String(e.message), why, why_size);
		return -1;
	}
});

EM_JS(int, regexp_test, (int handle, const char *subject), {
	return Module.cybermapPatterns[handle].test(UTF8ToString(subject)) ? 1 : 0;
});

EM_JS(void, regexp_free, (int handle), {
	Module.cybermapPatterns[handle] = null;
});

void cm_pattern_free(cm_pattern *p)
{
	if (!p)
		return;
	if (p->handle >= 0)
		regexp_free(p->handle);
	free(p->text);
	free(p);
}

cm_status cm_pattern_compile(cm_pattern **out, const char *text, cm_diags *diags)
{
	cm_pattern *p = calloc(1, sizeof(*p));
	*out = NULL;
	if (!p || !(p->text = strdup(text))) {
		free(p);
		return CM_ENOMEM;
	}
	char why[256] = "";
	p->handle = regexp_compile(text, why, (int)sizeof why);
	if (p->handle < 0) {
		char q[80];
		cm_diag_add(diags, NULL, 0, 0, "bad pattern '%s': %s",
			    cm_diag_quote(q, sizeof q, text), why);
		cm_pattern_free(p);
		return CM_EINVAL;
	}
	*out = p;
	return CM_OK;
}

int cm_pattern_failed(const cm_pattern *p)
{
	(void)p;
	return 0;
}

int cm_pattern_match(cm_pattern *p, const char *subject)
{
	return regexp_test(p->handle, subject);
}

cm_status cm_pattern_check(const cm_pattern *p, cm_diags *diags)
{
	(void)p, (void)diags;
	return CM_OK;
}
