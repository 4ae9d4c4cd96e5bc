// runtime/exc.c: the built-in exception types, CPython 3.11's tree, generated
// from runtime/exc_list.h.
//
// Each entry of the list names a layout (runtime/exc.h). Slot functions come
// in one family per layout (`traverse_OSError`, `str_SyntaxError`, ...), so
// the X-macro can wire a type to its family by pasting the layout name.
// A layout's methods and getsets are attached only to the first type of that
// layout in the tree (BaseException, OSError, ...); the others inherit them
// through the MRO, as CPython's `ValueError.__dict__` has no `with_traceback`.
//
// Construction: `new` stores the arguments and fills the layout's fields.
// Built-in types are complete after `new` (calling a type does not run
// `__init__`); a class derived in Python gets the keyword-free part in `new`
// and the rest from `__init__`, which its own `__init__` may call or skip.
#include "runtime/exc.h"

#include <string.h>
#include "gc/gc.h"
#include "runtime/dict.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

#define BASE(o) ((OuBaseException *)(o))

// ---- Shared fields ----

static int traverse_base(OuObject *self, OuVisitProc visit, void *arg)
{
    OuBaseException *e = BASE(self);
    OU_VISIT(e->dict);
    OU_VISIT(e->args);
    OU_VISIT(e->notes);
    OU_VISIT(e->traceback);
    OU_VISIT(e->context);
    OU_VISIT(e->cause);
    return 0;
}

static void clear_base(OuObject *self)
{
    OuBaseException *e = BASE(self);
    OU_CLEAR(e->dict);
    OU_CLEAR(e->args);
    OU_CLEAR(e->notes);
    OU_CLEAR(e->traceback);
    OU_CLEAR(e->context);
    OU_CLEAR(e->cause);
}

// Layout-specific fields, listed once per layout. A layout's visitor and
// clearer walk its extra fields after the shared ones.
#define FIELDS_Base(X)
#define FIELDS_StopIteration(X) X(OuStopIteration, value)
#define FIELDS_SystemExit(X) X(OuSystemExit, code)
#define FIELDS_SyntaxError(X) X(OuSyntaxError, msg) X(OuSyntaxError, filename) \
    X(OuSyntaxError, lineno) X(OuSyntaxError, offset) X(OuSyntaxError, text) \
    X(OuSyntaxError, end_lineno) X(OuSyntaxError, end_offset) X(OuSyntaxError, print_file_and_line)
#define FIELDS_ImportError(X) X(OuImportError, msg) X(OuImportError, name) X(OuImportError, path)
#define FIELDS_OSError(X) X(OuOSError, myerrno) X(OuOSError, strerror) \
    X(OuOSError, filename) X(OuOSError, filename2)
#define FIELDS_NameError(X) X(OuNameError, name)
#define FIELDS_AttributeError(X) X(OuAttributeError, name) X(OuAttributeError, obj)

#define VISIT_FIELD(S, f) OU_VISIT(((S *)self)->f);
#define CLEAR_FIELD(S, f) OU_CLEAR(((S *)self)->f);

#define LAYOUT_GC(L) \
    static int traverse_##L(OuObject *self, OuVisitProc visit, void *arg) \
    { \
        int r = traverse_base(self, visit, arg); \
        if (r) \
            return r; \
        FIELDS_##L(VISIT_FIELD) \
        return 0; \
    } \
    static int clear_##L(OuObject *self) \
    { \
        clear_base(self); \
        FIELDS_##L(CLEAR_FIELD) \
        return 0; \
    } \
    static void dealloc_##L(OuObject *self) \
    { \
        ou_gc_untrack(self); \
        clear_##L(self); \
        ou_object_free(self); \
    }
LAYOUT_GC(Base)
LAYOUT_GC(StopIteration)
LAYOUT_GC(SystemExit)
LAYOUT_GC(SyntaxError)
LAYOUT_GC(ImportError)
LAYOUT_GC(OSError)
LAYOUT_GC(NameError)
LAYOUT_GC(AttributeError)

// Getters and setters of the layout fields: an unset field reads as None,
// `del` resets it, as CPython's T_OBJECT members do.
#define FIELD_GETSET(S, f) \
    static OuObject *get_##S##_##f(OuObject *self) \
    { \
        OuObject *v = ((S *)self)->f; \
        return ou_newref(v ? v : ou_None); \
    } \
    static int set_##S##_##f(OuObject *self, OuObject *value) \
    { \
        OU_XINCREF(value); \
        OU_SETREF(((S *)self)->f, value); \
        return 0; \
    }
FIELDS_StopIteration(FIELD_GETSET)
FIELDS_SystemExit(FIELD_GETSET)
FIELDS_SyntaxError(FIELD_GETSET)
FIELDS_ImportError(FIELD_GETSET)
FIELDS_OSError(FIELD_GETSET)
FIELDS_NameError(FIELD_GETSET)
FIELDS_AttributeError(FIELD_GETSET)

// Store a borrowed value into a field (NULL leaves None semantics).
static void set_field(OuObject **slot, OuObject *v)
{
    OU_XINCREF(v);
    OU_SETREF(*slot, v);
}

// ---- Keyword handling ----

static int no_keywords(OuObject *self, OuObject *kwnames)
{
    if (kwnames != NULL && ou_tuple_size(kwnames) > 0) {
        ou_err_format(&ou_exc_TypeError, "%s() takes no keyword arguments", ou_type_name(self));
        return -1;
    }
    return 0;
}

// Bind keyword arguments whose names are in `names` into `out`; any other
// name raises CPython's "invalid keyword argument" TypeError.
static int take_keywords(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                         OuObject *kwnames, const char *const *names, OuObject **out)
{
    ou_ssize_t nkw = kwnames ? ou_tuple_size(kwnames) : 0;
    for (ou_ssize_t i = 0; i < nkw; i++) {
        OuObject *k = ou_tuple_get(kwnames, i);
        int found = 0;
        for (int j = 0; names[j]; j++) {
            if (ou_str_eq_cstr(k, names[j])) {
                out[j] = args[nargs + i];
                found = 1;
                break;
            }
        }
        if (!found) {
            ou_err_format(&ou_exc_TypeError, "'%U' is an invalid keyword argument for %s()",
                          k, ou_type_name(self));
            return -1;
        }
    }
    return 0;
}

// ---- Layout initialisation ----
// `full` is set for `__init__` and built-in construction: keywords are
// checked and the complete argument grammar applies.

static int set_args(OuObject *self, OuObject *const *args, ou_ssize_t nargs)
{
    OuObject *t = ou_tuple_from_array(args, nargs);
    if (t == NULL)
        return -1;
    OU_SETREF(BASE(self)->args, t);
    return 0;
}

static int init_Base(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames, int full)
{
    if (full && no_keywords(self, kwnames) < 0)
        return -1;
    return set_args(self, args, nargs);
}

static int init_StopIteration(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                              OuObject *kwnames, int full)
{
    if (init_Base(self, args, nargs, kwnames, full) < 0)
        return -1;
    set_field(&((OuStopIteration *)self)->value, nargs > 0 ? args[0] : ou_None);
    return 0;
}

static int init_SystemExit(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                           OuObject *kwnames, int full)
{
    if (init_Base(self, args, nargs, kwnames, full) < 0)
        return -1;
    OuObject **slot = &((OuSystemExit *)self)->code;
    if (nargs == 0)
        set_field(slot, ou_None);
    else if (nargs == 1)
        set_field(slot, args[0]);
    else
        set_field(slot, BASE(self)->args);
    return 0;
}

static int init_SyntaxError(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                            OuObject *kwnames, int full)
{
    if (init_Base(self, args, nargs, kwnames, full) < 0)
        return -1;
    OuSyntaxError *s = (OuSyntaxError *)self;
    if (nargs >= 1)
        set_field(&s->msg, args[0]);
    if (nargs == 2 && full) {
        OuObject *info = ou_sequence_tuple(args[1]);
        if (info == NULL)
            return -1;
        ou_ssize_t n = ou_tuple_size(info);
        if (n < 4 || n > 6) {
            ou_err_format(&ou_exc_TypeError, n < 4 ? "function takes at least 4 arguments (%zd given)"
                                                   : "function takes at most 6 arguments (%zd given)", n);
            OU_DECREF(info);
            return -1;
        }
        OuObject **slots[6] = { &s->filename, &s->lineno, &s->offset, &s->text,
                                &s->end_lineno, &s->end_offset };
        for (ou_ssize_t i = 0; i < 6; i++)
            set_field(slots[i], i < n ? ou_tuple_get(info, i) : NULL);
        OU_DECREF(info);
    }
    return 0;
}

static int init_ImportError(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                            OuObject *kwnames, int full)
{
    OuImportError *e = (OuImportError *)self;
    OuObject *kw[2] = { NULL, NULL };
    static const char *const names[] = { "name", "path", NULL };
    if (full && take_keywords(self, args, nargs, kwnames, names, kw) < 0)
        return -1;
    if (set_args(self, args, nargs) < 0)
        return -1;
    set_field(&e->name, kw[0]);
    set_field(&e->path, kw[1]);
    set_field(&e->msg, nargs == 1 ? args[0] : NULL);
    return 0;
}

static int init_NameError(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                          OuObject *kwnames, int full)
{
    OuObject *kw[1] = { NULL };
    static const char *const names[] = { "name", NULL };
    if (full && take_keywords(self, args, nargs, kwnames, names, kw) < 0)
        return -1;
    if (set_args(self, args, nargs) < 0)
        return -1;
    set_field(&((OuNameError *)self)->name, kw[0]);
    return 0;
}

static int init_AttributeError(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                               OuObject *kwnames, int full)
{
    OuObject *kw[2] = { NULL, NULL };
    static const char *const names[] = { "name", "obj", NULL };
    if (full && take_keywords(self, args, nargs, kwnames, names, kw) < 0)
        return -1;
    if (set_args(self, args, nargs) < 0)
        return -1;
    set_field(&((OuAttributeError *)self)->name, kw[0]);
    set_field(&((OuAttributeError *)self)->obj, kw[1]);
    return 0;
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]]): with two to
// five arguments the fields are filled, and when a filename is given `args`
// keeps only (errno, strerror). winerror is ignored off Windows.
static int init_OSError(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                        OuObject *kwnames, int full)
{
    if (full && no_keywords(self, kwnames) < 0)
        return -1;
    OuOSError *e = (OuOSError *)self;
    if (nargs >= 2 && nargs <= 5) {
        set_field(&e->myerrno, args[0]);
        set_field(&e->strerror, args[1]);
        OuObject *filename = nargs >= 3 ? args[2] : NULL;
        if (filename != NULL && filename != ou_None) {
            set_field(&e->filename, filename);
            if (nargs >= 5 && args[4] != ou_None)
                set_field(&e->filename2, args[4]);
            return set_args(self, args, 2);
        }
    }
    return set_args(self, args, nargs);
}

// errno values that pick an OSError subclass when OSError itself is called.
static OuType *errno_subclass(OuObject *code)
{
    static const struct { int code; OuType *type; } map[] = {
        { 11, &ou_exc_BlockingIOError },      // EAGAIN
        { 114, &ou_exc_BlockingIOError },     // EALREADY
        { 115, &ou_exc_BlockingIOError },     // EINPROGRESS
        { 10, &ou_exc_ChildProcessError },    // ECHILD
        { 32, &ou_exc_BrokenPipeError },      // EPIPE
        { 108, &ou_exc_BrokenPipeError },     // ESHUTDOWN
        { 103, &ou_exc_ConnectionAbortedError },
        { 111, &ou_exc_ConnectionRefusedError },
        { 104, &ou_exc_ConnectionResetError },
        { 17, &ou_exc_FileExistsError },
        { 2, &ou_exc_FileNotFoundError },
        { 21, &ou_exc_IsADirectoryError },
        { 20, &ou_exc_NotADirectoryError },
        { 4, &ou_exc_InterruptedError },
        { 13, &ou_exc_PermissionError },
        { 1, &ou_exc_PermissionError },       // EPERM
        { 3, &ou_exc_ProcessLookupError },
        { 110, &ou_exc_TimeoutError },
    };
    if (!ou_int_check(code) || !ou_int_is_small(code))
        return NULL;
    int64_t v = ou_int_small_value(code);
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (map[i].code == v)
            return map[i].type;
    return NULL;
}

// ---- new and __init__, per layout ----

static OuObject *alloc_exc(OuType *type)
{
    OuObject *self = ou_object_new(type);
    if (self == NULL)
        return NULL;
    BASE(self)->args = ou_tuple_new(0);
    if (BASE(self)->args == NULL) {
        OU_DECREF(self);
        return NULL;
    }
    ou_gc_track(self);
    return self;
}

#define LAYOUT_NEW(L) \
    static OuObject *new_##L(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames) \
    { \
        if (type == &ou_exc_OSError && nargs >= 2) { \
            OuType *sub = errno_subclass(args[0]); \
            if (sub != NULL) \
                type = sub; \
        } \
        OuObject *self = alloc_exc(type); \
        if (self == NULL) \
            return NULL; \
        int full = !ou_type_has_flag(type, OU_TPFLAGS_HEAPTYPE); \
        if (init_##L(self, args, nargs, kwnames, full) < 0) { \
            OU_DECREF(self); \
            return NULL; \
        } \
        return self; \
    } \
    static OuObject *meth_init_##L(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames) \
    { \
        if (init_##L(self, args, nargs, kwnames, 1) < 0) \
            return NULL; \
        return ou_return_none(); \
    }
LAYOUT_NEW(Base)
LAYOUT_NEW(StopIteration)
LAYOUT_NEW(SystemExit)
LAYOUT_NEW(SyntaxError)
LAYOUT_NEW(ImportError)
LAYOUT_NEW(OSError)
LAYOUT_NEW(NameError)
LAYOUT_NEW(AttributeError)

// ---- str and repr ----

static OuObject *str_Base(OuObject *self)
{
    OuObject *args = BASE(self)->args;
    ou_ssize_t n = args ? ou_tuple_size(args) : 0;
    if (n == 0)
        return ou_str_from_cstr("");
    if (n == 1)
        return ou_object_str(ou_tuple_get(args, 0));
    return ou_object_str(args);
}

// KeyError('a') prints as 'a': a missing key reads better quoted.
static OuObject *str_KeyError(OuObject *self)
{
    OuObject *args = BASE(self)->args;
    if (args && ou_tuple_size(args) == 1)
        return ou_object_repr(ou_tuple_get(args, 0));
    return str_Base(self);
}

#define str_StopIteration str_Base
#define str_SystemExit str_Base
#define str_NameError str_Base
#define str_AttributeError str_Base

static OuObject *str_ImportError(OuObject *self)
{
    OuObject *msg = ((OuImportError *)self)->msg;
    if (msg != NULL && ou_str_check_exact(msg))
        return ou_newref(msg);
    return str_Base(self);
}

// "msg (file.py, line 3)": only the last path component of the file.
static OuObject *str_SyntaxError(OuObject *self)
{
    OuSyntaxError *s = (OuSyntaxError *)self;
    OuObject *msg = ou_object_str(s->msg ? s->msg : ou_None);
    if (msg == NULL)
        return NULL;
    const char *file = NULL;
    if (s->filename != NULL && ou_str_check(s->filename)) {
        file = ou_str_utf8(s->filename);
        const char *slash = strrchr(file, '/');
        if (slash != NULL)
            file = slash + 1;
    }
    int64_t line = 0;
    int have_line = s->lineno != NULL && ou_int_check(s->lineno) && ou_int_as_i64(s->lineno, &line) == 0;
    if (!have_line && ou_err_occurred())
        ou_err_clear();
    OuObject *r;
    if (file && have_line)
        r = ou_str_from_format("%U (%s, line %lld)", msg, file, (long long)line);
    else if (file)
        r = ou_str_from_format("%U (%s)", msg, file);
    else if (have_line)
        r = ou_str_from_format("%U (line %lld)", msg, (long long)line);
    else
        return msg;
    OU_DECREF(msg);
    return r;
}

static OuObject *str_OSError(OuObject *self)
{
    OuOSError *e = (OuOSError *)self;
    if (e->filename != NULL) {
        if (e->filename2 != NULL)
            return ou_str_from_format("[Errno %S] %S: %R -> %R", e->myerrno ? e->myerrno : ou_None,
                                      e->strerror ? e->strerror : ou_None, e->filename, e->filename2);
        return ou_str_from_format("[Errno %S] %S: %R", e->myerrno ? e->myerrno : ou_None,
                                  e->strerror ? e->strerror : ou_None, e->filename);
    }
    if (e->myerrno != NULL && e->strerror != NULL)
        return ou_str_from_format("[Errno %S] %S", e->myerrno, e->strerror);
    return str_Base(self);
}

static OuObject *exc_repr(OuObject *self)
{
    OuObject *args = BASE(self)->args;
    if (args != NULL && ou_tuple_size(args) == 1)
        return ou_str_from_format("%s(%R)", ou_type_name(self), ou_tuple_get(args, 0));
    return ou_str_from_format("%s%R", ou_type_name(self), args ? args : ou_state.empty_tuple);
}

// ---- Attributes: descriptors first, then the instance dict ----

static OuObject *exc_getattr(OuObject *self, OuObject *name)
{
    OuObject *descr = ou_type_lookup(OU_TYPE(self), name);
    if (descr != NULL && OU_TYPE(descr)->descr_set != NULL)
        return OU_TYPE(descr)->descr_get(descr, self, (OuObject *)OU_TYPE(self));
    if (BASE(self)->dict != NULL) {
        OuObject *v = ou_dict_getitem(BASE(self)->dict, name);
        if (v != NULL)
            return ou_newref(v);
        if (ou_err_occurred())
            return NULL;
    }
    if (descr != NULL) {
        OuTernaryFunc get = OU_TYPE(descr)->descr_get;
        return get ? get(descr, self, (OuObject *)OU_TYPE(self)) : ou_newref(descr);
    }
    return ou_err_format(&ou_exc_AttributeError, "'%s' object has no attribute '%U'",
                         ou_type_name(self), name);
}

static int exc_setattr(OuObject *self, OuObject *name, OuObject *value)
{
    OuObject *descr = ou_type_lookup(OU_TYPE(self), name);
    if (descr != NULL && OU_TYPE(descr)->descr_set != NULL)
        return OU_TYPE(descr)->descr_set(descr, self, value);
    OuBaseException *e = BASE(self);
    if (value == NULL) {
        if (e->dict == NULL || ou_dict_contains(e->dict, name) == 0) {
            ou_err_format(&ou_exc_AttributeError, "'%s' object has no attribute '%U'",
                          ou_type_name(self), name);
            return -1;
        }
        return ou_dict_delitem(e->dict, name);
    }
    if (e->dict == NULL && (e->dict = ou_dict_new()) == NULL)
        return -1;
    return ou_dict_setitem(e->dict, name, value);
}

// ---- Getsets shared by every exception ----

static OuObject *get_args(OuObject *self) { return ou_newref(BASE(self)->args); }
static int set_args_attr(OuObject *self, OuObject *value)
{
    if (value == NULL) {
        ou_err_format(&ou_exc_TypeError, "args may not be deleted");
        return -1;
    }
    OuObject *t = ou_sequence_tuple(value);
    if (t == NULL)
        return -1;
    OU_SETREF(BASE(self)->args, t);
    return 0;
}

static int is_traceback(OuObject *o)
{
    return strcmp(ou_type_name(o), "traceback") == 0;
}

static OuObject *get_traceback(OuObject *self)
{
    OuObject *tb = BASE(self)->traceback;
    return ou_newref(tb ? tb : ou_None);
}
static int set_traceback(OuObject *self, OuObject *value)
{
    if (value == NULL) {
        ou_err_format(&ou_exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (value != ou_None && !is_traceback(value)) {
        ou_err_format(&ou_exc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    ou_exception_set_traceback(self, value == ou_None ? NULL : value);
    return 0;
}

static OuObject *get_context(OuObject *self)
{
    OuObject *c = BASE(self)->context;
    return ou_newref(c ? c : ou_None);
}
static int set_context(OuObject *self, OuObject *value)
{
    if (value == NULL) {
        ou_err_format(&ou_exc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (value != ou_None && !ou_exception_check(value)) {
        ou_err_format(&ou_exc_TypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    ou_exception_set_context(self, value == ou_None ? NULL : ou_newref(value));
    return 0;
}

static OuObject *get_cause(OuObject *self)
{
    OuObject *c = BASE(self)->cause;
    return ou_newref(c ? c : ou_None);
}
static int set_cause(OuObject *self, OuObject *value)
{
    if (value == NULL) {
        ou_err_format(&ou_exc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (value != ou_None && !ou_exception_check(value)) {
        ou_err_format(&ou_exc_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    ou_exception_set_cause(self, value == ou_None ? NULL : ou_newref(value));
    return 0;
}

static OuObject *get_suppress(OuObject *self) { return ou_bool_from(BASE(self)->suppress_context); }
static int set_suppress(OuObject *self, OuObject *value)
{
    if (value == NULL) {
        ou_err_format(&ou_exc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (!ou_bool_check(value)) {
        ou_err_format(&ou_exc_TypeError, "attribute value type must be bool");
        return -1;
    }
    BASE(self)->suppress_context = value == ou_True;
    return 0;
}

static OuObject *get_notes(OuObject *self)
{
    OuObject *n = BASE(self)->notes;
    if (n == NULL)
        return ou_err_format(&ou_exc_AttributeError, "'%s' object has no attribute '__notes__'",
                             ou_type_name(self));
    return ou_newref(n);
}
static int set_notes(OuObject *self, OuObject *value)
{
    if (value == NULL && BASE(self)->notes == NULL) {
        ou_err_format(&ou_exc_AttributeError, "__notes__");
        return -1;
    }
    set_field(&BASE(self)->notes, value);
    return 0;
}

static OuObject *get_dict(OuObject *self)
{
    OuBaseException *e = BASE(self);
    if (e->dict == NULL && (e->dict = ou_dict_new()) == NULL)
        return NULL;
    return ou_newref(e->dict);
}
static int set_dict(OuObject *self, OuObject *value)
{
    if (value == NULL) {
        ou_err_format(&ou_exc_TypeError, "__dict__ may not be deleted");
        return -1;
    }
    if (!ou_dict_check(value)) {
        ou_err_format(&ou_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                      ou_type_name(value));
        return -1;
    }
    set_field(&BASE(self)->dict, value);
    return 0;
}

// ---- Methods shared by every exception ----

static OuObject *meth_with_traceback(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                                     OuObject *kwnames)
{
    if (kwnames != NULL && ou_tuple_size(kwnames) > 0)
        return ou_err_format(&ou_exc_TypeError, "with_traceback() takes no keyword arguments");
    if (nargs != 1)
        return ou_err_format(&ou_exc_TypeError, "%s.with_traceback() takes exactly one argument (%zd given)",
                             ou_type_name(self), nargs);
    if (set_traceback(self, args[0]) < 0)
        return NULL;
    return ou_newref(self);
}

static OuObject *meth_add_note(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (kwnames != NULL && ou_tuple_size(kwnames) > 0)
        return ou_err_format(&ou_exc_TypeError, "add_note() takes no keyword arguments");
    if (nargs != 1)
        return ou_err_format(&ou_exc_TypeError, "%s.add_note() takes exactly one argument (%zd given)",
                             ou_type_name(self), nargs);
    if (!ou_str_check(args[0]))
        return ou_err_format(&ou_exc_TypeError, "note must be a str, not '%s'", ou_type_name(args[0]));
    OuBaseException *e = BASE(self);
    if (e->notes == NULL && (e->notes = ou_list_new(0)) == NULL)
        return NULL;
    if (!ou_list_check(e->notes))
        return ou_err_format(&ou_exc_TypeError, "Cannot add note: __notes__ is not a list");
    if (ou_list_append(e->notes, args[0]) < 0)
        return NULL;
    return ou_return_none();
}

// ---- Tables ----

static const OuMethodDef methods_Base[] = {
    { "__init__", meth_init_Base, 0, "Initialize self." },
    { "with_traceback", meth_with_traceback, 0,
      "Exception.with_traceback(tb) -- set self.__traceback__ to tb and return self." },
    { "add_note", meth_add_note, 0,
      "Exception.add_note(note) -- add a note to the exception" },
    { NULL, NULL, 0, NULL },
};
#define LAYOUT_METHODS(L) \
    static const OuMethodDef methods_##L[] = { \
        { "__init__", meth_init_##L, 0, "Initialize self." }, \
        { NULL, NULL, 0, NULL }, \
    };
LAYOUT_METHODS(StopIteration)
LAYOUT_METHODS(SystemExit)
LAYOUT_METHODS(SyntaxError)
LAYOUT_METHODS(ImportError)
LAYOUT_METHODS(OSError)
LAYOUT_METHODS(NameError)
LAYOUT_METHODS(AttributeError)

static const OuGetSetDef getsets_Base[] = {
    { "args", get_args, set_args_attr, NULL },
    { "__traceback__", get_traceback, set_traceback, NULL },
    { "__context__", get_context, set_context, "exception context" },
    { "__cause__", get_cause, set_cause, "exception cause" },
    { "__suppress_context__", get_suppress, set_suppress, NULL },
    { "__notes__", get_notes, set_notes, NULL },
    { "__dict__", get_dict, set_dict, NULL },
    { NULL, NULL, NULL, NULL },
};
#define GS(S, f, pyname, doc) { pyname, get_##S##_##f, set_##S##_##f, doc },
static const OuGetSetDef getsets_StopIteration[] = {
    GS(OuStopIteration, value, "value", "generator return value")
    { NULL, NULL, NULL, NULL },
};
static const OuGetSetDef getsets_SystemExit[] = {
    GS(OuSystemExit, code, "code", "exception code")
    { NULL, NULL, NULL, NULL },
};
static const OuGetSetDef getsets_SyntaxError[] = {
    GS(OuSyntaxError, msg, "msg", "exception msg")
    GS(OuSyntaxError, filename, "filename", "exception filename")
    GS(OuSyntaxError, lineno, "lineno", "exception lineno")
    GS(OuSyntaxError, offset, "offset", "exception offset")
    GS(OuSyntaxError, text, "text", "exception text")
    GS(OuSyntaxError, end_lineno, "end_lineno", "exception end lineno")
    GS(OuSyntaxError, end_offset, "end_offset", "exception end offset")
    GS(OuSyntaxError, print_file_and_line, "print_file_and_line", "exception print_file_and_line")
    { NULL, NULL, NULL, NULL },
};
static const OuGetSetDef getsets_ImportError[] = {
    GS(OuImportError, msg, "msg", "exception message")
    GS(OuImportError, name, "name", "module name")
    GS(OuImportError, path, "path", "module path")
    { NULL, NULL, NULL, NULL },
};
static const OuGetSetDef getsets_OSError[] = {
    GS(OuOSError, myerrno, "errno", "POSIX exception code")
    GS(OuOSError, strerror, "strerror", "exception strerror")
    GS(OuOSError, filename, "filename", "exception filename")
    GS(OuOSError, filename2, "filename2", "second exception filename")
    { NULL, NULL, NULL, NULL },
};
static const OuGetSetDef getsets_NameError[] = {
    GS(OuNameError, name, "name", "name")
    { NULL, NULL, NULL, NULL },
};
static const OuGetSetDef getsets_AttributeError[] = {
    GS(OuAttributeError, name, "name", "attribute name")
    GS(OuAttributeError, obj, "obj", "object")
    { NULL, NULL, NULL, NULL },
};

// `object` is the base of BaseException; the paste below names it so.
#define ou_exc_object ou_object_type
#define LAYOUT_SIZE_Base sizeof(OuBaseException)
#define LAYOUT_SIZE_StopIteration sizeof(OuStopIteration)
#define LAYOUT_SIZE_SystemExit sizeof(OuSystemExit)
#define LAYOUT_SIZE_SyntaxError sizeof(OuSyntaxError)
#define LAYOUT_SIZE_ImportError sizeof(OuImportError)
#define LAYOUT_SIZE_OSError sizeof(OuOSError)
#define LAYOUT_SIZE_NameError sizeof(OuNameError)
#define LAYOUT_SIZE_AttributeError sizeof(OuAttributeError)

#define OU_EXC(name_, base_, layout) \
    OuType ou_exc_##name_ = { \
        OU_STATIC_HEAD(&ou_type_type), \
        .name = #name_, \
        .basicsize = LAYOUT_SIZE_##layout, \
        .flags = OU_TPFLAGS_GC | OU_TPFLAGS_BASETYPE | OU_TPFLAGS_BASE_EXC_SUBCLASS, \
        .base = &ou_exc_##base_, \
        .dealloc = dealloc_##layout, \
        .repr = exc_repr, \
        .str = str_##layout, \
        .getattr = exc_getattr, \
        .setattr = exc_setattr, \
        .new = new_##layout, \
        .traverse = traverse_##layout, \
        .clear = clear_##layout, \
        .dictoffset = offsetof(OuBaseException, dict), \
    };
#include "runtime/exc_list.h"
#undef OU_EXC
#undef ou_exc_object

// Every built-in exception type, in list order (bases before subclasses),
// with the tables of its layout.
typedef struct {
    OuType *type;
    const OuMethodDef *methods;
    const OuGetSetDef *getsets;
} ExcEntry;
static const ExcEntry exc_entries[] = {
#define OU_EXC(name, base, layout) { &ou_exc_##name, methods_##layout, getsets_##layout },
#include "runtime/exc_list.h"
#undef OU_EXC
};

// ---- Public helpers ----

int ou_exception_class_check(OuObject *o)
{
    return ou_type_check(o) && ou_type_has_flag((OuType *)o, OU_TPFLAGS_BASE_EXC_SUBCLASS);
}

OuObject *ou_exception_new(OuType *type, OuObject *const *args, ou_ssize_t nargs)
{
    if (ou_type_has_flag(type, OU_TPFLAGS_HEAPTYPE))
        return ou_call((OuObject *)type, args, nargs, NULL);
    return type->new(type, args, nargs, NULL);
}

OuObject *ou_exception_str(OuObject *exc)
{
    return ou_object_str(exc);
}

void ou_exception_set_traceback(OuObject *exc, OuObject *tb)
{
    OU_XINCREF(tb);
    OU_SETREF(BASE(exc)->traceback, tb);
}

void ou_exception_set_context(OuObject *exc, OuObject *ctx)
{
    OU_SETREF(BASE(exc)->context, ctx);
}

void ou_exception_set_cause(OuObject *exc, OuObject *cause)
{
    BASE(exc)->suppress_context = 1;
    OU_SETREF(BASE(exc)->cause, cause);
}

int ou_exc_init_types(void)
{
    size_t n = sizeof exc_entries / sizeof exc_entries[0];
    for (size_t i = 0; i < n; i++) {
        OuType *t = exc_entries[i].type;
        // The first type of a layout carries its tables; the rest inherit.
        int root = t == &ou_exc_BaseException || t->basicsize != t->base->basicsize;
        if (root) {
            t->methods = exc_entries[i].methods;
            t->getsets = exc_entries[i].getsets;
        }
        if (t == &ou_exc_KeyError)
            t->str = str_KeyError;
        if (ou_type_ready(t) < 0)
            return -1;
    }
    OuObject *me = ou_exc_MemoryError.new(&ou_exc_MemoryError, NULL, 0, NULL);
    if (me == NULL)
        return -1;
    ou_state.memory_error = me;
    return 0;
}

void ou_exc_fini_types(void)
{
    OU_CLEAR(ou_state.memory_error);
    size_t n = sizeof exc_entries / sizeof exc_entries[0];
    for (size_t i = n; i-- > 0;)
        ou_type_fini(exc_entries[i].type);
}

void ou_exception_set_name_context(OuObject *exc, OuObject *name, OuObject *obj)
{
    if (exc == NULL)
        return;
    if (ou_is_instance_of(exc, &ou_exc_NameError)) {
        OuNameError *e = (OuNameError *)exc;
        if (e->name == NULL || e->name == ou_None)
            OU_SETREF(e->name, ou_newref(name));
    } else if (ou_is_instance_of(exc, &ou_exc_AttributeError)) {
        OuAttributeError *e = (OuAttributeError *)exc;
        if (e->name == NULL || e->name == ou_None) {
            OU_SETREF(e->name, ou_newref(name));
            OU_SETREF(e->obj, ou_xnewref(obj));
        }
    }
}
