// tests/unit/test_gc.c: the cycle collector (gc/collect.c) and object
// allocation (gc/mem.c), on a tiny container type defined here.
#include <check.h>
#include <stdlib.h>

#include "gc/gc.h"
#include "runtime/state.h"

// ---- test doubles ----
// The runtime defines these; weak copies let this suite link with gc/*.c
// alone. When the runtime's objects are linked in, theirs win.
__attribute__((weak)) OuState ou_state;
__attribute__((weak)) void ou_dealloc(OuObject *o) { OU_TYPE(o)->dealloc(o); }
__attribute__((weak)) OuObject *ou_err_no_memory(void) { return NULL; }

// ---- A two-slot container ----

typedef struct {
    OU_OBJECT_HEAD
    OuObject *a, *b;
} Node;

#define NODE(o) ((Node *)(o))

static int ndeallocs;   // deallocations seen; each forked test starts at 0

static int node_traverse(OuObject *self, OuVisitProc visit, void *arg)
{
    OU_VISIT(NODE(self)->a);
    OU_VISIT(NODE(self)->b);
    return 0;
}

static int node_clear(OuObject *self)
{
    OU_CLEAR(NODE(self)->a);
    OU_CLEAR(NODE(self)->b);
    return 0;
}

static void node_dealloc(OuObject *self)
{
    ou_gc_untrack(self);
    node_clear(self);
    ndeallocs++;
    ou_object_free(self);
}

static OuType node_type = {
    .name = "node",
    .basicsize = sizeof(Node),
    .flags = OU_TPFLAGS_GC,
    .dealloc = node_dealloc,
    .traverse = node_traverse,
    .clear = node_clear,
};

// A leaf without the GC flag: no head, never tracked.
static void leaf_dealloc(OuObject *self)
{
    ndeallocs++;
    ou_object_free(self);
}

static OuType leaf_type = {
    .name = "leaf",
    .basicsize = sizeof(OuObject) + 8,
    .dealloc = leaf_dealloc,
};

static OuObject *node_new(void)
{
    OuObject *n = ou_object_new(&node_type);
    ck_assert_ptr_nonnull(n);
    ou_gc_track(n);
    return n;
}

// Steals `v`.
static void set_a(OuObject *n, OuObject *v) { OU_SETREF(NODE(n)->a, v); }
static void set_b(OuObject *n, OuObject *v) { OU_SETREF(NODE(n)->b, v); }

static void setup(void)
{
    OU_REFCNT(&node_type) = 1;
    OU_REFCNT(&leaf_type) = 1;
    ou_gc_init();
    ndeallocs = 0;
}

static void teardown(void)
{
    ou_gc_finalize();
    ou_obmalloc_finalize();
}

// ---- Allocation ----

START_TEST(test_object_new_layout)
{
    size_t bytes0 = ou_state.mem.bytes_in_use;
    OuObject *n = ou_object_new(&node_type);
    ck_assert_int_eq(OU_REFCNT(n), 1);
    ck_assert_ptr_eq(OU_TYPE(n), &node_type);
    ck_assert_ptr_null(NODE(n)->a);
    ck_assert_int_eq(ou_gc_is_tracked(n), 0);
    ck_assert_uint_eq(ou_object_gc_overhead(n), 16);
    OuObject *l = ou_object_new(&leaf_type);
    ck_assert_uint_eq(ou_object_gc_overhead(l), 0);
    ck_assert_int_eq(ou_gc_is_tracked(l), 0);
#if OU_OBMALLOC
    // 16 + 32 bytes and 24 bytes: exact sizes, rounded only to blocks.
    ck_assert_uint_eq(ou_state.mem.bytes_in_use, bytes0 + 48 + 32);
#endif
    ou_gc_track(n);
    ck_assert_int_eq(ou_gc_is_tracked(n), 1);
    OU_DECREF(n);
    OU_DECREF(l);
    ck_assert_int_eq(ndeallocs, 2);
    ck_assert_uint_eq(ou_state.mem.bytes_in_use, bytes0);
}
END_TEST

START_TEST(test_object_new_fails)
{
    ou_mem_fail_after(1);
    ck_assert_ptr_null(ou_object_new(&node_type));
    OuObject *n = ou_object_new(&node_type);
    ck_assert_ptr_nonnull(n);
    OU_DECREF(n);
}
END_TEST

START_TEST(test_object_heap_type_reference)
{
    OuType heap = node_type;
    OU_REFCNT(&heap) = 1;
    heap.flags |= OU_TPFLAGS_HEAPTYPE;
    OuObject *n = ou_object_new(&heap);
    ck_assert_int_eq(OU_REFCNT(&heap), 2);
    OU_DECREF(n);
    ck_assert_int_eq(OU_REFCNT(&heap), 1);
}
END_TEST

// ---- Collection ----

START_TEST(test_gc_self_cycle)
{
    OuObject *n = node_new();
    set_a(n, ou_newref(n));
    OU_DECREF(n);
    ck_assert_int_eq(ndeallocs, 0);
    ck_assert_int_eq(ou_gc_collect(2), 1);
    ck_assert_int_eq(ndeallocs, 1);
    ck_assert_int_eq(ou_gc_collect(2), 0);
}
END_TEST

START_TEST(test_gc_two_cycle)
{
    OuObject *x = node_new(), *y = node_new();
    set_a(x, ou_newref(y));
    set_a(y, ou_newref(x));
    // A non-GC leaf hanging off the cycle dies with it but is not counted.
    set_b(x, ou_object_new(&leaf_type));
    OU_DECREF(x);
    OU_DECREF(y);
    ck_assert_int_eq(ou_gc_collect(0), 2);
    ck_assert_int_eq(ndeallocs, 3);
}
END_TEST

START_TEST(test_gc_external_reference_survives)
{
    // outer -> x <-> y, with outer held by the test.
    OuObject *outer = node_new(), *x = node_new(), *y = node_new();
    set_a(x, ou_newref(y));
    set_a(y, ou_newref(x));
    set_a(outer, x);
    OU_DECREF(y);
    // A separate garbage cycle scanned before the survivors' referents.
    OuObject *g = node_new();
    set_a(g, ou_newref(g));
    OU_DECREF(g);
    ck_assert_int_eq(ou_gc_collect(2), 1);
    ck_assert_int_eq(ndeallocs, 1);
    ck_assert_int_eq(ou_gc_is_tracked(x), 1);
    ck_assert_int_eq(OU_REFCNT(x), 2);
    ck_assert_ptr_eq(NODE(NODE(x)->a)->a, x);
    // Dropping the outside reference makes the pair garbage.
    set_a(outer, NULL);
    ck_assert_int_eq(ou_gc_collect(2), 2);
    ck_assert_int_eq(ndeallocs, 3);
    OU_DECREF(outer);
    ck_assert_int_eq(ndeallocs, 4);
}
END_TEST

START_TEST(test_gc_reachable_found_late)
{
    // Tracked in the order z, y, x with root -> x -> y -> z -> y: the scan
    // meets z and y before x, moves them to unreachable, then takes them back.
    OuObject *z = node_new(), *y = node_new(), *x = node_new();
    set_a(x, ou_newref(y));
    set_a(y, ou_newref(z));
    set_a(z, ou_newref(y));
    OU_DECREF(y);
    OU_DECREF(z);
    ck_assert_int_eq(ou_gc_collect(0), 0);
    ck_assert_int_eq(ndeallocs, 0);
    // Survivors were promoted to generation 1, and the lists are intact.
    ck_assert_int_eq(ou_gc_collect(1), 0);
    OU_DECREF(x);
    ck_assert_int_eq(ndeallocs, 1);
    ck_assert_int_eq(ou_gc_collect(2), 2);
    ck_assert_int_eq(ndeallocs, 3);
}
END_TEST

START_TEST(test_gc_young_collection_spares_old)
{
    OuObject *old = node_new();
    set_a(old, ou_newref(old));
    ck_assert_int_eq(ou_gc_collect(0), 0);     // old is now in generation 1
    OU_DECREF(old);
    OuObject *young = node_new();
    set_a(young, ou_newref(young));
    OU_DECREF(young);
    ck_assert_int_eq(ou_gc_collect(0), 1);     // only generation 0 looked at
    ck_assert_int_eq(ou_gc_collect(1), 1);
    ck_assert_int_eq(ndeallocs, 2);
}
END_TEST

START_TEST(test_gc_long_chain_of_garbage)
{
    // A ring of 2000: one collection finds all of it.
    enum { N = 2000 };
    OuObject *first = node_new(), *prev = first;
    for (int i = 1; i < N; i++) {
        OuObject *n = node_new();
        set_a(prev, n);
        prev = n;
    }
    set_a(prev, ou_newref(first));
    OU_DECREF(first);
    ou_state.gc.enabled = 0;
    ck_assert_int_eq(ou_gc_collect(2), N);
    ck_assert_int_eq(ndeallocs, N);
}
END_TEST

START_TEST(test_gc_count_and_threshold)
{
    OuGCState *gs = &ou_state.gc;
    ck_assert_int_eq(gs->generations[0].threshold, 700);
    ck_assert_int_eq(gs->generations[1].threshold, 10);
    ck_assert_int_eq(gs->generations[2].threshold, 10);
    ck_assert_int_eq(gs->enabled, 1);
    OuObject *a = node_new(), *b = node_new();
    ck_assert_int_eq(gs->generations[0].count, 2);
    OU_DECREF(b);
    ck_assert_int_eq(gs->generations[0].count, 1);
    ck_assert_int_eq(ou_gc_collect(0), 0);
    ck_assert_int_eq(gs->generations[0].count, 0);
    ck_assert_int_eq(gs->generations[1].count, 1);
    ou_gc_collect(1);
    ck_assert_int_eq(gs->generations[1].count, 0);
    ck_assert_int_eq(gs->generations[2].count, 1);

    // Automatic collection: garbage cycles pile up until the 701st tracked
    // object triggers a generation 0 collection.
    gs->generations[0].threshold = 10;
    for (int i = 0; i < 10; i++) {
        OuObject *n = node_new();
        set_a(n, ou_newref(n));
        OU_DECREF(n);
    }
    ck_assert_int_eq(ndeallocs, 1);
    ck_assert_int_eq(gs->generations[0].count, 10);
    OuObject *c = node_new();           // the 11th: count 11 > 10
    ck_assert_int_eq(ndeallocs, 11);
    ck_assert_int_eq(gs->generations[0].count, 0);
    ck_assert_int_eq(gs->generations[1].count, 1);
    // Disabled: nothing automatic.
    gs->enabled = 0;
    for (int i = 0; i < 20; i++) {
        OuObject *n = node_new();
        set_a(n, ou_newref(n));
        OU_DECREF(n);
    }
    ck_assert_int_eq(ndeallocs, 11);
    ck_assert_int_eq(ou_gc_collect(2), 20);
    OU_DECREF(a);
    OU_DECREF(c);
}
END_TEST

START_TEST(test_gc_finalize_collects_all)
{
    for (int i = 0; i < 5; i++) {
        OuObject *x = node_new(), *y = node_new();
        set_a(x, ou_newref(y));
        set_a(y, x);
        OU_DECREF(y);
    }
    ou_gc_finalize();
    ck_assert_int_eq(ndeallocs, 10);
    ck_assert_int_eq(ou_gc_collect(2), 0);
}
END_TEST

START_TEST(test_gc_random_graphs)
{
    // Random graphs against a plain reachability search from the nodes the
    // test keeps: the collector must free exactly the others.
    enum { N = 300 };
    OuObject *nodes[N];
    int held[N], seen[N], stack[N];
    uint32_t seed = 12345;
    for (int round = 0; round < 40; round++) {
        ndeallocs = 0;
        for (int i = 0; i < N; i++)
            nodes[i] = node_new();
        for (int i = 0; i < N; i++) {
            seed = seed * 1103515245u + 12345u;
            int ta = (int)((seed >> 8) % N);
            seed = seed * 1103515245u + 12345u;
            int tb = (int)((seed >> 8) % (N * 2));  // half of the b slots stay empty
            set_a(nodes[i], ou_newref(nodes[ta]));
            if (tb < N)
                set_b(nodes[i], ou_newref(nodes[tb]));
            seed = seed * 1103515245u + 12345u;
            held[i] = (seed >> 8) % 23 == 0;
        }
        int top = 0, reachable = 0;
        for (int i = 0; i < N; i++) {
            seen[i] = held[i];
            if (held[i])
                stack[top++] = i;
        }
        while (top > 0) {
            int i = stack[--top];
            reachable++;
            for (int k = 0; k < 2; k++) {
                OuObject *t = k == 0 ? NODE(nodes[i])->a : NODE(nodes[i])->b;
                for (int j = 0; t != NULL && j < N; j++)
                    if (nodes[j] == t && !seen[j]) {
                        seen[j] = 1;
                        stack[top++] = j;
                    }
            }
        }
        // Drop the test's references, from the end so the list order mixes.
        for (int i = N - 1; i >= 0; i--)
            if (!held[i]) {
                OU_DECREF(nodes[i]);
                nodes[i] = NULL;
            }
        int freed_now = ndeallocs;
        ck_assert_int_eq(ou_gc_collect(round % 3), N - reachable - freed_now);
        ck_assert_int_eq(ndeallocs, N - reachable);
        for (int i = 0; i < N; i++)
            if (held[i])
                OU_DECREF(nodes[i]);
        int left = N - ndeallocs;
        ck_assert_int_eq(ou_gc_collect(2), left);
        ck_assert_int_eq(ndeallocs, N);
    }
}
END_TEST

// ---- Finalizers (PEP 442) ----

static int nfinalized;          // finalize calls seen
static OuObject *keeper;        // where a resurrecting finalizer stores its object

static void fnode_finalize(OuObject *self)
{
    nfinalized++;
    if (keeper == NULL)
        keeper = ou_newref(self);
}

static void fnode_quiet(OuObject *self)
{
    nfinalized++;
}

static OuType fnode_type = {
    .name = "fnode",
    .basicsize = sizeof(Node),
    .flags = OU_TPFLAGS_GC,
    .dealloc = node_dealloc,
    .traverse = node_traverse,
    .clear = node_clear,
    .finalize = fnode_quiet,
};

static OuObject *fnode_new(OuDestructor fin)
{
    fnode_type.finalize = fin;
    OU_REFCNT(&fnode_type) = 1;
    OuObject *n = ou_object_new(&fnode_type);
    ck_assert_ptr_nonnull(n);
    ou_gc_track(n);
    return n;
}

START_TEST(test_gc_finalizer_runs_once_in_cycle)
{
    nfinalized = 0;
    OuObject *a = fnode_new(fnode_quiet), *b = fnode_new(fnode_quiet);
    set_a(a, ou_newref(b));
    set_a(b, ou_newref(a));
    OU_DECREF(a);
    OU_DECREF(b);
    ck_assert_int_eq(ou_gc_collect(2), 2);
    ck_assert_int_eq(nfinalized, 2);
    ck_assert_int_eq(ndeallocs, 2);
    ck_assert_int_eq(ou_gc_collect(2), 0);
    ck_assert_int_eq(nfinalized, 2);
}
END_TEST

START_TEST(test_gc_finalizer_resurrects_cycle)
{
    nfinalized = 0;
    keeper = NULL;
    OuObject *a = fnode_new(fnode_finalize), *b = fnode_new(fnode_finalize);
    set_a(a, ou_newref(b));
    set_a(b, ou_newref(a));
    OU_DECREF(a);
    OU_DECREF(b);
    // The first finalizer keeps its object, which keeps the other: both live.
    ck_assert_int_eq(ou_gc_collect(2), 0);
    ck_assert_int_eq(nfinalized, 2);
    ck_assert_int_eq(ndeallocs, 0);
    ck_assert_int_eq(ou_gc_is_tracked(keeper), 1);
    ck_assert_int_eq(ou_gc_is_finalized(keeper), 1);
    OU_CLEAR(keeper);
    // Freed now, without a second finalizer call.
    ck_assert_int_eq(ou_gc_collect(2), 2);
    ck_assert_int_eq(nfinalized, 2);
    ck_assert_int_eq(ndeallocs, 2);
    ck_assert_ptr_null(keeper);
}
END_TEST

START_TEST(test_gc_stats_and_freeze)
{
    OuObject *a = node_new();
    set_a(a, ou_newref(a));
    OU_DECREF(a);
    ou_ssize_t before = ou_state.gc.stats[2].collections;
    ck_assert_int_eq(ou_gc_collect(2), 1);
    ck_assert_int_eq(ou_state.gc.stats[2].collections, before + 1);
    ck_assert_int_ge(ou_state.gc.stats[2].collected, 1);
    OuObject *b = node_new();
    set_a(b, ou_newref(b));
    ou_gc_freeze();
    ck_assert_int_eq(ou_gc_list_size(3), 1);
    ck_assert_int_eq(ou_gc_list_size(0), 0);
    OU_DECREF(b);
    // Frozen objects are out of reach of collections.
    ck_assert_int_eq(ou_gc_collect(2), 0);
    ou_gc_unfreeze();
    ck_assert_int_eq(ou_gc_list_size(2), 1);
    ck_assert_int_eq(ou_gc_collect(2), 1);
}
END_TEST

static Suite *gc_suite(void)
{
    Suite *s = suite_create("gc");
    TCase *ta = tcase_create("objects");
    tcase_add_checked_fixture(ta, setup, teardown);
    tcase_add_test(ta, test_object_new_layout);
    tcase_add_test(ta, test_object_new_fails);
    tcase_add_test(ta, test_object_heap_type_reference);
    suite_add_tcase(s, ta);
    TCase *tc = tcase_create("collect");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_gc_self_cycle);
    tcase_add_test(tc, test_gc_two_cycle);
    tcase_add_test(tc, test_gc_external_reference_survives);
    tcase_add_test(tc, test_gc_reachable_found_late);
    tcase_add_test(tc, test_gc_young_collection_spares_old);
    tcase_add_test(tc, test_gc_long_chain_of_garbage);
    tcase_add_test(tc, test_gc_count_and_threshold);
    tcase_add_test(tc, test_gc_finalize_collects_all);
    tcase_add_test(tc, test_gc_random_graphs);
    tcase_add_test(tc, test_gc_finalizer_runs_once_in_cycle);
    tcase_add_test(tc, test_gc_finalizer_resurrects_cycle);
    tcase_add_test(tc, test_gc_stats_and_freeze);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(gc_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
