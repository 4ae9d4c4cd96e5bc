// runtime/slots.c: the two-way bridge between C slots and special methods.
//
//  - A class defined in Python that defines `__add__` gets nb[OU_NB_ADD]
//    pointed at slot_nb_ADD, which finds and calls the method (CPython's
//    slot_* functions). ou_type_fixup_slots decides this for every slot.
//  - A built-in type's C slots appear in its dict as wrapper descriptors
//    (`int.__add__`, `object.__repr__`, `object.__init__`), so Python code
//    can call them, override them and reach them through super().
//
// The table `slotdefs` below is the one list of which dunder feeds which
// slot; both directions are driven by it.
#include "runtime/type.h"

#include <string.h>
#include "gc/gc.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/method.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

// ---- Calling a special method ----

#define DUNDER_CACHE (sizeof ou_state.dunder_cache / sizeof ou_state.dunder_cache[0])

// Borrowed: the interned str for the C string `name`, which must be a
// string literal (its address is the cache key). NULL + MemoryError.
static OuObject *dunder_name(const char *name)
{
    size_t i = ((uintptr_t)name >> 3) % DUNDER_CACHE;
    for (size_t probe = 0; probe < DUNDER_CACHE; probe++, i = (i + 1) % DUNDER_CACHE) {
        if (ou_state.dunder_cache[i].key == name)
            return ou_state.dunder_cache[i].name;
        if (ou_state.dunder_cache[i].key == NULL) {
            OuObject *s = ou_str_intern_cstr(name);
            if (s == NULL)
                return NULL;
            ou_state.dunder_cache[i].key = name;
            ou_state.dunder_cache[i].name = s;
            return s;
        }
    }
    // Not reached: the table is larger than the list of special methods.
    return ou_err_set_string(&ou_exc_SystemError, "too many special method names");
}

void ou_slots_fini(void)
{
    for (size_t i = 0; i < DUNDER_CACHE; i++) {
        ou_state.dunder_cache[i].key = NULL;
        OU_CLEAR(ou_state.dunder_cache[i].name);
    }
}

// Borrowed: `name` looked up on the type of `self` (not the instance).
static OuObject *special(OuObject *self, const char *name)
{
    OuObject *n = dunder_name(name);
    return n ? ou_type_lookup(OU_TYPE(self), n) : NULL;
}

// Call the special method `f` (found on type(self)) with self first.
static OuObject *call_found(OuObject *f, OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                            OuObject *kwnames)
{
    OuObject *buf[8];
    ou_ssize_t total = nargs + (kwnames ? ou_tuple_size(kwnames) : 0);
    if (ou_type_has_flag(OU_TYPE(f), OU_TPFLAGS_METHOD_DESCRIPTOR)) {
        // Functions and method descriptors take self as their first argument:
        // no bound method is made.
        OuObject **b = total + 1 <= 8 ? buf : ou_mem_alloc_or_raise(sizeof(OuObject *) * (size_t)(total + 1));
        if (b == NULL)
            return NULL;
        b[0] = self;
        if (total > 0)
            memcpy(b + 1, args, sizeof(OuObject *) * (size_t)total);
        OuObject *r = ou_call(f, b, nargs + 1, kwnames);
        if (b != buf)
            ou_mem_free(b);
        return r;
    }
    OuTernaryFunc get = OU_TYPE(f)->descr_get;
    OuObject *bound = get ? get(f, self, (OuObject *)OU_TYPE(self)) : ou_newref(f);
    if (bound == NULL)
        return NULL;
    OuObject *r = ou_call(bound, args, nargs, kwnames);
    OU_DECREF(bound);
    return r;
}

// Call self.name(args…) found on the type; *found = 0 when it is missing.
static OuObject *call_special(OuObject *self, const char *name, OuObject *const *args, ou_ssize_t nargs,
                              int *found)
{
    OuObject *f = special(self, name);
    *found = f != NULL;
    if (f == NULL)
        return NULL;
    return call_found(f, self, args, nargs, NULL);
}

static OuObject *call_required(OuObject *self, const char *name, OuObject *const *args, ou_ssize_t nargs)
{
    int found;
    OuObject *r = call_special(self, name, args, nargs, &found);
    if (!found && !ou_err_occurred())
        ou_err_format(&ou_exc_AttributeError, "'%s' object has no attribute '%s'", ou_type_name(self), name);
    return r;
}

// ---- Slot functions for classes defined in Python ----

static OuObject *slot_repr(OuObject *self) { return call_required(self, "__repr__", NULL, 0); }
static OuObject *slot_str(OuObject *self) { return call_required(self, "__str__", NULL, 0); }

static ou_hash_t slot_hash(OuObject *self)
{
    OuObject *r = call_required(self, "__hash__", NULL, 0);
    if (r == NULL)
        return -1;
    if (!ou_int_check(r)) {
        OU_DECREF(r);
        ou_err_set_string(&ou_exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    // A big result is reduced as the int's own hash is.
    int64_t v;
    ou_hash_t h;
    if (ou_int_as_i64(r, &v) == 0) {
        h = v == -1 ? -2 : v;
    } else {
        ou_err_clear();
        h = ou_object_hash(r);
    }
    OU_DECREF(r);
    return h;
}

static const char *const cmp_dunder[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

static OuObject *slot_richcompare(OuObject *a, OuObject *b, int op)
{
    int found;
    OuObject *r = call_special(a, cmp_dunder[op], &b, 1, &found);
    if (!found && !ou_err_occurred())
        return ou_newref(ou_NotImplemented);
    return r;
}

// `__getattribute__` overridden, or `__getattr__` defined (or both).
static OuObject *slot_getattr(OuObject *self, OuObject *name)
{
    OuObject *getattribute = special(self, "__getattribute__");
    OuObject *r;
    if (getattribute == NULL || (OU_TYPE(getattribute) == &ou_wrapper_descr_type
                                 && ((OuWrapperDescr *)getattribute)->owner == &ou_object_type))
        r = ou_object_generic_getattr(self, name);
    else
        r = call_found(getattribute, self, &name, 1, NULL);
    if (r != NULL || !ou_err_matches(&ou_exc_AttributeError))
        return r;
    OuObject *getattr = special(self, "__getattr__");
    if (getattr == NULL)
        return NULL;
    ou_err_clear();
    return call_found(getattr, self, &name, 1, NULL);
}

static int slot_setattr(OuObject *self, OuObject *name, OuObject *value)
{
    OuObject *r;
    if (value == NULL) {
        r = call_required(self, "__delattr__", &name, 1);
    } else {
        OuObject *args[2] = {name, value};
        r = call_required(self, "__setattr__", args, 2);
    }
    if (r == NULL)
        return -1;
    OU_DECREF(r);
    return 0;
}

static OuObject *slot_call(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuObject *f = special(self, "__call__");
    if (f == NULL)
        return ou_err_format(&ou_exc_TypeError, "'%s' object is not callable", ou_type_name(self));
    return call_found(f, self, args, nargs, kwnames);
}

static OuObject *slot_iter(OuObject *self)
{
    OuObject *f = special(self, "__iter__");
    if (f == ou_None)
        return ou_err_format(&ou_exc_TypeError, "'%s' object is not iterable", ou_type_name(self));
    if (f == NULL) {
        // Only __getitem__: the sequence protocol.
        return ou_object_iter(self);
    }
    return call_found(f, self, NULL, 0, NULL);
}

static OuObject *slot_iternext(OuObject *self) { return call_required(self, "__next__", NULL, 0); }

static OuObject *slot_descr_get(OuObject *self, OuObject *obj, OuObject *type)
{
    OuObject *args[2] = {obj ? obj : ou_None, type ? type : ou_None};
    return call_required(self, "__get__", args, 2);
}

static int slot_descr_set(OuObject *self, OuObject *obj, OuObject *value)
{
    OuObject *r;
    if (value == NULL) {
        r = call_required(self, "__delete__", &obj, 1);
    } else {
        OuObject *args[2] = {obj, value};
        r = call_required(self, "__set__", args, 2);
    }
    if (r == NULL)
        return -1;
    OU_DECREF(r);
    return 0;
}

static int slot_init(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuObject *f = special(self, "__init__");
    if (f == NULL)
        return 0;
    OuObject *r = call_found(f, self, args, nargs, kwnames);
    if (r == NULL)
        return -1;
    if (r != ou_None) {
        ou_err_format(&ou_exc_TypeError, "__init__() should return None, not '%s'", ou_type_name(r));
        OU_DECREF(r);
        return -1;
    }
    OU_DECREF(r);
    return 0;
}

// `__new__` is a static method: the class is passed explicitly.
static OuObject *slot_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuObject *n = dunder_name("__new__");
    OuObject *f = n ? ou_object_getattr((OuObject *)type, n) : NULL;
    if (f == NULL)
        return NULL;
    ou_ssize_t total = nargs + (kwnames ? ou_tuple_size(kwnames) : 0);
    OuObject *buf[8];
    OuObject **b = total + 1 <= 8 ? buf : ou_mem_alloc_or_raise(sizeof(OuObject *) * (size_t)(total + 1));
    OuObject *r = NULL;
    if (b != NULL) {
        b[0] = (OuObject *)type;
        if (total > 0)
            memcpy(b + 1, args, sizeof(OuObject *) * (size_t)total);
        r = ou_call(f, b, nargs + 1, kwnames);
        if (b != buf)
            ou_mem_free(b);
    }
    OU_DECREF(f);
    return r;
}

static void slot_finalize(OuObject *self)
{
    OuObject *del = special(self, "__del__");
    if (del == NULL)
        return;
    OuObject *r = call_found(del, self, NULL, 0, NULL);
    if (r == NULL)
        ou_err_write_unraisable(del);
    OU_XDECREF(r);
}

static ou_ssize_t slot_len(OuObject *self)
{
    OuObject *r = call_required(self, "__len__", NULL, 0);
    if (r == NULL)
        return -1;
    OuObject *i = ou_number_index(r);
    OU_DECREF(r);
    if (i == NULL)
        return -1;
    int64_t v;
    int bad = ou_int_as_i64(i, &v);
    int neg = ou_int_sign(i) < 0;
    OU_DECREF(i);
    if (neg) {
        if (bad)
            ou_err_clear();
        ou_err_set_string(&ou_exc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    if (bad) {
        ou_err_clear();
        ou_err_format(&ou_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return (ou_ssize_t)v;
}

static OuObject *slot_getitem(OuObject *self, OuObject *key) { return call_required(self, "__getitem__", &key, 1); }

static int slot_setitem(OuObject *self, OuObject *key, OuObject *value)
{
    OuObject *r;
    if (value == NULL) {
        r = call_required(self, "__delitem__", &key, 1);
    } else {
        OuObject *args[2] = {key, value};
        r = call_required(self, "__setitem__", args, 2);
    }
    if (r == NULL)
        return -1;
    OU_DECREF(r);
    return 0;
}

static int slot_contains(OuObject *self, OuObject *x)
{
    OuObject *f = special(self, "__contains__");
    if (f == NULL || f == ou_None) {
        if (f == ou_None) {
            ou_err_format(&ou_exc_TypeError, "'%s' object is not a container", ou_type_name(self));
            return -1;
        }
        // Fall back to iteration, as `in` does for types without __contains__.
        OuObject *it = ou_object_iter(self);
        if (it == NULL)
            return -1;
        OuObject *item;
        int found = 0;
        while ((item = ou_iter_next(it)) != NULL) {
            found = ou_object_richcompare_bool(item, x, OU_EQ);
            OU_DECREF(item);
            if (found != 0)
                break;
        }
        OU_DECREF(it);
        return found == 0 && ou_err_occurred() ? -1 : found;
    }
    OuObject *r = call_found(f, self, &x, 1, NULL);
    if (r == NULL)
        return -1;
    int t = ou_object_is_true(r);
    OU_DECREF(r);
    return t;
}

static int slot_bool(OuObject *self)
{
    int found;
    OuObject *r = call_special(self, "__bool__", NULL, 0, &found);
    if (!found) {
        if (ou_err_occurred())
            return -1;
        // No __bool__ here: __len__ decides, else every object is true.
        if (OU_TYPE(self)->len != NULL) {
            ou_ssize_t n = OU_TYPE(self)->len(self);
            return n < 0 ? -1 : n > 0;
        }
        return 1;
    }
    if (r == NULL)
        return -1;
    if (!ou_bool_check(r)) {
        ou_err_format(&ou_exc_TypeError, "__bool__ should return bool, returned %s", ou_type_name(r));
        OU_DECREF(r);
        return -1;
    }
    int t = r == ou_True;
    OU_DECREF(r);
    return t;
}

#define UNARY_SLOT(fn, dunder) \
    static OuObject *fn(OuObject *self) { return call_required(self, dunder, NULL, 0); }
UNARY_SLOT(slot_neg, "__neg__")
UNARY_SLOT(slot_pos, "__pos__")
UNARY_SLOT(slot_abs, "__abs__")
UNARY_SLOT(slot_invert, "__invert__")
UNARY_SLOT(slot_int, "__int__")
UNARY_SLOT(slot_float, "__float__")
UNARY_SLOT(slot_index, "__index__")
#undef UNARY_SLOT

static const char *const binop_dunder[] = {
#define OU_BINOP(name, symbol, dunder, rdunder, idunder) dunder,
#include "runtime/binops.h"
#undef OU_BINOP
};
static const char *const binop_rdunder[] = {
#define OU_BINOP(name, symbol, dunder, rdunder, idunder) rdunder,
#include "runtime/binops.h"
#undef OU_BINOP
};
static const char *const binop_idunder[] = {
#define OU_BINOP(name, symbol, dunder, rdunder, idunder) idunder,
#include "runtime/binops.h"
#undef OU_BINOP
};

// Is `name` defined differently on `b`'s type than on `a`'s?
static int overrides(OuType *a, OuType *b, const char *name)
{
    OuObject *n = dunder_name(name);
    if (n == NULL)
        return 0;
    OuObject *fa = ou_type_lookup(a, n), *fb = ou_type_lookup(b, n);
    return fb != NULL && fa != fb;
}

// Call `name` on the type of `self` with `other`; NotImplemented when missing.
static OuObject *maybe_call(OuObject *self, const char *name, OuObject *other)
{
    int found;
    OuObject *r = call_special(self, name, &other, 1, &found);
    if (!found && !ou_err_occurred())
        return ou_newref(ou_NotImplemented);
    return r;
}

static OuObject *slot_binop(OuObject *a, OuObject *b, int op);

#define OU_BINOP(name, symbol, dunder, rdunder, idunder) \
    static OuObject *slot_nb_##name(OuObject *a, OuObject *b) { return slot_binop(a, b, OU_NB_##name); }
#include "runtime/binops.h"
#undef OU_BINOP

// The dispatcher installed in nb[op] for classes that define the operator.
static OuBinaryFunc const binop_dispatch[] = {
#define OU_BINOP(name, symbol, dunder, rdunder, idunder) slot_nb_##name,
#include "runtime/binops.h"
#undef OU_BINOP
};

// CPython's rule for `a op b` reaching a Python class: a's method, unless b
// is an instance of a subclass of a's type that overrides the reflected
// method, which then goes first; b's reflected method last. The slot is
// shared by both operands, so which one brought us here is read off the
// types.
static OuObject *slot_binop(OuObject *a, OuObject *b, int op)
{
    if (op >= OU_NB_INPLACE_ADD)
        return maybe_call(a, binop_idunder[op - OU_NB_INPLACE_ADD], b);
    OuBinaryFunc me = binop_dispatch[op];
    int do_other = OU_TYPE(a) != OU_TYPE(b) && OU_TYPE(b)->nb[op] == me;
    if (OU_TYPE(a)->nb[op] == me) {
        OuObject *r;
        if (do_other && ou_type_is_subtype(OU_TYPE(b), OU_TYPE(a))
            && overrides(OU_TYPE(a), OU_TYPE(b), binop_rdunder[op])) {
            r = maybe_call(b, binop_rdunder[op], a);
            if (r != ou_NotImplemented)
                return r;
            OU_DECREF(r);
            do_other = 0;
        }
        r = maybe_call(a, binop_dunder[op], b);
        if (r != ou_NotImplemented || OU_TYPE(a) == OU_TYPE(b))
            return r;
        OU_DECREF(r);
    }
    if (do_other)
        return maybe_call(b, binop_rdunder[op], a);
    return ou_newref(ou_NotImplemented);
}

// ---- Wrapper descriptors: C slots of built-in types as methods ----

typedef enum {
    W_UNARY, W_BINARY, W_RBINARY, W_RICHCMP, W_HASH, W_LEN, W_BOOL, W_GETITEM, W_SETITEM,
    W_DELITEM, W_CONTAINS, W_CALL, W_GETATTR, W_SETATTR, W_DELATTR, W_GET, W_SET, W_DELETE,
    W_INIT, W_NEXT, W_NONE,
} WrapKind;

typedef struct {
    const char *name;       // the dunder (NULL: unused entry)
    size_t offset;          // of the slot in OuType
    void *dispatch;         // what a Python class that defines `name` gets
    WrapKind wrap;          // how a wrapper calls the C slot
    int op;                 // comparison or operator, where one applies
} SlotDef;

#define SLOT(field) offsetof(OuType, field)
#define OU_BINOP(name, symbol, dunder, rdunder, idunder) \
    {dunder, SLOT(nb[OU_NB_##name]), (void *)slot_nb_##name, W_BINARY, OU_NB_##name}, \
    {rdunder, SLOT(nb[OU_NB_##name]), (void *)slot_nb_##name, W_RBINARY, OU_NB_##name},
static const SlotDef binop_slotdefs[] = {
#include "runtime/binops.h"
};
#undef OU_BINOP

static const SlotDef slotdefs[] = {
    {"__repr__", SLOT(repr), (void *)slot_repr, W_UNARY, 0},
    {"__str__", SLOT(str), (void *)slot_str, W_UNARY, 0},
    {"__hash__", SLOT(hash), (void *)slot_hash, W_HASH, 0},
    {"__lt__", SLOT(richcompare), (void *)slot_richcompare, W_RICHCMP, OU_LT},
    {"__le__", SLOT(richcompare), (void *)slot_richcompare, W_RICHCMP, OU_LE},
    {"__eq__", SLOT(richcompare), (void *)slot_richcompare, W_RICHCMP, OU_EQ},
    {"__ne__", SLOT(richcompare), (void *)slot_richcompare, W_RICHCMP, OU_NE},
    {"__gt__", SLOT(richcompare), (void *)slot_richcompare, W_RICHCMP, OU_GT},
    {"__ge__", SLOT(richcompare), (void *)slot_richcompare, W_RICHCMP, OU_GE},
    {"__getattribute__", SLOT(getattr), (void *)slot_getattr, W_GETATTR, 0},
    {"__getattr__", SLOT(getattr), (void *)slot_getattr, W_NONE, 0},
    {"__setattr__", SLOT(setattr), (void *)slot_setattr, W_SETATTR, 0},
    {"__delattr__", SLOT(setattr), (void *)slot_setattr, W_DELATTR, 0},
    {"__call__", SLOT(call), (void *)slot_call, W_CALL, 0},
    {"__iter__", SLOT(iter), (void *)slot_iter, W_UNARY, 0},
    {"__next__", SLOT(iternext), (void *)slot_iternext, W_NEXT, 0},
    {"__get__", SLOT(descr_get), (void *)slot_descr_get, W_GET, 0},
    {"__set__", SLOT(descr_set), (void *)slot_descr_set, W_SET, 0},
    {"__delete__", SLOT(descr_set), (void *)slot_descr_set, W_DELETE, 0},
    {"__init__", SLOT(init), (void *)slot_init, W_INIT, 0},
    {"__del__", SLOT(finalize), (void *)slot_finalize, W_NONE, 0},
    {"__len__", SLOT(len), (void *)slot_len, W_LEN, 0},
    {"__getitem__", SLOT(getitem), (void *)slot_getitem, W_GETITEM, 0},
    {"__setitem__", SLOT(setitem), (void *)slot_setitem, W_SETITEM, 0},
    {"__delitem__", SLOT(setitem), (void *)slot_setitem, W_DELITEM, 0},
    {"__contains__", SLOT(contains), (void *)slot_contains, W_CONTAINS, 0},
    {"__bool__", SLOT(nb_bool), (void *)slot_bool, W_BOOL, 0},
    {"__neg__", SLOT(nb_negative), (void *)slot_neg, W_UNARY, 0},
    {"__pos__", SLOT(nb_positive), (void *)slot_pos, W_UNARY, 0},
    {"__abs__", SLOT(nb_absolute), (void *)slot_abs, W_UNARY, 0},
    {"__invert__", SLOT(nb_invert), (void *)slot_invert, W_UNARY, 0},
    {"__int__", SLOT(nb_int), (void *)slot_int, W_UNARY, 0},
    {"__float__", SLOT(nb_float), (void *)slot_float, W_UNARY, 0},
    {"__index__", SLOT(nb_index), (void *)slot_index, W_UNARY, 0},
};
#undef SLOT

// In-place operators: nb[OU_NB_INPLACE_x], fed by the plain row's idunder.
static const SlotDef *inplace_def(int i, SlotDef *buf)
{
    int op = OU_NB_INPLACE_ADD + i;
    buf->name = binop_idunder[i];
    buf->offset = offsetof(OuType, nb) + (size_t)op * sizeof(OuBinaryFunc);
    buf->dispatch = (void *)binop_dispatch[op];
    buf->wrap = W_BINARY;
    buf->op = op;
    return buf;
}

#define NSLOTDEFS (sizeof slotdefs / sizeof slotdefs[0])
#define NBINOPDEFS (sizeof binop_slotdefs / sizeof binop_slotdefs[0])
#define NINPLACE (OU_NB__COUNT - OU_NB_INPLACE_ADD)

// Every slot definition, whatever table it lives in; NULL past the end.
static const SlotDef *slotdef_at(size_t i, SlotDef *buf)
{
    if (i < NSLOTDEFS)
        return &slotdefs[i];
    i -= NSLOTDEFS;
    if (i < NBINOPDEFS)
        return &binop_slotdefs[i];
    i -= NBINOPDEFS;
    if (i < NINPLACE)
        return inplace_def((int)i, buf);
    return NULL;
}

static void **slot_ptr(OuType *t, const SlotDef *d) { return (void **)((char *)t + d->offset); }

OuObject *ou_wrapper_descr_new(OuType *owner, const char *name, size_t offset, int wrap, int op)
{
    OuWrapperDescr *w = (OuWrapperDescr *)ou_object_new(&ou_wrapper_descr_type);
    if (w == NULL)
        return NULL;
    w->owner = owner;
    w->name = name;
    w->offset = offset;
    w->wrap = wrap;
    w->op = op;
    return (OuObject *)w;
}

static int check_nargs(OuWrapperDescr *w, ou_ssize_t nargs, ou_ssize_t want)
{
    if (nargs == want)
        return 0;
    ou_err_format(&ou_exc_TypeError, "expected %zd argument%s, got %zd", want, want == 1 ? "" : "s", nargs);
    return -1;
}

static OuObject *none_or_null(int r)
{
    return r < 0 ? NULL : ou_return_none();
}

static OuObject *wrapper_call(OuObject *callable, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuWrapperDescr *w = (OuWrapperDescr *)callable;
    if (nargs < 1)
        return ou_err_format(&ou_exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                             w->name, w->owner->name);
    OuObject *self = args[0];
    if (!ou_is_instance_of(self, w->owner))
        return ou_err_format(&ou_exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                             w->name, w->owner->name, ou_type_name(self));
    args++;
    nargs--;
    if (w->wrap != W_INIT && w->wrap != W_CALL && kwnames != NULL && ou_tuple_size(kwnames) > 0)
        return ou_err_format(&ou_exc_TypeError, "wrapper %s() takes no keyword arguments", w->name);
    void *fn = *(void **)((char *)w->owner + w->offset);
    switch ((WrapKind)w->wrap) {
    case W_UNARY:
        if (check_nargs(w, nargs, 0) < 0)
            return NULL;
        return ((OuUnaryFunc)fn)(self);
    case W_NEXT: {
        if (check_nargs(w, nargs, 0) < 0)
            return NULL;
        OuObject *r = ((OuUnaryFunc)fn)(self);
        if (r == NULL && !ou_err_occurred())
            ou_err_set_object(&ou_exc_StopIteration, NULL);
        return r;
    }
    case W_BINARY:
        if (check_nargs(w, nargs, 1) < 0)
            return NULL;
        return ((OuBinaryFunc)fn)(self, args[0]);
    case W_RBINARY:
        if (check_nargs(w, nargs, 1) < 0)
            return NULL;
        return ((OuBinaryFunc)fn)(args[0], self);
    case W_RICHCMP:
        if (check_nargs(w, nargs, 1) < 0)
            return NULL;
        return ((OuRichCmpFunc)fn)(self, args[0], w->op);
    case W_HASH: {
        if (check_nargs(w, nargs, 0) < 0)
            return NULL;
        ou_hash_t h = ((OuHashFunc)fn)(self);
        return h == -1 ? NULL : ou_int_from_i64(h);
    }
    case W_LEN: {
        if (check_nargs(w, nargs, 0) < 0)
            return NULL;
        ou_ssize_t n = ((OuLenFunc)fn)(self);
        return n < 0 ? NULL : ou_int_from_i64(n);
    }
    case W_BOOL: {
        if (check_nargs(w, nargs, 0) < 0)
            return NULL;
        int t = ((OuInquiry)fn)(self);
        return t < 0 ? NULL : ou_bool_from(t);
    }
    case W_GETITEM:
        if (check_nargs(w, nargs, 1) < 0)
            return NULL;
        return ((OuBinaryFunc)fn)(self, args[0]);
    case W_SETITEM:
        if (check_nargs(w, nargs, 2) < 0)
            return NULL;
        return none_or_null(((OuObjObjArgProc)fn)(self, args[0], args[1]));
    case W_DELITEM:
        if (check_nargs(w, nargs, 1) < 0)
            return NULL;
        return none_or_null(((OuObjObjArgProc)fn)(self, args[0], NULL));
    case W_CONTAINS: {
        if (check_nargs(w, nargs, 1) < 0)
            return NULL;
        int t = ((OuObjObjProc)fn)(self, args[0]);
        return t < 0 ? NULL : ou_bool_from(t);
    }
    case W_CALL:
        return ((OuCallFunc)fn)(self, args, nargs, kwnames);
    case W_GETATTR:
        if (check_nargs(w, nargs, 1) < 0)
            return NULL;
        if (!ou_str_check(args[0]))
            return ou_err_format(&ou_exc_TypeError, "attribute name must be string, not '%s'",
                                 ou_type_name(args[0]));
        return ((OuGetAttrFunc)fn)(self, args[0]);
    case W_SETATTR:
        if (check_nargs(w, nargs, 2) < 0)
            return NULL;
        if (!ou_str_check(args[0]))
            return ou_err_format(&ou_exc_TypeError, "attribute name must be string, not '%s'",
                                 ou_type_name(args[0]));
        return none_or_null(((OuObjObjArgProc)fn)(self, args[0], args[1]));
    case W_DELATTR:
        if (check_nargs(w, nargs, 1) < 0)
            return NULL;
        if (!ou_str_check(args[0]))
            return ou_err_format(&ou_exc_TypeError, "attribute name must be string, not '%s'",
                                 ou_type_name(args[0]));
        return none_or_null(((OuObjObjArgProc)fn)(self, args[0], NULL));
    case W_GET: {
        if (nargs < 1 || nargs > 2)
            return ou_err_format(&ou_exc_TypeError, "expected 1 or 2 arguments, got %zd", nargs);
        OuObject *obj = args[0] == ou_None ? NULL : args[0];
        OuObject *type = nargs == 2 && args[1] != ou_None ? args[1] : NULL;
        if (obj == NULL && type == NULL)
            return ou_err_set_string(&ou_exc_TypeError, "__get__(None, None) is invalid");
        return ((OuTernaryFunc)fn)(self, obj, type);
    }
    case W_SET:
        if (check_nargs(w, nargs, 2) < 0)
            return NULL;
        return none_or_null(((OuObjObjArgProc)fn)(self, args[0], args[1]));
    case W_DELETE:
        if (check_nargs(w, nargs, 1) < 0)
            return NULL;
        return none_or_null(((OuObjObjArgProc)fn)(self, args[0], NULL));
    case W_INIT:
        return none_or_null(((int (*)(OuObject *, OuObject *const *, ou_ssize_t, OuObject *))fn)(
            self, args, nargs, kwnames));
    case W_NONE:
        break;
    }
    return ou_err_format(&ou_exc_SystemError, "bad wrapper for %s", w->name);
}

static OuObject *wrapper_get(OuObject *self, OuObject *obj, OuObject *type)
{
    if (obj == NULL)
        return ou_newref(self);
    OuWrapperDescr *w = (OuWrapperDescr *)self;
    if (!ou_is_instance_of(obj, w->owner))
        return ou_err_format(&ou_exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                             w->name, w->owner->name, ou_type_name(obj));
    return ou_method_new(self, obj);
}

static OuObject *wrapper_repr(OuObject *self)
{
    OuWrapperDescr *w = (OuWrapperDescr *)self;
    return ou_str_from_format("<slot wrapper '%s' of '%s' objects>", w->name, w->owner->name);
}

static OuObject *wrapper_get_name(OuObject *self) { return ou_str_from_cstr(((OuWrapperDescr *)self)->name); }
static OuObject *wrapper_get_objclass(OuObject *self) { return ou_newref(((OuWrapperDescr *)self)->owner); }

static const OuGetSetDef wrapper_getsets[] = {
    {"__name__", wrapper_get_name, NULL, NULL},
    {"__qualname__", wrapper_get_name, NULL, NULL},
    {"__objclass__", wrapper_get_objclass, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static void wrapper_dealloc(OuObject *self) { ou_object_free(self); }

OuType ou_wrapper_descr_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "wrapper_descriptor",
    .basicsize = sizeof(OuWrapperDescr),
    .flags = OU_TPFLAGS_METHOD_DESCRIPTOR,
    .dealloc = wrapper_dealloc,
    .repr = wrapper_repr,
    .call = wrapper_call,
    .descr_get = wrapper_get,
    .getsets = wrapper_getsets,
};

// ---- `T.__new__(cls, …)` for built-in types ----

static OuObject *tp_new_wrapper(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuType *type = (OuType *)self;
    if (nargs < 1)
        return ou_err_format(&ou_exc_TypeError, "%s.__new__(): not enough arguments", type->name);
    OuObject *sub = args[0];
    if (!ou_type_check(sub))
        return ou_err_format(&ou_exc_TypeError, "%s.__new__(X): X is not a type object (%s)", type->name,
                             ou_type_name(sub));
    OuType *subtype = (OuType *)sub;
    if (!ou_type_is_subtype(subtype, type))
        return ou_err_format(&ou_exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", type->name,
                             subtype->name, subtype->name, type->name);
    return type->new(subtype, args + 1, nargs - 1, kwnames);
}

static const OuMethodDef tp_new_def = {"__new__", tp_new_wrapper, 0,
                                        "Create and return a new object.  See help(type) for accurate signature."};

int ou_type_add_slot_wrappers(OuType *t)
{
    SlotDef buf;
    const SlotDef *d;
    for (size_t i = 0; (d = slotdef_at(i, &buf)) != NULL; i++) {
        if (d->name == NULL || d->wrap == W_NONE || *slot_ptr(t, d) == NULL)
            continue;
        // Only where this type fills the slot itself (not just inherited).
        if (t->base != NULL && *slot_ptr(t->base, d) == *slot_ptr(t, d))
            continue;
        if (d->offset == offsetof(OuType, hash) && t->hash == ou_hash_not_implemented) {
            if (ou_dict_getitem_str(t->dict, "__hash__") == NULL
                && ou_dict_setitem_str(t->dict, "__hash__", ou_None) < 0)
                return -1;
            continue;
        }
        if (ou_dict_getitem_str(t->dict, d->name) != NULL)
            continue;
        OuObject *w = ou_wrapper_descr_new(t, d->name, d->offset, d->wrap, d->op);
        if (w == NULL)
            return -1;
        int r = ou_dict_setitem_str(t->dict, d->name, w);
        OU_DECREF(w);
        if (r < 0)
            return -1;
    }
    if (t->new != NULL && (t->base == NULL || t->base->new != t->new)
        && ou_dict_getitem_str(t->dict, "__new__") == NULL) {
        OuObject *f = ou_cfunc_new(&tp_new_def, (OuObject *)t);
        if (f == NULL)
            return -1;
        int r = ou_dict_setitem_str(t->dict, "__new__", f);
        OU_DECREF(f);
        if (r < 0)
            return -1;
    }
    return 0;
}

// ---- Choosing the slots of a class ----

// Decide one slot from what the MRO defines for the dunders feeding it: the
// built-in C function when every definition found is that type's wrapper,
// the dispatcher when Python code defines any of them, NULL when none is.
static void fixup_one(OuType *t, const SlotDef *first, size_t index)
{
    void **slot = slot_ptr(t, first);
    void *specific = NULL;
    int generic = 0, found_any = 0;
    SlotDef buf;
    const SlotDef *d;
    for (size_t i = index; (d = slotdef_at(i, &buf)) != NULL; i++) {
        if (d->offset != first->offset || d->name == NULL)
            continue;
        OuObject *n = dunder_name(d->name);
        OuObject *descr = n ? ou_type_lookup(t, n) : NULL;
        if (descr == NULL)
            continue;
        found_any = 1;
        if (OU_TYPE(descr) == &ou_wrapper_descr_type && ((OuWrapperDescr *)descr)->offset == d->offset) {
            void *fn = *(void **)((char *)((OuWrapperDescr *)descr)->owner + d->offset);
            if (specific == NULL)
                specific = fn;
            else if (specific != fn)
                generic = 1;
        } else if (descr == ou_None && d->offset == offsetof(OuType, hash)) {
            specific = (void *)ou_hash_not_implemented;
        } else {
            generic = 1;
        }
    }
    if (generic)
        *slot = first->dispatch;
    else if (specific != NULL)
        *slot = specific;
    else if (!found_any)
        *slot = NULL;
}

int ou_type_fixup_slots(OuType *t)
{
    SlotDef buf;
    const SlotDef *d;
    for (size_t i = 0; (d = slotdef_at(i, &buf)) != NULL; i++) {
        if (d->name == NULL)
            continue;
        // Each slot once: at its first definition in the tables.
        int seen = 0;
        SlotDef buf2;
        const SlotDef *e;
        for (size_t j = 0; j < i && (e = slotdef_at(j, &buf2)) != NULL; j++)
            if (e->name != NULL && e->offset == d->offset) {
                seen = 1;
                break;
            }
        if (seen)
            continue;
        SlotDef copy = *d;
        fixup_one(t, &copy, i);
    }
    // `__new__` is not in the tables: a class either defines it or inherits
    // the C function of its built-in base.
    OuObject *n = dunder_name("__new__");
    OuObject *nd = n ? ou_type_lookup(t, n) : NULL;
    if (nd != NULL && OU_TYPE(nd) == &ou_cfunc_type && ((OuCFunction *)nd)->self != NULL
        && ou_type_check(((OuCFunction *)nd)->self))
        t->new = ((OuType *)((OuCFunction *)nd)->self)->new;
    else if (nd != NULL)
        t->new = slot_new;
    return 0;
}

int ou_type_update_slot(OuType *t, OuObject *name)
{
    if (ou_str_size(name) < 5 || ou_str_utf8(name)[0] != '_' || ou_str_utf8(name)[1] != '_')
        return 0;
    return ou_type_fixup_slots(t);
}
