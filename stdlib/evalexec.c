// stdlib/evalexec.c: eval(), exec() and compile(). Source text goes through
// the same compiler as a script (ou_compile) and runs in a fresh frame with
// the namespaces the caller names, or the calling frame's own.
#include "stdlib/evalexec.h"

#include <string.h>
#include "compiler/compiler.h"
#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "vm/frame.h"
#include "vm/vm.h"

// Point *p / *n at the text of a str or bytes source. 1 when it is one, 0 when not.
static int source_text(OuObject *src, const char **p, ou_ssize_t *n)
{
    if (ou_str_check(src)) {
        *p = ou_str_utf8(src);
        *n = ou_str_size(src);
        return 1;
    }
    return ou_bytes_buffer(src, p, n);
}

// New ref: the code object for `src` compiled in `mode`, or NULL.
static OuObject *compile_source(const char *fname, OuObject *src, const char *filename, int mode,
                                int strip)
{
    if (ou_code_check(src))
        return ou_newref(src);
    const char *p;
    ou_ssize_t n;
    if (!source_text(src, &p, &n))
        return ou_err_format(&ou_exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    if ((ou_ssize_t)strlen(p) != n)
        return ou_err_set_string(&ou_exc_ValueError, "source code string cannot contain null bytes");
    // eval() forgives the indentation a string literal in code tends to carry.
    while (strip && n > 0 && (*p == ' ' || *p == '\t')) {
        p++;
        n--;
    }
    return ou_compile(p, (size_t)n, filename, mode);
}

// Resolve the globals and locals eval/exec run with. Borrowed results; *own
// receives a reference the caller must drop (the calling frame's locals).
static int namespaces(const char *fname, OuObject *g, OuObject *l, OuObject **gout, OuObject **lout,
                      OuObject **own)
{
    *own = NULL;
    if (g == ou_None)
        g = NULL;
    if (l == ou_None)
        l = NULL;
    int is_exec = strcmp(fname, "exec") == 0;
    if (l != NULL && !ou_dict_check(l)) {
        // Only dicts serve as namespaces here; CPython's wording for the rest.
        if (is_exec)
            ou_err_format(&ou_exc_TypeError, "locals must be a mapping or None, not %s", ou_type_name(l));
        else
            ou_err_set_string(&ou_exc_TypeError, "locals must be a mapping");
        return -1;
    }
    if (g != NULL && !ou_dict_check(g)) {
        if (is_exec)
            ou_err_format(&ou_exc_TypeError, "exec() globals must be a dict, not %s", ou_type_name(g));
        else
            ou_err_set_string(&ou_exc_TypeError, OU_TYPE(g)->getitem != NULL
                                                     ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                     : "globals must be a dict");
        return -1;
    }
    if (g == NULL) {
        OuFrame *f = ou_state.frame;
        if (f == NULL) {
            ou_err_set_string(&ou_exc_SystemError, "globals and locals cannot be NULL");
            return -1;
        }
        g = f->globals;
        if (l == NULL) {
            *own = ou_frame_locals(f);
            if (*own == NULL)
                return -1;
            l = *own;
        }
    } else if (l == NULL) {
        l = g;
    }
    // Code run with a bare dict still sees the builtins, as in CPython.
    if (ou_dict_getitem_str(g, "__builtins__") == NULL) {
        if (ou_err_occurred() || ou_dict_setitem_str(g, "__builtins__", ou_state.builtins) < 0) {
            OU_CLEAR(*own);
            return -1;
        }
    }
    *gout = g;
    *lout = l;
    return 0;
}

static OuObject *run(const char *fname, int mode, OuObject *const *args, ou_ssize_t nargs,
                     OuObject *kwnames)
{
    static const char *const names[] = { "", "globals", "locals", NULL };
    OuObject *a[3];
    if (ou_args_parse(fname, args, nargs, kwnames, names, 1, 3, a) < 0)
        return NULL;
    OuObject *g, *l, *own;
    if (namespaces(fname, a[1], a[2], &g, &l, &own) < 0)
        return NULL;
    OuObject *code = compile_source(fname, a[0], "<string>", mode, mode == OU_PARSE_EVAL);
    OuObject *res = NULL;
    if (code != NULL) {
        res = ou_vm_run_code(code, g, l);
        OU_DECREF(code);
    }
    OU_XDECREF(own);
    if (res != NULL && mode != OU_PARSE_EVAL)
        OU_SETREF(res, ou_newref(ou_None));
    return res;
}

OuObject *ou_builtin_eval(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return run("eval", OU_PARSE_EVAL, args, nargs, kwnames);
}

OuObject *ou_builtin_exec(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return run("exec", OU_PARSE_FILE, args, nargs, kwnames);
}

OuObject *ou_builtin_compile(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    static const char *const names[] = { "source", "filename", "mode", "flags", "dont_inherit",
                                         "optimize", NULL };
    OuObject *a[6];
    if (ou_args_parse("compile", args, nargs, kwnames, names, 3, 6, a) < 0)
        return NULL;
    if (!ou_str_check(a[2]))
        return ou_err_format(&ou_exc_TypeError, "compile() argument 'mode' must be str, not %s",
                             ou_type_name(a[2]));
    int mode;
    if (ou_str_eq_cstr(a[2], "exec"))
        mode = OU_PARSE_FILE;
    else if (ou_str_eq_cstr(a[2], "eval"))
        mode = OU_PARSE_EVAL;
    else if (ou_str_eq_cstr(a[2], "single"))
        mode = OU_PARSE_SINGLE;
    else
        return ou_err_set_string(&ou_exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    const char *filename;
    ou_ssize_t fn_len;
    if (!source_text(a[1], &filename, &fn_len))
        return ou_err_format(&ou_exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                             ou_type_name(a[1]));
    return compile_source("compile", a[0], filename, mode, 0);
}
