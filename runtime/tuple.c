// runtime/tuple.c: `tuple` and its iterator.
//
// Layout (CPython 3.11's, so sys.getsizeof agrees: 24 + 8 * size plus the
// 16-byte collector head):
//
//     [OuGCHead 16][refcnt][type][size][items[0] ... items[size-1]]
//
// The empty tuple is one shared, untracked object (ou_state.empty_tuple).
// Tuples of 1..OU_TUPLE_MAXSAVESIZE items are recycled through per-size free
// lists threaded through items[0], as CPython does, because tuples are made
// and dropped by the million (argument packing, dict items, returns).
#include "runtime/tuple.h"

#include <stdarg.h>
#include <string.h>
#include "gc/gc.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/slice.h"
#include "runtime/state.h"
#include "runtime/str.h"

// Free lists live in ou_state (see the struct in this type's header).
#define FREE (ou_state.tuple_free)

// ---- Construction ----

static OuObject *tuple_alloc(OuType *type, ou_ssize_t size)
{
    if (size < 0) {
        ou_err_set_string(&ou_exc_SystemError, "negative tuple size");
        return NULL;
    }
    OuTuple *t;
    if (type == &ou_tuple_type && size <= OU_TUPLE_MAXSAVESIZE && FREE.free[size] != NULL) {
        t = (OuTuple *)FREE.free[size];
        FREE.free[size] = t->items[0];
        FREE.numfree[size]--;
        OU_REFCNT(t) = 1;
        OU_TYPE(t) = type;
    } else {
        if ((size_t)size > (SIZE_MAX - sizeof(OuTuple)) / sizeof(OuObject *))
            return ou_err_no_memory();
        t = (OuTuple *)ou_object_new_var(type, size);
        if (t == NULL)
            return NULL;
    }
    t->size = size;
    memset(t->items, 0, (size_t)size * sizeof(OuObject *));
    return (OuObject *)t;
}

OuObject *ou_tuple_new(ou_ssize_t size)
{
    if (size == 0) {
        if (ou_state.empty_tuple == NULL) {
            // Never tracked: it holds nothing, and it outlives every cycle.
            ou_state.empty_tuple = tuple_alloc(&ou_tuple_type, 0);
            if (ou_state.empty_tuple == NULL)
                return NULL;
        }
        return ou_newref(ou_state.empty_tuple);
    }
    OuObject *t = tuple_alloc(&ou_tuple_type, size);
    if (t != NULL)
        ou_gc_track(t);
    return t;
}

OuObject *ou_tuple_from_array(OuObject *const *items, ou_ssize_t n)
{
    OuObject *t = ou_tuple_new(n);
    if (t == NULL)
        return NULL;
    for (ou_ssize_t i = 0; i < n; i++)
        ou_tuple_items(t)[i] = ou_newref(items[i]);
    return t;
}

OuObject *ou_tuple_pack(ou_ssize_t n, ...)
{
    OuObject *t = ou_tuple_new(n);
    if (t == NULL)
        return NULL;
    va_list ap;
    va_start(ap, n);
    for (ou_ssize_t i = 0; i < n; i++)
        ou_tuple_items(t)[i] = ou_newref(va_arg(ap, OuObject *));
    va_end(ap);
    return t;
}

OuObject *ou_tuple_slice(OuObject *t, ou_ssize_t lo, ou_ssize_t hi)
{
    ou_ssize_t n = ou_tuple_size(t);
    if (lo < 0)
        lo = 0;
    if (hi > n)
        hi = n;
    if (hi < lo)
        hi = lo;
    if (lo == 0 && hi == n && OU_TYPE(t) == &ou_tuple_type)
        return ou_newref(t);
    return ou_tuple_from_array(ou_tuple_items(t) + lo, hi - lo);
}

void ou_tuple_fini(void)
{
    for (int size = 1; size <= OU_TUPLE_MAXSAVESIZE; size++) {
        while (FREE.free[size] != NULL) {
            OuTuple *t = (OuTuple *)FREE.free[size];
            FREE.free[size] = t->items[0];
            ou_object_free((OuObject *)t);
        }
        FREE.numfree[size] = 0;
    }
    OU_CLEAR(ou_state.empty_tuple);
}

// ---- Slots ----

static void tuple_dealloc(OuObject *self)
{
    OuTuple *t = (OuTuple *)self;
    ou_gc_untrack(self);
    if (ou_trash_begin(self))
        return;
    for (ou_ssize_t i = t->size; --i >= 0;)
        OU_XDECREF(t->items[i]);
    ou_ssize_t n = t->size;
    if (OU_TYPE(self) == &ou_tuple_type && n > 0 && n <= OU_TUPLE_MAXSAVESIZE
        && FREE.numfree[n] < OU_TUPLE_MAXFREELIST) {
        t->items[0] = FREE.free[n];
        FREE.free[n] = self;
        FREE.numfree[n]++;
    } else {
        if (self == ou_state.empty_tuple)
            ou_state.empty_tuple = NULL;
        ou_object_free(self);
    }
    ou_trash_end();
}

static int tuple_traverse(OuObject *self, OuVisitProc visit, void *arg)
{
    OuTuple *t = (OuTuple *)self;
    for (ou_ssize_t i = t->size; --i >= 0;)
        OU_VISIT(t->items[i]);
    return 0;
}

static int tuple_clear(OuObject *self)
{
    // Tuples are immutable: the collector breaks cycles through the other
    // (mutable) members of a cycle, so there is nothing to do here.
    return 0;
}

static OuObject *tuple_repr(OuObject *self)
{
    OuTuple *t = (OuTuple *)self;
    if (t->size == 0)
        return ou_str_from_cstr("()");
    int r = ou_repr_enter(self);
    if (r != 0)
        return r > 0 ? ou_str_from_cstr("(...)") : NULL;
    if (ou_enter_recursive_call(" while getting the repr of an object") < 0) {
        ou_repr_leave(self);
        return NULL;
    }
    OuStrBuilder sb;
    ou_sb_init(&sb);
    if (ou_sb_append_char(&sb, '(') < 0)
        goto error;
    for (ou_ssize_t i = 0; i < t->size; i++) {
        if (i > 0 && ou_sb_append(&sb, ", ", 2) < 0)
            goto error;
        if (ou_sb_append_repr(&sb, t->items[i]) < 0)
            goto error;
    }
    if (t->size == 1 ? ou_sb_append(&sb, ",)", 2) < 0 : ou_sb_append_char(&sb, ')') < 0)
        goto error;
    ou_leave_recursive_call();
    ou_repr_leave(self);
    return ou_sb_finish(&sb);
error:
    ou_sb_discard(&sb);
    ou_leave_recursive_call();
    ou_repr_leave(self);
    return NULL;
}

// CPython 3.11's tuple hash: an xxHash-style accumulation over the item
// hashes, so hash((1, 2)) is the same number in both interpreters.
#define XXPRIME_1 ((ou_uhash_t)11400714785074694791ULL)
#define XXPRIME_2 ((ou_uhash_t)14029467366897019727ULL)
#define XXPRIME_5 ((ou_uhash_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static ou_hash_t tuple_hash(OuObject *self)
{
    OuTuple *t = (OuTuple *)self;
    ou_uhash_t acc = XXPRIME_5;
    for (ou_ssize_t i = 0; i < t->size; i++) {
        ou_hash_t lane = ou_object_hash(t->items[i]);
        if (lane == -1)
            return -1;
        acc += (ou_uhash_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (ou_uhash_t)t->size ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (ou_uhash_t)-1)
        return 1546275796;
    return (ou_hash_t)acc;
}

// Shared by tuple and list: compare two item arrays lexicographically.
OuObject *ou_sequence_richcompare_items(OuObject *const *a, ou_ssize_t na,
                                        OuObject *const *b, ou_ssize_t nb, int op)
{
    ou_ssize_t i;
    for (i = 0; i < na && i < nb; i++) {
        int eq = ou_object_richcompare_bool(a[i], b[i], OU_EQ);
        if (eq < 0)
            return NULL;
        if (!eq)
            break;
    }
    if (i >= na || i >= nb) {
        int r;
        switch (op) {
        case OU_LT: r = na < nb; break;
        case OU_LE: r = na <= nb; break;
        case OU_EQ: r = na == nb; break;
        case OU_NE: r = na != nb; break;
        case OU_GT: r = na > nb; break;
        default: r = na >= nb; break;
        }
        return ou_bool_from(r);
    }
    if (op == OU_EQ)
        return ou_bool_from(0);
    if (op == OU_NE)
        return ou_bool_from(1);
    return ou_object_richcompare(a[i], b[i], op);
}

static OuObject *tuple_richcompare(OuObject *a, OuObject *b, int op)
{
    if (!ou_tuple_check(a) || !ou_tuple_check(b))
        return ou_newref(ou_NotImplemented);
    // Hold both: a comparison can run arbitrary code, but tuples cannot
    // change, so the item arrays stay valid while we own the tuples.
    OU_INCREF(a);
    OU_INCREF(b);
    OuObject *r = ou_sequence_richcompare_items(ou_tuple_items(a), ou_tuple_size(a),
                                                ou_tuple_items(b), ou_tuple_size(b), op);
    OU_DECREF(a);
    OU_DECREF(b);
    return r;
}

static ou_ssize_t tuple_len(OuObject *self) { return ((OuTuple *)self)->size; }

static int tuple_contains(OuObject *self, OuObject *x)
{
    OuTuple *t = (OuTuple *)self;
    int r = 0;
    for (ou_ssize_t i = 0; r == 0 && i < t->size; i++)
        r = ou_object_richcompare_bool(t->items[i], x, OU_EQ);
    return r;
}

// Is `o` something a sequence may be multiplied by?
static int has_index(OuObject *o)
{
    return ou_int_check(o) || OU_TYPE(o)->nb_index != NULL;
}

static OuObject *tuple_concat(OuObject *a, OuObject *b)
{
    if (!ou_tuple_check(a))
        return ou_newref(ou_NotImplemented);
    if (!ou_tuple_check(b)) {
        // Let a class's __radd__ have its turn; built-ins cannot help.
        if (ou_type_has_flag(OU_TYPE(b), OU_TPFLAGS_HEAPTYPE))
            return ou_newref(ou_NotImplemented);
        return ou_err_format(&ou_exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                             ou_type_name(b));
    }
    ou_ssize_t na = ou_tuple_size(a), nb = ou_tuple_size(b);
    if (nb == 0 && OU_TYPE(a) == &ou_tuple_type)
        return ou_newref(a);
    if (na == 0 && OU_TYPE(b) == &ou_tuple_type)
        return ou_newref(b);
    if (na > OU_SSIZE_MAX - nb)
        return ou_err_no_memory();
    OuObject *r = ou_tuple_new(na + nb);
    if (r == NULL)
        return NULL;
    OuObject **dst = ou_tuple_items(r);
    for (ou_ssize_t i = 0; i < na; i++)
        dst[i] = ou_newref(ou_tuple_items(a)[i]);
    for (ou_ssize_t i = 0; i < nb; i++)
        dst[na + i] = ou_newref(ou_tuple_items(b)[i]);
    return r;
}

static OuObject *tuple_repeat(OuObject *a, OuObject *b)
{
    OuObject *seq = a, *count = b;
    if (!ou_tuple_check(a)) {
        seq = b;
        count = a;
    }
    if (!ou_tuple_check(seq))
        return ou_newref(ou_NotImplemented);
    if (!has_index(count)) {
        if (ou_type_has_flag(OU_TYPE(count), OU_TPFLAGS_HEAPTYPE))
            return ou_newref(ou_NotImplemented);
        return ou_err_format(&ou_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                             ou_type_name(count));
    }
    ou_ssize_t n = ou_number_as_ssize(count, &ou_exc_OverflowError);
    if (n == -1 && ou_err_occurred())
        return NULL;
    ou_ssize_t size = ou_tuple_size(seq);
    if (n < 0)
        n = 0;
    if (size == 0 || n == 1) {
        if (OU_TYPE(seq) == &ou_tuple_type)
            return ou_newref(seq);
        if (size == 0)
            return ou_tuple_new(0);
    }
    if (size > OU_SSIZE_MAX / (n ? n : 1))
        return ou_err_no_memory();
    OuObject *r = ou_tuple_new(size * n);
    if (r == NULL)
        return NULL;
    OuObject **dst = ou_tuple_items(r);
    for (ou_ssize_t k = 0; k < n; k++)
        for (ou_ssize_t i = 0; i < size; i++)
            *dst++ = ou_newref(ou_tuple_items(seq)[i]);
    return r;
}

static OuObject *tuple_getitem(OuObject *self, OuObject *key)
{
    OuTuple *t = (OuTuple *)self;
    if (has_index(key)) {
        ou_ssize_t i = ou_number_as_ssize(key, &ou_exc_IndexError);
        if (i == -1 && ou_err_occurred())
            return NULL;
        if (i < 0)
            i += t->size;
        if (i < 0 || i >= t->size)
            return ou_err_set_string(&ou_exc_IndexError, "tuple index out of range");
        return ou_newref(t->items[i]);
    }
    if (ou_slice_check(key)) {
        ou_ssize_t start, stop, step, n;
        if (ou_slice_unpack(key, t->size, &start, &stop, &step, &n) < 0)
            return NULL;
        if (step == 1)
            return ou_tuple_slice(self, start, stop);
        OuObject *r = ou_tuple_new(n);
        if (r == NULL)
            return NULL;
        for (ou_ssize_t i = 0, j = start; i < n; i++, j += step)
            ou_tuple_items(r)[i] = ou_newref(t->items[j]);
        return r;
    }
    return ou_err_format(&ou_exc_TypeError, "tuple indices must be integers or slices, not %s",
                         ou_type_name(key));
}

static OuObject *tuple_from_iterable(OuObject *iterable)
{
    if (OU_TYPE(iterable) == &ou_tuple_type)
        return ou_newref(iterable);
    if (ou_list_check(iterable))
        return ou_list_as_tuple(iterable);
    OuObject *l = ou_list_new(0);
    if (l == NULL)
        return NULL;
    if (ou_list_extend(l, iterable) < 0) {
        OU_DECREF(l);
        return NULL;
    }
    OuObject *t = ou_list_as_tuple(l);
    OU_DECREF(l);
    return t;
}

static OuObject *tuple_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (type == &ou_tuple_type && ou_args_no_kw("tuple", kwnames) < 0)
        return NULL;
    if (nargs > 1)
        return ou_err_format(&ou_exc_TypeError, "tuple expected at most 1 argument, got %zd", nargs);
    OuObject *tmp = nargs == 0 ? ou_tuple_new(0) : tuple_from_iterable(args[0]);
    if (tmp == NULL || type == &ou_tuple_type)
        return tmp;
    // A subclass instance: same items, in an object of the subclass's size.
    ou_ssize_t n = ou_tuple_size(tmp);
    OuObject *r = tuple_alloc(type, n);
    if (r == NULL) {
        OU_DECREF(tmp);
        return NULL;
    }
    for (ou_ssize_t i = 0; i < n; i++)
        ou_tuple_items(r)[i] = ou_newref(ou_tuple_items(tmp)[i]);
    OU_DECREF(tmp);
    ou_gc_track(r);
    return r;
}

// ---- Methods ----

// start/stop arguments of index(): ints clamped to the ssize range.
int ou_sequence_index_arg(OuObject *o, ou_ssize_t *out)
{
    if (o == NULL || o == ou_None)
        return 0;
    if (!has_index(o)) {
        ou_err_set_string(&ou_exc_TypeError,
                          "slice indices must be integers or have an __index__ method");
        return -1;
    }
    OuObject *i = ou_number_index(o);
    if (i == NULL)
        return -1;
    int64_t x;
    if (ou_int_as_i64(i, &x) < 0) {
        ou_err_clear();
        x = ou_int_sign(i) < 0 ? -OU_SSIZE_MAX - 1 : OU_SSIZE_MAX;
    }
    OU_DECREF(i);
    *out = (ou_ssize_t)x;
    return 0;
}

static OuObject *tuple_index(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuTuple *t = (OuTuple *)self;
    if (ou_args_no_kw("index", kwnames) < 0 || ou_args_count("index", nargs, 1, 3) < 0)
        return NULL;
    ou_ssize_t start = 0, stop = OU_SSIZE_MAX;
    if (ou_sequence_index_arg(nargs > 1 ? args[1] : NULL, &start) < 0
        || ou_sequence_index_arg(nargs > 2 ? args[2] : NULL, &stop) < 0)
        return NULL;
    if (start < 0 && (start += t->size) < 0)
        start = 0;
    if (stop < 0 && (stop += t->size) < 0)
        stop = 0;
    for (ou_ssize_t i = start; i < stop && i < t->size; i++) {
        int r = ou_object_richcompare_bool(t->items[i], args[0], OU_EQ);
        if (r > 0)
            return ou_int_from_i64(i);
        if (r < 0)
            return NULL;
    }
    return ou_err_set_string(&ou_exc_ValueError, "tuple.index(x): x not in tuple");
}

static OuObject *tuple_count(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuTuple *t = (OuTuple *)self;
    if (ou_args_no_kw("count", kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return ou_err_format(&ou_exc_TypeError, "tuple.count() takes exactly one argument (%zd given)", nargs);
    ou_ssize_t count = 0;
    for (ou_ssize_t i = 0; i < t->size; i++) {
        int r = ou_object_richcompare_bool(t->items[i], args[0], OU_EQ);
        if (r < 0)
            return NULL;
        count += r;
    }
    return ou_int_from_i64(count);
}

static OuObject *tuple_sizeof(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return ou_int_from_i64(OU_TYPE(self)->basicsize + ou_tuple_size(self) * (ou_ssize_t)sizeof(OuObject *));
}

static OuObject *tuple_getnewargs(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuObject *copy = ou_tuple_slice(self, 0, ou_tuple_size(self));
    if (copy == NULL)
        return NULL;
    OuObject *r = ou_tuple_pack(1, copy);
    OU_DECREF(copy);
    return r;
}

// ---- Iterator ----

typedef struct {
    OU_OBJECT_HEAD
    ou_ssize_t index;
    OuObject *seq;          // NULL once exhausted
} OuTupleIter;

static OuObject *tuple_iter(OuObject *self)
{
    OuTupleIter *it = (OuTupleIter *)ou_object_new(&ou_tuple_iter_type);
    if (it == NULL)
        return NULL;
    it->index = 0;
    it->seq = ou_newref(self);
    ou_gc_track((OuObject *)it);
    return (OuObject *)it;
}

static void tupleiter_dealloc(OuObject *self)
{
    ou_gc_untrack(self);
    OU_CLEAR(((OuTupleIter *)self)->seq);
    ou_object_free(self);
}

static int tupleiter_traverse(OuObject *self, OuVisitProc visit, void *arg)
{
    OU_VISIT(((OuTupleIter *)self)->seq);
    return 0;
}

static int tupleiter_clear(OuObject *self)
{
    OU_CLEAR(((OuTupleIter *)self)->seq);
    return 0;
}

static OuObject *iter_self(OuObject *self) { return ou_newref(self); }

static OuObject *tupleiter_next(OuObject *self)
{
    OuTupleIter *it = (OuTupleIter *)self;
    if (it->seq == NULL)
        return NULL;
    if (it->index < ou_tuple_size(it->seq))
        return ou_newref(ou_tuple_items(it->seq)[it->index++]);
    OU_CLEAR(it->seq);
    return NULL;
}

static OuObject *tupleiter_length_hint(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuTupleIter *it = (OuTupleIter *)self;
    ou_ssize_t n = it->seq ? ou_tuple_size(it->seq) - it->index : 0;
    return ou_int_from_i64(n < 0 ? 0 : n);
}

static const OuMethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

OuType ou_tuple_iter_type = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "tuple_iterator",
    .basicsize = sizeof(OuTupleIter),
    .flags = OU_TPFLAGS_GC,
    .dealloc = tupleiter_dealloc,
    .iter = iter_self,
    .iternext = tupleiter_next,
    .traverse = tupleiter_traverse,
    .clear = tupleiter_clear,
    .methods = tupleiter_methods,
};

// ---- The type ----

static const OuMethodDef tuple_methods[] = {
    {"index", tuple_index, 0, "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", tuple_count, 0, "Return number of occurrences of value."},
    {"__sizeof__", tuple_sizeof, 0, "Size of object in memory, in bytes."},
    {"__getnewargs__", tuple_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

OuType ou_tuple_type = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "tuple",
    .basicsize = sizeof(OuTuple),
    .itemsize = sizeof(OuObject *),
    .flags = OU_TPFLAGS_GC | OU_TPFLAGS_BASETYPE | OU_TPFLAGS_TUPLE_SUBCLASS,
    .doc = "Built-in immutable sequence.\n\n"
           "If no argument is given, the constructor returns an empty tuple.\n"
           "If iterable is specified the tuple is initialized from iterable's items.\n\n"
           "If the argument is a tuple, the return value is the same object.",
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .new = tuple_new,
    .iter = tuple_iter,
    .traverse = tuple_traverse,
    .clear = tuple_clear,
    .nb = {[OU_NB_ADD] = tuple_concat, [OU_NB_MULTIPLY] = tuple_repeat},
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .methods = tuple_methods,
};
