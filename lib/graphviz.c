/*
 * graphviz.c: dlopen and dlsym over Graphviz's cgraph and gvc.  The sonames
 * come from the build (the libraries the headers belong to); the
 * libraries are opened RTLD_GLOBAL because gvc's plugins expect to find
 * them loaded.
 */
#include "graphviz.h"

#include <dlfcn.h>
#include <stddef.h>
#include <string.h>

#include "diag.h"

#ifndef CM_CGRAPH_SONAME
#define CM_CGRAPH_SONAME "libcgraph.so.6"
#endif
#ifndef CM_GVC_SONAME
#define CM_GVC_SONAME "libgvc.so.6"
#endif

typedef struct symbol {
	const char *name;
	size_t offset; /* of its pointer in cm_graphviz */
} symbol;

#define SYMBOL(name) {#name, offsetof(cm_graphviz, name)}
static const symbol symbols[] = {
	SYMBOL(agopen), SYMBOL(agclose), SYMBOL(agattr), SYMBOL(agsafeset),
	SYMBOL(agsubg), SYMBOL(agnode), SYMBOL(agedge), SYMBOL(agstrdup), SYMBOL(agstrdup_html),
	SYMBOL(agstrfree), SYMBOL(agwrite), SYMBOL(agseterr), SYMBOL(agseterrf),
	SYMBOL(gvContext), SYMBOL(gvLayout), SYMBOL(gvRenderData),
	SYMBOL(gvFreeRenderData), SYMBOL(gvFreeLayout),
};

static int resolve_all(cm_graphviz *gv, void *cgraph, void *gvc, cm_diags *diags)
{
	void *directed = dlsym(cgraph, "Agdirected");
	if (!directed) {
		cm_diag_add(diags, NULL, 0, 0, "cannot use Graphviz: no Agdirected in " CM_CGRAPH_SONAME);
		return 0;
	}
	memcpy(&gv->directed, directed, sizeof(gv->directed));
	gv->memory = dlsym(cgraph, "AgMemDisc");
	gv->io = dlsym(cgraph, "AgIoDisc");
	if (!gv->memory || !gv->io) {
		cm_diag_add(diags, NULL, 0, 0, "cannot use Graphviz: no AgMemDisc or AgIoDisc in " CM_CGRAPH_SONAME);
		return 0;
	}
	for (size_t i = 0; i < sizeof(symbols) / sizeof(symbols[0]); i++) {
		/* gvc's handle reaches cgraph too: it depends on it */
		void *address = dlsym(gvc, symbols[i].name);
		if (!address) {
			cm_diag_add(diags, NULL, 0, 0, "cannot use Graphviz: %s is missing",
				    symbols[i].name);
			return 0;
		}
		/* POSIX guarantees a data pointer from dlsym converts to a function pointer */
		memcpy((char *)gv + symbols[i].offset, &address, sizeof(address));
	}
	return 1;
}

const cm_graphviz *cm_graphviz_load(cm_diags *diags)
{
	static cm_graphviz gv;
	static int loaded;
	if (loaded)
		return &gv;
	const char *const sonames[] = {CM_CGRAPH_SONAME, CM_GVC_SONAME};
	void *handles[2];
	for (size_t i = 0; i < 2; i++) {
		handles[i] = dlopen(sonames[i], RTLD_NOW | RTLD_GLOBAL);
		if (!handles[i]) {
			const char *why = dlerror();
			cm_diag_add(diags, NULL, 0, 0,
				    "cannot load Graphviz (%s) to draw: %s; install Graphviz, or choose a text format",
				    sonames[i], why ? why : "unknown error");
			return NULL;
		}
	}
	if (!resolve_all(&gv, handles[0], handles[1], diags))
		return NULL;
	loaded = 1;
	return &gv;
}
