// runtime/method.c: the bound `method` type. Calls prepend `self`; the VM's
// LOAD_METHOD avoids creating these for the common `obj.meth(...)` call.
#include "runtime/method.h"

#include <string.h>
#include "gc/gc.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

OuObject *ou_method_new(OuObject *func, OuObject *self)
{
    OuMethod *m = (OuMethod *)ou_object_new(&ou_method_type);
    if (m == NULL)
        return NULL;
    m->func = ou_newref(func);
    m->self = ou_newref(self);
    ou_gc_track((OuObject *)m);
    return (OuObject *)m;
}

static void method_dealloc(OuObject *o)
{
    OuMethod *m = (OuMethod *)o;
    ou_gc_untrack(o);
    OU_CLEAR(m->func);
    OU_CLEAR(m->self);
    ou_object_free(o);
}

static int method_traverse(OuObject *o, OuVisitProc visit, void *arg)
{
    OU_VISIT(((OuMethod *)o)->func);
    OU_VISIT(((OuMethod *)o)->self);
    return 0;
}

static int method_clear(OuObject *o)
{
    OU_CLEAR(((OuMethod *)o)->func);
    OU_CLEAR(((OuMethod *)o)->self);
    return 0;
}

#define SMALL_ARGS 8

static OuObject *method_call(OuObject *callable, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuMethod *m = (OuMethod *)callable;
    ou_ssize_t total = nargs + (kwnames ? ou_tuple_size(kwnames) : 0);
    OuObject *small[SMALL_ARGS + 1];
    OuObject **buf = small;
    if (total + 1 > SMALL_ARGS + 1) {
        buf = ou_mem_alloc_or_raise(sizeof(OuObject *) * (size_t)(total + 1));
        if (buf == NULL)
            return NULL;
    }
    buf[0] = m->self;
    if (total > 0)
        memcpy(buf + 1, args, sizeof(OuObject *) * (size_t)total);
    OuObject *r = ou_call(m->func, buf, nargs + 1, kwnames);
    if (buf != small)
        ou_mem_free(buf);
    return r;
}

static OuObject *method_repr(OuObject *o)
{
    OuMethod *m = (OuMethod *)o;
    OuObject *name = ou_object_getattr_str(m->func, "__qualname__");
    if (name == NULL)
        return NULL;
    OuObject *selfrepr = ou_object_repr(m->self);
    if (selfrepr == NULL) {
        OU_DECREF(name);
        return NULL;
    }
    OuObject *r = ou_str_from_format("<bound method %U of %U>", name, selfrepr);
    OU_DECREF(name);
    OU_DECREF(selfrepr);
    return r;
}

static OuObject *method_get_func(OuObject *o) { return ou_newref(((OuMethod *)o)->func); }
static OuObject *method_get_self(OuObject *o) { return ou_newref(((OuMethod *)o)->self); }
static OuObject *method_get_name(OuObject *o) { return ou_object_getattr_str(((OuMethod *)o)->func, "__name__"); }

static const OuGetSetDef method_getsets[] = {
    {"__func__", method_get_func, NULL, NULL},
    {"__self__", method_get_self, NULL, NULL},
    {"__name__", method_get_name, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

// Other attributes come from the function: m.__qualname__, m.__doc__ …
static OuObject *method_getattr(OuObject *o, OuObject *name)
{
    OuObject *r = ou_object_generic_getattr(o, name);
    if (r != NULL || !ou_err_matches(&ou_exc_AttributeError))
        return r;
    ou_err_clear();
    return ou_object_getattr(((OuMethod *)o)->func, name);
}

static ou_hash_t method_hash(OuObject *o)
{
    OuMethod *m = (OuMethod *)o;
    ou_hash_t a = ou_object_hash(m->self);
    if (a == -1)
        return -1;
    ou_hash_t b = ou_object_hash(m->func);
    if (b == -1)
        return -1;
    ou_hash_t h = a ^ b;
    return h == -1 ? -2 : h;
}

static OuObject *method_richcompare(OuObject *a, OuObject *b, int op)
{
    if ((op != OU_EQ && op != OU_NE) || !ou_method_check(b))
        return ou_newref(ou_NotImplemented);
    OuMethod *x = (OuMethod *)a, *y = (OuMethod *)b;
    int eq = x->self == y->self;
    if (eq) {
        eq = ou_object_richcompare_bool(x->func, y->func, OU_EQ);
        if (eq < 0)
            return NULL;
    }
    return ou_bool_from(eq == (op == OU_EQ));
}

OuType ou_method_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "method",
    .basicsize = sizeof(OuMethod),
    .flags = OU_TPFLAGS_GC,
    .dealloc = method_dealloc,
    .repr = method_repr,
    .call = method_call,
    .traverse = method_traverse,
    .clear = method_clear,
    .getsets = method_getsets,
    .richcompare = method_richcompare,
    .hash = method_hash,
    .getattr = method_getattr,
};
