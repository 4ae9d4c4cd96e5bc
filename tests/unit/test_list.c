// tests/unit/test_list.c: list growth (the `allocated` sequence must be
// CPython 3.11's so sys.getsizeof agrees), sort stability with keys and
// reverse, slicing and slice assignment, and the repr recursion guard.
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/slice.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

static void setup(void)
{
    if (ou_runtime_init(0, NULL) < 0)
        abort();
}

static void teardown(void)
{
    ou_runtime_finalize();
}

static OuObject *I(int64_t v)
{
    OuObject *o = ou_int_from_i64(v);
    ck_assert_ptr_nonnull(o);
    return o;
}

// A list of the given ints (new reference).
static OuObject *ints(int n, const int64_t *vals)
{
    OuObject *l = ou_list_new(0);
    ck_assert_ptr_nonnull(l);
    for (int i = 0; i < n; i++) {
        OuObject *v = I(vals[i]);
        ck_assert_int_eq(ou_list_append(l, v), 0);
        OU_DECREF(v);
    }
    return l;
}

static OuObject *range_list(int n)
{
    OuObject *l = ou_list_new(0);
    for (int i = 0; i < n; i++) {
        OuObject *v = I(i);
        ou_list_append(l, v);
        OU_DECREF(v);
    }
    return l;
}

// repr(o) as a malloc'd C string; o is borrowed.
static char *repr_of(OuObject *o)
{
    OuObject *r = ou_object_repr(o);
    ck_assert_ptr_nonnull(r);
    char *s = strdup(ou_str_utf8(r));
    OU_DECREF(r);
    return s;
}

static void assert_repr(OuObject *o, const char *expected)
{
    char *s = repr_of(o);
    ck_assert_str_eq(s, expected);
    free(s);
}

// The message of the pending exception of type `t`; clears it.
static void assert_error(OuType *t, const char *msg)
{
    ck_assert_ptr_nonnull(ou_err_occurred());
    ck_assert(ou_err_matches(t));
    OuObject *exc = ou_err_fetch();
    OuObject *s = ou_object_str(exc);
    ck_assert_ptr_nonnull(s);
    ck_assert_str_eq(ou_str_utf8(s), msg);
    OU_DECREF(s);
    OU_DECREF(exc);
}

static OuObject *call(OuObject *self, const char *name, OuObject *const *args, ou_ssize_t nargs,
                      OuObject *kwnames)
{
    for (const OuMethodDef *m = OU_TYPE(self)->methods; m->name != NULL; m++)
        if (strcmp(m->name, name) == 0)
            return m->fn(self, args, nargs, kwnames);
    ck_abort_msg("no method %s", name);
    return NULL;
}

static int64_t sizeof_of(OuObject *o)
{
    OuObject *r = call(o, "__sizeof__", NULL, 0, NULL);
    ck_assert_ptr_nonnull(r);
    int64_t v = ou_int_small_value(r);
    OU_DECREF(r);
    return v + 16;      // sys.getsizeof adds the collector head
}

START_TEST(test_list_growth_matches_cpython)
{
    // python3.11: [(sys.getsizeof(l) - 56) // 8 before each l.append(i)]
    static const ou_ssize_t expected[41] = {
        0, 4, 4, 4, 4, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16, 24, 24, 24, 24,
        24, 24, 24, 24, 32, 32, 32, 32, 32, 32, 32, 32, 40, 40, 40, 40, 40, 40, 40, 40};
    OuObject *l = ou_list_new(0);
    for (int i = 0; i <= 40; i++) {
        ck_assert_int_eq(((OuList *)l)->allocated, expected[i]);
        ck_assert_int_eq(sizeof_of(l), 56 + 8 * expected[i]);
        OuObject *v = I(i);
        ou_list_append(l, v);
        OU_DECREF(v);
    }
    OU_DECREF(l);
}
END_TEST

START_TEST(test_list_sizes_of_displays_and_operations)
{
    // [1, 2, 3] is BUILD_LIST 0 + LIST_EXTEND of a tuple: 88.
    OuObject *l = ou_list_new(0);
    OuObject *a = I(1), *b = I(2), *c = I(3);
    OuObject *t = ou_tuple_pack(3, a, b, c);
    ck_assert_int_eq(ou_list_extend(l, t), 0);
    ck_assert_int_eq(sizeof_of(l), 88);
    // [1, 2, 3] * 3 is exact (128); a *= 3 grows by the formula (184).
    OuObject *three = I(3);
    OuObject *r = ou_number_binop(l, three, OU_NB_MULTIPLY);
    ck_assert_ptr_nonnull(r);
    ck_assert_int_eq(sizeof_of(r), 128);
    OU_DECREF(r);
    r = ou_number_binop(l, three, OU_NB_INPLACE_MULTIPLY);
    ck_assert_ptr_eq(r, l);
    ck_assert_int_eq(sizeof_of(l), 184);
    OU_DECREF(r);
    // [1, 2, 3][:1] and copies are exact: 64.
    OuObject *s = ou_list_getslice(l, 0, 1);
    ck_assert_int_eq(sizeof_of(s), 64);
    OU_DECREF(s);
    OU_DECREF(three);
    OU_DECREF(t);
    OU_DECREF(a);
    OU_DECREF(b);
    OU_DECREF(c);
    OU_DECREF(l);
    ck_assert_int_eq(sizeof_of(l = ou_list_new(0)), 56);
    OU_DECREF(l);
}
END_TEST

static OuObject *key_first(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    return ou_newref(ou_tuple_get(args[0], 0));
}
static const OuMethodDef key_first_def = {"key_first", key_first, 0, NULL};

START_TEST(test_list_sort_stable_with_key)
{
    OuObject *l = ou_list_new(0);
    for (int i = 0; i < 300; i++) {
        OuObject *k = I((i * 7) % 5), *v = I(i);
        OuObject *t = ou_tuple_pack(2, k, v);
        ou_list_append(l, t);
        OU_DECREF(t);
        OU_DECREF(k);
        OU_DECREF(v);
    }
    OuObject *key = ou_cfunc_new(&key_first_def, NULL);
    ck_assert_ptr_nonnull(key);
    for (int reverse = 0; reverse <= 1; reverse++) {
        ck_assert_int_eq(ou_list_sort(l, key, reverse), 0);
        for (ou_ssize_t i = 1; i < ou_list_size(l); i++) {
            OuObject *p = ou_list_items(l)[i - 1], *q = ou_list_items(l)[i];
            int64_t pk = ou_int_small_value(ou_tuple_get(p, 0)), qk = ou_int_small_value(ou_tuple_get(q, 0));
            int64_t pv = ou_int_small_value(ou_tuple_get(p, 1)), qv = ou_int_small_value(ou_tuple_get(q, 1));
            if (reverse)
                ck_assert(pk > qk || (pk == qk && pv < qv));
            else
                ck_assert(pk < qk || (pk == qk && pv < qv));
        }
        // Re-sort by the original order for the next round.
        ck_assert_int_eq(ou_list_sort(l, NULL, 0), 0);
    }
    OU_DECREF(key);
    OU_DECREF(l);
}
END_TEST

START_TEST(test_list_sort_plain)
{
    int64_t vals[500];
    uint32_t x = 12345;
    for (int i = 0; i < 500; i++) {
        x = x * 1103515245u + 12345u;
        vals[i] = (int64_t)(x >> 8) % 1000 - 500;
    }
    OuObject *l = ints(500, vals);
    ck_assert_int_eq(ou_list_sort(l, NULL, 0), 0);
    for (int i = 1; i < 500; i++)
        ck_assert(ou_int_small_value(ou_list_items(l)[i - 1]) <= ou_int_small_value(ou_list_items(l)[i]));
    ck_assert_int_eq(ou_list_sort(l, NULL, 1), 0);
    for (int i = 1; i < 500; i++)
        ck_assert(ou_int_small_value(ou_list_items(l)[i - 1]) >= ou_int_small_value(ou_list_items(l)[i]));
    OU_DECREF(l);

    // Mixed types: the TypeError comes out and the list keeps its items.
    l = range_list(5);
    OuObject *s = ou_str_from_cstr("x");
    ou_list_append(l, s);
    OU_DECREF(s);
    ck_assert_int_eq(ou_list_sort(l, NULL, 0), -1);
    ou_err_clear();
    ck_assert_int_eq(ou_list_size(l), 6);
    OU_DECREF(l);
}
END_TEST

START_TEST(test_list_slicing)
{
    OuObject *l = range_list(10);
    OuObject *two = I(2), *eight = I(8), *m1 = I(-1);
    OuObject *sl = ou_slice_new(two, eight, two);
    OuObject *r = ou_object_getitem(l, sl);
    assert_repr(r, "[2, 4, 6]");
    OU_DECREF(r);
    OuObject *rev = ou_slice_new(NULL, NULL, m1);
    r = ou_object_getitem(l, rev);
    assert_repr(r, "[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]");
    OU_DECREF(r);

    // Extended slice assignment needs the exact size.
    OuObject *pair = range_list(2);
    ck_assert_int_eq(ou_object_setitem(l, sl, pair), -1);
    assert_error(&ou_exc_ValueError, "attempt to assign sequence of size 2 to extended slice of size 3");
    OuObject *trio = range_list(3);
    ck_assert_int_eq(ou_object_setitem(l, sl, trio), 0);
    assert_repr(l, "[0, 1, 0, 3, 1, 5, 2, 7, 8, 9]");

    // Plain slice assignment grows and shrinks; deleting with a step.
    OuObject *s13 = ou_slice_new(two, NULL, NULL);
    ck_assert_int_eq(ou_object_setitem(l, s13, pair), 0);
    assert_repr(l, "[0, 1, 0, 1]");
    ck_assert_int_eq(ou_object_setitem(l, s13, l), 0);
    assert_repr(l, "[0, 1, 0, 1, 0, 1]");
    OuObject *every2 = ou_slice_new(NULL, NULL, two);
    ck_assert_int_eq(ou_object_delitem(l, every2), 0);
    assert_repr(l, "[1, 1, 1]");

    ck_assert_int_eq(ou_object_setitem(l, s13, two), -1);
    assert_error(&ou_exc_TypeError, "can only assign an iterable");
    OuObject *k = ou_str_from_cstr("a");
    ck_assert_ptr_null(ou_object_getitem(l, k));
    assert_error(&ou_exc_TypeError, "list indices must be integers or slices, not str");
    OuObject *big = I(10);
    ck_assert_ptr_null(ou_object_getitem(l, big));
    assert_error(&ou_exc_IndexError, "list index out of range");

    OU_DECREF(big);
    OU_DECREF(k);
    OU_DECREF(every2);
    OU_DECREF(s13);
    OU_DECREF(trio);
    OU_DECREF(pair);
    OU_DECREF(rev);
    OU_DECREF(sl);
    OU_DECREF(two);
    OU_DECREF(eight);
    OU_DECREF(m1);
    OU_DECREF(l);
}
END_TEST

START_TEST(test_list_methods_and_repr)
{
    OuObject *l = range_list(3);
    ck_assert_int_eq(ou_list_append(l, l), 0);
    assert_repr(l, "[0, 1, 2, [...]]");
    OuObject *four = I(4);
    ck_assert_ptr_null(call(l, "index", &four, 1, NULL));
    assert_error(&ou_exc_ValueError, "4 is not in list");
    ck_assert_ptr_null(call(l, "remove", &four, 1, NULL));
    assert_error(&ou_exc_ValueError, "list.remove(x): x not in list");
    OuObject *r = call(l, "pop", NULL, 0, NULL);
    ck_assert_ptr_eq(r, l);
    OU_DECREF(r);
    ck_assert_ptr_null(call(l, "pop", &four, 1, NULL));
    assert_error(&ou_exc_IndexError, "pop index out of range");
    ck_assert_int_eq(ou_list_insert(l, -1, four), 0);
    assert_repr(l, "[0, 1, 4, 2]");
    r = call(l, "__reversed__", NULL, 0, NULL);
    OuObject *back = ou_list_new(0);
    ck_assert_int_eq(ou_list_extend(back, r), 0);
    assert_repr(back, "[2, 4, 1, 0]");
    OU_DECREF(back);
    OU_DECREF(r);
    r = call(l, "clear", NULL, 0, NULL);
    OU_DECREF(r);
    ck_assert_ptr_null(call(l, "pop", NULL, 0, NULL));
    assert_error(&ou_exc_IndexError, "pop from empty list");
    OU_DECREF(four);
    OU_DECREF(l);
}
END_TEST

static Suite *list_suite(void)
{
    Suite *s = suite_create("list");
    TCase *tc = tcase_create("growth");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_list_growth_matches_cpython);
    tcase_add_test(tc, test_list_sizes_of_displays_and_operations);
    suite_add_tcase(s, tc);
    tc = tcase_create("sort");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_list_sort_stable_with_key);
    tcase_add_test(tc, test_list_sort_plain);
    suite_add_tcase(s, tc);
    tc = tcase_create("slicing");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_list_slicing);
    tcase_add_test(tc, test_list_methods_and_repr);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(list_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
