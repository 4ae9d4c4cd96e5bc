// runtime/type.c: `type`: readying built-in types, the MRO, attribute
// lookup on types, and calling a type to make an instance.
#include "runtime/type.h"

#include <string.h>
#include "gc/gc.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

// ---- Readying ----

// Copy every slot the type leaves unset from its base. `hash` and
// `richcompare` travel together: a type that defines one decides both.
void ou_type_inherit_slots(OuType *t, OuType *b)
{
#define INHERIT(slot) if (t->slot == NULL) t->slot = b->slot
    INHERIT(dealloc);
    INHERIT(repr);
    INHERIT(str);
    if (t->richcompare == NULL && t->hash == NULL) {
        t->richcompare = b->richcompare;
        t->hash = b->hash;
    }
    INHERIT(getattr);
    INHERIT(setattr);
    INHERIT(call);
    INHERIT(new);
    INHERIT(iter);
    INHERIT(iternext);
    INHERIT(descr_get);
    INHERIT(descr_set);
    INHERIT(init);
    INHERIT(finalize);
    for (int i = 0; i < OU_NB__COUNT; i++)
        INHERIT(nb[i]);
    INHERIT(nb_negative);
    INHERIT(nb_positive);
    INHERIT(nb_absolute);
    INHERIT(nb_invert);
    INHERIT(nb_bool);
    INHERIT(nb_int);
    INHERIT(nb_float);
    INHERIT(nb_index);
    INHERIT(len);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
    if (ou_type_has_flag(b, OU_TPFLAGS_GC) && !ou_type_has_flag(t, OU_TPFLAGS_GC)
        && t->traverse == NULL) {
        t->flags |= OU_TPFLAGS_GC;
        t->traverse = b->traverse;
        t->clear = b->clear;
    }
    if (t->basicsize == 0)
        t->basicsize = b->basicsize;
    if (t->itemsize == 0)
        t->itemsize = b->itemsize;
    // Subclass bits are inherited so ou_*_check works on subclasses.
    t->flags |= b->flags & (OU_TPFLAGS_INT_SUBCLASS | OU_TPFLAGS_LIST_SUBCLASS
                            | OU_TPFLAGS_TUPLE_SUBCLASS | OU_TPFLAGS_STR_SUBCLASS
                            | OU_TPFLAGS_DICT_SUBCLASS | OU_TPFLAGS_BASE_EXC_SUBCLASS
                            | OU_TPFLAGS_TYPE_SUBCLASS | OU_TPFLAGS_BYTES_SUBCLASS);
#undef INHERIT
}

static int add_methods(OuType *t)
{
    for (const OuMethodDef *m = t->methods; m && m->name; m++) {
        OuObject *d = ou_method_descr_new(t, m);
        if (d == NULL)
            return -1;
        int r = ou_dict_setitem_str(t->dict, m->name, d);
        OU_DECREF(d);
        if (r < 0)
            return -1;
    }
    for (const OuGetSetDef *g = t->getsets; g && g->name; g++) {
        OuObject *d = ou_getset_descr_new(t, g);
        if (d == NULL)
            return -1;
        int r = ou_dict_setitem_str(t->dict, g->name, d);
        OU_DECREF(d);
        if (r < 0)
            return -1;
    }
    return 0;
}

int ou_type_ready(OuType *t)
{
    if (t->flags & OU_TPFLAGS_READY)
        return 0;
    if (t->base == NULL && t != &ou_object_type)
        t->base = &ou_object_type;
    if (t->base != NULL) {
        if (ou_type_ready(t->base) < 0)
            return -1;
        ou_type_inherit_slots(t, t->base);
    }
    if (t->dict == NULL && (t->dict = ou_dict_new()) == NULL)
        return -1;
    if (add_methods(t) < 0 || ou_type_add_slot_wrappers(t) < 0)
        return -1;
    if (t->doc != NULL && ou_dict_getitem_str(t->dict, "__doc__") == NULL) {
        OuObject *doc = ou_str_from_cstr(t->doc);
        if (doc == NULL || ou_dict_setitem_str(t->dict, "__doc__", doc) < 0) {
            OU_XDECREF(doc);
            return -1;
        }
        OU_DECREF(doc);
    }
    // Static types have a single base: the MRO is the base chain.
    ou_ssize_t depth = 0;
    for (OuType *b = t; b != NULL; b = b->base)
        depth++;
    OuObject *mro = ou_tuple_new(depth);
    if (mro == NULL)
        return -1;
    ou_ssize_t i = 0;
    for (OuType *b = t; b != NULL; b = b->base)
        ou_tuple_items(mro)[i++] = ou_newref(b);
    t->mro = mro;
    t->bases = t->base ? ou_tuple_pack(1, (OuObject *)t->base) : ou_tuple_new(0);
    if (t->bases == NULL)
        return -1;
    t->flags |= OU_TPFLAGS_READY;
    if (!(t->flags & OU_TPFLAGS_HEAPTYPE)) {
        if (ou_state.nready_types == (int)(sizeof ou_state.ready_types / sizeof ou_state.ready_types[0]))
            ou_fatal("too many built-in types");
        ou_state.ready_types[ou_state.nready_types++] = t;
    }
    return 0;
}

void ou_type_fini(OuType *t)
{
    OU_CLEAR(t->dict);
    OU_CLEAR(t->mro);
    OU_CLEAR(t->bases);
    OU_CLEAR(t->subclasses);
    t->flags &= ~OU_TPFLAGS_READY;
}

int ou_type_is_subtype(OuType *a, OuType *b)
{
    if (a == b)
        return 1;
    if (a->mro != NULL) {
        ou_ssize_t n = ou_tuple_size(a->mro);
        OuObject **items = ou_tuple_items(a->mro);
        for (ou_ssize_t i = 0; i < n; i++)
            if (items[i] == (OuObject *)b)
                return 1;
        return 0;
    }
    for (OuType *t = a->base; t != NULL; t = t->base)
        if (t == b)
            return 1;
    return b == &ou_object_type;
}

OuObject *ou_type_lookup(OuType *t, OuObject *name)
{
    // Built-in types are readied on first use, so no central list is needed.
    if (!(t->flags & OU_TPFLAGS_READY) && ou_type_ready(t) < 0)
        return NULL;
    if (t->mro == NULL)
        return t->dict ? ou_dict_getitem(t->dict, name) : NULL;
    ou_ssize_t n = ou_tuple_size(t->mro);
    OuObject **items = ou_tuple_items(t->mro);
    for (ou_ssize_t i = 0; i < n; i++) {
        OuType *b = (OuType *)items[i];
        if (b->dict == NULL)
            continue;
        OuObject *v = ou_dict_getitem(b->dict, name);
        if (v != NULL)
            return v;
        if (ou_err_occurred())
            return NULL;
    }
    return NULL;
}

// ---- The `type` type ----

static OuObject *type_repr(OuObject *self)
{
    OuType *t = (OuType *)self;
    OuObject *mod = t->dict ? ou_dict_getitem_str(t->dict, "__module__") : NULL;
    OuObject *qual = (t->flags & OU_TPFLAGS_HEAPTYPE) ? ((OuHeapType *)t)->ht_qualname : NULL;
    if (mod != NULL && ou_str_check(mod) && !ou_str_eq_cstr(mod, "builtins")) {
        if (qual != NULL)
            return ou_str_from_format("<class '%U.%U'>", mod, qual);
        return ou_str_from_format("<class '%U.%s'>", mod, t->name);
    }
    return ou_str_from_format("<class '%s'>", t->name);
}

static OuObject *type_call(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuType *t = (OuType *)self;
    // type(x) is the one-argument form of `type` itself.
    if (t == &ou_type_type && nargs == 1 && (kwnames == NULL || ou_tuple_size(kwnames) == 0))
        return ou_newref(OU_TYPE(args[0]));
    if (t->new == NULL)
        return ou_err_format(&ou_exc_TypeError, "cannot create '%s' instances", t->name);
    OuObject *obj = t->new(t, args, nargs, kwnames);
    // Built-in types finish in `new`; classes run __init__ on what they made.
    if (obj == NULL || !ou_is_instance_of(obj, t))
        return obj;
    OuType *ot = OU_TYPE(obj);
    if ((ot->flags & OU_TPFLAGS_HEAPTYPE) && ot->init != NULL && ot->init(obj, args, nargs, kwnames) < 0) {
        OU_DECREF(obj);
        return NULL;
    }
    return obj;
}

static OuObject *type_new(OuType *meta, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    ou_ssize_t nkw = kwnames ? ou_tuple_size(kwnames) : 0;
    if (nargs == 1 && nkw == 0 && meta == &ou_type_type)
        return ou_newref(OU_TYPE(args[0]));
    if (nargs != 3)
        return ou_err_set_string(&ou_exc_TypeError, "type() takes 1 or 3 arguments");
    OuObject *kwargs = NULL;
    if (nkw > 0) {
        kwargs = ou_dict_new();
        if (kwargs == NULL)
            return NULL;
        for (ou_ssize_t i = 0; i < nkw; i++)
            if (ou_dict_setitem(kwargs, ou_tuple_get(kwnames, i), args[nargs + i]) < 0) {
                OU_DECREF(kwargs);
                return NULL;
            }
    }
    OuObject *r = ou_type_new_class(meta, args[0], args[1], args[2], kwargs);
    OU_XDECREF(kwargs);
    return r;
}

// Attribute lookup on a type: the metatype's data descriptors, then the
// type's own MRO (binding with no instance), then the metatype's others.
static OuObject *type_getattr(OuObject *self, OuObject *name)
{
    OuType *t = (OuType *)self;
    OuType *meta = OU_TYPE(self);
    OuObject *meta_attr = ou_type_lookup(meta, name);
    if (meta_attr != NULL && OU_TYPE(meta_attr)->descr_set != NULL)
        return OU_TYPE(meta_attr)->descr_get(meta_attr, self, (OuObject *)meta);
    OuObject *attr = ou_type_lookup(t, name);
    if (attr != NULL) {
        OuTernaryFunc get = OU_TYPE(attr)->descr_get;
        if (get != NULL)
            return get(attr, NULL, self);
        return ou_newref(attr);
    }
    if (meta_attr != NULL) {
        OuTernaryFunc get = OU_TYPE(meta_attr)->descr_get;
        if (get != NULL)
            return get(meta_attr, self, (OuObject *)meta);
        return ou_newref(meta_attr);
    }
    if (ou_err_occurred())
        return NULL;
    return ou_err_format(&ou_exc_AttributeError, "type object '%s' has no attribute '%U'",
                         t->name, name);
}

static int type_setattr(OuObject *self, OuObject *name, OuObject *value)
{
    OuType *t = (OuType *)self;
    // The metatype's data descriptors first (C.__name__ = ..., C.__doc__ = ...).
    OuObject *meta_attr = ou_type_lookup(OU_TYPE(self), name);
    if (meta_attr != NULL && OU_TYPE(meta_attr)->descr_set != NULL)
        return OU_TYPE(meta_attr)->descr_set(meta_attr, self, value);
    if (!(t->flags & OU_TPFLAGS_HEAPTYPE)) {
        ou_err_format(&ou_exc_TypeError,
                      "cannot set '%U' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    int r;
    if (value == NULL) {
        r = ou_dict_delitem(t->dict, name);
        if (r < 0 && ou_err_matches(&ou_exc_KeyError)) {
            ou_err_clear();
            ou_err_format(&ou_exc_AttributeError, "type object '%s' has no attribute '%U'", t->name, name);
        }
    } else {
        r = ou_dict_setitem(t->dict, name, value);
    }
    // C.__add__ = f must reach the operator slots.
    return r < 0 ? -1 : ou_type_update_slot(t, name);
}

static OuObject *type_get_name(OuObject *self)
{
    OuType *t = (OuType *)self;
    if (t->flags & OU_TPFLAGS_HEAPTYPE)
        return ou_newref(((OuHeapType *)t)->ht_name);
    // A built-in name may carry its module ("sys.version_info"): drop it.
    const char *dot = strrchr(t->name, '.');
    return ou_str_from_cstr(dot ? dot + 1 : t->name);
}
static OuObject *type_get_qualname(OuObject *self)
{
    OuType *t = (OuType *)self;
    if (t->flags & OU_TPFLAGS_HEAPTYPE)
        return ou_newref(((OuHeapType *)t)->ht_qualname);
    return type_get_name(self);
}
// Only classes defined in Python may be renamed or given a new __doc__ or
// __module__; the built-in types are immutable.
static int check_heap(OuType *t, const char *what, OuObject *value)
{
    if (!(t->flags & OU_TPFLAGS_HEAPTYPE)) {
        ou_err_format(&ou_exc_TypeError, "cannot set '%s' attribute of immutable type '%s'", what, t->name);
        return -1;
    }
    if (value == NULL) {
        ou_err_format(&ou_exc_TypeError, "cannot delete '%s' attribute of immutable type '%s'", what, t->name);
        return -1;
    }
    return 0;
}

static int type_set_name(OuObject *self, OuObject *value)
{
    OuHeapType *ht = (OuHeapType *)self;
    if (check_heap(&ht->type, "__name__", value) < 0)
        return -1;
    if (!ou_str_check(value)) {
        ou_err_format(&ou_exc_TypeError, "can only assign string to %s.__name__, not '%s'", ht->type.name,
                      ou_type_name(value));
        return -1;
    }
    OU_INCREF(value);
    OuObject *old = ht->ht_name;
    ht->ht_name = value;
    ht->type.name = ou_str_utf8(value);
    OU_DECREF(old);
    return 0;
}

static int type_set_qualname(OuObject *self, OuObject *value)
{
    OuHeapType *ht = (OuHeapType *)self;
    if (check_heap(&ht->type, "__qualname__", value) < 0)
        return -1;
    if (!ou_str_check(value)) {
        ou_err_format(&ou_exc_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                      ht->type.name, ou_type_name(value));
        return -1;
    }
    OU_SETREF(ht->ht_qualname, ou_newref(value));
    return 0;
}

static int type_set_in_dict(OuObject *self, OuObject *value, const char *key)
{
    OuType *t = (OuType *)self;
    if (check_heap(t, key, value) < 0)
        return -1;
    return ou_dict_setitem_str(t->dict, key, value);
}
static int type_set_doc(OuObject *self, OuObject *value) { return type_set_in_dict(self, value, "__doc__"); }
static int type_set_module(OuObject *self, OuObject *value) { return type_set_in_dict(self, value, "__module__"); }

static OuObject *type_get_dict(OuObject *self)
{
    OuType *t = (OuType *)self;
    if (t->dict == NULL && ou_type_ready(t) < 0)
        return NULL;
    return ou_mappingproxy_new(t->dict);
}
static OuObject *type_get_module(OuObject *self)
{
    OuType *t = (OuType *)self;
    OuObject *mod = t->dict ? ou_dict_getitem_str(t->dict, "__module__") : NULL;
    if (mod != NULL)
        return ou_newref(mod);
    return ou_str_from_cstr("builtins");
}
static OuObject *type_get_mro(OuObject *self) { return ou_xnewref(((OuType *)self)->mro); }
static OuObject *type_get_bases(OuObject *self) { return ou_xnewref(((OuType *)self)->bases); }
static OuObject *type_get_base(OuObject *self)
{
    OuType *b = ((OuType *)self)->base;
    return ou_newref(b ? (OuObject *)b : ou_None);
}
static OuObject *type_get_doc(OuObject *self)
{
    OuType *t = (OuType *)self;
    OuObject *doc = t->dict ? ou_dict_getitem_str(t->dict, "__doc__") : NULL;
    return ou_newref(doc ? doc : ou_None);
}

static const OuGetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL},
    {"__dict__", type_get_dict, NULL, NULL},
    {"__module__", type_get_module, type_set_module, NULL},
    {"__mro__", type_get_mro, NULL, NULL},
    {"__bases__", type_get_bases, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL},
    {NULL, NULL, NULL, NULL},
};

static OuObject *type_mro_method(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    return ou_sequence_list(((OuType *)self)->mro);
}

static OuObject *type_subclasses_method(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    return ou_type_subclasses((OuType *)self);
}

static const OuMethodDef type_methods[] = {
    {"mro", type_mro_method, 0, "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses_method, 0, "Return a list of immediate subclasses."},
    {NULL, NULL, 0, NULL},
};

static ou_hash_t type_hash(OuObject *self)
{
    uintptr_t p = (uintptr_t)self;
    ou_hash_t h = (ou_hash_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    return h == -1 ? -2 : h;
}

OuType ou_type_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "type",
    .basicsize = sizeof(OuHeapType),
    .flags = OU_TPFLAGS_BASETYPE | OU_TPFLAGS_TYPE_SUBCLASS | OU_TPFLAGS_GC,
    .doc = "type(object) -> the object's type",
    .dealloc = ou_type_dealloc,
    .traverse = ou_type_traverse,
    .clear = ou_type_clear,
    .repr = type_repr,
    .hash = type_hash,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .call = type_call,
    .new = type_new,
    .methods = type_methods,
    .getsets = type_getsets,
};

// ---- mappingproxy: the read-only view a class's __dict__ gives ----

typedef struct {
    OU_OBJECT_HEAD
    OuObject *mapping;
} OuMappingProxy;

OuObject *ou_mappingproxy_new(OuObject *mapping)
{
    OuMappingProxy *p = (OuMappingProxy *)ou_object_new(&ou_mappingproxy_type);
    if (p == NULL)
        return NULL;
    p->mapping = ou_newref(mapping);
    ou_gc_track((OuObject *)p);
    return (OuObject *)p;
}

#define PROXIED(p) (((OuMappingProxy *)(p))->mapping)

static void mp_dealloc(OuObject *o)
{
    ou_gc_untrack(o);
    OU_CLEAR(PROXIED(o));
    ou_object_free(o);
}

static int mp_traverse(OuObject *o, OuVisitProc visit, void *arg)
{
    OU_VISIT(PROXIED(o));
    return 0;
}

static OuObject *mp_repr(OuObject *o) { return ou_str_from_format("mappingproxy(%R)", PROXIED(o)); }
static OuObject *mp_getitem(OuObject *o, OuObject *k) { return ou_object_getitem(PROXIED(o), k); }
static ou_ssize_t mp_len(OuObject *o) { return ou_object_len(PROXIED(o)); }
static int mp_contains(OuObject *o, OuObject *k) { return ou_object_contains(PROXIED(o), k); }
static OuObject *mp_iter(OuObject *o) { return ou_object_iter(PROXIED(o)); }

static OuObject *mp_forward(OuObject *o, const char *name, OuObject *const *args, ou_ssize_t nargs)
{
    return ou_call_method(PROXIED(o), name, args, nargs);
}
static OuObject *mp_keys(OuObject *o, OuObject *const *a, ou_ssize_t n, OuObject *kw) { return mp_forward(o, "keys", a, n); }
static OuObject *mp_values(OuObject *o, OuObject *const *a, ou_ssize_t n, OuObject *kw) { return mp_forward(o, "values", a, n); }
static OuObject *mp_items(OuObject *o, OuObject *const *a, ou_ssize_t n, OuObject *kw) { return mp_forward(o, "items", a, n); }
static OuObject *mp_get(OuObject *o, OuObject *const *a, ou_ssize_t n, OuObject *kw) { return mp_forward(o, "get", a, n); }
static OuObject *mp_copy(OuObject *o, OuObject *const *a, ou_ssize_t n, OuObject *kw) { return mp_forward(o, "copy", a, n); }

static const OuMethodDef mp_methods[] = {
    {"keys", mp_keys, 0, NULL},
    {"values", mp_values, 0, NULL},
    {"items", mp_items, 0, NULL},
    {"get", mp_get, 0, NULL},
    {"copy", mp_copy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

OuType ou_mappingproxy_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "mappingproxy",
    .basicsize = sizeof(OuMappingProxy),
    .flags = OU_TPFLAGS_GC,
    .dealloc = mp_dealloc,
    .repr = mp_repr,
    .traverse = mp_traverse,
    .getitem = mp_getitem,
    .len = mp_len,
    .contains = mp_contains,
    .iter = mp_iter,
    .hash = ou_hash_not_implemented,
    .methods = mp_methods,
};
