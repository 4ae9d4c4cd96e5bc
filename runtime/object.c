// runtime/object.c: `object`, the singletons (None, NotImplemented,
// Ellipsis), deallocation and the C recursion guard.
#include "runtime/object.h"

#include "gc/gc.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/state.h"
#include "runtime/str.h"
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
    return ou_str_from_format("<%s object at %p>", ou_type_name(self), (void *)self);
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

static OuObject *object_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (nargs != 0 || (kwnames != NULL && ou_object_len(kwnames) > 0))
        return ou_err_format(&ou_exc_TypeError, "%s() takes no arguments", type->name);
    return ou_object_new(type);
}

static OuObject *object_get_class(OuObject *self)
{
    return ou_newref(OU_TYPE(self));
}

static OuObject *object_dir_placeholder(OuObject *self, OuObject *const *args, ou_ssize_t n, OuObject *kw)
{
    return ou_err_format(&ou_exc_NotImplementedError, "object.__dir__ is not supported yet");
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
    {"__sizeof__", object_sizeof, 0, "Size of the object in memory, in bytes."},
    {"__dir__", object_dir_placeholder, 0, NULL},
    {"__reduce__", object_reduce_placeholder, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const OuGetSetDef object_getsets[] = {
    {"__class__", object_get_class, NULL, NULL},
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
    .hash = object_hash,
    .richcompare = object_richcompare,
    .new = object_new,
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
