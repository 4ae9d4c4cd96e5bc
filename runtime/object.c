// runtime/object.c: `object`, the singletons (None, NotImplemented,
// Ellipsis), deallocation and the C recursion guard.
#include "runtime/object.h"

#include "gc/gc.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/format.h"
#include "runtime/int.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

void ou_dealloc(OuObject *o)
{
    OU_TYPE(o)->dealloc(o);
}

// ---- object ----

static void object_dealloc(OuObject *self)
{
    ou_object_free(self);
}

static OuObject *object_repr(OuObject *self)
{
    OuType *t = OU_TYPE(self);
    if (t->flags & OU_TPFLAGS_HEAPTYPE) {
        OuObject *mod = ou_dict_getitem_str(t->dict, "__module__");
        OuObject *qual = ((OuHeapType *)t)->ht_qualname;
        if (mod != NULL && ou_str_check(mod) && !ou_str_eq_cstr(mod, "builtins"))
            return ou_str_from_format("<%U.%U object at %p>", mod, qual, (void *)self);
        return ou_str_from_format("<%U object at %p>", qual, (void *)self);
    }
    return ou_str_from_format("<%s object at %p>", t->name, (void *)self);
}

static ou_hash_t object_hash(OuObject *self)
{
    // CPython's pointer hash: rotate by 4 so the alignment zeros don't cluster.
    uintptr_t p = (uintptr_t)self;
    ou_hash_t h = (ou_hash_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    return h == -1 ? -2 : h;
}

static OuObject *object_richcompare(OuObject *a, OuObject *b, int op)
{
    if (op == OU_EQ)
        return ou_newref(a == b ? ou_True : ou_NotImplemented);
    if (op == OU_NE) {
        // `!=` inverts `==` when the type defines it.
        OuRichCmpFunc eq = OU_TYPE(a)->richcompare;
        if (eq != NULL && eq != object_richcompare) {
            OuObject *r = eq(a, b, OU_EQ);
            if (r == NULL || r == ou_NotImplemented)
                return r;
            int t = ou_object_is_true(r);
            OU_DECREF(r);
            if (t < 0)
                return NULL;
            return ou_bool_from(!t);
        }
        return ou_newref(a == b ? ou_False : ou_NotImplemented);
    }
    return ou_newref(ou_NotImplemented);
}

static int excess_args(ou_ssize_t nargs, OuObject *kwnames)
{
    return nargs != 0 || (kwnames != NULL && ou_tuple_size(kwnames) > 0);
}

static int object_init(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames);

// object() takes arguments only when a subclass's __init__ or __new__ will
// use them; these are CPython's two rules.
static OuObject *object_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (excess_args(nargs, kwnames)) {
        if (type->new != object_new)
            return ou_err_set_string(&ou_exc_TypeError,
                                     "object.__new__() takes exactly one argument (the type to instantiate)");
        if (type->init == object_init)
            return ou_err_format(&ou_exc_TypeError, "%s() takes no arguments", type->name);
    }
    OuObject *o = ou_object_new(type);
    if (o != NULL && ou_type_has_flag(type, OU_TPFLAGS_GC))
        ou_gc_track(o);
    return o;
}

static int object_init(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuType *type = OU_TYPE(self);
    if (excess_args(nargs, kwnames)) {
        if (type->init != object_init) {
            ou_err_set_string(&ou_exc_TypeError,
                              "object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->new == object_new) {
            ou_err_format(&ou_exc_TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)",
                          type->name);
            return -1;
        }
    }
    return 0;
}

// str() of an object whose class defines only __repr__.
static OuObject *object_str(OuObject *self)
{
    return OU_TYPE(self)->repr(self);
}

static OuObject *object_init_subclass(OuObject *cls, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (nargs != 0 || (kwnames != NULL && ou_tuple_size(kwnames) > 0))
        return ou_err_format(&ou_exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                             ((OuType *)cls)->name);
    return ou_return_none();
}

static OuObject *object_get_class(OuObject *self)
{
    return ou_newref(OU_TYPE(self));
}

static OuObject *object_dir(OuObject *self, OuObject *const *args, ou_ssize_t n, OuObject *kw)
{
    return ou_object_dir(self);
}

static OuObject *object_sizeof(OuObject *self, OuObject *const *args, ou_ssize_t n, OuObject *kw)
{
    OuType *t = OU_TYPE(self);
    return ou_int_from_i64(t->basicsize);
}

static OuObject *object_reduce_placeholder(OuObject *self, OuObject *const *args, ou_ssize_t n, OuObject *kw)
{
    return ou_err_format(&ou_exc_TypeError, "cannot pickle '%s' object", ou_type_name(self));
}

static const OuMethodDef object_methods[] = {
    {"__format__", ou_format_object_method, 0, "Default object formatter."},
    {"__sizeof__", object_sizeof, 0, "Size of the object in memory, in bytes."},
    {"__init_subclass__", object_init_subclass, OU_METH_CLASS,
     "This method is called when a class is subclassed."},
    {"__dir__", object_dir, 0, "Default dir() implementation."},
    {"__reduce__", object_reduce_placeholder, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static OuType *static_base(OuType *t)
{
    while (t->flags & OU_TPFLAGS_HEAPTYPE)
        t = t->base;
    return t;
}

// obj.__class__ = C, between classes whose instances are laid out alike.
static int object_set_class(OuObject *self, OuObject *value)
{
    if (value == NULL) {
        ou_err_set_string(&ou_exc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!ou_type_check(value)) {
        ou_err_format(&ou_exc_TypeError, "__class__ must be set to a class, not '%s' object", ou_type_name(value));
        return -1;
    }
    OuType *to = (OuType *)value, *from = OU_TYPE(self);
    if (!(to->flags & OU_TPFLAGS_HEAPTYPE) || !(from->flags & OU_TPFLAGS_HEAPTYPE)) {
        ou_err_set_string(&ou_exc_TypeError,
                          "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (static_base(to) != static_base(from) || to->basicsize != from->basicsize
        || to->dictoffset != from->dictoffset || to->valuesoffset != from->valuesoffset
        || to->weaklistoffset != from->weaklistoffset) {
        ou_err_format(&ou_exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'", to->name,
                      from->name);
        return -1;
    }
    OU_INCREF(to);
    OU_TYPE(self) = to;
    OU_DECREF(from);
    return 0;
}

static const OuGetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class, NULL},
    {NULL, NULL, NULL, NULL},
};

OuType ou_object_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "object",
    .basicsize = sizeof(OuObject),
    .flags = OU_TPFLAGS_BASETYPE,
    .doc = "The base class of the class hierarchy.",
    .dealloc = object_dealloc,
    .repr = object_repr,
    .str = object_str,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .getattr = ou_object_generic_getattr,
    .setattr = ou_object_generic_setattr,
    .new = object_new,
    .init = object_init,
    .methods = object_methods,
    .getsets = object_getsets,
};

// ---- None, NotImplemented, Ellipsis ----

static void singleton_dealloc(OuObject *self)
{
    // A static singleton reached zero: someone released a reference they
    // did not own. Keep running (CPython does too) but restore the count.
    self->refcnt = OU_SINGLETON_REFS;
}

static OuObject *none_repr(OuObject *self) { return ou_str_intern_cstr("None"); }
static int none_bool(OuObject *self) { return 0; }
static OuObject *none_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    if (nargs || (kw && ou_object_len(kw) > 0))
        return ou_err_format(&ou_exc_TypeError, "NoneType takes no arguments");
    return ou_return_none();
}

static OuType none_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "NoneType",
    .basicsize = sizeof(OuObject),
    .dealloc = singleton_dealloc,
    .repr = none_repr,
    .hash = object_hash,
    .new = none_new,
    .nb_bool = none_bool,
};
OuObject ou_None_struct = OU_SINGLETON_HEAD(&none_type);

static OuObject *notimpl_repr(OuObject *self) { return ou_str_intern_cstr("NotImplemented"); }
static OuType notimpl_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "NotImplementedType",
    .basicsize = sizeof(OuObject),
    .dealloc = singleton_dealloc,
    .repr = notimpl_repr,
    .hash = object_hash,
};
OuObject ou_NotImplemented_struct = OU_SINGLETON_HEAD(&notimpl_type);

static OuObject *ellipsis_repr(OuObject *self) { return ou_str_intern_cstr("Ellipsis"); }
static OuType ellipsis_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "ellipsis",
    .basicsize = sizeof(OuObject),
    .dealloc = singleton_dealloc,
    .repr = ellipsis_repr,
    .hash = object_hash,
};
OuObject ou_Ellipsis_struct = OU_SINGLETON_HEAD(&ellipsis_type);

OuType *const ou_singleton_types[] = {&none_type, &notimpl_type, &ellipsis_type, NULL};

// ---- Recursion guard ----

int ou_enter_recursive_call(const char *where)
{
    if (++ou_state.recursion_depth > ou_state.recursion_limit + ou_state.recursion_headroom) {
        --ou_state.recursion_depth;
        // Give the handler some room to raise and format the error.
        ou_state.recursion_headroom = 50;
        ou_err_format(&ou_exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}

void ou_leave_recursive_call(void)
{
    --ou_state.recursion_depth;
    if (ou_state.recursion_headroom && ou_state.recursion_depth < ou_state.recursion_limit - 50)
        ou_state.recursion_headroom = 0;
}
