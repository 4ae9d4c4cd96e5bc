// runtime/module.h: module objects: a name and a dict of globals.
#ifndef OURO_RUNTIME_MODULE_H
#define OURO_RUNTIME_MODULE_H

#include "runtime/object.h"

typedef struct {
    OU_OBJECT_HEAD
    OuObject *dict;         // the module's globals (a dict); never NULL
    OuObject *name;         // str
    int initializing;       // its code is running (an import in progress): vm/import.c
} OuModule;

extern OuType ou_module_type;
static inline int ou_module_check(OuObject *o) { return ou_is_instance_of(o, &ou_module_type); }
static inline OuObject *ou_module_dict(OuObject *m) { return ((OuModule *)m)->dict; }  // Borrowed

// New ref; sets __name__ and, as CPython's module type, __doc__, __package__,
// __loader__ and __spec__ to None.
OuObject *ou_module_new(const char *name);
// Add built-in functions (bound to the module) from a NULL-terminated table. 0 / -1.
int ou_module_add_functions(OuObject *m, const OuMethodDef *defs);
int ou_module_add_object(OuObject *m, const char *name, OuObject *value);  // Does not steal. 0 / -1.
int ou_module_add_int(OuObject *m, const char *name, int64_t value);       // 0 / -1

#endif
