// tests/unit/test_bytes.c: bytes construction and layout, hashing (against
// python3.11's numbers with PYTHONHASHSEED=0), repr, the sequence protocol,
// the codecs' results and messages, and int.to_bytes / int.from_bytes,
// all through the C API.
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/bytes.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/slice.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

static void setup(void)
{
    if (ou_runtime_init(0, NULL) < 0)
        abort();
    // Startup may not ready these yet; readying twice is harmless.
    if (ou_type_ready(&ou_bytes_type) < 0 || ou_type_ready(&ou_bytes_iter_type) < 0)
        abort();
}

static void teardown(void)
{
    ou_runtime_finalize();
}

static OuObject *B(const char *p, ou_ssize_t n)
{
    OuObject *o = ou_bytes_from_data(p, n);
    ck_assert_ptr_nonnull(o);
    return o;
}

// The repr of a result, as text; releases the result.
static char *repr_of(OuObject *o)
{
    ck_assert_ptr_nonnull(o);
    OuObject *r = ou_object_repr(o);
    ck_assert_ptr_nonnull(r);
    char *copy = strdup(ou_str_utf8(r));
    OU_DECREF(r);
    OU_DECREF(o);
    return copy;
}

#define ck_repr(expr, expected) do { \
        char *got_ = repr_of(expr); \
        ck_assert_str_eq(got_, expected); \
        free(got_); \
    } while (0)

// The message of the pending exception (cleared).
static void ck_error(OuType *type, const char *msg)
{
    ck_assert_ptr_nonnull(ou_err_occurred());
    ck_assert(ou_err_matches(type));
    OuObject *exc = ou_err_fetch();
    OuObject *s = ou_object_str(exc);
    ck_assert_ptr_nonnull(s);
    ck_assert_str_eq(ou_str_utf8(s), msg);
    OU_DECREF(s);
    OU_DECREF(exc);
}

// Calls method `name` of `self` with positional arguments. New ref or NULL.
static OuObject *call(OuObject *self, const char *name, ou_ssize_t nargs, OuObject **args)
{
    OuObject *m = ou_object_getattr_str(self, name);
    ck_assert_ptr_nonnull(m);
    OuObject *r = ou_call(m, args, nargs, NULL);
    OU_DECREF(m);
    return r;
}

// ---- Layout ----

START_TEST(test_bytes_layout)
{
    ck_assert_int_eq(offsetof(OuBytes, data), 32);
    OuObject *b = B("abc", 3);
    ck_assert_int_eq(ou_bytes_size(b), 3);
    ck_assert_int_eq(memcmp(ou_bytes_data(b), "abc", 4), 0);      // NUL included
    ck_assert(ou_bytes_check(b) && ou_bytes_check_exact(b));
    OuObject *sz = call(b, "__sizeof__", 0, NULL);
    ck_assert_ptr_nonnull(sz);
    ck_assert_int_eq(ou_int_small_value(sz), 36);
    OU_DECREF(sz);
    OU_DECREF(b);
    OuObject *e = ou_bytes_alloc(0);
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq(ou_bytes_data(e)[0], 0);
    OU_DECREF(e);
}
END_TEST

START_TEST(test_bytes_hash_matches_cpython)
{
    OuObject *b = B("", 0);
    ck_assert(ou_bytes_hash(b) == 0);
    OU_DECREF(b);
    b = B("a", 1);
    ck_assert(ou_bytes_hash(b) == 4644417185603328019LL);
    OU_DECREF(b);
    b = B("abc", 3);
    ck_assert(ou_bytes_hash(b) == -4594863902769663758LL);
    ck_assert(ou_object_hash(b) == -4594863902769663758LL);     // cached path
    OU_DECREF(b);
    char all[256];
    for (int i = 0; i < 256; i++)
        all[i] = (char)i;
    b = B(all, 256);
    ck_assert(ou_bytes_hash(b) == 3579909164457460488LL);
    OU_DECREF(b);
}
END_TEST

START_TEST(test_bytes_repr)
{
    ck_repr(B("", 0), "b''");
    ck_repr(B("it's", 4), "b\"it's\"");
    ck_repr(B("'\"", 2), "b'\\'\"'");
    ck_repr(B("\x00\t\n\r\\\x7f\x80\xff", 8), "b'\\x00\\t\\n\\r\\\\\\x7f\\x80\\xff'");
}
END_TEST

// ---- Sequence protocol ----

START_TEST(test_bytes_sequence)
{
    OuObject *b = B("abcdef", 6);
    OuObject *i = ou_int_from_i64(-1);
    OuObject *r = ou_object_getitem(b, i);
    ck_assert_int_eq(ou_int_small_value(r), 'f');
    OU_DECREF(r);
    OU_DECREF(i);
    OuObject *start = ou_int_from_i64(4), *step = ou_int_from_i64(-2);
    OuObject *sl = ou_slice_new(start, NULL, step);
    ck_repr(ou_object_getitem(b, sl), "b'eca'");
    OU_DECREF(sl);
    OU_DECREF(start);
    OU_DECREF(step);
    i = ou_int_from_i64(6);
    ck_assert_ptr_null(ou_object_getitem(b, i));
    ck_error(&ou_exc_IndexError, "index out of range");
    OU_DECREF(i);
    OuObject *needle = B("cd", 2);
    ck_assert_int_eq(ou_object_contains(b, needle), 1);
    OU_DECREF(needle);
    i = ou_int_from_i64(256);
    ck_assert_int_eq(ou_object_contains(b, i), -1);
    ck_error(&ou_exc_ValueError, "byte must be in range(0, 256)");
    OU_DECREF(i);
    OuObject *it = ou_object_iter(b);
    ck_assert_ptr_nonnull(it);
    long sum = 0;
    OuObject *x;
    while ((x = ou_iter_next(it)) != NULL) {
        sum += ou_int_small_value(x);
        OU_DECREF(x);
    }
    ck_assert_int_eq(sum, 'a' + 'b' + 'c' + 'd' + 'e' + 'f');
    OU_DECREF(it);
    OuObject *two = B("ab", 2);
    OuObject *cat = ou_bytes_concat(two, b);
    ck_repr(cat, "b'ababcdef'");
    OU_DECREF(two);
    OU_DECREF(b);
}
END_TEST

START_TEST(test_bytes_methods)
{
    OuObject *b = B(" a,b ,c ", 8);
    OuObject *comma = B(",", 1);
    OuObject *args[2] = {comma, NULL};
    ck_repr(call(b, "split", 1, args), "[b' a', b'b ', b'c ']");
    ck_repr(call(b, "strip", 0, NULL), "b'a,b ,c'");
    ck_repr(call(b, "upper", 0, NULL), "b' A,B ,C '");
    OuObject *sep = ou_str_from_cstr(":");
    args[0] = sep;
    ck_repr(call(comma, "hex", 1, args), "'2c'");
    OU_DECREF(sep);
    OuObject *hex = ou_str_from_cstr("de ad");
    args[0] = hex;
    ck_repr(call((OuObject *)&ou_bytes_type, "fromhex", 1, args), "b'\\xde\\xad'");
    OU_DECREF(hex);
    hex = ou_str_from_cstr("0g");
    args[0] = hex;
    ck_assert_ptr_null(call((OuObject *)&ou_bytes_type, "fromhex", 1, args));
    ck_error(&ou_exc_ValueError, "non-hexadecimal number found in fromhex() arg at position 1");
    OU_DECREF(hex);
    OU_DECREF(comma);
    OU_DECREF(b);
}
END_TEST

// ---- Codecs ----

START_TEST(test_bytes_decode)
{
    OuObject *s = ou_bytes_decode("h\xc3\xa9", 3, NULL, NULL);
    ck_assert_ptr_nonnull(s);
    ck_assert_int_eq(ou_str_length(s), 2);
    OU_DECREF(s);
    ck_assert_ptr_null(ou_bytes_decode("\xff", 1, "utf-8", "strict"));
    ck_error(&ou_exc_UnicodeDecodeError, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    ck_assert_ptr_null(ou_bytes_decode("a\xe2\x82", 3, "UTF8", NULL));
    ck_error(&ou_exc_UnicodeDecodeError,
             "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data");
    ck_assert_ptr_null(ou_bytes_decode("a\x80", 2, "ascii", NULL));
    ck_error(&ou_exc_UnicodeDecodeError,
             "'ascii' codec can't decode byte 0x80 in position 1: ordinal not in range(128)");
    ck_repr(ou_bytes_decode("\xe2\x82" "A\xff", 4, NULL, "replace"), "'\xef\xbf\xbd" "A\xef\xbf\xbd'");
    ck_repr(ou_bytes_decode("\xe9", 1, "latin-1", NULL), "'\xc3\xa9'");
    ck_assert_ptr_null(ou_bytes_decode("x", 1, "klingon", NULL));
    ck_error(&ou_exc_LookupError, "unknown encoding: klingon");
    ck_assert_ptr_null(ou_bytes_decode("\xff", 1, NULL, "nope"));
    ck_error(&ou_exc_LookupError, "unknown error handler name 'nope'");
}
END_TEST

START_TEST(test_str_encode)
{
    OuObject *s = ou_str_from_cstr("a\xc3\xa9\xe2\x82\xac");     // aé€
    ck_repr(ou_str_encode(s, NULL, NULL), "b'a\\xc3\\xa9\\xe2\\x82\\xac'");
    ck_repr(ou_str_encode(s, "latin-1", "replace"), "b'a\\xe9?'");
    ck_repr(ou_str_encode(s, "ascii", "backslashreplace"), "b'a\\\\xe9\\\\u20ac'");
    ck_assert_ptr_null(ou_str_encode(s, "ascii", NULL));
    ck_error(&ou_exc_UnicodeEncodeError,
             "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)");
    ck_assert_ptr_null(ou_str_encode(s, "latin-1", NULL));
    ck_error(&ou_exc_UnicodeEncodeError,
             "'latin-1' codec can't encode character '\\u20ac' in position 2: ordinal not in range(256)");
    OU_DECREF(s);
}
END_TEST

// ---- int.to_bytes / int.from_bytes ----

START_TEST(test_int_bytes_roundtrip)
{
    mpz_t z;
    mpz_init_set_ui(z, 1);
    mpz_mul_2exp(z, z, 100);
    mpz_add_ui(z, z, 7);
    OuObject *big = ou_int_from_mpz(z);
    mpz_clear(z);
    OuObject *len = ou_int_from_i64(13), *little = ou_str_from_cstr("little");
    OuObject *args[2] = {len, little};
    OuObject *b = ou_int_to_bytes_method(big, args, 2, NULL);
    ck_assert_ptr_nonnull(b);
    ck_assert_int_eq(ou_bytes_size(b), 13);
    ck_assert_int_eq(memcmp(ou_bytes_data(b), "\x07\0\0\0\0\0\0\0\0\0\0\0\x10", 13), 0);
    args[0] = b;
    OuObject *back = ou_int_from_bytes_method((OuObject *)&ou_int_type, args, 2, NULL);
    ck_assert_ptr_nonnull(back);
    ck_assert_int_eq(ou_int_compare(back, big), 0);
    OU_DECREF(back);
    OU_DECREF(b);
    OU_DECREF(len);
    len = ou_int_from_i64(12);
    args[0] = len;
    ck_assert_ptr_null(ou_int_to_bytes_method(big, args, 2, NULL));
    ck_error(&ou_exc_OverflowError, "int too big to convert");
    OU_DECREF(len);
    OU_DECREF(little);
    OU_DECREF(big);

    // Signed, with a keyword: int.from_bytes(b'\xff' * 9, 'big', signed=True) == -1.
    OuObject *ff = B("\xff\xff\xff\xff\xff\xff\xff\xff\xff", 9);
    OuObject *order = ou_str_from_cstr("big");
    OuObject *kw = ou_str_from_cstr("signed");
    OuObject *kwnames = ou_tuple_pack(1, kw);
    OuObject *kargs[3] = {ff, order, ou_True};
    OuObject *r = ou_int_from_bytes_method((OuObject *)&ou_int_type, kargs, 2, kwnames);
    ck_assert_ptr_nonnull(r);
    ck_assert_int_eq(ou_int_small_value(r), -1);
    OU_DECREF(r);
    OU_DECREF(kwnames);
    OU_DECREF(kw);
    OU_DECREF(order);
    OU_DECREF(ff);
}
END_TEST

static Suite *bytes_suite(void)
{
    Suite *s = suite_create("bytes");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_bytes_layout);
    tcase_add_test(tc, test_bytes_hash_matches_cpython);
    tcase_add_test(tc, test_bytes_repr);
    tcase_add_test(tc, test_bytes_sequence);
    tcase_add_test(tc, test_bytes_methods);
    suite_add_tcase(s, tc);
    tc = tcase_create("codecs");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_bytes_decode);
    tcase_add_test(tc, test_str_encode);
    suite_add_tcase(s, tc);
    tc = tcase_create("int");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_int_bytes_roundtrip);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(bytes_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
