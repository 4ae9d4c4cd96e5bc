// stdlib/builtins.c: the `builtins` module: the functions every script can
// call without an import, the built-in types and exceptions by name, and the
// constants. `__build_class__` and `__import__` are added by the VM.
// The lazy builtins (enumerate, zip, reversed, map, filter) are types and
// live in runtime/iter.c.
#include "stdlib/stdlib.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/descr.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/format.h"
#include "runtime/exc.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/set.h"
#include "runtime/slice.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "stdlib/evalexec.h"
#include "stdlib/stream.h"
#include "vm/frame.h"

// Defined by runtime/range.c, which has no header yet.
extern OuType ou_range_type;

// ---- Helpers ----

// The check of a one-argument builtin: "len() takes exactly one argument (0 given)".
static int one_arg(const char *fname, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw(fname, kwnames) < 0)
        return -1;
    if (nargs != 1) {
        ou_err_format(&ou_exc_TypeError, "%s() takes exactly one argument (%zd given)", fname, nargs);
        return -1;
    }
    return 0;
}

static int positional(const char *fname, ou_ssize_t nargs, OuObject *kwnames, ou_ssize_t min, ou_ssize_t max)
{
    if (ou_args_no_kw(fname, kwnames) < 0)
        return -1;
    return ou_args_count(fname, nargs, min, max);
}

// New ref: call the special method `name` found on obj's type (not on the
// instance, as the interpreter does for dunders), or NULL without an
// exception when the type has none.
static OuObject *call_special(OuObject *obj, const char *name, OuObject *const *args, ou_ssize_t nargs,
                              int *found)
{
    *found = 0;
    OuObject *n = ou_str_intern_cstr(name);
    if (n == NULL)
        return NULL;
    OuObject *descr = ou_type_lookup(OU_TYPE(obj), n);
    OU_DECREF(n);
    if (descr == NULL)
        return NULL;
    *found = 1;
    OuTernaryFunc get = OU_TYPE(descr)->descr_get;
    OuObject *bound = get ? get(descr, obj, (OuObject *)OU_TYPE(obj)) : ou_newref(descr);
    if (bound == NULL)
        return NULL;
    OuObject *r = ou_call(bound, args, nargs, NULL);
    OU_DECREF(bound);
    return r;
}

static int check_attr_name(OuObject *name)
{
    if (!ou_str_check(name)) {
        ou_err_format(&ou_exc_TypeError, "attribute name must be string, not '%s'", ou_type_name(name));
        return -1;
    }
    return 0;
}

// ---- print ----

static OuObject *builtin_print(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    static const char *const names[] = { "sep", "end", "file", "flush", NULL };
    OuObject *kw[4] = { NULL, NULL, NULL, NULL };
    if (ou_args_parse("print", args + nargs, 0, kwnames, names, 0, 0, kw) < 0)
        return NULL;
    OuObject *sep = kw[0], *end = kw[1], *file = kw[2], *flush = kw[3];
    if (sep == ou_None)
        sep = NULL;
    if (end == ou_None)
        end = NULL;
    if (sep != NULL && !ou_str_check(sep))
        return ou_err_format(&ou_exc_TypeError, "sep must be None or a string, not %s", ou_type_name(sep));
    if (end != NULL && !ou_str_check(end))
        return ou_err_format(&ou_exc_TypeError, "end must be None or a string, not %s", ou_type_name(end));
    if (file == NULL || file == ou_None) {
        file = ou_state.sys ? ou_dict_getitem_str(ou_module_dict(ou_state.sys), "stdout") : NULL;
        if (file == NULL && ou_err_occurred())
            return NULL;
        // No sys.stdout (startup, or deleted): nothing to print to.
        if (file == ou_None)
            return ou_return_none();
    }
    for (ou_ssize_t i = 0; i < nargs; i++) {
        if (i > 0) {
            int r;
            if (sep != NULL) {
                r = file ? ou_stream_write_str(file, sep) : (fputs(ou_str_utf8(sep), stdout), 0);
            } else if (file != NULL) {
                OuObject *space = ou_str_from_cstr(" ");
                r = space ? ou_stream_write_str(file, space) : -1;
                OU_XDECREF(space);
            } else {
                r = fputc(' ', stdout) == EOF ? -1 : 0;
            }
            if (r < 0)
                return NULL;
        }
        OuObject *s = ou_object_str(args[i]);
        if (s == NULL)
            return NULL;
        int r = file ? ou_stream_write_str(file, s)
                     : (fwrite(ou_str_utf8(s), 1, (size_t)ou_str_size(s), stdout), 0);
        OU_DECREF(s);
        if (r < 0)
            return NULL;
    }
    int r;
    if (end != NULL) {
        r = file ? ou_stream_write_str(file, end) : (fputs(ou_str_utf8(end), stdout), 0);
    } else if (file != NULL) {
        OuObject *nl = ou_str_from_cstr("\n");
        r = nl ? ou_stream_write_str(file, nl) : -1;
        OU_XDECREF(nl);
    } else {
        r = fputc('\n', stdout) == EOF ? -1 : 0;
    }
    if (r < 0)
        return NULL;
    if (flush != NULL) {
        int f = ou_object_is_true(flush);
        if (f < 0)
            return NULL;
        if (f) {
            if (file == NULL || ou_stream_check(file)) {
                fflush(file ? ((OuStream *)file)->fp : stdout);
            } else {
                OuObject *res = ou_call_method(file, "flush", NULL, 0);
                if (res == NULL)
                    return NULL;
                OU_DECREF(res);
            }
        }
    }
    return ou_return_none();
}

// ---- Simple one-argument builtins ----

static OuObject *builtin_len(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (one_arg("len", nargs, kwnames) < 0)
        return NULL;
    ou_ssize_t n = ou_object_len(args[0]);
    return n < 0 ? NULL : ou_int_from_i64(n);
}

static OuObject *builtin_repr(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (one_arg("repr", nargs, kwnames) < 0)
        return NULL;
    return ou_object_repr(args[0]);
}

static OuObject *builtin_id(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (one_arg("id", nargs, kwnames) < 0)
        return NULL;
    return ou_int_from_u64((uint64_t)(uintptr_t)args[0]);
}

static OuObject *builtin_globals(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("globals", kwnames) < 0)
        return NULL;
    if (nargs != 0)
        return ou_err_format(&ou_exc_TypeError, "globals() takes no arguments (%zd given)", nargs);
    OuFrame *f = ou_state.frame;
    return f ? ou_newref(f->globals) : ou_return_none();
}

static OuObject *builtin_locals(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("locals", kwnames) < 0)
        return NULL;
    if (nargs != 0)
        return ou_err_format(&ou_exc_TypeError, "locals() takes no arguments (%zd given)", nargs);
    OuFrame *f = ou_state.frame;
    return f ? ou_frame_locals(f) : ou_return_none();
}

static OuObject *builtin_vars(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("vars", kwnames) < 0)
        return NULL;
    if (nargs > 1)
        return ou_err_format(&ou_exc_TypeError, "vars expected at most 1 argument, got %zd", nargs);
    if (nargs == 0)
        return builtin_locals(self, args, 0, NULL);
    OuObject *d = ou_object_getattr_str(args[0], "__dict__");
    if (d == NULL && ou_err_matches(&ou_exc_AttributeError)) {
        ou_err_clear();
        ou_err_set_string(&ou_exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

static OuObject *builtin_dir(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("dir", kwnames) < 0)
        return NULL;
    if (nargs > 1)
        return ou_err_format(&ou_exc_TypeError, "dir expected at most 1 argument, got %zd", nargs);
    if (nargs == 0) {
        OuObject *l = builtin_locals(self, args, 0, NULL);
        if (l == NULL)
            return NULL;
        OuObject *keys = ou_dict_keys_list(l);
        OU_DECREF(l);
        if (keys != NULL && ou_list_sort(keys, NULL, 0) < 0)
            OU_CLEAR(keys);
        return keys;
    }
    OuObject *r = ou_call_method(args[0], "__dir__", NULL, 0);
    if (r == NULL)
        return NULL;
    OuObject *l = ou_sequence_list(r);
    OU_DECREF(r);
    if (l != NULL && ou_list_sort(l, NULL, 0) < 0)
        OU_CLEAR(l);
    return l;
}

static OuObject *builtin_hash(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (one_arg("hash", nargs, kwnames) < 0)
        return NULL;
    ou_hash_t h = ou_object_hash(args[0]);
    return h == -1 ? NULL : ou_int_from_i64(h);
}

static OuObject *builtin_abs(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (one_arg("abs", nargs, kwnames) < 0)
        return NULL;
    return ou_number_absolute(args[0]);
}

static OuObject *builtin_callable(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (one_arg("callable", nargs, kwnames) < 0)
        return NULL;
    OuObject *o = args[0];
    return ou_bool_from(OU_TYPE(o)->call != NULL || ou_type_check(o));
}

static OuObject *builtin_ord(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (one_arg("ord", nargs, kwnames) < 0)
        return NULL;
    OuObject *c = args[0];
    if (ou_bytes_check(c)) {
        if (ou_bytes_size(c) != 1)
            return ou_err_format(&ou_exc_TypeError, "ord() expected a character, but string of length %zd found",
                                 ou_bytes_size(c));
        return ou_int_from_i64((unsigned char)ou_bytes_data(c)[0]);
    }
    if (!ou_str_check(c))
        return ou_err_format(&ou_exc_TypeError, "ord() expected string of length 1, but %s found",
                             ou_type_name(c));
    if (ou_str_length(c) != 1)
        return ou_err_format(&ou_exc_TypeError, "ord() expected a character, but string of length %zd found",
                             ou_str_length(c));
    return ou_int_from_i64(ou_str_codepoint_at(c, 0));
}

static OuObject *builtin_chr(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (one_arg("chr", nargs, kwnames) < 0)
        return NULL;
    OuObject *i = ou_number_index(args[0]);
    if (i == NULL)
        return NULL;
    int64_t v;
    int r = ou_int_as_i64(i, &v);
    OU_DECREF(i);
    if (r < 0 || v < INT_MIN || v > INT_MAX) {
        ou_err_clear();
        return ou_err_format(&ou_exc_OverflowError, "Python int too large to convert to C int");
    }
    if (v < 0 || v > 0x10FFFF)
        return ou_err_format(&ou_exc_ValueError, "chr() arg not in range(0x110000)");
    return ou_str_from_codepoint((uint32_t)v);
}

static OuObject *format_base(const char *fname, OuObject *const *args, ou_ssize_t nargs,
                             OuObject *kwnames, int base)
{
    if (one_arg(fname, nargs, kwnames) < 0)
        return NULL;
    OuObject *i = ou_number_index(args[0]);
    if (i == NULL)
        return NULL;
    OuObject *r = ou_int_format_base(i, base);
    OU_DECREF(i);
    return r;
}

static OuObject *builtin_hex(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return format_base("hex", args, nargs, kwnames, 16);
}

static OuObject *builtin_oct(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return format_base("oct", args, nargs, kwnames, 8);
}

static OuObject *builtin_bin(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return format_base("bin", args, nargs, kwnames, 2);
}

// ---- any, all ----

static OuObject *any_all(const char *fname, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames,
                         int stop_on)
{
    if (one_arg(fname, nargs, kwnames) < 0)
        return NULL;
    OuObject *it = ou_object_iter(args[0]);
    if (it == NULL)
        return NULL;
    OuObject *item;
    while ((item = ou_iter_next(it)) != NULL) {
        int t = ou_object_is_true(item);
        OU_DECREF(item);
        if (t < 0) {
            OU_DECREF(it);
            return NULL;
        }
        if (t == stop_on) {
            OU_DECREF(it);
            return ou_bool_from(stop_on);
        }
    }
    OU_DECREF(it);
    if (ou_err_occurred())
        return NULL;
    return ou_bool_from(!stop_on);
}

static OuObject *builtin_any(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return any_all("any", args, nargs, kwnames, 1);
}

static OuObject *builtin_all(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return any_all("all", args, nargs, kwnames, 0);
}

// ---- isinstance, issubclass ----

// 1/0/-1. `cls` is a type or a (nested) tuple of types.
static int is_instance(OuObject *obj, OuObject *cls)
{
    if (ou_type_check(cls))
        return ou_is_instance_of(obj, (OuType *)cls);
    if (ou_tuple_check(cls)) {
        ou_ssize_t n = ou_tuple_size(cls);
        for (ou_ssize_t i = 0; i < n; i++) {
            int r = is_instance(obj, ou_tuple_get(cls, i));
            if (r != 0)
                return r;
        }
        return 0;
    }
    ou_err_format(&ou_exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

static int is_subclass(OuObject *derived, OuObject *cls)
{
    if (ou_type_check(cls)) {
        OuType *d = (OuType *)derived;
        return d == (OuType *)cls || ou_type_is_subtype(d, (OuType *)cls);
    }
    if (ou_tuple_check(cls)) {
        ou_ssize_t n = ou_tuple_size(cls);
        for (ou_ssize_t i = 0; i < n; i++) {
            int r = is_subclass(derived, ou_tuple_get(cls, i));
            if (r != 0)
                return r;
        }
        return 0;
    }
    ou_err_format(&ou_exc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
}

static OuObject *builtin_isinstance(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (positional("isinstance", nargs, kwnames, 2, 2) < 0)
        return NULL;
    int r = is_instance(args[0], args[1]);
    return r < 0 ? NULL : ou_bool_from(r);
}

static OuObject *builtin_issubclass(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (positional("issubclass", nargs, kwnames, 2, 2) < 0)
        return NULL;
    if (!ou_type_check(args[0]))
        return ou_err_format(&ou_exc_TypeError, "issubclass() arg 1 must be a class");
    int r = is_subclass(args[0], args[1]);
    return r < 0 ? NULL : ou_bool_from(r);
}

// ---- min, max ----

static OuObject *min_max(const char *fname, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames, int op)
{
    OuObject *key = NULL, *dflt = NULL;
    ou_ssize_t nkw = kwnames ? ou_tuple_size(kwnames) : 0;
    for (ou_ssize_t i = 0; i < nkw; i++) {
        OuObject *k = ou_tuple_get(kwnames, i);
        if (ou_str_eq_cstr(k, "key"))
            key = args[nargs + i];
        else if (ou_str_eq_cstr(k, "default"))
            dflt = args[nargs + i];
        else
            return ou_err_format(&ou_exc_TypeError, "'%U' is an invalid keyword argument for %s()", k, fname);
    }
    if (nargs == 0)
        return ou_err_format(&ou_exc_TypeError, "%s expected at least 1 argument, got 0", fname);
    if (nargs > 1 && dflt != NULL)
        return ou_err_format(&ou_exc_TypeError,
                             "Cannot specify a default for %s() with multiple positional arguments", fname);
    if (key == ou_None)
        key = NULL;
    OuObject *seq = NULL;
    if (nargs > 1 && (seq = ou_tuple_from_array(args, nargs)) == NULL)
        return NULL;
    OuObject *it = ou_object_iter(nargs == 1 ? args[0] : seq);
    OU_XDECREF(seq);
    if (it == NULL)
        return NULL;
    OuObject *best = NULL, *best_key = NULL, *item;
    while ((item = ou_iter_next(it)) != NULL) {
        OuObject *k = key ? ou_call_one(key, item) : ou_newref(item);
        if (k == NULL) {
            OU_DECREF(item);
            goto error;
        }
        if (best == NULL) {
            best = item;
            best_key = k;
            continue;
        }
        int better = ou_object_richcompare_bool(k, best_key, op);
        if (better < 0) {
            OU_DECREF(item);
            OU_DECREF(k);
            goto error;
        }
        if (better) {
            OU_SETREF(best, item);
            OU_SETREF(best_key, k);
        } else {
            OU_DECREF(item);
            OU_DECREF(k);
        }
    }
    if (ou_err_occurred())
        goto error;
    OU_DECREF(it);
    OU_XDECREF(best_key);
    if (best != NULL)
        return best;
    if (dflt != NULL)
        return ou_newref(dflt);
    return ou_err_format(&ou_exc_ValueError, "%s() arg is an empty sequence", fname);
error:
    OU_DECREF(it);
    OU_XDECREF(best);
    OU_XDECREF(best_key);
    return NULL;
}

static OuObject *builtin_min(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return min_max("min", args, nargs, kwnames, OU_LT);
}

static OuObject *builtin_max(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return min_max("max", args, nargs, kwnames, OU_GT);
}

// ---- sum ----

// Ints that fit in 64 bits are added in C until one overflows or a
// non-int arrives; then the running total becomes an object again.
static OuObject *builtin_sum(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    static const char *const names[] = { "", "start", NULL };
    OuObject *a[2];
    if (ou_args_parse("sum", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    OuObject *start = a[1];
    if (start != NULL) {
        const char *tn = ou_type_name(start);
        if (ou_str_check(start))
            return ou_err_format(&ou_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        if (strcmp(tn, "bytes") == 0)
            return ou_err_format(&ou_exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
        if (strcmp(tn, "bytearray") == 0)
            return ou_err_format(&ou_exc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    OuObject *it = ou_object_iter(a[0]);
    if (it == NULL)
        return NULL;
    OuObject *total = start ? ou_newref(start) : ou_int_from_i64(0);
    if (total == NULL)
        goto error;
    OuObject *item;
    if (ou_int_check_exact(total) && ou_int_is_small(total)) {
        int64_t acc = ou_int_small_value(total);
        while ((item = ou_iter_next(it)) != NULL) {
            int64_t v, r;
            if (ou_int_check_exact(item) && ou_int_is_small(item)
                && !__builtin_add_overflow(acc, (v = ou_int_small_value(item)), &r)) {
                acc = r;
                OU_DECREF(item);
                continue;
            }
            // Leave the fast path: fold in `item` the general way.
            OuObject *t = ou_int_from_i64(acc);
            if (t == NULL) {
                OU_DECREF(item);
                goto error;
            }
            OU_SETREF(total, t);
            OuObject *s = ou_number_binop(total, item, OU_NB_ADD);
            OU_DECREF(item);
            if (s == NULL)
                goto error;
            OU_SETREF(total, s);
            goto general;
        }
        if (ou_err_occurred())
            goto error;
        OuObject *t = ou_int_from_i64(acc);
        if (t == NULL)
            goto error;
        OU_SETREF(total, t);
        OU_DECREF(it);
        return total;
    }
general:
    while ((item = ou_iter_next(it)) != NULL) {
        OuObject *s = ou_number_binop(total, item, OU_NB_ADD);
        OU_DECREF(item);
        if (s == NULL)
            goto error;
        OU_SETREF(total, s);
    }
    if (ou_err_occurred())
        goto error;
    OU_DECREF(it);
    return total;
error:
    OU_DECREF(it);
    OU_XDECREF(total);
    return NULL;
}

// ---- sorted ----

static OuObject *builtin_sorted(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_count("sorted", nargs, 1, 1) < 0)
        return NULL;
    static const char *const names[] = { "key", "reverse", NULL };
    OuObject *kw[2] = { NULL, NULL };
    // The keywords belong to list.sort, and its name is in the messages.
    if (ou_args_parse("sort", args + 1, 0, kwnames, names, 0, 0, kw) < 0)
        return NULL;
    int reverse = 0;
    if (kw[1] != NULL) {
        OuObject *r = ou_number_index(kw[1]);
        if (r == NULL)
            return NULL;
        reverse = ou_int_sign(r) != 0;
        OU_DECREF(r);
    }
    OuObject *l = ou_sequence_list(args[0]);
    if (l == NULL)
        return NULL;
    if (ou_list_sort(l, kw[0] == ou_None ? NULL : kw[0], reverse) < 0) {
        OU_DECREF(l);
        return NULL;
    }
    return l;
}

// ---- iter, next ----

static OuObject *builtin_iter(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (positional("iter", nargs, kwnames, 1, 2) < 0)
        return NULL;
    if (nargs == 1)
        return ou_object_iter(args[0]);
    OuObject *f = args[0];
    if (OU_TYPE(f)->call == NULL && !ou_type_check(f))
        return ou_err_format(&ou_exc_TypeError, "iter(v, w): v must be callable");
    return ou_calliter_new(f, args[1]);
}

static OuObject *builtin_next(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (positional("next", nargs, kwnames, 1, 2) < 0)
        return NULL;
    OuUnaryFunc iternext = OU_TYPE(args[0])->iternext;
    if (iternext == NULL)
        return ou_err_format(&ou_exc_TypeError, "'%s' object is not an iterator", ou_type_name(args[0]));
    // Call the slot directly: a StopIteration it raises keeps its value.
    OuObject *r = iternext(args[0]);
    if (r != NULL)
        return r;
    if (ou_err_occurred() && !ou_err_matches(&ou_exc_StopIteration))
        return NULL;
    if (nargs == 2) {
        ou_err_clear();
        return ou_newref(args[1]);
    }
    if (!ou_err_occurred())
        ou_err_set_object(&ou_exc_StopIteration, NULL);
    return NULL;
}

// ---- divmod, pow, round ----

static OuObject *builtin_divmod(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (positional("divmod", nargs, kwnames, 2, 2) < 0)
        return NULL;
    OuObject *a = args[0], *b = args[1];
    // Numbers: (a // b, a % b) is what int and float define divmod to be.
    int an = ou_int_check(a) || ou_float_check(a), bn = ou_int_check(b) || ou_float_check(b);
    if (an && bn) {
        OuObject *q = ou_number_binop(a, b, OU_NB_FLOOR_DIVIDE);
        if (q == NULL)
            return NULL;
        OuObject *r = ou_number_binop(a, b, OU_NB_REMAINDER);
        if (r == NULL) {
            OU_DECREF(q);
            return NULL;
        }
        OuObject *t = ou_tuple_pack(2, q, r);
        OU_DECREF(q);
        OU_DECREF(r);
        return t;
    }
    int found;
    OuObject *r = call_special(a, "__divmod__", &b, 1, &found);
    if (found && r == NULL)
        return NULL;
    if (r != NULL && r != ou_NotImplemented)
        return r;
    OU_XDECREF(r);
    if (OU_TYPE(a) != OU_TYPE(b)) {
        r = call_special(b, "__rdivmod__", &a, 1, &found);
        if (found && r == NULL)
            return NULL;
        if (r != NULL && r != ou_NotImplemented)
            return r;
        OU_XDECREF(r);
    }
    return ou_err_format(&ou_exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                         ou_type_name(a), ou_type_name(b));
}

static OuObject *builtin_pow(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    static const char *const names[] = { "base", "exp", "mod", NULL };
    OuObject *a[3];
    if (ou_args_parse("pow", args, nargs, kwnames, names, 2, 3, a) < 0)
        return NULL;
    if (a[2] == NULL || a[2] == ou_None)
        return ou_number_binop(a[0], a[1], OU_NB_POWER);
    if (!ou_int_check(a[0]) || !ou_int_check(a[1]) || !ou_int_check(a[2])) {
        int numeric = (ou_int_check(a[0]) || ou_float_check(a[0])) && (ou_int_check(a[1]) || ou_float_check(a[1]))
                      && (ou_int_check(a[2]) || ou_float_check(a[2]));
        if (numeric)
            return ou_err_format(&ou_exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    }
    int found;
    OuObject *r = call_special(a[0], "__pow__", &a[1], 2, &found);
    if (found && r == NULL)
        return NULL;
    if (r != NULL && r != ou_NotImplemented)
        return r;
    OU_XDECREF(r);
    return ou_err_format(&ou_exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                         ou_type_name(a[0]), ou_type_name(a[1]), ou_type_name(a[2]));
}

static OuObject *builtin_round(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    static const char *const names[] = { "number", "ndigits", NULL };
    OuObject *a[2];
    if (ou_args_parse("round", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    int found;
    int with = a[1] != NULL && a[1] != ou_None;
    OuObject *r = call_special(a[0], "__round__", &a[1], with ? 1 : 0, &found);
    if (!found && r == NULL && !ou_err_occurred())
        return ou_err_format(&ou_exc_TypeError, "type %s doesn't define __round__ method", ou_type_name(a[0]));
    return r;
}

// ---- Attributes ----

static OuObject *builtin_getattr(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (positional("getattr", nargs, kwnames, 2, 3) < 0 || check_attr_name(args[1]) < 0)
        return NULL;
    OuObject *r = ou_object_getattr(args[0], args[1]);
    if (r == NULL && nargs == 3 && ou_err_matches(&ou_exc_AttributeError)) {
        ou_err_clear();
        return ou_newref(args[2]);
    }
    return r;
}

static OuObject *builtin_hasattr(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (positional("hasattr", nargs, kwnames, 2, 2) < 0 || check_attr_name(args[1]) < 0)
        return NULL;
    OuObject *r = ou_object_getattr(args[0], args[1]);
    if (r != NULL) {
        OU_DECREF(r);
        return ou_bool_from(1);
    }
    if (ou_err_matches(&ou_exc_AttributeError)) {
        ou_err_clear();
        return ou_bool_from(0);
    }
    return NULL;
}

static OuObject *builtin_setattr(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (positional("setattr", nargs, kwnames, 3, 3) < 0 || check_attr_name(args[1]) < 0)
        return NULL;
    if (ou_object_setattr(args[0], args[1], args[2]) < 0)
        return NULL;
    return ou_return_none();
}

static OuObject *builtin_delattr(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (positional("delattr", nargs, kwnames, 2, 2) < 0 || check_attr_name(args[1]) < 0)
        return NULL;
    if (ou_object_setattr(args[0], args[1], NULL) < 0)
        return NULL;
    return ou_return_none();
}

// ---- The module ----

static const OuMethodDef builtin_methods[] = {
    { "__build_class__", ou_build_class, 0, "Internal helper function used by the class statement." },
    { "abs", builtin_abs, 0, "Return the absolute value of the argument." },
    { "all", builtin_all, 0, "Return True if bool(x) is True for all values x in the iterable." },
    { "any", builtin_any, 0, "Return True if bool(x) is True for any x in the iterable." },
    { "ascii", ou_builtin_ascii, 0, "Return an ASCII-only representation of an object." },
    { "bin", builtin_bin, 0, "Return the binary representation of an integer." },
    { "callable", builtin_callable, 0, "Return whether the object is callable." },
    { "chr", builtin_chr, 0, "Return a Unicode string of one character with ordinal i." },
    { "compile", ou_builtin_compile, 0, "Compile source into a code object that can be executed by exec() or eval()." },
    { "delattr", builtin_delattr, 0, "Deletes the named attribute from the given object." },
    { "divmod", builtin_divmod, 0, "Return the tuple (x//y, x%y)." },
    { "eval", ou_builtin_eval, 0, "Evaluate the given source in the context of globals and locals." },
    { "exec", ou_builtin_exec, 0, "Execute the given source in the context of globals and locals." },
    { "format", ou_builtin_format, 0, "Return type(value).__format__(value, format_spec)" },
    { "getattr", builtin_getattr, 0, "Get a named attribute from an object." },
    { "hasattr", builtin_hasattr, 0, "Return whether the object has an attribute with the given name." },
    { "globals", builtin_globals, 0, "Return the dictionary containing the current scope's global variables." },
    { "dir", builtin_dir, 0, "Show attributes of an object." },
    { "vars", builtin_vars, 0, "Show vars." },
    { "hash", builtin_hash, 0, "Return the hash value for the given object." },
    { "hex", builtin_hex, 0, "Return the hexadecimal representation of an integer." },
    { "id", builtin_id, 0, "Return the identity of an object." },
    { "input", ou_io_input, 0, "Read a string from standard input.  The trailing newline is stripped." },
    { "isinstance", builtin_isinstance, 0, "Return whether an object is an instance of a class or of a subclass thereof." },
    { "issubclass", builtin_issubclass, 0, "Return whether 'cls' is derived from another class or is the same class." },
    { "iter", builtin_iter, 0, "Get an iterator from an object." },
    { "len", builtin_len, 0, "Return the number of items in a container." },
    { "locals", builtin_locals, 0, "Return a dictionary containing the current scope's local variables." },
    { "max", builtin_max, 0, "With a single iterable argument, return its biggest item." },
    { "min", builtin_min, 0, "With a single iterable argument, return its smallest item." },
    { "next", builtin_next, 0, "Return the next item from the iterator." },
    { "oct", builtin_oct, 0, "Return the octal representation of an integer." },
    { "open", ou_io_open, 0, "Open file and return a stream.  Raise OSError upon failure." },
    { "ord", builtin_ord, 0, "Return the Unicode code point for a one-character string." },
    { "pow", builtin_pow, 0, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments" },
    { "print", builtin_print, 0, "Prints the values to a stream, or to sys.stdout by default." },
    { "repr", builtin_repr, 0, "Return the canonical string representation of the object." },
    { "round", builtin_round, 0, "Round a number to a given precision in decimal digits." },
    { "setattr", builtin_setattr, 0, "Sets the named attribute on the given object to the specified value." },
    { "sorted", builtin_sorted, 0, "Return a new list containing all items from the iterable in ascending order." },
    { "sum", builtin_sum, 0, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers" },
    { NULL, NULL, 0, NULL },
};

OuObject *ou_builtins_init(void)
{
    if (ou_iter_init_types() < 0)
        return NULL;
    OuObject *m = ou_module_new("builtins");
    if (m == NULL)
        return NULL;
    if (ou_module_add_functions(m, builtin_methods) < 0)
        goto error;
    const struct { const char *name; OuObject *value; } objects[] = {
        { "None", ou_None },
        { "True", ou_True },
        { "False", ou_False },
        { "Ellipsis", ou_Ellipsis },
        { "NotImplemented", ou_NotImplemented },
        { "int", (OuObject *)&ou_int_type },
        { "bool", (OuObject *)&ou_bool_type },
        { "float", (OuObject *)&ou_float_type },
        { "str", (OuObject *)&ou_str_type },
        { "list", (OuObject *)&ou_list_type },
        { "tuple", (OuObject *)&ou_tuple_type },
        { "dict", (OuObject *)&ou_dict_type },
        { "bytes", (OuObject *)&ou_bytes_type },
        { "set", (OuObject *)&ou_set_type },
        { "frozenset", (OuObject *)&ou_frozenset_type },
        { "range", (OuObject *)&ou_range_type },
        { "slice", (OuObject *)&ou_slice_type },
        { "type", (OuObject *)&ou_type_type },
        { "object", (OuObject *)&ou_object_type },
        { "property", (OuObject *)&ou_property_type },
        { "staticmethod", (OuObject *)&ou_staticmethod_type },
        { "classmethod", (OuObject *)&ou_classmethod_type },
        { "super", (OuObject *)&ou_super_type },
        { "enumerate", (OuObject *)&ou_enumerate_type },
        { "zip", (OuObject *)&ou_zip_type },
        { "reversed", (OuObject *)&ou_reversed_type },
        { "map", (OuObject *)&ou_map_type },
        { "filter", (OuObject *)&ou_filter_type },
        { "EnvironmentError", (OuObject *)&ou_exc_OSError },
        { "IOError", (OuObject *)&ou_exc_OSError },
#define OU_EXC(name, base, layout) { #name, (OuObject *)&ou_exc_##name },
#include "runtime/exc_list.h"
#undef OU_EXC
    };
    for (size_t i = 0; i < sizeof objects / sizeof objects[0]; i++)
        if (ou_module_add_object(m, objects[i].name, objects[i].value) < 0)
            goto error;
    return m;
error:
    OU_DECREF(m);
    return NULL;
}
