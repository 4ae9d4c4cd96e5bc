// runtime/args.c: binding and checking the arguments of built-in functions,
// worded as CPython 3.11's Argument Clinic words them.
#include "runtime/args.h"

#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

static const char *plural(ou_ssize_t n)
{
    return n == 1 ? "" : "s";
}

// Borrowed: the value passed by keyword for `name`, or NULL.
static OuObject *find_keyword(OuObject *kwnames, OuObject *const *kwvalues, const char *name)
{
    ou_ssize_t n = ou_tuple_size(kwnames);
    for (ou_ssize_t i = 0; i < n; i++)
        if (ou_str_eq_cstr(ou_tuple_get(kwnames, i), name))
            return kwvalues[i];
    return NULL;
}

static int name_known(const char *const *names, int nparams, OuObject *key)
{
    for (int i = 0; i < nparams; i++)
        if (names[i][0] != '\0' && ou_str_eq_cstr(key, names[i]))
            return 1;
    return 0;
}

int ou_args_parse(const char *fname, OuObject *const *args, ou_ssize_t nargs,
                  OuObject *kwnames, const char *const *names, int required,
                  int maxpos, OuObject **out)
{
    int nparams = 0, posonly = 0;
    while (names[nparams] != NULL)
        nparams++;
    while (posonly < nparams && names[posonly][0] == '\0')
        posonly++;
    int minpos = required < maxpos ? required : maxpos;
    ou_ssize_t nkw = kwnames != NULL ? ou_tuple_size(kwnames) : 0;
    OuObject *const *kwvalues = args + nargs;

    if (nargs + nkw > nparams) {
        ou_err_format(&ou_exc_TypeError, "%s() takes at most %d %sargument%s (%zd given)",
                      fname, nparams, nargs == 0 ? "keyword " : "", plural(nparams), nargs + nkw);
        return -1;
    }
    if (nargs > maxpos) {
        if (maxpos == 0)
            ou_err_format(&ou_exc_TypeError, "%s() takes no positional arguments", fname);
        else
            ou_err_format(&ou_exc_TypeError, "%s() takes %s %d positional argument%s (%zd given)",
                          fname, minpos < maxpos ? "at most" : "exactly", maxpos, plural(maxpos), nargs);
        return -1;
    }
    if (nargs < minpos && minpos <= posonly) {
        ou_err_format(&ou_exc_TypeError, "%s() takes %s %d positional argument%s (%zd given)",
                      fname, minpos < maxpos ? "at least" : "exactly", minpos, plural(minpos), nargs);
        return -1;
    }
    ou_ssize_t kw_used = 0;
    for (int i = 0; i < nparams; i++) {
        OuObject *v = NULL;
        if (i < nargs) {
            v = args[i];
        } else if (nkw > 0 && names[i][0] != '\0') {
            v = find_keyword(kwnames, kwvalues, names[i]);
            if (v != NULL)
                kw_used++;
        }
        if (v == NULL && i < required) {
            if (i < posonly)
                ou_err_format(&ou_exc_TypeError, "%s() takes %s %d positional argument%s (%zd given)",
                              fname, minpos < maxpos ? "at least" : "exactly", minpos, plural(minpos), nargs);
            else if (i >= maxpos)
                ou_err_format(&ou_exc_TypeError, "%s() missing required keyword-only argument '%s'",
                              fname, names[i]);
            else
                ou_err_format(&ou_exc_TypeError, "%s() missing required argument '%s' (pos %d)",
                              fname, names[i], i + 1);
            return -1;
        }
        out[i] = v;
    }
    if (kw_used < nkw) {
        for (int i = posonly; i < nargs; i++) {
            if (find_keyword(kwnames, kwvalues, names[i]) != NULL) {
                ou_err_format(&ou_exc_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                              fname, names[i], i + 1);
                return -1;
            }
        }
        for (ou_ssize_t k = 0; k < nkw; k++) {
            OuObject *key = ou_tuple_get(kwnames, k);
            if (!name_known(names, nparams, key)) {
                ou_err_format(&ou_exc_TypeError, "'%U' is an invalid keyword argument for %s()", key, fname);
                return -1;
            }
        }
        // A known name bound to a positional-only slot.
        ou_err_format(&ou_exc_TypeError, "'%U' is an invalid keyword argument for %s()",
                      ou_tuple_get(kwnames, 0), fname);
        return -1;
    }
    return 0;
}

int ou_args_no_kw(const char *fname, OuObject *kwnames)
{
    if (kwnames != NULL && ou_tuple_size(kwnames) > 0) {
        ou_err_format(&ou_exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    return 0;
}

int ou_args_count(const char *fname, ou_ssize_t nargs, ou_ssize_t min, ou_ssize_t max)
{
    if (nargs < min) {
        ou_err_format(&ou_exc_TypeError, "%s expected %s%zd argument%s, got %zd",
                      fname, min == max ? "" : "at least ", min, plural(min), nargs);
        return -1;
    }
    if (nargs > max) {
        ou_err_format(&ou_exc_TypeError, "%s expected %s%zd argument%s, got %zd",
                      fname, min == max ? "" : "at most ", max, plural(max), nargs);
        return -1;
    }
    return 0;
}

int ou_arg_ssize(OuObject *o, ou_ssize_t *out)
{
    ou_ssize_t v = ou_number_as_ssize(o, &ou_exc_OverflowError);
    if (v == -1 && ou_err_occurred())
        return -1;
    *out = v;
    return 0;
}
