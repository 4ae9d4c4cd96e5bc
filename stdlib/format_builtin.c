// stdlib/format_builtin.c: the builtins format() and ascii(), thin wrappers
// over runtime/format.c. builtins.c puts them in its method table.
#include "runtime/format.h"

#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

static int no_keywords(const char *name, OuObject *kwnames)
{
    if (kwnames != NULL && ou_tuple_size(kwnames) > 0) {
        ou_err_format(&ou_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

static int arg_count(const char *name, ou_ssize_t nargs, ou_ssize_t min, ou_ssize_t max)
{
    if (nargs < min) {
        ou_err_format(&ou_exc_TypeError, "%s expected at least %zd argument%s, got %zd", name, min,
                      min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        ou_err_format(&ou_exc_TypeError, "%s expected at most %zd argument%s, got %zd", name, max,
                      max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

OuObject *ou_builtin_format(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (no_keywords("format", kwnames) < 0 || arg_count("format", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 1) {
        OuObject *empty = ou_str_empty();
        if (empty == NULL)
            return NULL;
        OuObject *r = ou_format_value(args[0], empty);
        OU_DECREF(empty);
        return r;
    }
    return ou_format_value(args[0], args[1]);
}

OuObject *ou_builtin_ascii(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (no_keywords("ascii", kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return ou_err_format(&ou_exc_TypeError, "ascii() takes exactly one argument (%zd given)", nargs);
    return ou_format_ascii(args[0]);
}
