// vm/internal.h: helpers shared by the files of vm/ (the loop's slow paths).
#ifndef OURO_VM_INTERNAL_H
#define OURO_VM_INTERNAL_H

#include "runtime/object.h"
#include "vm/frame.h"

// The unbound-name error for cell or free slot `i` of `f`. Returns NULL.
OuObject *ou_vm_free_var_error(OuFrame *f, int i);
// LOAD_METHOD's lookup: a new reference to a function-like attribute found on
// the type (to call with obj first), or NULL (no exception: use getattr).
OuObject *ou_vm_lookup_method(OuObject *obj, OuObject *name);
OuObject *ou_vm_build_set(OuObject **items, int n);     // items borrowed
// `[*x]` and `f(*x)`: extend with CPython's message for non-iterables. 0 / -1.
int ou_vm_list_extend(OuObject *list, OuObject *iterable);
// `{**x}` (merge 0) and `f(**x)` (merge 1: duplicates are an error). 0 / -1.
int ou_vm_dict_merge(OuObject *dict, OuObject *other, int merge, OuObject *func);
OuObject *ou_vm_call_ex(OuObject *func, OuObject *args, OuObject *kwargs);
// BEFORE_WITH: *exit = bound __exit__, *res = __enter__(). 0 / -1.
int ou_vm_with_enter(OuObject *mgr, OuObject **exit, OuObject **res);
int ou_vm_display(OuObject *v);     // the REPL's display of an expression value

#endif
