// stdlib/stdlib.h: the modules written in C, and the table `import` uses to
// find them. Each init function returns a new module object (New ref) or
// NULL with an exception set.
#ifndef OURO_STDLIB_STDLIB_H
#define OURO_STDLIB_STDLIB_H

#include "runtime/object.h"

OuObject *ou_builtins_init(void);                   // the `builtins` module
OuObject *ou_sys_init(int argc, char **argv);       // `sys`; argv[0] is the script
OuObject *ou_math_init(void);
OuObject *ou_time_init(void);
OuObject *ou_random_init(void);
OuObject *ou_tracemalloc_init(void);
OuObject *ou_gc_module_init(void);
OuObject *ou_weakref_module_init(void);

typedef struct {
    const char *name;
    OuObject *(*init)(void);
} OuBuiltinModule;
// NULL-terminated: every module `import` can load without a file.
extern const OuBuiltinModule ou_builtin_modules[];

// Modules written in Python and compiled into ouro (stdlib/py/*.py, turned
// into data by stdlib/embed.py at build time). NULL-terminated.
typedef struct {
    const char *name;
    const char *source;         // UTF-8, NUL-terminated
    size_t size;
} OuPyModule;
extern const OuPyModule ou_py_modules[];

#endif
