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

static const OuGetSetDef func_getsets[] = {
    {"__dict__", func_get_dict, NULL, NULL},
    {"__name__", func_get_name, NULL, NULL},
    {"__qualname__", func_get_qualname, NULL, NULL},
    {"__code__", func_get_code, NULL, NULL},
    {"__globals__", func_get_globals, NULL, NULL},
    {"__defaults__", func_get_defaults, NULL, NULL},
    {"__kwdefaults__", func_get_kwdefaults, NULL, NULL},
    {"__doc__", func_get_doc, NULL, NULL},
    {"__module__", func_get_module, NULL, NULL},
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
};
