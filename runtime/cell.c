// runtime/cell.c: the `cell` type.
#include "runtime/cell.h"

#include "gc/gc.h"
#include "runtime/error.h"
#include "runtime/str.h"

OuObject *ou_cell_new(OuObject *value)
{
    OuCell *c = (OuCell *)ou_object_new(&ou_cell_type);
    if (c == NULL)
        return NULL;
    c->ref = ou_xnewref(value);
    ou_gc_track((OuObject *)c);
    return (OuObject *)c;
}

static void cell_dealloc(OuObject *o)
{
    ou_gc_untrack(o);
    OU_CLEAR(((OuCell *)o)->ref);
    ou_object_free(o);
}

static int cell_traverse(OuObject *o, OuVisitProc visit, void *arg)
{
    OU_VISIT(((OuCell *)o)->ref);
    return 0;
}

static int cell_clear(OuObject *o)
{
    OU_CLEAR(((OuCell *)o)->ref);
    return 0;
}

static OuObject *cell_repr(OuObject *o)
{
    OuObject *ref = ((OuCell *)o)->ref;
    if (ref == NULL)
        return ou_str_from_format("<cell at %p: empty>", (void *)o);
    return ou_str_from_format("<cell at %p: %s object at %p>", (void *)o, ou_type_name(ref), (void *)ref);
}

static OuObject *cell_get_contents(OuObject *o)
{
    OuObject *v = ((OuCell *)o)->ref;
    if (v == NULL)
        return ou_err_set_string(&ou_exc_ValueError, "Cell is empty");
    return ou_newref(v);
}

static int cell_set_contents(OuObject *o, OuObject *v)
{
    OU_SETREF(((OuCell *)o)->ref, ou_xnewref(v));
    return 0;
}

static const OuGetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL},
    {NULL, NULL, NULL, NULL},
};

OuType ou_cell_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "cell",
    .basicsize = sizeof(OuCell),
    .flags = OU_TPFLAGS_GC,
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .traverse = cell_traverse,
    .clear = cell_clear,
    .getsets = cell_getsets,
};
