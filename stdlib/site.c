// stdlib/site.c: `exit` and `quit`, the objects whose repr tells a REPL user
// how to leave and whose call raises SystemExit (CPython's
// `_sitebuiltins.Quitter`).
#include "stdlib/site.h"

#include <string.h>
#include "gc/gc.h"
#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

// Holds no references, so the collector never needs to see it.
typedef struct {
    OU_OBJECT_HEAD
    const char *name;       // "exit" or "quit": static text
} OuQuitter;

static void quitter_dealloc(OuObject *self)
{
    ou_object_free(self);
}

static OuObject *quitter_repr(OuObject *self)
{
    return ou_str_from_format("Use %s() or Ctrl-D (i.e. EOF) to exit", ((OuQuitter *)self)->name);
}

static OuObject *quitter_call(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    // Worded as for the Python method CPython defines, `__call__(self, code=None)`.
    ou_ssize_t nkw = kwnames ? ou_tuple_size(kwnames) : 0;
    if (nargs > 1)
        return ou_err_format(&ou_exc_TypeError,
                             "Quitter.__call__() takes from 1 to 2 positional arguments but %zd were given",
                             nargs + 1);
    static const char *const names[] = { "code", NULL };
    OuObject *code = NULL;
    if (nkw > 0 && ou_args_parse("Quitter.__call__", args, nargs, kwnames, names, 0, 1, &code) < 0)
        return NULL;
    if (nkw == 0 && nargs == 1)
        code = args[0];
    ou_err_set_object(&ou_exc_SystemExit, code != NULL ? code : ou_None);
    return NULL;
}

static OuType quitter_type = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "Quitter",
    .basicsize = sizeof(OuQuitter),
    .dealloc = quitter_dealloc,
    .repr = quitter_repr,
    .call = quitter_call,
};

static int add_quitter(OuObject *builtins, const char *name)
{
    OuObject *q = ou_object_new(&quitter_type);
    if (q == NULL)
        return -1;
    ((OuQuitter *)q)->name = name;
    int r = ou_dict_setitem_str(builtins, name, q);
    OU_DECREF(q);
    return r;
}

int ou_site_init(OuObject *builtins)
{
    if (ou_type_ready(&quitter_type) < 0)
        return -1;
    if (add_quitter(builtins, "exit") < 0 || add_quitter(builtins, "quit") < 0)
        return -1;
    return 0;
}
