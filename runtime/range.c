// runtime/range.c: `range` and `range_iterator`.
//
// A range is (start, stop, step) plus its precomputed length; indexing,
// slicing and `in` for ints are arithmetic, never iteration. Intermediate
// products use 128-bit integers so bounds near the 64-bit limits cannot
// overflow silently.
#include "runtime/range.h"

#include "gc/gc.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

typedef __int128 i128;

static uint64_t compute_length(int64_t start, int64_t stop, int64_t step)
{
    // Unsigned differences cannot overflow, whatever the signs.
    if (step > 0 && start < stop)
        return ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    if (step < 0 && start > stop)
        return ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    return 0;
}

OuObject *ou_range_new(int64_t start, int64_t stop, int64_t step)
{
    if (step == 0)
        return ou_err_set_string(&ou_exc_ValueError, "range() arg 3 must not be zero");
    OuRange *r = (OuRange *)ou_object_new(&ou_range_type);
    if (r == NULL)
        return NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = compute_length(start, stop, step);
    return (OuObject *)r;
}

static OuObject *from_i128(i128 v)
{
    if (v < INT64_MIN || v > INT64_MAX)
        return ou_err_set_string(&ou_exc_OverflowError, "Python int too large to convert to C ssize_t");
    return ou_int_from_i64((int64_t)v);
}

// A range argument: anything with __index__, as a 64-bit integer.
static int range_arg(OuObject *o, int64_t *out)
{
    OuObject *i = ou_number_index(o);
    if (i == NULL)
        return -1;
    int r = ou_int_as_i64(i, out);
    OU_DECREF(i);
    return r;
}

static OuObject *range_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("range", kwnames) < 0)
        return NULL;
    if (nargs == 0)
        return ou_err_format(&ou_exc_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3)
        return ou_err_format(&ou_exc_TypeError, "range expected at most 3 arguments, got %zd", nargs);
    int64_t start = 0, stop, step = 1;
    if (nargs == 1) {
        if (range_arg(args[0], &stop) < 0)
            return NULL;
    } else {
        if (range_arg(args[0], &start) < 0 || range_arg(args[1], &stop) < 0
            || (nargs == 3 && range_arg(args[2], &step) < 0))
            return NULL;
    }
    return ou_range_new(start, stop, step);
}

static void range_dealloc(OuObject *self)
{
    ou_object_free(self);
}

static OuObject *range_repr(OuObject *self)
{
    OuRange *r = (OuRange *)self;
    if (r->step == 1)
        return ou_str_from_format("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return ou_str_from_format("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                              (long long)r->step);
}

static ou_ssize_t range_len(OuObject *self)
{
    uint64_t n = ((OuRange *)self)->length;
    if (n > (uint64_t)OU_SSIZE_MAX) {
        ou_err_set_string(&ou_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (ou_ssize_t)n;
}

static int range_bool(OuObject *self)
{
    return ((OuRange *)self)->length != 0;
}

static i128 item_at(OuRange *r, i128 i)
{
    return (i128)r->start + i * r->step;
}

// Is the int `v` one of the range's values? 1/0/-1.
static int int_in_range(OuRange *r, OuObject *v)
{
    int64_t x;
    if (!ou_int_is_small(v))
        return 0;       // beyond 64 bits, beyond every bound we accept
    x = ou_int_small_value(v);
    if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop))
        return 0;
    return ((i128)x - r->start) % r->step == 0;
}

static int range_contains(OuObject *self, OuObject *v)
{
    OuRange *r = (OuRange *)self;
    if (ou_int_check_exact(v) || ou_bool_check(v))
        return int_in_range(r, v);
    // Anything else compares equal to some int only by its own rules.
    for (uint64_t i = 0; i < r->length; i++) {
        OuObject *item = ou_int_from_i64((int64_t)item_at(r, (i128)i));
        if (item == NULL)
            return -1;
        int cmp = ou_object_richcompare_bool(item, v, OU_EQ);
        OU_DECREF(item);
        if (cmp != 0)
            return cmp;
    }
    return 0;
}

static OuObject *range_subscript(OuObject *self, OuObject *key)
{
    OuRange *r = (OuRange *)self;
    if (ou_int_check(key) || OU_TYPE(key)->nb_index != NULL) {
        OuObject *idx = ou_number_index(key);
        if (idx == NULL)
            return NULL;
        int64_t i;
        int fits = ou_int_as_i64(idx, &i) == 0;
        OU_DECREF(idx);
        if (!fits) {
            ou_err_clear();
            return ou_err_set_string(&ou_exc_IndexError, "range object index out of range");
        }
        i128 j = i < 0 ? (i128)i + (i128)r->length : (i128)i;
        if (j < 0 || j >= (i128)r->length)
            return ou_err_set_string(&ou_exc_IndexError, "range object index out of range");
        return from_i128(item_at(r, j));
    }
    if (ou_slice_check(key)) {
        ou_ssize_t length = range_len(self);
        if (length < 0)
            return NULL;
        ou_ssize_t start, stop, step, n;
        if (ou_slice_unpack(key, length, &start, &stop, &step, &n) < 0)
            return NULL;
        i128 nstart = item_at(r, start), nstop = item_at(r, stop), nstep = (i128)r->step * step;
        if (nstart < INT64_MIN || nstart > INT64_MAX || nstop < INT64_MIN || nstop > INT64_MAX
            || nstep < INT64_MIN || nstep > INT64_MAX)
            return ou_err_set_string(&ou_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return ou_range_new((int64_t)nstart, (int64_t)nstop, (int64_t)nstep);
    }
    return ou_err_format(&ou_exc_TypeError, "range indices must be integers or slices, not %s",
                         ou_type_name(key));
}

// Ranges are equal when they produce the same values.
static OuObject *range_richcompare(OuObject *a, OuObject *b, int op)
{
    if (!ou_range_check(a) || !ou_range_check(b) || (op != OU_EQ && op != OU_NE))
        return ou_newref(ou_NotImplemented);
    OuRange *x = (OuRange *)a, *y = (OuRange *)b;
    int eq;
    if (x == y)
        eq = 1;
    else if (x->length != y->length)
        eq = 0;
    else if (x->length == 0)
        eq = 1;
    else if (x->start != y->start)
        eq = 0;
    else if (x->length == 1)
        eq = 1;
    else
        eq = x->step == y->step;
    return ou_bool_from(op == OU_EQ ? eq : !eq);
}

// hash((len, start, step)) with None for what does not matter, so equal
// ranges hash alike.
static ou_hash_t range_hash(OuObject *self)
{
    OuRange *r = (OuRange *)self;
    OuObject *len = ou_int_from_u64(r->length);
    if (len == NULL)
        return -1;
    OuObject *start = r->length >= 1 ? ou_int_from_i64(r->start) : ou_newref(ou_None);
    OuObject *step = r->length >= 2 ? ou_int_from_i64(r->step) : ou_newref(ou_None);
    ou_hash_t h = -1;
    if (start != NULL && step != NULL) {
        OuObject *t = ou_tuple_pack(3, len, start, step);
        if (t != NULL) {
            h = ou_object_hash(t);
            OU_DECREF(t);
        }
    }
    OU_DECREF(len);
    OU_XDECREF(start);
    OU_XDECREF(step);
    return h;
}

// ---- Methods ----

static OuObject *range_count(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("count", kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return ou_err_format(&ou_exc_TypeError, "range.count() takes exactly one argument (%zd given)", nargs);
    OuRange *r = (OuRange *)self;
    if (ou_int_check_exact(args[0]) || ou_bool_check(args[0]))
        return ou_int_from_i64(int_in_range(r, args[0]));
    int64_t count = 0;
    for (uint64_t i = 0; i < r->length; i++) {
        OuObject *item = ou_int_from_i64((int64_t)item_at(r, (i128)i));
        if (item == NULL)
            return NULL;
        int cmp = ou_object_richcompare_bool(item, args[0], OU_EQ);
        OU_DECREF(item);
        if (cmp < 0)
            return NULL;
        count += cmp;
    }
    return ou_int_from_i64(count);
}

static OuObject *range_index(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("index", kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return ou_err_format(&ou_exc_TypeError, "range.index() takes exactly one argument (%zd given)", nargs);
    OuRange *r = (OuRange *)self;
    OuObject *v = args[0];
    if (ou_int_check_exact(v) || ou_bool_check(v)) {
        if (!int_in_range(r, v))
            return ou_err_format(&ou_exc_ValueError, "%R is not in range", v);
        return from_i128(((i128)ou_int_small_value(v) - r->start) / r->step);
    }
    for (uint64_t i = 0; i < r->length; i++) {
        OuObject *item = ou_int_from_i64((int64_t)item_at(r, (i128)i));
        if (item == NULL)
            return NULL;
        int cmp = ou_object_richcompare_bool(item, v, OU_EQ);
        OU_DECREF(item);
        if (cmp < 0)
            return NULL;
        if (cmp)
            return ou_int_from_u64(i);
    }
    return ou_err_set_string(&ou_exc_ValueError, "sequence.index(x): x not in sequence");
}

typedef struct {
    OU_OBJECT_HEAD
    int64_t next;           // the value the iterator produces next
    int64_t step;
    uint64_t remaining;
} OuRangeIter;

static OuObject *rangeiter_new(int64_t start, int64_t step, uint64_t len)
{
    OuRangeIter *it = (OuRangeIter *)ou_object_new(&ou_range_iter_type);
    if (it == NULL)
        return NULL;
    it->next = start;
    it->step = step;
    it->remaining = len;
    return (OuObject *)it;
}

static OuObject *range_iter(OuObject *self)
{
    OuRange *r = (OuRange *)self;
    return rangeiter_new(r->start, r->step, r->length);
}

static OuObject *range_reversed(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_count("__reversed__", nargs, 0, 0) < 0)
        return NULL;
    OuRange *r = (OuRange *)self;
    if (r->length == 0)
        return rangeiter_new(0, 1, 0);
    i128 last = item_at(r, (i128)r->length - 1);
    i128 step = -(i128)r->step;
    if (step > INT64_MAX)
        return ou_err_set_string(&ou_exc_OverflowError, "Python int too large to convert to C ssize_t");
    return rangeiter_new((int64_t)last, (int64_t)step, r->length);
}

static OuObject *range_get_start(OuObject *self) { return ou_int_from_i64(((OuRange *)self)->start); }
static OuObject *range_get_stop(OuObject *self) { return ou_int_from_i64(((OuRange *)self)->stop); }
static OuObject *range_get_step(OuObject *self) { return ou_int_from_i64(((OuRange *)self)->step); }

static const OuMethodDef range_methods[] = {
    {"__reversed__", range_reversed, 0, "Return a reverse iterator."},
    {"count", range_count, 0, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", range_index, 0, "rangeobject.index(value) -> integer -- return index of value.\n"
                              "Raise ValueError if the value is not present."},
    {NULL, NULL, 0, NULL},
};

static const OuGetSetDef range_getsets[] = {
    {"start", range_get_start, NULL, NULL},
    {"stop", range_get_stop, NULL, NULL},
    {"step", range_get_step, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

OuType ou_range_type = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "range",
    .basicsize = sizeof(OuRange),
    .doc = "range(stop) -> range object\n"
           "range(start, stop[, step]) -> range object\n\n"
           "Return an object that produces a sequence of integers from start (inclusive)\n"
           "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
           "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
           "These are exactly the valid indices for a list of 4 elements.\n"
           "When step is given, it specifies the increment (or decrement).",
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .new = range_new,
    .iter = range_iter,
    .nb_bool = range_bool,
    .len = range_len,
    .getitem = range_subscript,
    .contains = range_contains,
    .methods = range_methods,
    .getsets = range_getsets,
};

// ---- Iterator ----

static OuObject *iter_self(OuObject *self) { return ou_newref(self); }

static OuObject *rangeiter_next(OuObject *self)
{
    OuRangeIter *it = (OuRangeIter *)self;
    if (it->remaining == 0)
        return NULL;
    int64_t v = it->next;
    // Wrapping arithmetic: the step past the last value may leave int64.
    it->next = (int64_t)((uint64_t)v + (uint64_t)it->step);
    it->remaining--;
    return ou_int_from_i64(v);
}

static OuObject *rangeiter_length_hint(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return ou_int_from_u64(((OuRangeIter *)self)->remaining);
}

static const OuMethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

OuType ou_range_iter_type = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "range_iterator",
    .basicsize = sizeof(OuRangeIter),
    .dealloc = range_dealloc,
    .iter = iter_self,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
};
