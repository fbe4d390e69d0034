/* graphviz.h: the Graphviz calls render.c makes, loaded on the first drawing. */
#ifndef CM_GRAPHVIZ_H
#define CM_GRAPHVIZ_H

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "cybermap.h"

/* Each pointer has the type of the function the headers declare. */
typedef struct cm_graphviz {
	__typeof__(agopen) *agopen;
	__typeof__(agclose) *agclose;
	__typeof__(agattr) *agattr;
	__typeof__(agsafeset) *agsafeset;
	__typeof__(agsubg) *agsubg;
	__typeof__(agnode) *agnode;
	__typeof__(agedge) *agedge;
	__typeof__(agstrdup) *agstrdup;
	__typeof__(agstrdup_html) *agstrdup_html;
	__typeof__(agstrfree) *agstrfree;
	__typeof__(agwrite) *agwrite;
	__typeof__(agseterr) *agseterr;
	__typeof__(agseterrf) *agseterrf;
	__typeof__(gvContext) *gvContext;
	__typeof__(gvLayout) *gvLayout;
	__typeof__(gvRenderData) *gvRenderData;
	__typeof__(gvFreeRenderData) *gvFreeRenderData;
	__typeof__(gvFreeLayout) *gvFreeLayout;
	Agdesc_t directed; /* Agdirected */
	Agmemdisc_t *memory; /* AgMemDisc and AgIoDisc, cgraph's own disciplines */
	Agiodisc_t *io;
} cm_graphviz;

/* Ids in the order objects are made, so that a chart does not depend on
 * where malloc put its strings (graphviz_ids.c). */
extern Agiddisc_t cm_graphviz_ordered_ids;

/*
 * Graphviz's libraries, opened the first time this is called and kept for
 * the life of the process, or NULL with a diagnostic when they cannot be:
 * commands that only print never load them, which saves a third of the
 * program's start-up.
 */
const cm_graphviz *cm_graphviz_load(cm_diags *diags);

#endif
