// vm/frame.c: the frame object.
#include "vm/frame.h"

#include <string.h>

#include "gc/gc.h"
#include "runtime/cell.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/tuple.h"
#include "runtime/state.h"
#include "runtime/str.h"

// Frames come and go with every call: small ones are kept for reuse, in
// buckets by capacity (CPython's frames live on a preallocated stack to the
// same end). A parked frame is linked through `back`, its slots all NULL.
#define FRAME_STEP 8
#define FRAME_BUCKETS 4
#define FRAME_FREE_MAX 16

OuFrame *ou_frame_new(OuCode *code, OuObject *func, OuObject *globals,
                      OuObject *builtins, OuObject *locals)
{
    int need = code->nlocalsplus + code->stacksize;
    int bucket = (need + FRAME_STEP - 1) / FRAME_STEP;
    OuFrame *f;
    if (bucket >= 1 && bucket <= FRAME_BUCKETS && ou_state.frame_free[bucket - 1] != NULL) {
        f = ou_state.frame_free[bucket - 1];
        ou_state.frame_free[bucket - 1] = f->back;
        ou_state.frame_nfree[bucket - 1]--;
        int capacity = f->capacity;
        memset((char *)f + sizeof(OuObject), 0, sizeof(OuFrame) - sizeof(OuObject));
        f->capacity = capacity;
        OU_REFCNT(f) = 1;
        OU_AS_GC(f)->prev = 0;
    } else {
        int capacity = bucket >= 1 && bucket <= FRAME_BUCKETS ? bucket * FRAME_STEP : need;
        f = (OuFrame *)ou_object_new_var(&ou_frame_type, capacity);
        if (f == NULL)
            return NULL;
        f->capacity = capacity;
    }
    f->code = (OuCode *)ou_newref(code);
    f->func = ou_xnewref(func);
    f->globals = ou_newref(globals);
    f->builtins = ou_newref(builtins);
    f->locals = ou_xnewref(locals);
    f->lasti = -1;          // nothing has run: execution starts at word 0
    return f;
}

static int frame_traverse(OuObject *self, OuVisitProc visit, void *arg)
{
    OuFrame *f = (OuFrame *)self;
    OU_VISIT(f->code);
    OU_VISIT(f->func);
    OU_VISIT(f->globals);
    OU_VISIT(f->builtins);
    OU_VISIT(f->locals);
    int n = f->code->nlocalsplus + f->stackdepth;
    for (int i = 0; i < n; i++)
        OU_VISIT(f->localsplus[i]);
    return 0;
}

static void clear_slots(OuFrame *f, int from, int to)
{
    for (int i = from; i < to; i++)
        OU_CLEAR(f->localsplus[i]);
}

static int frame_clear(OuObject *self)
{
    OuFrame *f = (OuFrame *)self;
    clear_slots(f, 0, f->code->nlocalsplus + f->stackdepth);
    f->stackdepth = 0;
    OU_CLEAR(f->locals);
    OU_CLEAR(f->func);
    return 0;
}

static void frame_dealloc(OuObject *self)
{
    OuFrame *f = (OuFrame *)self;
    if (ou_gc_is_tracked(self))
        ou_gc_untrack(self);
    frame_clear(self);
    OU_CLEAR(f->globals);
    OU_CLEAR(f->builtins);
    OU_CLEAR(f->code);
    int bucket = f->capacity / FRAME_STEP;
    if (f->capacity % FRAME_STEP == 0 && bucket >= 1 && bucket <= FRAME_BUCKETS
        && ou_state.frame_nfree[bucket - 1] < FRAME_FREE_MAX) {
        // frame_clear left every slot NULL; stack slots past the depth
        // may hold stale pointers, which are never read before written.
        for (int i = 0; i < f->capacity; i++)
            f->localsplus[i] = NULL;
        f->back = ou_state.frame_free[bucket - 1];
        ou_state.frame_free[bucket - 1] = f;
        ou_state.frame_nfree[bucket - 1]++;
        return;
    }
    ou_object_free(self);
}

void ou_frame_fini(void)
{
    for (int b = 0; b < FRAME_BUCKETS; b++) {
        while (ou_state.frame_free[b] != NULL) {
            OuFrame *f = ou_state.frame_free[b];
            ou_state.frame_free[b] = f->back;
            ou_object_free((OuObject *)f);
        }
        ou_state.frame_nfree[b] = 0;
    }
}

void ou_frame_exit(OuFrame *f)
{
    int nlocals = f->code->nlocalsplus;
    clear_slots(f, nlocals, nlocals + f->stackdepth);
    f->stackdepth = 0;
    f->back = NULL;
    f->finished = 1;
    if (OU_REFCNT(f) > 1)
        ou_gc_track((OuObject *)f);     // a traceback keeps it: it may sit in a cycle
    OU_DECREF(f);
}

int ou_frame_lineno(OuFrame *f)
{
    return ou_code_addr_to_line(f->code, f->lasti);
}

OuObject *ou_frame_locals(OuFrame *f)
{
    if (f->locals != NULL)
        return ou_newref(f->locals);
    OuObject *d = ou_dict_new();
    if (d == NULL)
        return NULL;
    OuCode *co = f->code;
    for (int i = 0; i < co->nlocalsplus; i++) {
        OuObject *v = f->localsplus[i];
        uint8_t kind = co->localspluskinds[i];
        // A cell slot holds the cell until MAKE_CELL has run (never seen here).
        if (v != NULL && (kind & (OU_FAST_CELL | OU_FAST_FREE)))
            v = ou_cell_get(v);
        if (v == NULL)
            continue;
        if (ou_dict_setitem(d, ou_tuple_get(co->localsplusnames, i), v) < 0) {
            OU_DECREF(d);
            return NULL;
        }
    }
    return d;
}

static OuObject *frame_repr(OuObject *self)
{
    OuFrame *f = (OuFrame *)self;
    return ou_str_from_format("<frame at %p, file %R, line %d, code %U>", (void *)f,
                              f->code->filename, ou_frame_lineno(f), f->code->name);
}

static OuObject *frame_get_code(OuObject *self) { return ou_newref(((OuFrame *)self)->code); }
static OuObject *frame_get_globals(OuObject *self) { return ou_newref(((OuFrame *)self)->globals); }
static OuObject *frame_get_back(OuObject *self)
{
    OuFrame *b = ((OuFrame *)self)->back;
    return ou_newref(b ? (OuObject *)b : ou_None);
}

static const OuGetSetDef frame_getsets[] = {
    {"f_code", frame_get_code, NULL, NULL},
    {"f_globals", frame_get_globals, NULL, NULL},
    {"f_back", frame_get_back, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

OuType ou_frame_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "frame",
    .basicsize = sizeof(OuFrame),
    .itemsize = sizeof(OuObject *),
    .flags = OU_TPFLAGS_GC,
    .dealloc = frame_dealloc,
    .repr = frame_repr,
    .traverse = frame_traverse,
    .clear = frame_clear,
    .getsets = frame_getsets,
};
