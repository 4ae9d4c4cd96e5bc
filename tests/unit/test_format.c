// tests/unit/test_format.c: the format-spec mini-language, str.format and
// printf-style `%`, called directly (no method tables or attribute lookup).
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/format.h"
#include "runtime/int.h"
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

// Checks that `r` is the str `want`, and releases it.
static void expect(OuObject *r, const char *want)
{
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(ou_str_utf8(r), want);
    OU_DECREF(r);
}

// Checks that the pending exception has type `t` and message `msg`.
static void expect_error(OuObject *r, OuType *t, const char *msg)
{
    ck_assert_ptr_null(r);
    ck_assert(ou_err_matches(t));
    OuObject *e = ou_err_fetch();
    OuObject *s = ou_object_str(e);
    ck_assert_str_eq(ou_str_utf8(s), msg);
    OU_DECREF(s);
    OU_DECREF(e);
}

static OuObject *fmt_int(int64_t v, const char *spec)
{
    OuObject *o = ou_int_from_i64(v), *s = ou_str_from_cstr(spec);
    OuObject *r = ou_format_int(o, s);
    OU_DECREF(o);
    OU_DECREF(s);
    return r;
}

static OuObject *fmt_float(double v, const char *spec)
{
    OuObject *o = ou_float_from_double(v), *s = ou_str_from_cstr(spec);
    OuObject *r = ou_format_float(o, s);
    OU_DECREF(o);
    OU_DECREF(s);
    return r;
}

static OuObject *fmt_str(const char *v, const char *spec)
{
    OuObject *o = ou_str_from_cstr(v), *s = ou_str_from_cstr(spec);
    OuObject *r = ou_format_str(o, s);
    OU_DECREF(o);
    OU_DECREF(s);
    return r;
}

START_TEST(test_format_int)
{
    expect(fmt_int(1234567, ","), "1,234,567");
    expect(fmt_int(1234, "010,"), "00,001,234");
    expect(fmt_int(1234, "08,"), "0,001,234");
    expect(fmt_int(-255, "#010_b"), "-0b1111_1111");
    expect(fmt_int(255, "#X"), "0XFF");
    expect(fmt_int(-42, "*^9"), "***-42***");
    expect(fmt_int(65, "05c"), "0000A");
    expect(fmt_int(5, "%"), "500.000000%");
    expect_error(fmt_int(1, ".2"), &ou_exc_ValueError, "Precision not allowed in integer format specifier");
    expect_error(fmt_int(1, ",x"), &ou_exc_ValueError, "Cannot specify ',' with 'x'.");
    expect_error(fmt_int(-1, "c"), &ou_exc_OverflowError, "%c arg not in range(0x110000)");
}
END_TEST

START_TEST(test_format_float)
{
    expect(fmt_float(1e16, ""), "1e+16");
    expect(fmt_float(1.0, ".3"), "1.0");
    expect(fmt_float(100.0, ".3"), "1e+02");
    expect(fmt_float(1.0, "#.0"), "1.e+00");
    expect(fmt_float(1.0, "#g"), "1.00000");
    expect(fmt_float(2.675, ".2f"), "2.67");
    expect(fmt_float(-0.0, "z"), "0.0");
    expect(fmt_float(-0.0, ""), "-0.0");
    expect(fmt_float(-1234.5, "015,.2f"), "-000,001,234.50");
    expect(fmt_float(1.0 / 0.0, "010"), "0000000inf");
    expect(fmt_float(0.25, ".1%"), "25.0%");
    expect_error(fmt_float(1.5, "d"), &ou_exc_ValueError, "Unknown format code 'd' for object of type 'float'");
    expect_error(fmt_float(1.5, "."), &ou_exc_ValueError, "Format specifier missing precision");
}
END_TEST

START_TEST(test_format_str)
{
    expect(fmt_str("hello", "^11"), "   hello   ");
    expect(fmt_str("hello", ".2"), "he");
    expect(fmt_str("\xc3\xa9", "*>3"), "**\xc3\xa9");
    expect(fmt_str("ab", "05"), "ab000");
    expect_error(fmt_str("a", "+"), &ou_exc_ValueError, "Sign not allowed in string format specifier");
    expect_error(fmt_str("a", "="), &ou_exc_ValueError, "'=' alignment not allowed in string format specifier");
    expect_error(fmt_str("a", ","), &ou_exc_ValueError, "Cannot specify ',' with 's'.");
    OuObject *e = ou_str_from_cstr("\xc3\xa9");
    expect(ou_format_ascii(e), "'\\xe9'");
    OU_DECREF(e);
}
END_TEST

START_TEST(test_str_format)
{
    OuObject *tmpl = ou_str_from_cstr("{1}-{0!r:>5}-{{x}}-{0:{2}}");
    OuObject *args[3] = { ou_str_from_cstr("a"), ou_int_from_i64(7), ou_int_from_i64(3) };
    expect(ou_str_format_method(tmpl, args, 3, NULL), "7-  'a'-{x}-a  ");
    expect_error(ou_str_format_method(tmpl, args, 1, NULL), &ou_exc_IndexError,
                 "Replacement index 1 out of range for positional args tuple");
    OU_DECREF(tmpl);
    tmpl = ou_str_from_cstr("}");
    expect_error(ou_str_format_method(tmpl, args, 0, NULL), &ou_exc_ValueError,
                 "Single '}' encountered in format string");
    OU_DECREF(tmpl);
    for (int i = 0; i < 3; i++)
        OU_DECREF(args[i]);
}
END_TEST

START_TEST(test_str_percent)
{
    OuObject *f = ou_str_from_cstr("%s|%5d|%-6.2f|%#x|%c|%%");
    OuObject *a = ou_str_from_cstr("v"), *b = ou_int_from_i64(42), *c = ou_float_from_double(3.14159);
    OuObject *d = ou_int_from_i64(255), *e = ou_int_from_i64(65);
    OuObject *t = ou_tuple_pack(5, a, b, c, d, e);
    expect(ou_str_percent(f, t), "v|   42|3.14  |0xff|A|%");
    OuObject *short_t = ou_tuple_pack(2, a, b);
    expect_error(ou_str_percent(f, short_t), &ou_exc_TypeError, "not enough arguments for format string");
    OuObject *g = ou_str_from_cstr("%y");
    expect_error(ou_str_percent(g, b), &ou_exc_ValueError, "unsupported format character 'y' (0x79) at index 1");
    OuObject *r = ou_str_percent(b, b);
    ck_assert_ptr_eq(r, ou_NotImplemented);
    OU_DECREF(r);
    OuObject *objs[] = { f, a, b, c, d, e, t, short_t, g };
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        OU_DECREF(objs[i]);
}
END_TEST

static Suite *format_suite(void)
{
    Suite *s = suite_create("format");
    TCase *tc = tcase_create("spec");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_format_int);
    tcase_add_test(tc, test_format_float);
    tcase_add_test(tc, test_format_str);
    suite_add_tcase(s, tc);
    tc = tcase_create("templates");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_str_format);
    tcase_add_test(tc, test_str_percent);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(format_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
