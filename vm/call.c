// vm/call.c: calls into Python code: binding arguments to a new frame with
// CPython's TypeErrors, calls from C, `f(*args, **kwargs)`, and the other
// slow paths of the loop that involve calling.
#include "vm/vm.h"

#include <string.h>
#include "gc/gc.h"
#include "runtime/cell.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/func.h"
#include "runtime/gen.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/method.h"
#include "runtime/set.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/internal.h"

// ---- Argument binding ----

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'", as CPython lists missing names.
static OuObject *format_names(OuObject **names, int n)
{
    OuStrBuilder sb;
    ou_sb_init(&sb);
    for (int i = 0; i < n; i++) {
        if (i > 0 && n > 2 && ou_sb_append_cstr(&sb, ",") < 0)
            goto fail;
        if (i > 0 && i == n - 1 && ou_sb_append_cstr(&sb, " and") < 0)
            goto fail;
        if (i > 0 && ou_sb_append_cstr(&sb, " ") < 0)
            goto fail;
        if (ou_sb_append_repr(&sb, names[i]) < 0)
            goto fail;
    }
    return ou_sb_finish(&sb);
fail:
    ou_sb_discard(&sb);
    return NULL;
}

static void missing_arguments(OuCode *co, OuObject **L, int start, int end, int ndefaults,
                              const char *kind)
{
    OuObject *missing[256];
    int n = 0;
    OuObject **varnames = ou_tuple_items(co->localsplusnames);
    for (int i = start; i < end && n < 256; i++)
        if (L[i] == NULL && (ndefaults < 0 || i < end - ndefaults))
            missing[n++] = varnames[i];
    OuObject *list = format_names(missing, n);
    if (list == NULL)
        return;
    ou_err_format(&ou_exc_TypeError, "%U() missing %d required %s argument%s: %U", co->qualname, n,
                  kind, n == 1 ? "" : "s", list);
    OU_DECREF(list);
}

static void too_many_positional(OuCode *co, OuObject **L, ou_ssize_t given, OuObject *defaults)
{
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        if (L[i] != NULL)
            kwonly_given++;
    ou_ssize_t ndefaults = defaults ? ou_tuple_size(defaults) : 0;
    char sig[64], kwonly_sig[96] = "";
    int plural;
    if (ndefaults) {
        plural = 1;
        snprintf(sig, sizeof sig, "from %d to %d", co->argcount - (int)ndefaults, co->argcount);
    } else {
        plural = co->argcount != 1;
        snprintf(sig, sizeof sig, "%d", co->argcount);
    }
    if (kwonly_given)
        snprintf(kwonly_sig, sizeof kwonly_sig, " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    ou_err_format(&ou_exc_TypeError, "%U() takes %s positional argument%s but %zd%s %s given",
                  co->qualname, sig, plural ? "s" : "", given, kwonly_sig,
                  given == 1 && !kwonly_given ? "was" : "were");
}

// Index of parameter `name` among the ones a keyword may name, or -1.
static int find_keyword(OuCode *co, OuObject *name, int from, int to)
{
    OuObject **varnames = ou_tuple_items(co->localsplusnames);
    for (int i = from; i < to; i++)
        if (varnames[i] == name)
            return i;
    for (int i = from; i < to; i++)
        if (ou_str_eq(varnames[i], name))
            return i;
    return -1;
}

OuFrame *ou_vm_frame_for_call(OuObject *fobj, OuObject **args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuFunction *func = (OuFunction *)fobj;
    OuCode *co = (OuCode *)func->code;
    ou_ssize_t nkw = kwnames ? ou_tuple_size(kwnames) : 0;
    OuFrame *f = ou_frame_new(co, fobj, func->globals, func->builtins, NULL);
    if (f == NULL) {
        for (ou_ssize_t i = 0; i < nargs + nkw; i++)
            OU_DECREF(args[i]);
        return NULL;
    }
    OuObject **L = f->localsplus;
    int argcount = co->argcount;
    // The common case: exactly the positional parameters.
    if (nkw == 0 && nargs == argcount && !(co->flags & (OU_CO_VARARGS | OU_CO_VARKEYWORDS))
        && co->kwonlyargcount == 0) {
        memcpy(L, args, sizeof(OuObject *) * (size_t)nargs);
        return f;
    }

    int total = argcount + co->kwonlyargcount;
    OuObject *kwdict = NULL;
    ou_ssize_t i = 0, consumed = 0;
    if (co->flags & OU_CO_VARKEYWORDS) {
        kwdict = ou_dict_new();
        if (kwdict == NULL)
            goto fail;
        L[total + !!(co->flags & OU_CO_VARARGS)] = kwdict;
    }
    ou_ssize_t n = nargs < argcount ? nargs : argcount;
    for (i = 0; i < n; i++)
        L[i] = args[i];
    consumed = n;
    if (co->flags & OU_CO_VARARGS) {
        OuObject *rest = ou_tuple_new(nargs - n);
        if (rest == NULL)
            goto fail;
        for (ou_ssize_t j = n; j < nargs; j++)
            ou_tuple_items(rest)[j - n] = args[j];
        consumed = nargs;
        L[total] = rest;
    }
    // Keyword arguments.
    for (ou_ssize_t k = 0; k < nkw; k++) {
        OuObject *name = ou_tuple_get(kwnames, k);
        OuObject *value = args[nargs + k];
        int idx = find_keyword(co, name, co->posonlyargcount, total);
        if (idx < 0) {
            if (kwdict != NULL) {
                if (ou_dict_setitem(kwdict, name, value) < 0)
                    goto fail;
                OU_DECREF(value);
                args[nargs + k] = NULL;
                continue;
            }
            if (find_keyword(co, name, 0, co->posonlyargcount) >= 0)
                ou_err_format(&ou_exc_TypeError,
                              "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                              co->qualname, name);
            else
                ou_err_format(&ou_exc_TypeError, "%U() got an unexpected keyword argument '%U'",
                              co->qualname, name);
            goto fail;
        }
        if (L[idx] != NULL) {
            ou_err_format(&ou_exc_TypeError, "%U() got multiple values for argument '%U'", co->qualname, name);
            goto fail;
        }
        L[idx] = value;
        args[nargs + k] = NULL;
    }
    if (nargs > argcount && !(co->flags & OU_CO_VARARGS)) {
        too_many_positional(co, L, nargs, func->defaults);
        goto fail;
    }
    // Defaults for the missing positional parameters; then any still empty
    // are missing (all of them are named in the error).
    if (nargs < argcount) {
        ou_ssize_t ndef = func->defaults ? ou_tuple_size(func->defaults) : 0;
        int first_default = argcount - (int)ndef;
        for (int p = first_default > nargs ? first_default : (int)nargs; p < argcount; p++)
            if (L[p] == NULL)
                L[p] = ou_newref(ou_tuple_get(func->defaults, p - first_default));
        for (int p = (int)nargs; p < first_default; p++) {
            if (L[p] == NULL) {
                missing_arguments(co, L, (int)nargs, argcount, -1, "positional");
                goto fail;
            }
        }
    }
    // Keyword-only parameters: defaults first, then report what is missing.
    int kwmissing = 0;
    for (int p = argcount; p < total; p++) {
        if (L[p] != NULL)
            continue;
        OuObject *name = ou_tuple_get(co->localsplusnames, p);
        OuObject *def = func->kwdefaults ? ou_dict_getitem(func->kwdefaults, name) : NULL;
        if (def != NULL)
            L[p] = ou_newref(def);
        else if (ou_err_occurred())
            goto fail;
        else
            kwmissing = 1;
    }
    if (kwmissing) {
        missing_arguments(co, L, argcount, total, -1, "keyword-only");
        goto fail;
    }
    return f;

fail:
    // Release what was not moved into the frame; the frame releases the rest.
    for (ou_ssize_t j = consumed; j < nargs; j++)
        OU_DECREF(args[j]);
    for (ou_ssize_t j = 0; j < nkw; j++)
        OU_XDECREF(args[nargs + j]);
    ou_frame_exit(f);
    return NULL;
}

OuObject *ou_vm_call_function(OuObject *func, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuCode *co = (OuCode *)((OuFunction *)func)->code;
    ou_ssize_t total = nargs + (kwnames ? ou_tuple_size(kwnames) : 0);
    OuObject *small[8];
    OuObject **owned = total <= 8 ? small : ou_mem_alloc_or_raise(sizeof(OuObject *) * (size_t)total);
    if (owned == NULL)
        return NULL;
    for (ou_ssize_t i = 0; i < total; i++)
        owned[i] = ou_newref(args[i]);
    OuFrame *f = ou_vm_frame_for_call(func, owned, nargs, kwnames);
    if (owned != small)
        ou_mem_free(owned);
    if (f == NULL)
        return NULL;
    if (co->flags & OU_CO_GENERATOR)
        return ou_gen_new(f);
    return ou_vm_eval(f);
}

int ou_vm_send(OuObject *receiver, OuObject *value, OuObject **result)
{
    if (ou_gen_check(receiver))
        return ou_gen_send_ex(receiver, value, 0, result);
    OuObject *r;
    if (value == ou_None && OU_TYPE(receiver)->iternext != NULL)
        r = OU_TYPE(receiver)->iternext(receiver);
    else
        r = ou_call_method(receiver, "send", &value, 1);
    if (r != NULL) {
        *result = r;
        return OU_GEN_YIELDED;
    }
    // The end of the delegate: StopIteration carries its return value.
    if (ou_err_occurred() && !ou_err_matches(&ou_exc_StopIteration))
        return -1;
    OuObject *stop = ou_err_fetch();
    OuObject *v = stop ? ((OuStopIteration *)stop)->value : NULL;
    *result = ou_newref(v ? v : ou_None);
    OU_XDECREF(stop);
    return OU_GEN_RETURNED;
}

OuObject *ou_vm_run_code(OuObject *code, OuObject *globals, OuObject *locals)
{
    OuObject *builtins = ou_dict_getitem_str(globals, "__builtins__");
    if (builtins == NULL || !ou_dict_check(builtins))
        builtins = ou_state.builtins;
    OuFrame *f = ou_frame_new((OuCode *)code, NULL, globals, builtins, locals);
    if (f == NULL)
        return NULL;
    return ou_vm_eval(f);
}

// ---- Slow paths of the loop ----

// How CPython names a callable in call errors: "mod.Qual.name()" unless
// the module is builtins. New ref (a str).
static OuObject *function_str(OuObject *func)
{
    OuObject *qual = ou_object_getattr_str(func, "__qualname__");
    if (qual == NULL || !ou_str_check(qual)) {
        OU_XDECREF(qual);
        ou_err_clear();
        return ou_str_from_format("%s object", ou_type_name(func));
    }
    OuObject *mod = ou_object_getattr_str(func, "__module__");
    OuObject *r;
    if (mod != NULL && ou_str_check(mod) && !ou_str_eq_cstr(mod, "builtins"))
        r = ou_str_from_format("%U.%U()", mod, qual);
    else
        r = ou_str_from_format("%U()", qual);
    ou_err_clear();
    OU_XDECREF(mod);
    OU_DECREF(qual);
    return r;
}

OuObject *ou_vm_free_var_error(OuFrame *f, int i)
{
    OuObject *name = ou_tuple_get(f->code->localsplusnames, i);
    if (f->code->localspluskinds[i] & OU_FAST_FREE)
        return ou_err_format(&ou_exc_NameError,
                             "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                             name);
    return ou_err_format(&ou_exc_UnboundLocalError,
                         "cannot access local variable '%U' where it is not associated with a value", name);
}

OuObject *ou_vm_lookup_method(OuObject *obj, OuObject *name)
{
    OuType *t = OU_TYPE(obj);
    if (t->getattr != NULL && t->getattr != ou_object_generic_getattr)
        return NULL;
    OuObject *descr = ou_type_lookup(t, name);
    if (descr == NULL || !ou_type_has_flag(OU_TYPE(descr), OU_TPFLAGS_METHOD_DESCRIPTOR))
        return NULL;
    // An instance attribute of the same name hides the method.
    if (t->dictoffset > 0) {
        int err;
        if (ou_instance_attr_get(obj, name, &err) != NULL || err)
            return NULL;
    }
    return ou_newref(descr);
}

OuObject *ou_vm_build_set(OuObject **items, int n)
{
    OuObject *s = ou_set_new(NULL);
    if (s == NULL)
        return NULL;
    for (int i = 0; i < n; i++)
        if (ou_set_add(s, items[i]) < 0) {
            OU_DECREF(s);
            return NULL;
        }
    return s;
}

int ou_vm_list_extend(OuObject *list, OuObject *iterable)
{
    if (ou_list_extend(list, iterable) == 0)
        return 0;
    if (ou_err_matches(&ou_exc_TypeError) && OU_TYPE(iterable)->iter == NULL
        && OU_TYPE(iterable)->getitem == NULL) {
        ou_err_clear();
        ou_err_format(&ou_exc_TypeError, "Value after * must be an iterable, not %s", ou_type_name(iterable));
    }
    return -1;
}

int ou_vm_dict_merge(OuObject *dict, OuObject *other, int merge, OuObject *func)
{
    if (!ou_dict_check(other)) {
        // Anything with keys() is a mapping; the error names what is not.
        OuObject *keys = ou_object_getattr_str(other, "keys");
        if (keys == NULL) {
            if (!ou_err_matches(&ou_exc_AttributeError))
                return -1;
            ou_err_clear();
            if (merge) {
                OuObject *name = function_str(func);
                if (name != NULL) {
                    ou_err_format(&ou_exc_TypeError, "%U argument after ** must be a mapping, not %s", name,
                                  ou_type_name(other));
                    OU_DECREF(name);
                }
            } else {
                ou_err_format(&ou_exc_TypeError, "'%s' object is not a mapping", ou_type_name(other));
            }
            return -1;
        }
        OU_DECREF(keys);
        if (!merge)
            return ou_dict_update(dict, other);
        OuObject *copy = ou_dict_new();
        if (copy == NULL || ou_dict_update(copy, other) < 0) {
            OU_XDECREF(copy);
            return -1;
        }
        int r = ou_vm_dict_merge(dict, copy, merge, func);
        OU_DECREF(copy);
        return r;
    }
    if (!merge)
        return ou_dict_update(dict, other);
    ou_ssize_t pos = 0;
    OuObject *k, *v;
    while (ou_dict_next(other, &pos, &k, &v)) {
        if (!ou_str_check(k)) {
            ou_err_set_string(&ou_exc_TypeError, "keywords must be strings");
            return -1;
        }
        int has = ou_dict_contains(dict, k);
        if (has < 0)
            return -1;
        if (has) {
            OuObject *name = function_str(func);
            if (name != NULL) {
                ou_err_format(&ou_exc_TypeError, "%U got multiple values for keyword argument '%U'", name, k);
                OU_DECREF(name);
            }
            return -1;
        }
        if (ou_dict_setitem(dict, k, v) < 0)
            return -1;
    }
    return 0;
}

static OuObject *call_ex(OuObject *func, OuObject *args, OuObject *kwargs);

OuObject *ou_vm_call_ex(OuObject *func, OuObject *args, OuObject *kwargs)
{
    if (OU_TYPE(args) == &ou_tuple_type)
        return call_ex(func, args, kwargs);
    // `f(*x)` hands over x itself: any iterable will do.
    OuObject *t = ou_sequence_tuple(args);
    if (t == NULL) {
        if (ou_err_matches(&ou_exc_TypeError) && OU_TYPE(args)->iter == NULL
            && OU_TYPE(args)->getitem == NULL) {
            ou_err_clear();
            OuObject *name = function_str(func);
            if (name != NULL) {
                ou_err_format(&ou_exc_TypeError, "%U argument after * must be an iterable, not %s", name,
                              ou_type_name(args));
                OU_DECREF(name);
            }
        }
        return NULL;
    }
    OuObject *r = call_ex(func, t, kwargs);
    OU_DECREF(t);
    return r;
}

static OuObject *call_ex(OuObject *func, OuObject *args, OuObject *kwargs)
{
    ou_ssize_t nargs = ou_tuple_size(args);
    ou_ssize_t nkw = kwargs ? ou_dict_size(kwargs) : 0;
    if (nkw == 0)
        return ou_call(func, ou_tuple_items(args), nargs, NULL);
    OuObject **buf = ou_mem_alloc_or_raise(sizeof(OuObject *) * (size_t)(nargs + nkw));
    if (buf == NULL)
        return NULL;
    OuObject *kwnames = ou_tuple_new(nkw);
    if (kwnames == NULL) {
        ou_mem_free(buf);
        return NULL;
    }
    memcpy(buf, ou_tuple_items(args), sizeof(OuObject *) * (size_t)nargs);
    ou_ssize_t pos = 0, i = 0;
    OuObject *k, *v;
    while (ou_dict_next(kwargs, &pos, &k, &v)) {
        ou_tuple_items(kwnames)[i] = ou_newref(k);
        buf[nargs + i] = v;
        i++;
    }
    OuObject *r = ou_call(func, buf, nargs, kwnames);
    OU_DECREF(kwnames);
    ou_mem_free(buf);
    return r;
}

static OuObject *bind(OuObject *descr, OuObject *obj)
{
    OuTernaryFunc get = OU_TYPE(descr)->descr_get;
    return get ? get(descr, obj, (OuObject *)OU_TYPE(obj)) : ou_newref(descr);
}

int ou_vm_with_enter(OuObject *mgr, OuObject **exit, OuObject **res)
{
    OuObject *enter_name = ou_str_intern_cstr("__enter__");
    OuObject *exit_name = ou_str_intern_cstr("__exit__");
    int rc = -1;
    if (enter_name == NULL || exit_name == NULL)
        goto done;
    OuObject *enter = ou_type_lookup(OU_TYPE(mgr), enter_name);
    if (enter == NULL) {
        if (!ou_err_occurred())
            ou_err_format(&ou_exc_TypeError, "'%s' object does not support the context manager protocol",
                          ou_type_name(mgr));
        goto done;
    }
    OuObject *exitd = ou_type_lookup(OU_TYPE(mgr), exit_name);
    if (exitd == NULL) {
        if (!ou_err_occurred())
            ou_err_format(&ou_exc_TypeError,
                          "'%s' object does not support the context manager protocol (missed __exit__ method)",
                          ou_type_name(mgr));
        goto done;
    }
    // Both come from the type, bound to the manager, never from the instance.
    OuObject *bound_exit = bind(exitd, mgr);
    if (bound_exit == NULL)
        goto done;
    OuObject *bound_enter = bind(enter, mgr);
    if (bound_enter == NULL) {
        OU_DECREF(bound_exit);
        goto done;
    }
    OuObject *r = ou_call_noargs(bound_enter);
    OU_DECREF(bound_enter);
    if (r == NULL) {
        OU_DECREF(bound_exit);
        goto done;
    }
    *exit = bound_exit;
    *res = r;
    rc = 0;
done:
    OU_XDECREF(enter_name);
    OU_XDECREF(exit_name);
    return rc;
}

int ou_vm_display(OuObject *v)
{
    if (v == ou_None)
        return 0;
    if (ou_dict_setitem_str(ou_state.builtins, "_", ou_None) < 0)
        return -1;
    OuObject *r = ou_object_repr(v);
    if (r == NULL)
        return -1;
    fwrite(ou_str_utf8(r), 1, (size_t)ou_str_size(r), stdout);
    fputc('\n', stdout);
    OU_DECREF(r);
    return ou_dict_setitem_str(ou_state.builtins, "_", v);
}
