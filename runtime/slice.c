// runtime/slice.c: the `slice` type and the index arithmetic that lists,
// tuples, strings and ranges share (ou_slice_unpack).
#include "runtime/slice.h"

#include "gc/gc.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

OuObject *ou_slice_new(OuObject *start, OuObject *stop, OuObject *step)
{
    OuSlice *s = (OuSlice *)ou_object_new(&ou_slice_type);
    if (s == NULL)
        return NULL;
    s->start = ou_newref(start ? start : ou_None);
    s->stop = ou_newref(stop ? stop : ou_None);
    s->step = ou_newref(step ? step : ou_None);
    ou_gc_track((OuObject *)s);
    return (OuObject *)s;
}

// A slice bound: None leaves *out alone; integers clamp to the ssize range
// rather than raising, so `x[:10**100]` means "to the end".
static int slice_index(OuObject *v, ou_ssize_t *out)
{
    if (v == ou_None)
        return 0;
    if (!ou_int_check(v) && OU_TYPE(v)->nb_index == NULL) {
        ou_err_set_string(&ou_exc_TypeError,
                          "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    OuObject *i = ou_number_index(v);
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

static ou_ssize_t adjust_indices(ou_ssize_t length, ou_ssize_t *start, ou_ssize_t *stop,
                                 ou_ssize_t step)
{
    if (*start < 0) {
        *start += length;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0)
        return *stop < *start ? (*start - *stop - 1) / (-step) + 1 : 0;
    return *start < *stop ? (*stop - *start - 1) / step + 1 : 0;
}

int ou_slice_unpack(OuObject *slice, ou_ssize_t length, ou_ssize_t *start,
                    ou_ssize_t *stop, ou_ssize_t *step, ou_ssize_t *slicelength)
{
    OuSlice *s = (OuSlice *)slice;
    *step = 1;
    if (slice_index(s->step, step) < 0)
        return -1;
    if (*step == 0) {
        ou_err_set_string(&ou_exc_ValueError, "slice step cannot be zero");
        return -1;
    }
    // Keep -step representable when the caller negates it.
    if (*step < -OU_SSIZE_MAX)
        *step = -OU_SSIZE_MAX;
    *start = *step < 0 ? OU_SSIZE_MAX : 0;
    if (slice_index(s->start, start) < 0)
        return -1;
    *stop = *step < 0 ? -OU_SSIZE_MAX - 1 : OU_SSIZE_MAX;
    if (slice_index(s->stop, stop) < 0)
        return -1;
    *slicelength = adjust_indices(length, start, stop, *step);
    return 0;
}

// ---- The type ----

static void slice_dealloc(OuObject *self)
{
    OuSlice *s = (OuSlice *)self;
    ou_gc_untrack(self);
    OU_CLEAR(s->start);
    OU_CLEAR(s->stop);
    OU_CLEAR(s->step);
    ou_object_free(self);
}

static int slice_traverse(OuObject *self, OuVisitProc visit, void *arg)
{
    OuSlice *s = (OuSlice *)self;
    OU_VISIT(s->start);
    OU_VISIT(s->stop);
    OU_VISIT(s->step);
    return 0;
}

static int slice_clear(OuObject *self)
{
    OuSlice *s = (OuSlice *)self;
    // Bounds are never NULL for readers, so park None in the slots.
    OU_SETREF(s->start, ou_newref(ou_None));
    OU_SETREF(s->stop, ou_newref(ou_None));
    OU_SETREF(s->step, ou_newref(ou_None));
    return 0;
}

static OuObject *slice_repr(OuObject *self)
{
    OuSlice *s = (OuSlice *)self;
    return ou_str_from_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

static OuObject *slice_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("slice", kwnames) < 0)
        return NULL;
    if (nargs == 0)
        return ou_err_format(&ou_exc_TypeError, "slice expected at least 1 argument, got 0");
    if (nargs > 3)
        return ou_err_format(&ou_exc_TypeError, "slice expected at most 3 arguments, got %zd", nargs);
    if (nargs == 1)
        return ou_slice_new(NULL, args[0], NULL);
    return ou_slice_new(args[0], args[1], nargs == 3 ? args[2] : NULL);
}

static OuObject *slice_richcompare(OuObject *a, OuObject *b, int op)
{
    if (!ou_slice_check(a) || !ou_slice_check(b))
        return ou_newref(ou_NotImplemented);
    if (a == b && (op == OU_EQ || op == OU_NE || op == OU_LE || op == OU_GE))
        return ou_bool_from(op != OU_NE);
    OuSlice *x = (OuSlice *)a, *y = (OuSlice *)b;
    OuObject *tx = ou_tuple_pack(3, x->start, x->stop, x->step);
    if (tx == NULL)
        return NULL;
    OuObject *ty = ou_tuple_pack(3, y->start, y->stop, y->step);
    if (ty == NULL) {
        OU_DECREF(tx);
        return NULL;
    }
    OuObject *r = ou_object_richcompare(tx, ty, op);
    OU_DECREF(tx);
    OU_DECREF(ty);
    return r;
}

// slice.indices(len): the clamped (start, stop, step) for a sequence of len.
static OuObject *slice_indices(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("indices", kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return ou_err_format(&ou_exc_TypeError, "slice.indices() takes exactly one argument (%zd given)", nargs);
    ou_ssize_t length;
    if (ou_arg_ssize(args[0], &length) < 0)
        return NULL;
    if (length < 0)
        return ou_err_set_string(&ou_exc_ValueError, "length should not be negative");
    ou_ssize_t start, stop, step, n;
    if (ou_slice_unpack(self, length, &start, &stop, &step, &n) < 0)
        return NULL;
    OuObject *t = ou_tuple_new(3);
    if (t == NULL)
        return NULL;
    OuObject **items = ou_tuple_items(t);
    if ((items[0] = ou_int_from_i64(start)) == NULL || (items[1] = ou_int_from_i64(stop)) == NULL
        || (items[2] = ou_int_from_i64(step)) == NULL) {
        OU_DECREF(t);
        return NULL;
    }
    return t;
}

static OuObject *slice_get_start(OuObject *self) { return ou_newref(((OuSlice *)self)->start); }
static OuObject *slice_get_stop(OuObject *self) { return ou_newref(((OuSlice *)self)->stop); }
static OuObject *slice_get_step(OuObject *self) { return ou_newref(((OuSlice *)self)->step); }

static const OuMethodDef slice_methods[] = {
    {"indices", slice_indices, 0, "S.indices(len) -> (start, stop, stride)"},
    {NULL, NULL, 0, NULL},
};

static const OuGetSetDef slice_getsets[] = {
    {"start", slice_get_start, NULL, NULL},
    {"stop", slice_get_stop, NULL, NULL},
    {"step", slice_get_step, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

OuType ou_slice_type = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "slice",
    .basicsize = sizeof(OuSlice),
    .flags = OU_TPFLAGS_GC,
    .doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.",
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .hash = ou_hash_not_implemented,
    .richcompare = slice_richcompare,
    .new = slice_new,
    .traverse = slice_traverse,
    .clear = slice_clear,
    .methods = slice_methods,
    .getsets = slice_getsets,
};
