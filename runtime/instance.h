// runtime/instance.h: instances of classes defined in Python.
//
// Layout of an instance of `class C:` (whose only base is object):
//
//     [OuGCHead 16][refcnt, type 16][values 8][dict 8][weaklist 8]  = 56 bytes
//
// which is CPython 3.11's size for the same object. Until someone asks for
// `__dict__`, attributes live in `values`: a small insertion-ordered table
// owned by the instance but not itself an object, so to the collector a
// cycle of two plain instances is two objects, as in CPython 3.11. Asking
// for `__dict__` moves them into a real dict for good.
#ifndef OURO_RUNTIME_INSTANCE_H
#define OURO_RUNTIME_INSTANCE_H

#include "runtime/object.h"

typedef struct {
    ou_ssize_t used, capacity;
    OuObject *items[];          // name0, value0, name1, value1, ... (owned)
} OuAttrValues;

// The attribute table and dict slots of `o` (NULL when its type has none).
static inline OuAttrValues **ou_instance_values_slot(OuObject *o)
{
    ou_ssize_t off = OU_TYPE(o)->valuesoffset;
    return off > 0 ? (OuAttrValues **)((char *)o + off) : NULL;
}
static inline OuObject **ou_instance_dict_slot(OuObject *o)
{
    ou_ssize_t off = OU_TYPE(o)->dictoffset;
    return off > 0 ? (OuObject **)((char *)o + off) : NULL;
}

// Borrowed: the instance attribute `name` (from the table or the dict), or
// NULL; -1 in *err when a dict lookup failed.
OuObject *ou_instance_attr_get(OuObject *o, OuObject *name, int *err);
// Store (value non-NULL) or delete (value NULL) an instance attribute.
// 0 / -1; deleting a missing one returns 1 with no exception set.
int ou_instance_attr_set(OuObject *o, OuObject *name, OuObject *value);
// The instance's dict, created from its table on first request. New ref.
OuObject *ou_instance_get_dict(OuObject *o);
int ou_instance_has_storage(OuObject *o);       // type keeps per-instance attributes

// Slots shared by every class's instances (runtime/instance.c).
void ou_instance_dealloc(OuObject *o);
int ou_instance_traverse(OuObject *o, OuVisitProc visit, void *arg);
int ou_instance_clear(OuObject *o);

// Report an exception raised where nobody can catch it (`__del__`, a weakref
// callback), as CPython does: "Exception ignored in: <obj repr>" and the
// traceback, on stderr. Clears it.
void ou_err_write_unraisable(OuObject *where);

#endif
