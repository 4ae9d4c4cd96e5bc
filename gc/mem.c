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
#include "gc/gc.h"

#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/error.h"
#include "runtime/state.h"

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

void *ou_mem_alloc(size_t n)
{
    if (should_fail())
        return NULL;
#if OU_OBMALLOC
    return ou_obmalloc_alloc(n);
#else
    void *p = malloc(n != 0 ? n : 1);
    if (p != NULL)
        account((ou_ssize_t)malloc_usable_size(p));
    return p;
#endif
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
#if OU_OBMALLOC
    return ou_obmalloc_realloc(p, n);
#else
    size_t old = p != NULL ? malloc_usable_size(p) : 0;
    void *q = realloc(p, n != 0 ? n : 1);
    if (q != NULL)
        account((ou_ssize_t)malloc_usable_size(q) - (ou_ssize_t)old);
    return q;
#endif
}

void ou_mem_free(void *p)
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
