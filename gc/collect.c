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
//   5. survivors (reachable) merge into generation N+1;
//   6. [to come] legacy finalizers: none in ouro (no tp_del);
//   7. [to come] weak references to unreachable objects are cleared and their
//                callbacks run (handle_weakrefs);
//   8. [to come] `__del__` runs once per object (PEP 442; see
//                ou_gc_set_finalized), then the unreachable set is checked
//                again and resurrected objects move to the survivors;
//   9. delete_garbage: `clear` each unreachable object, holding a reference
//                while doing so; refcounting then frees the cycle. An object
//                that survives its clear moves to the older generation.
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

#include <stdlib.h>

#include "runtime/state.h"

#define PREV_FINALIZED ((uintptr_t)1)
#define PREV_COLLECTING ((uintptr_t)2)
#define PREV_FLAGS (PREV_FINALIZED | PREV_COLLECTING)
#define REFS_SHIFT 2
#define REFS_ONE ((uintptr_t)1 << REFS_SHIFT)
#define NEXT_UNREACHABLE ((uintptr_t)1)

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
    for (g = unreachable; ; g = gc_next(g)) {
        g->next &= ~NEXT_UNREACHABLE;
        g->prev &= ~PREV_COLLECTING;
        if (gc_next(g) == unreachable)
            break;
    }
}

// ---- Freeing the garbage ----

static void delete_garbage(OuGCHead *unreachable, OuGCHead *old)
{
    while (!list_is_empty(unreachable)) {
        OuGCHead *g = gc_next(unreachable);
        OuObject *o = OU_FROM_GC(g);
        // Hold it: clearing can drop its last reference from inside clear.
        OU_INCREF(o);
        if (OU_TYPE(o)->clear != NULL)
            OU_TYPE(o)->clear(o);
        OU_DECREF(o);
        if (gc_next(unreachable) == g) {
            // Still alive (another piece of garbage refers to it); it will
            // go when that one is cleared, or in a later collection.
            list_remove(g);
            list_append(g, old);
        }
    }
}

// ---- Collections ----

ou_ssize_t ou_gc_collect(int generation)
{
    OuGCState *gs = &ou_state.gc;
    if (generation < 0 || generation > 2)
        generation = 2;
    if (gs->collecting)
        return 0;
    gs->collecting = 1;

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

    if (generation == 1)
        gs->long_lived_pending += list_size(young);
    if (young != old) {
        list_merge(young, old);
    } else {
        gs->long_lived_pending = 0;
        gs->long_lived_total = list_size(young);
    }

    // Finalizers and weak references (phases 6-8) go here, before clearing.

    ou_ssize_t n = list_size(&unreachable);
    delete_garbage(&unreachable, old);
    gs->collecting = 0;
    return n;
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
    while (ou_gc_collect(2) > 0)
        ;
}
