// tests/unit/test_obmalloc.c: the pooled allocator (gc/obmalloc.c) and the
// raw-memory door in front of it (gc/mem.c).
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"
#include "gc/trace.h"
#include "runtime/state.h"

// ---- test doubles ----
// The runtime defines these; weak copies let this suite link with gc/*.c
// alone. When the runtime's objects are linked in, theirs win.
__attribute__((weak)) OuState ou_state;
__attribute__((weak)) void ou_dealloc(OuObject *o) { OU_TYPE(o)->dealloc(o); }
__attribute__((weak)) OuObject *ou_err_no_memory(void) { return NULL; }

#define POOL_OF(p) ((uintptr_t)(p) & ~((uintptr_t)OU_POOL_SIZE - 1))

static void teardown(void)
{
    ou_obmalloc_finalize();
}

START_TEST(test_obmalloc_size_classes)
{
    ck_assert_uint_eq(ou_obmalloc_size_class(1), 0);
    ck_assert_uint_eq(ou_obmalloc_size_class(16), 0);
    ck_assert_uint_eq(ou_obmalloc_size_class(17), 1);
    ck_assert_uint_eq(ou_obmalloc_size_class(32), 1);
    ck_assert_uint_eq(ou_obmalloc_size_class(33), 2);
    ck_assert_uint_eq(ou_obmalloc_size_class(512), 31);
    ck_assert_int_eq(OU_NB_SMALL_SIZE_CLASSES, 32);
}
END_TEST

START_TEST(test_obmalloc_block_reuse)
{
    void *keep = ou_obmalloc_alloc(40);
    void *p = ou_obmalloc_alloc(40);
    ck_assert_ptr_nonnull(p);
    ck_assert_uint_eq((uintptr_t)p % OU_ALIGNMENT, 0);
    ou_obmalloc_free(p);
    void *q = ou_obmalloc_alloc(33);   // same class (48 bytes)
    ck_assert_ptr_eq(p, q);
    // A different class never gets that block while it is in use.
    void *r = ou_obmalloc_alloc(100);
    ck_assert_uint_ne(POOL_OF(r), POOL_OF(q));
    ou_obmalloc_free(q);
    ou_obmalloc_free(r);
    ou_obmalloc_free(keep);
}
END_TEST

START_TEST(test_obmalloc_pool_fills)
{
    enum { N = 200 };
    void *blocks[N];
    // 512-byte blocks: (4096 - header) / 512 = 7 per pool.
    blocks[0] = ou_obmalloc_alloc(512);
    uintptr_t first_pool = POOL_OF(blocks[0]);
    int same = 1;
    while (same < N) {
        blocks[same] = ou_obmalloc_alloc(512);
        if (POOL_OF(blocks[same]) != first_pool)
            break;
        same++;
    }
    ck_assert_int_eq(same, 7);
    ck_assert_uint_eq(ou_state.mem.nblocks_in_use, 8);
    // A pool is full; freeing one of its blocks makes it serve the next request.
    ou_obmalloc_free(blocks[3]);
    void *again = ou_obmalloc_alloc(500);
    ck_assert_ptr_eq(again, blocks[3]);
    for (int i = 0; i <= same; i++)
        ou_obmalloc_free(blocks[i]);
    ck_assert_uint_eq(ou_state.mem.nblocks_in_use, 0);
}
END_TEST

START_TEST(test_obmalloc_arenas_released)
{
    enum { N = 20000 };     // 20000 * 256 bytes: about 20 arenas
    void **blocks = malloc(N * sizeof *blocks);
    size_t arenas0 = ou_state.mem.narenas, released0 = ou_state.mem.narenas_released;
    for (int i = 0; i < N; i++) {
        blocks[i] = ou_obmalloc_alloc(256);
        ck_assert_ptr_nonnull(blocks[i]);
        memset(blocks[i], i & 0xff, 256);
    }
    size_t peak = ou_state.mem.narenas;
    ck_assert_uint_ge(peak, arenas0 + 19);
    ck_assert_uint_ge(ou_state.mem.narenas_highwater, peak);
    for (int i = 0; i < N; i++)
        ck_assert_int_eq(((unsigned char *)blocks[i])[255], i & 0xff);
    // Free in an interleaved order so arenas drain unevenly.
    for (int i = 0; i < N; i += 2)
        ou_obmalloc_free(blocks[i]);
    for (int i = 1; i < N; i += 2)
        ou_obmalloc_free(blocks[i]);
    // One spare arena may be kept; the rest go back to the OS.
    ck_assert_uint_le(ou_state.mem.narenas, arenas0 + 1);
    ck_assert_uint_ge(ou_state.mem.narenas_released - released0, peak - arenas0 - 1);
    ck_assert_uint_eq(ou_state.mem.nblocks_in_use, 0);
    // The allocator still works afterwards.
    void *p = ou_obmalloc_alloc(64);
    ck_assert_ptr_nonnull(p);
    ou_obmalloc_free(p);
    free(blocks);
}
END_TEST

START_TEST(test_obmalloc_large_goes_to_malloc)
{
    size_t large0 = ou_state.mem.nlarge_in_use, blocks0 = ou_state.mem.nblocks_in_use;
    void *p = ou_obmalloc_alloc(513);
    ck_assert_ptr_nonnull(p);
    ck_assert_uint_eq(ou_state.mem.nlarge_in_use, large0 + 1);
    ck_assert_uint_eq(ou_state.mem.nblocks_in_use, blocks0);
    memset(p, 7, 513);
    ou_obmalloc_free(p);
    ck_assert_uint_eq(ou_state.mem.nlarge_in_use, large0);
}
END_TEST

START_TEST(test_obmalloc_realloc_keeps_data)
{
    unsigned char *p = ou_obmalloc_alloc(10);
    for (int i = 0; i < 10; i++)
        p[i] = (unsigned char)(i + 1);
    // Growing within the class stays put.
    ck_assert_ptr_eq(ou_obmalloc_realloc(p, 16), p);
    // Across classes, then to a large block, then back to a small one.
    p = ou_obmalloc_realloc(p, 300);
    ck_assert_ptr_nonnull(p);
    for (int i = 10; i < 300; i++)
        p[i] = (unsigned char)i;
    p = ou_obmalloc_realloc(p, 5000);
    ck_assert_uint_ge(ou_state.mem.nlarge_in_use, 1);
    for (int i = 0; i < 10; i++)
        ck_assert_int_eq(p[i], i + 1);
    for (int i = 10; i < 300; i++)
        ck_assert_int_eq(p[i], (unsigned char)i);
    p = ou_obmalloc_realloc(p, 20);
    for (int i = 0; i < 10; i++)
        ck_assert_int_eq(p[i], i + 1);
    ck_assert_uint_eq(ou_state.mem.nlarge_in_use, 0);
    ck_assert_uint_eq(ou_state.mem.nblocks_in_use, 1);
    ou_obmalloc_free(p);
    void *q = ou_obmalloc_realloc(NULL, 8);
    ck_assert_ptr_nonnull(q);
    ou_obmalloc_free(q);
    ck_assert_uint_eq(ou_state.mem.nblocks_in_use, 0);
}
END_TEST

START_TEST(test_obmalloc_stats_counters)
{
    size_t bytes0 = ou_state.mem.bytes_in_use;
    void *a = ou_obmalloc_alloc(1);     // 16-byte block
    void *b = ou_obmalloc_alloc(100);   // 112-byte block
    ck_assert_uint_eq(ou_state.mem.bytes_in_use, bytes0 + 16 + 112);
    ck_assert_uint_ge(ou_state.mem.bytes_peak, bytes0 + 128);
    ck_assert_uint_eq(ou_state.mem.nblocks_in_use, 2);

    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    ou_obmalloc_print_stats(f);
    fclose(f);
    ck_assert_ptr_nonnull(strstr(text, "Small block threshold = 512, in 32 size classes."));
    ck_assert_ptr_nonnull(strstr(text, "    0     16           1               1           252\n"));
    ck_assert_ptr_nonnull(strstr(text, "    6    112           1               1            35\n"));
    ck_assert_ptr_nonnull(strstr(text, "# arenas allocated current         =                    1\n"));
    ck_assert_ptr_nonnull(strstr(text, "1 arenas * 262144 bytes/arena      =              262,144\n"));
    ck_assert_ptr_nonnull(strstr(text, "Total                              =              262,144\n"));
    free(text);

    ou_obmalloc_free(a);
    ou_obmalloc_free(b);
    ck_assert_uint_eq(ou_state.mem.bytes_in_use, bytes0);
    ck_assert_uint_ge(ou_state.mem.bytes_peak, bytes0 + 128);
}
END_TEST

START_TEST(test_mem_fail_after)
{
    ou_mem_fail_after(3);
    void *a = ou_mem_alloc(8);
    void *b = ou_mem_alloc(8);
    void *c = ou_mem_alloc(8);
    void *d = ou_mem_alloc(8);
    ck_assert_ptr_nonnull(a);
    ck_assert_ptr_nonnull(b);
    ck_assert_ptr_null(c);
    ck_assert_ptr_nonnull(d);     // one failure, then off
    ou_mem_fail_after(1);
    ck_assert_ptr_null(ou_mem_realloc(a, 100));   // a untouched
    void *e = ou_mem_calloc(4, 8);
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(((char *)e)[31], 0);
    ck_assert_ptr_null(ou_mem_calloc(SIZE_MAX / 2, 4));
    ou_mem_free(a);
    ou_mem_free(b);
    ou_mem_free(d);
    ou_mem_free(e);
}
END_TEST

// Tracing records requested sizes, follows realloc and free, and survives
// table growth and deletions in any order (no Python frame: empty traceback).
START_TEST(test_mem_trace_counts)
{
    ck_assert_int_eq(ou_mem_trace_start(1), 0);
    OuTraceState *t = ou_mem_trace_state();
    void *a = ou_mem_alloc(100);
    ck_assert_uint_eq(t->traced, 100);
    ck_assert_ptr_nonnull(ou_mem_trace_get(a));
    ck_assert_int_eq(ou_mem_trace_get(a)->tb->nframe, 0);
    a = ou_mem_realloc(a, 300);
    ck_assert_uint_eq(t->traced, 300);
    void *b = ou_mem_alloc(50);
    ck_assert_uint_eq(t->traced, 350);
    ck_assert_uint_eq(t->peak, 350);
    ou_mem_free(a);
    ck_assert_uint_eq(t->traced, 50);
    ck_assert_ptr_null(ou_mem_trace_get(a));
    ou_mem_trace_reset_peak();
    ck_assert_uint_eq(t->peak, 50);

    enum { N = 5000 };
    void **ps = malloc(N * sizeof *ps);
    for (int i = 0; i < N; i++)
        ps[i] = ou_mem_alloc((size_t)(i % 700) + 1);
    ck_assert_uint_eq(t->ntraces, N + 1);
    // Free odd indexes first, then the rest backwards: deletions in the
    // middle of probe runs must keep every other trace findable.
    for (int i = 1; i < N; i += 2)
        ou_mem_free(ps[i]);
    for (int i = 0; i < N; i += 2)
        ck_assert_ptr_nonnull(ou_mem_trace_get(ps[i]));
    for (int i = N - 2; i >= 0; i -= 2)
        ou_mem_free(ps[i]);
    free(ps);
    ck_assert_uint_eq(t->ntraces, 1);
    ck_assert_uint_eq(t->traced, 50);
    ck_assert_uint_eq(t->ntracebacks, 1);   // every trace shares the empty traceback

    ou_mem_trace_pause();
    void *c = ou_mem_alloc(64);
    ou_mem_trace_resume();
    ck_assert_ptr_null(ou_mem_trace_get(c));
    ou_mem_free(c);
    ou_mem_free(b);
    ck_assert_uint_eq(t->traced, 0);
    ou_mem_trace_stop();
    ck_assert_int_eq(t->tracing, 0);
    ck_assert_uint_eq(t->ntraces, 0);
}
END_TEST

static Suite *obmalloc_suite(void)
{
    Suite *s = suite_create("obmalloc");
    TCase *tc = tcase_create("pools");
    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_add_test(tc, test_obmalloc_size_classes);
    tcase_add_test(tc, test_obmalloc_block_reuse);
    tcase_add_test(tc, test_obmalloc_pool_fills);
    tcase_add_test(tc, test_obmalloc_large_goes_to_malloc);
    tcase_add_test(tc, test_obmalloc_realloc_keeps_data);
    tcase_add_test(tc, test_obmalloc_stats_counters);
    suite_add_tcase(s, tc);
    TCase *ta = tcase_create("arenas");
    tcase_add_checked_fixture(ta, NULL, teardown);
    tcase_set_timeout(ta, 30);
    tcase_add_test(ta, test_obmalloc_arenas_released);
    suite_add_tcase(s, ta);
    TCase *tm = tcase_create("mem");
    tcase_add_checked_fixture(tm, NULL, teardown);
    tcase_add_test(tm, test_mem_fail_after);
    tcase_add_test(tm, test_mem_trace_counts);
    suite_add_tcase(s, tm);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(obmalloc_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
