// vm/eval.c: the dispatch loop, and nothing else.
//
// One C activation of ou_vm_eval runs a chain of Python frames: CALL to a
// Python function pushes a frame and keeps going here; RETURN_VALUE pops back
// to the caller, and leaves the loop only at the frame the loop was entered
// with (`entry`). Errors jump to `error:`, which records the traceback entry
// and looks up a handler in the code object's exception table (3.11's model).
//
// Start reading at ou_vm_eval. Slow paths live in helpers below the loop or
// in runtime/ (ou_number_binop, ou_object_getattr, …).
#include "vm/signals.h"
#include "vm/vm.h"

#include <string.h>
#include "compiler/compiler.h"
#include "gc/gc.h"
#include "runtime/format.h"
#include "runtime/cell.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/float.h"
#include "runtime/func.h"
#include "runtime/gen.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "runtime/slice.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/internal.h"

// ---- Slow paths, kept out of the loop ----

static OuObject *name_error(OuObject *name)
{
    ou_err_format(&ou_exc_NameError, "name '%U' is not defined", name);
    ou_exception_set_name_context(ou_state.exc, name, NULL);
    return NULL;
}

static OuObject *unbound_local(OuFrame *f, int i)
{
    OuObject *name = ou_tuple_get(f->code->localsplusnames, i);
    return ou_err_format(&ou_exc_UnboundLocalError,
                         "cannot access local variable '%U' where it is not associated with a value", name);
}

static OuObject *load_global(OuFrame *f, OuObject *name)
{
    OuObject *v = ou_dict_getitem(f->globals, name);
    if (v == NULL && !ou_err_occurred())
        v = ou_dict_getitem(f->builtins, name);
    if (v == NULL) {
        if (!ou_err_occurred())
            name_error(name);
        return NULL;
    }
    return ou_newref(v);
}

static OuObject *load_name(OuFrame *f, OuObject *name)
{
    if (f->locals == NULL)
        return ou_err_format(&ou_exc_SystemError, "no locals when loading %R", name);
    OuObject *v = ou_dict_check(f->locals) ? ou_dict_getitem(f->locals, name)
                                           : ou_object_getitem(f->locals, name);
    if (v != NULL)
        return ou_dict_check(f->locals) ? ou_newref(v) : v;
    if (ou_err_occurred()) {
        if (!ou_err_matches(&ou_exc_KeyError))
            return NULL;
        ou_err_clear();
    }
    return load_global(f, name);
}

// `raise exc from cause` (either may be NULL). Returns 1 for a bare
// re-raise, which keeps the traceback as it is, 0 for a new raise, -1 never.
static int do_raise(OuObject *exc, OuObject *cause)
{
    if (exc == NULL) {
        OuObject *cur = ou_state.handled_exc;
        if (cur == NULL || cur == ou_None) {
            ou_err_set_string(&ou_exc_RuntimeError, "No active exception to reraise");
            return 0;
        }
        ou_err_restore(ou_newref(cur));
        return 1;
    }
    OuObject *value;
    if (ou_exception_class_check(exc)) {
        value = ou_call_noargs(exc);
        if (value == NULL)
            return 0;
        if (!ou_exception_check(value)) {
            ou_err_format(&ou_exc_TypeError,
                          "calling %R should have returned an instance of BaseException, not %s",
                          exc, ou_type_name(value));
            OU_DECREF(value);
            return 0;
        }
    } else if (ou_exception_check(exc)) {
        value = ou_newref(exc);
    } else {
        ou_err_set_string(&ou_exc_TypeError, "exceptions must derive from BaseException");
        return 0;
    }
    if (cause != NULL) {
        OuObject *c;
        if (ou_exception_class_check(cause)) {
            c = ou_call_noargs(cause);
            if (c == NULL) {
                OU_DECREF(value);
                return 0;
            }
        } else if (ou_exception_check(cause)) {
            c = ou_newref(cause);
        } else if (cause == ou_None) {
            c = NULL;
        } else {
            ou_err_set_string(&ou_exc_TypeError, "exception causes must derive from BaseException");
            OU_DECREF(value);
            return 0;
        }
        ou_exception_set_cause(value, c);
    }
    ou_err_restore(value);
    return 0;
}

// While an exception is being handled, a newly raised one records it as
// its __context__ (implicit chaining). `fresh`: a `raise` statement raised
// it right here, so it is chained even when it already has a context, as
// CPython does; otherwise one that has a context came up through a call
// from C and is left alone.
static void chain_context(int fresh)
{
    OuObject *handled = ou_state.handled_exc;
    OuObject *exc = ou_state.exc;
    if (handled == NULL || handled == ou_None || exc == NULL || exc == handled)
        return;
    OuBaseException *e = (OuBaseException *)exc;
    if (!fresh && e->context != NULL)
        return;
    // Cut the chain where it would loop back to `exc`. A cycle among the
    // older exceptions ends the walk: `slow` advances every other step.
    OuBaseException *o = (OuBaseException *)handled, *slow = o;
    int toggle = 0;
    while (o->context != NULL) {
        if (o->context == exc) {
            OU_CLEAR(o->context);
            break;
        }
        o = (OuBaseException *)o->context;
        if (o == slow)
            break;
        if (toggle)
            slow = (OuBaseException *)slow->context;
        toggle = !toggle;
    }
    ou_exception_set_context(exc, ou_newref(handled));
}

static int unpack_iterable(OuObject *v, int before, int after, OuObject **sp)
{
    // Items go below sp in reverse: sp[-1] receives the first.
    OuObject *it = ou_object_iter(v);
    if (it == NULL) {
        if (ou_err_matches(&ou_exc_TypeError) && OU_TYPE(v)->iter == NULL && OU_TYPE(v)->getitem == NULL) {
            ou_err_clear();
            ou_err_format(&ou_exc_TypeError, "cannot unpack non-iterable %s object", ou_type_name(v));
        }
        return -1;
    }
    int i = 0;
    for (; i < before; i++) {
        OuObject *w = ou_iter_next(it);
        if (w == NULL) {
            if (!ou_err_occurred()) {
                if (after < 0)
                    ou_err_format(&ou_exc_ValueError, "not enough values to unpack (expected %d, got %d)",
                                  before, i);
                else
                    ou_err_format(&ou_exc_ValueError,
                                  "not enough values to unpack (expected at least %d, got %d)",
                                  before + after, i);
            }
            goto fail;
        }
        *--sp = w;
    }
    if (after < 0) {
        OuObject *w = ou_iter_next(it);
        if (w != NULL) {
            OU_DECREF(w);
            ou_err_format(&ou_exc_ValueError, "too many values to unpack (expected %d)", before);
            goto fail;
        }
        if (ou_err_occurred())
            goto fail;
        OU_DECREF(it);
        return 0;
    }
    OuObject *rest = ou_sequence_list(it);
    if (rest == NULL)
        goto fail;
    i++;
    *--sp = rest;
    ou_ssize_t n = ou_list_size(rest);
    if (n < after) {
        ou_err_format(&ou_exc_ValueError, "not enough values to unpack (expected at least %d, got %zd)",
                      before + after, before + n);
        goto fail;
    }
    // Move the last `after` items of the list onto the stack.
    for (int j = 0; j < after; j++) {
        *--sp = ou_list_items(rest)[n - after + j];
        i++;
    }
    ((OuList *)rest)->size = n - after;
    OU_DECREF(it);
    return 0;
fail:
    for (; i > 0; i--)
        OU_DECREF(*sp++);
    OU_DECREF(it);
    return -1;
}

static OuObject *format_value(OuObject *value, int flags, OuObject *spec)
{
    OuObject *v;
    switch (flags & OU_FVC_MASK) {
    case OU_FVC_STR: v = ou_object_str(value); break;
    case OU_FVC_REPR: v = ou_object_repr(value); break;
    case OU_FVC_ASCII: v = ou_format_ascii(value); break;
    default: v = ou_newref(value); break;
    }
    if (v == NULL)
        return NULL;
    if (spec == NULL && ou_str_check_exact(v))
        return v;
    // format(v, spec): the empty spec still goes through __format__.
    OuObject *empty = spec == NULL ? ou_str_empty() : NULL;
    OuObject *r = spec || empty ? ou_format_value(v, spec ? spec : empty) : NULL;
    OU_XDECREF(empty);
    OU_DECREF(v);
    return r;
}

static int exc_match_check(OuObject *type)
{
    if (ou_tuple_check(type)) {
        for (ou_ssize_t i = 0; i < ou_tuple_size(type); i++)
            if (exc_match_check(ou_tuple_get(type, i)) < 0)
                return -1;
        return 0;
    }
    if (!ou_exception_class_check(type)) {
        ou_err_set_string(&ou_exc_TypeError,
                          "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return 0;
}

// The int64 fast path of BINARY_OP, inlined into the loop: NULL (no
// exception) when it does not apply (overflow, division by zero, other ops).
static inline OuObject *int_fast_binop(int64_t a, int64_t b, int op)
{
    int64_t r;
    switch (op) {
    case OU_NB_ADD:
    case OU_NB_INPLACE_ADD:
        if (__builtin_add_overflow(a, b, &r))
            return NULL;
        return ou_int_from_i64(r);
    case OU_NB_SUBTRACT:
    case OU_NB_INPLACE_SUBTRACT:
        if (__builtin_sub_overflow(a, b, &r))
            return NULL;
        return ou_int_from_i64(r);
    case OU_NB_MULTIPLY:
    case OU_NB_INPLACE_MULTIPLY:
        if (__builtin_mul_overflow(a, b, &r))
            return NULL;
        return ou_int_from_i64(r);
    case OU_NB_FLOOR_DIVIDE:
    case OU_NB_INPLACE_FLOOR_DIVIDE:
        if (b == 0 || (a == INT64_MIN && b == -1))
            return NULL;
        r = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0)))
            r--;
        return ou_int_from_i64(r);
    case OU_NB_REMAINDER:
    case OU_NB_INPLACE_REMAINDER:
        if (b == 0 || (a == INT64_MIN && b == -1))
            return NULL;
        r = a % b;
        if (r != 0 && ((r < 0) != (b < 0)))
            r += b;
        return ou_int_from_i64(r);
    default:
        return NULL;
    }
}

// ---- The loop ----

#if OU_COMPUTED_GOTO
#  define TARGET(op) op_##op:
#  define DISPATCH() do { FETCH(); goto *dispatch_table[opcode]; } while (0)
#  define DISPATCH_OPCODE() goto *dispatch_table[opcode]
#else
#  define TARGET(op) case OP_##op:
#  define DISPATCH() goto dispatch
#  define DISPATCH_OPCODE() goto dispatch_opcode
#endif

#define FETCH() do { uint16_t w_ = *next_instr++; opcode = w_ & 0xFF; oparg = w_ >> 8; } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define STACK_SHRINK(n) (sp -= (n))
#define SET_SECOND(v) (sp[-2] = (v))
#define JUMPTO(t) (next_instr = first_instr + (t))
#define INSTR_OFFSET() ((int)(next_instr - first_instr) - 1)
// Before anything that can run Python code or inspect the frame.
#define SAVE_FRAME() do { frame->lasti = INSTR_OFFSET(); frame->stackdepth = (int)(sp - stack_base); } while (0)
// Loops close with a jump back (JUMP_BACKWARD, or the conditional jump that
// tests a `while` at its bottom); polling there and at calls bounds how long
// a Ctrl-C waits. Before the instruction's own work, so the traceback names it.
#define POLL_SIGNALS() do { \
        if (__builtin_expect(ou_signals_pending != 0, 0)) { \
            SAVE_FRAME(); \
            if (ou_signals_check() < 0) \
                goto error; \
        } \
    } while (0)
#define LOAD_FRAME() do { \
        first_instr = frame->code->code; \
        next_instr = first_instr + frame->lasti + 1; \
        localsplus = frame->localsplus; \
        stack_base = localsplus + frame->code->nlocalsplus; \
        sp = stack_base + frame->stackdepth; \
        consts = ou_tuple_items(frame->code->consts); \
        names = ou_tuple_items(frame->code->names); \
    } while (0)
#define GETLOCAL(i) (localsplus[i])
#define SETLOCAL(i, v) do { OuObject *old_ = localsplus[i]; localsplus[i] = (v); OU_XDECREF(old_); } while (0)

static int enter_frame(OuFrame *f)
{
    if (++ou_state.recursion_depth > ou_state.recursion_limit + ou_state.recursion_headroom) {
        --ou_state.recursion_depth;
        ou_state.recursion_headroom = 50;
        ou_err_set_string(&ou_exc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    f->back = ou_state.frame;
    ou_state.frame = f;
    return 0;
}

static void leave_frame(OuFrame *f)
{
    ou_state.frame = f->back;
    ou_leave_recursive_call();
    ou_frame_exit(f);
}

OuObject *ou_vm_eval(OuFrame *frame)
{
    return ou_vm_resume(frame, 0);
}

OuObject *ou_vm_resume(OuFrame *entry_frame, int throwflag)
{
#if OU_COMPUTED_GOTO
    // Every byte dispatches somewhere: unlisted ones to op_unknown.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
    static void *const dispatch_table[256] = {
        [0 ... 255] = &&op_unknown,
#define OU_OP(name, operand, pops, pushes) [OP_##name] = &&op_##name,
#include "compiler/opcodes.h"
#undef OU_OP
    };
#pragma GCC diagnostic pop
#endif
    OuFrame *frame = entry_frame;
    uint16_t *first_instr, *next_instr;
    OuObject **localsplus, **stack_base, **sp;
    OuObject **consts, **names;
    OuObject *kwnames = NULL;   // set by KW_NAMES for the next CALL
    int opcode, oparg;
    OuObject *retval = NULL;

    if (enter_frame(frame) < 0) {
        ou_frame_exit(frame);
        return NULL;
    }
    frame->entry = 1;
    LOAD_FRAME();
    // A generator resumed by throw(): the exception is raised at the yield.
    if (throwflag)
        goto error;

#if OU_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    FETCH();
dispatch_opcode:
    switch ((OuOpcode)opcode) {
#endif

    TARGET(NOP) DISPATCH();

    TARGET(POP_TOP) {
        OuObject *v = POP();
        OU_XDECREF(v);
        DISPATCH();
    }

    TARGET(PUSH_NULL) {
        PUSH(NULL);
        DISPATCH();
    }

    TARGET(COPY) {
        OuObject *v = PEEK(oparg);
        PUSH(ou_newref(v));
        DISPATCH();
    }

    TARGET(SWAP) {
        OuObject *t = TOP();
        SET_TOP(PEEK(oparg));
        PEEK(oparg) = t;
        DISPATCH();
    }

    TARGET(EXTENDED_ARG) {
        int hi = oparg;
        FETCH();
        oparg |= hi << 8;
        DISPATCH_OPCODE();
    }

    TARGET(LOAD_CONST) {
        PUSH(ou_newref(consts[oparg]));
        DISPATCH();
    }

    TARGET(LOAD_FAST) {
        OuObject *v = GETLOCAL(oparg);
        if (v == NULL) {
            unbound_local(frame, oparg);
            goto error;
        }
        PUSH(ou_newref(v));
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        OuObject *v = POP();
        SETLOCAL(oparg, v);
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        if (GETLOCAL(oparg) == NULL) {
            unbound_local(frame, oparg);
            goto error;
        }
        SETLOCAL(oparg, NULL);
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        SAVE_FRAME();
        OuObject *v = load_name(frame, names[oparg]);
        if (v == NULL)
            goto error;
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        OuObject *v = POP();
        SAVE_FRAME();
        int r = frame->locals ? ou_object_setitem(frame->locals, names[oparg], v) : -1;
        OU_DECREF(v);
        if (r < 0) {
            if (!ou_err_occurred())
                ou_err_format(&ou_exc_SystemError, "no locals found when storing %R", names[oparg]);
            goto error;
        }
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        SAVE_FRAME();
        if (frame->locals == NULL || ou_object_delitem(frame->locals, names[oparg]) < 0) {
            ou_err_clear();
            name_error(names[oparg]);
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        OuObject *name = names[oparg >> 1];
        OuObject *v = ou_dict_getitem(frame->globals, name);
        if (v == NULL) {
            if (ou_err_occurred())
                goto error;
            v = ou_dict_getitem(frame->builtins, name);
            if (v == NULL) {
                if (!ou_err_occurred()) {
                    SAVE_FRAME();
                    name_error(name);
                }
                goto error;
            }
        }
        if (oparg & 1)
            PUSH(NULL);
        PUSH(ou_newref(v));
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        OuObject *v = POP();
        int r = ou_dict_setitem(frame->globals, names[oparg], v);
        OU_DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        if (ou_dict_delitem(frame->globals, names[oparg]) < 0) {
            ou_err_clear();
            name_error(names[oparg]);
            goto error;
        }
        DISPATCH();
    }

    TARGET(MAKE_CELL) {
        SAVE_FRAME();   // allocates: tracemalloc reads the line
        OuObject *cell = ou_cell_new(GETLOCAL(oparg));
        if (cell == NULL)
            goto error;
        SETLOCAL(oparg, cell);
        DISPATCH();
    }

    TARGET(COPY_FREE_VARS) {
        OuObject *closure = ((OuFunction *)frame->func)->closure;
        int offset = frame->code->nlocalsplus - oparg;
        for (int i = 0; i < oparg; i++)
            localsplus[offset + i] = ou_newref(ou_tuple_get(closure, i));
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        PUSH(ou_newref(GETLOCAL(oparg)));
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        OuObject *v = ou_cell_get(GETLOCAL(oparg));
        if (v == NULL) {
            SAVE_FRAME();
            ou_vm_free_var_error(frame, oparg);
            goto error;
        }
        PUSH(ou_newref(v));
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF) {
        OuObject *name = ou_tuple_get(frame->code->localsplusnames, oparg);
        OuObject *v = frame->locals ? ou_dict_getitem(frame->locals, name) : NULL;
        if (v == NULL) {
            if (ou_err_occurred())
                goto error;
            v = ou_cell_get(GETLOCAL(oparg));
            if (v == NULL) {
                SAVE_FRAME();
                ou_vm_free_var_error(frame, oparg);
                goto error;
            }
        }
        PUSH(ou_newref(v));
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        OuObject *v = POP();
        ou_cell_set(GETLOCAL(oparg), v);
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        OuObject *cell = GETLOCAL(oparg);
        if (ou_cell_get(cell) == NULL) {
            SAVE_FRAME();
            ou_vm_free_var_error(frame, oparg);
            goto error;
        }
        ou_cell_set(cell, NULL);
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        OuObject *owner = TOP();
        SAVE_FRAME();
        OuObject *v = ou_object_getattr(owner, names[oparg]);
        OU_DECREF(owner);
        SET_TOP(v);
        if (v == NULL) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
        OuObject *owner = POP();
        OuObject *v = POP();
        SAVE_FRAME();
        int r = ou_object_setattr(owner, names[oparg], v);
        OU_DECREF(v);
        OU_DECREF(owner);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        OuObject *owner = POP();
        SAVE_FRAME();
        int r = ou_object_setattr(owner, names[oparg], NULL);
        OU_DECREF(owner);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(LOAD_METHOD) {
        OuObject *owner = TOP();
        SAVE_FRAME();
        OuObject *meth = ou_vm_lookup_method(owner, names[oparg]);
        if (meth != NULL) {
            SET_TOP(meth);          // func self
            PUSH(owner);
            DISPATCH();
        }
        if (ou_err_occurred()) {
            OU_DECREF(POP());
            goto error;
        }
        OuObject *v = ou_object_getattr(owner, names[oparg]);
        OU_DECREF(owner);
        SET_TOP(NULL);              // NULL attr
        if (v == NULL)
            goto error;
        PUSH(v);
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        OuObject *key = POP();
        OuObject *container = TOP();
        OuObject *r;
        if (ou_list_check(container) && OU_TYPE(container) == &ou_list_type && ou_int_check_exact(key)
            && !((OuInt *)key)->is_big) {
            int64_t i = ou_int_small_value(key);
            ou_ssize_t n = ou_list_size(container);
            if (i < 0)
                i += n;
            if (i >= 0 && i < n) {
                r = ou_newref(ou_list_items(container)[i]);
                goto subscr_done;
            }
        }
        SAVE_FRAME();
        r = ou_object_getitem(container, key);
    subscr_done:
        OU_DECREF(key);
        OU_DECREF(container);
        SET_TOP(r);
        if (r == NULL) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
        OuObject *key = POP();
        OuObject *container = POP();
        OuObject *v = POP();
        SAVE_FRAME();
        // list[int] = v in range: store directly (the list takes v's reference).
        if (OU_TYPE(container) == &ou_list_type && OU_TYPE(key) == &ou_int_type && !((OuInt *)key)->is_big) {
            int64_t i = ou_int_small_value(key);
            ou_ssize_t n = ou_list_size(container);
            if (i < 0)
                i += n;
            if (i >= 0 && i < n) {
                OuObject **slot = &ou_list_items(container)[i];
                OuObject *old = *slot;
                *slot = v;
                OU_DECREF(old);     // after the store: a finalizer may look at the list
                OU_DECREF(container);
                OU_DECREF(key);
                DISPATCH();
            }
        }
        int r = ou_object_setitem(container, key, v);
        OU_DECREF(v);
        OU_DECREF(container);
        OU_DECREF(key);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        OuObject *key = POP();
        OuObject *container = POP();
        SAVE_FRAME();
        int r = ou_object_delitem(container, key);
        OU_DECREF(container);
        OU_DECREF(key);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        SAVE_FRAME();   // allocates: tracemalloc reads the line
        OuObject *step = oparg == 3 ? POP() : NULL;
        OuObject *stop = POP();
        OuObject *start = TOP();
        OuObject *s = ou_slice_new(start, stop, step);
        OU_DECREF(start);
        OU_DECREF(stop);
        OU_XDECREF(step);
        SET_TOP(s);
        if (s == NULL) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

#define UNARY(opname, fn) \
    TARGET(opname) { \
        OuObject *v = TOP(); \
        SAVE_FRAME(); \
        OuObject *r = fn(v); \
        OU_DECREF(v); \
        SET_TOP(r); \
        if (r == NULL) { STACK_SHRINK(1); goto error; } \
        DISPATCH(); \
    }
    UNARY(UNARY_POSITIVE, ou_number_positive)
    UNARY(UNARY_NEGATIVE, ou_number_negative)
    UNARY(UNARY_INVERT, ou_number_invert)
#undef UNARY

    TARGET(UNARY_NOT) {
        OuObject *v = TOP();
        SAVE_FRAME();
        int t = ou_object_is_true(v);
        OU_DECREF(v);
        if (t < 0) {
            STACK_SHRINK(1);
            goto error;
        }
        SET_TOP(ou_bool_from(!t));
        DISPATCH();
    }

    TARGET(BINARY_OP) {
        OuObject *rhs = POP();
        OuObject *lhs = TOP();
        OuObject *r = NULL;
        if (OU_TYPE(lhs) == &ou_int_type && OU_TYPE(rhs) == &ou_int_type
            && !((OuInt *)lhs)->is_big && !((OuInt *)rhs)->is_big)
            r = int_fast_binop(ou_int_small_value(lhs), ou_int_small_value(rhs), oparg);
        if (r == NULL) {
            SAVE_FRAME();
            r = ou_number_binop(lhs, rhs, (OuBinOp)oparg);
        }
        OU_DECREF(lhs);
        OU_DECREF(rhs);
        SET_TOP(r);
        if (r == NULL) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
        OuObject *rhs = POP();
        OuObject *lhs = TOP();
        OuObject *r;
        if (OU_TYPE(lhs) == &ou_int_type && OU_TYPE(rhs) == &ou_int_type
            && !((OuInt *)lhs)->is_big && !((OuInt *)rhs)->is_big) {
            int64_t a = ou_int_small_value(lhs), b = ou_int_small_value(rhs);
            int t;
            switch (oparg) {
            case OU_LT: t = a < b; break;
            case OU_LE: t = a <= b; break;
            case OU_EQ: t = a == b; break;
            case OU_NE: t = a != b; break;
            case OU_GT: t = a > b; break;
            default: t = a >= b; break;
            }
            r = ou_bool_from(t);
        } else {
            SAVE_FRAME();
            r = ou_object_richcompare(lhs, rhs, oparg);
        }
        OU_DECREF(lhs);
        OU_DECREF(rhs);
        SET_TOP(r);
        if (r == NULL) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(IS_OP) {
        OuObject *rhs = POP();
        OuObject *lhs = TOP();
        int t = (lhs == rhs) ^ oparg;
        OU_DECREF(lhs);
        OU_DECREF(rhs);
        SET_TOP(ou_bool_from(t));
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        OuObject *container = POP();
        OuObject *item = TOP();
        SAVE_FRAME();
        int t = ou_object_contains(container, item);
        OU_DECREF(container);
        OU_DECREF(item);
        if (t < 0) {
            STACK_SHRINK(1);
            goto error;
        }
        SET_TOP(ou_bool_from(t ^ oparg));
        DISPATCH();
    }

    TARGET(BUILD_TUPLE) {
        SAVE_FRAME();   // allocates: tracemalloc reads the line
        OuObject *t = ou_tuple_new(oparg);
        if (t == NULL)
            goto error;
        sp -= oparg;
        memcpy(ou_tuple_items(t), sp, sizeof(OuObject *) * (size_t)oparg);
        PUSH(t);
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        SAVE_FRAME();   // allocates: tracemalloc reads the line
        OuObject *l = ou_list_new(oparg);
        if (l == NULL)
            goto error;
        sp -= oparg;
        if (oparg > 0)      // an empty list has no item array to copy into
            memcpy(ou_list_items(l), sp, sizeof(OuObject *) * (size_t)oparg);
        PUSH(l);
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        SAVE_FRAME();
        OuObject *s = ou_vm_build_set(sp - oparg, oparg);
        for (int i = 0; i < oparg; i++)
            OU_DECREF(POP());
        if (s == NULL)
            goto error;
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        SAVE_FRAME();
        OuObject *d = ou_dict_new();
        if (d == NULL)
            goto error;
        for (int i = oparg; i > 0; i--) {
            if (ou_dict_setitem(d, PEEK(2 * i), PEEK(2 * i - 1)) < 0) {
                OU_DECREF(d);
                goto error;
            }
        }
        for (int i = 0; i < 2 * oparg; i++)
            OU_DECREF(POP());
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_CONST_KEY_MAP) {
        OuObject *keys = POP();
        SAVE_FRAME();
        OuObject *d = ou_dict_new();
        if (d == NULL) {
            OU_DECREF(keys);
            goto error;
        }
        for (int i = 0; i < oparg; i++) {
            if (ou_dict_setitem(d, ou_tuple_get(keys, i), PEEK(oparg - i)) < 0) {
                OU_DECREF(d);
                OU_DECREF(keys);
                goto error;
            }
        }
        OU_DECREF(keys);
        for (int i = 0; i < oparg; i++)
            OU_DECREF(POP());
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        SAVE_FRAME();   // allocates: tracemalloc reads the line
        OuStrBuilder sb;
        ou_sb_init(&sb);
        int ok = 0;
        for (int i = oparg; i > 0; i--)
            if (ok == 0)
                ok = ou_sb_append_str(&sb, PEEK(i));
        for (int i = 0; i < oparg; i++)
            OU_DECREF(POP());
        if (ok < 0) {
            ou_sb_discard(&sb);
            goto error;
        }
        OuObject *s = ou_sb_finish(&sb);
        if (s == NULL)
            goto error;
        PUSH(s);
        DISPATCH();
    }

    // Comprehensions and displays: add TOS to the container ARG items below.
#define ADD_TO_CONTAINER(opname, fn) \
    TARGET(opname) { \
        OuObject *v = POP(); \
        SAVE_FRAME(); \
        int r = fn(PEEK(oparg), v); \
        OU_DECREF(v); \
        if (r < 0) \
            goto error; \
        DISPATCH(); \
    }
    ADD_TO_CONTAINER(LIST_APPEND, ou_list_append)
    ADD_TO_CONTAINER(LIST_EXTEND, ou_vm_list_extend)
    ADD_TO_CONTAINER(SET_ADD, ou_set_add)
    ADD_TO_CONTAINER(SET_UPDATE, ou_set_update)
#undef ADD_TO_CONTAINER

    TARGET(MAP_ADD) {
        OuObject *v = POP();
        OuObject *k = POP();
        SAVE_FRAME();
        int r = ou_dict_setitem(PEEK(oparg), k, v);
        OU_DECREF(k);
        OU_DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(DICT_UPDATE)
    TARGET(DICT_MERGE) {
        OuObject *v = POP();
        SAVE_FRAME();
        int r = ou_vm_dict_merge(PEEK(oparg), v, opcode == OP_DICT_MERGE, PEEK(oparg + 2));
        OU_DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        SAVE_FRAME();   // allocates: tracemalloc reads the line
        OuObject *l = TOP();
        OuObject *t = ou_list_as_tuple(l);
        OU_DECREF(l);
        SET_TOP(t);
        if (t == NULL) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        OuObject *seq = POP();
        OuObject **items = NULL;
        ou_ssize_t n = -1;
        if (OU_TYPE(seq) == &ou_tuple_type) {
            items = ou_tuple_items(seq);
            n = ou_tuple_size(seq);
        } else if (OU_TYPE(seq) == &ou_list_type) {
            items = ou_list_items(seq);
            n = ou_list_size(seq);
        }
        if (n == oparg) {
            for (ou_ssize_t i = n; i > 0; i--)
                PUSH(ou_newref(items[i - 1]));
        } else {
            SAVE_FRAME();
            if (n >= 0) {
                if (n < oparg)
                    ou_err_format(&ou_exc_ValueError, "not enough values to unpack (expected %d, got %zd)",
                                  oparg, n);
                else
                    ou_err_format(&ou_exc_ValueError, "too many values to unpack (expected %d)", oparg);
                OU_DECREF(seq);
                goto error;
            }
            if (unpack_iterable(seq, oparg, -1, sp + oparg) < 0) {
                OU_DECREF(seq);
                goto error;
            }
            sp += oparg;
        }
        OU_DECREF(seq);
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        int before = oparg & 0xFF, after = oparg >> 8;
        OuObject *seq = POP();
        SAVE_FRAME();
        int total = before + 1 + after;
        if (unpack_iterable(seq, before, after, sp + total) < 0) {
            OU_DECREF(seq);
            goto error;
        }
        sp += total;
        OU_DECREF(seq);
        DISPATCH();
    }

    TARGET(GET_ITER) {
        OuObject *v = TOP();
        SAVE_FRAME();
        OuObject *it = ou_object_iter(v);
        OU_DECREF(v);
        SET_TOP(it);
        if (it == NULL) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        OuObject *it = TOP();
        OuObject *next = OU_TYPE(it)->iternext(it);
        if (next != NULL) {
            PUSH(next);
            DISPATCH();
        }
        if (ou_err_occurred()) {
            if (!ou_err_matches(&ou_exc_StopIteration)) {
                SAVE_FRAME();
                goto error;
            }
            ou_err_clear();
        }
        OU_DECREF(POP());
        JUMPTO(oparg);
        DISPATCH();
    }

    TARGET(JUMP_FORWARD) {
        JUMPTO(oparg);
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD) {
        POLL_SIGNALS();
        JUMPTO(oparg);
        DISPATCH();
    }

    TARGET(JUMP_BACKWARD_NO_INTERRUPT) {
        JUMPTO(oparg);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        POLL_SIGNALS();
        OuObject *v = POP();
        if (v == ou_False) {
            JUMPTO(oparg);
        } else if (v != ou_True) {
            SAVE_FRAME();
            int t = ou_object_is_true(v);
            if (t < 0) {
                OU_DECREF(v);
                goto error;
            }
            if (!t)
                JUMPTO(oparg);
        }
        OU_DECREF(v);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE) {
        POLL_SIGNALS();
        OuObject *v = POP();
        if (v == ou_True) {
            JUMPTO(oparg);
        } else if (v != ou_False) {
            SAVE_FRAME();
            int t = ou_object_is_true(v);
            if (t < 0) {
                OU_DECREF(v);
                goto error;
            }
            if (t)
                JUMPTO(oparg);
        }
        OU_DECREF(v);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NONE) {
        OuObject *v = POP();
        if (v == ou_None)
            JUMPTO(oparg);
        OU_DECREF(v);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NOT_NONE) {
        OuObject *v = POP();
        if (v != ou_None)
            JUMPTO(oparg);
        OU_DECREF(v);
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP)
    TARGET(JUMP_IF_TRUE_OR_POP) {
        OuObject *v = TOP();
        SAVE_FRAME();
        int t = ou_object_is_true(v);
        if (t < 0)
            goto error;
        if (t == (opcode == OP_JUMP_IF_TRUE_OR_POP)) {
            JUMPTO(oparg);
        } else {
            STACK_SHRINK(1);
            OU_DECREF(v);
        }
        DISPATCH();
    }

    TARGET(KW_NAMES) {
        kwnames = consts[oparg];
        DISPATCH();
    }

    TARGET(CALL) {
        POLL_SIGNALS();
        int is_meth = PEEK(oparg + 2) != NULL;
        int nargs = oparg + is_meth;
        OuObject *callable = PEEK(nargs + 1);
        OuObject **args = sp - nargs;
        int nkw = kwnames ? (int)ou_tuple_size(kwnames) : 0;
        SAVE_FRAME();
        if (OU_TYPE(callable) == &ou_function_type) {
            // A Python function: its new frame takes the arguments over.
            OuFrame *callee = ou_vm_frame_for_call(callable, args, nargs - nkw, kwnames);
            kwnames = NULL;
            // The arguments now belong to the callee; drop the callable slots
            // (the frame holds its own reference to the function).
            sp -= nargs + 2 - is_meth;
            OU_DECREF(callable);
            frame->stackdepth = (int)(sp - stack_base);
            if (callee == NULL)
                goto error;
            if (callee->code->flags & OU_CO_GENERATOR) {
                OuObject *gen = ou_gen_new(callee);
                if (gen == NULL)
                    goto error;
                PUSH(gen);
                DISPATCH();
            }
            if (enter_frame(callee) < 0) {
                ou_frame_exit(callee);
                goto error;
            }
            frame = callee;
            LOAD_FRAME();
            DISPATCH();
        }
        OuObject *r = ou_call(callable, args, nargs - nkw, kwnames);
        kwnames = NULL;
        for (int i = 0; i < nargs; i++)
            OU_DECREF(POP());
        OU_DECREF(POP());
        if (!is_meth)
            STACK_SHRINK(1);      // the NULL
        if (r == NULL)
            goto error;
        PUSH(r);
        DISPATCH();
    }

    TARGET(CALL_FUNCTION_EX) {
        OuObject *kwargs = (oparg & 1) ? POP() : NULL;
        OuObject *callargs = POP();
        OuObject *func = TOP();
        SAVE_FRAME();
        OuObject *r = ou_vm_call_ex(func, callargs, kwargs);
        OU_DECREF(callargs);
        OU_XDECREF(kwargs);
        OU_DECREF(POP());
        OuObject *null = POP();
        OU_XDECREF(null);
        if (r == NULL)
            goto error;
        PUSH(r);
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        SAVE_FRAME();   // allocates: tracemalloc reads the line
        OuObject *code = POP();
        OuFunction *f = (OuFunction *)ou_function_new(code, frame->globals);
        OU_DECREF(code);
        if (f == NULL)
            goto error;
        if (oparg & OU_MKFN_CLOSURE)
            f->closure = POP();
        if (oparg & OU_MKFN_ANNOTATIONS)
            OU_DECREF(POP());   // annotations are evaluated but not kept in this release
        if (oparg & OU_MKFN_KWDEFAULTS)
            f->kwdefaults = POP();
        if (oparg & OU_MKFN_DEFAULTS)
            f->defaults = POP();
        PUSH((OuObject *)f);
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        retval = POP();
        SAVE_FRAME();
        if (frame->entry) {
            leave_frame(frame);
            return retval;
        }
        OuFrame *caller = frame->back;
        leave_frame(frame);
        frame = caller;
        LOAD_FRAME();
        PUSH(retval);
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
        SAVE_FRAME();
        OuObject *bc = ou_dict_getitem_str(frame->builtins, "__build_class__");
        if (bc == NULL) {
            if (!ou_err_occurred())
                ou_err_set_string(&ou_exc_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(ou_newref(bc));
        DISPATCH();
    }

    TARGET(RAISE_VARARGS) {
        OuObject *cause = oparg == 2 ? POP() : NULL;
        OuObject *exc = oparg >= 1 ? POP() : NULL;
        SAVE_FRAME();
        int reraise = do_raise(exc, cause);
        OU_XDECREF(exc);
        OU_XDECREF(cause);
        if (reraise)
            goto exception_unwind;
        chain_context(1);
        goto error;
    }

    TARGET(PUSH_EXC_INFO) {
        OuObject *exc = TOP();
        OuObject *prev = ou_state.handled_exc;
        SET_TOP(prev ? prev : ou_newref(ou_None));
        ou_state.handled_exc = ou_newref(exc);
        PUSH(exc);
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        OuObject *prev = POP();
        OuObject *cur = ou_state.handled_exc;
        ou_state.handled_exc = prev == ou_None ? NULL : prev;
        if (prev == ou_None)
            OU_DECREF(prev);
        OU_XDECREF(cur);
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH) {
        OuObject *type = POP();
        SAVE_FRAME();
        if (exc_match_check(type) < 0) {
            OU_DECREF(type);
            goto error;
        }
        int t = ou_exception_matches(TOP(), type);
        OU_DECREF(type);
        PUSH(ou_bool_from(t));
        DISPATCH();
    }

    TARGET(RERAISE) {
        OuObject *exc = POP();
        SAVE_FRAME();
        if (oparg)
            frame->lasti = (int)ou_int_small_value(PEEK(oparg));
        ou_err_restore(exc);
        goto exception_unwind;
    }

    TARGET(BEFORE_WITH) {
        OuObject *mgr = TOP();
        SAVE_FRAME();
        OuObject *exit, *res;
        if (ou_vm_with_enter(mgr, &exit, &res) < 0)
            goto error;
        OU_DECREF(mgr);
        SET_TOP(exit);
        PUSH(res);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        OuObject *exc = TOP();
        OuObject *exit = PEEK(4);
        SAVE_FRAME();
        OuObject *tb = ((OuBaseException *)exc)->traceback;
        OuObject *args[3] = {(OuObject *)OU_TYPE(exc), exc, tb ? tb : ou_None};
        OuObject *r = ou_call(exit, args, 3, NULL);
        if (r == NULL)
            goto error;
        PUSH(r);
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(ou_newref(&ou_exc_AssertionError));
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        OuObject *fromlist = POP();
        OuObject *level = TOP();
        SAVE_FRAME();
        OuObject *m = ou_vm_import(names[oparg], frame->globals, fromlist, (int)ou_int_small_value(level));
        OU_DECREF(level);
        OU_DECREF(fromlist);
        SET_TOP(m);
        if (m == NULL) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        SAVE_FRAME();
        OuObject *v = ou_vm_import_from(TOP(), names[oparg]);
        if (v == NULL)
            goto error;
        PUSH(v);
        DISPATCH();
    }

    TARGET(IMPORT_STAR) {
        OuObject *m = POP();
        SAVE_FRAME();
        int r = ou_vm_import_star(frame->locals, m);
        OU_DECREF(m);
        if (r < 0)
            goto error;
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS) {
        SAVE_FRAME();
        if (frame->locals != NULL && ou_dict_check(frame->locals)
            && ou_dict_getitem_str(frame->locals, "__annotations__") == NULL) {
            OuObject *d = ou_dict_new();
            if (d == NULL)
                goto error;
            int r = ou_dict_setitem_str(frame->locals, "__annotations__", d);
            OU_DECREF(d);
            if (r < 0)
                goto error;
        }
        DISPATCH();
    }

    TARGET(RETURN_GENERATOR) {
        // The generator object was made by the call; running from here on,
        // this is the first resume, whose sent value is always None.
        PUSH(ou_return_none());
        DISPATCH();
    }

    TARGET(YIELD_VALUE) {
        // A generator's frame is always the one this loop was entered with:
        // suspend it (keeping its locals and stack) and hand back the value.
        retval = POP();
        SAVE_FRAME();
        ou_state.frame = frame->back;
        frame->back = NULL;
        ou_leave_recursive_call();
        OU_DECREF(frame);       // the generator still holds it
        return retval;
    }

    TARGET(GET_YIELD_FROM_ITER) {
        OuObject *v = TOP();
        if (!ou_gen_check(v)) {
            SAVE_FRAME();
            OuObject *it = ou_object_iter(v);
            OU_DECREF(v);
            SET_TOP(it);
            if (it == NULL) {
                STACK_SHRINK(1);
                goto error;
            }
        }
        DISPATCH();
    }

    TARGET(SEND) {
        OuObject *v = POP();
        OuObject *receiver = TOP();
        OuObject *r;
        SAVE_FRAME();
        int status = ou_vm_send(receiver, v, &r);
        OU_DECREF(v);
        if (status < 0)
            goto error;
        if (status == OU_GEN_RETURNED) {
            // The delegate is done: its return value replaces it.
            OU_DECREF(receiver);
            SET_TOP(r);
            JUMPTO(oparg);
            DISPATCH();
        }
        PUSH(r);
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        OuObject *spec = (oparg & OU_FVS_HAVE_SPEC) ? POP() : NULL;
        OuObject *v = TOP();
        SAVE_FRAME();
        OuObject *r = format_value(v, oparg, spec);
        OU_DECREF(v);
        OU_XDECREF(spec);
        SET_TOP(r);
        if (r == NULL) {
            STACK_SHRINK(1);
            goto error;
        }
        DISPATCH();
    }

    TARGET(PRINT_EXPR) {
        OuObject *v = POP();
        SAVE_FRAME();
        int r = ou_vm_display(v);
        OU_DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }

#if OU_COMPUTED_GOTO
    op_unknown:
#else
    default:
#endif
    {
        SAVE_FRAME();
        ou_err_format(&ou_exc_SystemError, "unknown opcode %d", opcode);
        goto error;
    }
#if !OU_COMPUTED_GOTO
    }
#endif

error:
    // An exception is pending, raised by the instruction before next_instr.
    frame->lasti = INSTR_OFFSET();
    frame->stackdepth = (int)(sp - stack_base);
    kwnames = NULL;
    chain_context(0);
    ou_traceback_here(frame, frame->lasti);
exception_unwind:
    for (;;) {
        // Handlers are found by the instruction that is running (RERAISE may
        // have pointed frame->lasti back at an older one, for line numbers).
        int target, depth, lasti;
        if (ou_code_find_handler(frame->code, INSTR_OFFSET(), &target, &depth, &lasti)) {
            OuObject **base = stack_base;
            sp = base + frame->stackdepth;
            while (sp > base + depth) {
                OuObject *v = POP();
                OU_XDECREF(v);
            }
            if (lasti) {
                OuObject *l = ou_int_from_i64(frame->lasti);
                if (l == NULL)
                    goto error;
                PUSH(l);
            }
            PUSH(ou_err_fetch());
            JUMPTO(target);
            DISPATCH();
        }
        // No handler here: this frame is done; continue in the caller.
        sp = stack_base + frame->stackdepth;
        while (sp > stack_base) {
            OuObject *v = POP();
            OU_XDECREF(v);
        }
        frame->stackdepth = 0;
        if (frame->entry) {
            leave_frame(frame);
            return NULL;
        }
        OuFrame *caller = frame->back;
        leave_frame(frame);
        frame = caller;
        LOAD_FRAME();
        frame->stackdepth = (int)(sp - stack_base);
        ou_traceback_here(frame, frame->lasti);
    }
}
