// tests/unit/test_dict.c: the compact dict against CPython 3.11: sizes
// (sys.getsizeof) while growing one key at a time with str and int keys,
// insertion order through inserts and deletes, keys with equal hashes,
// the shared empty table, popitem/pop/KeyError, copy and merge.
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

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

static OuObject *call(OuObject *self, const char *name, OuObject *const *args, ou_ssize_t nargs)
{
    for (const OuMethodDef *m = OU_TYPE(self)->methods; m->name != NULL; m++)
        if (strcmp(m->name, name) == 0)
            return m->fn(self, args, nargs, NULL);
    ck_abort_msg("no method %s", name);
    return NULL;
}

static int64_t getsizeof(OuObject *d)
{
    OuObject *r = call(d, "__sizeof__", NULL, 0);
    ck_assert_ptr_nonnull(r);
    int64_t v = ou_int_small_value(r);
    OU_DECREF(r);
    return v + 16;
}

static void assert_repr(OuObject *o, const char *expected)
{
    OuObject *r = ou_object_repr(o);
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(ou_str_utf8(r), expected);
    OU_DECREF(r);
}

static void assert_error(OuType *t, const char *msg)
{
    ck_assert(ou_err_matches(t));
    OuObject *exc = ou_err_fetch();
    OuObject *s = ou_object_str(exc);
    ck_assert_str_eq(ou_str_utf8(s), msg);
    OU_DECREF(s);
    OU_DECREF(exc);
}

START_TEST(test_dict_sizes_str_keys)
{
    // python3.11: d = {}; sizes before each d['k%d' % i] = i
    static const int64_t expected[21] = {64, 184, 184, 184, 184, 184, 272, 272, 272, 272, 272,
                                         464, 464, 464, 464, 464, 464, 464, 464, 464, 464};
    OuObject *d = ou_dict_new();
    for (int i = 0; i <= 20; i++) {
        ck_assert_int_eq(getsizeof(d), expected[i]);
        char name[16];
        snprintf(name, sizeof name, "k%d", i);
        OuObject *v = I(i);
        ck_assert_int_eq(ou_dict_setitem_str(d, name, v), 0);
        OU_DECREF(v);
    }
    OU_DECREF(d);
}
END_TEST

START_TEST(test_dict_sizes_int_keys)
{
    static const int64_t expected[21] = {64, 224, 224, 224, 224, 224, 352, 352, 352, 352, 352,
                                         632, 632, 632, 632, 632, 632, 632, 632, 632, 632};
    OuObject *d = ou_dict_new();
    for (int i = 0; i <= 20; i++) {
        ck_assert_int_eq(getsizeof(d), expected[i]);
        OuObject *v = I(i);
        ck_assert_int_eq(ou_dict_setitem(d, v, v), 0);
        OU_DECREF(v);
    }
    // A str table turns general when a non-str key arrives: {'a': 1, 1: 2} is 352.
    OuObject *m = ou_dict_new(), *one = I(1), *two = I(2);
    ou_dict_setitem_str(m, "a", one);
    ck_assert_int_eq(getsizeof(m), 184);
    ou_dict_setitem(m, one, two);
    ck_assert_int_eq(getsizeof(m), 352);
    assert_repr(m, "{'a': 1, 1: 2}");
    OU_DECREF(one);
    OU_DECREF(two);
    OU_DECREF(m);
    OU_DECREF(d);
}
END_TEST

START_TEST(test_dict_order_through_deletes)
{
    OuObject *d = ou_dict_new();
    for (int i = 0; i < 1000; i++) {
        OuObject *k = I(i * 7919 % 1000);
        ck_assert_int_eq(ou_dict_setitem(d, k, k), 0);
        OU_DECREF(k);
    }
    for (int i = 0; i < 1000; i += 3) {
        OuObject *k = I(i * 7919 % 1000);
        ck_assert_int_eq(ou_dict_delitem(d, k), 0);
        OU_DECREF(k);
    }
    ck_assert_int_eq(ou_dict_size(d), 666);
    // Put the first deleted key back: it goes to the end.
    OuObject *k0 = I(0);
    ck_assert_int_eq(ou_dict_setitem(d, k0, k0), 0);
    ou_ssize_t pos = 0, n = 0;
    OuObject *key, *value;
    int i = 0;
    while (ou_dict_next(d, &pos, &key, &value)) {
        if (i % 3 == 0)
            i++;
        if (n < 666) {
            ck_assert_int_eq(ou_int_small_value(key), i * 7919 % 1000);
            i++;
        } else {
            ck_assert_ptr_eq(key, k0);
        }
        ck_assert_ptr_eq(key, value);
        n++;
    }
    ck_assert_int_eq(n, 667);
    OU_DECREF(k0);
    OU_DECREF(d);
}
END_TEST

START_TEST(test_dict_equal_hashes)
{
    // hash(-1) == hash(-2) == -2, and hash(k) == hash(k + 2**61 - 1).
    OuObject *d = ou_dict_new();
    int64_t keys[] = {-1, -2, 5, 5 + ((int64_t)1 << 61) - 1, 6, 6 + 2 * (((int64_t)1 << 61) - 1)};
    for (int i = 0; i < 6; i++) {
        OuObject *k = I(keys[i]), *v = I(i);
        ck_assert_int_eq(ou_dict_setitem(d, k, v), 0);
        OU_DECREF(k);
        OU_DECREF(v);
    }
    ck_assert_int_eq(ou_dict_size(d), 6);
    for (int i = 0; i < 6; i++) {
        OuObject *k = I(keys[i]);
        OuObject *v = ou_dict_getitem(d, k);
        ck_assert_ptr_nonnull(v);
        ck_assert_int_eq(ou_int_small_value(v), i);
        OU_DECREF(k);
    }
    OuObject *m1 = I(-1), *m2 = I(-2);
    ck_assert_int_eq(ou_dict_delitem(d, m1), 0);
    ck_assert_int_eq(ou_dict_contains(d, m1), 0);
    ck_assert_int_eq(ou_dict_contains(d, m2), 1);
    ck_assert_int_eq(ou_dict_delitem(d, m1), -1);
    assert_error(&ou_exc_KeyError, "-1");
    OU_DECREF(m1);
    OU_DECREF(m2);
    OU_DECREF(d);
}
END_TEST

START_TEST(test_dict_empty_keys_shared)
{
    OuObject *a = ou_dict_new(), *b = ou_dict_new();
    ck_assert_ptr_eq(ou_dict_keys_block(a), ou_dict_keys_block(b));
    OuObject *v = I(1);
    ou_dict_setitem_str(a, "x", v);
    ck_assert_ptr_ne(ou_dict_keys_block(a), ou_dict_keys_block(b));
    ou_dict_clear(a);
    ck_assert_ptr_eq(ou_dict_keys_block(a), ou_dict_keys_block(b));
    ck_assert_int_eq(getsizeof(a), 64);
    OuObject *c = ou_dict_copy(b);
    ck_assert_ptr_eq(ou_dict_keys_block(c), ou_dict_keys_block(b));
    OU_DECREF(c);
    OU_DECREF(v);
    OU_DECREF(a);
    OU_DECREF(b);
}
END_TEST

START_TEST(test_dict_methods)
{
    OuObject *d = ou_dict_new();
    OuObject *r = call(d, "popitem", NULL, 0);
    ck_assert_ptr_null(r);
    assert_error(&ou_exc_KeyError, "'popitem(): dictionary is empty'");
    OuObject *ka = ou_str_from_cstr("a"), *kb = ou_str_from_cstr("b"), *one = I(1), *two = I(2);
    ou_dict_setitem(d, ka, one);
    ou_dict_setitem(d, kb, two);
    assert_repr(d, "{'a': 1, 'b': 2}");
    r = call(d, "keys", NULL, 0);
    assert_repr(r, "dict_keys(['a', 'b'])");
    OU_DECREF(r);
    r = call(d, "items", NULL, 0);
    assert_repr(r, "dict_items([('a', 1), ('b', 2)])");
    OU_DECREF(r);
    r = call(d, "popitem", NULL, 0);
    assert_repr(r, "('b', 2)");
    OU_DECREF(r);
    r = call(d, "pop", &kb, 1);
    ck_assert_ptr_null(r);
    assert_error(&ou_exc_KeyError, "'b'");
    // Self-reference prints as {...}.
    ou_dict_setitem(d, kb, d);
    assert_repr(d, "{'a': 1, 'b': {...}}");
    ou_dict_delitem(d, kb);
    // update() from pairs, with CPython's complaint about bad elements.
    OuObject *bad = ou_tuple_pack(3, ka, one, two);
    OuObject *seq = ou_tuple_pack(1, bad);
    ck_assert_int_eq(ou_dict_update(d, seq), -1);
    assert_error(&ou_exc_ValueError, "dictionary update sequence element #0 has length 3; 2 is required");
    OU_DECREF(seq);
    OU_DECREF(bad);
    // copy() keeps the table size of a compact dict.
    for (int i = 0; i < 10; i++) {
        OuObject *k = I(i);
        ou_dict_setitem(d, k, k);
        OU_DECREF(k);
    }
    OuObject *c = ou_dict_copy(d);
    ck_assert_int_eq(getsizeof(c), getsizeof(d));
    ck_assert_ptr_eq(ou_object_richcompare(c, d, OU_EQ), ou_True);
    ou_dict_delitem(c, ka);
    r = ou_object_richcompare(c, d, OU_EQ);
    ck_assert_ptr_eq(r, ou_False);
    OU_DECREF(r);
    OU_DECREF(ou_True);
    OU_DECREF(c);
    OU_DECREF(ka);
    OU_DECREF(kb);
    OU_DECREF(one);
    OU_DECREF(two);
    OU_DECREF(d);
}
END_TEST

static Suite *dict_suite(void)
{
    Suite *s = suite_create("dict");
    TCase *tc = tcase_create("sizes");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_dict_sizes_str_keys);
    tcase_add_test(tc, test_dict_sizes_int_keys);
    tcase_add_test(tc, test_dict_empty_keys_shared);
    suite_add_tcase(s, tc);
    tc = tcase_create("table");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_dict_order_through_deletes);
    tcase_add_test(tc, test_dict_equal_hashes);
    tcase_add_test(tc, test_dict_methods);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(dict_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
