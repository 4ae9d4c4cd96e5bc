// vm/vm.h: running code. The dispatch loop lives in vm/eval.c; calls and
// argument binding in vm/call.c; tracebacks in vm/traceback.c.
//
// Python-to-Python calls made by bytecode do not recurse on the C stack:
// CALL pushes a frame and the same loop continues in it. Only calls that
// come from C (a sort key, a builtin calling back) enter the loop anew.
#ifndef OURO_VM_VM_H
#define OURO_VM_VM_H

#include <stdio.h>
#include "runtime/object.h"
#include "vm/frame.h"

// Run module-level (or class-body) code with `globals` and `locals` dicts
// (borrowed). New ref to the result, or NULL with an exception set.
OuObject *ou_vm_run_code(OuObject *code, OuObject *globals, OuObject *locals);
// Call a Python function from C. Arguments as in OuCallFunc (borrowed).
OuObject *ou_vm_call_function(OuObject *func, OuObject *const *args, ou_ssize_t nargs,
                              OuObject *kwnames);
// Bind call arguments to a new frame for `func`. Steals args[0..nargs+nkw)
// on every path. New ref or NULL with the TypeError CPython gives.
OuFrame *ou_vm_frame_for_call(OuObject *func, OuObject **args, ou_ssize_t nargs,
                              OuObject *kwnames);
// Run `frame` (stolen) to completion. New ref or NULL with an exception set.
OuObject *ou_vm_eval(OuFrame *frame);
// Run or resume `frame` (stolen) until it returns, raises or — a generator's
// frame — yields (the frame then stays suspended, its `finished` unset).
// With `throwflag`, the pending exception is raised at the resume point.
OuObject *ou_vm_resume(OuFrame *frame, int throwflag);
// SEND's step of `yield from`: send `value` into `receiver`. Returns
// OU_GEN_YIELDED or OU_GEN_RETURNED with *result set, or -1.
int ou_vm_send(OuObject *receiver, OuObject *value, OuObject **result);

// ---- Tracebacks (vm/traceback.c) ----
typedef struct OuTraceback {
    OU_OBJECT_HEAD
    struct OuTraceback *next;   // toward the frame that raised
    OuFrame *frame;
    int lasti;
    int lineno;
} OuTraceback;
extern OuType ou_traceback_type;

// Record that the pending exception passed through `frame` at `lasti`. 0 / -1.
int ou_traceback_here(OuFrame *frame, int lasti);
// Print `exc` (and its chain of causes and contexts) as CPython 3.11 prints
// an uncaught exception, to `out`.
void ou_vm_print_exception(OuObject *exc, FILE *out);
// The close name CPython 3.11 suggests for a NameError or AttributeError
// ("Did you mean: 'x'?"). New ref to a str, or NULL (no exception).
OuObject *ou_vm_suggestion(OuObject *exc);
// Import a module by name, as __import__ (vm/import.c). New ref.
OuObject *ou_vm_import(OuObject *name, OuObject *globals, OuObject *fromlist, int level);
// `from module import name`: the attribute, else sys.modules['module.name'].
// New ref, or NULL with the ImportError CPython words (vm/import.c).
OuObject *ou_vm_import_from(OuObject *module, OuObject *name);
// `from module import *` into `locals` (borrowed), honouring `__all__`. 0 / -1.
int ou_vm_import_star(OuObject *locals, OuObject *module);

#endif
