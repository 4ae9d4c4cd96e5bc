// runtime/dictviews.c: dict_keys / dict_values / dict_items views and the
// six dict iterators (forward and reversed, over keys, values and items).
//
// Iterators walk the entry array by position, so they see insertion order
// and skip deleted entries. They remember the dict's size at creation: a
// different size on any step raises "dictionary changed size during
// iteration", and from then on the iterator stays broken, as in CPython.
#include "runtime/dict.h"

#include "gc/gc.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

// ---- Iterators ----

typedef struct {
    OU_OBJECT_HEAD
    OuObject *dict;         // NULL once exhausted
    ou_ssize_t used;        // dict size when created; -1 once broken
    ou_ssize_t pos;         // next entry to look at
    ou_ssize_t len;         // items still expected
} OuDictIter;

enum { ITER_KEYS, ITER_VALUES, ITER_ITEMS };

static int iter_kind(OuType *t)
{
    if (t == &ou_dict_valueiter_type || t == &ou_dict_revvalueiter_type)
        return ITER_VALUES;
    if (t == &ou_dict_itemiter_type || t == &ou_dict_revitemiter_type)
        return ITER_ITEMS;
    return ITER_KEYS;
}

static int iter_reversed(OuType *t)
{
    return t == &ou_dict_revkeyiter_type || t == &ou_dict_revvalueiter_type
        || t == &ou_dict_revitemiter_type;
}

OuObject *ou_dictiter_new(OuObject *d, OuType *iter_type)
{
    OuDictIter *di = (OuDictIter *)ou_object_new(iter_type);
    if (di == NULL)
        return NULL;
    di->dict = ou_newref(d);
    di->used = ou_dict_size(d);
    di->len = di->used;
    di->pos = iter_reversed(iter_type) ? ou_dict_nentries(d) - 1 : 0;
    ou_gc_track((OuObject *)di);
    return (OuObject *)di;
}

static void dictiter_dealloc(OuObject *self)
{
    ou_gc_untrack(self);
    OU_CLEAR(((OuDictIter *)self)->dict);
    ou_object_free(self);
}

static int dictiter_traverse(OuObject *self, OuVisitProc visit, void *arg)
{
    OU_VISIT(((OuDictIter *)self)->dict);
    return 0;
}

static int dictiter_clear(OuObject *self)
{
    OU_CLEAR(((OuDictIter *)self)->dict);
    return 0;
}

static OuObject *iter_self(OuObject *self) { return ou_newref(self); }

static OuObject *dictiter_next(OuObject *self)
{
    OuDictIter *di = (OuDictIter *)self;
    OuObject *d = di->dict;
    if (d == NULL)
        return NULL;
    if (di->used != ou_dict_size(d)) {
        di->used = -1;  // stay broken even if the size comes back
        return ou_err_set_string(&ou_exc_RuntimeError, "dictionary changed size during iteration");
    }
    OuObject *key = NULL, *value = NULL;
    ou_ssize_t i = di->pos;
    if (iter_reversed(OU_TYPE(self))) {
        while (i >= 0 && !ou_dict_entry_at(d, i, &key, &value))
            i--;
        if (i < 0)
            goto exhausted;
        di->pos = i - 1;
    } else {
        ou_ssize_t n = ou_dict_nentries(d);
        while (i < n && !ou_dict_entry_at(d, i, &key, &value))
            i++;
        if (i >= n)
            goto exhausted;
        di->pos = i + 1;
    }
    // Same size but more entries than expected: keys were swapped.
    if (di->len == 0) {
        OU_CLEAR(di->dict);
        return ou_err_set_string(&ou_exc_RuntimeError, "dictionary keys changed during iteration");
    }
    di->len--;
    switch (iter_kind(OU_TYPE(self))) {
    case ITER_KEYS:
        return ou_newref(key);
    case ITER_VALUES:
        return ou_newref(value);
    default:
        return ou_tuple_pack(2, key, value);
    }
exhausted:
    di->len = 0;
    OU_CLEAR(di->dict);
    return NULL;
}

static OuObject *dictiter_length_hint(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuDictIter *di = (OuDictIter *)self;
    ou_ssize_t n = 0;
    if (di->dict != NULL && di->used == ou_dict_size(di->dict))
        n = di->len;
    return ou_int_from_i64(n);
}

static const OuMethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

#define DICT_ITER_TYPE(cname, pyname) \
    OuType cname = { \
        OU_STATIC_HEAD(&ou_type_type), \
        .name = pyname, \
        .basicsize = sizeof(OuDictIter), \
        .flags = OU_TPFLAGS_GC, \
        .dealloc = dictiter_dealloc, \
        .iter = iter_self, \
        .iternext = dictiter_next, \
        .traverse = dictiter_traverse, \
        .clear = dictiter_clear, \
        .methods = dictiter_methods, \
    };

DICT_ITER_TYPE(ou_dict_keyiter_type, "dict_keyiterator")
DICT_ITER_TYPE(ou_dict_valueiter_type, "dict_valueiterator")
DICT_ITER_TYPE(ou_dict_itemiter_type, "dict_itemiterator")
DICT_ITER_TYPE(ou_dict_revkeyiter_type, "dict_reversekeyiterator")
DICT_ITER_TYPE(ou_dict_revvalueiter_type, "dict_reversevalueiterator")
DICT_ITER_TYPE(ou_dict_revitemiter_type, "dict_reverseitemiterator")

// ---- Views ----

typedef struct {
    OU_OBJECT_HEAD
    OuObject *dict;
} OuDictView;

#define VIEW_DICT(o) (((OuDictView *)(o))->dict)

OuObject *ou_dictview_new(OuObject *d, OuType *view_type)
{
    OuDictView *v = (OuDictView *)ou_object_new(view_type);
    if (v == NULL)
        return NULL;
    v->dict = ou_newref(d);
    ou_gc_track((OuObject *)v);
    return (OuObject *)v;
}

static void dictview_dealloc(OuObject *self)
{
    ou_gc_untrack(self);
    OU_CLEAR(((OuDictView *)self)->dict);
    ou_object_free(self);
}

static int dictview_traverse(OuObject *self, OuVisitProc visit, void *arg)
{
    OU_VISIT(VIEW_DICT(self));
    return 0;
}

static int dictview_clear(OuObject *self)
{
    // Readers assume a dict is there; a view is only cleared as garbage.
    OU_CLEAR(((OuDictView *)self)->dict);
    return 0;
}

static ou_ssize_t dictview_len(OuObject *self)
{
    return VIEW_DICT(self) ? ou_dict_size(VIEW_DICT(self)) : 0;
}

static OuType *forward_iter_type(OuType *view)
{
    if (view == &ou_dict_values_type)
        return &ou_dict_valueiter_type;
    if (view == &ou_dict_items_type)
        return &ou_dict_itemiter_type;
    return &ou_dict_keyiter_type;
}

static OuType *reverse_iter_type(OuType *view)
{
    if (view == &ou_dict_values_type)
        return &ou_dict_revvalueiter_type;
    if (view == &ou_dict_items_type)
        return &ou_dict_revitemiter_type;
    return &ou_dict_revkeyiter_type;
}

static OuObject *dictview_iter(OuObject *self)
{
    if (VIEW_DICT(self) == NULL)
        return ou_err_set_string(&ou_exc_RuntimeError, "dictionary view without a dictionary");
    return ou_dictiter_new(VIEW_DICT(self), forward_iter_type(OU_TYPE(self)));
}

static OuObject *dictview_reversed(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (VIEW_DICT(self) == NULL)
        return ou_err_set_string(&ou_exc_RuntimeError, "dictionary view without a dictionary");
    return ou_dictiter_new(VIEW_DICT(self), reverse_iter_type(OU_TYPE(self)));
}

// dict_keys(['a', 'b']): the type name around the list of the contents.
static OuObject *dictview_repr(OuObject *self)
{
    int r = ou_repr_enter(self);
    if (r != 0)
        return r > 0 ? ou_str_from_cstr("...") : NULL;
    OuObject *result = NULL;
    OuObject *seq = ou_list_new(0);
    if (seq != NULL && ou_list_extend(seq, self) == 0)
        result = ou_str_from_format("%s(%R)", ou_type_name(self), seq);
    OU_XDECREF(seq);
    ou_repr_leave(self);
    return result;
}

static int dictkeys_contains(OuObject *self, OuObject *key)
{
    if (VIEW_DICT(self) == NULL)
        return 0;
    return ou_dict_contains(VIEW_DICT(self), key);
}

static int dictitems_contains(OuObject *self, OuObject *obj)
{
    OuObject *d = VIEW_DICT(self);
    if (d == NULL || !ou_tuple_check(obj) || ou_tuple_size(obj) != 2)
        return 0;
    OuObject *key = ou_tuple_get(obj, 0), *value = ou_tuple_get(obj, 1);
    OuObject *found = ou_dict_getitem(d, key);
    if (found == NULL)
        return ou_err_occurred() ? -1 : 0;
    OU_INCREF(found);
    int r = ou_object_richcompare_bool(found, value, OU_EQ);
    OU_DECREF(found);
    return r;
}

static const OuMethodDef dictview_methods[] = {
    {"__reversed__", dictview_reversed, 0, "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL},
};

// Keys and items views are set-like: set operators, comparisons with
// sets and isdisjoint (implemented with the set code in runtime/set.c).
static OuObject *dv_and(OuObject *a, OuObject *b) { return ou_set_dictview_binop(a, b, OU_NB_AND); }
static OuObject *dv_or(OuObject *a, OuObject *b) { return ou_set_dictview_binop(a, b, OU_NB_OR); }
static OuObject *dv_sub(OuObject *a, OuObject *b) { return ou_set_dictview_binop(a, b, OU_NB_SUBTRACT); }
static OuObject *dv_xor(OuObject *a, OuObject *b) { return ou_set_dictview_binop(a, b, OU_NB_XOR); }

static OuObject *dv_isdisjoint(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("isdisjoint", kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return ou_err_format(&ou_exc_TypeError, "%s.isdisjoint() takes exactly one argument (%zd given)",
                             ou_type_name(self), nargs);
    return ou_set_dictview_isdisjoint(self, args[0]);
}

static const OuMethodDef setlike_view_methods[] = {
    {"__reversed__", dictview_reversed, 0, "Return a reverse iterator over the dict keys."},
    {"isdisjoint", dv_isdisjoint, 0, "Return True if the view and the given iterable have a null intersection."},
    {NULL, NULL, 0, NULL},
};

#define DICT_VIEW_TYPE(cname, pyname, contains_fn, hash_fn, setlike) \
    OuType cname = { \
        OU_STATIC_HEAD(&ou_type_type), \
        .name = pyname, \
        .basicsize = sizeof(OuDictView), \
        .flags = OU_TPFLAGS_GC, \
        .dealloc = dictview_dealloc, \
        .repr = dictview_repr, \
        .hash = hash_fn, \
        .iter = dictview_iter, \
        .traverse = dictview_traverse, \
        .clear = dictview_clear, \
        .len = dictview_len, \
        .contains = contains_fn, \
        .richcompare = setlike ? ou_set_dictview_richcompare : NULL, \
        .nb = {[OU_NB_AND] = setlike ? dv_and : NULL, [OU_NB_OR] = setlike ? dv_or : NULL, \
               [OU_NB_SUBTRACT] = setlike ? dv_sub : NULL, [OU_NB_XOR] = setlike ? dv_xor : NULL}, \
        .methods = setlike ? setlike_view_methods : dictview_methods, \
    };

// Keys and items views are set-like, hence unhashable; values views are not.
DICT_VIEW_TYPE(ou_dict_keys_type, "dict_keys", dictkeys_contains, ou_hash_not_implemented, 1)
DICT_VIEW_TYPE(ou_dict_values_type, "dict_values", NULL, NULL, 0)
DICT_VIEW_TYPE(ou_dict_items_type, "dict_items", dictitems_contains, ou_hash_not_implemented, 1)
