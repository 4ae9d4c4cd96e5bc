// runtime/func.c: the `function` type.
#include "runtime/func.h"

#include "gc/gc.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/method.h"
#include "runtime/tuple.h"
#include "runtime/weakref.h"
#include "vm/vm.h"

OuObject *ou_function_new(OuObject *code, OuObject *globals)
{
    OuFunction *f = (OuFunction *)ou_object_new(&ou_function_type);
    if (f == NULL)
        return NULL;
    OuCode *co = (OuCode *)code;
    f->code = ou_newref(code);
    f->globals = ou_newref(globals);
    OuObject *builtins = ou_dict_getitem_str(globals, "__builtins__");
    if (builtins != NULL && ou_dict_check(builtins))
        f->builtins = ou_newref(builtins);
    else
        f->builtins = ou_newref(ou_state.builtins);
    f->name = ou_newref(co->name);
    f->qualname = ou_newref(co->qualname);
    // A function's first constant is its docstring, or None (the compiler
    // reserves the slot).
    if ((co->flags & OU_CO_OPTIMIZED) && ou_tuple_size(co->consts) > 0) {
        OuObject *doc = ou_tuple_get(co->consts, 0);
        if (doc == ou_None || ou_str_check(doc))
            f->doc = ou_newref(doc);
    }
    OuObject *modname = ou_dict_getitem_str(globals, "__name__");
    f->module = ou_xnewref(modname);
    ou_gc_track((OuObject *)f);
    return (OuObject *)f;
}

static int func_traverse(OuObject *self, OuVisitProc visit, void *arg)
{
    OuFunction *f = (OuFunction *)self;
    OU_VISIT(f->code);
    OU_VISIT(f->globals);
    OU_VISIT(f->builtins);
    OU_VISIT(f->name);
    OU_VISIT(f->qualname);
    OU_VISIT(f->defaults);
    OU_VISIT(f->kwdefaults);
    OU_VISIT(f->closure);
    OU_VISIT(f->doc);
    OU_VISIT(f->module);
    OU_VISIT(f->dict);
    OU_VISIT(f->annotations);
    return 0;
}

static int func_clear(OuObject *self)
{
    OuFunction *f = (OuFunction *)self;
    OU_CLEAR(f->globals);
    OU_CLEAR(f->builtins);
    OU_CLEAR(f->defaults);
    OU_CLEAR(f->kwdefaults);
    OU_CLEAR(f->closure);
    OU_CLEAR(f->doc);
    OU_CLEAR(f->module);
    OU_CLEAR(f->dict);
    OU_CLEAR(f->annotations);
    return 0;
}

static void func_dealloc(OuObject *self)
{
    OuFunction *f = (OuFunction *)self;
    ou_gc_untrack(self);
    ou_weakref_clear_refs(self);
    func_clear(self);
    OU_CLEAR(f->code);
    OU_CLEAR(f->name);
    OU_CLEAR(f->qualname);
    ou_object_free(self);
}

static OuObject *func_repr(OuObject *self)
{
    OuFunction *f = (OuFunction *)self;
    return ou_str_from_format("<function %U at %p>", f->qualname, (void *)self);
}

static OuObject *func_call(OuObject *callable, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return ou_vm_call_function(callable, args, nargs, kwnames);
}

// Functions bind to instances as methods (classes arrive in a later release).
static OuObject *func_descr_get(OuObject *self, OuObject *obj, OuObject *type)
{
    if (obj == NULL || obj == ou_None)
        return ou_newref(self);
    return ou_method_new(self, obj);
}

static OuObject *func_get_name(OuObject *self) { return ou_newref(((OuFunction *)self)->name); }
static OuObject *func_get_qualname(OuObject *self) { return ou_newref(((OuFunction *)self)->qualname); }
static OuObject *func_get_code(OuObject *self) { return ou_newref(((OuFunction *)self)->code); }
static OuObject *func_get_globals(OuObject *self) { return ou_newref(((OuFunction *)self)->globals); }
static OuObject *func_get_defaults(OuObject *self)
{
    OuObject *d = ((OuFunction *)self)->defaults;
    return ou_newref(d ? d : ou_None);
}
static OuObject *func_get_kwdefaults(OuObject *self)
{
    OuObject *d = ((OuFunction *)self)->kwdefaults;
    return ou_newref(d ? d : ou_None);
}
static OuObject *func_get_doc(OuObject *self)
{
    OuObject *d = ((OuFunction *)self)->doc;
    return ou_newref(d ? d : ou_None);
}
static OuObject *func_get_module(OuObject *self)
{
    OuObject *d = ((OuFunction *)self)->module;
    return ou_newref(d ? d : ou_None);
}

static OuObject *func_get_dict(OuObject *self) { return ou_object_get_dict(self); }
static OuObject *func_get_closure(OuObject *self)
{
    OuObject *c = ((OuFunction *)self)->closure;
    return ou_newref(c ? c : ou_None);
}

static int set_str(OuObject **slot, OuObject *value, const char *what)
{
    if (value == NULL || !ou_str_check(value)) {
        ou_err_format(&ou_exc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    OU_SETREF(*slot, ou_newref(value));
    return 0;
}
static int func_set_name(OuObject *self, OuObject *v) { return set_str(&((OuFunction *)self)->name, v, "__name__"); }
static int func_set_qualname(OuObject *self, OuObject *v)
{
    return set_str(&((OuFunction *)self)->qualname, v, "__qualname__");
}
// None and NULL both mean "none" for these; deleting sets none.
static int set_optional(OuObject **slot, OuObject *value, int (*check)(OuObject *), const char *what)
{
    if (value == ou_None)
        value = NULL;
    if (value != NULL && check != NULL && !check(value)) {
        ou_err_format(&ou_exc_TypeError, "%s must be set to a %s object", what,
                      check == ou_tuple_check ? "tuple" : "dict");
        return -1;
    }
    OU_SETREF(*slot, ou_xnewref(value));
    return 0;
}
static int func_set_defaults(OuObject *self, OuObject *v)
{
    return set_optional(&((OuFunction *)self)->defaults, v, ou_tuple_check, "__defaults__");
}
static int func_set_kwdefaults(OuObject *self, OuObject *v)
{
    return set_optional(&((OuFunction *)self)->kwdefaults, v, ou_dict_check, "__kwdefaults__");
}
static int func_set_doc(OuObject *self, OuObject *v)
{
    OU_SETREF(((OuFunction *)self)->doc, ou_newref(v ? v : ou_None));
    return 0;
}
static int func_set_module(OuObject *self, OuObject *v)
{
    OU_SETREF(((OuFunction *)self)->module, ou_newref(v ? v : ou_None));
    return 0;
}

static const OuGetSetDef func_getsets[] = {
    {"__dict__", func_get_dict, NULL, NULL},
    {"__closure__", func_get_closure, NULL, NULL},
    {"__name__", func_get_name, func_set_name, NULL},
    {"__qualname__", func_get_qualname, func_set_qualname, NULL},
    {"__code__", func_get_code, NULL, NULL},
    {"__globals__", func_get_globals, NULL, NULL},
    {"__defaults__", func_get_defaults, func_set_defaults, NULL},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, NULL},
    {"__doc__", func_get_doc, func_set_doc, NULL},
    {"__module__", func_get_module, func_set_module, NULL},
    {NULL, NULL, NULL, NULL},
};

OuType ou_function_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "function",
    .basicsize = sizeof(OuFunction),
    .flags = OU_TPFLAGS_GC | OU_TPFLAGS_METHOD_DESCRIPTOR,
    .dealloc = func_dealloc,
    .repr = func_repr,
    .call = func_call,
    .descr_get = func_descr_get,
    .traverse = func_traverse,
    .clear = func_clear,
    .getsets = func_getsets,
    .dictoffset = offsetof(OuFunction, dict),
    .weaklistoffset = offsetof(OuFunction, weaklist),
};
