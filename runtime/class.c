// runtime/class.c: classes defined in Python. `__build_class__` runs a
// class body into a namespace dict; ou_type_new_class turns name, bases and
// namespace into a heap type: C3 method resolution order, instance layout
// (attribute storage, `__slots__`), slots pointed at the dunder methods,
// `__set_name__` and `__init_subclass__`.
#include "runtime/type.h"

#include <string.h>
#include "gc/gc.h"
#include "runtime/cell.h"
#include "runtime/code.h"
#include "runtime/descr.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/func.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/weakref.h"
#include "vm/internal.h"
#include "vm/vm.h"

// ---- C3 linearisation ----

// The MRO of a class with these bases: the class, then a merge of the
// bases' MROs and the base list that keeps every local precedence order.
static OuObject *c3_mro(OuType *t, OuObject *bases)
{
    ou_ssize_t nb = ou_tuple_size(bases);
    // Sequences to merge: each base's MRO, then the bases themselves.
    OuObject *seqs = ou_list_new(0);
    OuObject *result = ou_list_new(0);
    if (seqs == NULL || result == NULL)
        goto fail;
    for (ou_ssize_t i = 0; i < nb; i++) {
        OuType *b = (OuType *)ou_tuple_get(bases, i);
        OuObject *l = ou_sequence_list(b->mro);
        if (l == NULL || ou_list_append(seqs, l) < 0) {
            OU_XDECREF(l);
            goto fail;
        }
        OU_DECREF(l);
    }
    OuObject *bl = ou_sequence_list(bases);
    if (bl == NULL || ou_list_append(seqs, bl) < 0) {
        OU_XDECREF(bl);
        goto fail;
    }
    OU_DECREF(bl);
    if (ou_list_append(result, (OuObject *)t) < 0)
        goto fail;
    ou_ssize_t *pos = ou_mem_calloc((size_t)nb + 1, sizeof(ou_ssize_t));
    if (pos == NULL) {
        ou_err_no_memory();
        goto fail;
    }
    for (;;) {
        OuObject *candidate = NULL;
        int remaining = 0;
        for (ou_ssize_t i = 0; i <= nb; i++) {
            OuObject *seq = ou_list_items(seqs)[i];
            if (pos[i] >= ou_list_size(seq))
                continue;
            remaining = 1;
            OuObject *head = ou_list_items(seq)[pos[i]];
            // A good head appears in no other sequence's tail.
            int in_tail = 0;
            for (ou_ssize_t j = 0; j <= nb && !in_tail; j++) {
                OuObject *other = ou_list_items(seqs)[j];
                for (ou_ssize_t k = pos[j] + 1; k < ou_list_size(other); k++)
                    if (ou_list_items(other)[k] == head) {
                        in_tail = 1;
                        break;
                    }
            }
            if (!in_tail) {
                candidate = head;
                break;
            }
        }
        if (!remaining)
            break;
        if (candidate == NULL) {
            // Name the bases still in conflict, as CPython does.
            OuStrBuilder sb;
            ou_sb_init(&sb);
            int first = 1, ok = ou_sb_append_cstr(&sb, "Cannot create a consistent method resolution\norder (MRO) for bases");
            for (ou_ssize_t i = 0; i <= nb && ok == 0; i++) {
                OuObject *seq = ou_list_items(seqs)[i];
                if (pos[i] >= ou_list_size(seq))
                    continue;
                OuType *h = (OuType *)ou_list_items(seq)[pos[i]];
                int dup = 0;
                for (ou_ssize_t j = 0; j < i; j++) {
                    OuObject *s2 = ou_list_items(seqs)[j];
                    if (pos[j] < ou_list_size(s2) && ou_list_items(s2)[pos[j]] == (OuObject *)h)
                        dup = 1;
                }
                if (dup)
                    continue;
                ok = ou_sb_append_cstr(&sb, first ? " " : ", ");
                if (ok == 0)
                    ok = ou_sb_append_cstr(&sb, h->name);
                first = 0;
            }
            OuObject *msg = ok == 0 ? ou_sb_finish(&sb) : (ou_sb_discard(&sb), NULL);
            if (msg != NULL) {
                ou_err_set_object(&ou_exc_TypeError, msg);
                OU_DECREF(msg);
            }
            ou_mem_free(pos);
            goto fail;
        }
        if (ou_list_append(result, candidate) < 0) {
            ou_mem_free(pos);
            goto fail;
        }
        for (ou_ssize_t i = 0; i <= nb; i++) {
            OuObject *seq = ou_list_items(seqs)[i];
            if (pos[i] < ou_list_size(seq) && ou_list_items(seq)[pos[i]] == candidate)
                pos[i]++;
        }
    }
    ou_mem_free(pos);
    OU_DECREF(seqs);
    OuObject *mro = ou_list_as_tuple(result);
    OU_DECREF(result);
    return mro;
fail:
    OU_XDECREF(seqs);
    OU_XDECREF(result);
    return NULL;
}

// ---- Layout ----

// The type whose instance layout `t` extends: past classes that only add
// attribute storage, to the first one that adds member slots or is built in.
static OuType *solid_base(OuType *t)
{
    while ((t->flags & OU_TPFLAGS_HEAPTYPE) && ((OuHeapType *)t)->nslots == 0 && t->base != NULL)
        t = t->base;
    return t;
}

// The base whose layout the new class extends; every other base's layout
// must be part of it.
static OuType *best_base(OuObject *bases)
{
    OuType *best = NULL, *winner = NULL;
    for (ou_ssize_t i = 0; i < ou_tuple_size(bases); i++) {
        OuType *b = (OuType *)ou_tuple_get(bases, i);
        OuType *s = solid_base(b);
        if (winner == NULL || ou_type_is_subtype(s, winner)) {
            winner = s;
            best = b;
        } else if (!ou_type_is_subtype(winner, s)) {
            ou_err_set_string(&ou_exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

// ---- Member descriptors for __slots__ ----

typedef struct {
    OU_OBJECT_HEAD
    OuType *owner;
    OuObject *name;
    ou_ssize_t offset;
} OuMemberDescr;

static OuObject *member_get(OuObject *self, OuObject *obj, OuObject *type)
{
    OuMemberDescr *m = (OuMemberDescr *)self;
    if (obj == NULL)
        return ou_newref(self);
    if (!ou_is_instance_of(obj, m->owner))
        return ou_err_format(&ou_exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
                             m->name, m->owner->name, ou_type_name(obj));
    OuObject *v = *(OuObject **)((char *)obj + m->offset);
    if (v == NULL)
        return ou_err_format(&ou_exc_AttributeError, "'%s' object has no attribute '%U'", ou_type_name(obj),
                             m->name);
    return ou_newref(v);
}

static int member_set(OuObject *self, OuObject *obj, OuObject *value)
{
    OuMemberDescr *m = (OuMemberDescr *)self;
    if (!ou_is_instance_of(obj, m->owner)) {
        ou_err_format(&ou_exc_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%s' object",
                      m->name, m->owner->name, ou_type_name(obj));
        return -1;
    }
    OuObject **slot = (OuObject **)((char *)obj + m->offset);
    if (value == NULL && *slot == NULL) {
        ou_err_format(&ou_exc_AttributeError, "'%s' object has no attribute '%U'", ou_type_name(obj), m->name);
        return -1;
    }
    OU_SETREF(*slot, ou_xnewref(value));
    return 0;
}

static OuObject *member_repr(OuObject *self)
{
    OuMemberDescr *m = (OuMemberDescr *)self;
    return ou_str_from_format("<member '%U' of '%s' objects>", m->name, m->owner->name);
}

static void member_dealloc(OuObject *self)
{
    OU_CLEAR(((OuMemberDescr *)self)->name);
    ou_object_free(self);
}

OuType ou_member_descr_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "member_descriptor",
    .basicsize = sizeof(OuMemberDescr),
    .dealloc = member_dealloc,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
};

static OuObject *member_new(OuType *owner, OuObject *name, ou_ssize_t offset)
{
    OuMemberDescr *m = (OuMemberDescr *)ou_object_new(&ou_member_descr_type);
    if (m == NULL)
        return NULL;
    m->owner = owner;
    m->name = ou_newref(name);
    m->offset = offset;
    return (OuObject *)m;
}

// `__dict__` and `__weakref__` of the instances of a class that adds them.
static OuObject *instance_get_dict(OuObject *self) { return ou_instance_get_dict(self); }
static int instance_set_dict(OuObject *self, OuObject *value)
{
    if (value == NULL || !ou_dict_check(value)) {
        ou_err_format(&ou_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                      value ? ou_type_name(value) : "NoneType");
        return -1;
    }
    OuObject *old = ou_instance_get_dict(self);
    if (old == NULL)
        return -1;
    OU_DECREF(old);
    OuObject **slot = ou_instance_dict_slot(self);
    OU_SETREF(*slot, ou_newref(value));
    return 0;
}
static OuObject *instance_get_weakref(OuObject *self)
{
    OuWeakRef *head = ou_weakref_list_head(self);
    return ou_newref(head ? (OuObject *)head : ou_None);
}

static const OuGetSetDef dict_getset = {"__dict__", instance_get_dict, instance_set_dict,
                                        "dictionary for instance variables (if defined)"};
static const OuGetSetDef weakref_getset = {"__weakref__", instance_get_weakref, NULL,
                                           "list of weak references to the object (if defined)"};

static int add_getset(OuType *t, const OuGetSetDef *def)
{
    OuObject *d = ou_getset_descr_new(t, def);
    if (d == NULL)
        return -1;
    int r = ou_dict_setitem_str(t->dict, def->name, d);
    OU_DECREF(d);
    return r;
}

// Lay out instances: member slots, attribute storage and the weak
// reference list after the base's fields. 0 / -1.
static int lay_out(OuHeapType *ht, OuType *base, OuObject *slots)
{
    OuType *t = &ht->type;
    t->basicsize = base->basicsize;
    t->itemsize = base->itemsize;
    t->dictoffset = base->dictoffset;
    t->valuesoffset = base->valuesoffset;
    t->weaklistoffset = base->weaklistoffset;
    int want_dict = 1, want_weak = 1;
    if (slots != NULL) {
        want_dict = want_weak = 0;
        ou_ssize_t n = ou_tuple_size(slots), plain = 0;
        for (ou_ssize_t i = 0; i < n; i++) {
            OuObject *s = ou_tuple_get(slots, i);
            if (!ou_str_check(s)) {
                ou_err_format(&ou_exc_TypeError, "__slots__ items must be strings, not '%s'", ou_type_name(s));
                return -1;
            }
            if (ou_str_eq_cstr(s, "__dict__"))
                want_dict = 1;
            else if (ou_str_eq_cstr(s, "__weakref__"))
                want_weak = 1;
            else
                plain++;
        }
        if (plain > 0 && t->itemsize != 0) {
            ou_err_format(&ou_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'", base->name);
            return -1;
        }
        ht->slotsoffset = t->basicsize;
        for (ou_ssize_t i = 0; i < n; i++) {
            OuObject *s = ou_tuple_get(slots, i);
            if (ou_str_eq_cstr(s, "__dict__") || ou_str_eq_cstr(s, "__weakref__"))
                continue;
            if (ou_dict_getitem(t->dict, s) != NULL) {
                ou_err_format(&ou_exc_ValueError, "%R in __slots__ conflicts with class variable", s);
                return -1;
            }
            OuObject *m = member_new(t, s, t->basicsize);
            if (m == NULL || ou_dict_setitem(t->dict, s, m) < 0) {
                OU_XDECREF(m);
                return -1;
            }
            OU_DECREF(m);
            t->basicsize += (ou_ssize_t)sizeof(OuObject *);
            ht->nslots++;
        }
    }
    // Variable-size bases (tuple, str) keep no per-instance attributes here.
    if (want_dict && t->dictoffset == 0 && t->itemsize == 0) {
        t->valuesoffset = t->basicsize;
        t->dictoffset = t->basicsize + (ou_ssize_t)sizeof(OuObject *);
        t->basicsize += 2 * (ou_ssize_t)sizeof(OuObject *);
        if (add_getset(t, &dict_getset) < 0)
            return -1;
    }
    if (want_weak && t->weaklistoffset == 0 && t->itemsize == 0) {
        t->weaklistoffset = t->basicsize;
        t->basicsize += (ou_ssize_t)sizeof(OuObject *);
        if (add_getset(t, &weakref_getset) < 0)
            return -1;
    }
    return 0;
}

// ---- Creating the class ----

// Each base keeps its subclasses (for __subclasses__) as a dict keyed by
// their addresses: it must not keep them alive. 0 / -1.
static int register_subclass(OuType *t, int add)
{
    OuObject *key = ou_int_from_u64((uint64_t)(uintptr_t)t);
    if (key == NULL)
        return -1;
    int r = 0;
    for (ou_ssize_t i = 0; t->bases != NULL && i < ou_tuple_size(t->bases); i++) {
        OuType *b = (OuType *)ou_tuple_get(t->bases, i);
        if (add) {
            if (b->subclasses == NULL && (b->subclasses = ou_dict_new()) == NULL) {
                r = -1;
                break;
            }
            if ((r = ou_dict_setitem(b->subclasses, key, ou_None)) < 0)
                break;
        } else if (b->subclasses != NULL && ou_dict_contains(b->subclasses, key) > 0) {
            if (ou_dict_delitem(b->subclasses, key) < 0)
                ou_err_clear();
        }
    }
    OU_DECREF(key);
    return r;
}

OuObject *ou_type_subclasses(OuType *t)
{
    OuObject *l = ou_list_new(0);
    if (l == NULL || t->subclasses == NULL)
        return l;
    ou_ssize_t pos = 0;
    OuObject *k, *v;
    while (ou_dict_next(t->subclasses, &pos, &k, &v)) {
        int64_t addr;
        if (ou_int_as_i64(k, &addr) < 0) {
            ou_err_clear();
            continue;
        }
        if (ou_list_append(l, (OuObject *)(uintptr_t)addr) < 0) {
            OU_DECREF(l);
            return NULL;
        }
    }
    return l;
}

static int del_key(OuObject *dict, const char *key)
{
    OuObject *k = ou_str_from_cstr(key);
    int r = k ? ou_dict_delitem(dict, k) : -1;
    OU_XDECREF(k);
    return r;
}

static int wrap_in(OuObject *dict, const char *name, OuType *wrapper)
{
    OuObject *f = ou_dict_getitem_str(dict, name);
    if (f == NULL || !ou_function_check(f))
        return 0;
    OuObject *w = ou_call_one((OuObject *)wrapper, f);
    if (w == NULL)
        return -1;
    int r = ou_dict_setitem_str(dict, name, w);
    OU_DECREF(w);
    return r;
}

// `__set_name__(owner, name)` on every attribute that has one.
static int set_names(OuType *t)
{
    OuObject *items = ou_dict_copy(t->dict);
    if (items == NULL)
        return -1;
    ou_ssize_t pos = 0;
    OuObject *k, *v;
    int r = 0;
    while (r == 0 && ou_dict_next(items, &pos, &k, &v)) {
        OuObject *n = ou_str_intern_cstr("__set_name__");
        OuObject *f = n ? ou_type_lookup(OU_TYPE(v), n) : NULL;
        OU_XDECREF(n);
        if (f == NULL) {
            if (ou_err_occurred())
                r = -1;
            continue;
        }
        OuObject *args[2] = {(OuObject *)t, k};
        OuObject *res = ou_call_method(v, "__set_name__", args, 2);
        if (res == NULL) {
            r = -1;
            break;
        }
        OU_DECREF(res);
    }
    OU_DECREF(items);
    return r;
}

// super(type, type).__init_subclass__(**kwargs)
static int init_subclass(OuType *t, OuObject *kwargs)
{
    OuObject *sargs[2] = {(OuObject *)t, (OuObject *)t};
    OuObject *sup = ou_call((OuObject *)&ou_super_type, sargs, 2, NULL);
    if (sup == NULL)
        return -1;
    OuObject *f = ou_object_getattr_str(sup, "__init_subclass__");
    OU_DECREF(sup);
    if (f == NULL)
        return -1;
    OuObject *r;
    if (kwargs == NULL || ou_dict_size(kwargs) == 0) {
        r = ou_call_noargs(f);
    } else {
        OuObject *empty = ou_tuple_new(0);
        r = empty ? ou_vm_call_ex(f, empty, kwargs) : NULL;
        OU_XDECREF(empty);
    }
    OU_DECREF(f);
    if (r == NULL)
        return -1;
    OU_DECREF(r);
    return 0;
}

OuObject *ou_type_new_class(OuType *meta, OuObject *name, OuObject *bases, OuObject *ns, OuObject *kwargs)
{
    if (!ou_str_check(name) || !ou_tuple_check(bases) || !ou_dict_check(ns))
        return ou_err_set_string(&ou_exc_TypeError, "type.__new__() argument 1 must be str, 2 tuple, 3 dict");
    OuObject *owned_bases = NULL;
    if (ou_tuple_size(bases) == 0) {
        owned_bases = ou_tuple_pack(1, (OuObject *)&ou_object_type);
        if (owned_bases == NULL)
            return NULL;
        bases = owned_bases;
    }
    for (ou_ssize_t i = 0; i < ou_tuple_size(bases); i++) {
        OuObject *b = ou_tuple_get(bases, i);
        if (!ou_type_check(b)) {
            OU_XDECREF(owned_bases);
            return ou_err_format(&ou_exc_TypeError, "bases must be types");
        }
        if (!(((OuType *)b)->flags & OU_TPFLAGS_BASETYPE)) {
            OU_XDECREF(owned_bases);
            return ou_err_format(&ou_exc_TypeError, "type '%s' is not an acceptable base type", ((OuType *)b)->name);
        }
        for (ou_ssize_t j = 0; j < i; j++)
            if (ou_tuple_get(bases, j) == b) {
                OU_XDECREF(owned_bases);
                return ou_err_format(&ou_exc_TypeError, "duplicate base class %s", ((OuType *)b)->name);
            }
    }
    OuType *base = best_base(bases);
    if (base == NULL) {
        OU_XDECREF(owned_bases);
        return NULL;
    }
    OuHeapType *ht = (OuHeapType *)ou_object_new(meta);
    if (ht == NULL) {
        OU_XDECREF(owned_bases);
        return NULL;
    }
    OuType *t = &ht->type;
    // READY from the start: lookups on the half-built class must not run
    // the built-in types' readying on it.
    t->flags = OU_TPFLAGS_HEAPTYPE | OU_TPFLAGS_BASETYPE | OU_TPFLAGS_GC | OU_TPFLAGS_READY;
    t->base = (OuType *)ou_newref(base);
    t->bases = owned_bases ? owned_bases : ou_newref(bases);
    ht->ht_name = ou_newref(name);
    t->name = ou_str_utf8(name);
    t->dict = ou_dict_copy(ns);
    if (t->dict == NULL)
        goto fail;
    // __qualname__ comes from the class body; it is not a class attribute.
    OuObject *qualname = ou_dict_getitem_str(t->dict, "__qualname__");
    ht->ht_qualname = ou_newref(qualname && ou_str_check(qualname) ? qualname : name);
    if (qualname != NULL && del_key(t->dict, "__qualname__") < 0)
        goto fail;
    if (ou_dict_getitem_str(t->dict, "__module__") == NULL) {
        OuFrame *f = ou_state.frame;
        OuObject *mod = f ? ou_dict_getitem_str(f->globals, "__name__") : NULL;
        if (mod != NULL && ou_dict_setitem_str(t->dict, "__module__", mod) < 0)
            goto fail;
    }
    if (ou_dict_getitem_str(t->dict, "__doc__") == NULL && ou_dict_setitem_str(t->dict, "__doc__", ou_None) < 0)
        goto fail;
    // Defining __eq__ without __hash__ makes instances unhashable.
    if (ou_dict_getitem_str(t->dict, "__eq__") != NULL && ou_dict_getitem_str(t->dict, "__hash__") == NULL
        && ou_dict_setitem_str(t->dict, "__hash__", ou_None) < 0)
        goto fail;
    if (wrap_in(t->dict, "__new__", &ou_staticmethod_type) < 0
        || wrap_in(t->dict, "__init_subclass__", &ou_classmethod_type) < 0
        || wrap_in(t->dict, "__class_getitem__", &ou_classmethod_type) < 0)
        goto fail;

    OuObject *slots = ou_dict_getitem_str(t->dict, "__slots__");
    OuObject *slot_tuple = NULL;
    if (slots != NULL) {
        slot_tuple = ou_str_check(slots) ? ou_tuple_pack(1, slots) : ou_sequence_tuple(slots);
        if (slot_tuple == NULL)
            goto fail;
        ht->ht_slots = slot_tuple;
    }
    if (lay_out(ht, base, slot_tuple) < 0)
        goto fail;
    t->mro = c3_mro(t, t->bases);
    if (t->mro == NULL)
        goto fail;
    // Slots: start from the layout base's, then follow the dunders.
    ou_type_inherit_slots(t, base);
    t->dealloc = ou_instance_dealloc;
    t->traverse = ou_instance_traverse;
    t->clear = ou_instance_clear;
    t->flags |= base->flags & (OU_TPFLAGS_INT_SUBCLASS | OU_TPFLAGS_LIST_SUBCLASS | OU_TPFLAGS_TUPLE_SUBCLASS
                               | OU_TPFLAGS_STR_SUBCLASS | OU_TPFLAGS_DICT_SUBCLASS
                               | OU_TPFLAGS_BASE_EXC_SUBCLASS | OU_TPFLAGS_TYPE_SUBCLASS
                               | OU_TPFLAGS_BYTES_SUBCLASS);
    if (ou_type_fixup_slots(t) < 0)
        goto fail;
    // The class body's __class__ cell now refers to the class.
    OuObject *cell = ou_dict_getitem_str(t->dict, "__classcell__");
    if (cell != NULL) {
        if (OU_TYPE(cell) == &ou_cell_type)
            ou_cell_set(cell, ou_newref(t));
        if (del_key(t->dict, "__classcell__") < 0)
            goto fail;
    }
    ou_gc_track((OuObject *)t);
    if (register_subclass(t, 1) < 0 || set_names(t) < 0 || init_subclass(t, kwargs) < 0) {
        OU_DECREF(t);
        return NULL;
    }
    return (OuObject *)t;
fail:
    OU_DECREF(t);
    return NULL;
}

// ---- The heap type's own slots (a class is an object too) ----

static int heaptype_traverse(OuObject *o, OuVisitProc visit, void *arg)
{
    OuHeapType *ht = (OuHeapType *)o;
    OuType *t = &ht->type;
    OU_VISIT(t->dict);
    OU_VISIT(t->mro);
    OU_VISIT(t->bases);
    OU_VISIT(t->base);
    OU_VISIT(ht->ht_slots);
    OU_VISIT(OU_TYPE(o));
    return 0;
}

static int heaptype_clear(OuObject *o)
{
    OuType *t = (OuType *)o;
    OU_CLEAR(t->dict);
    OU_CLEAR(t->mro);
    return 0;
}

static void heaptype_dealloc(OuObject *o)
{
    OuHeapType *ht = (OuHeapType *)o;
    OuType *t = &ht->type;
    ou_gc_untrack(o);
    if (t->flags & OU_TPFLAGS_READY)
        register_subclass(t, 0);
    OU_CLEAR(t->dict);
    OU_CLEAR(t->mro);
    OU_CLEAR(t->bases);
    OU_CLEAR(t->subclasses);
    OU_CLEAR(ht->ht_slots);
    OU_CLEAR(ht->ht_qualname);
    OuType *base = t->base;
    t->base = NULL;
    OU_XDECREF(base);
    t->name = "<freed class>";
    OU_CLEAR(ht->ht_name);
    ou_object_free(o);
}

// ou_type_type's GC slots, for the classes among its instances.
int ou_type_traverse(OuObject *o, OuVisitProc visit, void *arg)
{
    if (!(((OuType *)o)->flags & OU_TPFLAGS_HEAPTYPE))
        return 0;
    return heaptype_traverse(o, visit, arg);
}

int ou_type_clear(OuObject *o)
{
    if (!(((OuType *)o)->flags & OU_TPFLAGS_HEAPTYPE))
        return 0;
    return heaptype_clear(o);
}

void ou_type_dealloc(OuObject *o)
{
    if (((OuType *)o)->flags & OU_TPFLAGS_HEAPTYPE)
        heaptype_dealloc(o);
}

// ---- __build_class__ ----

static OuType *calculate_meta(OuType *meta, OuObject *bases)
{
    OuType *winner = meta;
    for (ou_ssize_t i = 0; i < ou_tuple_size(bases); i++) {
        OuType *bt = OU_TYPE(ou_tuple_get(bases, i));
        if (ou_type_is_subtype(winner, bt))
            continue;
        if (ou_type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        ou_err_set_string(&ou_exc_TypeError,
                          "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                          "subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

OuObject *ou_build_class(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (nargs < 2)
        return ou_err_set_string(&ou_exc_TypeError, "__build_class__: not enough arguments");
    OuObject *func = args[0], *name = args[1];
    if (!ou_function_check(func))
        return ou_err_set_string(&ou_exc_TypeError, "__build_class__: func must be a function");
    if (!ou_str_check(name))
        return ou_err_set_string(&ou_exc_TypeError, "__build_class__: name is not a string");
    OuObject *bases = ou_tuple_from_array(args + 2, nargs - 2);
    if (bases == NULL)
        return NULL;
    OuObject *meta = NULL, *kwargs = NULL, *ns = NULL, *cls = NULL;
    ou_ssize_t nkw = kwnames ? ou_tuple_size(kwnames) : 0;
    if (nkw > 0 && (kwargs = ou_dict_new()) == NULL)
        goto done;
    for (ou_ssize_t i = 0; i < nkw; i++) {
        OuObject *k = ou_tuple_get(kwnames, i);
        if (ou_str_eq_cstr(k, "metaclass"))
            meta = args[nargs + i];
        else if (ou_dict_setitem(kwargs, k, args[nargs + i]) < 0)
            goto done;
    }
    int is_class = meta == NULL || ou_type_check(meta);
    if (is_class) {
        OuType *m = meta ? (OuType *)meta
                         : ou_tuple_size(bases) ? OU_TYPE(ou_tuple_get(bases, 0)) : &ou_type_type;
        m = calculate_meta(m, bases);
        if (m == NULL)
            goto done;
        meta = (OuObject *)m;
    }
    ns = ou_dict_new();
    if (ns == NULL)
        goto done;
    // Run the class body with the namespace as its locals.
    OuFunction *f = (OuFunction *)func;
    OuFrame *frame = ou_frame_new((OuCode *)f->code, func, f->globals, f->builtins, ns);
    if (frame == NULL)
        goto done;
    OuObject *cell = ou_vm_eval(frame);
    if (cell == NULL)
        goto done;
    if (OU_TYPE(cell) == &ou_cell_type && ou_dict_setitem_str(ns, "__classcell__", cell) < 0) {
        OU_DECREF(cell);
        goto done;
    }
    OU_DECREF(cell);
    OuObject *margs[3] = {name, bases, ns};
    if (kwargs != NULL && ou_dict_size(kwargs) > 0) {
        OuObject *t = ou_tuple_from_array(margs, 3);
        cls = t ? ou_vm_call_ex(meta, t, kwargs) : NULL;
        OU_XDECREF(t);
    } else {
        cls = ou_call(meta, margs, 3, NULL);
    }
done:
    OU_XDECREF(kwargs);
    OU_XDECREF(ns);
    OU_DECREF(bases);
    return cls;
}
