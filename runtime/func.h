// runtime/func.h: Python functions: a code object with its globals,
// defaults and closure. Calling one runs the VM (vm/call.c).
#ifndef OURO_RUNTIME_FUNC_H
#define OURO_RUNTIME_FUNC_H

#include "runtime/object.h"

typedef struct {
    OU_OBJECT_HEAD
    OuObject *code;         // an OuCode
    OuObject *globals;      // dict
    OuObject *builtins;     // dict
    OuObject *name;         // str
    OuObject *qualname;     // str
    OuObject *defaults;     // tuple or NULL
    OuObject *kwdefaults;   // dict or NULL
    OuObject *closure;      // tuple of cells or NULL
    OuObject *doc;          // NULL until set; None when the body has no docstring
    OuObject *module;       // __module__ (the globals' __name__) or NULL
    OuObject *dict;         // __dict__ or NULL (function attributes)
    OuObject *annotations;  // dict or NULL
    OuObject *weaklist;     // weak references to the function
} OuFunction;

extern OuType ou_function_type;
static inline int ou_function_check(OuObject *o) { return OU_TYPE(o) == &ou_function_type; }

// New ref: a function for `code` in `globals` (borrowed). NULL + MemoryError.
OuObject *ou_function_new(OuObject *code, OuObject *globals);

#endif
