// runtime/module.c: the `module` type: attributes are the module's globals.
#include "runtime/module.h"

#include "gc/gc.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/type.h"

OuObject *ou_module_new(const char *name)
{
    OuModule *m = (OuModule *)ou_object_new(&ou_module_type);
    if (m == NULL)
        return NULL;
    m->dict = ou_dict_new();
    m->name = ou_str_from_cstr(name);
    if (m->dict == NULL || m->name == NULL
        || ou_dict_setitem_str(m->dict, "__name__", m->name) < 0
        || ou_dict_setitem_str(m->dict, "__doc__", ou_None) < 0
        || ou_dict_setitem_str(m->dict, "__package__", ou_None) < 0
        || ou_dict_setitem_str(m->dict, "__loader__", ou_None) < 0
        || ou_dict_setitem_str(m->dict, "__spec__", ou_None) < 0) {
        OU_DECREF(m);
        return NULL;
    }
    ou_gc_track((OuObject *)m);
    return (OuObject *)m;
}

int ou_module_add_functions(OuObject *m, const OuMethodDef *defs)
{
    for (; defs->name != NULL; defs++) {
        OuObject *f = ou_cfunc_new(defs, m);
        if (f == NULL)
            return -1;
        int r = ou_dict_setitem_str(ou_module_dict(m), defs->name, f);
        OU_DECREF(f);
        if (r < 0)
            return -1;
    }
    return 0;
}

int ou_module_add_object(OuObject *m, const char *name, OuObject *value)
{
    return ou_dict_setitem_str(ou_module_dict(m), name, value);
}

int ou_module_add_int(OuObject *m, const char *name, int64_t value)
{
    OuObject *v = ou_int_from_i64(value);
    if (v == NULL)
        return -1;
    int r = ou_module_add_object(m, name, v);
    OU_DECREF(v);
    return r;
}

static void module_dealloc(OuObject *o)
{
    OuModule *m = (OuModule *)o;
    ou_gc_untrack(o);
    OU_CLEAR(m->dict);
    OU_CLEAR(m->name);
    ou_object_free(o);
}

static int module_traverse(OuObject *o, OuVisitProc visit, void *arg)
{
    OU_VISIT(((OuModule *)o)->dict);
    return 0;
}

static int module_clear(OuObject *o)
{
    OuModule *m = (OuModule *)o;
    if (m->dict != NULL)
        ou_dict_clear(m->dict);
    return 0;
}

static OuObject *module_repr(OuObject *o)
{
    OuModule *m = (OuModule *)o;
    OuObject *file = ou_dict_getitem_str(m->dict, "__file__");
    if (file != NULL)
        return ou_str_from_format("<module %R from %R>", m->name, file);
    return ou_str_from_format("<module %R (built-in)>", m->name);
}

static OuObject *module_getattr(OuObject *o, OuObject *name)
{
    OuModule *m = (OuModule *)o;
    OuObject *v = ou_dict_getitem(m->dict, name);
    if (v != NULL)
        return ou_newref(v);
    if (ou_err_occurred())
        return NULL;
    OuObject *descr = ou_type_lookup(OU_TYPE(o), name);
    if (descr != NULL) {
        OuTernaryFunc get = OU_TYPE(descr)->descr_get;
        return get ? get(descr, o, (OuObject *)OU_TYPE(o)) : ou_newref(descr);
    }
    return ou_err_format(&ou_exc_AttributeError, "module '%U' has no attribute '%U'", m->name, name);
}

static int module_setattr(OuObject *o, OuObject *name, OuObject *value)
{
    OuModule *m = (OuModule *)o;
    if (value != NULL)
        return ou_dict_setitem(m->dict, name, value);
    if (ou_dict_delitem(m->dict, name) < 0) {
        ou_err_clear();
        ou_err_format(&ou_exc_AttributeError, "module '%U' has no attribute '%U'", m->name, name);
        return -1;
    }
    return 0;
}

static OuObject *module_get_dict(OuObject *o) { return ou_newref(((OuModule *)o)->dict); }

static const OuGetSetDef module_getsets[] = {
    {"__dict__", module_get_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

OuType ou_module_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "module",
    .basicsize = sizeof(OuModule),
    .flags = OU_TPFLAGS_GC | OU_TPFLAGS_BASETYPE,
    .dealloc = module_dealloc,
    .repr = module_repr,
    .getattr = module_getattr,
    .setattr = module_setattr,
    .traverse = module_traverse,
    .clear = module_clear,
    .getsets = module_getsets,
};
