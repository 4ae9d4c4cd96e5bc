// vm/import.c: `import`, with the semantics of CPython 3.11's importlib for
// the two kinds of module ouro knows: the modules written in C
// (stdlib/stdlib.h) and `.py` source files found on `sys.path`, including
// packages (a directory holding `__init__.py`).
//
// The steps follow `__import__`: work out the absolute name (relative
// imports resolve against the importer's `__package__`), load it and each
// parent package (`find_and_load`), then pick what IMPORT_NAME pushes: the
// top-level package for `import a.b.c`, the named module when there is a
// from-list (after importing the submodules the from-list names).
//
// A module is entered in `sys.modules` before its code runs, so a circular
// import finds the half-made module instead of loading it twice; its
// `initializing` flag (runtime/module.h) lets `ou_vm_import_from` word the
// failure as a circular import. Namespace packages (directories without
// `__init__.py`), bytecode caches and import hooks are not supported.
#include "vm/vm.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "compiler/compiler.h"
#include "gc/gc.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/stdlib.h"

// ---- Errors ----

// Raise ModuleNotFoundError with `msg` (a str, stolen) and record the name
// of the missing module as its `name`, which the from-list step tests.
static OuObject *not_found(OuObject *msg, OuObject *name)
{
    if (msg == NULL)
        return NULL;
    OuObject *exc = ou_exception_new(&ou_exc_ModuleNotFoundError, &msg, 1);
    OU_DECREF(msg);
    if (exc == NULL)
        return NULL;
    OU_SETREF(((OuImportError *)exc)->name, ou_newref(name));
    ou_err_restore(exc);
    return NULL;
}

// Raise ImportError(msg) with its `name` and `path` attributes (borrowed,
// either may be NULL).
static OuObject *import_error(OuObject *msg, OuObject *name, OuObject *path)
{
    if (msg == NULL)
        return NULL;
    OuObject *exc = ou_exception_new(&ou_exc_ImportError, &msg, 1);
    OU_DECREF(msg);
    if (exc == NULL)
        return NULL;
    OuImportError *e = (OuImportError *)exc;
    if (name != NULL)
        OU_SETREF(e->name, ou_newref(name));
    if (path != NULL)
        OU_SETREF(e->path, ou_newref(path));
    ou_err_restore(exc);
    return NULL;
}

// ---- Finding a source file ----

static int is_regular_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static int is_directory(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

// The directory a search-path entry names, made absolute the way 3.11's
// path finder does, so `__file__` and tracebacks show full paths even for
// the '' entry of `-c`. New ref to a str, or NULL with an exception set.
static OuObject *absolute_entry(OuObject *entry)
{
    const char *e = ou_str_utf8(entry);
    if (e[0] == '/')
        return ou_newref(entry);
    char cwd[4096];
    if (getcwd(cwd, sizeof cwd) == NULL)
        return ou_err_from_errno(NULL);
    if (e[0] == '\0' || strcmp(e, ".") == 0)
        return ou_str_from_cstr(cwd);
    return ou_str_from_format("%s/%s", cwd, e);
}

typedef struct {
    OuObject *file;         // the source file's path (str), NULL when not found
    OuObject *dir;          // a package's directory (its __path__ entry), else NULL
} Location;

// Look for `tail` (the last component of a dotted name) as a package or a
// module in each directory of `path` (a list, borrowed). 0 with loc->file
// NULL when nothing matches; -1 with an exception set.
static int locate(OuObject *path, const char *tail, Location *loc)
{
    loc->file = loc->dir = NULL;
    if (!ou_list_check(path))
        return 0;
    for (ou_ssize_t i = 0; i < ou_list_size(path); i++) {
        OuObject *entry = ou_list_items(path)[i];
        if (!ou_str_check(entry))
            continue;
        OuObject *dir = absolute_entry(entry);
        if (dir == NULL)
            return -1;
        OuObject *pkg = ou_str_from_format("%U/%s", dir, tail);
        if (pkg == NULL) {
            OU_DECREF(dir);
            return -1;
        }
        // A package wins over a module of the same name, as in CPython.
        if (is_directory(ou_str_utf8(pkg))) {
            OuObject *init = ou_str_from_format("%U/__init__.py", pkg);
            if (init == NULL) {
                OU_DECREF(dir);
                OU_DECREF(pkg);
                return -1;
            }
            if (is_regular_file(ou_str_utf8(init))) {
                OU_DECREF(dir);
                loc->file = init;
                loc->dir = pkg;
                return 0;
            }
            OU_DECREF(init);
        }
        OU_DECREF(pkg);
        OuObject *mod = ou_str_from_format("%U/%s.py", dir, tail);
        OU_DECREF(dir);
        if (mod == NULL)
            return -1;
        if (is_regular_file(ou_str_utf8(mod))) {
            loc->file = mod;
            return 0;
        }
        OU_DECREF(mod);
    }
    return 0;
}

// ---- Loading ----

// The whole of a file, in memory from ou_mem_alloc (the caller frees it).
// NULL with OSError set.
static char *read_source(OuObject *path, size_t *len)
{
    FILE *fp = fopen(ou_str_utf8(path), "rb");
    if (fp == NULL)
        return ou_err_from_errno(path), NULL;
    size_t cap = 4096, n = 0;
    char *buf = ou_mem_alloc_or_raise(cap);
    while (buf != NULL) {
        size_t got = fread(buf + n, 1, cap - n, fp);
        n += got;
        if (got == 0)
            break;
        if (n == cap) {
            char *nb = ou_mem_realloc_or_raise(buf, cap *= 2);
            if (nb == NULL)
                ou_mem_free(buf);
            buf = nb;
        }
    }
    if (buf != NULL && ferror(fp)) {
        ou_mem_free(buf);
        buf = NULL;
        ou_err_from_errno(path);
    }
    fclose(fp);
    *len = n;
    return buf;
}

// `__cached__` as CPython computes it, though ouro writes no bytecode:
// DIR/__pycache__/NAME.cpython-311.pyc beside the source.
static OuObject *cached_path(OuObject *file)
{
    const char *f = ou_str_utf8(file);
    const char *slash = strrchr(f, '/');
    const char *base = slash ? slash + 1 : f;
    OuObject *dir = ou_str_from_utf8(f, (ou_ssize_t)(base - f));
    OuObject *stem = dir ? ou_str_from_utf8(base, (ou_ssize_t)strlen(base) - 3) : NULL;
    OuObject *r = stem ? ou_str_from_format("%U__pycache__/%U.cpython-311.pyc", dir, stem) : NULL;
    OU_XDECREF(dir);
    OU_XDECREF(stem);
    return r;
}

// Fill in the attributes importlib gives a module before running its code.
static int init_module_attrs(OuObject *m, OuObject *name, const Location *loc)
{
    OuObject *d = ou_module_dict(m);
    OuObject *package;
    if (loc->dir != NULL) {
        package = ou_newref(name);
    } else {
        const char *s = ou_str_utf8(name);
        const char *dot = strrchr(s, '.');
        package = ou_str_from_utf8(s, dot ? (ou_ssize_t)(dot - s) : 0);
    }
    OuObject *cached = cached_path(loc->file);
    int r = -1;
    if (package != NULL && cached != NULL
        && ou_dict_setitem_str(d, "__package__", package) == 0
        && ou_dict_setitem_str(d, "__file__", loc->file) == 0
        && ou_dict_setitem_str(d, "__cached__", cached) == 0
        && ou_dict_setitem_str(d, "__builtins__", ou_state.builtins) == 0)
        r = 0;
    OU_XDECREF(package);
    OU_XDECREF(cached);
    if (r == 0 && loc->dir != NULL) {
        OuObject *path = ou_list_new(0);
        if (path == NULL || ou_list_append(path, loc->dir) < 0
            || ou_dict_setitem_str(d, "__path__", path) < 0)
            r = -1;
        OU_XDECREF(path);
    }
    return r;
}

// Create the module for `name`, enter it in sys.modules and run its source.
// New ref to what sys.modules then holds, or NULL (and no trace left in
// sys.modules) with an exception set.
// Run a module's source in `m`, already in sys.modules under `name`.
// Returns the module sys.modules holds afterwards (New ref), or NULL with
// the module removed from sys.modules again. `src` may be NULL (the read
// failed, an exception is set). Steals the reference to `m`.
static OuObject *exec_module(OuObject *name, OuObject *m, const char *src, size_t len, const char *filename)
{
    OuObject *result = NULL;
    if (src != NULL) {
        OuObject *code = ou_compile(src, len, filename, OU_PARSE_FILE);
        if (code != NULL) {
            ((OuModule *)m)->initializing = 1;
            OuObject *d = ou_module_dict(m);
            result = ou_vm_run_code(code, d, d);
            ((OuModule *)m)->initializing = 0;
            OU_DECREF(code);
        }
    }
    if (result == NULL) {
        // Keep the failure's exception while sys.modules forgets the module.
        OuObject *exc = ou_err_fetch();
        if (ou_dict_getitem(ou_state.modules, name) != NULL && ou_dict_delitem(ou_state.modules, name) < 0)
            ou_err_clear();
        ou_err_restore(exc);
        OU_DECREF(m);
        return NULL;
    }
    OU_DECREF(result);
    // The module's code may have replaced its own entry in sys.modules.
    OuObject *final = ou_dict_getitem(ou_state.modules, name);
    if (final == NULL) {
        OU_DECREF(m);
        if (ou_err_occurred())
            return NULL;
        return ou_err_format(&ou_exc_KeyError, "%R", name);
    }
    OU_INCREF(final);
    OU_DECREF(m);
    return final;
}

static OuObject *load_source(OuObject *name, const Location *loc)
{
    OuObject *m = ou_module_new(ou_str_utf8(name));
    if (m == NULL)
        return NULL;
    if (init_module_attrs(m, name, loc) < 0 || ou_dict_setitem(ou_state.modules, name, m) < 0) {
        OU_DECREF(m);
        return NULL;
    }
    size_t len = 0;
    char *src = read_source(loc->file, &len);
    // The code's filename is the path it was read from: the traceback
    // printer opens it again to show source lines.
    OuObject *r = exec_module(name, m, src, len, ou_str_utf8(loc->file));
    ou_mem_free(src);
    return r;
}

// A standard module written in Python and compiled into ouro; NULL (no
// exception) when there is none by that name. Its code is named like
// CPython's frozen modules: "<frozen functools>".
static OuObject *load_embedded(OuObject *name)
{
    for (const OuPyModule *p = ou_py_modules; p->name != NULL; p++) {
        if (!ou_str_eq_cstr(name, p->name))
            continue;
        OuObject *m = ou_module_new(p->name);
        if (m == NULL)
            return NULL;
        if (ou_dict_setitem_str(ou_module_dict(m), "__builtins__", ou_state.builtins) < 0
            || ou_dict_setitem(ou_state.modules, name, m) < 0) {
            OU_DECREF(m);
            return NULL;
        }
        char filename[128];
        snprintf(filename, sizeof filename, "<frozen %s>", p->name);
        return exec_module(name, m, p->source, p->size, filename);
    }
    return NULL;
}

static OuObject *load_builtin(OuObject *name)
{
    for (const OuBuiltinModule *b = ou_builtin_modules; b->name != NULL; b++) {
        if (!ou_str_eq_cstr(name, b->name))
            continue;
        OuObject *m = b->init();
        if (m == NULL)
            return NULL;
        if (ou_dict_setitem(ou_state.modules, name, m) < 0) {
            OU_DECREF(m);
            return NULL;
        }
        return m;
    }
    return NULL;
}

static OuObject *find_and_load(OuObject *name);

// Import the parent package of `name` (the `a.b` of `a.b.c`) and return its
// `__path__`. New ref, or NULL with an exception set. `*parent_out`
// receives a new reference to the parent module.
static OuObject *parent_path(OuObject *name, OuObject *parent, OuObject **parent_out)
{
    *parent_out = NULL;
    if (ou_dict_getitem(ou_state.modules, parent) == NULL) {
        if (ou_err_occurred())
            return NULL;
        OuObject *p = find_and_load(parent);
        if (p == NULL)
            return NULL;
        OU_DECREF(p);
    }
    OuObject *pm = ou_dict_getitem(ou_state.modules, parent);
    if (pm == NULL) {
        if (ou_err_occurred())
            return NULL;
        return ou_err_format(&ou_exc_KeyError, "%R", parent);
    }
    OuObject *path = ou_object_getattr_str(pm, "__path__");
    if (path == NULL) {
        if (!ou_err_matches(&ou_exc_AttributeError))
            return NULL;
        ou_err_clear();
        return not_found(ou_str_from_format("No module named %R; %R is not a package", name, parent), name);
    }
    *parent_out = ou_newref(pm);
    return path;
}

// sys.modules[name], importing it (and its parents) first if needed.
// New ref, or NULL with an exception set.
static OuObject *find_and_load(OuObject *name)
{
    OuObject *m = ou_dict_getitem(ou_state.modules, name);
    if (m != NULL) {
        if (m == ou_None)
            return not_found(ou_str_from_format("import of %U halted; None in sys.modules", name), name);
        return ou_newref(m);
    }
    if (ou_err_occurred())
        return NULL;

    const char *s = ou_str_utf8(name);
    const char *dot = strrchr(s, '.');
    OuObject *parent = NULL, *parent_module = NULL, *path;
    if (dot != NULL) {
        parent = ou_str_from_utf8(s, (ou_ssize_t)(dot - s));
        if (parent == NULL)
            return NULL;
        path = parent_path(name, parent, &parent_module);
        if (path == NULL) {
            OU_DECREF(parent);
            return NULL;
        }
        // Importing the parent may have imported this module too.
        m = ou_dict_getitem(ou_state.modules, name);
        if (m != NULL) {
            OU_DECREF(path);
            OU_DECREF(parent);
            OU_DECREF(parent_module);
            return ou_newref(m);
        }
    } else {
        m = load_builtin(name);
        if (m != NULL || ou_err_occurred())
            return m;
        path = ou_dict_getitem_str(ou_module_dict(ou_state.sys), "path");
        if (path == NULL || !ou_list_check(path)) {
            if (ou_err_occurred())
                return NULL;
            return import_error(ou_str_from_cstr("sys.path must be a list of directory names"), NULL, NULL);
        }
        OU_INCREF(path);
    }

    Location loc;
    int r = locate(path, dot ? dot + 1 : s, &loc);
    OU_DECREF(path);
    if (r < 0 || loc.file == NULL) {
        OU_XDECREF(parent);
        OU_XDECREF(parent_module);
        if (r < 0)
            return NULL;
        // Not on sys.path: the standard modules compiled into ouro.
        if (dot == NULL && (m = load_embedded(name)) != NULL)
            return m;
        if (ou_err_occurred())
            return NULL;
        return not_found(ou_str_from_format("No module named %R", name), name);
    }
    m = load_source(name, &loc);
    OU_DECREF(loc.file);
    OU_XDECREF(loc.dir);
    // Bind the submodule in its package, as `import a.b` makes `a.b` work.
    if (m != NULL && parent_module != NULL) {
        OuObject *child = ou_str_from_cstr(dot + 1);
        if (child == NULL || ou_object_setattr(parent_module, child, m) < 0)
            ou_err_clear();
        OU_XDECREF(child);
    }
    OU_XDECREF(parent);
    OU_XDECREF(parent_module);
    return m;
}

// ---- Names ----

// The package a relative import in `globals` is relative to, as
// importlib's `_calc___package__`. New ref to a str, or NULL.
static OuObject *calc_package(OuObject *globals)
{
    if (globals == NULL || !ou_dict_check(globals))
        return ou_str_empty();
    OuObject *package = ou_dict_getitem_str(globals, "__package__");
    if (package != NULL && package != ou_None) {
        if (!ou_str_check(package))
            return ou_err_format(&ou_exc_TypeError, "package must be a string");
        return ou_newref(package);
    }
    OuObject *spec = ou_dict_getitem_str(globals, "__spec__");
    if (spec != NULL && spec != ou_None)
        return ou_object_getattr_str(spec, "parent");
    OuObject *name = ou_dict_getitem_str(globals, "__name__");
    if (name == NULL) {
        if (ou_err_occurred())
            return NULL;
        return ou_err_format(&ou_exc_KeyError, "'__name__' not in globals");
    }
    if (!ou_str_check(name))
        return ou_err_format(&ou_exc_TypeError, "__name__ must be a string");
    if (ou_dict_getitem_str(globals, "__path__") != NULL)
        return ou_newref(name);
    const char *s = ou_str_utf8(name);
    const char *dot = strrchr(s, '.');
    return ou_str_from_utf8(s, dot ? (ou_ssize_t)(dot - s) : 0);
}

// The absolute name of `name` imported with `level` leading dots.
static OuObject *resolve_name(OuObject *name, OuObject *globals, int level)
{
    OuObject *package = calc_package(globals);
    if (package == NULL)
        return NULL;
    if (ou_str_size(package) == 0) {
        OU_DECREF(package);
        return import_error(ou_str_from_cstr("attempted relative import with no known parent package"), NULL, NULL);
    }
    // Each dot past the first climbs one package up.
    const char *p = ou_str_utf8(package);
    ou_ssize_t end = ou_str_size(package);
    for (int i = 1; i < level; i++) {
        while (end > 0 && p[end - 1] != '.')
            end--;
        if (end == 0) {
            OU_DECREF(package);
            return import_error(ou_str_from_cstr("attempted relative import beyond top-level package"), NULL, NULL);
        }
        end--;
    }
    OuObject *base = ou_str_from_utf8(p, end);
    OU_DECREF(package);
    if (base == NULL || ou_str_size(name) == 0)
        return base;
    OuObject *r = ou_str_from_format("%U.%U", base, name);
    OU_DECREF(base);
    return r;
}

// Import the submodules a from-list names that are not yet attributes of
// the package `m`; a `*` stands for the package's `__all__`.
static int handle_fromlist(OuObject *m, OuObject *fromlist, int in_all)
{
    OuObject *seq = ou_sequence_tuple(fromlist);
    if (seq == NULL)
        return -1;
    int r = 0;
    for (ou_ssize_t i = 0; r == 0 && i < ou_tuple_size(seq); i++) {
        OuObject *x = ou_tuple_get(seq, i);
        if (!ou_str_check(x)) {
            if (in_all) {
                OuObject *mn = ou_object_getattr_str(m, "__name__");
                if (mn != NULL)
                    ou_err_format(&ou_exc_TypeError, "Item in %U.__all__ must be str, not %s",
                                  mn, ou_type_name(x));
                OU_XDECREF(mn);
            } else {
                ou_err_format(&ou_exc_TypeError, "Item in ``from list'' must be str, not %s", ou_type_name(x));
            }
            r = -1;
            break;
        }
        if (ou_str_eq_cstr(x, "*")) {
            if (in_all)
                continue;
            OuObject *all = ou_object_getattr_str(m, "__all__");
            if (all == NULL) {
                if (!ou_err_matches(&ou_exc_AttributeError)) {
                    r = -1;
                    break;
                }
                ou_err_clear();
                continue;
            }
            r = handle_fromlist(m, all, 1);
            OU_DECREF(all);
            continue;
        }
        OuObject *v = ou_object_getattr(m, x);
        if (v != NULL) {
            OU_DECREF(v);
            continue;
        }
        if (!ou_err_matches(&ou_exc_AttributeError)) {
            r = -1;
            break;
        }
        ou_err_clear();
        OuObject *mn = ou_object_getattr_str(m, "__name__");
        OuObject *full = mn ? ou_str_from_format("%U.%U", mn, x) : NULL;
        OU_XDECREF(mn);
        if (full == NULL) {
            r = -1;
            break;
        }
        OuObject *sub = find_and_load(full);
        if (sub != NULL) {
            OU_DECREF(sub);
        } else if (ou_err_matches(&ou_exc_ModuleNotFoundError)) {
            // A missing submodule is not an error here: IMPORT_FROM
            // reports the missing name with a better message.
            OuImportError *e = (OuImportError *)ou_err_occurred();
            OuObject *held = ou_dict_getitem(ou_state.modules, full);
            if (e->name != NULL && ou_str_check(e->name) && ou_str_eq(e->name, full) && held != ou_None)
                ou_err_clear();
            else
                r = -1;
        } else {
            r = -1;
        }
        OU_DECREF(full);
    }
    OU_DECREF(seq);
    return r;
}

// ---- The entry points ----

OuObject *ou_vm_import(OuObject *name, OuObject *globals, OuObject *fromlist, int level)
{
    if (level < 0)
        return ou_err_format(&ou_exc_ValueError, "level must be >= 0");
    OuObject *absname;
    if (level > 0) {
        absname = resolve_name(name, globals, level);
        if (absname == NULL)
            return NULL;
    } else {
        if (ou_str_size(name) == 0)
            return ou_err_format(&ou_exc_ValueError, "Empty module name");
        absname = ou_newref(name);
    }
    OuObject *m = find_and_load(absname);
    if (m == NULL) {
        OU_DECREF(absname);
        return NULL;
    }
    int has_from = 0;
    if (fromlist != NULL && fromlist != ou_None) {
        has_from = ou_object_is_true(fromlist);
        if (has_from < 0)
            goto error;
    }
    if (!has_from) {
        const char *s = ou_str_utf8(name);
        const char *dot = strchr(s, '.');
        if (level == 0 && dot != NULL) {
            // `import a.b.c` binds `a`: hand out the top-level package.
            OuObject *front = ou_str_from_utf8(s, (ou_ssize_t)(dot - s));
            OuObject *top = front ? find_and_load(front) : NULL;
            OU_XDECREF(front);
            OU_DECREF(m);
            m = top;
        } else if (level > 0 && dot != NULL) {
            ou_ssize_t cut = ou_str_size(name) - (ou_ssize_t)(dot - s);
            OuObject *front = ou_str_from_utf8(ou_str_utf8(absname), ou_str_size(absname) - cut);
            OuObject *top = front ? ou_dict_getitem(ou_state.modules, front) : NULL;
            if (front != NULL && top == NULL && !ou_err_occurred())
                ou_err_format(&ou_exc_KeyError, "%R", front);
            OU_XDECREF(front);
            OU_DECREF(m);
            m = top ? ou_newref(top) : NULL;
        }
        OU_DECREF(absname);
        return m;
    }
    OuObject *path = ou_object_getattr_str(m, "__path__");
    if (path == NULL) {
        if (!ou_err_matches(&ou_exc_AttributeError))
            goto error;
        ou_err_clear();
    } else {
        OU_DECREF(path);
        if (handle_fromlist(m, fromlist, 0) < 0)
            goto error;
    }
    OU_DECREF(absname);
    return m;
error:
    OU_DECREF(absname);
    OU_DECREF(m);
    return NULL;
}

// `from module import name`: the attribute, or else the submodule
// `module.name` already in sys.modules. New ref, or NULL with the
// ImportError CPython words for a missing name.
OuObject *ou_vm_import_from(OuObject *module, OuObject *name)
{
    OuObject *attr = ou_object_getattr(module, name);
    if (attr != NULL || !ou_err_matches(&ou_exc_AttributeError))
        return attr;
    ou_err_clear();
    OuObject *pkgname = ou_object_getattr_str(module, "__name__");
    if (pkgname == NULL || !ou_str_check(pkgname)) {
        OU_XDECREF(pkgname);
        pkgname = NULL;
        ou_err_clear();
    } else {
        OuObject *full = ou_str_from_format("%U.%U", pkgname, name);
        if (full == NULL) {
            OU_DECREF(pkgname);
            return NULL;
        }
        OuObject *sub = ou_dict_getitem(ou_state.modules, full);
        OU_DECREF(full);
        if (sub != NULL) {
            OU_DECREF(pkgname);
            return ou_newref(sub);
        }
        if (ou_err_occurred()) {
            OU_DECREF(pkgname);
            return NULL;
        }
    }
    OuObject *shown = pkgname ? ou_newref(pkgname) : ou_str_from_cstr("<unknown module name>");
    if (shown == NULL) {
        OU_XDECREF(pkgname);
        return NULL;
    }
    OuObject *file = ou_module_check(module) ? ou_dict_getitem_str(ou_module_dict(module), "__file__") : NULL;
    OuObject *msg;
    if (file == NULL || !ou_str_check(file)) {
        file = NULL;
        msg = ou_str_from_format("cannot import name %R from %R (unknown location)", name, shown);
    } else if (((OuModule *)module)->initializing) {
        msg = ou_str_from_format("cannot import name %R from partially initialized module %R "
                                 "(most likely due to a circular import) (%U)", name, shown, file);
    } else {
        msg = ou_str_from_format("cannot import name %R from %R (%U)", name, shown, file);
    }
    import_error(msg, pkgname, file);
    OU_DECREF(shown);
    OU_XDECREF(pkgname);
    return NULL;
}

// `from module import *` into `locals` (borrowed): the names in
// `__all__`, or else every public name of the module's `__dict__`. 0 / -1.
int ou_vm_import_star(OuObject *locals, OuObject *module)
{
    if (locals == NULL) {
        ou_err_set_string(&ou_exc_SystemError, "no locals found during 'import *'");
        return -1;
    }
    int skip_private = 0;
    OuObject *names = ou_object_getattr_str(module, "__all__");
    if (names == NULL) {
        if (!ou_err_matches(&ou_exc_AttributeError))
            return -1;
        ou_err_clear();
        OuObject *dict = ou_object_getattr_str(module, "__dict__");
        if (dict == NULL) {
            if (ou_err_matches(&ou_exc_AttributeError)) {
                ou_err_clear();
                ou_err_set_string(&ou_exc_ImportError, "from-import-* object has no __dict__ and no __all__");
            }
            return -1;
        }
        names = ou_dict_check(dict) ? ou_dict_keys_list(dict) : ou_sequence_tuple(dict);
        OU_DECREF(dict);
        if (names == NULL)
            return -1;
        skip_private = 1;
    }
    OuObject *seq = ou_sequence_tuple(names);
    OU_DECREF(names);
    if (seq == NULL)
        return -1;
    int r = 0;
    for (ou_ssize_t i = 0; i < ou_tuple_size(seq); i++) {
        OuObject *n = ou_tuple_get(seq, i);
        if (!ou_str_check(n)) {
            OuObject *mn = ou_object_getattr_str(module, "__name__");
            if (mn != NULL)
                ou_err_format(&ou_exc_TypeError, skip_private ? "Key in %U.__dict__ must be str, not %s"
                                                              : "Item in %U.__all__ must be str, not %s",
                              mn, ou_type_name(n));
            OU_XDECREF(mn);
            r = -1;
            break;
        }
        if (skip_private && ou_str_utf8(n)[0] == '_')
            continue;
        OuObject *v = ou_object_getattr(module, n);
        if (v == NULL) {
            r = -1;
            break;
        }
        r = ou_dict_check(locals) ? ou_dict_setitem(locals, n, v) : ou_object_setitem(locals, n, v);
        OU_DECREF(v);
        if (r < 0)
            break;
    }
    OU_DECREF(seq);
    return r;
}
