// stdlib/modules.c: the table of modules written in C. `import` looks a name
// up here before it searches for a file.
#include "stdlib/stdlib.h"

#include "runtime/dict.h"
#include "runtime/state.h"

// sys is made once at startup with the real argv; importing it again
// hands out that module.
static OuObject *sys_module(void)
{
    if (ou_state.sys != NULL)
        return ou_newref(ou_state.sys);
    return ou_sys_init(0, NULL);
}

static OuObject *builtins_module(void)
{
    OuObject *m = ou_state.modules ? ou_dict_getitem_str(ou_state.modules, "builtins") : NULL;
    if (m != NULL)
        return ou_newref(m);
    return ou_builtins_init();
}

// Declared here until stdlib/stdlib.h lists them.

const OuBuiltinModule ou_builtin_modules[] = {
    { "sys", sys_module },
    { "builtins", builtins_module },
    { "math", ou_math_init },
    { "time", ou_time_init },
    { "random", ou_random_init },
    { "gc", ou_gc_module_init },
    { "weakref", ou_weakref_module_init },
    { "tracemalloc", ou_tracemalloc_init },
    { NULL, NULL },
};
