// runtime/gen.c: the generator type: send/throw/close, iteration, `yield
// from` delegation for throw and close, and finalization (an unfinished
// generator is closed when it dies, so its `finally` blocks run).
#include "runtime/gen.h"

#include "compiler/compiler.h"
#include "gc/gc.h"
#include "runtime/args.h"
#include "runtime/code.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/func.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

OuObject *ou_gen_new(OuFrame *frame)
{
    OuGen *g = (OuGen *)ou_object_new(&ou_gen_type);
    if (g == NULL) {
        ou_frame_exit(frame);
        return NULL;
    }
    g->frame = frame;
    g->code = ou_newref(frame->code);
    OuObject *f = frame->func;
    if (f != NULL && ou_function_check(f)) {
        g->name = ou_newref(((OuFunction *)f)->name);
        g->qualname = ou_newref(((OuFunction *)f)->qualname);
    } else {
        g->name = ou_newref(frame->code->name);
        g->qualname = ou_newref(frame->code->qualname);
    }
    ou_gc_track((OuObject *)g);
    return (OuObject *)g;
}

// The iterator a suspended `yield from` is delegating to (borrowed), or NULL:
// the frame sits on the YIELD_VALUE right after a SEND, the receiver on top.
static OuObject *gen_yf(OuGen *g)
{
    OuFrame *f = g->frame;
    if (f == NULL || !g->started || f->lasti < 1 || f->stackdepth < 1)
        return NULL;
    uint16_t *code = f->code->code;
    if ((code[f->lasti] & 0xFF) != OP_YIELD_VALUE || (code[f->lasti - 1] & 0xFF) != OP_SEND)
        return NULL;
    return f->localsplus[f->code->nlocalsplus + f->stackdepth - 1];
}

// The jump target of the SEND just before the YIELD_VALUE at f->lasti.
static int send_target(OuFrame *f)
{
    uint16_t *code = f->code->code;
    int at = f->lasti - 1, arg = code[at] >> 8, shift = 8;
    for (int i = at - 1; i >= 0 && (code[i] & 0xFF) == OP_EXTENDED_ARG; i--, shift += 8)
        arg |= (code[i] >> 8) << shift;
    return arg;
}

static void gen_finish(OuGen *g)
{
    OU_CLEAR(g->frame);
    OU_CLEAR(g->exc_state);
}

OuGenStatus ou_gen_send_ex(OuObject *gen, OuObject *value, int throw, OuObject **result)
{
    OuGen *g = (OuGen *)gen;
    *result = NULL;
    if (g->running) {
        ou_err_set_string(&ou_exc_ValueError, "generator already executing");
        return OU_GEN_ERROR;
    }
    if (g->frame == NULL) {
        if (throw)
            return OU_GEN_ERROR;    // the thrown exception propagates as it is
        *result = ou_return_none();
        return OU_GEN_RETURNED;
    }
    if (!g->started && value != NULL && value != ou_None && !throw) {
        ou_err_set_string(&ou_exc_TypeError, "can't send non-None value to a just-started generator");
        return OU_GEN_ERROR;
    }
    if (!g->started && throw) {
        // Nothing ran yet: the exception ends the generator at once.
        gen_finish(g);
        return OU_GEN_ERROR;
    }
    OuFrame *f = g->frame;
    if (g->started && !throw) {
        f->localsplus[f->code->nlocalsplus + f->stackdepth] = ou_newref(value ? value : ou_None);
        f->stackdepth++;
    }
    g->started = 1;
    g->running = 1;
    // The generator keeps its own handled-exception state across yields:
    // swap it in while it runs, and the caller's back afterwards.
    OuObject *caller_exc = ou_state.handled_exc;
    ou_state.handled_exc = g->exc_state;
    g->exc_state = NULL;
    OU_INCREF(f);               // the VM consumes one reference when the frame ends
    OuObject *r = ou_vm_resume(f, throw);
    if (f->finished)
        OU_XDECREF(ou_state.handled_exc);
    else
        g->exc_state = ou_state.handled_exc;
    ou_state.handled_exc = caller_exc;
    g->running = 0;
    if (r == NULL) {
        gen_finish(g);
        // PEP 479: a StopIteration escaping the body is an error.
        if (ou_err_matches(&ou_exc_StopIteration)) {
            OuObject *stop = ou_err_fetch();
            ou_err_set_string(&ou_exc_RuntimeError, "generator raised StopIteration");
            ou_exception_set_cause(ou_state.exc, stop);
        }
        return OU_GEN_ERROR;
    }
    *result = r;
    if (f->finished) {
        gen_finish(g);
        return OU_GEN_RETURNED;
    }
    return OU_GEN_YIELDED;
}

// A returned value becomes StopIteration(value) (None: no argument).
static OuObject *set_stop_value(OuObject *value)
{
    if (value == ou_None)
        ou_err_set_object(&ou_exc_StopIteration, NULL);
    else {
        OuObject *exc = ou_exception_new(&ou_exc_StopIteration, &value, 1);
        if (exc != NULL) {
            ou_err_restore(exc);
        }
    }
    OU_DECREF(value);
    return NULL;
}

static OuObject *gen_iternext(OuObject *self)
{
    OuObject *r;
    OuGenStatus s = ou_gen_send_ex(self, NULL, 0, &r);
    if (s == OU_GEN_YIELDED)
        return r;
    if (s == OU_GEN_RETURNED) {
        if (r == ou_None) {
            OU_DECREF(r);
            return NULL;    // exhausted, no exception needed
        }
        return set_stop_value(r);
    }
    return NULL;
}

static OuObject *gen_send(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("send", kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return ou_err_format(&ou_exc_TypeError, "generator.send() takes exactly one argument (%zd given)", nargs);
    OuObject *r;
    OuGenStatus s = ou_gen_send_ex(self, args[0], 0, &r);
    if (s == OU_GEN_RETURNED)
        return set_stop_value(r);
    return r;
}

static OuObject *gen_close_impl(OuObject *self);

// Close the delegate of a `yield from` (generators directly, others by
// their close() method when they have one). 0 / -1.
static int close_delegate(OuObject *yf)
{
    OuObject *r;
    if (ou_gen_check(yf)) {
        r = gen_close_impl(yf);
    } else {
        OuObject *m = ou_object_getattr_str(yf, "close");
        if (m == NULL) {
            if (!ou_err_matches(&ou_exc_AttributeError))
                return -1;
            ou_err_clear();
            return 0;
        }
        r = ou_call_noargs(m);
        OU_DECREF(m);
    }
    if (r == NULL)
        return -1;
    OU_DECREF(r);
    return 0;
}

// Throw the pending exception into the generator, delegating to a `yield
// from` target first as CPython does.
static OuObject *throw_pending(OuObject *self)
{
    OuGen *g = (OuGen *)self;
    OuObject *yf = gen_yf(g);
    OuObject *r;
    if (yf != NULL) {
        OU_INCREF(yf);
        if (ou_err_matches(&ou_exc_GeneratorExit)) {
            // Close the delegate, then raise GeneratorExit here.
            OuObject *exc = ou_err_fetch();
            g->running = 1;
            int err = close_delegate(yf);
            g->running = 0;
            OU_DECREF(yf);
            if (err < 0) {
                OU_DECREF(exc);
                return ou_gen_send_ex(self, NULL, 1, &r) == OU_GEN_YIELDED ? r : NULL;
            }
            ou_err_restore(exc);
        } else {
            OuObject *ret;
            g->running = 1;
            if (ou_gen_check(yf)) {
                OuGenStatus s = ou_gen_send_ex(yf, NULL, 1, &ret);
                g->running = 0;
                if (s == OU_GEN_YIELDED) {
                    OU_DECREF(yf);
                    return ret;
                }
                if (s == OU_GEN_RETURNED) {
                    OU_DECREF(yf);
                    // The delegate finished: drop it and resume at SEND's
                    // target with its return value, as SEND itself would.
                    OuFrame *f = g->frame;
                    OuObject *recv = f->localsplus[f->code->nlocalsplus + --f->stackdepth];
                    OU_DECREF(recv);
                    f->lasti = send_target(f) - 1;
                    OuGenStatus s2 = ou_gen_send_ex(self, ret, 0, &r);
                    OU_DECREF(ret);
                    return s2 == OU_GEN_RETURNED ? set_stop_value(r) : r;
                }
            } else {
                OuObject *m = ou_object_getattr_str(yf, "throw");
                if (m == NULL) {
                    g->running = 0;
                    OU_DECREF(yf);
                    if (!ou_err_matches(&ou_exc_AttributeError))
                        return NULL;
                    ou_err_clear();
                    goto throw_here;
                }
                OuObject *exc = ou_err_fetch();
                ret = ou_call_one(m, exc);
                OU_DECREF(exc);
                OU_DECREF(m);
                g->running = 0;
                if (ret != NULL) {
                    OU_DECREF(yf);
                    return ret;
                }
            }
            OU_DECREF(yf);
            // The delegate raised: the exception continues in this frame.
        }
    }
throw_here:;
    OuGenStatus s = ou_gen_send_ex(self, NULL, 1, &r);
    if (s == OU_GEN_RETURNED)
        return set_stop_value(r);
    return r;
}

static OuObject *gen_throw(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("throw", kwnames) < 0)
        return NULL;
    if (nargs < 1 || nargs > 3)
        return ou_err_format(&ou_exc_TypeError, "throw expected at least 1 argument, got %zd", nargs);
    OuObject *typ = args[0], *val = nargs > 1 ? args[1] : ou_None;
    OuObject *exc;
    if (ou_exception_check(typ)) {
        if (val != ou_None)
            return ou_err_set_string(&ou_exc_TypeError, "instance exception may not have a separate value");
        exc = ou_newref(typ);
    } else if (ou_exception_class_check(typ)) {
        if (ou_is_instance_of(val, (OuType *)typ))
            exc = ou_newref(val);
        else if (val == ou_None)
            exc = ou_call_noargs(typ);
        else if (ou_tuple_check(val))
            exc = ou_call(typ, ou_tuple_items(val), ou_tuple_size(val), NULL);
        else
            exc = ou_call_one(typ, val);
        if (exc == NULL)
            return NULL;
    } else {
        return ou_err_format(&ou_exc_TypeError,
                             "exceptions must be classes or instances deriving from BaseException, not %s",
                             ou_type_name(typ));
    }
    ou_err_restore(exc);
    return throw_pending(self);
}

static OuObject *gen_close_impl(OuObject *self)
{
    OuGen *g = (OuGen *)self;
    if (g->frame == NULL || !g->started) {
        gen_finish(g);
        return ou_return_none();
    }
    ou_err_set_object(&ou_exc_GeneratorExit, NULL);
    OuObject *r = throw_pending(self);
    if (r != NULL) {
        OU_DECREF(r);
        return ou_err_set_string(&ou_exc_RuntimeError, "generator ignored GeneratorExit");
    }
    if (ou_err_matches(&ou_exc_StopIteration) || ou_err_matches(&ou_exc_GeneratorExit)) {
        ou_err_clear();
        return ou_return_none();
    }
    if (!ou_err_occurred())
        return ou_return_none();
    return NULL;
}

static OuObject *gen_close(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("close", kwnames) < 0 || ou_args_count("close", nargs, 0, 0) < 0)
        return NULL;
    return gen_close_impl(self);
}

// An unfinished generator is closed before it goes away (PEP 442).
static void gen_finalize(OuObject *self)
{
    OuGen *g = (OuGen *)self;
    if (g->frame == NULL || !g->started)
        return;
    OuObject *saved = ou_err_fetch();
    OuObject *r = gen_close_impl(self);
    if (r == NULL)
        ou_err_write_unraisable(self);
    OU_XDECREF(r);
    ou_err_restore(saved);
}

static int gen_traverse(OuObject *self, OuVisitProc visit, void *arg)
{
    OuGen *g = (OuGen *)self;
    OU_VISIT(g->frame);
    OU_VISIT(g->code);
    OU_VISIT(g->exc_state);
    return 0;
}

static int gen_clear(OuObject *self)
{
    gen_finish((OuGen *)self);
    return 0;
}

static void gen_dealloc(OuObject *self)
{
    OuGen *g = (OuGen *)self;
    ou_gc_untrack(self);
    if (g->frame != NULL && g->started && !ou_gc_is_finalized(self)) {
        ou_gc_set_finalized(self);
        self->refcnt = 1;
        gen_finalize(self);
        if (--self->refcnt != 0) {
            ou_gc_track(self);      // resurrected by its own finally block
            return;
        }
    }
    gen_finish(g);
    OU_CLEAR(g->code);
    OU_CLEAR(g->name);
    OU_CLEAR(g->qualname);
    ou_object_free(self);
}

static OuObject *gen_repr(OuObject *self)
{
    return ou_str_from_format("<generator object %U at %p>", ((OuGen *)self)->qualname, (void *)self);
}

static OuObject *gen_iter(OuObject *self) { return ou_newref(self); }

static OuObject *gen_get_name(OuObject *self) { return ou_newref(((OuGen *)self)->name); }
static OuObject *gen_get_qualname(OuObject *self) { return ou_newref(((OuGen *)self)->qualname); }
static OuObject *gen_get_running(OuObject *self) { return ou_bool_from(((OuGen *)self)->running); }
static OuObject *gen_get_frame(OuObject *self)
{
    OuFrame *f = ((OuGen *)self)->frame;
    return ou_newref(f ? (OuObject *)f : ou_None);
}
static OuObject *gen_get_code(OuObject *self) { return ou_newref(((OuGen *)self)->code); }
static OuObject *gen_get_yieldfrom(OuObject *self)
{
    OuObject *yf = gen_yf((OuGen *)self);
    return ou_newref(yf ? yf : ou_None);
}
static OuObject *gen_get_suspended(OuObject *self)
{
    OuGen *g = (OuGen *)self;
    return ou_bool_from(g->frame != NULL && g->started && !g->running);
}

static const OuGetSetDef gen_getsets[] = {
    {"__name__", gen_get_name, NULL, NULL},
    {"__qualname__", gen_get_qualname, NULL, NULL},
    {"gi_running", gen_get_running, NULL, NULL},
    {"gi_frame", gen_get_frame, NULL, NULL},
    {"gi_code", gen_get_code, NULL, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static OuObject *gen_sizeof(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    // The generator and the frame it runs in, as if one allocation (as
    // CPython's generators embed theirs), whether or not the frame is live.
    OuGen *g = (OuGen *)self;
    OuCode *co = (OuCode *)g->code;
    ou_ssize_t size = (ou_ssize_t)sizeof(OuGen) + ou_frame_type.basicsize
                      + (co->nlocalsplus + co->stacksize) * (ou_ssize_t)sizeof(OuObject *);
    return ou_int_from_i64(size);
}

static const OuMethodDef gen_methods[] = {
    {"send", gen_send, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", gen_throw, 0, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator."},
    {"close", gen_close, 0, "close() -> raise GeneratorExit inside generator."},
    {"__sizeof__", gen_sizeof, 0, "gen.__sizeof__() -> size of gen in memory, in bytes"},
    {NULL, NULL, 0, NULL},
};

OuType ou_gen_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "generator",
    .basicsize = sizeof(OuGen),
    .flags = OU_TPFLAGS_GC,
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .traverse = gen_traverse,
    .clear = gen_clear,
    .finalize = gen_finalize,
    .methods = gen_methods,
    .getsets = gen_getsets,
    .weaklistoffset = offsetof(OuGen, weakreflist),
};
