// gc/collect.c: the generational cycle collector.
//
// Reference counting frees everything except cycles. Every container that can
// take part in one is *tracked*: linked, through the OuGCHead in front of it,
// into one of three generations (circular doubly-linked lists in
// `ou_state.gc`). New objects enter generation 0; those that survive a
// collection move one generation older.
//
// Start reading at `ou_gc_collect`. A collection of generation N runs:
//
//   1. merge generations 0..N into one list, "young";
//   2. update_refs:   copy each object's refcount into its scratch count;
//   3. subtract_refs: for every reference found by `traverse` from one young
//                     object to another, decrement the target's scratch count.
//                     What stays positive is referenced from outside;
//   4. move_unreachable: everything positive, and everything it reaches, is
//                     reachable; the rest moves to the "unreachable" list;
//   5. survivors (reachable) merge into generation N+1; tuples among them
//      holding only atomic values are untracked (and, in a full collection,
//      such dicts), as CPython does;
//   6. legacy finalizers: none in ouro (no tp_del), so nothing is ever
//      "uncollectable" and gc.garbage fills only under DEBUG_SAVEALL;
//   7. handle_weakrefs: weak references to unreachable objects are cleared;
//      the callbacks of those references that are themselves reachable run;
//   8. finalize_garbage: `__del__` runs once per object (PEP 442; see
//      ou_gc_set_finalized); then handle_resurrected repeats steps 2-4 on the
//      unreachable set, and what a finalizer made reachable again moves to
//      the older generation;
//   9. delete_garbage: `clear` each unreachable object, holding a reference
//      while doing so; refcounting then frees the cycle. An object that
//      survives its clear moves to the older generation.
//
// ou_gc_collect wraps a collection with gc.callbacks, the DEBUG_STATS lines
// and the per-generation statistics.
//
// The scratch count lives in `prev` while a collection runs, as CPython does,
// so a collection allocates nothing. `prev` is then:
//
//     63                            2   1            0
//     +-----------------------------+------------+-----------+
//     | scratch refcount            | COLLECTING | FINALIZED |
//     +-----------------------------+------------+-----------+
//
// Outside a collection the same high bits are the previous node's address
// (heads are at least 8-byte aligned, so the two low bits are free).
// COLLECTING marks members of the set being collected; FINALIZED survives
// across collections. While the young list holds counts instead of links it
// is walked forwards only. An object moved to the unreachable list gets its
// real `prev` link back and bit 0 of `next` set (UNREACHABLE), which tells
// "tentatively unreachable" apart from "not scanned yet" when a reachable
// object turns out to refer to it.
//
// Generation 0's count. CPython counts allocations minus deallocations of GC
// objects at allocation time; ouro counts at ou_gc_track (increment) and
// ou_gc_untrack (decrement, never below zero). Containers track last in
// construction and untrack first in deallocation, so the count is the same
// except for objects that are untracked lazily (which CPython keeps counting
// until they die). Triggering at track time also means the collector never
// meets a half-built object.
#include "gc/gc.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "runtime/state.h"

// The runtime's side of a collection, defined by stdlib/gcmodule.c. Weak, so
// that the allocator's own unit tests link gc/ without the whole runtime;
// then there are no weak references, callbacks or lazily untracked objects.
extern const OuGCHooks ou_gc_hooks __attribute__((weak));
#define HOOKS (&ou_gc_hooks)

#define PREV_FINALIZED ((uintptr_t)1)
#define PREV_COLLECTING ((uintptr_t)2)
#define PREV_FLAGS (PREV_FINALIZED | PREV_COLLECTING)
#define REFS_SHIFT 2
#define REFS_ONE ((uintptr_t)1 << REFS_SHIFT)
#define NEXT_UNREACHABLE ((uintptr_t)1)

// Dicts holding only atomic values are untracked by collections, as in
// CPython: runtime/dict.c tracks a dict again when a container is stored in
// it (MAINTAIN_TRACKING), so an untracked dict never hides a cycle.
#define DICTS_RETRACK 1

_Static_assert(_Alignof(OuGCHead) >= 4, "list links need two free low bits");

// ---- List primitives (outside the refs phase) ----

static OuGCHead *gc_next(const OuGCHead *g) { return (OuGCHead *)(g->next & ~NEXT_UNREACHABLE); }
static OuGCHead *gc_prev(const OuGCHead *g) { return (OuGCHead *)(g->prev & ~PREV_FLAGS); }
static void set_prev(OuGCHead *g, OuGCHead *p) { g->prev = (g->prev & PREV_FLAGS) | (uintptr_t)p; }

static void list_init(OuGCHead *h)
{
    h->next = (uintptr_t)h;
    h->prev = (uintptr_t)h;
}

static int list_is_empty(const OuGCHead *h) { return gc_next(h) == h; }

static void list_append(OuGCHead *g, OuGCHead *list)
{
    OuGCHead *last = gc_prev(list);
    set_prev(g, last);
    g->next = (uintptr_t)list;
    last->next = (uintptr_t)g;
    set_prev(list, g);
}

static void list_remove(OuGCHead *g)
{
    OuGCHead *prev = gc_prev(g), *next = gc_next(g);
    prev->next = (uintptr_t)next;
    set_prev(next, prev);
    g->next = 0;
    g->prev &= PREV_FINALIZED;
}

// Move every node of `from` to the end of `to`; `from` ends empty.
static void list_merge(OuGCHead *from, OuGCHead *to)
{
    if (list_is_empty(from))
        return;
    OuGCHead *tail = gc_prev(to), *first = gc_next(from), *last = gc_prev(from);
    tail->next = (uintptr_t)first;
    set_prev(first, tail);
    last->next = (uintptr_t)to;
    set_prev(to, last);
    list_init(from);
}

static ou_ssize_t list_size(const OuGCHead *h)
{
    ou_ssize_t n = 0;
    for (const OuGCHead *g = gc_next(h); g != h; g = gc_next(g))
        n++;
    return n;
}

// ---- Tracking ----

void ou_gc_init(void)
{
    static const int thresholds[3] = {700, 10, 10};
    OuGCState *gs = &ou_state.gc;
    for (int i = 0; i < 3; i++) {
        list_init(&gs->generations[i].head);
        gs->generations[i].threshold = thresholds[i];
        gs->generations[i].count = 0;
    }
    list_init(&gs->permanent);
    gs->enabled = 1;
    gs->collecting = 0;
    gs->long_lived_total = 0;
    gs->long_lived_pending = 0;
}

void ou_gc_track(OuObject *o)
{
    OuGCHead *g = OU_AS_GC(o);
    if (g->next != 0)
        return;
    OuGCGeneration *gen0 = &ou_state.gc.generations[0];
    list_append(g, &gen0->head);
    gen0->count++;
    if (gen0->count > gen0->threshold)
        ou_gc_maybe_collect();
}

void ou_gc_untrack(OuObject *o)
{
    OuGCHead *g = OU_AS_GC(o);
    if (g->next == 0)
        return;
    list_remove(g);
    OuGCGeneration *gen0 = &ou_state.gc.generations[0];
    if (gen0->count > 0)
        gen0->count--;
}

int ou_gc_is_tracked(OuObject *o)
{
    return ou_object_is_gc(o) && OU_AS_GC(o)->next != 0;
}

int ou_gc_is_finalized(OuObject *o)
{
    return (OU_AS_GC(o)->prev & PREV_FINALIZED) != 0;
}

void ou_gc_set_finalized(OuObject *o)
{
    OU_AS_GC(o)->prev |= PREV_FINALIZED;
}

// ---- Finding the unreachable ----

static uintptr_t gc_refs(const OuGCHead *g) { return g->prev >> REFS_SHIFT; }

// A member of the set being collected: tracked and COLLECTING.
static OuGCHead *collecting_head(OuObject *o)
{
    if (!ou_object_is_gc(o))
        return NULL;
    OuGCHead *g = OU_AS_GC(o);
    if (g->next == 0 || (g->prev & PREV_COLLECTING) == 0)
        return NULL;
    return g;
}

static void update_refs(OuGCHead *young)
{
    for (OuGCHead *g = gc_next(young); g != young; g = gc_next(g)) {
        uintptr_t refcnt = (uintptr_t)OU_REFCNT(OU_FROM_GC(g));
        if (refcnt == 0)
            abort();    // a tracked object with no references: a refcount bug
        g->prev = (g->prev & PREV_FINALIZED) | PREV_COLLECTING | (refcnt << REFS_SHIFT);
    }
}

static int visit_decref(OuObject *o, void *arg)
{
    OuGCHead *g = collecting_head(o);
    if (g != NULL && gc_refs(g) > 0)
        g->prev -= REFS_ONE;
    return 0;
}

static void subtract_refs(OuGCHead *young)
{
    for (OuGCHead *g = gc_next(young); g != young; g = gc_next(g)) {
        OuObject *o = OU_FROM_GC(g);
        if (OU_TYPE(o)->traverse != NULL)
            OU_TYPE(o)->traverse(o, visit_decref, NULL);
    }
}

// `o` is referred to by a reachable object, so it is reachable too.
static int visit_reachable(OuObject *o, void *arg)
{
    OuGCHead *young = arg;
    OuGCHead *g = collecting_head(o);
    if (g == NULL)
        return 0;   // outside this collection, or already scanned as reachable
    if (g->next & NEXT_UNREACHABLE) {
        // Tentatively unreachable: take it back to the end of young, where
        // the scan will still reach it (and what it refers to).
        OuGCHead *prev = gc_prev(g), *next = gc_next(g);
        prev->next = g->next;   // keeps the neighbour's UNREACHABLE mark
        set_prev(next, prev);
        OuGCHead *last = (OuGCHead *)young->prev;
        last->next = (uintptr_t)g;
        g->next = (uintptr_t)young;
        young->prev = (uintptr_t)g;
        g->prev = (g->prev & PREV_FINALIZED) | PREV_COLLECTING | REFS_ONE;
    } else if (gc_refs(g) == 0) {
        // Not scanned yet: a positive count makes the scan treat it as reachable.
        g->prev += REFS_ONE;
    }
    return 0;
}

// Split young into reachable (left in young, links restored, COLLECTING
// cleared) and unreachable (a normal list on return).
static void move_unreachable(OuGCHead *young, OuGCHead *unreachable)
{
    OuGCHead *prev = young;
    OuGCHead *g = gc_next(young);
    while (g != young) {
        if (gc_refs(g) > 0) {
            OuObject *o = OU_FROM_GC(g);
            if (OU_TYPE(o)->traverse != NULL)
                OU_TYPE(o)->traverse(o, visit_reachable, young);
            g->prev = (g->prev & PREV_FINALIZED) | (uintptr_t)prev;
            prev = g;
        } else {
            // Unlink from young (singly linked for now) and append to
            // unreachable, which keeps real links. visit_reachable may undo it.
            prev->next = g->next;
            OuGCHead *last = gc_prev(unreachable);
            last->next = (uintptr_t)g | NEXT_UNREACHABLE;
            g->prev = (g->prev & PREV_FLAGS) | (uintptr_t)last;
            g->next = (uintptr_t)unreachable | NEXT_UNREACHABLE;
            unreachable->prev = (uintptr_t)g;
        }
        g = gc_next(prev);
    }
    // When the old tail went to unreachable, young->prev went stale; nothing
    // was appended after that (the scan had ended), so set it now.
    young->prev = (uintptr_t)prev;
    // Unreachable members keep COLLECTING: handle_weakrefs asks it of them.
    for (g = unreachable; ; g = gc_next(g)) {
        g->next &= ~NEXT_UNREACHABLE;
        if (gc_next(g) == unreachable)
            break;
    }
}

static void clear_collecting(OuGCHead *list)
{
    for (OuGCHead *g = gc_next(list); g != list; g = gc_next(g))
        g->prev &= ~PREV_COLLECTING;
}

// ---- Lazy untracking ----

// Untrack the members of `list` that hold only atomic values (tuples; dicts
// too when `dicts`), as CPython does after finding them reachable.
static void untrack_atomic(OuGCHead *list, int dicts)
{
    if (HOOKS == NULL)
        return;
    OuGCHead *next;
    for (OuGCHead *g = gc_next(list); g != list; g = next) {
        next = gc_next(g);
        if (HOOKS->untrackable(OU_FROM_GC(g), dicts))
            list_remove(g);
    }
}

// ---- Weak references and finalizers ----

// A member of the unreachable set (it keeps COLLECTING until phase 8).
static int is_unreachable(OuObject *o)
{
    return ou_object_is_gc(o) && OU_AS_GC(o)->next != 0 && (OU_AS_GC(o)->prev & PREV_COLLECTING);
}

// Clear every weak reference to an unreachable object, and every weak
// reference that is itself unreachable, before any callback runs: a callback
// must not find garbage through a reference not yet cleared. Only references
// that stay reachable get their callback called (a callback of a dead
// reference belongs to the garbage too). Returns how many of those
// references the callbacks' aftermath freed, which the collection counts.
static ou_ssize_t handle_weakrefs(OuGCHead *unreachable, OuGCHead *old)
{
    if (HOOKS == NULL)
        return 0;
    OuGCHead to_call;
    list_init(&to_call);
    for (OuGCHead *g = gc_next(unreachable); g != unreachable; g = gc_next(g)) {
        OuObject *o = OU_FROM_GC(g);
        if (HOOKS->is_weakref(o))
            HOOKS->weakref_clear(o);
        OuObject *r;
        while ((r = HOOKS->weakref_head(o)) != NULL) {
            HOOKS->weakref_clear(r);
            if (!HOOKS->weakref_has_callback(r) || is_unreachable(r))
                continue;
            // Keep it alive and set apart until its callback has run.
            OU_INCREF(r);
            OuGCHead *rg = OU_AS_GC(r);
            list_remove(rg);
            list_append(rg, &to_call);
        }
    }
    ou_ssize_t freed = 0;
    while (!list_is_empty(&to_call)) {
        OuGCHead *g = gc_next(&to_call);
        OuObject *r = OU_FROM_GC(g);
        HOOKS->weakref_call(r);
        OU_DECREF(r);
        if (gc_next(&to_call) == g) {
            list_remove(g);
            list_append(g, old);
        } else {
            freed++;
        }
    }
    return freed;
}

// Call `finalize` on each object that has one and has not been finalized.
// A finalizer may free other members (their deallocs unlink them), so each
// object is moved to `seen` before its finalizer runs.
static void finalize_garbage(OuGCHead *unreachable)
{
    OuGCHead seen;
    list_init(&seen);
    while (!list_is_empty(unreachable)) {
        OuGCHead *g = gc_next(unreachable);
        OuObject *o = OU_FROM_GC(g);
        list_remove(g);
        list_append(g, &seen);
        OuDestructor fin = OU_TYPE(o)->finalize;
        if (fin == NULL || (g->prev & PREV_FINALIZED))
            continue;
        g->prev |= PREV_FINALIZED;
        OU_INCREF(o);
        OuObject *saved = HOOKS ? HOOKS->err_fetch() : NULL;
        fin(o);
        if (HOOKS)
            HOOKS->err_restore(saved);
        OU_DECREF(o);
    }
    list_merge(&seen, unreachable);
}

// Finalizers may have stored references to garbage somewhere reachable. Run
// the reachability analysis again over the unreachable set alone: whatever is
// referenced from outside it now was resurrected and moves to `old`.
static void handle_resurrected(OuGCHead *unreachable, OuGCHead *still, OuGCHead *old)
{
    update_refs(unreachable);
    subtract_refs(unreachable);
    move_unreachable(unreachable, still);
    clear_collecting(unreachable);
    clear_collecting(still);
    list_merge(unreachable, old);
}

// ---- Freeing the garbage ----

static void delete_garbage(OuGCHead *unreachable, OuGCHead *old)
{
    OuGCState *gs = &ou_state.gc;
    while (!list_is_empty(unreachable)) {
        OuGCHead *g = gc_next(unreachable);
        OuObject *o = OU_FROM_GC(g);
        if ((gs->debug & OU_GC_DEBUG_SAVEALL) && HOOKS != NULL) {
            HOOKS->save_garbage(o);
        } else {
            // Hold it: clearing can drop its last reference from inside clear.
            OU_INCREF(o);
            if (OU_TYPE(o)->clear != NULL)
                OU_TYPE(o)->clear(o);
            OU_DECREF(o);
        }
        if (gc_next(unreachable) == g) {
            // Still alive (another piece of garbage refers to it); it will
            // go when that one is cleared, or in a later collection.
            list_remove(g);
            list_append(g, old);
        }
    }
}

// ---- Collections ----

static void debug_object(const char *what, OuObject *o)
{
    fprintf(stderr, "gc: %s <%s %p>\n", what, ou_type_name(o), (void *)o);
}

// One collection; *uncollectable receives 0 (no legacy finalizers). Returns
// the number of objects found unreachable and freed or saved.
static ou_ssize_t collect_main(int generation, ou_ssize_t *uncollectable)
{
    OuGCState *gs = &ou_state.gc;
    struct timespec t0;
    if (gs->debug & OU_GC_DEBUG_STATS) {
        fflush(stdout);
        fprintf(stderr, "gc: collecting generation %d...\n", generation);
        fprintf(stderr, "gc: objects in each generation: %zd %zd %zd\n", ou_gc_list_size(0),
                ou_gc_list_size(1), ou_gc_list_size(2));
        fprintf(stderr, "gc: objects in permanent generation: %zd\n", ou_gc_list_size(3));
        clock_gettime(CLOCK_MONOTONIC, &t0);
    }

    if (generation < 2)
        gs->generations[generation + 1].count++;
    for (int i = 0; i <= generation; i++)
        gs->generations[i].count = 0;
    OuGCHead *young = &gs->generations[generation].head;
    OuGCHead *old = generation < 2 ? &gs->generations[generation + 1].head : young;
    for (int i = 0; i < generation; i++)
        list_merge(&gs->generations[i].head, young);

    OuGCHead unreachable;
    list_init(&unreachable);
    update_refs(young);
    subtract_refs(young);
    move_unreachable(young, &unreachable);

    if (young != old) {
        untrack_atomic(young, 0);
        if (generation == 1)
            gs->long_lived_pending += list_size(young);
        list_merge(young, old);
    } else {
        untrack_atomic(young, DICTS_RETRACK);
        gs->long_lived_pending = 0;
        gs->long_lived_total = list_size(young);
    }

    if (gs->debug & OU_GC_DEBUG_COLLECTABLE)
        for (OuGCHead *g = gc_next(&unreachable); g != &unreachable; g = gc_next(g))
            debug_object("collectable", OU_FROM_GC(g));

    ou_ssize_t m = handle_weakrefs(&unreachable, old);
    finalize_garbage(&unreachable);
    OuGCHead still;
    list_init(&still);
    handle_resurrected(&unreachable, &still, old);
    m += list_size(&still);
    delete_garbage(&still, old);

    *uncollectable = 0;
    if (gs->debug & OU_GC_DEBUG_STATS) {
        struct timespec t1;
        clock_gettime(CLOCK_MONOTONIC, &t1);
        double d = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
        fprintf(stderr, "gc: done, %zd unreachable, %zd uncollectable, %.4fs elapsed\n", m, *uncollectable, d);
    }
    OuGCStats *st = &gs->stats[generation];
    st->collections++;
    st->collected += m;
    st->uncollectable += *uncollectable;
    return m;
}

ou_ssize_t ou_gc_collect(int generation)
{
    OuGCState *gs = &ou_state.gc;
    if (generation < 0 || generation > 2)
        generation = 2;
    if (gs->collecting)
        return 0;
    gs->collecting = 1;
    if (HOOKS != NULL)
        HOOKS->callbacks("start", generation, 0, 0);
    ou_ssize_t uncollectable;
    ou_ssize_t n = collect_main(generation, &uncollectable);
    if (HOOKS != NULL)
        HOOKS->callbacks("stop", generation, n, uncollectable);
    gs->collecting = 0;
    return n + uncollectable;
}

void ou_gc_maybe_collect(void)
{
    OuGCState *gs = &ou_state.gc;
    if (!gs->enabled || gs->collecting || ou_state.exc != NULL || gs->generations[0].threshold == 0)
        return;
    for (int i = 2; i >= 0; i--) {
        if (gs->generations[i].count <= gs->generations[i].threshold)
            continue;
        // A full collection is quadratic in a growing heap; wait until the
        // objects promoted since the last one are a quarter of the survivors.
        if (i == 2 && gs->long_lived_pending < gs->long_lived_total / 4)
            continue;
        ou_gc_collect(i);
        return;
    }
}

void ou_gc_finalize(void)
{
    OuGCState *gs = &ou_state.gc;
    // Nothing may be saved or reported past this point.
    gs->debug = 0;
    if (HOOKS != NULL)
        HOOKS->fini();
    ou_gc_unfreeze();
    ou_ssize_t unused;
    gs->collecting = 1;
    while (collect_main(2, &unused) > 0)
        ;
    gs->collecting = 0;
}

// ---- For the gc module ----

static OuGCHead *generation_head(int generation)
{
    return generation == 3 ? &ou_state.gc.permanent : &ou_state.gc.generations[generation].head;
}

ou_ssize_t ou_gc_list_size(int generation)
{
    return list_size(generation_head(generation));
}

int ou_gc_foreach(int generation, int (*fn)(OuObject *o, void *arg), void *arg)
{
    OuGCHead *h = generation_head(generation);
    for (OuGCHead *g = gc_next(h); g != h; g = gc_next(g)) {
        int r = fn(OU_FROM_GC(g), arg);
        if (r != 0)
            return r;
    }
    return 0;
}

void ou_gc_freeze(void)
{
    for (int i = 0; i < 3; i++) {
        list_merge(&ou_state.gc.generations[i].head, &ou_state.gc.permanent);
        ou_state.gc.generations[i].count = 0;
    }
}

void ou_gc_unfreeze(void)
{
    list_merge(&ou_state.gc.permanent, &ou_state.gc.generations[2].head);
}
