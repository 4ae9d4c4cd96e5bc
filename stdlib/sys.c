// stdlib/sys.c: the `sys` module: interpreter state seen from Python
// (reference counts, sizes, the recursion limit, loaded modules, the module
// search path) and the standard streams, file objects from stdlib/io.c.
#include "stdlib/stdlib.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gc/gc.h"
#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "stdlib/stream.h"

// ---- Functions ----

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

// The argument is borrowed from the caller's stack, which holds its own
// reference: `x = []; sys.getrefcount(x)` is 2, as in CPython.
static OuObject *sys_getrefcount(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (one_arg("sys.getrefcount", nargs, kwnames) < 0)
        return NULL;
    return ou_int_from_i64(OU_REFCNT(args[0]));
}

// `__sizeof__` of the type, plus the bytes in front of the object (the
// collector head of GC types), as CPython adds them.
static OuObject *sys_getsizeof(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    static const char *const names[] = { "object", "default", NULL };
    OuObject *a[2];
    if (ou_args_parse("getsizeof", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    OuObject *o = a[0], *dflt = a[1];
    OuObject *name = ou_str_intern_cstr("__sizeof__");
    if (name == NULL)
        return NULL;
    OuObject *descr = ou_type_lookup(OU_TYPE(o), name);
    OU_DECREF(name);
    OuObject *res = NULL;
    if (descr == NULL) {
        if (ou_err_occurred())
            return NULL;
        if (dflt != NULL)
            return ou_newref(dflt);
        return ou_err_format(&ou_exc_TypeError, "Type %s doesn't define __sizeof__", ou_type_name(o));
    }
    OuTernaryFunc get = OU_TYPE(descr)->descr_get;
    OuObject *bound = get ? get(descr, o, (OuObject *)OU_TYPE(o)) : ou_newref(descr);
    if (bound != NULL) {
        res = ou_call_noargs(bound);
        OU_DECREF(bound);
    }
    if (res == NULL) {
        if (dflt != NULL && ou_err_matches(&ou_exc_TypeError)) {
            ou_err_clear();
            return ou_newref(dflt);
        }
        return NULL;
    }
    if (!ou_int_check(res)) {
        OU_DECREF(res);
        if (dflt != NULL)
            return ou_newref(dflt);
        return ou_err_format(&ou_exc_TypeError, "an integer is required");
    }
    int64_t size;
    int r = ou_int_as_i64(res, &size);
    OU_DECREF(res);
    if (r < 0)
        return NULL;
    if (size < 0)
        return ou_err_format(&ou_exc_ValueError, "__sizeof__() should return >= 0");
    return ou_int_from_i64(size + (int64_t)ou_object_gc_overhead(o));
}

// SystemExit takes the status as its one argument; a tuple is spread into
// the arguments and None means none, as CPython's sys.exit does.
static OuObject *sys_exit(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("exit", kwnames) < 0 || ou_args_count("exit", nargs, 0, 1) < 0)
        return NULL;
    OuObject *status = nargs ? args[0] : ou_None;
    OuObject *exc;
    if (status == ou_None)
        exc = ou_exception_new(&ou_exc_SystemExit, NULL, 0);
    else if (ou_tuple_check(status))
        exc = ou_exception_new(&ou_exc_SystemExit, ou_tuple_items(status), ou_tuple_size(status));
    else
        exc = ou_exception_new(&ou_exc_SystemExit, &status, 1);
    if (exc == NULL)
        return NULL;
    ou_err_restore(exc);
    return NULL;
}

static OuObject *sys_getrecursionlimit(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("getrecursionlimit", kwnames) < 0 || ou_args_count("getrecursionlimit", nargs, 0, 0) < 0)
        return NULL;
    return ou_int_from_i64(ou_state.recursion_limit);
}

static OuObject *sys_setrecursionlimit(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (one_arg("sys.setrecursionlimit", nargs, kwnames) < 0)
        return NULL;
    OuObject *i = ou_number_index(args[0]);
    if (i == NULL)
        return NULL;
    int64_t v;
    int r = ou_int_as_i64(i, &v);
    OU_DECREF(i);
    if (r < 0 || v > 2147483647 || v < -2147483648LL) {
        ou_err_clear();
        return ou_err_format(&ou_exc_OverflowError, "Python int too large to convert to C int");
    }
    if (v < 1)
        return ou_err_format(&ou_exc_ValueError, "recursion limit must be greater or equal than 1");
    if (v <= ou_state.recursion_depth)
        return ou_err_format(&ou_exc_RecursionError,
                             "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                             (int)v, ou_state.recursion_depth);
    ou_state.recursion_limit = (int)v;
    return ou_return_none();
}

static OuObject *sys_intern(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (one_arg("sys.intern", nargs, kwnames) < 0)
        return NULL;
    OuObject *s = args[0];
    if (!ou_str_check_exact(s))
        return ou_err_format(&ou_exc_TypeError, "intern() argument must be str, not %s", ou_type_name(s));
    OU_INCREF(s);
    ou_str_intern_inplace(&s);
    return s;
}

static OuObject *sys_getdefaultencoding(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("getdefaultencoding", kwnames) < 0 || ou_args_count("getdefaultencoding", nargs, 0, 0) < 0)
        return NULL;
    return ou_str_from_cstr("utf-8");
}

static OuObject *sys_debugmallocstats(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("_debugmallocstats", kwnames) < 0 || ou_args_count("_debugmallocstats", nargs, 0, 0) < 0)
        return NULL;
    fflush(stdout);
    ou_obmalloc_print_stats(stderr);
    return ou_return_none();
}

static OuObject *sys_getallocatedblocks(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("getallocatedblocks", kwnames) < 0 || ou_args_count("getallocatedblocks", nargs, 0, 0) < 0)
        return NULL;
    return ou_int_from_u64(ou_state.mem.nblocks_in_use + ou_state.mem.nlarge_in_use);
}

// The exception an `except` block (or `__exit__`) is handling.
static OuObject *sys_exc_info(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("exc_info", kwnames) < 0 || ou_args_count("exc_info", nargs, 0, 0) < 0)
        return NULL;
    OuObject *e = ou_state.handled_exc;
    if (e == NULL || e == ou_None)
        return ou_tuple_pack(3, ou_None, ou_None, ou_None);
    OuObject *tb = ((OuBaseException *)e)->traceback;
    return ou_tuple_pack(3, (OuObject *)OU_TYPE(e), e, tb ? tb : ou_None);
}

static OuObject *sys_exception(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("exception", kwnames) < 0 || ou_args_count("exception", nargs, 0, 0) < 0)
        return NULL;
    OuObject *e = ou_state.handled_exc;
    return ou_newref(e ? e : ou_None);
}

static const OuMethodDef sys_methods[] = {
    { "exc_info", sys_exc_info, 0, "Return current exception information: (type, value, traceback)." },
    { "exception", sys_exception, 0, "Return the current exception." },
    { "getrefcount", sys_getrefcount, 0, "Return the reference count of object." },
    { "getsizeof", sys_getsizeof, 0, "Return the size of object in bytes." },
    { "exit", sys_exit, 0, "Exit the interpreter by raising SystemExit(status)." },
    { "getrecursionlimit", sys_getrecursionlimit, 0, "Return the current value of the recursion limit." },
    { "setrecursionlimit", sys_setrecursionlimit, 0, "Set the maximum depth of the Python interpreter stack to n." },
    { "intern", sys_intern, 0, "``Intern'' the given string." },
    { "getdefaultencoding", sys_getdefaultencoding, 0, "Return the current default encoding used by the Unicode implementation." },
    { "_debugmallocstats", sys_debugmallocstats, 0, "Print summary info to stderr about the state of ouro's memory allocator." },
    { "getallocatedblocks", sys_getallocatedblocks, 0, "Return the number of memory blocks currently allocated." },
    { NULL, NULL, 0, NULL },
};

// ---- The module ----

// ---- sys.version_info: a tuple whose items also have names ----

static const char *const version_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
#define NVERSION_FIELDS 5

static OuObject *version_info_getattr(OuObject *self, OuObject *name)
{
    for (int i = 0; i < NVERSION_FIELDS; i++)
        if (ou_str_eq_cstr(name, version_fields[i]))
            return ou_newref(ou_tuple_get(self, i));
    return ou_object_generic_getattr(self, name);
}

static OuObject *version_info_repr(OuObject *self)
{
    OuStrBuilder sb;
    ou_sb_init(&sb);
    if (ou_sb_append_cstr(&sb, "sys.version_info(") < 0)
        goto fail;
    for (int i = 0; i < NVERSION_FIELDS; i++) {
        if ((i > 0 && ou_sb_append_cstr(&sb, ", ") < 0) || ou_sb_append_cstr(&sb, version_fields[i]) < 0
            || ou_sb_append_char(&sb, '=') < 0 || ou_sb_append_repr(&sb, ou_tuple_get(self, i)) < 0)
            goto fail;
    }
    if (ou_sb_append_char(&sb, ')') < 0)
        goto fail;
    return ou_sb_finish(&sb);
fail:
    ou_sb_discard(&sb);
    return NULL;
}

static OuType version_info_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "sys.version_info",
    .basicsize = sizeof(OuTuple),
    .itemsize = sizeof(OuObject *),
    .base = &ou_tuple_type,
    .repr = version_info_repr,
    .getattr = version_info_getattr,
};

static OuObject *version_info_new(void)
{
    if (ou_type_ready(&version_info_type) < 0)
        return NULL;
    OuObject *t = ou_object_new_var(&version_info_type, NVERSION_FIELDS);
    if (t == NULL)
        return NULL;
    OuTuple *tt = (OuTuple *)t;
    tt->size = NVERSION_FIELDS;
    tt->items[0] = ou_int_from_i64(3);
    tt->items[1] = ou_int_from_i64(11);
    tt->items[2] = ou_int_from_i64(7);
    tt->items[3] = ou_str_from_cstr("final");
    tt->items[4] = ou_int_from_i64(0);
    ou_gc_track(t);
    for (int i = 0; i < NVERSION_FIELDS; i++)
        if (tt->items[i] == NULL) {
            OU_DECREF(t);
            return NULL;
        }
    return t;
}

static int add_new(OuObject *m, const char *name, OuObject *value)
{
    if (value == NULL)
        return -1;
    int r = ou_module_add_object(m, name, value);
    OU_DECREF(value);
    return r;
}

// sys.path: the directory of the script, symbolic links resolved, as
// CPython puts first; '' (the current directory) for -c and no script.
static OuObject *search_path(int argc, char **argv)
{
    OuObject *dir = NULL;
    if (argc > 0 && strcmp(argv[0], "-c") != 0 && strcmp(argv[0], "-") != 0) {
        char *real = realpath(argv[0], NULL);
        if (real != NULL) {
            char *slash = strrchr(real, '/');
            dir = ou_str_decode_utf8(real, slash == real ? 1 : (ou_ssize_t)(slash - real));
            free(real);
            if (dir == NULL)
                return NULL;
        }
    }
    if (dir == NULL && (dir = ou_str_empty()) == NULL)
        return NULL;
    OuObject *path = ou_list_new(0);
    if (path == NULL || ou_list_append(path, dir) < 0)
        OU_CLEAR(path);
    OU_DECREF(dir);
    return path;
}

OuObject *ou_sys_init(int argc, char **argv)
{
    OuObject *m = ou_module_new("sys");
    if (m == NULL)
        return NULL;
    if (ou_module_add_functions(m, sys_methods) < 0)
        goto error;
    if (ou_type_ready(&ou_stream_type) < 0)
        goto error;

    OuObject *av = ou_list_new(0);
    if (av == NULL)
        goto error;
    for (int i = 0; i < argc; i++) {
        OuObject *s = ou_str_decode_utf8(argv[i], (ou_ssize_t)strlen(argv[i]));
        if (s == NULL || ou_list_append(av, s) < 0) {
            OU_XDECREF(s);
            OU_DECREF(av);
            goto error;
        }
        OU_DECREF(s);
    }
    if (argc == 0 && ou_list_append(av, ou_state.empty_str ? ou_state.empty_str : ou_None) < 0) {
        OU_DECREF(av);
        goto error;
    }
    if (add_new(m, "argv", av) < 0)
        goto error;

    if (add_new(m, "path", search_path(argc, argv)) < 0)
        goto error;

    if (ou_state.modules == NULL && (ou_state.modules = ou_dict_new()) == NULL)
        goto error;
    if (ou_module_add_object(m, "modules", ou_state.modules) < 0)
        goto error;

    if (ou_module_add_int(m, "maxsize", OU_SSIZE_MAX) < 0)
        goto error;
    if (add_new(m, "version", ou_str_from_cstr(OU_PYTHON_VERSION " (ouro " OU_VERSION ")")) < 0)
        goto error;
    if (add_new(m, "version_info", version_info_new()) < 0)
        goto error;
    OuObject *hexversion = ou_int_from_i64(0x030B07F0);
    if (add_new(m, "hexversion", hexversion) < 0)
        goto error;
    uint16_t probe = 1;
    if (add_new(m, "byteorder", ou_str_from_cstr(*(uint8_t *)&probe ? "little" : "big")) < 0)
        goto error;
    if (add_new(m, "platform", ou_str_from_cstr("linux")) < 0)
        goto error;

    OuObject *out = ou_stream_new(stdout, "<stdout>", "w");
    OuObject *err = ou_stream_new(stderr, "<stderr>", "w");
    OuObject *in = ou_stream_new(stdin, "<stdin>", "r");
    int ok = out && err && in
             && ou_module_add_object(m, "stdout", out) == 0 && ou_module_add_object(m, "__stdout__", out) == 0
             && ou_module_add_object(m, "stderr", err) == 0 && ou_module_add_object(m, "__stderr__", err) == 0
             && ou_module_add_object(m, "stdin", in) == 0 && ou_module_add_object(m, "__stdin__", in) == 0;
    OU_XDECREF(out);
    OU_XDECREF(err);
    OU_XDECREF(in);
    if (!ok)
        goto error;
    return m;
error:
    OU_DECREF(m);
    return NULL;
}
