// runtime/bool.c: Python `bool`, the int subclass with exactly two
// instances. `True` and `False` are statically allocated OuInts whose type is
// bool; every other int behaviour (arithmetic, hashing, comparison) is
// inherited from int, so `True + True` is the int 2.
#include "runtime/int.h"

#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/type.h"

// The header is the first member of OuInt: initialised by position.
OuInt ou_true_struct = {OU_SINGLETON_HEAD(&ou_bool_type), 0, {.small = 1}};
OuInt ou_false_struct = {OU_SINGLETON_HEAD(&ou_bool_type), 0, {.small = 0}};

static OuObject *bool_repr(OuObject *o)
{
    return ou_str_from_cstr(o == ou_True ? "True" : "False");
}

static OuObject *bool_new(OuType *type, OuObject *const *args, ou_ssize_t nargs,
                          OuObject *kwnames)
{
    if (ou_args_no_kw("bool", kwnames) < 0 || ou_args_count("bool", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return ou_bool_from(0);
    int t = ou_object_is_true(args[0]);
    if (t < 0)
        return NULL;
    return ou_bool_from(t);
}

// Logical operators stay in bool only when both sides are bools.
static OuObject *bool_and(OuObject *a, OuObject *b)
{
    if (ou_bool_check(a) && ou_bool_check(b))
        return ou_bool_from(a == ou_True && b == ou_True);
    return ou_int_and(a, b);
}

static OuObject *bool_or(OuObject *a, OuObject *b)
{
    if (ou_bool_check(a) && ou_bool_check(b))
        return ou_bool_from(a == ou_True || b == ou_True);
    return ou_int_or(a, b);
}

static OuObject *bool_xor(OuObject *a, OuObject *b)
{
    if (ou_bool_check(a) && ou_bool_check(b))
        return ou_bool_from((a == ou_True) != (b == ou_True));
    return ou_int_xor(a, b);
}

// True and False are never freed; reaching a zero count is a refcount bug.
static void bool_dealloc(OuObject *o)
{
    ou_fatal("deallocating %s", o == ou_True ? "True" : "False");
}

OuType ou_bool_type = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "bool",
    .basicsize = sizeof(OuInt),
    .flags = OU_TPFLAGS_INT_SUBCLASS,
    .base = &ou_int_type,
    .doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\n"
           "The builtins True and False are the only two instances of the class bool.\n"
           "The class bool is a subclass of the class int, and cannot be subclassed.",
    .dealloc = bool_dealloc,
    .repr = bool_repr,
    .new = bool_new,
    .nb = {
        [OU_NB_AND] = bool_and,
        [OU_NB_OR] = bool_or,
        [OU_NB_XOR] = bool_xor,
    },
};
