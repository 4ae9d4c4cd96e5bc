// gc/gc.h: memory for ouro. Every byte the interpreter uses comes through
// here: raw memory (`ou_mem_*`), objects (`ou_object_new*`), and the
// collector's bookkeeping (`ou_gc_*`). The pooled allocator itself lives in
// gc/obmalloc.c, the cycle collector in gc/collect.c.
//
// Layout of a collector-tracked object (types with OU_TPFLAGS_GC):
//
//     +-----------------+  <- the address obmalloc hands out
//     | OuGCHead.next   |     16 bytes, as CPython's PyGC_Head
//     | OuGCHead.prev   |
//     +-----------------+  <- the OuObject * everyone else sees
//     | refcnt          |
//     | type            |
//     | ...fields       |
//     +-----------------+
#ifndef OURO_GC_GC_H
#define OURO_GC_GC_H

#include <stddef.h>
#include <stdint.h>
#include "runtime/object.h"

// ---- Pooled allocator (gc/obmalloc.c) ----
// Tunables: the seed documents' figures (CPython 3.11 uses 1 MiB / 16 KiB).
#define OU_ARENA_SIZE (256 * 1024)
#define OU_POOL_SIZE (4 * 1024)
#define OU_ALIGNMENT 16
#define OU_SMALL_REQUEST_THRESHOLD 512
#define OU_NB_SMALL_SIZE_CLASSES (OU_SMALL_REQUEST_THRESHOLD / OU_ALIGNMENT)

typedef struct OuArena OuArena;
typedef struct OuPool OuPool;

typedef struct {
    OuPool *usedpools[OU_NB_SMALL_SIZE_CLASSES]; // partly used pools, per class
    OuArena *arenas;            // every arena the allocator holds
    OuArena *usable_arenas;     // arenas with at least one free pool
    size_t narenas, narenas_highwater, narenas_released;
    size_t nblocks_in_use;      // small blocks handed out and not yet freed
    size_t nlarge_in_use;       // requests passed on to malloc
    size_t bytes_in_use;        // requested bytes, small and large
    size_t bytes_peak;
    ou_ssize_t fail_after;      // fault injection: fail the Nth request; -1 off
} OuMemState;

void *ou_obmalloc_alloc(size_t n);              // NULL on failure (no exception)
void *ou_obmalloc_realloc(void *p, size_t n);   // NULL on failure; p untouched
void ou_obmalloc_free(void *p);                 // p may be NULL
size_t ou_obmalloc_size_class(size_t n);        // the class index serving n (n <= 512)
void ou_obmalloc_print_stats(void *file);       // FILE *: sys._debugmallocstats
void ou_obmalloc_finalize(void);                // release every arena (at exit)

// ---- Raw memory: every allocation goes through these ----

void *ou_mem_alloc(size_t n);           // NULL on failure, no exception set
void *ou_mem_calloc(size_t count, size_t size);
void *ou_mem_realloc(void *p, size_t n);
void ou_mem_free(void *p);
void ou_mem_fail_after(ou_ssize_t n);   // fault injection for tests; -1 turns it off

// Like the above, but set MemoryError on failure.
void *ou_mem_alloc_or_raise(size_t n);
void *ou_mem_realloc_or_raise(void *p, size_t n);

// ---- Objects ----

typedef struct OuGCHead {
    uintptr_t next;   // 0 when untracked
    uintptr_t prev;
} OuGCHead;

#define OU_AS_GC(o) ((OuGCHead *)(o) - 1)
#define OU_FROM_GC(g) ((OuObject *)((OuGCHead *)(g) + 1))

// New ref: a zeroed object of `type->basicsize` bytes with refcount 1. For GC
// types the collector head is allocated in front, untracked. NULL + MemoryError.
OuObject *ou_object_new(OuType *type);
// Same, with room for `nitems * type->itemsize` more bytes.
OuObject *ou_object_new_var(OuType *type, ou_ssize_t nitems);
// Return an object's memory (head included). Called by dealloc functions.
void ou_object_free(OuObject *o);
// The bytes an object occupies, collector head included (sys.getsizeof's base).
size_t ou_object_gc_overhead(OuObject *o);

// 1 when `o` carries an OuGCHead. Statically allocated types have none even
// though `type` is a GC type: only heap types (class statements) do.
static inline int ou_object_is_gc(OuObject *o)
{
    OuType *t = OU_TYPE(o);
    if (!ou_type_has_flag(t, OU_TPFLAGS_GC))
        return 0;
    return !ou_type_has_flag(t, OU_TPFLAGS_TYPE_SUBCLASS) ||
           ou_type_has_flag((OuType *)o, OU_TPFLAGS_HEAPTYPE);
}

// ---- The collector's lists (gc/collect.c) ----

typedef struct {
    OuGCHead head;      // circular list of tracked objects
    int threshold;
    int count;
} OuGCGeneration;

// Per-generation counters behind gc.get_stats().
typedef struct {
    ou_ssize_t collections;     // collections of this generation
    ou_ssize_t collected;       // unreachable objects they found
    ou_ssize_t uncollectable;   // always 0: ouro has no legacy finalizers
} OuGCStats;

// gc.set_debug flags, CPython's values.
enum {
    OU_GC_DEBUG_STATS = 1,
    OU_GC_DEBUG_COLLECTABLE = 2,
    OU_GC_DEBUG_UNCOLLECTABLE = 4,
    OU_GC_DEBUG_SAVEALL = 32,
    OU_GC_DEBUG_LEAK = 2 | 4 | 32,
};

typedef struct {
    OuGCGeneration generations[3];
    OuGCHead permanent;   // gc.freeze()
    int enabled;
    int collecting;
    int debug;            // OU_GC_DEBUG_* bits
    ou_ssize_t long_lived_total, long_lived_pending;
    OuGCStats stats[3];
    OuObject *garbage;    // gc.garbage: a list, created on first use, or NULL
    OuObject *callbacks;  // gc.callbacks: a list, created on first use, or NULL
} OuGCState;

// What a collection needs from the runtime, kept behind pointers so gc/
// links on its own (stdlib/gcmodule.c defines the one table, ou_gc_hooks).
typedef struct {
    int (*is_weakref)(OuObject *o);             // a weakref.ref or proxy
    void (*weakref_clear)(OuObject *ref);       // unlink from its referent, keep the callback
    OuObject *(*weakref_head)(OuObject *o);     // Borrowed: first weak reference to o, or NULL
    int (*weakref_has_callback)(OuObject *ref);
    void (*weakref_call)(OuObject *ref);        // run its callback; failures reported
    OuObject *(*err_fetch)(void);               // New ref: the pending exception (cleared) or NULL
    void (*err_restore)(OuObject *exc);         // Steals exc
    int (*untrackable)(OuObject *o, int dicts); // holds atomic values only (tuple, dict)
    void (*save_garbage)(OuObject *o);          // DEBUG_SAVEALL: append to gc.garbage
    // gc.callbacks: phase "start" or "stop".
    void (*callbacks)(const char *phase, int generation, ou_ssize_t collected, ou_ssize_t uncollectable);
    void (*fini)(void);                         // drop gc.garbage and gc.callbacks (exit)
} OuGCHooks;

// Deep deallocation (gc/trashcan.c). A container's dealloc, after untracking
// the object: `if (ou_trash_begin(o)) return;` … `ou_trash_end();` at the end.
// ou_trash_begin returns 1 when it has parked `o` to be freed later.
int ou_trash_begin(OuObject *o);
void ou_trash_end(void);

void ou_gc_init(void);
void ou_gc_track(OuObject *o);      // call last in construction
void ou_gc_untrack(OuObject *o);    // call first in deallocation
int ou_gc_is_tracked(OuObject *o);  // 1/0
// Collect generations 0..generation (clamped to 0..2): finalizers, weak
// references, gc.callbacks and the DEBUG_* output included. Returns the
// number of unreachable objects found (what gc.collect() returns); 0 when a
// collection is already running.
ou_ssize_t ou_gc_collect(int generation);
void ou_gc_finalize(void);          // at exit: collect until nothing is left
ou_ssize_t ou_gc_list_size(int generation);  // objects in a generation; 3: the permanent one
// Walk every tracked object of a generation (0..2; 3 = permanent) until
// `fn` returns nonzero, which is then returned. `fn` must not untrack or
// track objects.
int ou_gc_foreach(int generation, int (*fn)(OuObject *o, void *arg), void *arg);
void ou_gc_freeze(void);            // move every tracked object to the permanent generation
void ou_gc_unfreeze(void);          // and back into the oldest generation
// gc.garbage / gc.callbacks, created on first use. Borrowed; NULL + MemoryError.
OuObject *ou_gc_garbage_list(void);
OuObject *ou_gc_callbacks_list(void);

// Collect the oldest generation whose count passed its threshold, if the
// collector is enabled, idle, and no exception is pending. ou_gc_track calls
// it; cheap to call when nothing is due.
void ou_gc_maybe_collect(void);
// PEP 442: whether `o`'s finalizer (`__del__`) already ran. `o` is a GC object.
int ou_gc_is_finalized(OuObject *o);        // 1/0
void ou_gc_set_finalized(OuObject *o);

#endif
