// runtime/list.c: `list`, its iterators, and the repr recursion guard.
//
// The item array grows as CPython 3.11's does (list_resize below), and the
// places that size it exactly (slices, concatenation, repetition, extending
// an empty list from a sequence) do so too, so sys.getsizeof reports
// CPython's numbers: 40 + 8 * allocated, plus the 16-byte collector head.
//
// Anything that compares or releases items can run Python code that mutates
// the list, so loops re-read `size` and `items` after every such call and
// hold their own reference to the item being compared.
#include "runtime/list.h"

#include <string.h>
#include "gc/gc.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/slice.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

// Free lists live in ou_state (see the struct in this type's header).
#define FREE (ou_state.list_free)

#define LIST(o) ((OuList *)(o))

static int list_clear_items(OuList *a);

// ---- Storage ----

// Make room for `newsize` items with CPython 3.11's over-allocation:
// about 1/8 extra plus 6, rounded down to a multiple of 4, so appends cost
// amortised O(1) and the sequence of `allocated` values is 0, 4, 8, 16, 24,
// 32, 40, 52, ... A shrink below half the allocation reallocates.
static int list_resize(OuList *self, ou_ssize_t newsize)
{
    ou_ssize_t allocated = self->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        self->size = newsize;
        return 0;
    }
    size_t new_allocated = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    // A big jump (extend by many) would overshoot: allocate just enough.
    if (newsize - self->size > (ou_ssize_t)(new_allocated - (size_t)newsize))
        new_allocated = ((size_t)newsize + 3) & ~(size_t)3;
    if (newsize == 0) {
        ou_mem_free(self->items);
        self->items = NULL;
        self->size = 0;
        self->allocated = 0;
        return 0;
    }
    if (new_allocated > (size_t)OU_SSIZE_MAX / sizeof(OuObject *)) {
        ou_err_no_memory();
        return -1;
    }
    OuObject **items = self->items == NULL
        ? ou_mem_alloc(new_allocated * sizeof(OuObject *))
        : ou_mem_realloc(self->items, new_allocated * sizeof(OuObject *));
    if (items == NULL) {
        ou_err_no_memory();
        return -1;
    }
    self->items = items;
    self->size = newsize;
    self->allocated = (ou_ssize_t)new_allocated;
    return 0;
}

// Size an empty list's array for `size` items, rounded up to even: the
// allocator's 16-byte granularity makes the odd slot free.
static int list_preallocate_exact(OuList *self, ou_ssize_t size)
{
    size = (size + 1) & ~(ou_ssize_t)1;
    if ((size_t)size > (size_t)OU_SSIZE_MAX / sizeof(OuObject *)) {
        ou_err_no_memory();
        return -1;
    }
    OuObject **items = ou_mem_alloc((size_t)size * sizeof(OuObject *));
    if (items == NULL) {
        ou_err_no_memory();
        return -1;
    }
    self->items = items;
    self->allocated = size;
    return 0;
}

static OuList *list_alloc(OuType *type)
{
    OuList *op;
    if (type == &ou_list_type && FREE.numfree > 0) {
        op = (OuList *)FREE.free[--FREE.numfree];
        OU_REFCNT(op) = 1;
        OU_TYPE(op) = type;
    } else {
        op = (OuList *)ou_object_new(type);
        if (op == NULL)
            return NULL;
    }
    op->size = 0;
    op->items = NULL;
    op->allocated = 0;
    return op;
}

OuObject *ou_list_new(ou_ssize_t size)
{
    if (size < 0) {
        ou_err_set_string(&ou_exc_SystemError, "negative list size");
        return NULL;
    }
    OuList *op = list_alloc(&ou_list_type);
    if (op == NULL)
        return NULL;
    if (size > 0) {
        if ((size_t)size > (size_t)OU_SSIZE_MAX / sizeof(OuObject *)
            || (op->items = ou_mem_calloc((size_t)size, sizeof(OuObject *))) == NULL) {
            OU_DECREF(op);
            return ou_err_no_memory();
        }
    }
    op->size = size;
    op->allocated = size;
    ou_gc_track((OuObject *)op);
    return (OuObject *)op;
}

OuObject *ou_list_new_prealloc(ou_ssize_t n)
{
    OuObject *l = ou_list_new(0);
    if (l == NULL || n == 0)
        return l;
    if ((size_t)n > (size_t)OU_SSIZE_MAX / sizeof(OuObject *)
        || (LIST(l)->items = ou_mem_alloc((size_t)n * sizeof(OuObject *))) == NULL) {
        OU_DECREF(l);
        return ou_err_no_memory();
    }
    LIST(l)->allocated = n;
    return l;
}

void ou_list_fini(void)
{
    while (FREE.numfree > 0)
        ou_object_free(FREE.free[--FREE.numfree]);
}

// ---- Element access ----

OuObject *ou_list_getitem(OuObject *l, ou_ssize_t i)
{
    if (i < 0 || i >= LIST(l)->size)
        return ou_err_set_string(&ou_exc_IndexError, "list index out of range");
    return LIST(l)->items[i];
}

int ou_list_setitem(OuObject *l, ou_ssize_t i, OuObject *v)
{
    if (i < 0 || i >= LIST(l)->size) {
        OU_XDECREF(v);
        ou_err_set_string(&ou_exc_IndexError, "list assignment index out of range");
        return -1;
    }
    OU_SETREF(LIST(l)->items[i], v);
    return 0;
}

int ou_list_append(OuObject *l, OuObject *v)
{
    OuList *self = LIST(l);
    ou_ssize_t n = self->size;
    if (n < self->allocated) {
        self->items[n] = ou_newref(v);
        self->size = n + 1;
        return 0;
    }
    if (list_resize(self, n + 1) < 0)
        return -1;
    self->items[n] = ou_newref(v);
    return 0;
}

int ou_list_insert(OuObject *l, ou_ssize_t where, OuObject *v)
{
    OuList *self = LIST(l);
    ou_ssize_t n = self->size;
    if (list_resize(self, n + 1) < 0)
        return -1;
    if (where < 0) {
        where += n;
        if (where < 0)
            where = 0;
    }
    if (where > n)
        where = n;
    memmove(&self->items[where + 1], &self->items[where], (size_t)(n - where) * sizeof(OuObject *));
    self->items[where] = ou_newref(v);
    return 0;
}

OuObject *ou_list_getslice(OuObject *l, ou_ssize_t lo, ou_ssize_t hi)
{
    OuList *a = LIST(l);
    if (lo < 0)
        lo = 0;
    else if (lo > a->size)
        lo = a->size;
    if (hi < lo)
        hi = lo;
    else if (hi > a->size)
        hi = a->size;
    ou_ssize_t n = hi - lo;
    if (n <= 0)
        return ou_list_new(0);
    OuObject *np = ou_list_new_prealloc(n);
    if (np == NULL)
        return NULL;
    for (ou_ssize_t i = 0; i < n; i++)
        LIST(np)->items[i] = ou_newref(a->items[lo + i]);
    LIST(np)->size = n;
    return np;
}

OuObject *ou_list_as_tuple(OuObject *l)
{
    return ou_tuple_from_array(LIST(l)->items, LIST(l)->size);
}

// Replace a[ilow:ihigh] by the items of `v` (NULL deletes). Old items are
// released only once the list is consistent again.
static int list_ass_slice(OuList *a, ou_ssize_t ilow, ou_ssize_t ihigh, OuObject *v)
{
    OuObject *seq = NULL;           // owns the replacement items
    OuObject *const *vitems = NULL;
    ou_ssize_t n = 0;
    if (v != NULL) {
        if (v == (OuObject *)a) {
            // a[i:j] = a: copy first, the splice would read what it writes.
            seq = ou_list_getslice(v, 0, a->size);
        } else if (ou_list_check(v) || ou_tuple_check(v)) {
            seq = ou_newref(v);
        } else {
            if (OU_TYPE(v)->iter == NULL) {
                ou_err_set_string(&ou_exc_TypeError, "can only assign an iterable");
                return -1;
            }
            seq = ou_list_new(0);
            if (seq != NULL && ou_list_extend(seq, v) < 0)
                OU_CLEAR(seq);
        }
        if (seq == NULL)
            return -1;
        if (ou_list_check(seq)) {
            vitems = LIST(seq)->items;
            n = LIST(seq)->size;
        } else {
            vitems = ou_tuple_items(seq);
            n = ou_tuple_size(seq);
        }
    }
    if (ilow < 0)
        ilow = 0;
    else if (ilow > a->size)
        ilow = a->size;
    if (ihigh < ilow)
        ihigh = ilow;
    else if (ihigh > a->size)
        ihigh = a->size;
    ou_ssize_t norig = ihigh - ilow;
    ou_ssize_t d = n - norig;
    if (a->size + d == 0) {
        OU_XDECREF(seq);
        return list_clear_items(a);
    }
    OuObject *stack_recycle[8];
    OuObject **recycle = stack_recycle;
    if (norig > 8) {
        recycle = ou_mem_alloc((size_t)norig * sizeof(OuObject *));
        if (recycle == NULL) {
            OU_XDECREF(seq);
            ou_err_no_memory();
            return -1;
        }
    }
    memcpy(recycle, &a->items[ilow], (size_t)norig * sizeof(OuObject *));
    int result = 0;
    if (d < 0) {
        ou_ssize_t tail = a->size - ihigh;
        memmove(&a->items[ihigh + d], &a->items[ihigh], (size_t)tail * sizeof(OuObject *));
        // Shrinking cannot fail to keep the items already there.
        if (list_resize(a, a->size + d) < 0)
            result = -1;
    } else if (d > 0) {
        ou_ssize_t k = a->size;
        if (list_resize(a, k + d) < 0) {
            result = -1;
            goto done;
        }
        memmove(&a->items[ihigh + d], &a->items[ihigh], (size_t)(k - ihigh) * sizeof(OuObject *));
    }
    for (ou_ssize_t k = 0; k < n; k++)
        a->items[ilow + k] = ou_newref(vitems[k]);
    for (ou_ssize_t k = norig - 1; k >= 0; --k)
        OU_XDECREF(recycle[k]);
done:
    if (recycle != stack_recycle)
        ou_mem_free(recycle);
    OU_XDECREF(seq);
    return result;
}

// Empty the list, releasing the items after the list is consistent.
static int list_clear_items(OuList *a)
{
    OuObject **items = a->items;
    ou_ssize_t n = a->size;
    a->items = NULL;
    a->size = 0;
    a->allocated = 0;
    if (items != NULL) {
        while (--n >= 0)
            OU_XDECREF(items[n]);
        ou_mem_free(items);
    }
    return 0;
}

// ---- Length hint (for preallocating list(iterable)) ----

// Best guess of len(o): len() when defined, then __length_hint__, then
// `dflt`. -1 + error.
static ou_ssize_t length_hint(OuObject *o, ou_ssize_t dflt)
{
    if (OU_TYPE(o)->len != NULL) {
        ou_ssize_t n = OU_TYPE(o)->len(o);
        if (n >= 0)
            return n;
        if (!ou_err_matches(&ou_exc_TypeError))
            return -1;
        ou_err_clear();
    }
    OuObject *name = ou_str_intern_cstr("__length_hint__");
    if (name == NULL)
        return -1;
    OuObject *meth = ou_type_lookup(OU_TYPE(o), name);
    OU_DECREF(name);
    if (meth == NULL)
        return dflt;
    OU_INCREF(meth);
    OuObject *r = ou_call(meth, &o, 1, NULL);
    OU_DECREF(meth);
    if (r == NULL) {
        if (!ou_err_matches(&ou_exc_TypeError))
            return -1;
        ou_err_clear();
        return dflt;
    }
    if (r == ou_NotImplemented) {
        OU_DECREF(r);
        return dflt;
    }
    if (!ou_int_check(r)) {
        ou_err_format(&ou_exc_TypeError, "__length_hint__ must be an integer, not %.100s", ou_type_name(r));
        OU_DECREF(r);
        return -1;
    }
    ou_ssize_t n = ou_number_as_ssize(r, &ou_exc_OverflowError);
    OU_DECREF(r);
    if (n == -1 && ou_err_occurred())
        return -1;
    if (n < 0) {
        ou_err_set_string(&ou_exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

int ou_list_extend(OuObject *l, OuObject *iterable)
{
    OuList *self = LIST(l);
    if (ou_list_check(iterable) || ou_tuple_check(iterable)) {
        ou_ssize_t n = ou_list_check(iterable) ? LIST(iterable)->size : ou_tuple_size(iterable);
        if (n == 0)
            return 0;
        ou_ssize_t m = self->size;
        if (self->items == NULL) {
            if (list_preallocate_exact(self, n) < 0)
                return -1;
            self->size = n;
        } else if (list_resize(self, m + n) < 0) {
            return -1;
        }
        // Read the source after resizing: `a.extend(a)` reads the new array.
        OuObject **src = ou_list_check(iterable) ? LIST(iterable)->items : ou_tuple_items(iterable);
        for (ou_ssize_t i = 0; i < n; i++)
            self->items[m + i] = ou_newref(src[i]);
        return 0;
    }
    OuObject *it = ou_object_iter(iterable);
    if (it == NULL)
        return -1;
    ou_ssize_t n = length_hint(iterable, 8);
    if (n < 0)
        goto error;
    ou_ssize_t m = self->size;
    if (self->items == NULL) {
        if (n > 0 && list_preallocate_exact(self, n) < 0)
            goto error;
    } else if (m < OU_SSIZE_MAX - n) {
        if (list_resize(self, m + n) < 0)
            goto error;
        self->size = m;
    }
    for (;;) {
        OuObject *item = ou_iter_next(it);
        if (item == NULL) {
            if (ou_err_occurred())
                goto error;
            break;
        }
        if (self->size < self->allocated) {
            self->items[self->size++] = item;
        } else {
            int r = ou_list_append(l, item);
            OU_DECREF(item);
            if (r < 0)
                goto error;
        }
    }
    // Give back what the hint over-estimated.
    if (self->size < self->allocated && list_resize(self, self->size) < 0)
        goto error;
    OU_DECREF(it);
    return 0;
error:
    OU_DECREF(it);
    return -1;
}

static void reverse_array(OuObject **items, ou_ssize_t n)
{
    if (n < 2)
        return;
    OuObject **lo = items, **hi = items + n - 1;
    while (lo < hi) {
        OuObject *t = *lo;
        *lo++ = *hi;
        *hi-- = t;
    }
}

int ou_list_reverse(OuObject *l)
{
    reverse_array(LIST(l)->items, LIST(l)->size);
    return 0;
}

// ---- Sorting ----
//
// A stable merge sort that only ever asks `<`, as list.sort promises. Runs
// of up to MIN_RUN items are sorted by binary insertion, then merged
// bottom-up. Every step keeps `keys` (and `vals`, moved in lockstep) a
// permutation of its input, so a failing comparison leaves the list holding
// each of its items exactly once, merely partly sorted.

#define MIN_RUN 32

typedef struct {
    OuObject **keys;
    OuObject **vals;        // NULL when the keys are the values
    OuObject **tmp_keys;    // scratch for merges, as long as the list
    OuObject **tmp_vals;
} SortState;

static int sort_lt(OuObject *a, OuObject *b)
{
    return ou_object_richcompare_bool(a, b, OU_LT);
}

static int binary_insertion(SortState *s, ou_ssize_t lo, ou_ssize_t hi)
{
    for (ou_ssize_t i = lo + 1; i < hi; i++) {
        OuObject *pivot = s->keys[i];
        ou_ssize_t l = lo, r = i;
        // Find the first slot whose key is greater than the pivot, which
        // puts equal keys after their earlier twins.
        while (l < r) {
            ou_ssize_t p = l + ((r - l) >> 1);
            int lt = sort_lt(pivot, s->keys[p]);
            if (lt < 0)
                return -1;
            if (lt)
                r = p;
            else
                l = p + 1;
        }
        memmove(&s->keys[l + 1], &s->keys[l], (size_t)(i - l) * sizeof(OuObject *));
        s->keys[l] = pivot;
        if (s->vals != NULL) {
            OuObject *pv = s->vals[i];
            memmove(&s->vals[l + 1], &s->vals[l], (size_t)(i - l) * sizeof(OuObject *));
            s->vals[l] = pv;
        }
    }
    return 0;
}

// Merge sorted [lo, mid) and [mid, hi) in place, via a copy of the left run.
static int merge_runs(SortState *s, ou_ssize_t lo, ou_ssize_t mid, ou_ssize_t hi)
{
    ou_ssize_t nl = mid - lo;
    memcpy(s->tmp_keys, &s->keys[lo], (size_t)nl * sizeof(OuObject *));
    if (s->vals != NULL)
        memcpy(s->tmp_vals, &s->vals[lo], (size_t)nl * sizeof(OuObject *));
    ou_ssize_t i = 0, j = mid, k = lo;
    int result = 0;
    while (i < nl && j < hi) {
        // Take from the right only when strictly smaller: stability.
        int lt = sort_lt(s->keys[j], s->tmp_keys[i]);
        if (lt < 0) {
            result = -1;
            break;
        }
        if (lt) {
            if (s->vals != NULL)
                s->vals[k] = s->vals[j];
            s->keys[k++] = s->keys[j++];
        } else {
            if (s->vals != NULL)
                s->vals[k] = s->tmp_vals[i];
            s->keys[k++] = s->tmp_keys[i++];
        }
    }
    // The rest of the left run fills exactly the gap before j.
    memcpy(&s->keys[k], &s->tmp_keys[i], (size_t)(nl - i) * sizeof(OuObject *));
    if (s->vals != NULL)
        memcpy(&s->vals[k], &s->tmp_vals[i], (size_t)(nl - i) * sizeof(OuObject *));
    return result;
}

static int merge_sort(SortState *s, ou_ssize_t n)
{
    for (ou_ssize_t lo = 0; lo < n; lo += MIN_RUN) {
        ou_ssize_t hi = lo + MIN_RUN < n ? lo + MIN_RUN : n;
        if (binary_insertion(s, lo, hi) < 0)
            return -1;
    }
    for (ou_ssize_t width = MIN_RUN; width < n; width *= 2) {
        for (ou_ssize_t lo = 0; lo + width < n; lo += 2 * width) {
            ou_ssize_t mid = lo + width;
            ou_ssize_t hi = mid + width < n ? mid + width : n;
            // Already in order: skip the merge (common for nearly sorted data).
            int lt = sort_lt(s->keys[mid], s->keys[mid - 1]);
            if (lt < 0)
                return -1;
            if (lt && merge_runs(s, lo, mid, hi) < 0)
                return -1;
        }
    }
    return 0;
}

int ou_list_sort(OuObject *l, OuObject *keyfunc, int reverse)
{
    OuList *self = LIST(l);
    if (keyfunc == ou_None)
        keyfunc = NULL;
    // The list looks empty while sorting; a mutation shows up as a non-NULL
    // array or an allocation other than -1.
    OuObject **saved_items = self->items;
    ou_ssize_t saved_size = self->size;
    ou_ssize_t saved_allocated = self->allocated;
    self->items = NULL;
    self->size = 0;
    self->allocated = -1;

    int result = 0;
    OuObject **keys = NULL;
    ou_ssize_t nkeys = 0;
    SortState s = {saved_items, NULL, NULL, NULL};
    ou_ssize_t n = saved_size;
    if (keyfunc != NULL && n > 0) {
        keys = ou_mem_alloc((size_t)n * sizeof(OuObject *));
        if (keys == NULL) {
            ou_err_no_memory();
            result = -1;
            goto restore;
        }
        for (; nkeys < n; nkeys++) {
            keys[nkeys] = ou_call_one(keyfunc, saved_items[nkeys]);
            if (keys[nkeys] == NULL) {
                result = -1;
                goto restore;
            }
        }
        s.keys = keys;
        s.vals = saved_items;
    }
    if (n > 1) {
        // Reverse, sort stably, reverse back: equal keys keep their order.
        if (reverse) {
            reverse_array(s.keys, n);
            if (s.vals != NULL)
                reverse_array(s.vals, n);
        }
        // A left run of a bottom-up merge can hold up to n - 1 items.
        ou_ssize_t half = n;
        s.tmp_keys = ou_mem_alloc((size_t)half * sizeof(OuObject *) * (s.vals ? 2 : 1));
        if (s.tmp_keys == NULL) {
            ou_err_no_memory();
            result = -1;
        } else {
            s.tmp_vals = s.vals ? s.tmp_keys + half : NULL;
            result = merge_sort(&s, n);
            ou_mem_free(s.tmp_keys);
        }
        if (reverse) {
            reverse_array(s.keys, n);
            if (s.vals != NULL)
                reverse_array(s.vals, n);
        }
    }
restore:
    if (keys != NULL) {
        for (ou_ssize_t i = 0; i < nkeys; i++)
            OU_DECREF(keys[i]);
        ou_mem_free(keys);
    }
    if (self->allocated != -1 && result == 0) {
        ou_err_set_string(&ou_exc_ValueError, "list modified during sort");
        result = -1;
    }
    OuObject **final_items = self->items;
    ou_ssize_t final_size = self->size;
    self->items = saved_items;
    self->size = saved_size;
    self->allocated = saved_allocated;
    if (final_items != NULL) {
        while (--final_size >= 0)
            OU_XDECREF(final_items[final_size]);
        ou_mem_free(final_items);
    }
    return result;
}

// ---- Slots ----

static void list_dealloc(OuObject *self)
{
    OuList *op = LIST(self);
    ou_gc_untrack(self);
    if (ou_trash_begin(self))
        return;
    if (op->items != NULL) {
        ou_ssize_t i = op->size;
        while (--i >= 0)
            OU_XDECREF(op->items[i]);
        ou_mem_free(op->items);
    }
    if (OU_TYPE(self) == &ou_list_type && FREE.numfree < OU_LIST_MAXFREELIST)
        FREE.free[FREE.numfree++] = self;
    else
        ou_object_free(self);
    ou_trash_end();
}

static int list_traverse(OuObject *self, OuVisitProc visit, void *arg)
{
    OuList *op = LIST(self);
    for (ou_ssize_t i = op->size; --i >= 0;)
        OU_VISIT(op->items[i]);
    return 0;
}

static int list_clear_slot(OuObject *self)
{
    return list_clear_items(LIST(self));
}

static OuObject *list_repr(OuObject *self)
{
    OuList *v = LIST(self);
    if (v->size == 0)
        return ou_str_from_cstr("[]");
    int r = ou_repr_enter(self);
    if (r != 0)
        return r > 0 ? ou_str_from_cstr("[...]") : NULL;
    OuStrBuilder sb;
    ou_sb_init(&sb);
    if (ou_sb_append_char(&sb, '[') < 0)
        goto error;
    // The list can change under a __repr__: re-read the size each time.
    for (ou_ssize_t i = 0; i < v->size; i++) {
        if (i > 0 && ou_sb_append(&sb, ", ", 2) < 0)
            goto error;
        OuObject *item = ou_newref(v->items[i]);
        int rr = ou_sb_append_repr(&sb, item);
        OU_DECREF(item);
        if (rr < 0)
            goto error;
    }
    if (ou_sb_append_char(&sb, ']') < 0)
        goto error;
    ou_repr_leave(self);
    return ou_sb_finish(&sb);
error:
    ou_sb_discard(&sb);
    ou_repr_leave(self);
    return NULL;
}

static OuObject *compare_sizes(ou_ssize_t a, ou_ssize_t b, int op)
{
    switch (op) {
    case OU_LT: return ou_bool_from(a < b);
    case OU_LE: return ou_bool_from(a <= b);
    case OU_EQ: return ou_bool_from(a == b);
    case OU_NE: return ou_bool_from(a != b);
    case OU_GT: return ou_bool_from(a > b);
    default: return ou_bool_from(a >= b);
    }
}

static OuObject *list_richcompare(OuObject *v, OuObject *w, int op)
{
    if (!ou_list_check(v) || !ou_list_check(w))
        return ou_newref(ou_NotImplemented);
    OuList *vl = LIST(v), *wl = LIST(w);
    if (vl->size != wl->size && (op == OU_EQ || op == OU_NE))
        return ou_bool_from(op == OU_NE);
    ou_ssize_t i;
    for (i = 0; i < vl->size && i < wl->size; i++) {
        OuObject *vi = vl->items[i], *wi = wl->items[i];
        if (vi == wi)
            continue;
        OU_INCREF(vi);
        OU_INCREF(wi);
        int k = ou_object_richcompare_bool(vi, wi, OU_EQ);
        OU_DECREF(vi);
        OU_DECREF(wi);
        if (k < 0)
            return NULL;
        if (!k)
            break;
    }
    if (i >= vl->size || i >= wl->size)
        return compare_sizes(vl->size, wl->size, op);
    if (op == OU_EQ)
        return ou_bool_from(0);
    if (op == OU_NE)
        return ou_bool_from(1);
    OuObject *vi = ou_newref(vl->items[i]), *wi = ou_newref(wl->items[i]);
    OuObject *r = ou_object_richcompare(vi, wi, op);
    OU_DECREF(vi);
    OU_DECREF(wi);
    return r;
}

static ou_ssize_t list_len(OuObject *self) { return LIST(self)->size; }

static int list_contains(OuObject *self, OuObject *el)
{
    OuList *a = LIST(self);
    int cmp = 0;
    for (ou_ssize_t i = 0; cmp == 0 && i < a->size; i++) {
        OuObject *item = ou_newref(a->items[i]);
        cmp = ou_object_richcompare_bool(item, el, OU_EQ);
        OU_DECREF(item);
    }
    return cmp;
}

static int has_index(OuObject *o)
{
    return ou_int_check(o) || OU_TYPE(o)->nb_index != NULL;
}

static OuObject *list_concat(OuObject *a, OuObject *b)
{
    if (!ou_list_check(a))
        return ou_newref(ou_NotImplemented);
    if (!ou_list_check(b)) {
        if (ou_type_has_flag(OU_TYPE(b), OU_TPFLAGS_HEAPTYPE))
            return ou_newref(ou_NotImplemented);
        return ou_err_format(&ou_exc_TypeError, "can only concatenate list (not \"%s\") to list",
                             ou_type_name(b));
    }
    ou_ssize_t na = LIST(a)->size, nb = LIST(b)->size;
    if (na > OU_SSIZE_MAX - nb)
        return ou_err_no_memory();
    if (na + nb == 0)
        return ou_list_new(0);
    OuObject *np = ou_list_new_prealloc(na + nb);
    if (np == NULL)
        return NULL;
    OuObject **dst = LIST(np)->items;
    for (ou_ssize_t i = 0; i < na; i++)
        dst[i] = ou_newref(LIST(a)->items[i]);
    for (ou_ssize_t i = 0; i < nb; i++)
        dst[na + i] = ou_newref(LIST(b)->items[i]);
    LIST(np)->size = na + nb;
    return np;
}

static OuObject *list_inplace_concat(OuObject *a, OuObject *b)
{
    if (!ou_list_check(a))
        return ou_newref(ou_NotImplemented);
    if (ou_list_extend(a, b) < 0)
        return NULL;
    return ou_newref(a);
}

// The repeat count of `seq * count`, or -2 when the operation is not ours
// (NotImplemented) and -1 + error.
static ou_ssize_t repeat_count(OuObject *count)
{
    if (!has_index(count)) {
        if (ou_type_has_flag(OU_TYPE(count), OU_TPFLAGS_HEAPTYPE))
            return -2;
        ou_err_format(&ou_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                      ou_type_name(count));
        return -1;
    }
    ou_ssize_t n = ou_number_as_ssize(count, &ou_exc_OverflowError);
    if (n == -1 && ou_err_occurred())
        return -1;
    return n < 0 ? 0 : n;
}

static OuObject *list_repeat(OuObject *a, OuObject *b)
{
    OuObject *seq = a, *count = b;
    if (!ou_list_check(a)) {
        seq = b;
        count = a;
    }
    if (!ou_list_check(seq))
        return ou_newref(ou_NotImplemented);
    ou_ssize_t n = repeat_count(count);
    if (n == -2)
        return ou_newref(ou_NotImplemented);
    if (n < 0)
        return NULL;
    ou_ssize_t len = LIST(seq)->size;
    if (len == 0 || n == 0)
        return ou_list_new(0);
    if (len > OU_SSIZE_MAX / n)
        return ou_err_no_memory();
    OuObject *np = ou_list_new_prealloc(len * n);
    if (np == NULL)
        return NULL;
    OuObject **dst = LIST(np)->items;
    for (ou_ssize_t k = 0; k < n; k++)
        for (ou_ssize_t i = 0; i < len; i++)
            *dst++ = ou_newref(LIST(seq)->items[i]);
    LIST(np)->size = len * n;
    return np;
}

static OuObject *list_inplace_repeat(OuObject *a, OuObject *b)
{
    if (!ou_list_check(a))
        return ou_newref(ou_NotImplemented);
    ou_ssize_t n = repeat_count(b);
    if (n == -2)
        return ou_newref(ou_NotImplemented);
    if (n < 0)
        return NULL;
    OuList *self = LIST(a);
    ou_ssize_t size = self->size;
    if (size == 0 || n == 1)
        return ou_newref(a);
    if (n < 1) {
        list_clear_items(self);
        return ou_newref(a);
    }
    if (size > OU_SSIZE_MAX / n)
        return ou_err_no_memory();
    if (list_resize(self, size * n) < 0)
        return NULL;
    OuObject **p = self->items + size;
    for (ou_ssize_t k = 1; k < n; k++)
        for (ou_ssize_t j = 0; j < size; j++)
            *p++ = ou_newref(self->items[j]);
    return ou_newref(a);
}

static OuObject *list_subscript(OuObject *self, OuObject *key)
{
    OuList *a = LIST(self);
    if (has_index(key)) {
        ou_ssize_t i = ou_number_as_ssize(key, &ou_exc_IndexError);
        if (i == -1 && ou_err_occurred())
            return NULL;
        if (i < 0)
            i += a->size;
        if (i < 0 || i >= a->size)
            return ou_err_set_string(&ou_exc_IndexError, "list index out of range");
        return ou_newref(a->items[i]);
    }
    if (ou_slice_check(key)) {
        ou_ssize_t start, stop, step, n;
        if (ou_slice_unpack(key, a->size, &start, &stop, &step, &n) < 0)
            return NULL;
        if (n <= 0)
            return ou_list_new(0);
        if (step == 1)
            return ou_list_getslice(self, start, stop);
        OuObject *r = ou_list_new_prealloc(n);
        if (r == NULL)
            return NULL;
        for (ou_ssize_t i = 0, j = start; i < n; i++, j += step)
            LIST(r)->items[i] = ou_newref(a->items[j]);
        LIST(r)->size = n;
        return r;
    }
    return ou_err_format(&ou_exc_TypeError, "list indices must be integers or slices, not %s",
                         ou_type_name(key));
}

static int list_ass_subscript(OuObject *self, OuObject *key, OuObject *value)
{
    OuList *a = LIST(self);
    if (has_index(key)) {
        ou_ssize_t i = ou_number_as_ssize(key, &ou_exc_IndexError);
        if (i == -1 && ou_err_occurred())
            return -1;
        if (i < 0)
            i += a->size;
        if (i < 0 || i >= a->size) {
            ou_err_set_string(&ou_exc_IndexError, "list assignment index out of range");
            return -1;
        }
        if (value == NULL)
            return list_ass_slice(a, i, i + 1, NULL);
        OU_SETREF(a->items[i], ou_newref(value));
        return 0;
    }
    if (!ou_slice_check(key)) {
        ou_err_format(&ou_exc_TypeError, "list indices must be integers or slices, not %s",
                      ou_type_name(key));
        return -1;
    }
    ou_ssize_t start, stop, step, n;
    if (ou_slice_unpack(key, a->size, &start, &stop, &step, &n) < 0)
        return -1;
    if (step == 1)
        return list_ass_slice(a, start, stop, value);
    if (value == NULL) {
        // del a[start:stop:step]: close the gaps from left to right.
        if (n <= 0)
            return 0;
        if (step < 0) {
            stop = start + 1;
            start = stop + step * (n - 1) - 1;
            step = -step;
        }
        OuObject **garbage = ou_mem_alloc((size_t)n * sizeof(OuObject *));
        if (garbage == NULL) {
            ou_err_no_memory();
            return -1;
        }
        ou_ssize_t cur, i;
        for (cur = start, i = 0; cur < stop; cur += step, i++) {
            ou_ssize_t lim = step - 1;
            garbage[i] = a->items[cur];
            if (cur + step >= a->size)
                lim = a->size - cur - 1;
            memmove(a->items + cur - i, a->items + cur + 1, (size_t)lim * sizeof(OuObject *));
        }
        cur = start + n * step;
        if (cur < a->size)
            memmove(a->items + cur - n, a->items + cur, (size_t)(a->size - cur) * sizeof(OuObject *));
        int res = list_resize(a, a->size - n);
        for (i = 0; i < n; i++)
            OU_DECREF(garbage[i]);
        ou_mem_free(garbage);
        return res;
    }
    // Extended slice assignment: sizes must match exactly.
    OuObject *seq;
    if (value == self || (!ou_list_check(value) && !ou_tuple_check(value))) {
        if (OU_TYPE(value)->iter == NULL) {
            ou_err_set_string(&ou_exc_TypeError, "must assign iterable to extended slice");
            return -1;
        }
        seq = ou_list_new(0);
        if (seq != NULL && ou_list_extend(seq, value) < 0)
            OU_CLEAR(seq);
        if (seq == NULL)
            return -1;
    } else {
        seq = ou_newref(value);
    }
    ou_ssize_t seqlen = ou_list_check(seq) ? LIST(seq)->size : ou_tuple_size(seq);
    if (seqlen != n) {
        ou_err_format(&ou_exc_ValueError, "attempt to assign sequence of size %zd to extended slice of size %zd",
                      seqlen, n);
        OU_DECREF(seq);
        return -1;
    }
    if (n == 0) {
        OU_DECREF(seq);
        return 0;
    }
    OuObject **src = ou_list_check(seq) ? LIST(seq)->items : ou_tuple_items(seq);
    OuObject **garbage = ou_mem_alloc((size_t)n * sizeof(OuObject *));
    if (garbage == NULL) {
        OU_DECREF(seq);
        ou_err_no_memory();
        return -1;
    }
    for (ou_ssize_t cur = start, i = 0; i < n; cur += step, i++) {
        garbage[i] = a->items[cur];
        a->items[cur] = ou_newref(src[i]);
    }
    for (ou_ssize_t i = 0; i < n; i++)
        OU_DECREF(garbage[i]);
    ou_mem_free(garbage);
    OU_DECREF(seq);
    return 0;
}

static OuObject *list_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (type == &ou_list_type && ou_args_no_kw("list", kwnames) < 0)
        return NULL;
    if (nargs > 1)
        return ou_err_format(&ou_exc_TypeError, "list expected at most 1 argument, got %zd", nargs);
    if (type != &ou_list_type) {
        // Subclasses fill themselves in list.__init__, as in CPython.
        OuList *op = list_alloc(type);
        if (op != NULL)
            ou_gc_track((OuObject *)op);
        return (OuObject *)op;
    }
    OuObject *l = ou_list_new(0);
    if (l != NULL && nargs == 1 && ou_list_extend(l, args[0]) < 0)
        OU_CLEAR(l);
    return l;
}

// ---- Methods ----

static int no_kw_exactly_one(const char *name, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw(name, kwnames) < 0)
        return -1;
    if (nargs != 1) {
        ou_err_format(&ou_exc_TypeError, "%s() takes exactly one argument (%zd given)", name, nargs);
        return -1;
    }
    return 0;
}

static OuObject *list_init(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("list", kwnames) < 0)
        return NULL;
    if (nargs > 1)
        return ou_err_format(&ou_exc_TypeError, "list expected at most 1 argument, got %zd", nargs);
    // __init__ may run twice on one object: start over each time.
    list_clear_items(LIST(self));
    if (nargs == 1 && ou_list_extend(self, args[0]) < 0)
        return NULL;
    return ou_return_none();
}

static OuObject *list_append_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (no_kw_exactly_one("list.append", nargs, kwnames) < 0 || ou_list_append(self, args[0]) < 0)
        return NULL;
    return ou_return_none();
}

static OuObject *list_extend_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (no_kw_exactly_one("list.extend", nargs, kwnames) < 0 || ou_list_extend(self, args[0]) < 0)
        return NULL;
    return ou_return_none();
}

static OuObject *list_insert_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("insert", kwnames) < 0)
        return NULL;
    if (nargs != 2)
        return ou_err_format(&ou_exc_TypeError, "insert expected 2 arguments, got %zd", nargs);
    ou_ssize_t i;
    if (ou_arg_ssize(args[0], &i) < 0 || ou_list_insert(self, i, args[1]) < 0)
        return NULL;
    return ou_return_none();
}

static OuObject *list_remove_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (no_kw_exactly_one("list.remove", nargs, kwnames) < 0)
        return NULL;
    OuList *a = LIST(self);
    for (ou_ssize_t i = 0; i < a->size; i++) {
        OuObject *item = ou_newref(a->items[i]);
        int cmp = ou_object_richcompare_bool(item, args[0], OU_EQ);
        OU_DECREF(item);
        if (cmp > 0) {
            if (list_ass_slice(a, i, i + 1, NULL) < 0)
                return NULL;
            return ou_return_none();
        }
        if (cmp < 0)
            return NULL;
    }
    return ou_err_set_string(&ou_exc_ValueError, "list.remove(x): x not in list");
}

static OuObject *list_pop_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("pop", kwnames) < 0)
        return NULL;
    if (nargs > 1)
        return ou_err_format(&ou_exc_TypeError, "pop expected at most 1 argument, got %zd", nargs);
    ou_ssize_t index = -1;
    if (nargs == 1 && ou_arg_ssize(args[0], &index) < 0)
        return NULL;
    OuList *a = LIST(self);
    if (a->size == 0)
        return ou_err_set_string(&ou_exc_IndexError, "pop from empty list");
    if (index < 0)
        index += a->size;
    if (index < 0 || index >= a->size)
        return ou_err_set_string(&ou_exc_IndexError, "pop index out of range");
    OuObject *v = a->items[index];
    if (index == a->size - 1) {
        if (list_resize(a, a->size - 1) < 0)
            return NULL;
        return v;           // the list's reference moves to the caller
    }
    OU_INCREF(v);
    if (list_ass_slice(a, index, index + 1, NULL) < 0) {
        OU_DECREF(v);
        return NULL;
    }
    return v;
}

static OuObject *list_clear_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("clear", kwnames) < 0 || ou_args_count("clear", nargs, 0, 0) < 0)
        return NULL;
    list_clear_items(LIST(self));
    return ou_return_none();
}

static OuObject *list_copy_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("copy", kwnames) < 0 || ou_args_count("copy", nargs, 0, 0) < 0)
        return NULL;
    return ou_list_getslice(self, 0, LIST(self)->size);
}

static OuObject *list_index_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("index", kwnames) < 0 || ou_args_count("index", nargs, 1, 3) < 0)
        return NULL;
    OuList *a = LIST(self);
    ou_ssize_t start = 0, stop = OU_SSIZE_MAX;
    if (ou_sequence_index_arg(nargs > 1 ? args[1] : NULL, &start) < 0
        || ou_sequence_index_arg(nargs > 2 ? args[2] : NULL, &stop) < 0)
        return NULL;
    if (start < 0 && (start += a->size) < 0)
        start = 0;
    if (stop < 0 && (stop += a->size) < 0)
        stop = 0;
    for (ou_ssize_t i = start; i < stop && i < a->size; i++) {
        OuObject *item = ou_newref(a->items[i]);
        int cmp = ou_object_richcompare_bool(item, args[0], OU_EQ);
        OU_DECREF(item);
        if (cmp > 0)
            return ou_int_from_i64(i);
        if (cmp < 0)
            return NULL;
    }
    return ou_err_format(&ou_exc_ValueError, "%R is not in list", args[0]);
}

static OuObject *list_count_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (no_kw_exactly_one("list.count", nargs, kwnames) < 0)
        return NULL;
    OuList *a = LIST(self);
    ou_ssize_t count = 0;
    for (ou_ssize_t i = 0; i < a->size; i++) {
        OuObject *item = a->items[i];
        if (item == args[0]) {
            count++;
            continue;
        }
        OU_INCREF(item);
        int cmp = ou_object_richcompare_bool(item, args[0], OU_EQ);
        OU_DECREF(item);
        if (cmp < 0)
            return NULL;
        count += cmp;
    }
    return ou_int_from_i64(count);
}

static OuObject *list_reverse_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("reverse", kwnames) < 0 || ou_args_count("reverse", nargs, 0, 0) < 0)
        return NULL;
    ou_list_reverse(self);
    return ou_return_none();
}

static OuObject *list_sort_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (nargs > 0)
        return ou_err_set_string(&ou_exc_TypeError, "sort() takes no positional arguments");
    static const char *const names[] = {"key", "reverse", NULL};
    OuObject *out[2] = {NULL, NULL};
    if (ou_args_parse("sort", args, nargs, kwnames, names, 0, 0, out) < 0)
        return NULL;
    ou_ssize_t reverse = 0;
    if (out[1] != NULL && ou_arg_ssize(out[1], &reverse) < 0)
        return NULL;
    if (ou_list_sort(self, out[0], reverse != 0) < 0)
        return NULL;
    return ou_return_none();
}

static OuObject *list_sizeof_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return ou_int_from_i64(OU_TYPE(self)->basicsize + LIST(self)->allocated * (ou_ssize_t)sizeof(OuObject *));
}

static OuObject *list_getitem_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("__getitem__", kwnames) < 0 || ou_args_count("__getitem__", nargs, 1, 1) < 0)
        return NULL;
    return list_subscript(self, args[0]);
}

// ---- Iterators ----

typedef struct {
    OU_OBJECT_HEAD
    ou_ssize_t index;
    OuObject *seq;          // NULL once exhausted
} OuListIter;

static OuObject *listiter_new(OuType *type, OuObject *seq, ou_ssize_t index)
{
    OuListIter *it = (OuListIter *)ou_object_new(type);
    if (it == NULL)
        return NULL;
    it->index = index;
    it->seq = ou_newref(seq);
    ou_gc_track((OuObject *)it);
    return (OuObject *)it;
}

static OuObject *list_iter(OuObject *self)
{
    return listiter_new(&ou_list_iter_type, self, 0);
}

static OuObject *list_reversed_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_count("__reversed__", nargs, 0, 0) < 0)
        return NULL;
    return listiter_new(&ou_list_reverseiter_type, self, LIST(self)->size - 1);
}

static void listiter_dealloc(OuObject *self)
{
    ou_gc_untrack(self);
    OU_CLEAR(((OuListIter *)self)->seq);
    ou_object_free(self);
}

static int listiter_traverse(OuObject *self, OuVisitProc visit, void *arg)
{
    OU_VISIT(((OuListIter *)self)->seq);
    return 0;
}

static int listiter_clear(OuObject *self)
{
    OU_CLEAR(((OuListIter *)self)->seq);
    return 0;
}

static OuObject *iter_self(OuObject *self) { return ou_newref(self); }

static OuObject *listiter_next(OuObject *self)
{
    OuListIter *it = (OuListIter *)self;
    if (it->seq == NULL)
        return NULL;
    if (it->index < LIST(it->seq)->size)
        return ou_newref(LIST(it->seq)->items[it->index++]);
    OU_CLEAR(it->seq);
    return NULL;
}

static OuObject *listreviter_next(OuObject *self)
{
    OuListIter *it = (OuListIter *)self;
    if (it->seq == NULL)
        return NULL;
    if (it->index >= 0 && it->index < LIST(it->seq)->size)
        return ou_newref(LIST(it->seq)->items[it->index--]);
    it->index = -1;
    OU_CLEAR(it->seq);
    return NULL;
}

static OuObject *listiter_length_hint(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuListIter *it = (OuListIter *)self;
    ou_ssize_t n = it->seq ? LIST(it->seq)->size - it->index : 0;
    return ou_int_from_i64(n < 0 ? 0 : n);
}

static OuObject *listreviter_length_hint(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuListIter *it = (OuListIter *)self;
    ou_ssize_t n = it->index + 1;
    if (it->seq == NULL || LIST(it->seq)->size < n)
        n = 0;
    return ou_int_from_i64(n);
}

static const OuMethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

static const OuMethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

OuType ou_list_iter_type = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "list_iterator",
    .basicsize = sizeof(OuListIter),
    .flags = OU_TPFLAGS_GC,
    .dealloc = listiter_dealloc,
    .iter = iter_self,
    .iternext = listiter_next,
    .traverse = listiter_traverse,
    .clear = listiter_clear,
    .methods = listiter_methods,
};

OuType ou_list_reverseiter_type = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "list_reverseiterator",
    .basicsize = sizeof(OuListIter),
    .flags = OU_TPFLAGS_GC,
    .dealloc = listiter_dealloc,
    .iter = iter_self,
    .iternext = listreviter_next,
    .traverse = listiter_traverse,
    .clear = listiter_clear,
    .methods = listreviter_methods,
};

// ---- Repr recursion guard ----

int ou_repr_enter(OuObject *o)
{
    if (ou_state.repr_stack == NULL && (ou_state.repr_stack = ou_list_new(0)) == NULL)
        return -1;
    OuList *stack = LIST(ou_state.repr_stack);
    for (ou_ssize_t i = stack->size; --i >= 0;)
        if (stack->items[i] == o)
            return 1;
    return ou_list_append(ou_state.repr_stack, o);
}

void ou_repr_leave(OuObject *o)
{
    if (ou_state.repr_stack == NULL)
        return;
    OuObject *exc = ou_err_fetch();
    OuList *stack = LIST(ou_state.repr_stack);
    for (ou_ssize_t i = stack->size; --i >= 0;) {
        if (stack->items[i] == o) {
            // Shrinking never fails; the removed reference is released here.
            list_ass_slice(stack, i, i + 1, NULL);
            break;
        }
    }
    ou_err_restore(exc);
}

// ---- The type ----

static const OuMethodDef list_methods[] = {
    {"__init__", list_init, 0, "Initialize self.  See help(type(self)) for accurate signature."},
    {"__getitem__", list_getitem_m, 0, "x.__getitem__(y) <==> x[y]"},
    {"__reversed__", list_reversed_m, 0, "Return a reverse iterator over the list."},
    {"__sizeof__", list_sizeof_m, 0, "Return the size of the list in memory, in bytes."},
    {"clear", list_clear_m, 0, "Remove all items from list."},
    {"copy", list_copy_m, 0, "Return a shallow copy of the list."},
    {"append", list_append_m, 0, "Append object to the end of the list."},
    {"insert", list_insert_m, 0, "Insert object before index."},
    {"extend", list_extend_m, 0, "Extend list by appending elements from the iterable."},
    {"pop", list_pop_m, 0, "Remove and return item at index (default last).\n\n"
                           "Raises IndexError if list is empty or index is out of range."},
    {"remove", list_remove_m, 0, "Remove first occurrence of value.\n\n"
                                 "Raises ValueError if the value is not present."},
    {"index", list_index_m, 0, "Return first index of value.\n\n"
                               "Raises ValueError if the value is not present."},
    {"count", list_count_m, 0, "Return number of occurrences of value."},
    {"reverse", list_reverse_m, 0, "Reverse *IN PLACE*."},
    {"sort", list_sort_m, 0, "Sort the list in ascending order and return None."},
    {NULL, NULL, 0, NULL},
};

OuType ou_list_type = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "list",
    .basicsize = sizeof(OuList),
    .flags = OU_TPFLAGS_GC | OU_TPFLAGS_BASETYPE | OU_TPFLAGS_LIST_SUBCLASS,
    .doc = "Built-in mutable sequence.\n\n"
           "If no argument is given, the constructor creates a new empty list.\n"
           "The argument must be an iterable if specified.",
    .dealloc = list_dealloc,
    .repr = list_repr,
    .hash = ou_hash_not_implemented,
    .richcompare = list_richcompare,
    .new = list_new,
    .iter = list_iter,
    .traverse = list_traverse,
    .clear = list_clear_slot,
    .nb = {
        [OU_NB_ADD] = list_concat,
        [OU_NB_MULTIPLY] = list_repeat,
        [OU_NB_INPLACE_ADD] = list_inplace_concat,
        [OU_NB_INPLACE_MULTIPLY] = list_inplace_repeat,
    },
    .len = list_len,
    .getitem = list_subscript,
    .setitem = list_ass_subscript,
    .contains = list_contains,
    .methods = list_methods,
};
