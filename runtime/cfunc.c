// runtime/cfunc.c: functions and methods written in C, and the descriptors
// that put C methods and attributes on built-in types.
//   builtin_function_or_method  `len`, `[].append` (bound to its self)
//   method_descriptor           `list.append` (binds on attribute access)
//   classmethod_descriptor      `dict.fromkeys` (binds the type)
//   getset_descriptor           `int.real`, `object.__class__`
#include "runtime/type.h"

#include "gc/gc.h"
#include "runtime/error.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

// ---- builtin_function_or_method ----

OuObject *ou_cfunc_new(const OuMethodDef *def, OuObject *self)
{
    OuCFunction *f = (OuCFunction *)ou_object_new(&ou_cfunc_type);
    if (f == NULL)
        return NULL;
    f->def = def;
    f->self = ou_xnewref(self);
    ou_gc_track((OuObject *)f);
    return (OuObject *)f;
}

static void cfunc_dealloc(OuObject *self)
{
    OuCFunction *f = (OuCFunction *)self;
    ou_gc_untrack(self);
    OU_XDECREF(f->self);
    OU_XDECREF(f->module_name);
    ou_object_free(self);
}

static int cfunc_traverse(OuObject *self, OuVisitProc visit, void *arg)
{
    OuCFunction *f = (OuCFunction *)self;
    OU_VISIT(f->self);
    return 0;
}

static int cfunc_clear(OuObject *self)
{
    OU_CLEAR(((OuCFunction *)self)->self);
    return 0;
}

static OuObject *cfunc_call(OuObject *callable, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuCFunction *f = (OuCFunction *)callable;
    return f->def->fn(f->self, args, nargs, kwnames);
}

static OuObject *cfunc_repr(OuObject *self)
{
    OuCFunction *f = (OuCFunction *)self;
    if (f->self == NULL || ou_module_check(f->self))
        return ou_str_from_format("<built-in function %s>", f->def->name);
    return ou_str_from_format("<built-in method %s of %s object at %p>", f->def->name,
                              ou_type_name(f->self), (void *)f->self);
}

static OuObject *cfunc_get_name(OuObject *self) { return ou_str_from_cstr(((OuCFunction *)self)->def->name); }
static OuObject *cfunc_get_self(OuObject *self)
{
    OuObject *s = ((OuCFunction *)self)->self;
    return ou_newref(s ? s : ou_None);
}
static OuObject *cfunc_get_doc(OuObject *self)
{
    const char *doc = ((OuCFunction *)self)->def->doc;
    return doc ? ou_str_from_cstr(doc) : ou_return_none();
}

static const OuGetSetDef cfunc_getsets[] = {
    {"__name__", cfunc_get_name, NULL, NULL},
    {"__qualname__", cfunc_get_name, NULL, NULL},
    {"__self__", cfunc_get_self, NULL, NULL},
    {"__doc__", cfunc_get_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

OuType ou_cfunc_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "builtin_function_or_method",
    .basicsize = sizeof(OuCFunction),
    .flags = OU_TPFLAGS_GC,
    .dealloc = cfunc_dealloc,
    .repr = cfunc_repr,
    .call = cfunc_call,
    .traverse = cfunc_traverse,
    .clear = cfunc_clear,
    .getsets = cfunc_getsets,
};

// ---- method_descriptor and classmethod_descriptor ----

OuObject *ou_method_descr_new(OuType *owner, const OuMethodDef *def)
{
    OuType *t = (def->flags & OU_METH_CLASS) ? &ou_classmethod_descr_type : &ou_method_descr_type;
    OuMethodDescr *d = (OuMethodDescr *)ou_object_new(t);
    if (d == NULL)
        return NULL;
    d->owner = owner;
    d->def = def;
    return (OuObject *)d;
}

static void descr_dealloc(OuObject *self)
{
    ou_object_free(self);
}

static int descr_check_self(OuMethodDescr *d, OuObject *self)
{
    if (!ou_is_instance_of(self, d->owner)) {
        ou_err_format(&ou_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                      d->def->name, d->owner->name, ou_type_name(self));
        return -1;
    }
    return 0;
}

// `list.append(l, x)`: the first argument is the instance.
static OuObject *method_descr_call(OuObject *callable, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuMethodDescr *d = (OuMethodDescr *)callable;
    if (d->def->flags & OU_METH_STATIC)
        return d->def->fn(NULL, args, nargs, kwnames);
    if (nargs < 1)
        return ou_err_format(&ou_exc_TypeError, "unbound method %s.%s() needs an argument",
                             d->owner->name, d->def->name);
    if (descr_check_self(d, args[0]) < 0)
        return NULL;
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static OuObject *method_descr_get(OuObject *self, OuObject *obj, OuObject *type)
{
    OuMethodDescr *d = (OuMethodDescr *)self;
    if (d->def->flags & OU_METH_STATIC)
        return ou_cfunc_new(d->def, NULL);
    if (obj == NULL)
        return ou_newref(self);
    if (descr_check_self(d, obj) < 0)
        return NULL;
    return ou_cfunc_new(d->def, obj);
}

static OuObject *method_descr_repr(OuObject *self)
{
    OuMethodDescr *d = (OuMethodDescr *)self;
    return ou_str_from_format("<method '%s' of '%s' objects>", d->def->name, d->owner->name);
}

static OuObject *descr_get_name(OuObject *self) { return ou_str_from_cstr(((OuMethodDescr *)self)->def->name); }

static const OuGetSetDef method_descr_getsets[] = {
    {"__name__", descr_get_name, NULL, NULL},
    {"__qualname__", descr_get_name, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

OuType ou_method_descr_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "method_descriptor",
    .basicsize = sizeof(OuMethodDescr),
    .flags = OU_TPFLAGS_METHOD_DESCRIPTOR,
    .dealloc = descr_dealloc,
    .repr = method_descr_repr,
    .call = method_descr_call,
    .descr_get = method_descr_get,
    .getsets = method_descr_getsets,
};

// `dict.fromkeys`: binds the class (the instance's type when reached
// through an instance).
static OuObject *classmethod_descr_get(OuObject *self, OuObject *obj, OuObject *type)
{
    OuMethodDescr *d = (OuMethodDescr *)self;
    if (type == NULL)
        type = (OuObject *)OU_TYPE(obj);
    return ou_cfunc_new(d->def, type);
}

static OuObject *classmethod_descr_call(OuObject *callable, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuMethodDescr *d = (OuMethodDescr *)callable;
    if (nargs < 1)
        return ou_err_format(&ou_exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                             d->def->name, d->owner->name);
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static OuObject *classmethod_descr_repr(OuObject *self)
{
    OuMethodDescr *d = (OuMethodDescr *)self;
    return ou_str_from_format("<method '%s' of '%s' objects>", d->def->name, d->owner->name);
}

OuType ou_classmethod_descr_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "classmethod_descriptor",
    .basicsize = sizeof(OuMethodDescr),
    .dealloc = descr_dealloc,
    .repr = classmethod_descr_repr,
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
    .getsets = method_descr_getsets,
};

// ---- getset_descriptor ----

OuObject *ou_getset_descr_new(OuType *owner, const OuGetSetDef *def)
{
    OuGetSetDescr *d = (OuGetSetDescr *)ou_object_new(&ou_getset_descr_type);
    if (d == NULL)
        return NULL;
    d->owner = owner;
    d->def = def;
    return (OuObject *)d;
}

static OuObject *getset_get(OuObject *self, OuObject *obj, OuObject *type)
{
    OuGetSetDescr *d = (OuGetSetDescr *)self;
    if (obj == NULL)
        return ou_newref(self);
    if (!ou_is_instance_of(obj, d->owner))
        return ou_err_format(&ou_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                             d->def->name, d->owner->name, ou_type_name(obj));
    return d->def->get(obj);
}

static int getset_set(OuObject *self, OuObject *obj, OuObject *value)
{
    OuGetSetDescr *d = (OuGetSetDescr *)self;
    if (d->def->set == NULL) {
        ou_err_format(&ou_exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                      d->def->name, d->owner->name);
        return -1;
    }
    return d->def->set(obj, value);
}

static OuObject *getset_repr(OuObject *self)
{
    OuGetSetDescr *d = (OuGetSetDescr *)self;
    return ou_str_from_format("<attribute '%s' of '%s' objects>", d->def->name, d->owner->name);
}

OuType ou_getset_descr_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "getset_descriptor",
    .basicsize = sizeof(OuGetSetDescr),
    .dealloc = descr_dealloc,
    .repr = getset_repr,
    .descr_get = getset_get,
    .descr_set = getset_set,
};
