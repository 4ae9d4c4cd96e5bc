// tests/unit/test_int.c: int, bool and float objects: caching, the int64/GMP
// boundary, Python's division rules, hashes and reprs. Every expected value
// was printed by python3.11.
#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

static void setup(void)
{
    ck_assert_int_eq(ou_runtime_init(0, NULL), 0);
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

static OuObject *P(const char *text)
{
    OuObject *o = ou_int_from_string(text, strlen(text), 10);
    ck_assert_ptr_nonnull(o);
    return o;
}

// a OP b through the int slot; borrows both.
static OuObject *binop(OuObject *a, OuObject *b, OuBinOp op)
{
    OuObject *r = OU_TYPE(a)->nb[op](a, b);
    ck_assert_ptr_nonnull(r);
    return r;
}

static void assert_repr(OuObject *o, const char *expected)
{
    OuObject *s = OU_TYPE(o)->repr(o);
    ck_assert_ptr_nonnull(s);
    ck_assert_str_eq(ou_str_utf8(s), expected);
    OU_DECREF(s);
}

// Steals o.
static void check_repr(OuObject *o, const char *expected)
{
    assert_repr(o, expected);
    OU_DECREF(o);
}

START_TEST(test_int_small_cached)
{
    OuObject *a = I(7), *b = I(7);
    ck_assert_ptr_eq(a, b);
    OuObject *c = I(-5), *d = I(-5);
    ck_assert_ptr_eq(c, d);
    OuObject *e = I(256), *f = I(256);
    ck_assert_ptr_eq(e, f);
    OuObject *g = I(257), *h = I(257);
    ck_assert_ptr_ne(g, h);
    // Arithmetic lands on the cache too.
    OuObject *three = I(3), *four = I(4);
    OuObject *sum = binop(three, four, OU_NB_ADD);
    ck_assert_ptr_eq(sum, a);
    OU_DECREF(a); OU_DECREF(b); OU_DECREF(c); OU_DECREF(d); OU_DECREF(e);
    OU_DECREF(f); OU_DECREF(g); OU_DECREF(h); OU_DECREF(three); OU_DECREF(four);
    OU_DECREF(sum);
}
END_TEST

START_TEST(test_int_overflow_to_big_and_back)
{
    OuObject *max = I(INT64_MAX), *min = I(INT64_MIN), *one = I(1), *two = I(2);
    OuObject *up = binop(max, one, OU_NB_ADD);
    ck_assert(!ou_int_is_small(up));
    assert_repr(up, "9223372036854775808");
    OuObject *back = binop(up, one, OU_NB_SUBTRACT);
    ck_assert(ou_int_is_small(back));
    ck_assert_int_eq(ou_int_small_value(back), INT64_MAX);

    OuObject *down = binop(min, one, OU_NB_SUBTRACT);
    ck_assert(!ou_int_is_small(down));
    assert_repr(down, "-9223372036854775809");
    OuObject *down_back = binop(down, one, OU_NB_ADD);
    ck_assert(ou_int_is_small(down_back));

    OuObject *dbl = binop(max, two, OU_NB_MULTIPLY);
    assert_repr(dbl, "18446744073709551614");
    OuObject *diff = binop(dbl, max, OU_NB_SUBTRACT);
    ck_assert(ou_int_is_small(diff));
    ck_assert_int_eq(ou_int_small_value(diff), INT64_MAX);
    // Subtracting a big value down to a cached one returns the singleton.
    OuObject *seven = I(7);
    OuObject *dbl7 = binop(dbl, seven, OU_NB_ADD);
    OuObject *seven_again = binop(dbl7, dbl, OU_NB_SUBTRACT);
    ck_assert_ptr_eq(seven_again, seven);

    OuObject *neg = OU_TYPE(min)->nb_negative(min);
    assert_repr(neg, "9223372036854775808");
    OuObject *minus_one = I(-1);
    OuObject *floordiv = binop(min, minus_one, OU_NB_FLOOR_DIVIDE);
    assert_repr(floordiv, "9223372036854775808");
    OU_DECREF(minus_one);

    OU_DECREF(max); OU_DECREF(min); OU_DECREF(one); OU_DECREF(two); OU_DECREF(up);
    OU_DECREF(back); OU_DECREF(down); OU_DECREF(down_back); OU_DECREF(dbl);
    OU_DECREF(diff); OU_DECREF(seven); OU_DECREF(dbl7); OU_DECREF(seven_again);
    OU_DECREF(neg); OU_DECREF(floordiv);
}
END_TEST

START_TEST(test_int_power_text)
{
    OuObject *two = I(2), *e = I(200);
    check_repr(binop(two, e, OU_NB_POWER),
               "1606938044258990275541962092341162602522202993782792835301376");
    OuObject *fact = I(1);
    for (int i = 2; i <= 40; i++) {
        OuObject *k = I(i);
        OuObject *next = binop(fact, k, OU_NB_MULTIPLY);
        OU_DECREF(k);
        OU_SETREF(fact, next);
    }
    check_repr(fact, "815915283247897734345611269596115894272000000000");
    OU_DECREF(two);
    OU_DECREF(e);
}
END_TEST

static void check_divmod(const char *a, const char *b, const char *q, const char *r)
{
    OuObject *x = P(a), *y = P(b);
    check_repr(binop(x, y, OU_NB_FLOOR_DIVIDE), q);
    check_repr(binop(x, y, OU_NB_REMAINDER), r);
    OU_DECREF(x);
    OU_DECREF(y);
}

START_TEST(test_int_floor_division_signs)
{
    check_divmod("-7", "2", "-4", "1");
    check_divmod("7", "-2", "-4", "-1");
    check_divmod("-7", "-2", "3", "-1");
    check_divmod("-1267650600228229401496703205376", "3",
                 "-422550200076076467165567735126", "2");
    check_divmod("1267650600228229401496703205376", "-7",
                 "-181092942889747057356671886483", "-5");
    check_divmod("-1267650600228229401496703205377", "18446744073709551616",
                 "-68719476737", "18446744073709551615");
    check_divmod("-9223372036854775808", "-1", "9223372036854775808", "0");
}
END_TEST

START_TEST(test_int_division_by_zero)
{
    OuObject *one = I(1), *zero = I(0);
    ck_assert_ptr_null(ou_int_type.nb[OU_NB_FLOOR_DIVIDE](one, zero));
    ck_assert(ou_err_matches(&ou_exc_ZeroDivisionError));
    ou_err_clear();
    ck_assert_ptr_null(ou_int_type.nb[OU_NB_TRUE_DIVIDE](one, zero));
    ck_assert(ou_err_matches(&ou_exc_ZeroDivisionError));
    ou_err_clear();
    OU_DECREF(one);
    OU_DECREF(zero);
}
END_TEST

static void check_int_hash(const char *text, ou_hash_t expected)
{
    OuObject *o = P(text);
    ck_assert_int_eq(ou_int_hash(o), expected);
    OU_DECREF(o);
}

START_TEST(test_int_hash)
{
    check_int_hash("-1", -2);
    check_int_hash("2305843009213693951", 0);
    check_int_hash("2305843009213693952", 1);
    check_int_hash("1267650600228229401496703205376", 549755813888);
    check_int_hash("-1267650600228229401496703205376", -549755813888);
    check_int_hash("-2305843009213693951", 0);
}
END_TEST

START_TEST(test_float_hash)
{
    ck_assert_int_eq(ou_float_hash_double(1.5), 1152921504606846977);
    ck_assert_int_eq(ou_float_hash_double(-1.5), -1152921504606846977);
    ck_assert_int_eq(ou_float_hash_double(1e300), 1224995262755759164);
    ck_assert_int_eq(ou_float_hash_double(-0.0), 0);
    ck_assert_int_eq(ou_float_hash_double(0.1), 230584300921369408);
    ck_assert_int_eq(ou_float_hash_double(1e-300), 482449582752280463);
    ck_assert_int_eq(ou_float_hash_double(INFINITY), 314159);
    ck_assert_int_eq(ou_float_hash_double(-1.0), -2);
    // Equal numbers hash equally across types.
    OuObject *big = P("1267650600228229401496703205376");
    ck_assert_int_eq(ou_float_hash_double(ldexp(1.0, 100)), ou_int_hash(big));
    OU_DECREF(big);
}
END_TEST

static void check_float_repr(double v, const char *expected)
{
    char buf[40];
    int n = ou_float_repr_buf(v, buf, sizeof buf);
    ck_assert_str_eq(buf, expected);
    ck_assert_int_eq(n, (int)strlen(expected));
    check_repr(ou_float_from_double(v), expected);
}

START_TEST(test_float_repr)
{
    check_float_repr(0.1, "0.1");
    check_float_repr(1.0 / 3.0, "0.3333333333333333");
    check_float_repr(1e16, "1e+16");
    check_float_repr(1e15, "1000000000000000.0");
    check_float_repr(1e-5, "1e-05");
    check_float_repr(0.0001, "0.0001");
    check_float_repr(123456789012345678.0, "1.2345678901234568e+17");
    check_float_repr(5e-324, "5e-324");
    check_float_repr(INFINITY, "inf");
    check_float_repr(-INFINITY, "-inf");
    check_float_repr(NAN, "nan");
    check_float_repr(-0.0, "-0.0");
    check_float_repr(0.0, "0.0");
    check_float_repr(100.0, "100.0");
    check_float_repr(1.5e300, "1.5e+300");
    check_float_repr(sqrt(2.0), "1.4142135623730951");
    check_float_repr(2.2250738585072014e-308, "2.2250738585072014e-308");
    check_float_repr(1.7976931348623157e308, "1.7976931348623157e+308");
}
END_TEST

START_TEST(test_float_parse)
{
    const char *text = "  -1_0.5e1_0 ";
    OuObject *f = ou_float_from_string(text, strlen(text));
    ck_assert_ptr_nonnull(f);
    ck_assert(ou_float_value(f) == -10.5e10);
    OU_DECREF(f);
    const char *bad[] = {"abc", "1__0", "_1", "1_", "0x1p3", "", "1e", ".", "1._5"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ck_assert_ptr_null(ou_float_from_string(bad[i], strlen(bad[i])));
        ck_assert(ou_err_matches(&ou_exc_ValueError));
        ou_err_clear();
    }
    const char *inf = "-Infinity";
    f = ou_float_from_string(inf, strlen(inf));
    ck_assert(isinf(ou_float_value(f)) && ou_float_value(f) < 0);
    OU_DECREF(f);
}
END_TEST

START_TEST(test_int_parse)
{
    const char *ok[][3] = {
        {"  -1_000  ", "10", "-1000"}, {"0x_ff", "0", "255"}, {"ff", "16", "255"},
        {"0b101", "0", "5"}, {"000", "0", "0"}, {"z", "36", "35"},
        {"99999999999999999999", "10", "99999999999999999999"},
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        OuObject *o = ou_int_from_string(ok[i][0], strlen(ok[i][0]), atoi(ok[i][1]));
        ck_assert_ptr_nonnull(o);
        check_repr(o, ok[i][2]);
    }
    const char *bad[][2] = {{"010", "0"}, {"1__0", "10"}, {"", "10"}, {"abc", "10"},
                            {"_1", "10"}, {"1_", "10"}, {"12", "2"}};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ck_assert_ptr_null(ou_int_from_string(bad[i][0], strlen(bad[i][0]), atoi(bad[i][1])));
        ck_assert(ou_err_matches(&ou_exc_ValueError));
        ou_err_clear();
    }
}
END_TEST

START_TEST(test_int_true_divide)
{
    OuObject *a = P("1267650600228229401496703205377"), *b = I(3);
    OuObject *q = binop(a, b, OU_NB_TRUE_DIVIDE);
    check_repr(q, "4.2255020007607644e+29");
    OuObject *ten = I(10), *four = I(4);
    check_repr(binop(ten, four, OU_NB_TRUE_DIVIDE), "2.5");
    OU_DECREF(a); OU_DECREF(b); OU_DECREF(ten); OU_DECREF(four);
}
END_TEST

START_TEST(test_int_float_compare)
{
    OuObject *big = P("9007199254740993");          // 2**53 + 1
    OuObject *f = ou_float_from_double(9007199254740992.0);
    OuObject *r = ou_float_type.richcompare(f, big, OU_LT);
    ck_assert_ptr_eq(r, ou_True);
    OU_DECREF(r);
    r = ou_float_type.richcompare(f, big, OU_EQ);
    ck_assert_ptr_eq(r, ou_False);
    OU_DECREF(r);
    OU_DECREF(big);
    OU_DECREF(f);
}
END_TEST

START_TEST(test_bool_ops)
{
    check_repr(ou_bool_from(1), "True");
    OuObject *r = ou_bool_type.nb[OU_NB_AND](ou_True, ou_True);
    ck_assert_ptr_eq(r, ou_True);
    OU_DECREF(r);
    r = ou_bool_type.nb[OU_NB_XOR](ou_True, ou_True);
    ck_assert_ptr_eq(r, ou_False);
    OU_DECREF(r);
    r = ou_int_type.nb[OU_NB_ADD](ou_True, ou_True);
    check_repr(r, "2");
}
END_TEST

static Suite *numbers_suite(void)
{
    Suite *s = suite_create("numbers");
    TCase *tc = tcase_create("int");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_int_small_cached);
    tcase_add_test(tc, test_int_overflow_to_big_and_back);
    tcase_add_test(tc, test_int_power_text);
    tcase_add_test(tc, test_int_floor_division_signs);
    tcase_add_test(tc, test_int_division_by_zero);
    tcase_add_test(tc, test_int_hash);
    tcase_add_test(tc, test_int_parse);
    tcase_add_test(tc, test_int_true_divide);
    suite_add_tcase(s, tc);
    tc = tcase_create("float");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_float_hash);
    tcase_add_test(tc, test_float_repr);
    tcase_add_test(tc, test_float_parse);
    tcase_add_test(tc, test_int_float_compare);
    suite_add_tcase(s, tc);
    tc = tcase_create("bool");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_bool_ops);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(numbers_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
