// runtime/type.h: type objects: readying built-in types (filling `dict`
// from their method and getset tables, computing `mro`), attribute lookup
// along the MRO, and `type(x)`. Classes (`class` statements) build on this.
#ifndef OURO_RUNTIME_TYPE_H
#define OURO_RUNTIME_TYPE_H

#include "runtime/object.h"

// Inherit unset slots from `base`, build `dict`, `mro` and `bases`.
// Called once per built-in type at startup. 0 / -1.
int ou_type_ready(OuType *t);
// Copy every slot `t` leaves unset from `b` (ou_type_ready does this for the base).
void ou_type_inherit_slots(OuType *t, OuType *b);
// `type`'s own GC slots and dealloc: they act only on classes (heap types).
int ou_type_traverse(OuObject *o, OuVisitProc visit, void *arg);
int ou_type_clear(OuObject *o);
void ou_type_dealloc(OuObject *o);
extern OuType ou_member_descr_type;     // member_descriptor (`__slots__` entries)
extern OuType ou_mappingproxy_type;     // a class's read-only `__dict__`
OuObject *ou_mappingproxy_new(OuObject *mapping);   // New ref; mapping borrowed
void ou_type_fini(OuType *t);       // drop dict/mro/bases of a static type at exit
// Borrowed: the attribute `name` found along type's MRO, or NULL (no exception).
OuObject *ou_type_lookup(OuType *t, OuObject *name);
static inline int ou_type_check(OuObject *o) { return ou_type_has_flag(OU_TYPE(o), OU_TPFLAGS_TYPE_SUBCLASS); }

// A class defined in Python (runtime/class.c): a type object with the
// parts a `class` statement gives it.
typedef struct {
    OuType type;                // `name` points into ht_name
    OuObject *ht_name;          // str: __name__
    OuObject *ht_qualname;      // str: __qualname__
    OuObject *ht_slots;         // tuple of the names in this class's __slots__, or NULL
    ou_ssize_t nslots;          // member slots this class adds …
    ou_ssize_t slotsoffset;     // … starting at this offset in the instance
} OuHeapType;

// `type(name, bases, dict)` and the class statement's end (runtime/class.c).
OuObject *ou_type_new_class(OuType *meta, OuObject *name, OuObject *bases, OuObject *ns,
                            OuObject *kwargs);   // New ref
// Point each slot of `t` at the dunder methods its MRO defines, or at the
// built-in base's C function (runtime/slots.c). 0 / -1.
int ou_type_fixup_slots(OuType *t);
// Give a static type's dict a `__add__`, `__repr__`, `__init__` … wrapper for
// every slot it fills, so Python code can call and override them. 0 / -1.
int ou_type_add_slot_wrappers(OuType *t);
// Update the slot of `t` that the dunder `name` feeds, after C.name = v.
int ou_type_update_slot(OuType *t, OuObject *name);
OuObject *ou_type_subclasses(OuType *t);    // New ref: list of the live direct subclasses
void ou_slots_fini(void);   // drop the cached special-method names (at exit)
// The `__build_class__` builtin.
OuObject *ou_build_class(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames);

// `int.__add__`, `object.__repr__`: a built-in type's C slot as a method
// (runtime/slots.c).
extern OuType ou_wrapper_descr_type;
typedef struct {
    OU_OBJECT_HEAD
    OuType *owner;
    const char *name;
    size_t offset;              // of the wrapped slot in OuType
    int wrap, op;               // how to call it (private to slots.c)
} OuWrapperDescr;

// Built-in functions and methods (runtime/cfunc.c).
extern OuType ou_cfunc_type;           // builtin_function_or_method
extern OuType ou_method_descr_type;    // method_descriptor (e.g. list.append)
extern OuType ou_getset_descr_type;    // getset_descriptor
extern OuType ou_classmethod_descr_type;
typedef struct {
    OU_OBJECT_HEAD
    const OuMethodDef *def;
    OuObject *self;             // bound object (module or instance); may be NULL
    OuObject *module_name;      // for functions of modules; may be NULL
} OuCFunction;
typedef struct {
    OU_OBJECT_HEAD
    OuType *owner;
    const OuMethodDef *def;
} OuMethodDescr;
typedef struct {
    OU_OBJECT_HEAD
    OuType *owner;
    const OuGetSetDef *def;
} OuGetSetDescr;
OuObject *ou_cfunc_new(const OuMethodDef *def, OuObject *self);   // New ref
OuObject *ou_method_descr_new(OuType *owner, const OuMethodDef *def);
OuObject *ou_getset_descr_new(OuType *owner, const OuGetSetDef *def);

#endif
