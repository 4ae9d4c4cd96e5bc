// runtime/instance.c: attribute storage, deallocation and collector support
// for instances of classes defined in Python (the layout is drawn in
// runtime/instance.h).
#include "runtime/instance.h"

#include <stdio.h>
#include <string.h>
#include "gc/gc.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "runtime/weakref.h"
#include "vm/vm.h"

// Past this many attributes an instance keeps a real dict instead.
#define MAX_TABLE_ATTRS 30

// ---- The attribute table ----

static ou_ssize_t table_find(OuAttrValues *v, OuObject *name)
{
    for (ou_ssize_t i = 0; i < v->used; i++)
        if (v->items[2 * i] == name)
            return i;
    for (ou_ssize_t i = 0; i < v->used; i++)
        if (ou_str_eq(v->items[2 * i], name))
            return i;
    return -1;
}

static void table_free(OuAttrValues *v)
{
    if (v == NULL)
        return;
    for (ou_ssize_t i = 0; i < 2 * v->used; i++)
        OU_DECREF(v->items[i]);
    ou_mem_free(v);
}

// Move the table into a new dict stored in the dict slot. 0 / -1.
static int materialize(OuObject *o)
{
    OuAttrValues **vs = ou_instance_values_slot(o);
    OuObject **ds = ou_instance_dict_slot(o);
    OuObject *d = ou_dict_new();
    if (d == NULL)
        return -1;
    OuAttrValues *v = vs ? *vs : NULL;
    for (ou_ssize_t i = 0; v != NULL && i < v->used; i++) {
        if (ou_dict_setitem(d, v->items[2 * i], v->items[2 * i + 1]) < 0) {
            OU_DECREF(d);
            return -1;
        }
    }
    if (vs != NULL) {
        *vs = NULL;
        table_free(v);
    }
    *ds = d;
    return 0;
}

int ou_instance_has_storage(OuObject *o)
{
    return OU_TYPE(o)->dictoffset > 0;
}

OuObject *ou_instance_attr_get(OuObject *o, OuObject *name, int *err)
{
    *err = 0;
    OuObject **ds = ou_instance_dict_slot(o);
    if (ds == NULL)
        return NULL;
    if (*ds != NULL) {
        OuObject *r = ou_dict_getitem(*ds, name);
        if (r == NULL && ou_err_occurred())
            *err = -1;
        return r;
    }
    OuAttrValues **vs = ou_instance_values_slot(o);
    if (vs == NULL || *vs == NULL)
        return NULL;
    ou_ssize_t i = table_find(*vs, name);
    return i < 0 ? NULL : (*vs)->items[2 * i + 1];
}

int ou_instance_attr_set(OuObject *o, OuObject *name, OuObject *value)
{
    OuObject **ds = ou_instance_dict_slot(o);
    OuAttrValues **vs = ou_instance_values_slot(o);
    if (*ds == NULL && vs == NULL && value != NULL && (*ds = ou_dict_new()) == NULL)
        return -1;
    if (*ds != NULL) {
        if (value != NULL)
            return ou_dict_setitem(*ds, name, value);
        int has = ou_dict_contains(*ds, name);
        if (has <= 0)
            return has < 0 ? -1 : 1;
        return ou_dict_delitem(*ds, name);
    }
    OuAttrValues *v = vs ? *vs : NULL;
    ou_ssize_t i = v ? table_find(v, name) : -1;
    if (value == NULL) {
        if (i < 0)
            return 1;
        OuObject *k = v->items[2 * i], *old = v->items[2 * i + 1];
        memmove(&v->items[2 * i], &v->items[2 * i + 2], sizeof(OuObject *) * (size_t)(2 * (v->used - i - 1)));
        v->used--;
        OU_DECREF(k);
        OU_DECREF(old);     // last: a finalizer may look at the instance
        return 0;
    }
    if (i >= 0) {
        OU_SETREF(v->items[2 * i + 1], ou_newref(value));
        return 0;
    }
    if (v != NULL && v->used >= MAX_TABLE_ATTRS) {
        if (materialize(o) < 0)
            return -1;
        return ou_dict_setitem(*ds, name, value);
    }
    if (v == NULL || v->used == v->capacity) {
        ou_ssize_t cap = v ? v->capacity * 2 : 2;     // most instances have few attributes
        OuAttrValues *nv = ou_mem_realloc_or_raise(v, sizeof(OuAttrValues) + sizeof(OuObject *) * (size_t)(2 * cap));
        if (nv == NULL)
            return -1;
        if (v == NULL)
            nv->used = 0;
        nv->capacity = cap;
        *vs = v = nv;
    }
    v->items[2 * v->used] = ou_newref(name);
    v->items[2 * v->used + 1] = ou_newref(value);
    v->used++;
    return 0;
}

OuObject *ou_instance_get_dict(OuObject *o)
{
    OuObject **ds = ou_instance_dict_slot(o);
    if (ds == NULL)
        return ou_err_format(&ou_exc_AttributeError, "'%s' object has no attribute '__dict__'", ou_type_name(o));
    if (*ds == NULL && materialize(o) < 0)
        return NULL;
    return ou_newref(*ds);
}

// ---- Collector support ----

// The member slots (`__slots__`) of each class along the MRO: every class
// that declared slots keeps its count and first offset.
static void visit_slots(OuObject *o, void (*fn)(OuObject **slot, void *arg), void *arg);

// The built-in type an instance's class derives its layout from.
static OuType *static_base(OuType *t)
{
    while (t != NULL && (t->flags & OU_TPFLAGS_HEAPTYPE))
        t = t->base;
    return t;
}

// The instance's dict slot when a Python class added it; NULL when there is
// none or the built-in base owns it (an exception's dict is the base's to
// visit and free).
static OuObject **own_dict_slot(OuObject *o)
{
    OuType *solid = static_base(OU_TYPE(o));
    return solid != NULL && solid->dictoffset != 0 ? NULL : ou_instance_dict_slot(o);
}

int ou_instance_traverse(OuObject *o, OuVisitProc visit, void *arg)
{
    // CPython's order (slots, attributes, class), which gc.get_referents shows.
    OuType *t = OU_TYPE(o);
    for (OuType *b = t; b != NULL && (b->flags & OU_TPFLAGS_HEAPTYPE); b = b->base) {
        OuHeapType *h = (OuHeapType *)b;
        for (ou_ssize_t i = 0; i < h->nslots; i++)
            OU_VISIT(*(OuObject **)((char *)o + h->slotsoffset + i * (ou_ssize_t)sizeof(OuObject *)));
    }
    OuAttrValues **vs = ou_instance_values_slot(o);
    if (vs != NULL && *vs != NULL)
        for (ou_ssize_t i = 0; i < (*vs)->used; i++)
            OU_VISIT((*vs)->items[2 * i + 1]);
    OuObject **ds = own_dict_slot(o);
    if (ds != NULL)
        OU_VISIT(*ds);
    // Instances hold their class.
    OU_VISIT(t);
    // The built-in base's own references (a list subclass's items …).
    OuType *solid = static_base(t);
    if (solid != NULL && solid->traverse != NULL)
        return solid->traverse(o, visit, arg);
    return 0;
}

static void clear_one(OuObject **slot, void *arg)
{
    OU_CLEAR(*slot);
}

static void visit_slots(OuObject *o, void (*fn)(OuObject **slot, void *arg), void *arg)
{
    for (OuType *b = OU_TYPE(o); b != NULL && (b->flags & OU_TPFLAGS_HEAPTYPE); b = b->base) {
        OuHeapType *h = (OuHeapType *)b;
        for (ou_ssize_t i = 0; i < h->nslots; i++)
            fn((OuObject **)((char *)o + h->slotsoffset + i * (ou_ssize_t)sizeof(OuObject *)), arg);
    }
}

int ou_instance_clear(OuObject *o)
{
    visit_slots(o, clear_one, NULL);
    OuAttrValues **vs = ou_instance_values_slot(o);
    if (vs != NULL && *vs != NULL) {
        OuAttrValues *v = *vs;
        *vs = NULL;
        table_free(v);
    }
    OuObject **ds = own_dict_slot(o);
    if (ds != NULL)
        OU_CLEAR(*ds);
    OuType *solid = static_base(OU_TYPE(o));
    if (solid != NULL && solid->clear != NULL)
        return solid->clear(o);
    return 0;
}

// ---- Deallocation ----

void ou_err_write_unraisable(OuObject *where)
{
    OuObject *exc = ou_err_fetch();
    if (exc == NULL)
        return;
    fflush(stdout);
    OuObject *r = where ? ou_object_repr(where) : NULL;
    if (r != NULL) {
        fprintf(stderr, "Exception ignored in: %s\n", ou_str_utf8(r));
        OU_DECREF(r);
    } else {
        ou_err_clear();
        fputs("Exception ignored in: <object repr() failed>\n", stderr);
    }
    ou_vm_print_exception(exc, stderr);
    OU_DECREF(exc);
}

// Run `__del__` once (PEP 442). Returns 1 when it resurrected the object.
static int call_finalizer(OuObject *o)
{
    OuType *t = OU_TYPE(o);
    if (t->finalize == NULL || ou_gc_is_finalized(o))
        return 0;
    ou_gc_set_finalized(o);
    o->refcnt = 1;          // a temporary reference for the call
    OuObject *saved = ou_err_fetch();
    t->finalize(o);
    ou_err_restore(saved);
    if (--o->refcnt == 0)
        return 0;
    // Something kept it: the object lives on, tracked again.
    if (!ou_gc_is_tracked(o))
        ou_gc_track(o);
    return 1;
}

void ou_instance_dealloc(OuObject *o)
{
    OuType *t = OU_TYPE(o);
    ou_gc_untrack(o);
    if (call_finalizer(o))
        return;
    // After `__del__` (which may still use its weak references), before the
    // fields go: a callback must never see a half-freed object. Not deferred
    // by the trashcan, so no reference ever leads to a parked object.
    ou_weakref_clear_refs(o);
    if (ou_trash_begin(o))
        return;
    visit_slots(o, clear_one, NULL);
    OuAttrValues **vs = ou_instance_values_slot(o);
    if (vs != NULL && *vs != NULL) {
        OuAttrValues *v = *vs;
        *vs = NULL;
        table_free(v);
    }
    OuObject **ds = own_dict_slot(o);
    if (ds != NULL)
        OU_CLEAR(*ds);
    // The built-in base frees what it owns and the memory (and, through
    // ou_object_free, releases the instance's reference to its class).
    static_base(t)->dealloc(o);
    ou_trash_end();
}
