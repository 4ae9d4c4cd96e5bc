// runtime/iter.c: iterator types that belong to no container. Each holds
// references to what it walks, so each is a GC type: a generator-like chain
// such as `it = iter(l); l.append(it)` must be collectable.
#include "runtime/iter.h"

#include "gc/gc.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

static OuObject *self_iter(OuObject *self)
{
    return ou_newref(self);
}

// ---- iterator: seq[0], seq[1], ... ----

typedef struct {
    OU_OBJECT_HEAD
    ou_ssize_t index;
    OuObject *seq;          // NULL once exhausted
} OuSeqIter;

OuObject *ou_seqiter_new(OuObject *seq)
{
    OuSeqIter *it = (OuSeqIter *)ou_object_new(&ou_seqiter_type);
    if (it == NULL)
        return NULL;
    it->seq = ou_newref(seq);
    ou_gc_track((OuObject *)it);
    return (OuObject *)it;
}

static OuObject *seqiter_next(OuObject *self)
{
    OuSeqIter *it = (OuSeqIter *)self;
    if (it->seq == NULL)
        return NULL;
    OuObject *i = ou_int_from_i64(it->index);
    if (i == NULL)
        return NULL;
    OuObject *r = ou_object_getitem(it->seq, i);
    OU_DECREF(i);
    if (r != NULL) {
        it->index++;
        return r;
    }
    if (ou_err_matches(&ou_exc_IndexError) || ou_err_matches(&ou_exc_StopIteration)) {
        ou_err_clear();
        OU_CLEAR(it->seq);
    }
    return NULL;
}

// ---- callable_iterator: iter(f, sentinel) ----

typedef struct {
    OU_OBJECT_HEAD
    OuObject *callable;     // both NULL once exhausted
    OuObject *sentinel;
} OuCallIter;

OuObject *ou_calliter_new(OuObject *callable, OuObject *sentinel)
{
    OuCallIter *it = (OuCallIter *)ou_object_new(&ou_calliter_type);
    if (it == NULL)
        return NULL;
    it->callable = ou_newref(callable);
    it->sentinel = ou_newref(sentinel);
    ou_gc_track((OuObject *)it);
    return (OuObject *)it;
}

static OuObject *calliter_next(OuObject *self)
{
    OuCallIter *it = (OuCallIter *)self;
    if (it->callable == NULL)
        return NULL;
    OuObject *r = ou_call_noargs(it->callable);
    if (r == NULL) {
        if (ou_err_matches(&ou_exc_StopIteration)) {
            ou_err_clear();
            OU_CLEAR(it->callable);
            OU_CLEAR(it->sentinel);
        }
        return NULL;
    }
    int eq = ou_object_richcompare_bool(r, it->sentinel, OU_EQ);
    if (eq == 0)
        return r;
    OU_DECREF(r);
    if (eq > 0) {
        OU_CLEAR(it->callable);
        OU_CLEAR(it->sentinel);
    }
    return NULL;
}

// ---- enumerate ----

// The count stays a C integer while it fits; past INT64_MAX it continues
// as an int object, as CPython's does.
typedef struct {
    OU_OBJECT_HEAD
    int64_t index;
    OuObject *big_index;    // NULL while `index` is exact
    OuObject *it;
} OuEnumerate;

static OuObject *enumerate_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    static const char *const names[] = { "iterable", "start", NULL };
    OuObject *a[2];
    if (ou_args_parse("enumerate", args, nargs, kwnames, names, 1, 2, a) < 0) {
        // enumerate words this one error without the position.
        if (nargs == 0 && ou_err_matches(&ou_exc_TypeError)
            && (kwnames == NULL || ou_tuple_size(kwnames) == 0)) {
            ou_err_clear();
            ou_err_set_string(&ou_exc_TypeError, "enumerate() missing required argument 'iterable'");
        }
        return NULL;
    }
    int64_t start = 0;
    OuObject *big = NULL;
    if (a[1] != NULL) {
        OuObject *s = ou_number_index(a[1]);
        if (s == NULL)
            return NULL;
        if (ou_int_as_i64(s, &start) < 0) {
            ou_err_clear();
            big = s;
        } else {
            OU_DECREF(s);
        }
    }
    OuObject *it = ou_object_iter(a[0]);
    if (it == NULL) {
        OU_XDECREF(big);
        return NULL;
    }
    OuEnumerate *e = (OuEnumerate *)ou_object_new(type);
    if (e == NULL) {
        OU_XDECREF(big);
        OU_DECREF(it);
        return NULL;
    }
    e->index = start;
    e->big_index = big;
    e->it = it;
    ou_gc_track((OuObject *)e);
    return (OuObject *)e;
}

static OuObject *enumerate_next(OuObject *self)
{
    OuEnumerate *e = (OuEnumerate *)self;
    OuObject *item = ou_iter_next(e->it);
    if (item == NULL)
        return NULL;
    OuObject *idx;
    if (e->big_index == NULL) {
        idx = ou_int_from_i64(e->index);
        if (e->index == INT64_MAX && idx != NULL) {
            // The next count no longer fits: switch to objects.
            OuObject *one = ou_int_from_i64(1);
            e->big_index = one ? ou_number_binop(idx, one, OU_NB_ADD) : NULL;
            OU_XDECREF(one);
            if (e->big_index == NULL) {
                OU_DECREF(idx);
                idx = NULL;
            }
        } else {
            e->index++;
        }
    } else {
        idx = ou_newref(e->big_index);
        OuObject *one = ou_int_from_i64(1);
        OuObject *next = one ? ou_number_binop(idx, one, OU_NB_ADD) : NULL;
        OU_XDECREF(one);
        if (next == NULL) {
            OU_DECREF(idx);
            idx = NULL;
        } else {
            OU_SETREF(e->big_index, next);
        }
    }
    if (idx == NULL) {
        OU_DECREF(item);
        return NULL;
    }
    OuObject *r = ou_tuple_new(2);
    if (r == NULL) {
        OU_DECREF(idx);
        OU_DECREF(item);
        return NULL;
    }
    ou_tuple_items(r)[0] = idx;
    ou_tuple_items(r)[1] = item;
    return r;
}

// ---- zip ----

typedef struct {
    OU_OBJECT_HEAD
    int strict;
    OuObject *iters;        // tuple of iterators
} OuZip;

static OuObject *zip_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    int strict = 0;
    ou_ssize_t nkw = kwnames ? ou_tuple_size(kwnames) : 0;
    for (ou_ssize_t i = 0; i < nkw; i++) {
        OuObject *k = ou_tuple_get(kwnames, i);
        if (!ou_str_eq_cstr(k, "strict"))
            return ou_err_format(&ou_exc_TypeError, "'%U' is an invalid keyword argument for zip()", k);
        strict = ou_object_is_true(args[nargs + i]);
        if (strict < 0)
            return NULL;
    }
    OuObject *iters = ou_tuple_new(nargs);
    if (iters == NULL)
        return NULL;
    for (ou_ssize_t i = 0; i < nargs; i++) {
        OuObject *it = ou_object_iter(args[i]);
        if (it == NULL) {
            // Fill the rest so the tuple can be released safely.
            for (ou_ssize_t j = i; j < nargs; j++)
                ou_tuple_items(iters)[j] = ou_newref(ou_None);
            OU_DECREF(iters);
            return NULL;
        }
        ou_tuple_items(iters)[i] = it;
    }
    OuZip *z = (OuZip *)ou_object_new(type);
    if (z == NULL) {
        OU_DECREF(iters);
        return NULL;
    }
    z->strict = strict;
    z->iters = iters;
    ou_gc_track((OuObject *)z);
    return (OuObject *)z;
}

// strict=True: argument `i` (0-based) ran out first; check the others.
static OuObject *zip_strict_error(OuZip *z, ou_ssize_t i)
{
    ou_ssize_t n = ou_tuple_size(z->iters);
    if (i > 0)
        return ou_err_format(&ou_exc_ValueError, "zip() argument %zd is shorter than argument%s%zd",
                             i + 1, i == 1 ? " " : "s 1-", i);
    for (ou_ssize_t j = 1; j < n; j++) {
        OuObject *item = ou_iter_next(ou_tuple_get(z->iters, j));
        if (item != NULL) {
            OU_DECREF(item);
            const char *pl = j == 1 ? " " : "s 1-";
            return ou_err_format(&ou_exc_ValueError, "zip() argument %zd is longer than argument%s%zd",
                                 j + 1, pl, j);
        }
        if (ou_err_occurred())
            return NULL;
    }
    return NULL;
}

static OuObject *zip_next(OuObject *self)
{
    OuZip *z = (OuZip *)self;
    ou_ssize_t n = ou_tuple_size(z->iters);
    if (n == 0)
        return NULL;
    OuObject *r = ou_tuple_new(n);
    if (r == NULL)
        return NULL;
    for (ou_ssize_t i = 0; i < n; i++) {
        OuObject *item = ou_iter_next(ou_tuple_get(z->iters, i));
        if (item == NULL) {
            for (ou_ssize_t j = i; j < n; j++)
                ou_tuple_items(r)[j] = ou_newref(ou_None);
            OU_DECREF(r);
            if (z->strict && !ou_err_occurred())
                zip_strict_error(z, i);
            return NULL;
        }
        ou_tuple_items(r)[i] = item;
    }
    return r;
}

// ---- reversed ----

typedef struct {
    OU_OBJECT_HEAD
    ou_ssize_t index;       // next index to fetch; -1 when done
    OuObject *seq;          // NULL once exhausted
} OuReversed;

OuObject *ou_reversed_new(OuObject *seq)
{
    OuObject *name = ou_str_intern_cstr("__reversed__");
    if (name == NULL)
        return NULL;
    OuObject *meth = ou_type_lookup(OU_TYPE(seq), name);
    OU_DECREF(name);
    if (meth == ou_None)
        return ou_err_format(&ou_exc_TypeError, "'%s' object is not reversible", ou_type_name(seq));
    if (meth != NULL)
        return ou_call_method(seq, "__reversed__", NULL, 0);
    OuType *t = OU_TYPE(seq);
    if (t->getitem == NULL || ou_type_has_flag(t, OU_TPFLAGS_DICT_SUBCLASS))
        return ou_err_format(&ou_exc_TypeError, "'%s' object is not reversible", ou_type_name(seq));
    ou_ssize_t n = ou_object_len(seq);
    if (n < 0)
        return NULL;
    OuReversed *r = (OuReversed *)ou_object_new(&ou_reversed_type);
    if (r == NULL)
        return NULL;
    r->index = n - 1;
    r->seq = ou_newref(seq);
    ou_gc_track((OuObject *)r);
    return (OuObject *)r;
}

static OuObject *reversed_type_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("reversed", kwnames) < 0 || ou_args_count("reversed", nargs, 1, 1) < 0)
        return NULL;
    return ou_reversed_new(args[0]);
}

static OuObject *reversed_next(OuObject *self)
{
    OuReversed *r = (OuReversed *)self;
    if (r->seq == NULL || r->index < 0) {
        OU_CLEAR(r->seq);
        return NULL;
    }
    OuObject *i = ou_int_from_i64(r->index);
    if (i == NULL)
        return NULL;
    OuObject *item = ou_object_getitem(r->seq, i);
    OU_DECREF(i);
    if (item != NULL) {
        r->index--;
        return item;
    }
    if (ou_err_matches(&ou_exc_IndexError) || ou_err_matches(&ou_exc_StopIteration)) {
        ou_err_clear();
        OU_CLEAR(r->seq);
    }
    return NULL;
}

// ---- map ----

typedef struct {
    OU_OBJECT_HEAD
    OuObject *func;
    OuObject *iters;        // tuple of iterators
} OuMap;

static OuObject *map_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("map", kwnames) < 0)
        return NULL;
    if (nargs < 2)
        return ou_err_format(&ou_exc_TypeError, "map() must have at least two arguments.");
    OuObject *iters = ou_tuple_new(nargs - 1);
    if (iters == NULL)
        return NULL;
    for (ou_ssize_t i = 1; i < nargs; i++) {
        OuObject *it = ou_object_iter(args[i]);
        if (it == NULL) {
            for (ou_ssize_t j = i; j < nargs; j++)
                ou_tuple_items(iters)[j - 1] = ou_newref(ou_None);
            OU_DECREF(iters);
            return NULL;
        }
        ou_tuple_items(iters)[i - 1] = it;
    }
    OuMap *m = (OuMap *)ou_object_new(type);
    if (m == NULL) {
        OU_DECREF(iters);
        return NULL;
    }
    m->func = ou_newref(args[0]);
    m->iters = iters;
    ou_gc_track((OuObject *)m);
    return (OuObject *)m;
}

#define MAP_SMALL_ARGS 8

static OuObject *map_next(OuObject *self)
{
    OuMap *m = (OuMap *)self;
    ou_ssize_t n = ou_tuple_size(m->iters);
    OuObject *small[MAP_SMALL_ARGS];
    OuObject **items = small;
    if (n > MAP_SMALL_ARGS) {
        items = ou_mem_alloc_or_raise(sizeof(OuObject *) * (size_t)n);
        if (items == NULL)
            return NULL;
    }
    OuObject *r = NULL;
    ou_ssize_t got = 0;
    for (; got < n; got++) {
        items[got] = ou_iter_next(ou_tuple_get(m->iters, got));
        if (items[got] == NULL)
            goto done;
    }
    r = ou_call(m->func, items, n, NULL);
done:
    for (ou_ssize_t i = 0; i < got; i++)
        OU_DECREF(items[i]);
    if (items != small)
        ou_mem_free(items);
    return r;
}

// ---- filter ----

typedef struct {
    OU_OBJECT_HEAD
    OuObject *func;         // None: keep the true items
    OuObject *it;
} OuFilter;

static OuObject *filter_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("filter", kwnames) < 0 || ou_args_count("filter", nargs, 2, 2) < 0)
        return NULL;
    OuObject *it = ou_object_iter(args[1]);
    if (it == NULL)
        return NULL;
    OuFilter *f = (OuFilter *)ou_object_new(type);
    if (f == NULL) {
        OU_DECREF(it);
        return NULL;
    }
    f->func = ou_newref(args[0]);
    f->it = it;
    ou_gc_track((OuObject *)f);
    return (OuObject *)f;
}

static OuObject *filter_next(OuObject *self)
{
    OuFilter *f = (OuFilter *)self;
    for (;;) {
        OuObject *item = ou_iter_next(f->it);
        if (item == NULL)
            return NULL;
        int ok;
        if (f->func == ou_None || f->func == (OuObject *)&ou_bool_type) {
            ok = ou_object_is_true(item);
        } else {
            OuObject *v = ou_call_one(f->func, item);
            ok = v == NULL ? -1 : ou_object_is_true(v);
            OU_XDECREF(v);
        }
        if (ok > 0)
            return item;
        OU_DECREF(item);
        if (ok < 0)
            return NULL;
    }
}

// ---- Collector support and the type objects ----

// Every iterator here holds one or two references; one family of slot
// functions per struct, generated from the field list.
#define VISIT_F(S, f) OU_VISIT(((S *)self)->f);
#define CLEAR_F(S, f) OU_CLEAR(((S *)self)->f);
#define ITER_GC(S, lower, FIELDS) \
    static int lower##_traverse(OuObject *self, OuVisitProc visit, void *arg) \
    { \
        FIELDS(VISIT_F, S) \
        return 0; \
    } \
    static int lower##_clear(OuObject *self) \
    { \
        FIELDS(CLEAR_F, S) \
        return 0; \
    } \
    static void lower##_dealloc(OuObject *self) \
    { \
        ou_gc_untrack(self); \
        lower##_clear(self); \
        ou_object_free(self); \
    }
#define SEQITER_F(X, S) X(S, seq)
#define CALLITER_F(X, S) X(S, callable) X(S, sentinel)
#define ENUMERATE_F(X, S) X(S, it) X(S, big_index)
#define ZIP_F(X, S) X(S, iters)
#define MAP_F(X, S) X(S, func) X(S, iters)
#define FILTER_F(X, S) X(S, func) X(S, it)
ITER_GC(OuSeqIter, seqiter, SEQITER_F)
ITER_GC(OuCallIter, calliter, CALLITER_F)
ITER_GC(OuEnumerate, enumerate, ENUMERATE_F)
ITER_GC(OuZip, zip, ZIP_F)
ITER_GC(OuReversed, reversed, SEQITER_F)
ITER_GC(OuMap, map, MAP_F)
ITER_GC(OuFilter, filter, FILTER_F)

#define ITER_TYPE(var, S, pyname, lower, newfn, nextfn, flags_, doc_) \
    OuType var = { \
        OU_STATIC_HEAD(&ou_type_type), \
        .name = pyname, \
        .basicsize = sizeof(S), \
        .flags = OU_TPFLAGS_GC | (flags_), \
        .doc = doc_, \
        .dealloc = lower##_dealloc, \
        .new = newfn, \
        .iter = self_iter, \
        .iternext = nextfn, \
        .traverse = lower##_traverse, \
        .clear = lower##_clear, \
    };
ITER_TYPE(ou_seqiter_type, OuSeqIter, "iterator", seqiter, NULL, seqiter_next, 0, NULL)
ITER_TYPE(ou_calliter_type, OuCallIter, "callable_iterator", calliter, NULL, calliter_next, 0, NULL)
ITER_TYPE(ou_enumerate_type, OuEnumerate, "enumerate", enumerate, enumerate_new, enumerate_next,
          OU_TPFLAGS_BASETYPE, "Return an enumerate object.")
ITER_TYPE(ou_zip_type, OuZip, "zip", zip, zip_new, zip_next, OU_TPFLAGS_BASETYPE,
          "The zip object yields n-length tuples, where n is the number of iterables passed as positional arguments to zip().")
ITER_TYPE(ou_reversed_type, OuReversed, "reversed", reversed, reversed_type_new, reversed_next,
          OU_TPFLAGS_BASETYPE, "Return a reverse iterator over the values of the given sequence.")
ITER_TYPE(ou_map_type, OuMap, "map", map, map_new, map_next, OU_TPFLAGS_BASETYPE,
          "Make an iterator that computes the function using arguments from each of the iterables.")
ITER_TYPE(ou_filter_type, OuFilter, "filter", filter, filter_new, filter_next, OU_TPFLAGS_BASETYPE,
          "Return an iterator yielding those items of iterable for which function(item) is true.")

static OuType *const iter_types[] = {
    &ou_seqiter_type, &ou_calliter_type, &ou_enumerate_type, &ou_zip_type,
    &ou_reversed_type, &ou_map_type, &ou_filter_type,
};

int ou_iter_init_types(void)
{
    for (size_t i = 0; i < sizeof iter_types / sizeof iter_types[0]; i++)
        if (ou_type_ready(iter_types[i]) < 0)
            return -1;
    return 0;
}

void ou_iter_fini_types(void)
{
    for (size_t i = 0; i < sizeof iter_types / sizeof iter_types[0]; i++)
        ou_type_fini(iter_types[i]);
}
