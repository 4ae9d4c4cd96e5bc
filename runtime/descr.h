// runtime/descr.h: the descriptor types written for classes: `property`,
// `staticmethod`, `classmethod` and `super`.
//
// property is a data descriptor (it defines both halves of the protocol, so
// it wins over the instance's own attributes); staticmethod and classmethod
// only bind on lookup. super is not a descriptor of anything in particular:
// its `getattr` slot walks the MRO of the instance's class from just past a
// given class, and binds what it finds to the instance.
//
// Invariants: a property's fget/fset/fdel are NULL when absent (None is
// never stored); a super object's `obj` and `obj_type` are both NULL
// (unbound: `super(C)`) or both set, and obj_type is then a subtype of
// `type` (obj_type == obj when obj is itself a class).
#ifndef OURO_RUNTIME_DESCR_H
#define OURO_RUNTIME_DESCR_H

#include "runtime/object.h"

typedef struct {
    OU_OBJECT_HEAD
    OuObject *fget, *fset, *fdel;   // owned, NULL when absent
    OuObject *doc;                  // owned, NULL when unset
    OuObject *name;                 // owned, from __set_name__, NULL until then
    int getter_doc;                 // doc was taken from fget.__doc__
} OuProperty;

// staticmethod and classmethod share this layout.
typedef struct {
    OU_OBJECT_HEAD
    OuObject *callable;             // owned, never NULL
} OuFuncWrapper;

typedef struct {
    OU_OBJECT_HEAD
    OuType *type;                   // owned: __thisclass__, the class to skip past
    OuObject *obj;                  // owned: __self__, or NULL when unbound
    OuType *obj_type;               // owned: __self_class__, the MRO to search, or NULL
} OuSuper;

extern OuType ou_property_type, ou_staticmethod_type, ou_classmethod_type, ou_super_type;

static inline int ou_property_check(OuObject *o) { return ou_is_instance_of(o, &ou_property_type); }
static inline int ou_staticmethod_check(OuObject *o) { return ou_is_instance_of(o, &ou_staticmethod_type); }
static inline int ou_classmethod_check(OuObject *o) { return ou_is_instance_of(o, &ou_classmethod_type); }

// New ref: property(fget, fset, fdel, doc); each borrowed, NULL or None when
// absent. NULL + exception (only from reading fget.__doc__, or MemoryError).
OuObject *ou_property_new(OuObject *fget, OuObject *fset, OuObject *fdel, OuObject *doc);
// New ref: staticmethod(callable) / classmethod(callable); callable borrowed.
// NULL + MemoryError.
OuObject *ou_staticmethod_new(OuObject *callable);
OuObject *ou_classmethod_new(OuObject *callable);
// New ref: super(type, obj); both borrowed, obj NULL for an unbound super.
// NULL + TypeError when obj is neither an instance nor a subclass of type.
OuObject *ou_super_new(OuType *type, OuObject *obj);

#endif
