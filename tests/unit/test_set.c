// tests/unit/test_set.c: set and frozenset against CPython 3.11 (values from
// python3.11 with PYTHONHASHSEED=0): sizes while growing, iteration order
// (which the table algorithm decides), frozenset hashes, the operators and
// methods, pop order, errors, the iterator's size check, and the set
// operations of dict views.
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "gc/gc.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "compiler/compiler.h"
#include "vm/vm.h"

static void setup(void)
{
    if (ou_runtime_init(0, NULL) < 0)
        abort();
    // Until startup readies them, ready them here (released at finalize).
    if (ou_type_ready(&ou_set_type) < 0 || ou_type_ready(&ou_frozenset_type) < 0
        || ou_type_ready(&ou_set_iter_type) < 0)
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

static OuObject *S(const char *s)
{
    OuObject *o = ou_str_from_cstr(s);
    ck_assert_ptr_nonnull(o);
    return o;
}

static void add_new(OuObject *set, OuObject *key)    // steals key
{
    ck_assert_int_eq(ou_set_add(set, key), 0);
    OU_DECREF(key);
}

static OuObject *int_set(const int64_t *v, int n)
{
    OuObject *s = ou_set_new(NULL);
    ck_assert_ptr_nonnull(s);
    for (int i = 0; i < n; i++)
        add_new(s, I(v[i]));
    return s;
}

static OuObject *str_set(const char *const *v, int n)
{
    OuObject *s = ou_set_new(NULL);
    ck_assert_ptr_nonnull(s);
    for (int i = 0; i < n; i++)
        add_new(s, S(v[i]));
    return s;
}

static OuObject *call(OuObject *self, const char *name, OuObject *const *args, ou_ssize_t nargs)
{
    for (const OuMethodDef *m = OU_TYPE(self)->methods; m->name != NULL; m++)
        if (strcmp(m->name, name) == 0)
            return m->fn(self, args, nargs, NULL);
    ck_abort_msg("no method %s", name);
    return NULL;
}

static int64_t getsizeof(OuObject *s)
{
    OuObject *r = call(s, "__sizeof__", NULL, 0);
    ck_assert_ptr_nonnull(r);
    int64_t v = ou_int_small_value(r);
    OU_DECREF(r);
    return v + 16;
}

static void assert_repr(OuObject *o, const char *expected)
{
    ck_assert_ptr_nonnull(o);
    OuObject *r = ou_object_repr(o);
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(ou_str_utf8(r), expected);
    OU_DECREF(r);
}

// Check the repr of a new reference, then release it.
static void assert_repr_steal(OuObject *o, const char *expected)
{
    assert_repr(o, expected);
    OU_DECREF(o);
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

// ---- Table ----

START_TEST(test_set_sizes_growing)
{
    // python3.11: s = set(); sizes before each s.add(i), and the same with 'k%d' % i
    static const int64_t expected[25] = {216, 216, 216, 216, 216, 728, 728, 728, 728, 728, 728, 728, 728,
                                         728, 728, 728, 728, 728, 728, 2264, 2264, 2264, 2264, 2264, 2264};
    OuObject *si = ou_set_new(NULL), *ss = ou_set_new(NULL);
    for (int i = 0; i < 25; i++) {
        ck_assert_int_eq(getsizeof(si), expected[i]);
        ck_assert_int_eq(getsizeof(ss), expected[i]);
        char name[16];
        snprintf(name, sizeof name, "k%d", i);
        add_new(si, I(i));
        add_new(ss, S(name));
    }
    ck_assert_int_eq(ou_set_size(si), 25);
    OU_DECREF(si);
    OU_DECREF(ss);
}
END_TEST

START_TEST(test_set_sizes_from_iterable)
{
    // python3.11: [sys.getsizeof(set(range(n))) for n in (0, 5, 6, 19, 20, 100, 1000)]
    static const int ns[7] = {0, 5, 6, 19, 20, 100, 1000};
    static const int64_t expected[7] = {216, 728, 728, 2264, 2264, 8408, 32984};
    for (int k = 0; k < 7; k++) {
        OuObject *lst = ou_list_new(0);
        for (int i = 0; i < ns[k]; i++) {
            OuObject *v = I(i);
            ou_list_append(lst, v);
            OU_DECREF(v);
        }
        OuObject *s = ou_set_new(lst);
        OuObject *f = ou_frozenset_new(lst);
        ck_assert_int_eq(getsizeof(s), expected[k]);
        ck_assert_int_eq(getsizeof(f), expected[k]);
        OU_DECREF(s);
        OU_DECREF(f);
        OU_DECREF(lst);
    }
}
END_TEST

START_TEST(test_set_order)
{
    static const char *const bac[] = {"b", "a", "c"};
    assert_repr_steal(str_set(bac, 3), "{'c', 'a', 'b'}");
    // One add at a time grows to 32 slots; copying that into a fresh set
    // presizes to 16, where 16 and 24 collide: python3.11 agrees on both.
    static const int64_t ints[] = {8, 16, 0, 1, 24, 3};
    OuObject *grown = int_set(ints, 6);
    assert_repr(grown, "{0, 1, 3, 8, 16, 24}");
    OuObject *frozen = ou_frozenset_new(grown);
    assert_repr_steal(ou_set_new(frozen), "{0, 1, 16, 3, 8, 24}");
    OU_DECREF(frozen);
    OU_DECREF(grown);
    const char *keys[10];
    char buf[10][8];
    for (int i = 0; i < 10; i++) {
        snprintf(buf[i], sizeof buf[i], "k%d", i);
        keys[i] = buf[i];
    }
    assert_repr_steal(str_set(keys, 10), "{'k1', 'k9', 'k2', 'k3', 'k0', 'k6', 'k5', 'k4', 'k8', 'k7'}");

    OuObject *s = ou_set_new(NULL);
    OuObject *a = I(1), *b = I(2), *c = S("a");
    add_new(s, ou_tuple_pack(2, a, b));
    add_new(s, ou_tuple_pack(2, b, a));
    add_new(s, ou_tuple_pack(1, c));
    assert_repr_steal(s, "{('a',), (1, 2), (2, 1)}");
    OU_DECREF(a);
    OU_DECREF(b);
    OU_DECREF(c);

    OuObject *hw = S("hello world");
    assert_repr_steal(ou_set_new(hw), "{' ', 'd', 'r', 'h', 'o', 'e', 'w', 'l'}");
    OU_DECREF(hw);
}
END_TEST

START_TEST(test_set_order_from_dict)
{
    // A dict's keys go in after one resize up front; its keys view goes in
    // one by one: python3.11 prints the two in different orders.
    OuObject *d = ou_dict_new();
    for (int i = 0; i < 7; i++) {
        char name[8];
        snprintf(name, sizeof name, "k%d", i);
        OuObject *v = I(i);
        ou_dict_setitem_str(d, name, v);
        OU_DECREF(v);
    }
    assert_repr_steal(ou_set_new(d), "{'k1', 'k6', 'k2', 'k5', 'k4', 'k3', 'k0'}");
    OuObject *keys = ou_dictview_new(d, &ou_dict_keys_type);
    assert_repr_steal(ou_set_new(keys), "{'k1', 'k2', 'k3', 'k0', 'k6', 'k5', 'k4'}");
    OuObject *empty = ou_set_new(NULL);
    assert_repr_steal(ou_set_dictview_binop(keys, empty, OU_NB_OR), "{'k1', 'k6', 'k2', 'k5', 'k4', 'k3', 'k0'}");
    OU_DECREF(empty);
    OU_DECREF(keys);
    OU_DECREF(d);
}
END_TEST

START_TEST(test_set_dummies)
{
    // python3.11: s = set(range(10)); discard the evens
    static const int64_t ten[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    OuObject *s = int_set(ten, 10);
    for (int i = 0; i < 10; i += 2) {
        OuObject *k = I(i);
        ck_assert_int_eq(ou_set_discard(s, k), 1);
        ck_assert_int_eq(ou_set_discard(s, k), 0);
        OU_DECREF(k);
    }
    assert_repr(s, "{1, 3, 5, 7, 9}");
    ck_assert_int_eq(getsizeof(s), 728);
    OuObject *f = ou_frozenset_new(s);
    ck_assert_int_eq(ou_object_hash(f), 777379418226018803LL);
    OU_DECREF(f);
    // Re-adding reuses a deleted slot.
    add_new(s, I(4));
    assert_repr(s, "{1, 3, 4, 5, 7, 9}");
    OU_DECREF(s);
}
END_TEST

// ---- frozenset ----

START_TEST(test_frozenset_hash)
{
    OuObject *f = ou_frozenset_new(NULL);
    ck_assert_int_eq(ou_object_hash(f), 133146708735736LL);
    assert_repr_steal(f, "frozenset()");

    static const int64_t v[] = {1, 2, 3};
    OuObject *s = int_set(v, 3);
    f = ou_frozenset_new(s);
    ck_assert_int_eq(ou_object_hash(f), -272375401224217160LL);
    assert_repr_steal(f, "frozenset({1, 2, 3})");
    OU_DECREF(s);

    static const char *const ab[] = {"a", "b"};
    s = str_set(ab, 2);
    f = ou_frozenset_new(s);
    ck_assert_int_eq(ou_object_hash(f), 1679668661828516449LL);
    OU_DECREF(f);
    OU_DECREF(s);

    static const char *const xyz[] = {"x", "y", "z"};
    s = str_set(xyz, 3);
    f = ou_frozenset_new(s);
    ck_assert_int_eq(ou_object_hash(f), -7359305415555539950LL);
    assert_repr(f, "frozenset({'y', 'x', 'z'})");

    // frozenset({frozenset({1})})
    OuObject *one = ou_frozenset_new(NULL);
    add_new(one, I(1));
    OuObject *outer = ou_frozenset_new(NULL);
    ck_assert_int_eq(ou_set_add(outer, one), 0);
    ck_assert_int_eq(ou_object_hash(outer), 5515263749738256364LL);
    // A set key is found as the frozenset with the same keys.
    OuObject *plain = ou_set_new(one);
    ck_assert_int_eq(ou_set_contains(outer, plain), 1);
    ck_assert_int_eq(ou_set_contains(outer, s), 0);
    OU_DECREF(plain);
    OU_DECREF(outer);
    OU_DECREF(one);
    OU_DECREF(f);
    OU_DECREF(s);
}
END_TEST

START_TEST(test_frozenset_of_frozenset_is_same)
{
    OuObject *f = ou_frozenset_new(NULL);
    add_new(f, I(5));
    OuObject *args[1] = {f};
    OuObject *g = ou_frozenset_type.new(&ou_frozenset_type, args, 1, NULL);
    ck_assert_ptr_eq(f, g);
    OuObject *c = call(f, "copy", NULL, 0);
    ck_assert_ptr_eq(f, c);
    OU_DECREF(c);
    OU_DECREF(g);
    OU_DECREF(f);
}
END_TEST

// ---- Operations ----

static OuObject *sample_a(void)
{
    OuObject *s = ou_set_new(NULL);
    for (int i = 1; i <= 4; i++)
        add_new(s, I(i));
    add_new(s, S("x"));
    return s;
}

static OuObject *sample_b(void)
{
    OuObject *s = ou_set_new(NULL);
    for (int i = 3; i <= 5; i++)
        add_new(s, I(i));
    add_new(s, S("y"));
    return s;
}

START_TEST(test_set_operators)
{
    OuObject *a = sample_a(), *b = sample_b();
    assert_repr_steal(ou_number_binop(a, b, OU_NB_OR), "{1, 2, 3, 4, 'x', 'y', 5}");
    assert_repr_steal(ou_number_binop(a, b, OU_NB_AND), "{3, 4}");
    assert_repr_steal(ou_number_binop(a, b, OU_NB_SUBTRACT), "{1, 2, 'x'}");
    assert_repr_steal(ou_number_binop(b, a, OU_NB_SUBTRACT), "{'y', 5}");
    assert_repr_steal(ou_number_binop(a, b, OU_NB_XOR), "{'y', 1, 'x', 5, 2}");
    assert_repr_steal(ou_number_binop(b, a, OU_NB_XOR), "{1, 2, 'x', 'y', 5}");
    // Methods take any iterable.
    OuObject *lst = ou_sequence_list(b);
    OuObject *args[2] = {lst, b};
    assert_repr_steal(call(a, "union", args, 1), "{1, 2, 3, 4, 'x', 'y', 5}");
    assert_repr_steal(call(a, "intersection", args, 2), "{3, 4}");
    assert_repr_steal(call(a, "difference", args, 2), "{1, 2, 'x'}");
    assert_repr_steal(call(a, "symmetric_difference", args, 1), "{'y', 1, 'x', 5, 2}");
    // In place.
    OuObject *c = call(a, "copy", NULL, 0);
    OuObject *r = call(c, "intersection_update", args, 1);
    ck_assert_ptr_eq(r, ou_None);
    OU_DECREF(r);
    assert_repr(c, "{3, 4}");
    r = ou_number_binop(c, b, OU_NB_INPLACE_OR);
    ck_assert_ptr_eq(r, c);
    OU_DECREF(r);
    assert_repr(c, "{'y', 3, 4, 5}");
    r = ou_number_binop(c, a, OU_NB_INPLACE_XOR);
    OU_DECREF(r);
    assert_repr(c, "{'y', 1, 'x', 5, 2}");
    r = ou_number_binop(c, b, OU_NB_INPLACE_SUBTRACT);
    OU_DECREF(r);
    assert_repr(c, "{1, 'x', 2}");
    r = ou_number_binop(c, b, OU_NB_INPLACE_AND);
    OU_DECREF(r);
    assert_repr(c, "set()");
    OU_DECREF(c);
    // Only sets combine with the operators.
    ck_assert_ptr_null(ou_number_binop(a, lst, OU_NB_OR));
    assert_error(&ou_exc_TypeError, "unsupported operand type(s) for |: 'set' and 'list'");
    OU_DECREF(lst);
    OU_DECREF(a);
    OU_DECREF(b);
}
END_TEST

START_TEST(test_set_compare)
{
    static const int64_t v12[] = {1, 2}, v123[] = {1, 2, 3}, v4[] = {4};
    OuObject *a = int_set(v12, 2), *b = int_set(v123, 3), *c = int_set(v4, 1);
    OuObject *fa = ou_frozenset_new(a);
    ck_assert_int_eq(ou_object_richcompare_bool(a, b, OU_LT), 1);
    ck_assert_int_eq(ou_object_richcompare_bool(a, b, OU_LE), 1);
    ck_assert_int_eq(ou_object_richcompare_bool(b, a, OU_GT), 1);
    ck_assert_int_eq(ou_object_richcompare_bool(b, a, OU_LT), 0);
    ck_assert_int_eq(ou_object_richcompare_bool(a, a, OU_LT), 0);
    ck_assert_int_eq(ou_object_richcompare_bool(a, fa, OU_EQ), 1);
    ck_assert_int_eq(ou_object_richcompare_bool(fa, a, OU_NE), 0);
    ck_assert_int_eq(ou_object_richcompare_bool(a, c, OU_LE), 0);
    OuObject *args[1] = {c};
    assert_repr_steal(call(a, "isdisjoint", args, 1), "True");
    args[0] = b;
    assert_repr_steal(call(a, "issubset", args, 1), "True");
    assert_repr_steal(call(a, "issuperset", args, 1), "False");
    assert_repr_steal(call(b, "issuperset", &a, 1), "True");
    OuObject *lst = ou_sequence_list(b);
    assert_repr_steal(call(a, "issubset", &lst, 1), "True");
    OU_DECREF(lst);
    OU_DECREF(fa);
    OU_DECREF(a);
    OU_DECREF(b);
    OU_DECREF(c);
}
END_TEST

START_TEST(test_set_pop_and_errors)
{
    static const int64_t v[] = {5, 3, 9, 1};
    OuObject *s = int_set(v, 4);
    static const int64_t order[] = {9, 3, 5, 1};   // python3.11
    for (int i = 0; i < 4; i++) {
        OuObject *k = call(s, "pop", NULL, 0);
        ck_assert_ptr_nonnull(k);
        ck_assert_int_eq(ou_int_small_value(k), order[i]);
        OU_DECREF(k);
    }
    ck_assert_ptr_null(call(s, "pop", NULL, 0));
    OuObject *exc = ou_err_fetch();
    assert_repr_steal(exc, "KeyError('pop from an empty set')");

    OuObject *k = I(7);
    ck_assert_ptr_null(call(s, "remove", &k, 1));
    assert_error(&ou_exc_KeyError, "7");
    OU_DECREF(k);
    ck_assert_ptr_null(call(s, "add", NULL, 0));
    assert_error(&ou_exc_TypeError, "set.add() takes exactly one argument (0 given)");
    ck_assert_ptr_null(call(s, "pop", &s, 1));
    assert_error(&ou_exc_TypeError, "set.pop() takes no arguments (1 given)");
    OuObject *f = ou_frozenset_new(NULL);
    ck_assert_ptr_null(call(f, "copy", &s, 1));
    assert_error(&ou_exc_TypeError, "frozenset.copy() takes no arguments (1 given)");
    OU_DECREF(f);

    OuObject *lst = ou_list_new(0);
    ck_assert_int_eq(ou_set_add(s, lst), -1);
    assert_error(&ou_exc_TypeError, "unhashable type: 'list'");
    ck_assert_int_eq(ou_set_contains(s, lst), -1);
    assert_error(&ou_exc_TypeError, "unhashable type: 'list'");
    ck_assert_int_eq(ou_object_hash(s), -1);
    assert_error(&ou_exc_TypeError, "unhashable type: 'set'");
    OU_DECREF(lst);

    OuObject *args[2] = {s, s};
    ck_assert_ptr_null(ou_set_type.new(&ou_set_type, args, 2, NULL));
    assert_error(&ou_exc_TypeError, "set expected at most 1 argument, got 2");
    OU_DECREF(s);
}
END_TEST

START_TEST(test_set_iterator)
{
    static const int64_t v[] = {1, 2, 3};
    OuObject *s = int_set(v, 3);
    OuObject *it = ou_object_iter(s);
    ck_assert_ptr_nonnull(it);
    OuObject *k = ou_iter_next(it);
    ck_assert_int_eq(ou_int_small_value(k), 1);
    OU_DECREF(k);
    add_new(s, I(10));
    ck_assert_ptr_null(ou_iter_next(it));
    assert_error(&ou_exc_RuntimeError, "Set changed size during iteration");
    ck_assert_ptr_null(ou_iter_next(it));
    assert_error(&ou_exc_RuntimeError, "Set changed size during iteration");
    OU_DECREF(it);

    ou_ssize_t pos = 0, n = 0;
    OuObject *key;
    ou_hash_t h;
    while (ou_set_next(s, &pos, &key, &h)) {
        ck_assert_int_eq(h, ou_object_hash(key));
        n++;
    }
    ck_assert_int_eq(n, 4);
    ck_assert_int_eq(ou_set_clear(s), 0);
    assert_repr(s, "set()");
    ck_assert_int_eq(getsizeof(s), 216);
    OU_DECREF(s);
}
END_TEST

static int count_visit(OuObject *o, void *arg)
{
    (*(int *)arg)++;
    return 0;
}

START_TEST(test_set_gc)
{
    static const int64_t v[] = {1, 2, 3};
    OuObject *s = int_set(v, 3);
    OuObject *f = ou_frozenset_new(s);
    ck_assert_int_eq(ou_gc_is_tracked(s), 1);
    ck_assert_int_eq(ou_gc_is_tracked(f), 1);
    int n = 0;
    ou_set_type.traverse(s, count_visit, &n);
    ck_assert_int_eq(n, 3);
    ck_assert_int_eq(ou_frozenset_type.clear(f), 0);
    ck_assert_int_eq(ou_set_size(f), 0);
    OU_DECREF(f);
    OU_DECREF(s);
}
END_TEST

// ---- Dict views ----

START_TEST(test_set_dictviews)
{
    OuObject *d = ou_dict_new();
    static const char *const names[] = {"a", "b", "c"};
    for (int i = 0; i < 3; i++) {
        OuObject *v = I(i + 1);
        ou_dict_setitem_str(d, names[i], v);
        OU_DECREF(v);
    }
    OuObject *keys = ou_dictview_new(d, &ou_dict_keys_type);
    static const char *const bcz[] = {"b", "c", "z"}, *const z[] = {"z"}, *const a[] = {"a"},
                             *const aq[] = {"a", "q"}, *const az[] = {"a", "z"};
    OuObject *s = str_set(bcz, 3);
    assert_repr_steal(ou_set_dictview_binop(keys, s, OU_NB_AND), "{'c', 'b'}");
    assert_repr_steal(ou_set_dictview_binop(s, keys, OU_NB_AND), "{'c', 'b'}");
    OU_DECREF(s);
    s = str_set(z, 1);
    assert_repr_steal(ou_set_dictview_binop(keys, s, OU_NB_OR), "{'c', 'a', 'b', 'z'}");
    OU_DECREF(s);
    s = str_set(a, 1);
    assert_repr_steal(ou_set_dictview_binop(keys, s, OU_NB_SUBTRACT), "{'c', 'b'}");
    OU_DECREF(s);
    s = str_set(aq, 2);
    assert_repr_steal(ou_set_dictview_binop(keys, s, OU_NB_XOR), "{'q', 'c', 'b'}");
    OU_DECREF(s);
    s = str_set(az, 2);
    assert_repr_steal(ou_set_dictview_binop(s, keys, OU_NB_SUBTRACT), "{'z'}");
    OU_DECREF(s);

    // d.items() ^ {'x': 1, 'a': 1}.items()
    OuObject *d2 = ou_dict_new(), *one = I(1);
    ou_dict_setitem_str(d2, "x", one);
    ou_dict_setitem_str(d2, "a", one);
    OuObject *items = ou_dictview_new(d, &ou_dict_items_type);
    OuObject *items2 = ou_dictview_new(d2, &ou_dict_items_type);
    assert_repr_steal(ou_set_dictview_binop(items, items2, OU_NB_XOR), "{('x', 1), ('c', 3), ('b', 2)}");
    OU_DECREF(items2);
    OU_DECREF(items);
    OU_DECREF(one);
    OU_DECREF(d2);

    s = str_set(names, 3);
    assert_repr_steal(ou_set_dictview_richcompare(keys, s, OU_EQ), "True");
    assert_repr_steal(ou_set_dictview_richcompare(keys, s, OU_LT), "False");
    assert_repr_steal(ou_set_dictview_richcompare(keys, keys, OU_GE), "True");
    assert_repr_steal(ou_set_dictview_isdisjoint(keys, s), "False");
    OuObject *lst = ou_list_new(0);
    assert_repr_steal(ou_set_dictview_richcompare(keys, lst, OU_EQ), "NotImplemented");
    assert_repr_steal(ou_set_dictview_isdisjoint(keys, lst), "True");
    OU_DECREF(lst);
    OU_DECREF(s);
    OU_DECREF(keys);
    OU_DECREF(d);
}
END_TEST

// ---- Through the interpreter ----
// Python snippets (without set displays, whose opcodes the VM wires up
// separately) run with `set` and `frozenset` bound; each leaves `r`, whose
// repr python3.11 gave as the second string.

static const char *const py_cases[][2] = {
    {"r = set(['b', 'a', 'c'])",
     "{'c', 'a', 'b'}"},
    {"a = set([1, 2, 3, 4, 'x'])\nb = set([3, 4, 5, 'y'])\nr = [a | b, a & b, a - b, a ^ b, b ^ a]",
     "[{1, 2, 3, 4, 'x', 'y', 5}, {3, 4}, {1, 2, 'x'}, {'y', 1, 'x', 5, 2}, {1, 2, 'x', 'y', 5}]"},
    {"a = set([1, 2, 3])\nk = a\na |= frozenset([7])\na -= set([1])\nr = (a, a is k)",
     "({2, 3, 7}, True)"},
    {"f = frozenset('abc')\nr = [f.union('cd'), f | set('z'), type(f - set()).__name__, hash(frozenset([1, 2, 3]))]",
     "[frozenset({'d', 'c', 'a', 'b'}), frozenset({'c', 'a', 'b', 'z'}), 'frozenset', -272375401224217160]"},
    {"s = set([1, 2])\nr = [s < set([1, 2, 3]), s == frozenset([2, 1]), s != set(), s >= set([1]), s == [1, 2]]",
     "[True, True, True, True, False]"},
    {"s = set([1, 'a', frozenset([3])])\nr = [1 in s, 2 in s, set([3]) in s, 'a' not in s]",
     "[True, False, True, False]"},
    {"s = set([5, 3, 9, 1])\nr = [s.pop(), s.pop(), s]",
     "[9, 3, {5, 1}]"},
    {"s = set()\ntry:\n    s.pop()\nexcept KeyError as e:\n    r = repr(e)",
     "\"KeyError('pop from an empty set')\""},
    {"s = set([1])\ntry:\n    s.remove(2)\nexcept KeyError as e:\n    r = repr(e)",
     "'KeyError(2)'"},
    {"try:\n    set([1]) | [2]\nexcept TypeError as e:\n    r = str(e)",
     "\"unsupported operand type(s) for |: 'set' and 'list'\""},
    {"try:\n    hash(set())\nexcept TypeError as e:\n    r = str(e)",
     "\"unhashable type: 'set'\""},
    {"try:\n    set([[1]])\nexcept TypeError as e:\n    r = str(e)",
     "\"unhashable type: 'list'\""},
    {"s = set([1, 2, 3])\nr = []\ntry:\n    for x in s:\n        s.add(x + 10)\nexcept RuntimeError as e:\n    r = str(e)",
     "'Set changed size during iteration'"},
    {"s = set(range(10))\ns.difference_update([1, 2], (3,))\ns.intersection_update(range(8))\ns.symmetric_difference_update([0, 100])\nr = s",
     "{4, 5, 6, 7, 100}"},
    {"s = set([1, 2])\nr = [s.update([3]), s.discard(1), s.add(4), s.clear(), s]",
     "[None, None, None, None, set()]"},
    {"r = [set().isdisjoint([1]), set([1]).issubset([1, 2]), set([1, 2]).issuperset([2])]",
     "[True, True, True]"},
    {"d = {'a': 1, 'b': 2}\nr = [set(d), set(d.items()), frozenset(d.values())]",
     "[{'a', 'b'}, {('a', 1), ('b', 2)}, frozenset({1, 2})]"},
    {"r = [x for x in frozenset(['q', 'w', 'e'])]",
     "['e', 'q', 'w']"},
    {"r = sorted(set([3, 1, 2]))",
     "[1, 2, 3]"},
    {"r = [len(set('hello')), bool(set()), list(iter(set([4, 5])))]",
     "[4, False, [4, 5]]"},
    {"r = [set.__name__, frozenset.__name__, type(iter(set())).__name__, set([1]).copy(), frozenset().copy()]",
     "['set', 'frozenset', 'set_iterator', {1}, frozenset()]"},
    {"import sys\nr = [sys.getsizeof(set()), sys.getsizeof(set(range(5))), sys.getsizeof(set(range(6))), sys.getsizeof(frozenset(range(100)))]",
     "[216, 728, 728, 8408]"},
    {"r = [set([1]).__contains__(set([1])), set().union(), set([1]).intersection(), set([1]).difference()]",
     "[False, set(), {1}, {1}]"},
    {"it = iter([1, 2, 3, 4, 5])\nr = [set([1, 2]).intersection(it), list(it)]",
     "[{1, 2}, [3, 4, 5]]"},
};

START_TEST(test_set_from_python)
{
    // Bind the names in this process only; startup does it once wired.
    ck_assert_int_eq(ou_dict_setitem_str(ou_state.builtins, "set", (OuObject *)&ou_set_type), 0);
    ck_assert_int_eq(ou_dict_setitem_str(ou_state.builtins, "frozenset", (OuObject *)&ou_frozenset_type), 0);
    for (size_t i = 0; i < sizeof py_cases / sizeof py_cases[0]; i++) {
        const char *src = py_cases[i][0];
        OuObject *code = ou_compile(src, strlen(src), "<test>", OU_PARSE_FILE);
        ck_assert_msg(code != NULL, "compile failed: %s", src);
        OuObject *g = ou_dict_new();
        ck_assert_int_eq(ou_dict_setitem_str(g, "__builtins__", ou_state.builtins), 0);
        OuObject *res = ou_vm_run_code(code, g, g);
        OU_DECREF(code);
        if (res == NULL) {
            OuObject *exc = ou_err_fetch();
            OuObject *msg = ou_object_repr(exc);
            ck_abort_msg("%s\nraised %s", src, msg ? ou_str_utf8(msg) : "?");
        }
        OU_DECREF(res);
        OuObject *r = ou_dict_getitem_str(g, "r");
        ck_assert_msg(r != NULL, "no r: %s", src);
        OuObject *text = ou_object_repr(r);
        ck_assert_ptr_nonnull(text);
        ck_assert_msg(strcmp(ou_str_utf8(text), py_cases[i][1]) == 0, "%s\n got %s\nwant %s", src,
                      ou_str_utf8(text), py_cases[i][1]);
        OU_DECREF(text);
        ou_dict_clear(g);
        OU_DECREF(g);
    }
}
END_TEST

static Suite *set_suite(void)
{
    Suite *s = suite_create("set");
    TCase *tc = tcase_create("table");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_set_sizes_growing);
    tcase_add_test(tc, test_set_sizes_from_iterable);
    tcase_add_test(tc, test_set_order);
    tcase_add_test(tc, test_set_order_from_dict);
    tcase_add_test(tc, test_set_dummies);
    suite_add_tcase(s, tc);
    tc = tcase_create("frozenset");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_frozenset_hash);
    tcase_add_test(tc, test_frozenset_of_frozenset_is_same);
    suite_add_tcase(s, tc);
    tc = tcase_create("operations");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_set_operators);
    tcase_add_test(tc, test_set_compare);
    tcase_add_test(tc, test_set_pop_and_errors);
    tcase_add_test(tc, test_set_iterator);
    tcase_add_test(tc, test_set_gc);
    tcase_add_test(tc, test_set_dictviews);
    suite_add_tcase(s, tc);
    tc = tcase_create("python");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_set_from_python);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(set_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
