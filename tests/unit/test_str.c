// tests/unit/test_str.c: str construction, hashing (against python3.11's
// numbers with PYTHONHASHSEED=0), repr, indexing of non-ASCII text, the
// methods' edge cases, interning and ou_str_from_format.
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/siphash.h"
#include "runtime/slice.h"
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

static OuObject *S(const char *s)
{
    OuObject *o = ou_str_from_cstr(s);
    ck_assert_ptr_nonnull(o);
    return o;
}

// Calls a method from the table directly, so these tests do not depend on
// attribute lookup. Returns a new reference or NULL with an exception set.
static OuObject *call(OuObject *self, const char *name, ou_ssize_t nargs, ...)
{
    OuObject *args[4];
    va_list ap;
    va_start(ap, nargs);
    for (ou_ssize_t i = 0; i < nargs; i++)
        args[i] = va_arg(ap, OuObject *);
    va_end(ap);
    for (const OuMethodDef *m = ou_str_methods; m->name != NULL; m++)
        if (strcmp(m->name, name) == 0)
            return m->fn(self, args, nargs, NULL);
    ck_abort_msg("no method %s", name);
    return NULL;
}

// The repr of a result, as text, for compact assertions.
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

// The message of the pending exception (cleared), for error assertions.
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

// ---- Hashing ----

START_TEST(test_str_hash_matches_cpython)
{
    static const struct { const char *s; long long h; } cases[] = {
        {"", 0},
        {"a", 4644417185603328019LL},
        {"hello", -2096571579003691106LL},
        {"\xc3\xa9", 6047309291227476195LL},                 // é
        {"\xc3\xbf", 3476900567878811119LL},                 // ÿ
        {"\xc2\x80", 6142462278820401560LL},                 // U+0080
        {"\xe2\x82\xac", -5529981157763016009LL},            // €
        {"\xf0\x9f\x98\x80", -3536540696076613844LL},        // 😀
        {"a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", -1599444950681572996LL},
        {"\xc3\xbf\xc3\xbf\xc3\xbf\xc3\xbf\xc3\xbf\xc3\xbf\xc3\xbf" "a", -6057065577143393010LL},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        OuObject *s = S(cases[i].s);
        ck_assert_msg(ou_str_hash(s) == cases[i].h, "hash of case %zu", i);
        OU_DECREF(s);
    }
}
END_TEST

START_TEST(test_str_hash_long)
{
    char buf[3001];
    for (int i = 0; i < 1000; i++)
        buf[i] = (char)('a' + i % 10);
    OuObject *s = ou_str_from_utf8(buf, 1000);
    ck_assert(ou_str_hash(s) == -7541380125169322357LL);
    OU_DECREF(s);
    // 'é€😀x' * 250: kind 4, crosses the hashing chunk boundary many times.
    size_t n = 0;
    for (int i = 0; i < 250; i++) {
        memcpy(buf + n, "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80x", 10);
        n += 10;
    }
    s = ou_str_from_utf8(buf, (ou_ssize_t)n);
    ck_assert_int_eq(ou_str_length(s), 1000);
    ck_assert(ou_str_hash(s) == 3590579953108878290LL);
    OU_DECREF(s);
}
END_TEST

START_TEST(test_siphash_incremental)
{
    const char *text = "the quick brown fox jumps over the lazy dog";
    uint64_t whole = ou_siphash13(text, strlen(text));
    OuSipState st;
    ou_siphash13_init(&st);
    for (size_t i = 0; i < strlen(text); i += 3)
        ou_siphash13_update(&st, text + i, strlen(text) - i < 3 ? strlen(text) - i : 3);
    ck_assert(ou_siphash13_final(&st) == whole);
}
END_TEST

// ---- repr ----

START_TEST(test_str_repr)
{
    static const struct { const char *s; const char *r; } cases[] = {
        {"it's", "\"it's\""},
        {"say \"hi\"", "'say \"hi\"'"},
        {"both ' and \"", "'both \\' and \"'"},
        {"\t\n\r\\", "'\\t\\n\\r\\\\'"},
        {"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", "'\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'"},
        {"\xe2\x80\x8b\xe2\x80\xa8", "'\\u200b\\u2028'"},
        {"\xf3\xa0\x80\x81\xf4\x8f\xbf\xbf", "'\\U000e0001\\U0010ffff'"},
        {"\xc2\x85\xcd\xb8\xef\xbf\xbf", "'\\x85\\u0378\\uffff'"},
        {"", "''"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        ck_repr(S(cases[i].s), cases[i].r);
    OuObject *ctl = ou_str_from_utf8("\x00\x1f\x7f\xc2\x80\xc2\xa0\xc2\xad", 9);
    ck_repr(ctl, "'\\x00\\x1f\\x7f\\x80\\xa0\\xad'");
}
END_TEST

// ---- Length, indexing, slicing ----

START_TEST(test_str_index_non_ascii)
{
    OuObject *s = S("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z");   // 'aé€😀z'
    ck_assert_int_eq(ou_str_length(s), 5);
    ck_assert_int_eq(ou_str_size(s), 11);
    ck_assert_uint_eq(ou_str_codepoint_at(s, 3), 0x1f600);
    ck_assert_uint_eq(ou_str_codepoint_at(s, 4), 'z');
    OuObject *i = ou_int_from_i64(-3);
    ck_repr(OU_TYPE(s)->getitem(s, i), "'\xe2\x82\xac'");
    OU_DECREF(i);
    i = ou_int_from_i64(5);
    ck_assert_ptr_null(OU_TYPE(s)->getitem(s, i));
    ck_error(&ou_exc_IndexError, "string index out of range");
    OU_DECREF(i);
    OuObject *m1 = ou_int_from_i64(-1);
    OuObject *sl = ou_slice_new(NULL, NULL, m1);
    ck_repr(OU_TYPE(s)->getitem(s, sl), "'z\xf0\x9f\x98\x80\xe2\x82\xac\xc3\xa9" "a'");
    OU_DECREF(sl);
    OuObject *one = ou_int_from_i64(1), *four = ou_int_from_i64(4);
    sl = ou_slice_new(one, four, NULL);
    ck_repr(OU_TYPE(s)->getitem(s, sl), "'\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80'");
    OU_DECREF(sl);
    OU_DECREF(one);
    OU_DECREF(four);
    OU_DECREF(m1);
    ck_assert_ptr_null(OU_TYPE(s)->getitem(s, s));
    ck_error(&ou_exc_TypeError, "string indices must be integers, not 'str'");
    OU_DECREF(s);
}
END_TEST

START_TEST(test_str_contains_concat_repeat)
{
    OuObject *s = S("h\xc3\xa9llo"), *sub = S("\xc3\xa9l"), *no = S("lol");
    ck_assert_int_eq(OU_TYPE(s)->contains(s, sub), 1);
    ck_assert_int_eq(OU_TYPE(s)->contains(s, no), 0);
    OuObject *n = ou_int_from_i64(3);
    ck_assert_int_eq(OU_TYPE(s)->contains(s, n), -1);
    ck_error(&ou_exc_TypeError, "'in <string>' requires string as left operand, not int");
    ck_repr(ou_str_concat(s, no), "'h\xc3\xa9llolol'");
    ck_repr(OU_TYPE(s)->nb[OU_NB_MULTIPLY](sub, n), "'\xc3\xa9l\xc3\xa9l\xc3\xa9l'");
    ck_repr(OU_TYPE(s)->nb[OU_NB_MULTIPLY](n, no), "'lollollol'");
    ck_assert_ptr_null(OU_TYPE(s)->nb[OU_NB_ADD](s, n));
    ck_error(&ou_exc_TypeError, "can only concatenate str (not \"int\") to str");
    OuObject *r = ou_str_concat(s, no);
    ck_assert_int_eq(ou_str_length(r), 8);
    OU_DECREF(r);
    OU_DECREF(n);
    OU_DECREF(s);
    OU_DECREF(sub);
    OU_DECREF(no);
}
END_TEST

// ---- Methods ----

START_TEST(test_str_split)
{
    OuObject *s = S("  a  b\tc\n "), *comma = S(","), *csv = S("a,b,,c,"), *none = ou_None;
    OuObject *one = ou_int_from_i64(1), *empty = S("");
    ck_repr(call(s, "split", 0), "['a', 'b', 'c']");
    ck_repr(call(s, "split", 2, none, one), "['a', 'b\\tc\\n ']");
    ck_repr(call(s, "rsplit", 2, none, one), "['  a  b', 'c']");
    ck_repr(call(csv, "split", 1, comma), "['a', 'b', '', 'c', '']");
    ck_repr(call(csv, "rsplit", 2, comma, one), "['a,b,,c', '']");
    ck_repr(call(empty, "split", 0), "[]");
    ck_repr(call(empty, "split", 1, comma), "['']");
    ck_assert_ptr_null(call(s, "split", 1, empty));
    ck_error(&ou_exc_ValueError, "empty separator");
    OuObject *lines = S("a\r\nb\x1c\xc2\x85" "c\n");
    ck_repr(call(lines, "splitlines", 0), "['a', 'b', '', 'c']");
    ck_repr(call(lines, "splitlines", 1, ou_True), "['a\\r\\n', 'b\\x1c', '\\x85', 'c\\n']");
    OU_DECREF(lines);
    OU_DECREF(s);
    OU_DECREF(comma);
    OU_DECREF(csv);
    OU_DECREF(one);
    OU_DECREF(empty);
}
END_TEST

START_TEST(test_str_strip_replace)
{
    OuObject *s = S(" \xe2\x80\x83x y\t"), *chars = S("xa\xc3\xa9"), *t = S("\xc3\xa9" "axbx\xc3\xa9");
    ck_repr(call(s, "strip", 0), "'x y'");
    ck_repr(call(s, "lstrip", 0), "'x y\\t'");
    ck_repr(call(t, "strip", 1, chars), "'b'");
    ck_repr(call(t, "rstrip", 1, chars), "'\xc3\xa9" "axb'");
    OuObject *n1 = ou_int_from_i64(1);
    ck_assert_ptr_null(call(t, "strip", 1, n1));
    ck_error(&ou_exc_TypeError, "strip arg must be None or str");
    OuObject *abc = S("abc"), *e = S(""), *dash = S("-"), *x = S("x"), *two = ou_int_from_i64(2);
    ck_repr(call(abc, "replace", 2, e, dash), "'-a-b-c-'");
    ck_repr(call(abc, "replace", 3, e, dash, two), "'-a-bc'");
    ck_repr(call(t, "replace", 2, x, e), "'\xc3\xa9" "ab\xc3\xa9'");
    ck_repr(call(t, "replace", 3, x, dash, n1), "'\xc3\xa9" "a-bx\xc3\xa9'");
    ck_assert_ptr_null(call(abc, "replace", 2, n1, dash));
    ck_error(&ou_exc_TypeError, "replace() argument 1 must be str, not int");
    ck_repr(call(t, "find", 1, x), "2");
    ck_repr(call(t, "rfind", 1, x), "4");
    ck_repr(call(t, "count", 1, x), "2");
    ck_repr(call(t, "count", 1, e), "7");
    ck_assert_ptr_null(call(t, "index", 1, dash));
    ck_error(&ou_exc_ValueError, "substring not found");
    ck_repr(call(abc, "center", 2, two, dash), "'abc'");
    OuObject *six = ou_int_from_i64(6);
    ck_repr(call(abc, "center", 2, six, dash), "'-abc--'");
    ck_repr(call(t, "upper", 0), "'\xc3\x89" "AXBX\xc3\x89'");
    OU_DECREF(six);
    OU_DECREF(s);
    OU_DECREF(chars);
    OU_DECREF(t);
    OU_DECREF(n1);
    OU_DECREF(abc);
    OU_DECREF(e);
    OU_DECREF(dash);
    OU_DECREF(x);
    OU_DECREF(two);
}
END_TEST

START_TEST(test_str_join)
{
    OuObject *sep = S(", "), *a = S("a"), *b = S("\xc3\xa9"), *n = ou_int_from_i64(7);
    OuObject *l = ou_list_new(0);
    ou_list_append(l, a);
    ou_list_append(l, b);
    ck_repr(ou_str_join(sep, l), "'a, \xc3\xa9'");
    ou_list_append(l, n);
    ck_assert_ptr_null(ou_str_join(sep, l));
    ck_error(&ou_exc_TypeError, "sequence item 2: expected str instance, int found");
    OU_DECREF(l);
    OU_DECREF(sep);
    OU_DECREF(a);
    OU_DECREF(b);
    OU_DECREF(n);
}
END_TEST

START_TEST(test_str_decode_utf8)
{
    static const struct { const char *b; ou_ssize_t n; const char *msg; } cases[] = {
        {"\xff", 1, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
        {"a\xe2\x82", 3, "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data"},
        {"\xe2", 1, "'utf-8' codec can't decode byte 0xe2 in position 0: unexpected end of data"},
        {"\xe2(\xa1", 3, "'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte"},
        {"\xed\xa0\x80", 3, "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"},
        {"\xf0\x9f\x98", 3, "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        ck_assert_ptr_null(ou_str_decode_utf8(cases[i].b, cases[i].n));
        ck_error(&ou_exc_UnicodeDecodeError, cases[i].msg);
    }
    ck_repr(ou_str_decode_utf8("\xf0\x9f\x98\x80!", 5), "'\xf0\x9f\x98\x80!'");
}
END_TEST

// ---- Interning and caches ----

START_TEST(test_str_interning)
{
    OuObject *a = ou_str_intern_cstr("some_identifier");
    OuObject *b = ou_str_from_cstr("some_identifier");
    ck_assert_ptr_ne(a, b);
    ou_str_intern_inplace(&b);
    ck_assert_ptr_eq(a, b);
    OuObject *c = ou_str_intern_cstr("some_identifier");
    ck_assert_ptr_eq(a, c);
    OU_DECREF(a);
    OU_DECREF(b);
    OU_DECREF(c);
    OuObject *x = ou_str_from_cstr("x"), *y = ou_str_from_codepoint('x');
    ck_assert_ptr_eq(x, y);
    OU_DECREF(x);
    OU_DECREF(y);
}
END_TEST

// ---- Formatting ----

START_TEST(test_str_format)
{
    OuObject *s = S("it's"), *n = ou_int_from_i64(42);
    OuObject *r = ou_str_from_format("%d|%s|%R|%S|%T|%U|%zd|%.3s|%c|%%|%5d|%-4s|%x", -7, "txt", s, n, n, s,
                                     (ou_ssize_t)123, "abcdef", 0xe9, 12, "ab", 255u);
    ck_assert_ptr_nonnull(r);
    ck_assert_str_eq(ou_str_utf8(r), "-7|txt|\"it's\"|42|int|it's|123|abc|\xc3\xa9|%|   12|ab  |ff");
    OU_DECREF(r);
    OU_DECREF(s);
    OU_DECREF(n);
}
END_TEST

static Suite *str_suite(void)
{
    Suite *s = suite_create("str");
    TCase *tc = tcase_create("hash");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_str_hash_matches_cpython);
    tcase_add_test(tc, test_str_hash_long);
    tcase_add_test(tc, test_siphash_incremental);
    suite_add_tcase(s, tc);
    tc = tcase_create("repr");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_str_repr);
    suite_add_tcase(s, tc);
    tc = tcase_create("sequence");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_str_index_non_ascii);
    tcase_add_test(tc, test_str_contains_concat_repeat);
    tcase_add_test(tc, test_str_decode_utf8);
    suite_add_tcase(s, tc);
    tc = tcase_create("methods");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_str_split);
    tcase_add_test(tc, test_str_strip_replace);
    tcase_add_test(tc, test_str_join);
    suite_add_tcase(s, tc);
    tc = tcase_create("intern");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_str_interning);
    tcase_add_test(tc, test_str_format);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(str_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
