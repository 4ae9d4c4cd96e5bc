// gc/mem.c: the one door every allocation goes through. It picks the
// backend (the pools of gc/obmalloc.c, or plain malloc when OU_OBMALLOC is 0
// so sanitizers see every object), injects failures for tests, and lays out
// objects: the collector head in front of GC objects, a reference to heap
// types from each of their instances.
//
// Accounting: in pool mode gc/obmalloc.c counts the bytes it hands out (block
// sizes, not request sizes: no size header is stored). In malloc mode the
// counts come from malloc_usable_size, so both modes report the bytes really
// reserved, and `bytes_peak` follows.
//
// Fault injection: `ou_mem_fail_after(n)` makes the n-th next request of
// ou_mem_alloc/calloc/realloc (and so of ou_object_new*) fail, once; the
// count then switches itself off. n of 0 or 1 means the very next request.
// Zero in `fail_after` (the state's initial value) means off, like -1.
//
// Tracing (gc/trace.h): the three entry points call the trace hooks after
// the backend succeeds, behind one `tracing` test.
#include "gc/gc.h"

#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include "gc/trace.h"
#include "runtime/code.h"
#include "runtime/error.h"
#include "runtime/state.h"
#include "vm/frame.h"

// FIXME(state): belongs in `ou_state` (field `trace`); kept here until
// runtime/state.h carries it.
#define TRACE (&ou_state.trace)

static int trace_add(void *p, size_t size);
static void trace_remove(uintptr_t p);

#if defined(__GNUC__)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define UNLIKELY(x) (x)
#endif

// ---- Raw memory ----

static int should_fail(void)
{
    OuMemState *m = &ou_state.mem;
    if (m->fail_after > 0 && --m->fail_after == 0) {
        m->fail_after = -1;
        return 1;
    }
    return 0;
}

void ou_mem_fail_after(ou_ssize_t n)
{
    ou_state.mem.fail_after = n < 0 ? -1 : (n == 0 ? 1 : n);
}

#if !OU_OBMALLOC
static void account(ou_ssize_t delta)
{
    OuMemState *m = &ou_state.mem;
    m->bytes_in_use += (size_t)delta;
    if (m->bytes_in_use > m->bytes_peak)
        m->bytes_peak = m->bytes_in_use;
}
#endif

static void *backend_alloc(size_t n)
{
#if OU_OBMALLOC
    return ou_obmalloc_alloc(n);
#else
    void *p = malloc(n != 0 ? n : 1);
    if (p != NULL)
        account((ou_ssize_t)malloc_usable_size(p));
    return p;
#endif
}

static void backend_free(void *p)
{
#if OU_OBMALLOC
    ou_obmalloc_free(p);
#else
    if (p == NULL)
        return;
    account(-(ou_ssize_t)malloc_usable_size(p));
    free(p);
#endif
}

void *ou_mem_alloc(size_t n)
{
    if (should_fail())
        return NULL;
    void *p = backend_alloc(n);
    if (UNLIKELY(TRACE->tracing) && p != NULL && trace_add(p, n) < 0) {
        // As CPython: a block that cannot be traced is not handed out.
        backend_free(p);
        return NULL;
    }
    return p;
}

void *ou_mem_calloc(size_t count, size_t size)
{
    if (size != 0 && count > SIZE_MAX / size)
        return NULL;
    void *p = ou_mem_alloc(count * size);
    if (p != NULL)
        memset(p, 0, count * size);
    return p;
}

void *ou_mem_realloc(void *p, size_t n)
{
    if (should_fail())
        return NULL;
    uintptr_t old_addr = (uintptr_t)p;  // the key of p's trace, if p moves
#if OU_OBMALLOC
    void *q = ou_obmalloc_realloc(p, n);
#else
    size_t old = p != NULL ? malloc_usable_size(p) : 0;
    void *q = realloc(p, n != 0 ? n : 1);
    if (q != NULL)
        account((ou_ssize_t)malloc_usable_size(q) - (ou_ssize_t)old);
#endif
    if (UNLIKELY(TRACE->tracing) && q != NULL) {
        // The block now belongs to the line that resized it, as in CPython.
        // If the new trace cannot be recorded the block stays untraced: the
        // old block is gone, so failing the call is no longer possible.
        if ((uintptr_t)q != old_addr && old_addr != 0)
            trace_remove(old_addr);
        (void)trace_add(q, n);
    }
    return q;
}

void ou_mem_free(void *p)
{
    if (UNLIKELY(TRACE->tracing) && p != NULL)
        trace_remove((uintptr_t)p);
    backend_free(p);
}

void *ou_mem_alloc_or_raise(size_t n)
{
    void *p = ou_mem_alloc(n);
    if (p == NULL)
        ou_err_no_memory();
    return p;
}

void *ou_mem_realloc_or_raise(void *p, size_t n)
{
    void *q = ou_mem_realloc(p, n);
    if (q == NULL)
        ou_err_no_memory();
    return q;
}

// ---- Objects ----

OuObject *ou_object_new(OuType *type)
{
    return ou_object_new_var(type, 0);
}

OuObject *ou_object_new_var(OuType *type, ou_ssize_t nitems)
{
    size_t pre = ou_type_has_flag(type, OU_TPFLAGS_GC) ? sizeof(OuGCHead) : 0;
    size_t items = 0;
    if (nitems > 0) {
        if (type->itemsize != 0 && (size_t)nitems > (SIZE_MAX / 2) / (size_t)type->itemsize)
            return ou_err_no_memory();
        items = (size_t)nitems * (size_t)type->itemsize;
    }
    size_t size = pre + (size_t)type->basicsize + items;
    uint8_t *mem = ou_mem_alloc(size);
    if (mem == NULL)
        return ou_err_no_memory();
    memset(mem, 0, size);
    OuObject *o = (OuObject *)(mem + pre);
    o->refcnt = 1;
    o->type = type;
    if (ou_type_has_flag(type, OU_TPFLAGS_HEAPTYPE))
        OU_INCREF(type);
    return o;
}

void ou_object_free(OuObject *o)
{
    OuType *type = OU_TYPE(o);
    void *mem = o;
    if (ou_object_is_gc(o)) {
        // Like CPython's GC_Del: a dealloc that forgot to untrack must not
        // leave a dangling node in a generation list.
        if (OU_AS_GC(o)->next != 0)
            ou_gc_untrack(o);
        mem = OU_AS_GC(o);
    }
    ou_mem_free(mem);
    // After the free: the type may die with its last instance.
    if (ou_type_has_flag(type, OU_TPFLAGS_HEAPTYPE))
        OU_DECREF(type);
}

size_t ou_object_gc_overhead(OuObject *o)
{
    return ou_object_is_gc(o) ? sizeof(OuGCHead) : 0;
}

// ---- Tracing (the engine under `tracemalloc`) ----
//
// Two open-addressing tables with linear probing, both in plain malloc
// memory: traces keyed by block address (deleted by shifting the following
// entries back, so there are no tombstones), and interned tracebacks keyed by
// their content. Tracebacks live until the traces are cleared; each holds a
// reference to its filenames so a code object can die while its allocations
// are still being reported.

static uint64_t mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return x;
}

static size_t ptr_slot(uintptr_t p, size_t cap)
{
    return (size_t)(mix((uint64_t)p >> 4) & (cap - 1));
}

static int traces_grow(void)
{
    OuTraceState *t = TRACE;
    size_t cap = t->traces_cap ? t->traces_cap * 2 : 1024;
    OuMemTrace *tab = calloc(cap, sizeof *tab);
    if (tab == NULL)
        return -1;
    for (size_t i = 0; i < t->traces_cap; i++) {
        OuMemTrace *e = &t->traces[i];
        if (e->ptr == 0)
            continue;
        size_t j = ptr_slot(e->ptr, cap);
        while (tab[j].ptr != 0)
            j = (j + 1) & (cap - 1);
        tab[j] = *e;
    }
    free(t->traces);
    t->traces = tab;
    t->traces_cap = cap;
    return 0;
}

static OuMemTrace *trace_find(uintptr_t p)
{
    OuTraceState *t = TRACE;
    if (t->traces_cap == 0)
        return NULL;
    size_t mask = t->traces_cap - 1;
    for (size_t j = ptr_slot(p, t->traces_cap);; j = (j + 1) & mask) {
        if (t->traces[j].ptr == p)
            return &t->traces[j];
        if (t->traces[j].ptr == 0)
            return NULL;
    }
}

static void trace_remove(uintptr_t p)
{
    OuTraceState *t = TRACE;
    OuMemTrace *e = trace_find(p);
    if (e == NULL)
        return;
    t->traced -= e->size;
    t->ntraces--;
    // Backward-shift deletion: pull later members of the probe run into the
    // hole unless their home slot lies cyclically after it.
    size_t mask = t->traces_cap - 1;
    size_t hole = (size_t)(e - t->traces);
    for (size_t j = (hole + 1) & mask; t->traces[j].ptr != 0; j = (j + 1) & mask) {
        size_t home = ptr_slot(t->traces[j].ptr, t->traces_cap);
        if (((j - home) & mask) >= ((j - hole) & mask)) {
            t->traces[hole] = t->traces[j];
            hole = j;
        }
    }
    t->traces[hole].ptr = 0;
}

static int frames_equal(const OuMemTraceback *tb, const OuMemTraceFrame *f, int n, uint32_t total)
{
    if (tb->nframe != n || tb->total_nframe != total)
        return 0;
    for (int i = 0; i < n; i++)
        if (tb->frames[i].filename != f[i].filename || tb->frames[i].lineno != f[i].lineno)
            return 0;
    return 1;
}

static int tb_table_grow(void)
{
    OuTraceState *t = TRACE;
    size_t cap = t->tb_cap ? t->tb_cap * 2 : 256;
    OuMemTraceback **tab = calloc(cap, sizeof *tab);
    if (tab == NULL)
        return -1;
    for (size_t i = 0; i < t->tb_cap; i++) {
        OuMemTraceback *tb = t->tb_table[i];
        if (tb == NULL)
            continue;
        size_t j = (size_t)(tb->hash & (cap - 1));
        while (tab[j] != NULL)
            j = (j + 1) & (cap - 1);
        tab[j] = tb;
    }
    free(t->tb_table);
    t->tb_table = tab;
    t->tb_cap = cap;
    return 0;
}

// The line `f` is executing. Before its first instruction that is the
// definition line, as CPython reports for a frame that has not started.
// (Read from the position table directly rather than through
// ou_code_addr_to_line: that keeps the allocator free of a link-time
// dependency on the rest of the runtime, which the unit tests rely on.)
static int frame_line(OuFrame *f)
{
    OuCode *co = f->code;
    if (f->lasti < 0 || f->lasti >= co->ncode)
        return co->firstlineno;
    return co->positions[f->lasti].line;
}

// The interned traceback of the executing frames, or NULL when out of memory.
static OuMemTraceback *current_traceback(void)
{
    OuTraceState *t = TRACE;
    OuMemTraceFrame *fr = t->scratch;
    int n = 0;
    uint32_t total = 0;
    uint64_t h = 0x9e3779b97f4a7c15ULL;
    for (OuFrame *f = ou_state.frame; f != NULL; f = f->back) {
        if (n < t->max_nframe) {
            fr[n].filename = f->code->filename;
            fr[n].lineno = frame_line(f);
            h = mix(h ^ (uint64_t)(uintptr_t)fr[n].filename) + (uint64_t)fr[n].lineno;
            n++;
        }
        total++;
    }
    h = mix(h ^ total);
    if ((t->ntracebacks + 1) * 3 >= t->tb_cap * 2 && tb_table_grow() < 0)
        return NULL;
    size_t mask = t->tb_cap - 1, j = (size_t)(h & mask);
    for (; t->tb_table[j] != NULL; j = (j + 1) & mask) {
        OuMemTraceback *tb = t->tb_table[j];
        if (tb->hash == h && frames_equal(tb, fr, n, total))
            return tb;
    }
    if (t->ntracebacks == t->tracebacks_cap) {
        size_t cap = t->tracebacks_cap ? t->tracebacks_cap * 2 : 256;
        OuMemTraceback **all = realloc(t->tracebacks, cap * sizeof *all);
        if (all == NULL)
            return NULL;
        t->tracebacks = all;
        t->tracebacks_cap = cap;
    }
    OuMemTraceback *tb = malloc(sizeof *tb + (size_t)n * sizeof(OuMemTraceFrame));
    if (tb == NULL)
        return NULL;
    tb->hash = h;
    tb->nframe = (uint16_t)n;
    tb->total_nframe = total;
    tb->index = (uint32_t)t->ntracebacks;
    for (int i = 0; i < n; i++) {
        tb->frames[i] = fr[i];
        OU_INCREF(fr[i].filename);
    }
    t->tb_table[j] = tb;
    t->tracebacks[t->ntracebacks++] = tb;
    return tb;
}

static int trace_add(void *p, size_t size)
{
    OuTraceState *t = TRACE;
    if (t->paused) {
        trace_remove((uintptr_t)p);    // a resized block must not keep its old size
        return 0;
    }
    OuMemTraceback *tb = current_traceback();
    if (tb == NULL)
        return -1;
    OuMemTrace *e = trace_find((uintptr_t)p);
    if (e != NULL) {
        t->traced -= e->size;
    } else {
        if ((t->ntraces + 1) * 3 >= t->traces_cap * 2 && traces_grow() < 0)
            return -1;
        size_t mask = t->traces_cap - 1, j = ptr_slot((uintptr_t)p, t->traces_cap);
        while (t->traces[j].ptr != 0)
            j = (j + 1) & mask;
        e = &t->traces[j];
        e->ptr = (uintptr_t)p;
        t->ntraces++;
    }
    e->size = size;
    e->tb = tb;
    t->traced += size;
    if (t->traced > t->peak)
        t->peak = t->traced;
    return 0;
}

int ou_mem_trace_start(int nframe)
{
    OuTraceState *t = TRACE;
    OuMemTraceFrame *scratch = realloc(t->scratch, (size_t)nframe * sizeof *scratch);
    if (scratch == NULL) {
        ou_err_no_memory();
        return -1;
    }
    t->scratch = scratch;
    t->max_nframe = nframe;
    t->tracing = 1;
    return 0;
}

void ou_mem_trace_clear(void)
{
    OuTraceState *t = TRACE;
    OuMemTraceback **tbs = t->tracebacks;
    size_t ntbs = t->ntracebacks;
    free(t->traces);
    free(t->tb_table);
    t->traces = NULL;
    t->tb_table = NULL;
    t->tracebacks = NULL;
    t->traces_cap = t->ntraces = t->tb_cap = t->ntracebacks = t->tracebacks_cap = 0;
    t->traced = t->peak = 0;
    // Only now release the filenames: freeing one re-enters ou_mem_free,
    // which must find consistent (empty) tables.
    for (size_t i = 0; i < ntbs; i++) {
        for (int k = 0; k < tbs[i]->nframe; k++)
            OU_DECREF(tbs[i]->frames[k].filename);
        free(tbs[i]);
    }
    free(tbs);
}

void ou_mem_trace_stop(void)
{
    OuTraceState *t = TRACE;
    t->tracing = 0;
    ou_mem_trace_clear();
    free(t->scratch);
    t->scratch = NULL;
}

void ou_mem_trace_reset_peak(void)
{
    TRACE->peak = TRACE->traced;
}

OuTraceState *ou_mem_trace_state(void)
{
    return TRACE;
}

void ou_mem_trace_pause(void)
{
    TRACE->paused++;
}

void ou_mem_trace_resume(void)
{
    TRACE->paused--;
}

const OuMemTrace *ou_mem_trace_get(const void *p)
{
    return TRACE->tracing ? trace_find((uintptr_t)p) : NULL;
}

size_t ou_mem_trace_overhead(void)
{
    OuTraceState *t = TRACE;
    size_t n = t->traces_cap * sizeof(OuMemTrace) + t->tb_cap * sizeof(OuMemTraceback *) +
               t->tracebacks_cap * sizeof(OuMemTraceback *) +
               (t->scratch ? (size_t)t->max_nframe * sizeof(OuMemTraceFrame) : 0);
    for (size_t i = 0; i < t->ntracebacks; i++)
        n += sizeof(OuMemTraceback) + t->tracebacks[i]->nframe * sizeof(OuMemTraceFrame);
    return n;
}
