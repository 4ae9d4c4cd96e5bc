// runtime/args.h: argument checking for built-in functions, so every
// builtin words its TypeErrors the same way CPython does.
#ifndef OURO_RUNTIME_ARGS_H
#define OURO_RUNTIME_ARGS_H

#include "runtime/object.h"

// Bind (args, nargs, kwnames) to the parameter names in `names` (NULL-
// terminated; a name of "" marks a positional-only slot). At most `maxpos`
// positional arguments are taken; parameters at index >= `required` may be
// missing. out[i] receives a borrowed reference or NULL when missing.
// Messages follow CPython's Argument Clinic: "f() takes at most 2 arguments
// (3 given)", "f() missing required argument 'x' (pos 1)", "f() got an
// unexpected keyword argument 'y'". 0 / -1.
int ou_args_parse(const char *fname, OuObject *const *args, ou_ssize_t nargs,
                  OuObject *kwnames, const char *const *names, int required,
                  int maxpos, OuObject **out);
// "f() takes no keyword arguments" unless kwnames is NULL or empty. 0 / -1.
int ou_args_no_kw(const char *fname, OuObject *kwnames);
// "f expected at least N arguments, got M" / "at most" style checks. 0 / -1.
int ou_args_count(const char *fname, ou_ssize_t nargs, ou_ssize_t min, ou_ssize_t max);
// An int argument that must fit in ou_ssize_t (via __index__). 0 / -1.
int ou_arg_ssize(OuObject *o, ou_ssize_t *out);

#endif
