// runtime/weakref.c: weak references and proxies (the list they live in is
// drawn in runtime/weakref.h). The collector's side, clearing references to
// unreachable objects, is handle_weakrefs in gc/collect.c.
#include "runtime/weakref.h"

#include "gc/gc.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

#define WR(o) ((OuWeakRef *)(o))

// ---- The referent's list ----

static OuWeakRef **list_slot(OuObject *o)
{
    ou_ssize_t off = OU_TYPE(o)->weaklistoffset;
    return off > 0 ? (OuWeakRef **)((char *)o + off) : NULL;
}

OuWeakRef *ou_weakref_list_head(OuObject *o)
{
    OuWeakRef **slot = list_slot(o);
    return slot ? *slot : NULL;
}

void ou_weakref_clear_ref(OuWeakRef *r)
{
    if (r->object == NULL)
        return;
    OuWeakRef **slot = list_slot(r->object);
    if (*slot == r)
        *slot = r->next;
    if (r->prev != NULL)
        r->prev->next = r->next;
    if (r->next != NULL)
        r->next->prev = r->prev;
    r->prev = r->next = NULL;
    r->object = NULL;
}

static void insert_after(OuWeakRef *r, OuWeakRef *prev)
{
    r->prev = prev;
    r->next = prev->next;
    if (prev->next != NULL)
        prev->next->prev = r;
    prev->next = r;
}

static void insert_head(OuWeakRef *r, OuWeakRef **slot)
{
    r->prev = NULL;
    r->next = *slot;
    if (*slot != NULL)
        (*slot)->prev = r;
    *slot = r;
}

// The shared callback-less ref and proxy at the front of the list, if any.
static void basic_refs(OuWeakRef *head, OuWeakRef **ref, OuWeakRef **proxy)
{
    *ref = *proxy = NULL;
    if (head != NULL && head->callback == NULL && OU_TYPE(head) == &ou_weakref_type) {
        *ref = head;
        head = head->next;
    }
    if (head != NULL && head->callback == NULL && OU_TYPE(head) != &ou_weakref_type)
        *proxy = head;
}

static OuObject *make(OuType *type, OuObject *ob, OuObject *callback)
{
    OuWeakRef **slot = list_slot(ob);
    if (slot == NULL)
        return ou_err_format(&ou_exc_TypeError, "cannot create weak reference to '%s' object", ou_type_name(ob));
    if (callback == ou_None)
        callback = NULL;
    OuWeakRef *ref, *proxy;
    basic_refs(*slot, &ref, &proxy);
    if (callback == NULL) {
        OuWeakRef *shared = type == &ou_weakref_type ? ref : proxy;
        if (shared != NULL)
            return ou_newref(shared);
    }
    OuWeakRef *r = (OuWeakRef *)ou_object_new(type);
    if (r == NULL)
        return NULL;
    r->object = ob;
    r->callback = ou_xnewref(callback);
    r->hash = -1;
    // Allocating the reference may have run a collection that changed the list.
    basic_refs(*slot, &ref, &proxy);
    if (callback == NULL && type == &ou_weakref_type) {
        insert_head(r, slot);
    } else if (callback == NULL) {
        if (ref != NULL)
            insert_after(r, ref);
        else
            insert_head(r, slot);
    } else {
        OuWeakRef *prev = proxy != NULL ? proxy : ref;
        if (prev != NULL)
            insert_after(r, prev);
        else
            insert_head(r, slot);
    }
    ou_gc_track((OuObject *)r);
    return (OuObject *)r;
}

OuObject *ou_weakref_new(OuObject *ob, OuObject *callback)
{
    return make(&ou_weakref_type, ob, callback);
}

OuObject *ou_weakref_new_proxy(OuObject *ob, OuObject *callback)
{
    OuType *t = OU_TYPE(ob)->call != NULL ? &ou_weakcallableproxy_type : &ou_weakproxy_type;
    return make(t, ob, callback);
}

ou_ssize_t ou_weakref_count(OuObject *o)
{
    ou_ssize_t n = 0;
    for (OuWeakRef *r = ou_weakref_list_head(o); r != NULL; r = r->next)
        n++;
    return n;
}

OuObject *ou_weakref_list(OuObject *o)
{
    OuObject *l = ou_list_new(0);
    if (l == NULL)
        return NULL;
    for (OuWeakRef *r = ou_weakref_list_head(o); r != NULL; r = r->next) {
        if (ou_list_append(l, (OuObject *)r) < 0) {
            OU_DECREF(l);
            return NULL;
        }
    }
    return l;
}

static void call_callback(OuObject *ref, OuObject *callback)
{
    OuObject *r = ou_call_one(callback, ref);
    if (r == NULL)
        ou_err_write_unraisable(callback);
    else
        OU_DECREF(r);
}

void ou_weakref_clear_refs(OuObject *o)
{
    OuWeakRef **slot = list_slot(o);
    if (slot == NULL || *slot == NULL)
        return;
    OuObject *saved = ou_err_fetch();
    // Clear every reference before the first callback runs, so no callback
    // can reach `o` through a reference not yet cleared. The pairs to call
    // are kept (ref, callback), both owned.
    ou_ssize_t n = 0, cap = 0;
    OuObject **pairs = NULL;
    while (*slot != NULL) {
        OuWeakRef *r = *slot;
        OuObject *cb = r->callback;
        r->callback = NULL;
        ou_weakref_clear_ref(r);
        if (cb == NULL)
            continue;
        // A reference whose own count is zero is being freed itself.
        if (OU_REFCNT(r) <= 0) {
            OU_DECREF(cb);
            continue;
        }
        if (n == cap) {
            ou_ssize_t ncap = cap ? cap * 2 : 8;
            OuObject **np = ou_mem_realloc(pairs, sizeof(OuObject *) * (size_t)(2 * ncap));
            if (np == NULL) {
                OU_DECREF(cb);
                continue;
            }
            pairs = np;
            cap = ncap;
        }
        pairs[2 * n] = ou_newref(r);
        pairs[2 * n + 1] = cb;
        n++;
    }
    for (ou_ssize_t i = 0; i < n; i++) {
        call_callback(pairs[2 * i], pairs[2 * i + 1]);
        OU_DECREF(pairs[2 * i + 1]);
        OU_DECREF(pairs[2 * i]);
    }
    ou_mem_free(pairs);
    ou_err_restore(saved);
}

// ---- weakref.ReferenceType ----

static void weakref_dealloc(OuObject *self)
{
    ou_gc_untrack(self);
    ou_weakref_clear_ref(WR(self));
    OU_CLEAR(WR(self)->callback);
    ou_object_free(self);
}

static int weakref_traverse(OuObject *self, OuVisitProc visit, void *arg)
{
    OU_VISIT(WR(self)->callback);
    return 0;
}

static int weakref_clear(OuObject *self)
{
    ou_weakref_clear_ref(WR(self));
    OU_CLEAR(WR(self)->callback);
    return 0;
}

static OuObject *weakref_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("weakref.ReferenceType", kwnames) < 0)
        return NULL;
    if (nargs < 1 || nargs > 2)
        return ou_err_format(&ou_exc_TypeError, "__new__ expected at %s %d argument%s, got %zd",
                             nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 2, nargs < 1 ? "" : "s", nargs);
    return make(&ou_weakref_type, args[0], nargs > 1 ? args[1] : NULL);
}

static OuObject *weakref_call(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("weakref", kwnames) < 0)
        return NULL;
    if (nargs != 0)
        return ou_err_format(&ou_exc_TypeError, "weakref() takes exactly 0 arguments (%zd given)", nargs);
    OuObject *o = WR(self)->object;
    return ou_newref(o != NULL ? o : ou_None);
}

// `(name)` after the referent when it has a string `__name__`, as CPython shows.
static OuObject *referent_name(OuObject *o)
{
    OuObject *name = ou_object_getattr_str(o, "__name__");
    if (name == NULL) {
        ou_err_clear();
        return NULL;
    }
    if (!ou_str_check(name)) {
        OU_DECREF(name);
        return NULL;
    }
    return name;
}

static OuObject *weakref_repr(OuObject *self)
{
    OuObject *o = WR(self)->object;
    if (o == NULL)
        return ou_str_from_format("<weakref at %p; dead>", (void *)self);
    OU_INCREF(o);
    OuObject *name = referent_name(o), *r;
    if (name != NULL)
        r = ou_str_from_format("<weakref at %p; to '%s' at %p (%U)>", (void *)self, ou_type_name(o), (void *)o, name);
    else
        r = ou_str_from_format("<weakref at %p; to '%s' at %p>", (void *)self, ou_type_name(o), (void *)o);
    OU_XDECREF(name);
    OU_DECREF(o);
    return r;
}

static ou_hash_t weakref_hash(OuObject *self)
{
    OuWeakRef *r = WR(self);
    if (r->hash != -1)
        return r->hash;
    if (r->object == NULL) {
        ou_err_set_string(&ou_exc_TypeError, "weak object has gone away");
        return -1;
    }
    OuObject *o = ou_newref(r->object);
    r->hash = ou_object_hash(o);
    OU_DECREF(o);
    return r->hash;
}

static OuObject *weakref_richcompare(OuObject *a, OuObject *b, int op)
{
    if ((op != OU_EQ && op != OU_NE) || OU_TYPE(a) != OU_TYPE(b) || OU_TYPE(a) != &ou_weakref_type)
        return ou_newref(ou_NotImplemented);
    OuObject *x = WR(a)->object, *y = WR(b)->object;
    if (x == NULL || y == NULL) {
        int same = a == b;
        return ou_bool_from(op == OU_EQ ? same : !same);
    }
    OU_INCREF(x);
    OU_INCREF(y);
    OuObject *r = ou_object_richcompare(x, y, op);
    OU_DECREF(x);
    OU_DECREF(y);
    return r;
}

static OuObject *weakref_get_callback(OuObject *self)
{
    return ou_newref(WR(self)->callback != NULL ? WR(self)->callback : ou_None);
}

static const OuGetSetDef weakref_getsets[] = {
    {"__callback__", weakref_get_callback, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

OuType ou_weakref_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(OuWeakRef),
    .flags = OU_TPFLAGS_GC,
    .dealloc = weakref_dealloc,
    .repr = weakref_repr,
    .hash = weakref_hash,
    .richcompare = weakref_richcompare,
    .call = weakref_call,
    .new = weakref_new,
    .traverse = weakref_traverse,
    .clear = weakref_clear,
    .getsets = weakref_getsets,
};

// ---- weakref.ProxyType and weakref.CallableProxyType ----

// New ref: the live referent, or NULL + ReferenceError.
static OuObject *referent(OuObject *proxy)
{
    OuObject *o = WR(proxy)->object;
    if (o == NULL)
        return ou_err_set_string(&ou_exc_ReferenceError, "weakly-referenced object no longer exists");
    return ou_newref(o);
}

// An operand as the operation should see it: proxies stand for their referents.
static OuObject *unwrap(OuObject *o)
{
    if (OU_TYPE(o) == &ou_weakproxy_type || OU_TYPE(o) == &ou_weakcallableproxy_type)
        return referent(o);
    return ou_newref(o);
}

static OuObject *proxy_getattr(OuObject *self, OuObject *name)
{
    OuObject *o = referent(self);
    if (o == NULL)
        return NULL;
    OuObject *r = ou_object_getattr(o, name);
    OU_DECREF(o);
    return r;
}

static int proxy_setattr(OuObject *self, OuObject *name, OuObject *value)
{
    OuObject *o = referent(self);
    if (o == NULL)
        return -1;
    int r = ou_object_setattr(o, name, value);
    OU_DECREF(o);
    return r;
}

static OuObject *proxy_repr(OuObject *self)
{
    OuObject *o = WR(self)->object;
    if (o == NULL)
        return ou_str_from_format("<weakproxy at %p to NoneType at %p>", (void *)self, (void *)ou_None);
    return ou_str_from_format("<weakproxy at %p to %s at %p>", (void *)self, ou_type_name(o), (void *)o);
}

#define PROXY_UNARY(fname, expr) \
    static OuObject *fname(OuObject *self) \
    { \
        OuObject *o = referent(self); \
        if (o == NULL) \
            return NULL; \
        OuObject *r = (expr); \
        OU_DECREF(o); \
        return r; \
    }
PROXY_UNARY(proxy_str, ou_object_str(o))
PROXY_UNARY(proxy_iter, ou_object_iter(o))
PROXY_UNARY(proxy_iternext, ou_iter_next(o))
PROXY_UNARY(proxy_negative, ou_number_negative(o))
PROXY_UNARY(proxy_positive, ou_number_positive(o))
PROXY_UNARY(proxy_absolute, ou_number_absolute(o))
PROXY_UNARY(proxy_invert, ou_number_invert(o))
PROXY_UNARY(proxy_index, ou_number_index(o))

static OuObject *proxy_call(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuObject *o = referent(self);
    if (o == NULL)
        return NULL;
    OuObject *r = ou_call(o, args, nargs, kwnames);
    OU_DECREF(o);
    return r;
}

static int proxy_bool(OuObject *self)
{
    OuObject *o = referent(self);
    if (o == NULL)
        return -1;
    int r = ou_object_is_true(o);
    OU_DECREF(o);
    return r;
}

static ou_ssize_t proxy_len(OuObject *self)
{
    OuObject *o = referent(self);
    if (o == NULL)
        return -1;
    ou_ssize_t r = ou_object_len(o);
    OU_DECREF(o);
    return r;
}

static OuObject *proxy_getitem(OuObject *self, OuObject *key)
{
    OuObject *o = referent(self);
    if (o == NULL)
        return NULL;
    OuObject *r = ou_object_getitem(o, key);
    OU_DECREF(o);
    return r;
}

static int proxy_setitem(OuObject *self, OuObject *key, OuObject *value)
{
    OuObject *o = referent(self);
    if (o == NULL)
        return -1;
    int r = value != NULL ? ou_object_setitem(o, key, value) : ou_object_delitem(o, key);
    OU_DECREF(o);
    return r;
}

static int proxy_contains(OuObject *self, OuObject *x)
{
    OuObject *o = referent(self);
    if (o == NULL)
        return -1;
    int r = ou_object_contains(o, x);
    OU_DECREF(o);
    return r;
}

static OuObject *proxy_richcompare(OuObject *a, OuObject *b, int op)
{
    OuObject *x = unwrap(a);
    if (x == NULL)
        return NULL;
    OuObject *y = unwrap(b);
    if (y == NULL) {
        OU_DECREF(x);
        return NULL;
    }
    OuObject *r = ou_object_richcompare(x, y, op);
    OU_DECREF(x);
    OU_DECREF(y);
    return r;
}

static OuObject *proxy_binop(OuObject *a, OuObject *b, OuBinOp op)
{
    OuObject *x = unwrap(a);
    if (x == NULL)
        return NULL;
    OuObject *y = unwrap(b);
    if (y == NULL) {
        OU_DECREF(x);
        return NULL;
    }
    OuObject *r = ou_number_binop(x, y, op);
    OU_DECREF(x);
    OU_DECREF(y);
    return r;
}

// The plain operators; in-place forms fall back to them.
#define PROXY_BINOPS(X) \
    X(ADD) X(AND) X(FLOOR_DIVIDE) X(LSHIFT) X(MATRIX_MULTIPLY) X(MULTIPLY) X(REMAINDER) \
    X(OR) X(POWER) X(RSHIFT) X(SUBTRACT) X(TRUE_DIVIDE) X(XOR)
#define PROXY_NB_FUNC(name) \
    static OuObject *proxy_nb_##name(OuObject *a, OuObject *b) { return proxy_binop(a, b, OU_NB_##name); }
PROXY_BINOPS(PROXY_NB_FUNC)
#define PROXY_NB_ENTRY(name) [OU_NB_##name] = proxy_nb_##name,

#define PROXY_SLOTS \
    .basicsize = sizeof(OuWeakRef), \
    .flags = OU_TPFLAGS_GC, \
    .dealloc = weakref_dealloc, \
    .repr = proxy_repr, \
    .str = proxy_str, \
    .hash = ou_hash_not_implemented, \
    .richcompare = proxy_richcompare, \
    .getattr = proxy_getattr, \
    .setattr = proxy_setattr, \
    .iter = proxy_iter, \
    .iternext = proxy_iternext, \
    .traverse = weakref_traverse, \
    .clear = weakref_clear, \
    .nb = { PROXY_BINOPS(PROXY_NB_ENTRY) }, \
    .nb_negative = proxy_negative, \
    .nb_positive = proxy_positive, \
    .nb_absolute = proxy_absolute, \
    .nb_invert = proxy_invert, \
    .nb_bool = proxy_bool, \
    .nb_index = proxy_index, \
    .len = proxy_len, \
    .getitem = proxy_getitem, \
    .setitem = proxy_setitem, \
    .contains = proxy_contains

OuType ou_weakproxy_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "weakref.ProxyType",
    PROXY_SLOTS,
};

OuType ou_weakcallableproxy_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "weakref.CallableProxyType",
    .call = proxy_call,
    PROXY_SLOTS,
};
