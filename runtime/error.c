// runtime/error.c: the pending exception (`ou_state.exc`) and the ways to
// raise, test and clear it. The pending exception is always an instance;
// raising a class instantiates it first, as `raise ValueError` does.
#include "runtime/error.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/exc.h"
#include "runtime/int.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

// Make `exc` (stolen) the pending exception.
static void set_pending(OuObject *exc)
{
    OU_SETREF(ou_state.exc, exc);
}

OuObject *ou_err_formatv(OuType *type, const char *fmt, va_list ap)
{
    OuObject *msg = ou_str_from_formatv(fmt, ap);
    if (msg == NULL)
        return NULL;
    ou_err_set_object(type, msg);
    OU_DECREF(msg);
    return NULL;
}

OuObject *ou_err_format(OuType *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ou_err_formatv(type, fmt, ap);
    va_end(ap);
    return NULL;
}

OuObject *ou_err_set_string(OuType *type, const char *msg)
{
    OuObject *s = ou_str_from_cstr(msg);
    if (s == NULL)
        return NULL;
    ou_err_set_object(type, s);
    OU_DECREF(s);
    return NULL;
}

// The value is always the single argument (a tuple is not spread), so
// KeyError((1, 2)) keeps its tuple key.
OuObject *ou_err_set_object(OuType *type, OuObject *value)
{
    OuObject *exc = ou_exception_new(type, &value, value != NULL ? 1 : 0);
    if (exc == NULL)
        return NULL;        // the failure to build it is what is pending now
    set_pending(exc);
    return NULL;
}

OuObject *ou_err_set_exception(OuObject *exc)
{
    if (ou_exception_class_check(exc)) {
        OuObject *inst = ou_call_noargs(exc);
        if (inst == NULL)
            return NULL;
        if (!ou_exception_check(inst)) {
            ou_err_format(&ou_exc_TypeError,
                          "calling %R should have returned an instance of BaseException, not %s",
                          exc, ou_type_name(inst));
            OU_DECREF(inst);
            return NULL;
        }
        set_pending(inst);
        return NULL;
    }
    if (ou_exception_check(exc)) {
        set_pending(ou_newref(exc));
        return NULL;
    }
    return ou_err_format(&ou_exc_TypeError, "exceptions must derive from BaseException");
}

// Must not allocate: the instance was made at startup. Its traceback from
// an earlier raise is dropped so it does not grow a stale history.
OuObject *ou_err_no_memory(void)
{
    OuObject *me = ou_state.memory_error;
    if (me == NULL)
        ou_fatal("out of memory before the exception types were ready");
    ou_exception_set_traceback(me, NULL);
    OuBaseException *b = (OuBaseException *)me;
    OU_CLEAR(b->context);
    OU_CLEAR(b->cause);
    b->suppress_context = 0;
    set_pending(ou_newref(me));
    return NULL;
}

OuObject *ou_err_from_errno(OuObject *filename)
{
    int code = errno;
    OuObject *num = ou_int_from_i64(code);
    OuObject *msg = num ? ou_str_from_cstr(strerror(code)) : NULL;
    if (msg == NULL) {
        OU_XDECREF(num);
        return NULL;
    }
    OuObject *args[3] = { num, msg, filename };
    OuObject *exc = ou_exception_new(&ou_exc_OSError, args, filename != NULL ? 3 : 2);
    OU_DECREF(num);
    OU_DECREF(msg);
    if (exc != NULL)
        set_pending(exc);
    return NULL;
}

OuObject *ou_err_occurred(void)
{
    return ou_state.exc;
}

int ou_err_matches(OuType *type)
{
    OuObject *exc = ou_state.exc;
    return exc != NULL && ou_is_instance_of(exc, type);
}

void ou_err_clear(void)
{
    OU_CLEAR(ou_state.exc);
}

OuObject *ou_err_fetch(void)
{
    OuObject *exc = ou_state.exc;
    ou_state.exc = NULL;
    return exc;
}

void ou_err_restore(OuObject *exc)
{
    set_pending(exc);
}

int ou_exception_matches(OuObject *exc, OuObject *type_or_tuple)
{
    if (exc == NULL || type_or_tuple == NULL)
        return 0;
    if (ou_tuple_check(type_or_tuple)) {
        ou_ssize_t n = ou_tuple_size(type_or_tuple);
        for (ou_ssize_t i = 0; i < n; i++)
            if (ou_exception_matches(exc, ou_tuple_get(type_or_tuple, i)))
                return 1;
        return 0;
    }
    if (!ou_type_check(type_or_tuple))
        return 0;
    OuType *want = (OuType *)type_or_tuple;
    OuType *have = ou_type_check(exc) ? (OuType *)exc : OU_TYPE(exc);
    return have == want || ou_type_is_subtype(have, want);
}

_Noreturn void ou_fatal(const char *fmt, ...)
{
    fflush(stdout);
    fputs("Fatal Python error: ", stderr);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputs("\nPython runtime state: initialized\n", stderr);
    fflush(stderr);
    abort();
}
