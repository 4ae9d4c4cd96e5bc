// stdlib/evalexec.h: the builtins that run source text at run time:
// eval(), exec() and compile(). Each is an OuCFunc for the builtins table.
#ifndef OURO_STDLIB_EVALEXEC_H
#define OURO_STDLIB_EVALEXEC_H

#include "runtime/object.h"

// eval(source, globals=None, locals=None): New ref to the value, or NULL.
OuObject *ou_builtin_eval(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames);
// exec(source, globals=None, locals=None): New ref to None, or NULL.
OuObject *ou_builtin_exec(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames);
// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1):
// New ref to a code object, or NULL (SyntaxError, ValueError, TypeError).
OuObject *ou_builtin_compile(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames);

#endif
