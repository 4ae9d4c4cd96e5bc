// stdlib/gcmodule.c: the `gc` module, a thin Python face on the collector
// (gc/collect.c does the work; its state is `ou_state.gc`).
#include "stdlib/stdlib.h"

#include "gc/gc.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/state.h"
#include "runtime/tuple.h"
#include "runtime/instance.h"
#include "runtime/str.h"
#include "runtime/weakref.h"

#include "runtime/dict.h"

// ---- The collector's runtime side (see OuGCHooks in gc/gc.h) ----

static int hook_is_weakref(OuObject *o) { return ou_weakref_check(o); }
static void hook_weakref_clear(OuObject *ref) { ou_weakref_clear_ref((OuWeakRef *)ref); }
static OuObject *hook_weakref_head(OuObject *o) { return (OuObject *)ou_weakref_list_head(o); }
static int hook_weakref_has_callback(OuObject *ref) { return ((OuWeakRef *)ref)->callback != NULL; }

static void hook_weakref_call(OuObject *ref)
{
    OuObject *cb = ((OuWeakRef *)ref)->callback;
    if (cb == NULL)
        return;
    OU_INCREF(cb);
    OuObject *saved = ou_err_fetch();
    OuObject *r = ou_call_one(cb, ref);
    if (r == NULL)
        ou_err_write_unraisable(cb);
    OU_XDECREF(r);
    OU_DECREF(cb);
    ou_err_restore(saved);
}

static int holds_only_atoms(OuObject *o, int depth);

// Whether `o` could ever take part in a cycle (CPython's test for the items
// of a tuple or dict that might be untracked). A tracked tuple of atoms
// counts as an atom: its own turn to be untracked may come later in the
// same pass, and CPython's compiler builds nested constant tuples inner
// first, so it would already have untracked it.
static int may_be_tracked(OuObject *o, int depth)
{
    if (!ou_object_is_gc(o))
        return 0;
    if (OU_TYPE(o) == &ou_tuple_type)
        return ou_gc_is_tracked(o) && (depth > 50 || !holds_only_atoms(o, depth + 1));
    return 1;
}

static int holds_only_atoms(OuObject *o, int depth)
{
    for (ou_ssize_t i = 0; i < ou_tuple_size(o); i++) {
        OuObject *e = ou_tuple_get(o, i);
        if (e == NULL || may_be_tracked(e, depth))
            return 0;
    }
    return 1;
}

static int hook_untrackable(OuObject *o, int dicts)
{
    if (OU_TYPE(o) == &ou_tuple_type)
        return holds_only_atoms(o, 0);
    if (dicts && OU_TYPE(o) == &ou_dict_type) {
        ou_ssize_t pos = 0;
        OuObject *k, *v;
        while (ou_dict_next(o, &pos, &k, &v))
            if (may_be_tracked(k, 0) || may_be_tracked(v, 0))
                return 0;
        return 1;
    }
    return 0;
}

static OuObject *lazy_list(OuObject **slot)
{
    if (*slot == NULL)
        *slot = ou_list_new(0);
    return *slot;
}

OuObject *ou_gc_garbage_list(void) { return lazy_list(&ou_state.gc.garbage); }
OuObject *ou_gc_callbacks_list(void) { return lazy_list(&ou_state.gc.callbacks); }

static void hook_save_garbage(OuObject *o)
{
    OuObject *saved = ou_err_fetch();
    OuObject *garbage = ou_gc_garbage_list();
    if (garbage == NULL || ou_list_append(garbage, o) < 0)
        ou_err_clear();
    ou_err_restore(saved);
}

static int info_put(OuObject *d, const char *key, ou_ssize_t v)
{
    OuObject *n = ou_int_from_i64(v);
    if (n == NULL)
        return -1;
    int r = ou_dict_setitem_str(d, key, n);
    OU_DECREF(n);
    return r;
}

// Call each of gc.callbacks with (phase, info); failures are reported.
static void hook_callbacks(const char *phase, int generation, ou_ssize_t collected, ou_ssize_t uncollectable)
{
    OuObject *cbs = ou_state.gc.callbacks;
    if (cbs == NULL || ou_list_size(cbs) == 0)
        return;
    OuObject *saved = ou_err_fetch();
    OuObject *info = ou_dict_new(), *ph = ou_str_from_cstr(phase);
    if (info == NULL || ph == NULL || info_put(info, "generation", generation) < 0
        || info_put(info, "collected", collected) < 0 || info_put(info, "uncollectable", uncollectable) < 0) {
        ou_err_clear();
        goto done;
    }
    // Re-read the size each time: a callback may remove itself.
    for (ou_ssize_t i = 0; i < ou_list_size(cbs); i++) {
        OuObject *cb = ou_newref(ou_list_items(cbs)[i]);
        OuObject *args[2] = {ph, info};
        OuObject *r = ou_call(cb, args, 2, NULL);
        if (r == NULL)
            ou_err_write_unraisable(cb);
        OU_XDECREF(r);
        OU_DECREF(cb);
    }
done:
    OU_XDECREF(ph);
    OU_XDECREF(info);
    ou_err_restore(saved);
}

static void hook_fini(void)
{
    OU_CLEAR(ou_state.gc.callbacks);
    OU_CLEAR(ou_state.gc.garbage);
}

const OuGCHooks ou_gc_hooks = {
    .is_weakref = hook_is_weakref,
    .weakref_clear = hook_weakref_clear,
    .weakref_head = hook_weakref_head,
    .weakref_has_callback = hook_weakref_has_callback,
    .weakref_call = hook_weakref_call,
    .err_fetch = ou_err_fetch,
    .err_restore = ou_err_restore,
    .untrackable = hook_untrackable,
    .save_garbage = hook_save_garbage,
    .callbacks = hook_callbacks,
    .fini = hook_fini,
};

// ---- The module ----

#define GC_FN(name) static OuObject *name(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)

static int no_args(const char *fname, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw(fname, kwnames) < 0)
        return -1;
    if (nargs != 0) {
        ou_err_format(&ou_exc_TypeError, "%s() takes no arguments (%zd given)", fname, nargs);
        return -1;
    }
    return 0;
}

static int one_arg(const char *fname, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw(fname, kwnames) < 0)
        return -1;
    if (nargs != 1) {
        ou_err_format(&ou_exc_TypeError, "%s() takes exactly one argument (%zd given)", fname, nargs);
        return -1;
    }
    return 0;
}

// An int argument that must fit a C int. 0 / -1.
static int int_arg(OuObject *o, int *out)
{
    if (!ou_int_check(o)) {
        ou_err_format(&ou_exc_TypeError, "'%s' object cannot be interpreted as an integer", ou_type_name(o));
        return -1;
    }
    int64_t v;
    if (ou_int_as_i64(o, &v) < 0)
        return -1;
    if (v < -2147483647 - 1 || v > 2147483647) {
        ou_err_set_string(&ou_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

GC_FN(gc_collect)
{
    static const char *const names[] = {"generation", NULL};
    OuObject *a[1];
    if (ou_args_parse("collect", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    int gen = 2;
    if (a[0] != NULL && int_arg(a[0], &gen) < 0)
        return NULL;
    if (gen < 0 || gen > 2)
        return ou_err_set_string(&ou_exc_ValueError, "invalid generation");
    ou_ssize_t n = ou_gc_collect(gen);
    if (ou_err_occurred())
        return NULL;
    return ou_int_from_i64(n);
}

GC_FN(gc_enable)
{
    if (no_args("enable", nargs, kwnames) < 0)
        return NULL;
    ou_state.gc.enabled = 1;
    return ou_return_none();
}

GC_FN(gc_disable)
{
    if (no_args("disable", nargs, kwnames) < 0)
        return NULL;
    ou_state.gc.enabled = 0;
    return ou_return_none();
}

GC_FN(gc_isenabled)
{
    if (no_args("isenabled", nargs, kwnames) < 0)
        return NULL;
    return ou_bool_from(ou_state.gc.enabled);
}

static OuObject *int_triple(int64_t a, int64_t b, int64_t c)
{
    OuObject *x = ou_int_from_i64(a), *y = ou_int_from_i64(b), *z = ou_int_from_i64(c);
    OuObject *t = (x && y && z) ? ou_tuple_pack(3, x, y, z) : NULL;
    OU_XDECREF(x);
    OU_XDECREF(y);
    OU_XDECREF(z);
    return t;
}

GC_FN(gc_get_count)
{
    if (no_args("get_count", nargs, kwnames) < 0)
        return NULL;
    OuGCGeneration *g = ou_state.gc.generations;
    return int_triple(g[0].count, g[1].count, g[2].count);
}

GC_FN(gc_get_threshold)
{
    if (no_args("get_threshold", nargs, kwnames) < 0)
        return NULL;
    OuGCGeneration *g = ou_state.gc.generations;
    return int_triple(g[0].threshold, g[1].threshold, g[2].threshold);
}

GC_FN(gc_set_threshold)
{
    if (ou_args_no_kw("set_threshold", kwnames) < 0)
        return NULL;
    if (nargs < 1)
        return ou_err_format(&ou_exc_TypeError, "set_threshold() takes at least 1 argument (0 given)");
    if (nargs > 3)
        return ou_err_format(&ou_exc_TypeError, "set_threshold() takes at most 3 arguments (%zd given)", nargs);
    int v[3];
    for (ou_ssize_t i = 0; i < nargs; i++)
        if (int_arg(args[i], &v[i]) < 0)
            return NULL;
    for (ou_ssize_t i = 0; i < nargs; i++)
        ou_state.gc.generations[i].threshold = v[i];
    return ou_return_none();
}

// ---- Walking the tracked objects ----

typedef struct {
    OuObject *result;       // the list being filled (never reported itself)
    OuObject *const *objs;  // get_referrers: the objects looked for
    ou_ssize_t nobjs;
    int found;
} Walk;

static int append_object(OuObject *o, void *arg)
{
    Walk *w = arg;
    if (o == w->result)
        return 0;
    return ou_list_append(w->result, o) < 0 ? -1 : 0;
}

GC_FN(gc_get_objects)
{
    static const char *const names[] = {"generation", NULL};
    OuObject *a[1];
    if (ou_args_parse("get_objects", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    int gen = -1;
    if (a[0] != NULL && a[0] != ou_None) {
        if (int_arg(a[0], &gen) < 0)
            return NULL;
        if (gen >= 3)
            return ou_err_format(&ou_exc_ValueError,
                                 "generation parameter must be less than the number of available generations (3)");
        if (gen < 0)
            return ou_err_set_string(&ou_exc_ValueError, "generation parameter cannot be negative");
    }
    Walk w = {ou_list_new(0), NULL, 0, 0};
    if (w.result == NULL)
        return NULL;
    for (int i = 0; i < 3; i++) {
        if (gen >= 0 && i != gen)
            continue;
        if (ou_gc_foreach(i, append_object, &w) < 0) {
            OU_DECREF(w.result);
            return NULL;
        }
    }
    return w.result;
}

static int visit_find(OuObject *o, void *arg)
{
    Walk *w = arg;
    for (ou_ssize_t i = 0; i < w->nobjs; i++) {
        if (w->objs[i] == o) {
            w->found = 1;
            return 1;
        }
    }
    return 0;
}

static int referrer_check(OuObject *o, void *arg)
{
    Walk *w = arg;
    if (o == w->result || OU_TYPE(o)->traverse == NULL)
        return 0;
    w->found = 0;
    OU_TYPE(o)->traverse(o, visit_find, w);
    if (w->found && ou_list_append(w->result, o) < 0)
        return -1;
    return 0;
}

GC_FN(gc_get_referrers)
{
    if (ou_args_no_kw("get_referrers", kwnames) < 0)
        return NULL;
    Walk w = {ou_list_new(0), args, nargs, 0};
    if (w.result == NULL)
        return NULL;
    for (int i = 0; i < 3; i++) {
        if (ou_gc_foreach(i, referrer_check, &w) < 0) {
            OU_DECREF(w.result);
            return NULL;
        }
    }
    return w.result;
}

static int visit_append(OuObject *o, void *arg)
{
    return ou_list_append(arg, o) < 0 ? -1 : 0;
}

GC_FN(gc_get_referents)
{
    if (ou_args_no_kw("get_referents", kwnames) < 0)
        return NULL;
    OuObject *result = ou_list_new(0);
    if (result == NULL)
        return NULL;
    for (ou_ssize_t i = 0; i < nargs; i++) {
        OuObject *o = args[i];
        if (!ou_object_is_gc(o) || OU_TYPE(o)->traverse == NULL)
            continue;
        if (OU_TYPE(o)->traverse(o, visit_append, result) != 0) {
            OU_DECREF(result);
            return NULL;
        }
    }
    return result;
}

GC_FN(gc_is_tracked)
{
    if (one_arg("is_tracked", nargs, kwnames) < 0)
        return NULL;
    return ou_bool_from(ou_gc_is_tracked(args[0]));
}

GC_FN(gc_is_finalized)
{
    if (one_arg("is_finalized", nargs, kwnames) < 0)
        return NULL;
    return ou_bool_from(ou_object_is_gc(args[0]) && ou_gc_is_finalized(args[0]));
}


GC_FN(gc_get_stats)
{
    if (no_args("get_stats", nargs, kwnames) < 0)
        return NULL;
    OuObject *result = ou_list_new(0);
    if (result == NULL)
        return NULL;
    for (int i = 0; i < 3; i++) {
        OuGCStats *st = &ou_state.gc.stats[i];
        OuObject *d = ou_dict_new();
        if (d == NULL || info_put(d, "collections", st->collections) < 0
            || info_put(d, "collected", st->collected) < 0
            || info_put(d, "uncollectable", st->uncollectable) < 0 || ou_list_append(result, d) < 0) {
            OU_XDECREF(d);
            OU_DECREF(result);
            return NULL;
        }
        OU_DECREF(d);
    }
    return result;
}

GC_FN(gc_freeze)
{
    if (no_args("freeze", nargs, kwnames) < 0)
        return NULL;
    ou_gc_freeze();
    return ou_return_none();
}

GC_FN(gc_unfreeze)
{
    if (no_args("unfreeze", nargs, kwnames) < 0)
        return NULL;
    ou_gc_unfreeze();
    return ou_return_none();
}

GC_FN(gc_get_freeze_count)
{
    if (no_args("get_freeze_count", nargs, kwnames) < 0)
        return NULL;
    return ou_int_from_i64(ou_gc_list_size(3));
}

GC_FN(gc_get_debug)
{
    if (no_args("get_debug", nargs, kwnames) < 0)
        return NULL;
    return ou_int_from_i64(ou_state.gc.debug);
}

GC_FN(gc_set_debug)
{
    if (one_arg("set_debug", nargs, kwnames) < 0)
        return NULL;
    int flags;
    if (int_arg(args[0], &flags) < 0)
        return NULL;
    ou_state.gc.debug = flags;
    return ou_return_none();
}

static const OuMethodDef gc_methods[] = {
    {"collect", gc_collect, 0, "Run the garbage collector."},
    {"enable", gc_enable, 0, "Enable automatic garbage collection."},
    {"disable", gc_disable, 0, "Disable automatic garbage collection."},
    {"isenabled", gc_isenabled, 0, "Returns true if automatic garbage collection is enabled."},
    {"get_count", gc_get_count, 0, "Return a three-tuple of the current collection counts."},
    {"get_threshold", gc_get_threshold, 0, "Return the current collection thresholds."},
    {"set_threshold", gc_set_threshold, 0, "Set the collection thresholds."},
    {"get_objects", gc_get_objects, 0, "Return a list of objects tracked by the collector."},
    {"get_referrers", gc_get_referrers, 0, "Return the list of objects that directly refer to any of objs."},
    {"get_referents", gc_get_referents, 0, "Return the list of objects that are directly referred to by objs."},
    {"is_tracked", gc_is_tracked, 0, "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", gc_is_finalized, 0, "Returns true if the object has been already finalized by the GC."},
    {"get_stats", gc_get_stats, 0, "Return a list of dictionaries containing per-generation statistics."},
    {"freeze", gc_freeze, 0, "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", gc_unfreeze, 0, "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", gc_get_freeze_count, 0, "Return the number of objects in the permanent generation."},
    {"get_debug", gc_get_debug, 0, "Get the garbage collection debugging flags."},
    {"set_debug", gc_set_debug, 0, "Set the garbage collection debugging flags."},
    {NULL, NULL, 0, NULL},
};

OuObject *ou_gc_module_init(void)
{
    OuObject *m = ou_module_new("gc");
    if (m == NULL)
        return NULL;
    OuObject *garbage = ou_gc_garbage_list(), *callbacks = ou_gc_callbacks_list();
    if (garbage == NULL || callbacks == NULL || ou_module_add_functions(m, gc_methods) < 0
        || ou_module_add_object(m, "garbage", garbage) < 0 || ou_module_add_object(m, "callbacks", callbacks) < 0
        || ou_module_add_int(m, "DEBUG_STATS", OU_GC_DEBUG_STATS) < 0
        || ou_module_add_int(m, "DEBUG_COLLECTABLE", OU_GC_DEBUG_COLLECTABLE) < 0
        || ou_module_add_int(m, "DEBUG_UNCOLLECTABLE", OU_GC_DEBUG_UNCOLLECTABLE) < 0
        || ou_module_add_int(m, "DEBUG_SAVEALL", OU_GC_DEBUG_SAVEALL) < 0
        || ou_module_add_int(m, "DEBUG_LEAK", OU_GC_DEBUG_LEAK) < 0) {
        OU_DECREF(m);
        return NULL;
    }
    return m;
}
