// runtime/error.h: raising, testing and clearing the pending exception.
// At most one exception is pending at a time; it is always a normalized
// exception instance (never a bare type), kept in `ou_state.exc`.
// Every `ou_err_*` that raises returns NULL so a caller can write
// `return ou_err_format(...)`; an int function calls it and returns -1.
#ifndef OURO_RUNTIME_ERROR_H
#define OURO_RUNTIME_ERROR_H

#include <stdarg.h>
#include "runtime/object.h"

// The built-in exception types, from the one list.
#define OU_EXC(name, base, layout) extern OuType ou_exc_##name;
#include "runtime/exc_list.h"
#undef OU_EXC

// Raise `type` with a message built by ou_str_from_format (printf-like; also
// %R = repr of an object, %S = str of an object, %T = the object's type name).
OuObject *ou_err_format(OuType *type, const char *fmt, ...);
OuObject *ou_err_formatv(OuType *type, const char *fmt, va_list ap);
OuObject *ou_err_set_string(OuType *type, const char *msg);
// Raise `type(value)`; value borrowed, may be NULL (no arguments).
OuObject *ou_err_set_object(OuType *type, OuObject *value);
// Raise an exception instance or class (as `raise x` does). Borrowed.
OuObject *ou_err_set_exception(OuObject *exc);
OuObject *ou_err_no_memory(void);       // MemoryError, preallocated: never allocates
// Raise OSError (the errno subclass) for `errno` with an optional filename.
OuObject *ou_err_from_errno(OuObject *filename);

OuObject *ou_err_occurred(void);        // Borrowed: the pending exception, or NULL
int ou_err_matches(OuType *type);       // pending exception is an instance of type: 1/0
void ou_err_clear(void);
OuObject *ou_err_fetch(void);           // New ref to the pending exception (cleared); NULL if none
void ou_err_restore(OuObject *exc);     // Steals exc (may be NULL: clears)

// `exc` is an instance of an exception class (or the class): 1/0.
int ou_exception_matches(OuObject *exc, OuObject *type_or_tuple);

// For broken invariants only: prints and aborts.
_Noreturn void ou_fatal(const char *fmt, ...);

#endif
