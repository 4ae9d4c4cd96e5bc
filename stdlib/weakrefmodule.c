// stdlib/weakrefmodule.c: the `weakref` module. `ref` and `proxy` are the
// types of runtime/weakref.c; the containers are written here in C:
//
//   WeakValueDictionary  data: key -> ref(value, remove-this-key)
//   WeakKeyDictionary    data: ref(key, remove-this-ref) -> value
//   WeakSet              data: ref(item, remove-this-ref) -> None
//
// A container's callbacks reach it through a weak reference to itself, so
// the container never keeps itself alive. A callback removes its entry at
// once; nothing is deferred. WeakSet keeps its items in a dict, so it
// iterates in insertion order where CPython's (a set) follows hash order.
//
// `finalize(obj, func, *args, **kwargs)` objects live in a registry (a dict
// in the finalize type's own `__dict__`, `_registry`) until they have run or
// were detached; the weak reference's callback runs them.
#include "stdlib/stdlib.h"

#include <string.h>
#include "gc/gc.h"
#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/weakref.h"

#define FN(name) static OuObject *name(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)

// ---- Module functions ----

FN(wr_getweakrefcount)
{
    if (ou_args_no_kw("getweakrefcount", kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return ou_err_format(&ou_exc_TypeError, "getweakrefcount() takes exactly one argument (%zd given)", nargs);
    return ou_int_from_i64(ou_weakref_count(args[0]));
}

FN(wr_getweakrefs)
{
    if (ou_args_no_kw("getweakrefs", kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return ou_err_format(&ou_exc_TypeError, "getweakrefs() takes exactly one argument (%zd given)", nargs);
    return ou_weakref_list(args[0]);
}

FN(wr_proxy)
{
    if (ou_args_no_kw("proxy", kwnames) < 0)
        return NULL;
    if (nargs < 1 || nargs > 2)
        return ou_err_format(&ou_exc_TypeError, "proxy expected at %s %d argument%s, got %zd",
                             nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 2, nargs < 1 ? "" : "s", nargs);
    return ou_weakref_new_proxy(args[0], nargs > 1 ? args[1] : NULL);
}

// ---- The containers ----

typedef struct {
    OU_OBJECT_HEAD
    OuObject *data;         // dict, as drawn at the top
    OuObject *selfref;      // weak reference to this container, made on first use
    OuWeakRef *weaklist;
} WeakContainer;

#define WC(o) ((WeakContainer *)(o))

static OuType wvd_type, wkd_type, wset_type;

static void wc_dealloc(OuObject *self)
{
    ou_gc_untrack(self);
    ou_weakref_clear_refs(self);
    OU_CLEAR(WC(self)->data);
    OU_CLEAR(WC(self)->selfref);
    ou_object_free(self);
}

static int wc_traverse(OuObject *self, OuVisitProc visit, void *arg)
{
    OU_VISIT(WC(self)->data);
    OU_VISIT(WC(self)->selfref);
    return 0;
}

static int wc_clear(OuObject *self)
{
    OU_CLEAR(WC(self)->data);
    OU_CLEAR(WC(self)->selfref);
    return 0;
}

static ou_ssize_t wc_len(OuObject *self)
{
    return WC(self)->data ? ou_dict_size(WC(self)->data) : 0;
}

static OuObject *wc_repr(OuObject *self)
{
    const char *name = OU_TYPE(self)->name, *dot = strrchr(name, '.');
    return ou_str_from_format("<%s at %p>", dot ? dot + 1 : name, (void *)self);
}

// Borrowed: the weak reference to `self` its callbacks use.
static OuObject *selfref(OuObject *self)
{
    if (WC(self)->selfref == NULL)
        WC(self)->selfref = ou_weakref_new(self, NULL);
    return WC(self)->selfref;
}

// Borrowed: the container a callback's weak reference leads to, or NULL.
static OuObject *container_of(OuObject *ref)
{
    return ou_weakref_get(ref);
}

// New ref: the callback `def` bound to `bound`, for a new weak reference.
static OuObject *callback_for(const OuMethodDef *def, OuObject *bound)
{
    return ou_cfunc_new(def, bound);
}

// Calling a container type with an optional mapping or iterable of pairs,
// as dict() takes them. 0 / -1.
static int fill_from(OuObject *self, OuObject *src)
{
    OuObject *items;
    if (ou_dict_check(src)) {
        items = ou_call_method(src, "items", NULL, 0);
    } else {
        items = ou_newref(src);
    }
    if (items == NULL)
        return -1;
    OuObject *it = ou_object_iter(items);
    OU_DECREF(items);
    if (it == NULL)
        return -1;
    OuObject *pair;
    while ((pair = ou_iter_next(it)) != NULL) {
        OuObject *seq = ou_sequence_tuple(pair);
        OU_DECREF(pair);
        if (seq == NULL || ou_tuple_size(seq) != 2) {
            if (seq != NULL)
                ou_err_set_string(&ou_exc_ValueError, "dictionary update sequence element has wrong length");
            OU_XDECREF(seq);
            OU_DECREF(it);
            return -1;
        }
        int r = ou_object_setitem(self, ou_tuple_get(seq, 0), ou_tuple_get(seq, 1));
        OU_DECREF(seq);
        if (r < 0) {
            OU_DECREF(it);
            return -1;
        }
    }
    OU_DECREF(it);
    return ou_err_occurred() ? -1 : 0;
}

static OuObject *wc_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw(type->name, kwnames) < 0)
        return NULL;
    if (nargs > 1)
        return ou_err_format(&ou_exc_TypeError, "%s expected at most 1 argument, got %zd", type->name, nargs);
    WeakContainer *c = (WeakContainer *)ou_object_new(type);
    if (c == NULL)
        return NULL;
    c->data = ou_dict_new();
    if (c->data == NULL) {
        OU_DECREF(c);
        return NULL;
    }
    ou_gc_track((OuObject *)c);
    if (nargs == 1) {
        int r;
        if (type == &wset_type) {
            OuObject *it = ou_object_iter(args[0]), *x;
            if (it == NULL) {
                OU_DECREF(c);
                return NULL;
            }
            r = 0;
            while (r == 0 && (x = ou_iter_next(it)) != NULL) {
                OuObject *res = ou_call_method((OuObject *)c, "add", &x, 1);
                OU_DECREF(x);
                r = res == NULL ? -1 : 0;
                OU_XDECREF(res);
            }
            OU_DECREF(it);
            if (ou_err_occurred())
                r = -1;
        } else {
            r = fill_from((OuObject *)c, args[0]);
        }
        if (r < 0) {
            OU_DECREF(c);
            return NULL;
        }
    }
    return (OuObject *)c;
}

// What a snapshot of a container lists.
enum { SNAP_KEYS, SNAP_VALUES, SNAP_ITEMS };

// New ref: a list of the live entries, taken now so that entries vanishing
// during the iteration cannot disturb it.
static OuObject *snapshot(OuObject *self, int what)
{
    OuObject *l = ou_list_new(0);
    if (l == NULL)
        return NULL;
    int by_value = OU_TYPE(self) == &wvd_type;
    ou_ssize_t pos = 0;
    OuObject *k, *v;
    while (ou_dict_next(WC(self)->data, &pos, &k, &v)) {
        OuObject *key = by_value ? k : ou_weakref_get(k);
        OuObject *val = by_value ? ou_weakref_get(v) : v;
        if (key == NULL || val == NULL)
            continue;
        OuObject *x = what == SNAP_KEYS ? ou_newref(key) : what == SNAP_VALUES ? ou_newref(val)
                                                                                : ou_tuple_pack(2, key, val);
        if (x == NULL || ou_list_append(l, x) < 0) {
            OU_XDECREF(x);
            OU_DECREF(l);
            return NULL;
        }
        OU_DECREF(x);
    }
    return l;
}

static OuObject *snapshot_iter(OuObject *self, int what)
{
    OuObject *l = snapshot(self, what);
    if (l == NULL)
        return NULL;
    OuObject *it = ou_object_iter(l);
    OU_DECREF(l);
    return it;
}

static OuObject *wc_iter(OuObject *self) { return snapshot_iter(self, SNAP_KEYS); }
FN(wc_keys) { return snapshot_iter(self, SNAP_KEYS); }
FN(wc_values) { return snapshot_iter(self, SNAP_VALUES); }
FN(wc_items) { return snapshot_iter(self, SNAP_ITEMS); }

FN(wc_clear_method)
{
    ou_dict_clear(WC(self)->data);
    return ou_return_none();
}

// ---- WeakValueDictionary ----

// The callback of a value's reference; bound to (container ref, key).
FN(wvd_remove)
{
    OuObject *c = container_of(ou_tuple_get(self, 0));
    if (c == NULL || nargs != 1)
        return ou_return_none();
    OuObject *key = ou_tuple_get(self, 1);
    OuObject *cur = ou_dict_getitem(WC(c)->data, key);
    if (cur == args[0] && ou_dict_delitem(WC(c)->data, key) < 0)
        return NULL;
    if (cur == NULL && ou_err_occurred())
        return NULL;
    return ou_return_none();
}
static const OuMethodDef wvd_remove_def = {"remove", wvd_remove, 0, NULL};

static OuObject *wvd_getitem(OuObject *self, OuObject *key)
{
    OuObject *r = ou_dict_getitem(WC(self)->data, key);
    if (r == NULL && ou_err_occurred())
        return NULL;
    OuObject *o = r ? ou_weakref_get(r) : NULL;
    if (o == NULL)
        return ou_err_set_object(&ou_exc_KeyError, key);
    return ou_newref(o);
}

static int wvd_setitem(OuObject *self, OuObject *key, OuObject *value)
{
    OuObject *data = WC(self)->data;
    if (value == NULL)
        return ou_dict_delitem(data, key);
    OuObject *sref = selfref(self);
    if (sref == NULL)
        return -1;
    OuObject *bound = ou_tuple_pack(2, sref, key);
    if (bound == NULL)
        return -1;
    OuObject *cb = callback_for(&wvd_remove_def, bound);
    OU_DECREF(bound);
    if (cb == NULL)
        return -1;
    OuObject *ref = ou_weakref_new(value, cb);
    OU_DECREF(cb);
    if (ref == NULL)
        return -1;
    int r = ou_dict_setitem(data, key, ref);
    OU_DECREF(ref);
    return r;
}

static int wvd_contains(OuObject *self, OuObject *key)
{
    OuObject *r = ou_dict_getitem(WC(self)->data, key);
    if (r == NULL)
        return ou_err_occurred() ? -1 : 0;
    return ou_weakref_get(r) != NULL;
}

FN(wvd_get)
{
    if (ou_args_count("get", nargs, 1, 2) < 0)
        return NULL;
    OuObject *r = ou_dict_getitem(WC(self)->data, args[0]);
    if (r == NULL && ou_err_occurred())
        return NULL;
    OuObject *o = r ? ou_weakref_get(r) : NULL;
    if (o == NULL)
        return ou_newref(nargs > 1 ? args[1] : ou_None);
    return ou_newref(o);
}

FN(wvd_pop)
{
    if (ou_args_count("pop", nargs, 1, 2) < 0)
        return NULL;
    OuObject *r = ou_dict_getitem(WC(self)->data, args[0]);
    if (r == NULL && ou_err_occurred())
        return NULL;
    OuObject *o = r ? ou_xnewref(ou_weakref_get(r)) : NULL;
    if (r != NULL && ou_dict_delitem(WC(self)->data, args[0]) < 0) {
        OU_XDECREF(o);
        return NULL;
    }
    if (o != NULL)
        return o;
    if (nargs > 1)
        return ou_newref(args[1]);
    return ou_err_set_object(&ou_exc_KeyError, args[0]);
}

static const OuMethodDef wvd_methods[] = {
    {"get", wvd_get, 0, NULL},
    {"pop", wvd_pop, 0, NULL},
    {"keys", wc_keys, 0, NULL},
    {"values", wc_values, 0, NULL},
    {"items", wc_items, 0, NULL},
    {"clear", wc_clear_method, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define CONTAINER_SLOTS \
    .ob_base = OU_STATIC_HEAD(&ou_type_type), \
    .basicsize = sizeof(WeakContainer), \
    .flags = OU_TPFLAGS_GC | OU_TPFLAGS_BASETYPE, \
    .dealloc = wc_dealloc, \
    .repr = wc_repr, \
    .hash = ou_hash_not_implemented, \
    .new = wc_new, \
    .iter = wc_iter, \
    .traverse = wc_traverse, \
    .clear = wc_clear, \
    .len = wc_len, \
    .weaklistoffset = offsetof(WeakContainer, weaklist)

static OuType wvd_type = {
    CONTAINER_SLOTS,
    .name = "weakref.WeakValueDictionary",
    .getitem = wvd_getitem,
    .setitem = wvd_setitem,
    .contains = wvd_contains,
    .methods = wvd_methods,
};

// ---- WeakKeyDictionary and WeakSet ----

// The callback of a key's reference; bound to the container's reference.
FN(wkd_remove)
{
    OuObject *c = container_of(self);
    if (c == NULL || nargs != 1)
        return ou_return_none();
    int has = ou_dict_contains(WC(c)->data, args[0]);
    if (has < 0 || (has && ou_dict_delitem(WC(c)->data, args[0]) < 0))
        return NULL;
    return ou_return_none();
}
static const OuMethodDef wkd_remove_def = {"remove", wkd_remove, 0, NULL};

// New ref: a plain reference to `key` for lookups; NULL + TypeError when
// `key` cannot be weakly referenced.
static OuObject *lookup_ref(OuObject *key)
{
    return ou_weakref_new(key, NULL);
}

static OuObject *wkd_getitem(OuObject *self, OuObject *key)
{
    OuObject *ref = lookup_ref(key);
    if (ref == NULL)
        return NULL;
    OuObject *v = ou_dict_getitem(WC(self)->data, ref);
    OU_DECREF(ref);
    if (v == NULL) {
        if (ou_err_occurred())
            return NULL;
        return ou_err_set_object(&ou_exc_KeyError, key);
    }
    return ou_newref(v);
}

// Store `value` under a reference to `key` with the removing callback. 0 / -1.
static int store_keyed(OuObject *self, OuObject *key, OuObject *value)
{
    OuObject *sref = selfref(self);
    if (sref == NULL)
        return -1;
    OuObject *cb = callback_for(&wkd_remove_def, sref);
    if (cb == NULL)
        return -1;
    OuObject *ref = ou_weakref_new(key, cb);
    OU_DECREF(cb);
    if (ref == NULL)
        return -1;
    int r = ou_dict_setitem(WC(self)->data, ref, value);
    OU_DECREF(ref);
    return r;
}

static int wkd_setitem(OuObject *self, OuObject *key, OuObject *value)
{
    if (value != NULL)
        return store_keyed(self, key, value);
    OuObject *ref = lookup_ref(key);
    if (ref == NULL)
        return -1;
    int r = ou_dict_delitem(WC(self)->data, ref);
    OU_DECREF(ref);
    return r;
}

static int wkd_contains(OuObject *self, OuObject *key)
{
    OuObject *ref = lookup_ref(key);
    if (ref == NULL) {
        if (!ou_err_matches(&ou_exc_TypeError))
            return -1;
        ou_err_clear();
        return 0;
    }
    int r = ou_dict_contains(WC(self)->data, ref);
    OU_DECREF(ref);
    return r;
}

FN(wkd_get)
{
    if (ou_args_count("get", nargs, 1, 2) < 0)
        return NULL;
    OuObject *ref = lookup_ref(args[0]);
    if (ref == NULL)
        return NULL;
    OuObject *v = ou_dict_getitem(WC(self)->data, ref);
    OU_DECREF(ref);
    if (v == NULL && ou_err_occurred())
        return NULL;
    return ou_newref(v ? v : nargs > 1 ? args[1] : ou_None);
}

static const OuMethodDef wkd_methods[] = {
    {"get", wkd_get, 0, NULL},
    {"keys", wc_keys, 0, NULL},
    {"values", wc_values, 0, NULL},
    {"items", wc_items, 0, NULL},
    {"clear", wc_clear_method, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static OuType wkd_type = {
    CONTAINER_SLOTS,
    .name = "weakref.WeakKeyDictionary",
    .getitem = wkd_getitem,
    .setitem = wkd_setitem,
    .contains = wkd_contains,
    .methods = wkd_methods,
};

FN(wset_add)
{
    if (ou_args_count("add", nargs, 1, 1) < 0)
        return NULL;
    if (store_keyed(self, args[0], ou_None) < 0)
        return NULL;
    return ou_return_none();
}

static OuObject *wset_drop(OuObject *self, OuObject *item, int must)
{
    OuObject *ref = lookup_ref(item);
    if (ref == NULL)
        return NULL;
    int has = ou_dict_contains(WC(self)->data, ref);
    if (has > 0)
        has = ou_dict_delitem(WC(self)->data, ref) < 0 ? -1 : 1;
    OU_DECREF(ref);
    if (has < 0)
        return NULL;
    if (!has && must)
        return ou_err_set_object(&ou_exc_KeyError, item);
    return ou_return_none();
}

FN(wset_discard)
{
    if (ou_args_count("discard", nargs, 1, 1) < 0)
        return NULL;
    return wset_drop(self, args[0], 0);
}

FN(wset_remove)
{
    if (ou_args_count("remove", nargs, 1, 1) < 0)
        return NULL;
    return wset_drop(self, args[0], 1);
}

static const OuMethodDef wset_methods[] = {
    {"add", wset_add, 0, NULL},
    {"discard", wset_discard, 0, NULL},
    {"remove", wset_remove, 0, NULL},
    {"clear", wc_clear_method, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static OuType wset_type = {
    CONTAINER_SLOTS,
    .name = "weakref.WeakSet",
    .contains = wkd_contains,
    .methods = wset_methods,
};

// ---- finalize ----

typedef struct {
    OU_OBJECT_HEAD
    OuObject *ref;          // weak reference to the object, with our callback
    OuObject *func;
    OuObject *args;         // tuple
    OuObject *kwargs;       // dict or NULL
    OuWeakRef *weaklist;
} Finalize;

#define FZ(o) ((Finalize *)(o))

static OuType finalize_type;

// Borrowed: the dict of pending finalizers (keys), or NULL + error.
static OuObject *registry(void)
{
    if (finalize_type.dict == NULL && ou_type_ready(&finalize_type) < 0)
        return NULL;
    OuObject *r = ou_dict_getitem_str(finalize_type.dict, "_registry");
    if (r != NULL)
        return r;
    r = ou_dict_new();
    if (r == NULL || ou_dict_setitem_str(finalize_type.dict, "_registry", r) < 0) {
        OU_XDECREF(r);
        return NULL;
    }
    OU_DECREF(r);
    return r;
}

// 1 when `f` was pending and is no longer (it may run no more), 0 when it
// had already run or been detached, -1 on error.
static int take_pending(OuObject *f)
{
    OuObject *reg = registry();
    if (reg == NULL)
        return -1;
    int has = ou_dict_contains(reg, f);
    if (has <= 0)
        return has;
    OU_INCREF(f);
    int r = ou_dict_delitem(reg, f);
    OU_DECREF(f);
    return r < 0 ? -1 : 1;
}

static void finalize_dealloc(OuObject *self)
{
    ou_gc_untrack(self);
    ou_weakref_clear_refs(self);
    OU_CLEAR(FZ(self)->ref);
    OU_CLEAR(FZ(self)->func);
    OU_CLEAR(FZ(self)->args);
    OU_CLEAR(FZ(self)->kwargs);
    ou_object_free(self);
}

static int finalize_traverse(OuObject *self, OuVisitProc visit, void *arg)
{
    OU_VISIT(FZ(self)->ref);
    OU_VISIT(FZ(self)->func);
    OU_VISIT(FZ(self)->args);
    OU_VISIT(FZ(self)->kwargs);
    return 0;
}

static int finalize_clear(OuObject *self)
{
    OU_CLEAR(FZ(self)->ref);
    OU_CLEAR(FZ(self)->func);
    OU_CLEAR(FZ(self)->args);
    OU_CLEAR(FZ(self)->kwargs);
    return 0;
}

// Run func(*args, **kwargs) if still pending: New ref to its result, None
// when not pending, NULL + error.
static OuObject *finalize_run(OuObject *self)
{
    int pending = take_pending(self);
    if (pending <= 0)
        return pending < 0 ? NULL : ou_return_none();
    Finalize *f = FZ(self);
    OuObject *func = f->func, *a = f->args, *kw = f->kwargs;
    f->func = f->args = f->kwargs = NULL;
    OU_CLEAR(f->ref);
    OuObject *res = NULL;
    ou_ssize_t na = ou_tuple_size(a), nk = kw ? ou_dict_size(kw) : 0;
    OuObject *kwnames = nk ? ou_tuple_new(nk) : NULL;
    OuObject **argv = ou_mem_alloc_or_raise(sizeof(OuObject *) * (size_t)(na + nk + 1));
    if (argv != NULL && (nk == 0 || kwnames != NULL)) {
        for (ou_ssize_t i = 0; i < na; i++)
            argv[i] = ou_tuple_get(a, i);
        ou_ssize_t pos = 0, i = 0;
        OuObject *k, *v;
        while (kw != NULL && ou_dict_next(kw, &pos, &k, &v)) {
            ou_tuple_items(kwnames)[i] = ou_newref(k);
            argv[na + i++] = v;
        }
        res = ou_call(func, argv, na, kwnames);
    }
    ou_mem_free(argv);
    OU_XDECREF(kwnames);
    OU_DECREF(func);
    OU_DECREF(a);
    OU_XDECREF(kw);
    return res;
}

FN(finalize_callback)
{
    return finalize_run(self);
}
static const OuMethodDef finalize_callback_def = {"_callback", finalize_callback, 0, NULL};

static OuObject *finalize_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (nargs < 2)
        return ou_err_format(&ou_exc_TypeError, "finalize.__init__() missing %zd required positional argument%s",
                             2 - nargs, nargs == 1 ? "" : "s");
    OuObject *reg = registry();
    if (reg == NULL)
        return NULL;
    Finalize *f = (Finalize *)ou_object_new(type);
    if (f == NULL)
        return NULL;
    f->func = ou_newref(args[1]);
    f->args = ou_tuple_from_array(args + 2, nargs - 2);
    if (f->args == NULL)
        goto error;
    ou_ssize_t nk = kwnames ? ou_tuple_size(kwnames) : 0;
    if (nk > 0) {
        if ((f->kwargs = ou_dict_new()) == NULL)
            goto error;
        for (ou_ssize_t i = 0; i < nk; i++)
            if (ou_dict_setitem(f->kwargs, ou_tuple_get(kwnames, i), args[nargs + i]) < 0)
                goto error;
    }
    ou_gc_track((OuObject *)f);
    OuObject *cb = ou_cfunc_new(&finalize_callback_def, (OuObject *)f);
    if (cb == NULL)
        goto error;
    f->ref = ou_weakref_new(args[0], cb);
    OU_DECREF(cb);
    if (f->ref == NULL || ou_dict_setitem(reg, (OuObject *)f, ou_None) < 0)
        goto error;
    return (OuObject *)f;
error:
    OU_DECREF(f);
    return NULL;
}

static OuObject *finalize_call(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("finalize", kwnames) < 0 || ou_args_count("finalize", nargs, 0, 0) < 0)
        return NULL;
    return finalize_run(self);
}

// New ref: (obj, func, args, kwargs) while pending and obj alive, else None;
// `detach` also takes it off the registry.
static OuObject *finalize_info(OuObject *self, int detach)
{
    Finalize *f = FZ(self);
    OuObject *reg = registry();
    if (reg == NULL)
        return NULL;
    int has = ou_dict_contains(reg, self);
    if (has < 0)
        return NULL;
    OuObject *obj = has && f->ref ? ou_weakref_get(f->ref) : NULL;
    if (obj == NULL)
        return ou_return_none();
    OuObject *kw = f->kwargs ? ou_dict_copy(f->kwargs) : ou_dict_new();
    if (kw == NULL)
        return NULL;
    OuObject *t = ou_tuple_pack(4, obj, f->func, f->args, kw);
    OU_DECREF(kw);
    if (t != NULL && detach && take_pending(self) < 0)
        OU_CLEAR(t);
    return t;
}

FN(finalize_detach) { return finalize_info(self, 1); }
FN(finalize_peek) { return finalize_info(self, 0); }

static OuObject *finalize_get_alive(OuObject *self)
{
    OuObject *reg = registry();
    if (reg == NULL)
        return NULL;
    int has = ou_dict_contains(reg, self);
    return has < 0 ? NULL : ou_bool_from(has);
}

static OuObject *finalize_repr(OuObject *self)
{
    OuObject *obj = FZ(self)->ref ? ou_weakref_get(FZ(self)->ref) : NULL;
    if (obj == NULL)
        return ou_str_from_format("<finalize object at %p; dead>", (void *)self);
    return ou_str_from_format("<finalize object at %p; for '%s' at %p>", (void *)self, ou_type_name(obj),
                              (void *)obj);
}

static const OuMethodDef finalize_methods[] = {
    {"detach", finalize_detach, 0, NULL},
    {"peek", finalize_peek, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const OuGetSetDef finalize_getsets[] = {
    {"alive", finalize_get_alive, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static OuType finalize_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "weakref.finalize",
    .basicsize = sizeof(Finalize),
    .flags = OU_TPFLAGS_GC,
    .dealloc = finalize_dealloc,
    .repr = finalize_repr,
    .call = finalize_call,
    .new = finalize_new,
    .traverse = finalize_traverse,
    .clear = finalize_clear,
    .methods = finalize_methods,
    .getsets = finalize_getsets,
    .weaklistoffset = offsetof(Finalize, weaklist),
};

// ---- The module ----

static const OuMethodDef weakref_methods[] = {
    {"getweakrefcount", wr_getweakrefcount, 0, "Return the number of weak references to 'obj'."},
    {"getweakrefs", wr_getweakrefs, 0, "Return a list of all weak reference objects pointing to 'obj'."},
    {"proxy", wr_proxy, 0, "Create a proxy object that weakly references 'object'."},
    {NULL, NULL, 0, NULL},
};

OuObject *ou_weakref_module_init(void)
{
    static OuType *const types[] = {
        &ou_weakref_type, &ou_weakproxy_type, &ou_weakcallableproxy_type,
        &wvd_type, &wkd_type, &wset_type, &finalize_type,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (ou_type_ready(types[i]) < 0)
            return NULL;
    OuObject *m = ou_module_new("weakref");
    if (m == NULL)
        return NULL;
    OuObject *proxies = ou_tuple_pack(2, (OuObject *)&ou_weakproxy_type, (OuObject *)&ou_weakcallableproxy_type);
    int bad = proxies == NULL || ou_module_add_functions(m, weakref_methods) < 0
              || ou_module_add_object(m, "ref", (OuObject *)&ou_weakref_type) < 0
              || ou_module_add_object(m, "ReferenceType", (OuObject *)&ou_weakref_type) < 0
              || ou_module_add_object(m, "ProxyType", (OuObject *)&ou_weakproxy_type) < 0
              || ou_module_add_object(m, "CallableProxyType", (OuObject *)&ou_weakcallableproxy_type) < 0
              || ou_module_add_object(m, "ProxyTypes", proxies) < 0
              || ou_module_add_object(m, "WeakValueDictionary", (OuObject *)&wvd_type) < 0
              || ou_module_add_object(m, "WeakKeyDictionary", (OuObject *)&wkd_type) < 0
              || ou_module_add_object(m, "WeakSet", (OuObject *)&wset_type) < 0
              || ou_module_add_object(m, "finalize", (OuObject *)&finalize_type) < 0;
    OU_XDECREF(proxies);
    if (bad) {
        OU_DECREF(m);
        return NULL;
    }
    return m;
}
