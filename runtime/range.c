// runtime/range.c: `range` and `range_iterator`.
//
// A range is (start, stop, step) plus its precomputed length; indexing,
// slicing and `in` for ints are arithmetic, never iteration. Intermediate
// products use 128-bit integers so bounds near the 64-bit limits cannot
// overflow silently.
//
// Bounds beyond 64 bits (CPython accepts any int) use a second
// representation inside the same 48-byte object: `step` is 0, which no
// ordinary range has, and `start` holds a tuple of four ints (start, stop,
// step, length) owned by the range. Every operation on such a "big" range
// works on GMP integers; its iterator is a `longrange_iterator`.
#include "runtime/range.h"

#include "gc/gc.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

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

// ---- Big ranges ----

static OuType ou_longrange_iter_type;

static int is_big(const OuRange *r) { return r->step == 0; }
static OuObject *big_fields(const OuRange *r) { return (OuObject *)(intptr_t)r->start; }  // Borrowed

// Field i of any range as an mpz: 0 start, 1 stop, 2 step, 3 length.
static void range_field(const OuRange *r, int i, mpz_t out)
{
    if (is_big(r)) {
        ou_int_as_mpz(ou_tuple_items(big_fields(r))[i], out);
        return;
    }
    switch (i) {
    case 0: mpz_set_si(out, (long)r->start); break;
    case 1: mpz_set_si(out, (long)r->stop); break;
    case 2: mpz_set_si(out, (long)r->step); break;
    default: mpz_set_ui(out, (unsigned long)r->length); break;
    }
}

static OuObject *range_field_obj(const OuRange *r, int i)  // New ref
{
    if (is_big(r))
        return ou_newref(ou_tuple_items(big_fields(r))[i]);
    switch (i) {
    case 0: return ou_int_from_i64(r->start);
    case 1: return ou_int_from_i64(r->stop);
    case 2: return ou_int_from_i64(r->step);
    default: return ou_int_from_u64(r->length);
    }
}

// New ref: range(start, stop, step) for ints of any size; the compact form
// whenever all three fit in 64 bits.
static OuObject *range_from_mpz(mpz_srcptr start, mpz_srcptr stop, mpz_srcptr step)
{
    if (mpz_sgn(step) == 0)
        return ou_err_set_string(&ou_exc_ValueError, "range() arg 3 must not be zero");
    if (mpz_fits_slong_p(start) && mpz_fits_slong_p(stop) && mpz_fits_slong_p(step))
        return ou_range_new(mpz_get_si(start), mpz_get_si(stop), mpz_get_si(step));
    mpz_t len, t;
    mpz_init(len);
    mpz_init(t);
    int up = mpz_sgn(step) > 0;
    if (up ? mpz_cmp(start, stop) < 0 : mpz_cmp(start, stop) > 0) {
        // (|stop - start| - 1) // |step| + 1
        mpz_sub(t, stop, start);
        mpz_abs(t, t);
        mpz_sub_ui(t, t, 1);
        mpz_abs(len, step);
        mpz_fdiv_q(len, t, len);
        mpz_add_ui(len, len, 1);
    }
    OuObject *f[4] = { ou_int_from_mpz(start), ou_int_from_mpz(stop), ou_int_from_mpz(step),
                       ou_int_from_mpz(len) };
    mpz_clear(len);
    mpz_clear(t);
    OuObject *tuple = NULL;
    if (f[0] && f[1] && f[2] && f[3])
        tuple = ou_tuple_from_array(f, 4);
    for (int i = 0; i < 4; i++)
        OU_XDECREF(f[i]);
    if (tuple == NULL)
        return NULL;
    OuRange *r = (OuRange *)ou_object_new(&ou_range_type);
    if (r == NULL) {
        OU_DECREF(tuple);
        return NULL;
    }
    r->start = (int64_t)(intptr_t)tuple;
    r->stop = 0;
    r->step = 0;
    r->length = 0;
    return (OuObject *)r;
}

// New ref: the range's item at index i (0 <= i < length).
static OuObject *big_item(const OuRange *r, mpz_srcptr i)
{
    mpz_t v, t;
    mpz_init(v);
    mpz_init(t);
    range_field(r, 0, v);
    range_field(r, 2, t);
    mpz_addmul(v, i, t);
    OuObject *res = ou_int_from_mpz(v);
    mpz_clear(v);
    mpz_clear(t);
    return res;
}

// Is the int v in the range? 1/0. For any range; v of any size.
static int big_contains(const OuRange *r, OuObject *v)
{
    mpz_t x, a, b, st;
    mpz_inits(x, a, b, st, NULL);
    ou_int_as_mpz(v, x);
    range_field(r, 0, a);
    range_field(r, 1, b);
    range_field(r, 2, st);
    int in = mpz_sgn(st) > 0 ? (mpz_cmp(x, a) >= 0 && mpz_cmp(x, b) < 0)
                             : (mpz_cmp(x, a) <= 0 && mpz_cmp(x, b) > 0);
    if (in) {
        mpz_sub(x, x, a);
        in = mpz_divisible_p(x, st);
    }
    mpz_clears(x, a, b, st, NULL);
    return in;
}

// One bound of slice.indices(length) on big ints. 0 / -1.
static int slice_bound(OuObject *o, mpz_srcptr length, mpz_srcptr lower, mpz_srcptr upper,
                       mpz_srcptr dflt, mpz_t out)
{
    if (o == ou_None) {
        mpz_set(out, dflt);
        return 0;
    }
    OuObject *i = ou_number_index(o);
    if (i == NULL) {
        if (ou_err_matches(&ou_exc_TypeError)) {
            ou_err_clear();
            ou_err_set_string(&ou_exc_TypeError,
                              "slice indices must be integers or None or have an __index__ method");
        }
        return -1;
    }
    ou_int_as_mpz(i, out);
    OU_DECREF(i);
    if (mpz_sgn(out) < 0) {
        mpz_add(out, out, length);
        if (mpz_cmp(out, lower) < 0)
            mpz_set(out, lower);
    } else if (mpz_cmp(out, upper) > 0) {
        mpz_set(out, upper);
    }
    return 0;
}

// New ref: r[slice] for any range, on big ints.
static OuObject *big_slice(const OuRange *r, OuObject *key)
{
    OuSlice *sl = (OuSlice *)key;
    mpz_t len, step, lower, upper, a, b, start, rstep, nstart, nstop;
    mpz_inits(len, step, lower, upper, a, b, start, rstep, nstart, nstop, NULL);
    OuObject *res = NULL;
    range_field(r, 3, len);
    range_field(r, 0, start);
    range_field(r, 2, rstep);
    if (sl->step == ou_None) {
        mpz_set_ui(step, 1);
    } else {
        OuObject *i = ou_number_index(sl->step);
        if (i == NULL)
            goto done;
        ou_int_as_mpz(i, step);
        OU_DECREF(i);
        if (mpz_sgn(step) == 0) {
            ou_err_set_string(&ou_exc_ValueError, "slice step cannot be zero");
            goto done;
        }
    }
    int down = mpz_sgn(step) < 0;
    if (down) {
        mpz_set_si(lower, -1);
        mpz_sub_ui(upper, len, 1);
    } else {
        mpz_set_ui(lower, 0);
        mpz_set(upper, len);
    }
    if (slice_bound(sl->start, len, lower, upper, down ? upper : lower, a) < 0
        || slice_bound(sl->stop, len, lower, upper, down ? lower : upper, b) < 0)
        goto done;
    mpz_set(nstart, start);
    mpz_addmul(nstart, a, rstep);
    mpz_set(nstop, start);
    mpz_addmul(nstop, b, rstep);
    mpz_mul(step, step, rstep);
    res = range_from_mpz(nstart, nstop, step);
done:
    mpz_clears(len, step, lower, upper, a, b, start, rstep, nstart, nstop, NULL);
    return res;
}

typedef struct {
    OU_OBJECT_HEAD
    OuObject *next, *step, *remaining;  // ints, owned
} OuLongRangeIter;

// New ref: an iterator from `start` by `step` for `len` items (all borrowed).
static OuObject *longrangeiter_new(OuObject *start, OuObject *step, OuObject *len)
{
    OuLongRangeIter *it = (OuLongRangeIter *)ou_object_new(&ou_longrange_iter_type);
    if (it == NULL)
        return NULL;
    it->next = ou_newref(start);
    it->step = ou_newref(step);
    it->remaining = ou_newref(len);
    return (OuObject *)it;
}

static void longrangeiter_dealloc(OuObject *self)
{
    OuLongRangeIter *it = (OuLongRangeIter *)self;
    OU_XDECREF(it->next);
    OU_XDECREF(it->step);
    OU_XDECREF(it->remaining);
    ou_object_free(self);
}

static OuObject *longrangeiter_next(OuObject *self)
{
    OuLongRangeIter *it = (OuLongRangeIter *)self;
    if (ou_int_sign(it->remaining) <= 0)
        return NULL;
    OuObject *one = ou_int_from_i64(1);
    if (one == NULL)
        return NULL;
    OuObject *rem = ou_number_binop(it->remaining, one, OU_NB_SUBTRACT);
    OU_DECREF(one);
    OuObject *nxt = rem ? ou_number_binop(it->next, it->step, OU_NB_ADD) : NULL;
    if (nxt == NULL) {
        OU_XDECREF(rem);
        return NULL;
    }
    OuObject *v = it->next;
    it->next = nxt;
    OU_SETREF(it->remaining, rem);
    return v;
}

static OuObject *longrangeiter_length_hint(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                                           OuObject *kwnames)
{
    return ou_newref(((OuLongRangeIter *)self)->remaining);
}

static OuObject *iter_self(OuObject *self);

static const OuMethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

static OuType ou_longrange_iter_type = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "longrange_iterator",
    .basicsize = sizeof(OuLongRangeIter),
    .dealloc = longrangeiter_dealloc,
    .iter = iter_self,
    .iternext = longrangeiter_next,
    .methods = longrangeiter_methods,
};

// New ref: iter(r) or reversed(r) for a big range.
static OuObject *big_iter(const OuRange *r, int reverse)
{
    if (!ou_type_has_flag(&ou_longrange_iter_type, OU_TPFLAGS_READY)
        && ou_type_ready(&ou_longrange_iter_type) < 0)
        return NULL;
    OuObject *f = big_fields(r);
    OuObject *start = ou_tuple_items(f)[0], *step = ou_tuple_items(f)[2], *len = ou_tuple_items(f)[3];
    if (!reverse)
        return longrangeiter_new(start, step, len);
    mpz_t i;
    mpz_init(i);
    ou_int_as_mpz(len, i);
    if (mpz_sgn(i) > 0)
        mpz_sub_ui(i, i, 1);
    OuObject *last = big_item(r, i);
    mpz_clear(i);
    OuObject *neg = last ? ou_number_negative(step) : NULL;
    OuObject *it = neg ? longrangeiter_new(last, neg, len) : NULL;
    OU_XDECREF(last);
    OU_XDECREF(neg);
    return it;
}

static OuObject *range_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("range", kwnames) < 0)
        return NULL;
    if (nargs == 0)
        return ou_err_format(&ou_exc_TypeError, "range expected at least 1 argument, got 0");
    if (nargs > 3)
        return ou_err_format(&ou_exc_TypeError, "range expected at most 3 arguments, got %zd", nargs);
    int64_t v[3] = { 0, 0, 1 };
    int all_small = 1;
    OuObject *ints[3] = { NULL, NULL, NULL };
    OuObject *res = NULL;
    int first = nargs == 1 ? 1 : 0;
    for (ou_ssize_t i = 0; i < nargs; i++) {
        ints[first + i] = ou_number_index(args[i]);
        if (ints[first + i] == NULL)
            goto done;
        if (ou_int_as_i64(ints[first + i], &v[first + i]) < 0) {
            ou_err_clear();
            all_small = 0;
        }
    }
    if (all_small) {
        res = ou_range_new(v[0], v[1], v[2]);
    } else {
        mpz_t z[3];
        for (int i = 0; i < 3; i++) {
            mpz_init_set_si(z[i], (long)v[i]);
            if (ints[i] != NULL)
                ou_int_as_mpz(ints[i], z[i]);
        }
        res = range_from_mpz(z[0], z[1], z[2]);
        for (int i = 0; i < 3; i++)
            mpz_clear(z[i]);
    }
done:
    for (int i = 0; i < 3; i++)
        OU_XDECREF(ints[i]);
    return res;
}

static void range_dealloc(OuObject *self)
{
    if (OU_TYPE(self) == &ou_range_type && is_big((OuRange *)self))
        OU_DECREF(big_fields((OuRange *)self));
    ou_object_free(self);
}

static OuObject *range_repr(OuObject *self)
{
    OuRange *r = (OuRange *)self;
    if (is_big(r)) {
        OuObject *f = big_fields(r);
        OuObject *step = ou_tuple_items(f)[2];
        if (ou_int_is_small(step) && ou_int_small_value(step) == 1)
            return ou_str_from_format("range(%R, %R)", ou_tuple_items(f)[0], ou_tuple_items(f)[1]);
        return ou_str_from_format("range(%R, %R, %R)", ou_tuple_items(f)[0], ou_tuple_items(f)[1], step);
    }
    if (r->step == 1)
        return ou_str_from_format("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return ou_str_from_format("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                              (long long)r->step);
}

static ou_ssize_t range_len(OuObject *self)
{
    OuRange *r = (OuRange *)self;
    if (is_big(r)) {
        int64_t n;
        if (ou_int_as_i64(ou_tuple_items(big_fields(r))[3], &n) < 0) {
            ou_err_clear();
            ou_err_set_string(&ou_exc_OverflowError, "Python int too large to convert to C ssize_t");
            return -1;
        }
        return (ou_ssize_t)n;
    }
    uint64_t n = r->length;
    if (n > (uint64_t)OU_SSIZE_MAX) {
        ou_err_set_string(&ou_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (ou_ssize_t)n;
}

static int range_bool(OuObject *self)
{
    OuRange *r = (OuRange *)self;
    if (is_big(r))
        return ou_int_sign(ou_tuple_items(big_fields(r))[3]) != 0;
    return r->length != 0;
}

static i128 item_at(OuRange *r, i128 i)
{
    return (i128)r->start + i * r->step;
}

// Is the int `v` one of the range's values? 1/0/-1.
static int int_in_range(OuRange *r, OuObject *v)
{
    int64_t x;
    if (is_big(r))
        return big_contains(r, v);
    if (!ou_int_is_small(v))
        return 0;       // beyond 64 bits, beyond every 64-bit bound
    x = ou_int_small_value(v);
    if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop))
        return 0;
    return ((i128)x - r->start) % r->step == 0;
}

// `v in r` by iteration, for values that are not ints. 1/0/-1.
static int generic_contains(OuObject *self, OuObject *v)
{
    OuObject *it = ou_object_iter(self), *item;
    if (it == NULL)
        return -1;
    int found = 0;
    while (!found && (item = ou_iter_next(it)) != NULL) {
        found = ou_object_richcompare_bool(item, v, OU_EQ);
        OU_DECREF(item);
        if (found < 0)
            break;
    }
    OU_DECREF(it);
    if (found == 0 && ou_err_occurred())
        return -1;
    return found;
}

static int range_contains(OuObject *self, OuObject *v)
{
    OuRange *r = (OuRange *)self;
    if (ou_int_check_exact(v) || ou_bool_check(v))
        return int_in_range(r, v);
    if (is_big(r))
        return generic_contains(self, v);
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
    if (is_big(r) && (ou_int_check(key) || OU_TYPE(key)->nb_index != NULL)) {
        OuObject *idx = ou_number_index(key);
        if (idx == NULL)
            return NULL;
        mpz_t i, len;
        mpz_init(i);
        mpz_init(len);
        ou_int_as_mpz(idx, i);
        OU_DECREF(idx);
        range_field(r, 3, len);
        if (mpz_sgn(i) < 0)
            mpz_add(i, i, len);
        OuObject *res = NULL;
        if (mpz_sgn(i) < 0 || mpz_cmp(i, len) >= 0)
            ou_err_set_string(&ou_exc_IndexError, "range object index out of range");
        else
            res = big_item(r, i);
        mpz_clear(i);
        mpz_clear(len);
        return res;
    }
    if (is_big(r) && ou_slice_check(key))
        return big_slice(r, key);
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
            return big_slice(r, key);
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
    if (is_big(x) || is_big(y)) {
        mpz_t p, q;
        mpz_init(p);
        mpz_init(q);
        range_field(x, 3, p);
        range_field(y, 3, q);
        eq = mpz_cmp(p, q) == 0;
        int n = mpz_sgn(p) == 0 ? 0 : mpz_cmp_ui(p, 1) == 0 ? 1 : 2;
        for (int f = 0; eq && f < n; f += 2) {     // start, then step
            range_field(x, f, p);
            range_field(y, f, q);
            eq = mpz_cmp(p, q) == 0;
        }
        mpz_clear(p);
        mpz_clear(q);
        return ou_bool_from(op == OU_EQ ? eq : !eq);
    }
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
    OuObject *len = range_field_obj(r, 3);
    if (len == NULL)
        return -1;
    int n = ou_int_sign(len) == 0 ? 0 : (ou_int_is_small(len) && ou_int_small_value(len) == 1) ? 1 : 2;
    OuObject *start = n >= 1 ? range_field_obj(r, 0) : ou_newref(ou_None);
    OuObject *step = n >= 2 ? range_field_obj(r, 2) : ou_newref(ou_None);
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
    if (is_big(r)) {
        int in = generic_contains(self, args[0]);
        return in < 0 ? NULL : ou_int_from_i64(in);
    }
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
        if (is_big(r) || !ou_int_is_small(v)) {
            mpz_t x, a, st;
            mpz_inits(x, a, st, NULL);
            ou_int_as_mpz(v, x);
            range_field(r, 0, a);
            range_field(r, 2, st);
            mpz_sub(x, x, a);
            mpz_divexact(x, x, st);
            OuObject *res = ou_int_from_mpz(x);
            mpz_clears(x, a, st, NULL);
            return res;
        }
        return from_i128(((i128)ou_int_small_value(v) - r->start) / r->step);
    }
    if (is_big(r)) {
        OuObject *it = ou_object_iter(self), *item;
        if (it == NULL)
            return NULL;
        for (int64_t i = 0; (item = ou_iter_next(it)) != NULL; i++) {
            int cmp = ou_object_richcompare_bool(item, v, OU_EQ);
            OU_DECREF(item);
            if (cmp) {
                OU_DECREF(it);
                return cmp < 0 ? NULL : ou_int_from_i64(i);
            }
        }
        OU_DECREF(it);
        if (ou_err_occurred())
            return NULL;
        return ou_err_set_string(&ou_exc_ValueError, "sequence.index(x): x not in sequence");
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
    if (is_big(r))
        return big_iter(r, 0);
    return rangeiter_new(r->start, r->step, r->length);
}

static OuObject *range_reversed(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_count("__reversed__", nargs, 0, 0) < 0)
        return NULL;
    OuRange *r = (OuRange *)self;
    if (is_big(r))
        return big_iter(r, 1);
    if (r->length == 0)
        return rangeiter_new(0, 1, 0);
    i128 last = item_at(r, (i128)r->length - 1);
    i128 step = -(i128)r->step;
    if (step > INT64_MAX)
        return ou_err_set_string(&ou_exc_OverflowError, "Python int too large to convert to C ssize_t");
    return rangeiter_new((int64_t)last, (int64_t)step, r->length);
}

static OuObject *range_get_start(OuObject *self) { return range_field_obj((OuRange *)self, 0); }
static OuObject *range_get_stop(OuObject *self) { return range_field_obj((OuRange *)self, 1); }
static OuObject *range_get_step(OuObject *self) { return range_field_obj((OuRange *)self, 2); }

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
