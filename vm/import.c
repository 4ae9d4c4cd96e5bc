// vm/import.c: `import`. This release imports the modules built into ouro
// (stdlib/stdlib.h); modules from .py files come with a later release.
#include "vm/vm.h"

#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "stdlib/stdlib.h"

OuObject *ou_vm_import(OuObject *name, OuObject *globals, OuObject *fromlist, int level)
{
    if (level > 0)
        return ou_err_format(&ou_exc_ImportError, "attempted relative import with no known parent package");
    OuObject *m = ou_dict_getitem(ou_state.modules, name);
    if (m != NULL)
        return ou_newref(m);
    if (ou_err_occurred())
        return NULL;
    for (const OuBuiltinModule *b = ou_builtin_modules; b->name != NULL; b++) {
        if (!ou_str_eq_cstr(name, b->name))
            continue;
        m = b->init();
        if (m == NULL)
            return NULL;
        if (ou_dict_setitem(ou_state.modules, name, m) < 0) {
            OU_DECREF(m);
            return NULL;
        }
        return m;
    }
    ou_err_format(&ou_exc_ModuleNotFoundError, "No module named %R", name);
    OuImportError *e = (OuImportError *)ou_state.exc;
    OU_SETREF(e->name, ou_newref(name));
    return NULL;
}
