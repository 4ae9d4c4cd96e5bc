// runtime/descr.c: `property`, `staticmethod`, `classmethod` and `super`.
// The messages are CPython 3.11's, word for word; the lookup rules (a
// property is a data descriptor, classmethod binds the class, super skips
// past `type` in the MRO of obj's class) are what class code relies on.
#include "runtime/descr.h"

#include "gc/gc.h"
#include "runtime/args.h"
#include "runtime/cell.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/method.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/frame.h"

// ---- Helpers shared by the four types ----

// 1 when `o` declares itself abstract through `__isabstractmethod__`, 0 when
// it does not (or has no such attribute), -1 on error. o may be NULL.
static int is_abstract(OuObject *o)
{
    if (o == NULL)
        return 0;
    OuObject *v = ou_object_getattr_str(o, "__isabstractmethod__");
    if (v == NULL) {
        if (!ou_err_matches(&ou_exc_AttributeError))
            return -1;
        ou_err_clear();
        return 0;
    }
    int r = ou_object_is_true(v);
    OU_DECREF(v);
    return r;
}

static int one_arg(const char *name, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw(name, kwnames) < 0)
        return -1;
    if (nargs != 1) {
        ou_err_format(&ou_exc_TypeError, "%s() takes exactly one argument (%zd given)", name, nargs);
        return -1;
    }
    return 0;
}

// `d.__get__(obj, type=None)` through `get`, the defining type's own slot:
// a subclass may override __get__ in Python and chain up to this one, so
// the instance's (inherited or overridden) slot is not the one to call.
static OuObject *call_descr_get(OuTernaryFunc get, OuObject *self, OuObject *const *args,
                                ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("__get__", kwnames) < 0 || ou_args_count("__get__", nargs, 1, 2) < 0)
        return NULL;
    OuObject *obj = args[0] == ou_None ? NULL : args[0];
    OuObject *type = nargs > 1 && args[1] != ou_None ? args[1] : NULL;
    if (obj == NULL && type == NULL)
        return ou_err_format(&ou_exc_TypeError, "__get__(None, None) is invalid");
    return get(self, obj, type);
}

// One `__get__` method per type, each bound to that type's slot.
#define DESCR_GET_METHOD(fname, slot) \
    static OuObject *slot(OuObject *, OuObject *, OuObject *); \
    static OuObject *fname(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames) \
    { \
        return call_descr_get(slot, self, args, nargs, kwnames); \
    }
DESCR_GET_METHOD(property_get_method, property_descr_get)
DESCR_GET_METHOD(staticmethod_get_method, staticmethod_descr_get)
DESCR_GET_METHOD(classmethod_get_method, classmethod_descr_get)
DESCR_GET_METHOD(super_get_method, super_descr_get)
#undef DESCR_GET_METHOD

// ---- property ----

static OuObject *none_to_null(OuObject *o) { return o == ou_None ? NULL : o; }

// The shared body of property() and property.__init__: every argument
// borrowed, NULL or None when absent. 0 / -1.
static int property_init_fields(OuProperty *p, OuObject *fget, OuObject *fset, OuObject *fdel,
                                OuObject *doc)
{
    fget = none_to_null(fget);
    fset = none_to_null(fset);
    fdel = none_to_null(fdel);
    doc = none_to_null(doc);
    OU_SETREF(p->fget, ou_xnewref(fget));
    OU_SETREF(p->fset, ou_xnewref(fset));
    OU_SETREF(p->fdel, ou_xnewref(fdel));
    p->getter_doc = 0;

    OuObject *newdoc = ou_xnewref(doc);
    if (newdoc == NULL && fget != NULL) {
        // No doc given: the getter's docstring documents the property.
        newdoc = ou_object_getattr_str(fget, "__doc__");
        if (newdoc == NULL) {
            if (!ou_err_matches(&ou_exc_AttributeError))
                return -1;
            ou_err_clear();
        } else if (newdoc == ou_None) {
            OU_CLEAR(newdoc);
        } else {
            p->getter_doc = 1;
        }
    }
    if (OU_TYPE(p) == &ou_property_type) {
        OU_SETREF(p->doc, newdoc);
        return 0;
    }
    // A subclass's own `__doc__` (its class docstring, or None) would
    // shadow the field, so the doc goes to the instance's attributes.
    if (newdoc == NULL)
        newdoc = ou_newref(ou_None);
    OuObject *key = ou_str_intern_cstr("__doc__");
    int r = key ? ou_object_setattr((OuObject *)p, key, newdoc) : -1;
    OU_XDECREF(key);
    OU_DECREF(newdoc);
    return r;
}

static const char *const property_kwlist[] = {"fget", "fset", "fdel", "doc", NULL};

static OuObject *property_new_slot(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuObject *a[4];
    if (ou_args_parse("property", args, nargs, kwnames, property_kwlist, 0, 4, a) < 0)
        return NULL;
    OuProperty *p = (OuProperty *)ou_object_new(type);
    if (p == NULL)
        return NULL;
    ou_gc_track((OuObject *)p);
    if (property_init_fields(p, a[0], a[1], a[2], a[3]) < 0) {
        OU_DECREF(p);
        return NULL;
    }
    return (OuObject *)p;
}

OuObject *ou_property_new(OuObject *fget, OuObject *fset, OuObject *fdel, OuObject *doc)
{
    OuProperty *p = (OuProperty *)ou_object_new(&ou_property_type);
    if (p == NULL)
        return NULL;
    ou_gc_track((OuObject *)p);
    if (property_init_fields(p, fget, fset, fdel, doc) < 0) {
        OU_DECREF(p);
        return NULL;
    }
    return (OuObject *)p;
}

// `property.__init__`, for subclasses whose own __init__ chains up to it.
static OuObject *property_init_method(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuObject *a[4];
    if (ou_args_parse("property", args, nargs, kwnames, property_kwlist, 0, 4, a) < 0)
        return NULL;
    if (property_init_fields((OuProperty *)self, a[0], a[1], a[2], a[3]) < 0)
        return NULL;
    return ou_return_none();
}

static void property_dealloc(OuObject *o)
{
    OuProperty *p = (OuProperty *)o;
    ou_gc_untrack(o);
    OU_CLEAR(p->fget);
    OU_CLEAR(p->fset);
    OU_CLEAR(p->fdel);
    OU_CLEAR(p->doc);
    OU_CLEAR(p->name);
    ou_object_free(o);
}

static int property_traverse(OuObject *o, OuVisitProc visit, void *arg)
{
    OuProperty *p = (OuProperty *)o;
    OU_VISIT(p->fget);
    OU_VISIT(p->fset);
    OU_VISIT(p->fdel);
    OU_VISIT(p->doc);
    OU_VISIT(p->name);
    return 0;
}

static int property_clear(OuObject *o)
{
    OuProperty *p = (OuProperty *)o;
    OU_CLEAR(p->fget);
    OU_CLEAR(p->fset);
    OU_CLEAR(p->fdel);
    OU_CLEAR(p->doc);
    OU_CLEAR(p->name);
    return 0;
}

// Raise "property 'x' of 'C' object has no <what>" for access through `obj`
// (may be NULL), naming only what is known.
static void property_missing(OuProperty *p, OuObject *obj, const char *what)
{
    OuObject *qualname = NULL;
    if (obj != NULL) {
        qualname = ou_object_getattr_str((OuObject *)OU_TYPE(obj), "__qualname__");
        if (qualname == NULL) {
            ou_err_clear();
            qualname = ou_str_from_cstr(OU_TYPE(obj)->name);
            if (qualname == NULL)
                return;
        }
    }
    if (p->name != NULL && qualname != NULL)
        ou_err_format(&ou_exc_AttributeError, "property %R of %R object has no %s", p->name, qualname, what);
    else if (qualname != NULL)
        ou_err_format(&ou_exc_AttributeError, "property of %R object has no %s", qualname, what);
    else
        ou_err_format(&ou_exc_AttributeError, "property has no %s", what);
    OU_XDECREF(qualname);
}

static OuObject *property_descr_get(OuObject *self, OuObject *obj, OuObject *type)
{
    OuProperty *p = (OuProperty *)self;
    if (obj == NULL || obj == ou_None)
        return ou_newref(self);
    if (p->fget == NULL) {
        property_missing(p, obj, "getter");
        return NULL;
    }
    return ou_call(p->fget, &obj, 1, NULL);
}

static int property_descr_set(OuObject *self, OuObject *obj, OuObject *value)
{
    OuProperty *p = (OuProperty *)self;
    OuObject *func = value == NULL ? p->fdel : p->fset;
    if (func == NULL) {
        property_missing(p, obj, value == NULL ? "deleter" : "setter");
        return -1;
    }
    OuObject *args[2] = {obj, value};
    OuObject *r = ou_call(func, args, value == NULL ? 1 : 2, NULL);
    if (r == NULL)
        return -1;
    OU_DECREF(r);
    return 0;
}

// A copy of `old` (through its own type, so subclasses survive chaining)
// with the functions given here replacing the old ones. Borrowed, NULL or
// None to keep the old function.
static OuObject *property_copy(OuProperty *old, OuObject *get, OuObject *set, OuObject *del)
{
    if (get == NULL || get == ou_None)
        get = old->fget ? old->fget : ou_None;
    if (set == NULL || set == ou_None)
        set = old->fset ? old->fset : ou_None;
    if (del == NULL || del == ou_None)
        del = old->fdel ? old->fdel : ou_None;
    // A doc that came from the old getter must come from the new one.
    OuObject *doc;
    if (old->getter_doc && get != ou_None)
        doc = ou_None;
    else
        doc = old->doc ? old->doc : ou_None;
    OuObject *args[4] = {get, set, del, doc};
    OuObject *res = ou_call((OuObject *)OU_TYPE(old), args, 4, NULL);
    if (res != NULL && ou_property_check(res)) {
        OuProperty *np = (OuProperty *)res;
        OU_SETREF(np->name, ou_xnewref(old->name));
    }
    return res;
}

static OuObject *property_getter(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (one_arg("getter", nargs, kwnames) < 0)
        return NULL;
    return property_copy((OuProperty *)self, args[0], NULL, NULL);
}

static OuObject *property_setter(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (one_arg("setter", nargs, kwnames) < 0)
        return NULL;
    return property_copy((OuProperty *)self, NULL, args[0], NULL);
}

static OuObject *property_deleter(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (one_arg("deleter", nargs, kwnames) < 0)
        return NULL;
    return property_copy((OuProperty *)self, NULL, NULL, args[0]);
}

static OuObject *property_set_name(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("__set_name__", kwnames) < 0)
        return NULL;
    if (nargs != 2)
        return ou_err_format(&ou_exc_TypeError,
                             "__set_name__() takes 2 positional arguments but %zd were given", nargs);
    OuProperty *p = (OuProperty *)self;
    OU_SETREF(p->name, ou_newref(args[1]));
    return ou_return_none();
}

static OuObject *property_set_method(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("__set__", kwnames) < 0 || ou_args_count("__set__", nargs, 2, 2) < 0)
        return NULL;
    if (property_descr_set(self, args[0], args[1]) < 0)
        return NULL;
    return ou_return_none();
}

static OuObject *property_delete_method(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("__delete__", kwnames) < 0 || ou_args_count("__delete__", nargs, 1, 1) < 0)
        return NULL;
    if (property_descr_set(self, args[0], NULL) < 0)
        return NULL;
    return ou_return_none();
}

static OuObject *property_get_fget(OuObject *o) { OuObject *f = ((OuProperty *)o)->fget; return ou_newref(f ? f : ou_None); }
static OuObject *property_get_fset(OuObject *o) { OuObject *f = ((OuProperty *)o)->fset; return ou_newref(f ? f : ou_None); }
static OuObject *property_get_fdel(OuObject *o) { OuObject *f = ((OuProperty *)o)->fdel; return ou_newref(f ? f : ou_None); }
static OuObject *property_get_doc(OuObject *o) { OuObject *d = ((OuProperty *)o)->doc; return ou_newref(d ? d : ou_None); }

static int property_set_doc(OuObject *o, OuObject *value)
{
    OU_SETREF(((OuProperty *)o)->doc, ou_xnewref(value));
    return 0;
}

static OuObject *property_get_isabstract(OuObject *o)
{
    OuProperty *p = (OuProperty *)o;
    OuObject *funcs[3] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        int r = is_abstract(funcs[i]);
        if (r < 0)
            return NULL;
        if (r)
            return ou_bool_from(1);
    }
    return ou_bool_from(0);
}

static const OuMethodDef property_methods[] = {
    {"getter", property_getter, 0, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", property_setter, 0, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", property_deleter, 0, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", property_set_name, 0, "Method to set name of a property."},
    {"__get__", property_get_method, 0, "Return an attribute of instance, which is of type owner."},
    {"__set__", property_set_method, 0, "Set an attribute of instance to value."},
    {"__delete__", property_delete_method, 0, "Delete an attribute of instance."},
    {"__init__", property_init_method, 0, "Initialize self."},
    {NULL, NULL, 0, NULL},
};

static const OuGetSetDef property_getsets[] = {
    {"fget", property_get_fget, NULL, NULL},
    {"fset", property_get_fset, NULL, NULL},
    {"fdel", property_get_fdel, NULL, NULL},
    {"__doc__", property_get_doc, property_set_doc, NULL},
    {"__isabstractmethod__", property_get_isabstract, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

OuType ou_property_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "property",
    .basicsize = sizeof(OuProperty),
    .flags = OU_TPFLAGS_GC | OU_TPFLAGS_BASETYPE,
    .dealloc = property_dealloc,
    .traverse = property_traverse,
    .clear = property_clear,
    .new = property_new_slot,
    .descr_get = property_descr_get,
    .descr_set = property_descr_set,
    .methods = property_methods,
    .getsets = property_getsets,
};

// ---- staticmethod and classmethod ----

static OuObject *wrapper_alloc(OuType *type, OuObject *callable)
{
    OuFuncWrapper *w = (OuFuncWrapper *)ou_object_new(type);
    if (w == NULL)
        return NULL;
    w->callable = ou_newref(callable);
    ou_gc_track((OuObject *)w);
    return (OuObject *)w;
}

OuObject *ou_staticmethod_new(OuObject *callable) { return wrapper_alloc(&ou_staticmethod_type, callable); }
OuObject *ou_classmethod_new(OuObject *callable) { return wrapper_alloc(&ou_classmethod_type, callable); }

static OuObject *staticmethod_new_slot(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("staticmethod", kwnames) < 0 || ou_args_count("staticmethod", nargs, 1, 1) < 0)
        return NULL;
    return wrapper_alloc(type, args[0]);
}

static OuObject *classmethod_new_slot(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("classmethod", kwnames) < 0 || ou_args_count("classmethod", nargs, 1, 1) < 0)
        return NULL;
    return wrapper_alloc(type, args[0]);
}

static void wrapper_dealloc(OuObject *o)
{
    ou_gc_untrack(o);
    OU_CLEAR(((OuFuncWrapper *)o)->callable);
    ou_object_free(o);
}

static int wrapper_traverse(OuObject *o, OuVisitProc visit, void *arg)
{
    OU_VISIT(((OuFuncWrapper *)o)->callable);
    return 0;
}

static int wrapper_clear(OuObject *o)
{
    OU_CLEAR(((OuFuncWrapper *)o)->callable);
    return 0;
}

static OuObject *staticmethod_descr_get(OuObject *self, OuObject *obj, OuObject *type)
{
    return ou_newref(((OuFuncWrapper *)self)->callable);
}

static OuObject *staticmethod_call(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return ou_call(((OuFuncWrapper *)self)->callable, args, nargs, kwnames);
}

static OuObject *staticmethod_repr(OuObject *self)
{
    return ou_str_from_format("<staticmethod(%R)>", ((OuFuncWrapper *)self)->callable);
}

// Binds the class: the instance's own class when reached through one.
static OuObject *classmethod_descr_get(OuObject *self, OuObject *obj, OuObject *type)
{
    OuObject *callable = ((OuFuncWrapper *)self)->callable;
    if (type == NULL) {
        if (obj == NULL)
            return ou_err_format(&ou_exc_TypeError, "__get__(None, None) is invalid");
        type = (OuObject *)OU_TYPE(obj);
    }
    // 3.11 lets a wrapped descriptor bind itself to the class (so
    // classmethod(property(...)) chains); a function gives the same bound
    // method either way.
    OuTernaryFunc get = OU_TYPE(callable)->descr_get;
    if (get != NULL)
        return get(callable, type, type);
    return ou_method_new(callable, type);
}

static OuObject *classmethod_repr(OuObject *self)
{
    return ou_str_from_format("<classmethod(%R)>", ((OuFuncWrapper *)self)->callable);
}

static OuObject *wrapper_get_func(OuObject *o) { return ou_newref(((OuFuncWrapper *)o)->callable); }

static OuObject *wrapper_get_isabstract(OuObject *o)
{
    int r = is_abstract(((OuFuncWrapper *)o)->callable);
    return r < 0 ? NULL : ou_bool_from(r);
}

// The wrapped function's name and doc show through, as functools.wraps
// would copy them.
static OuObject *wrapper_get_name(OuObject *o) { return ou_object_getattr_str(((OuFuncWrapper *)o)->callable, "__name__"); }
static OuObject *wrapper_get_qualname(OuObject *o) { return ou_object_getattr_str(((OuFuncWrapper *)o)->callable, "__qualname__"); }
static OuObject *wrapper_get_doc(OuObject *o)
{
    OuObject *d = ou_object_getattr_str(((OuFuncWrapper *)o)->callable, "__doc__");
    if (d == NULL && ou_err_matches(&ou_exc_AttributeError)) {
        ou_err_clear();
        return ou_return_none();
    }
    return d;
}

static const OuGetSetDef wrapper_getsets[] = {
    {"__func__", wrapper_get_func, NULL, NULL},
    {"__wrapped__", wrapper_get_func, NULL, NULL},
    {"__isabstractmethod__", wrapper_get_isabstract, NULL, NULL},
    {"__name__", wrapper_get_name, NULL, NULL},
    {"__qualname__", wrapper_get_qualname, NULL, NULL},
    {"__doc__", wrapper_get_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static const OuMethodDef staticmethod_methods[] = {
    {"__get__", staticmethod_get_method, 0, "Return an attribute of instance, which is of type owner."},
    {NULL, NULL, 0, NULL},
};

static const OuMethodDef classmethod_methods[] = {
    {"__get__", classmethod_get_method, 0, "Return an attribute of instance, which is of type owner."},
    {NULL, NULL, 0, NULL},
};

OuType ou_staticmethod_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "staticmethod",
    .basicsize = sizeof(OuFuncWrapper),
    .flags = OU_TPFLAGS_GC | OU_TPFLAGS_BASETYPE,
    .dealloc = wrapper_dealloc,
    .repr = staticmethod_repr,
    .call = staticmethod_call,
    .traverse = wrapper_traverse,
    .clear = wrapper_clear,
    .new = staticmethod_new_slot,
    .descr_get = staticmethod_descr_get,
    .methods = staticmethod_methods,
    .getsets = wrapper_getsets,
};

OuType ou_classmethod_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "classmethod",
    .basicsize = sizeof(OuFuncWrapper),
    .flags = OU_TPFLAGS_GC | OU_TPFLAGS_BASETYPE,
    .dealloc = wrapper_dealloc,
    .repr = classmethod_repr,
    .traverse = wrapper_traverse,
    .clear = wrapper_clear,
    .new = classmethod_new_slot,
    .descr_get = classmethod_descr_get,
    .methods = classmethod_methods,
    .getsets = wrapper_getsets,
};

// ---- super ----

// New ref: the class whose MRO `super(type, obj)` searches: obj itself
// when it is a subclass of type, else obj's class. NULL + TypeError.
static OuType *super_check(OuType *type, OuObject *obj)
{
    if (ou_type_check(obj) && ou_type_is_subtype((OuType *)obj, type))
        return (OuType *)ou_newref(obj);
    if (ou_type_is_subtype(OU_TYPE(obj), type))
        return (OuType *)ou_newref(OU_TYPE(obj));
    // An object may claim another class through `__class__` (a proxy).
    OuObject *cls = ou_object_getattr_str(obj, "__class__");
    if (cls == NULL) {
        if (!ou_err_matches(&ou_exc_AttributeError))
            return NULL;
        ou_err_clear();
    } else {
        if (ou_type_check(cls) && (OuType *)cls != OU_TYPE(obj) && ou_type_is_subtype((OuType *)cls, type))
            return (OuType *)cls;
        OU_DECREF(cls);
    }
    ou_err_format(&ou_exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static OuObject *super_alloc(OuType *subtype, OuType *type, OuObject *obj)
{
    OuType *obj_type = NULL;
    if (obj != NULL && (obj_type = super_check(type, obj)) == NULL)
        return NULL;
    OuSuper *s = (OuSuper *)ou_object_new(subtype);
    if (s == NULL) {
        OU_XDECREF(obj_type);
        return NULL;
    }
    s->type = (OuType *)ou_newref(type);
    s->obj = ou_xnewref(obj);
    s->obj_type = obj_type;
    ou_gc_track((OuObject *)s);
    return (OuObject *)s;
}

OuObject *ou_super_new(OuType *type, OuObject *obj)
{
    return super_alloc(&ou_super_type, type, obj);
}

// `super()` inside a method: the class comes from the implicit `__class__`
// cell the compiler gives every function that mentions `super`, the object
// from the calling frame's first argument. Both borrowed. 0 / -1.
static int super_from_frame(OuType **type, OuObject **obj)
{
    OuFrame *f = ou_state.frame;
    if (f == NULL) {
        ou_err_format(&ou_exc_RuntimeError, "super(): no current frame");
        return -1;
    }
    OuCode *co = f->code;
    if (co->argcount == 0) {
        ou_err_format(&ou_exc_RuntimeError, "super(): no arguments");
        return -1;
    }
    OuObject *first = f->localsplus[0];
    // An argument captured by an inner function lives in a cell from entry on.
    if (first != NULL && (co->localspluskinds[0] & OU_FAST_CELL) && OU_TYPE(first) == &ou_cell_type)
        first = ou_cell_get(first);
    if (first == NULL) {
        ou_err_format(&ou_exc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    for (int i = 0; i < co->nlocalsplus; i++) {
        if (!(co->localspluskinds[i] & OU_FAST_FREE)
            || !ou_str_eq_cstr(ou_tuple_get(co->localsplusnames, i), "__class__"))
            continue;
        OuObject *cell = f->localsplus[i];
        if (cell == NULL || OU_TYPE(cell) != &ou_cell_type) {
            ou_err_format(&ou_exc_RuntimeError, "super(): bad __class__ cell");
            return -1;
        }
        OuObject *cls = ou_cell_get(cell);
        if (cls == NULL) {
            ou_err_format(&ou_exc_RuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!ou_type_check(cls)) {
            ou_err_format(&ou_exc_RuntimeError, "super(): __class__ is not a type (%s)", ou_type_name(cls));
            return -1;
        }
        *type = (OuType *)cls;
        *obj = first;
        return 0;
    }
    ou_err_format(&ou_exc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

static OuObject *super_new_slot(OuType *subtype, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("super", kwnames) < 0 || ou_args_count("super()", nargs, 0, 2) < 0)
        return NULL;
    OuType *type;
    OuObject *obj = NULL;
    if (nargs == 0) {
        if (super_from_frame(&type, &obj) < 0)
            return NULL;
    } else {
        if (!ou_type_check(args[0]))
            return ou_err_format(&ou_exc_TypeError, "super() argument 1 must be a type, not %s",
                                 ou_type_name(args[0]));
        type = (OuType *)args[0];
        if (nargs == 2 && args[1] != ou_None)
            obj = args[1];
    }
    return super_alloc(subtype, type, obj);
}

static void super_dealloc(OuObject *o)
{
    OuSuper *s = (OuSuper *)o;
    ou_gc_untrack(o);
    OU_CLEAR(s->obj);
    OU_CLEAR(s->obj_type);
    OU_CLEAR(s->type);
    ou_object_free(o);
}

static int super_traverse(OuObject *o, OuVisitProc visit, void *arg)
{
    OuSuper *s = (OuSuper *)o;
    OU_VISIT(s->obj);
    OU_VISIT(s->obj_type);
    OU_VISIT(s->type);
    return 0;
}

static int super_clear(OuObject *o)
{
    OuSuper *s = (OuSuper *)o;
    OU_CLEAR(s->obj);
    OU_CLEAR(s->obj_type);
    OU_CLEAR(s->type);
    return 0;
}

// Look `name` up in the classes that follow `type` in obj_type's MRO, each
// in its own dict; bind what is found to obj (or to nothing when obj is the
// class itself). Anything else, and `__class__`, is the super object's own.
static OuObject *super_getattr(OuObject *self, OuObject *name)
{
    OuSuper *s = (OuSuper *)self;
    OuType *start = s->obj_type;
    if (start == NULL || start->mro == NULL || ou_str_eq_cstr(name, "__class__"))
        return ou_object_generic_getattr(self, name);
    OuObject *mro = ou_newref(start->mro);     // a class's __mro__ may be replaced meanwhile
    ou_ssize_t n = ou_tuple_size(mro);
    ou_ssize_t i = 0;
    while (i + 1 < n && ou_tuple_get(mro, i) != (OuObject *)s->type)
        i++;
    for (i++; i < n; i++) {
        OuType *b = (OuType *)ou_tuple_get(mro, i);
        if (b->dict == NULL)
            continue;
        OuObject *res = ou_dict_getitem(b->dict, name);
        if (res == NULL) {
            if (ou_err_occurred()) {
                OU_DECREF(mro);
                return NULL;
            }
            continue;
        }
        OU_INCREF(res);
        OU_DECREF(mro);
        OuTernaryFunc get = OU_TYPE(res)->descr_get;
        if (get == NULL)
            return res;
        OuObject *bound = get(res, s->obj == (OuObject *)start ? NULL : s->obj, (OuObject *)start);
        OU_DECREF(res);
        return bound;
    }
    OU_DECREF(mro);
    return ou_object_generic_getattr(self, name);
}

// An unbound super(C) stored in a class binds to the instance it is read
// through.
static OuObject *super_descr_get(OuObject *self, OuObject *obj, OuObject *type)
{
    OuSuper *s = (OuSuper *)self;
    if (obj == NULL || obj == ou_None || s->obj != NULL)
        return ou_newref(self);
    if (OU_TYPE(self) != &ou_super_type) {
        OuObject *args[2] = {(OuObject *)s->type, obj};
        return ou_call((OuObject *)OU_TYPE(self), args, 2, NULL);
    }
    return super_alloc(&ou_super_type, s->type, obj);
}

static OuObject *super_repr(OuObject *self)
{
    OuSuper *s = (OuSuper *)self;
    const char *tname = s->type ? s->type->name : "NULL";
    if (s->obj_type != NULL)
        return ou_str_from_format("<super: <class '%s'>, <%s object>>", tname, s->obj_type->name);
    return ou_str_from_format("<super: <class '%s'>, NULL>", tname);
}

static OuObject *super_get_thisclass(OuObject *o)
{
    OuType *t = ((OuSuper *)o)->type;
    return ou_newref(t ? (OuObject *)t : ou_None);
}
static OuObject *super_get_self(OuObject *o)
{
    OuObject *v = ((OuSuper *)o)->obj;
    return ou_newref(v ? v : ou_None);
}
static OuObject *super_get_self_class(OuObject *o)
{
    OuType *t = ((OuSuper *)o)->obj_type;
    return ou_newref(t ? (OuObject *)t : ou_None);
}

static const OuGetSetDef super_getsets[] = {
    {"__thisclass__", super_get_thisclass, NULL, "the class invoking super()"},
    {"__self__", super_get_self, NULL, "the instance invoking super(); may be None"},
    {"__self_class__", super_get_self_class, NULL, "the type of the instance invoking super(); may be None"},
    {NULL, NULL, NULL, NULL},
};

static const OuMethodDef super_methods[] = {
    {"__get__", super_get_method, 0, "Return an attribute of instance, which is of type owner."},
    {NULL, NULL, 0, NULL},
};

OuType ou_super_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "super",
    .basicsize = sizeof(OuSuper),
    .flags = OU_TPFLAGS_GC | OU_TPFLAGS_BASETYPE,
    .dealloc = super_dealloc,
    .repr = super_repr,
    .getattr = super_getattr,
    .traverse = super_traverse,
    .clear = super_clear,
    .new = super_new_slot,
    .descr_get = super_descr_get,
    .methods = super_methods,
    .getsets = super_getsets,
};
