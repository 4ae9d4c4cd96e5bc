// runtime/type.h: type objects: readying built-in types (filling `dict`
// from their method and getset tables, computing `mro`), attribute lookup
// along the MRO, and `type(x)`. Classes (`class` statements) build on this.
#ifndef OURO_RUNTIME_TYPE_H
#define OURO_RUNTIME_TYPE_H

#include "runtime/object.h"

// Inherit unset slots from `base`, build `dict`, `mro` and `bases`.
// Called once per built-in type at startup. 0 / -1.
int ou_type_ready(OuType *t);
void ou_type_fini(OuType *t);       // drop dict/mro/bases of a static type at exit
// Borrowed: the attribute `name` found along type's MRO, or NULL (no exception).
OuObject *ou_type_lookup(OuType *t, OuObject *name);
static inline int ou_type_check(OuObject *o) { return ou_type_has_flag(OU_TYPE(o), OU_TPFLAGS_TYPE_SUBCLASS); }

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
