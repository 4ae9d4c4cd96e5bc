// tests/unit/test_lexer.c: token streams, positions, literal decoding and
// every lexical error, checked against what python3.11 reports.
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer/lexer.h"

// ---- Helpers ----

// The kinds of all tokens of `src`, space-separated, ending at ENDMARKER or
// "ERROR".
static char *kinds(const char *src)
{
    static char out[4096];
    OuLexer *lx = ou_lexer_new(src, strlen(src));
    OuToken t;
    out[0] = '\0';
    for (int i = 0; i < 500; i++) {
        OuTokenKind k = ou_lexer_next(lx, &t);
        if (out[0])
            strcat(out, " ");
        strcat(out, ou_token_name(k));
        if (k == OU_TOK_ENDMARKER || k == OU_TOK_ERROR)
            break;
    }
    ou_lexer_free(lx);
    return out;
}

// Lexes until an error; fails the test if there is none.
static OuSyntaxErrorInfo lex_error_n(const char *src, size_t len)
{
    OuLexer *lx = ou_lexer_new(src, len);
    OuToken t;
    OuTokenKind k;
    int guard = 0;
    while ((k = ou_lexer_next(lx, &t)) != OU_TOK_ERROR && k != OU_TOK_ENDMARKER && guard++ < 1000)
        ;
    ck_assert_msg(k == OU_TOK_ERROR, "no error for %s", src);
    OuSyntaxErrorInfo e = *ou_lexer_error(lx);
    ou_lexer_free(lx);
    return e;
}

static OuSyntaxErrorInfo lex_error(const char *src)
{
    return lex_error_n(src, strlen(src));
}

#define CHECK_ERROR(src, kind_, msg_, line_, col_)                                         \
    do {                                                                                   \
        OuSyntaxErrorInfo e_ = lex_error(src);                                            \
        ck_assert_str_eq(e_.msg, msg_);                                                    \
        ck_assert_int_eq(e_.kind, kind_);                                                  \
        ck_assert_int_eq(e_.line, line_);                                                  \
        ck_assert_int_eq(e_.col, col_);                                                    \
    } while (0)

// The first token of `src` whose kind is `kind`, with its position.
static OuToken find(OuLexer *lx, OuTokenKind kind)
{
    OuToken t;
    OuTokenKind k;
    while ((k = ou_lexer_next(lx, &t)) != kind && k != OU_TOK_ENDMARKER && k != OU_TOK_ERROR)
        ;
    ck_assert_int_eq(k, kind);
    return t;
}

// Decodes the first STRING token of `src`.
static char *decode(const char *src, size_t *len, int *is_bytes, int *is_f, OuSyntaxErrorInfo *err)
{
    OuLexer *lx = ou_lexer_new(src, strlen(src));
    OuToken t = find(lx, OU_TOK_STRING);
    char *s = ou_string_literal_decode(&t, len, is_bytes, is_f, err);
    ou_lexer_free(lx);
    return s;
}

static void check_decode(const char *src, const char *want, size_t want_len, int want_bytes,
                         int want_f)
{
    size_t n;
    int b, f;
    OuSyntaxErrorInfo err;
    char *s = decode(src, &n, &b, &f, &err);
    ck_assert_msg(s != NULL, "decode failed for %s: %s", src, err.msg);
    ck_assert_uint_eq(n, want_len);
    ck_assert_msg(memcmp(s, want, n) == 0, "wrong decoding of %s", src);
    ck_assert_int_eq(s[n], '\0');
    ck_assert_int_eq(b, want_bytes);
    ck_assert_int_eq(f, want_f);
    free(s);
}

static void check_decode_error(const char *src, const char *msg, int line, int col)
{
    size_t n;
    int b, f;
    OuSyntaxErrorInfo err;
    char *s = decode(src, &n, &b, &f, &err);
    ck_assert_msg(s == NULL, "no decode error for %s", src);
    ck_assert_str_eq(err.msg, msg);
    ck_assert_int_eq(err.line, line);
    ck_assert_int_eq(err.col, col);
}

// ---- Indentation ----

START_TEST(test_lexer_indent_block)
{
    ck_assert_str_eq(kinds("if x:\n    y\nz\n"),
                     "KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE ENDMARKER");
}
END_TEST

START_TEST(test_lexer_indent_nested)
{
    ck_assert_str_eq(kinds("if a:\n  if b:\n    c\n  d\ne\n"),
                     "KW_IF NAME COLON NEWLINE INDENT KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE "
                     "DEDENT NAME NEWLINE DEDENT NAME NEWLINE ENDMARKER");
    ck_assert_str_eq(kinds("if a:\n  if b:\n    c\nd\n"),
                     "KW_IF NAME COLON NEWLINE INDENT KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE "
                     "DEDENT DEDENT NAME NEWLINE ENDMARKER");
}
END_TEST

START_TEST(test_lexer_indent_dedent_at_eof)
{
    ck_assert_str_eq(kinds("def f():\n  if x:\n    return"),
                     "KW_DEF NAME LPAR RPAR COLON NEWLINE INDENT KW_IF NAME COLON NEWLINE INDENT "
                     "KW_RETURN NEWLINE DEDENT DEDENT ENDMARKER");
    // Position of the closing DEDENTs and ENDMARKER: the line after the last.
    OuLexer *lx = ou_lexer_new("if x:\n  a\n", 10);
    OuToken t = find(lx, OU_TOK_DEDENT);
    ck_assert_int_eq(t.line, 3);
    ck_assert_int_eq(t.col, 0);
    t = find(lx, OU_TOK_ENDMARKER);
    ck_assert_int_eq(t.line, 3);
    ou_lexer_free(lx);
}
END_TEST

START_TEST(test_lexer_indent_blank_and_comment_lines)
{
    ck_assert_str_eq(kinds("if x:\n\n    # c\n  \n    y\n        # deeper comment\n\nz\n"),
                     "KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE ENDMARKER");
    ck_assert_str_eq(kinds(""), "ENDMARKER");
    ck_assert_str_eq(kinds("# only a comment"), "ENDMARKER");
    ck_assert_str_eq(kinds("\n\n   \n"), "ENDMARKER");
}
END_TEST

START_TEST(test_lexer_indent_tabs)
{
    // A tab and eight spaces are the same column, but not the same altcol.
    ck_assert_str_eq(kinds("if x:\n\ty\n\tz\n"),
                     "KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT ENDMARKER");
    ck_assert_str_eq(kinds("if x:\n\t  y\n"),
                     "KW_IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT ENDMARKER");
    // A form feed resets the column.
    ck_assert_str_eq(kinds("\f\fx = 1\n"), "NAME EQUAL NUMBER NEWLINE ENDMARKER");
}
END_TEST

START_TEST(test_lexer_indent_token_spans)
{
    OuLexer *lx = ou_lexer_new("if x:\n   y\n", 11);
    OuToken t = find(lx, OU_TOK_INDENT);
    ck_assert_int_eq(t.line, 2);
    ck_assert_int_eq(t.col, 0);
    ck_assert_int_eq(t.end_col, 3);
    ck_assert_uint_eq(t.len, 3);
    ou_lexer_free(lx);
}
END_TEST

START_TEST(test_lexer_indent_errors)
{
    CHECK_ERROR("if x:\n        a\n    b\n", OU_SYNERR_INDENTATION,
                "unindent does not match any outer indentation level", 3, 5);
    CHECK_ERROR("if 1:\n    pass\n  pass\n", OU_SYNERR_INDENTATION,
                "unindent does not match any outer indentation level", 3, 6);
    CHECK_ERROR("if x:\n        a\n\tb\n", OU_SYNERR_TAB,
                "inconsistent use of tabs and spaces in indentation", 3, 0);
    CHECK_ERROR("if x:\n\ta\n        b\n", OU_SYNERR_TAB,
                "inconsistent use of tabs and spaces in indentation", 3, 0);
    CHECK_ERROR("if x:\n    a\n\tb\n", OU_SYNERR_TAB,
                "inconsistent use of tabs and spaces in indentation", 3, 0);
    // 101 nested blocks: CPython's limit is 100 levels.
    char src[20000] = "";
    for (int i = 0; i <= 100; i++) {
        char line[200];
        snprintf(line, sizeof line, "%*sif 1:\n", i, "");
        strcat(src, line);
    }
    strcat(src, "pass\n");
    CHECK_ERROR(src, OU_SYNERR_INDENTATION, "too many levels of indentation", 101, 0);
}
END_TEST

// ---- Line joining ----

START_TEST(test_lexer_brackets_join_lines)
{
    ck_assert_str_eq(kinds("x = (1,\n  2,\n\n # c\n  3)\n"),
                     "NAME EQUAL LPAR NUMBER COMMA NUMBER COMMA NUMBER RPAR NEWLINE ENDMARKER");
    ck_assert_str_eq(kinds("if x:\n  f([1,\n2], {3:\n      4})\n"),
                     "KW_IF NAME COLON NEWLINE INDENT NAME LPAR LSQB NUMBER COMMA NUMBER RSQB COMMA "
                     "LBRACE NUMBER COLON NUMBER RBRACE RPAR NEWLINE DEDENT ENDMARKER");
    OuLexer *lx = ou_lexer_new("f(a,\n  b)\n", 10);
    OuToken t = find(lx, OU_TOK_RPAR);
    ck_assert_int_eq(t.line, 2);
    ck_assert_int_eq(t.col, 3);
    ou_lexer_free(lx);
}
END_TEST

START_TEST(test_lexer_backslash_continuation)
{
    ck_assert_str_eq(kinds("x = 1 + \\\n    2\ny\n"),
                     "NAME EQUAL NUMBER PLUS NUMBER NEWLINE NAME NEWLINE ENDMARKER");
    // The first backslash fixes the indentation of a continued line.
    ck_assert_str_eq(kinds("if 1:\n  \\\n   pass\n"),
                     "KW_IF NUMBER COLON NEWLINE INDENT KW_PASS NEWLINE DEDENT ENDMARKER");
    OuLexer *lx = ou_lexer_new("x = \\\n  y\n", 10);
    OuToken t = find(lx, OU_TOK_NAME);
    t = find(lx, OU_TOK_NAME);
    ck_assert_int_eq(t.line, 2);
    ck_assert_int_eq(t.col, 2);
    ou_lexer_free(lx);
}
END_TEST

START_TEST(test_lexer_comments)
{
    ck_assert_str_eq(kinds("x = 1  # one\n# two\ny # \xe2\x82\xac \xff\n"),
                     "NAME EQUAL NUMBER NEWLINE NAME NEWLINE ENDMARKER");
}
END_TEST

START_TEST(test_lexer_newlines_and_bom)
{
    ck_assert_str_eq(kinds("x\r\ny\rz"), "NAME NEWLINE NAME NEWLINE NAME NEWLINE ENDMARKER");
    OuLexer *lx = ou_lexer_new("\xEF\xBB\xBFx = 1\r\ny = 2", 15);
    OuToken t = find(lx, OU_TOK_NAME);
    ck_assert_int_eq(t.col, 0);
    t = find(lx, OU_TOK_NAME);
    ck_assert_int_eq(t.line, 2);
    ck_assert_int_eq(t.col, 0);
    size_t len;
    const char *s = ou_lexer_line(lx, 1, &len);
    ck_assert_uint_eq(len, 5);
    ck_assert(memcmp(s, "x = 1", 5) == 0);
    s = ou_lexer_line(lx, 2, &len);
    ck_assert_uint_eq(len, 5);
    ck_assert(memcmp(s, "y = 2", 5) == 0);
    ck_assert_ptr_null(ou_lexer_line(lx, 3, &len));
    ou_lexer_free(lx);
}
END_TEST

// ---- Names, keywords, operators ----

START_TEST(test_lexer_keywords_and_names)
{
    ck_assert_str_eq(kinds("if iff False None True and as assert async await break class"),
                     "KW_IF NAME KW_FALSE KW_NONE KW_TRUE KW_AND KW_AS KW_ASSERT KW_ASYNC KW_AWAIT "
                     "KW_BREAK KW_CLASS NEWLINE ENDMARKER");
    ck_assert_str_eq(kinds("continue def del elif else except finally for from global import"),
                     "KW_CONTINUE KW_DEF KW_DEL KW_ELIF KW_ELSE KW_EXCEPT KW_FINALLY KW_FOR KW_FROM "
                     "KW_GLOBAL KW_IMPORT NEWLINE ENDMARKER");
    ck_assert_str_eq(kinds("in is lambda nonlocal not or pass raise return try while with yield"),
                     "KW_IN KW_IS KW_LAMBDA KW_NONLOCAL KW_NOT KW_OR KW_PASS KW_RAISE KW_RETURN "
                     "KW_TRY KW_WHILE KW_WITH KW_YIELD NEWLINE ENDMARKER");
    ck_assert_str_eq(kinds("_x x1 match Ifx"), "NAME NAME NAME NAME NEWLINE ENDMARKER");
    // Non-ASCII identifiers, with byte columns.
    OuLexer *lx = ou_lexer_new("\xc3\xa9t\xc3\xa9 = \xcf\x80\n", 11);
    OuToken t = find(lx, OU_TOK_NAME);
    ck_assert_uint_eq(t.len, 5);
    ck_assert_int_eq(t.end_col, 5);
    t = find(lx, OU_TOK_NAME);
    ck_assert_int_eq(t.col, 8);
    ck_assert_uint_eq(t.len, 2);
    ou_lexer_free(lx);
    ck_assert_str_eq(kinds("a\xcc\x81 = 1"), "NAME EQUAL NUMBER NEWLINE ENDMARKER");
}
END_TEST

START_TEST(test_lexer_operators)
{
    ck_assert_str_eq(kinds("( ) [ ] { } : , ; + - * / | & < > = . % == != <= >= ~ ^ << >> **"),
                     "LPAR RPAR LSQB RSQB LBRACE RBRACE COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR "
                     "AMPER LESS GREATER EQUAL DOT PERCENT EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL "
                     "TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR NEWLINE ENDMARKER");
    ck_assert_str_eq(kinds("+= -= *= /= %= &= |= ^= <<= >>= **= // //= @ @= -> ... := !"),
                     "PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL "
                     "CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH "
                     "DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL EXCLAMATION NEWLINE "
                     "ENDMARKER");
    ck_assert_str_eq(kinds("a..b"), "NAME DOT DOT NAME NEWLINE ENDMARKER");
    ck_assert_str_eq(ou_token_name(OU_TOK_RARROW), "RARROW");
    ck_assert_str_eq(ou_token_name(OU_TOK_ERROR), "ERRORTOKEN");
}
END_TEST

// ---- Numbers ----

START_TEST(test_lexer_numbers_valid)
{
    const char *ok[] = {"0", "00", "0_0", "123", "1_000_000", "0x_fF", "0XAB", "0o17", "0O_7",
                        "0b1_0", "0B1", "1.", ".5", "1.5", "1e10", "1E+5", "1e-1_0", "1_000.5e-3",
                        "1j", "1.5J", ".5j", "1.j", "09.5", "09j", "09e1", "00.5", "1e1000j"};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        OuLexer *lx = ou_lexer_new(ok[i], strlen(ok[i]));
        OuToken t;
        ck_assert_int_eq(ou_lexer_next(lx, &t), OU_TOK_NUMBER);
        ck_assert_msg(t.len == strlen(ok[i]), "%s lexed as %.*s", ok[i], (int)t.len, t.start);
        ck_assert_int_eq(ou_lexer_next(lx, &t), OU_TOK_NEWLINE);
        ou_lexer_free(lx);
    }
    // Numbers followed by keywords split (CPython only warns).
    ck_assert_str_eq(kinds("1if 1else 0o1for"),
                     "NUMBER KW_IF NUMBER KW_ELSE NUMBER KW_FOR NEWLINE ENDMARKER");
    ck_assert_str_eq(kinds("1..5"), "NUMBER NUMBER NEWLINE ENDMARKER");
}
END_TEST

START_TEST(test_lexer_numbers_invalid)
{
    CHECK_ERROR("x = 0x\n", OU_SYNERR_SYNTAX, "invalid hexadecimal literal", 1, 5);
    CHECK_ERROR("x = 0x_\n", OU_SYNERR_SYNTAX, "invalid hexadecimal literal", 1, 6);
    CHECK_ERROR("x = 0x1g\n", OU_SYNERR_SYNTAX, "invalid hexadecimal literal", 1, 6);
    CHECK_ERROR("x = 1__0\n", OU_SYNERR_SYNTAX, "invalid decimal literal", 1, 5);
    CHECK_ERROR("x = 1_\n", OU_SYNERR_SYNTAX, "invalid decimal literal", 1, 5);
    CHECK_ERROR("x = 1abc\n", OU_SYNERR_SYNTAX, "invalid decimal literal", 1, 4);
    CHECK_ERROR("x = 1e\n", OU_SYNERR_SYNTAX, "invalid decimal literal", 1, 4);
    CHECK_ERROR("x = 1e+\n", OU_SYNERR_SYNTAX, "invalid decimal literal", 1, 6);
    CHECK_ERROR("x = 1._0\n", OU_SYNERR_SYNTAX, "invalid decimal literal", 1, 5);
    CHECK_ERROR("x = 0_\n", OU_SYNERR_SYNTAX, "invalid decimal literal", 1, 5);
    CHECK_ERROR("x = 1jx\n", OU_SYNERR_SYNTAX, "invalid imaginary literal", 1, 5);
    CHECK_ERROR("x = 0b\n", OU_SYNERR_SYNTAX, "invalid binary literal", 1, 5);
    CHECK_ERROR("x = 0b12\n", OU_SYNERR_SYNTAX, "invalid digit '2' in binary literal", 1, 7);
    CHECK_ERROR("x = 0o\n", OU_SYNERR_SYNTAX, "invalid octal literal", 1, 5);
    CHECK_ERROR("x = 0o8\n", OU_SYNERR_SYNTAX, "invalid digit '8' in octal literal", 1, 6);
    CHECK_ERROR("x = 0o1a\n", OU_SYNERR_SYNTAX, "invalid octal literal", 1, 6);
    const char *lead = "leading zeros in decimal integer literals are not permitted; "
                       "use an 0o prefix for octal integers";
    CHECK_ERROR("x = 012\n", OU_SYNERR_SYNTAX, lead, 1, 4);
    OuSyntaxErrorInfo e = lex_error("x = 0_7\n");
    ck_assert_int_eq(e.col, 4);
    ck_assert_int_eq(e.end_col, 6);
}
END_TEST

// ---- Strings ----

START_TEST(test_lexer_string_tokens)
{
    const char *ok[] = {"'a'", "\"a\"", "'''a\n'b'\n'''", "\"\"\"a\"\"\"", "r'\\\\'", "b'x'", "Br'x'",
                        "rB'x'", "f'{x}'", "Fr'x'", "rf'x'", "u'x'", "U\"x\"", "''", "''''''",
                        "'a\\\nb'", "'\\''"};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        OuLexer *lx = ou_lexer_new(ok[i], strlen(ok[i]));
        OuToken t;
        ck_assert_int_eq(ou_lexer_next(lx, &t), OU_TOK_STRING);
        ck_assert_msg(t.len == strlen(ok[i]), "%s lexed as %.*s", ok[i], (int)t.len, t.start);
        ou_lexer_free(lx);
    }
    // Adjacent literals stay separate; an unknown prefix is a NAME.
    ck_assert_str_eq(kinds("'a' \"b\" bu'c'"), "STRING STRING NAME STRING NEWLINE ENDMARKER");
    OuLexer *lx = ou_lexer_new("x = '''a\nbc''' + 1\n", 19);
    OuToken t = find(lx, OU_TOK_STRING);
    ck_assert_int_eq(t.line, 1);
    ck_assert_int_eq(t.col, 4);
    ck_assert_int_eq(t.end_line, 2);
    ck_assert_int_eq(t.end_col, 5);
    t = find(lx, OU_TOK_PLUS);
    ck_assert_int_eq(t.line, 2);
    ck_assert_int_eq(t.col, 6);
    ou_lexer_free(lx);
}
END_TEST

START_TEST(test_lexer_string_decode)
{
    check_decode("'abc'", "abc", 3, 0, 0);
    check_decode("\"a\\nb\\tc\\\\d\\'e\\\"f\"", "a\nb\tc\\d'e\"f", 11, 0, 0);
    check_decode("'\\a\\b\\f\\v\\r\\0'", "\a\b\f\v\r", 6, 0, 0);
    check_decode("'\\101\\1234\\777'", "AS4\xc7\xbf", 5, 0, 0);
    check_decode("'\\x41\\u00e9\\u20ac\\U0001F600'", "A\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", 10, 0, 0);
    check_decode("'\\q\\8'", "\\q\\8", 4, 0, 0);
    check_decode("'a\\\nb'", "ab", 2, 0, 0);
    check_decode("'\xc3\xa9\\n\xc3\xa9'", "\xc3\xa9\n\xc3\xa9", 5, 0, 0);
    check_decode("'\\\xc3\xa9'", "\\\xc3\xa9", 3, 0, 0);
    check_decode("'''a\nb'''", "a\nb", 3, 0, 0);
    check_decode("u'\\x41'", "A", 1, 0, 0);
    check_decode("r'\\n\\x41\\\\'", "\\n\\x41\\\\", 8, 0, 0);
    check_decode("b'\\x41\\101\\777\\n\\u1234'", "AA\xff\n\\u1234", 10, 1, 0);
    check_decode("rb'\\x41'", "\\x41", 4, 1, 0);
    check_decode("''", "", 0, 0, 0);
    // f-strings: braces are left for the parser; an escaped brace comes doubled.
    check_decode("f'a{{b}}\\x7b{x!r:>{w}}\\n'", "a{{b}}{{{x!r:>{w}}\n", 19, 0, 1);
    check_decode("rf'{x}\\n'", "{x}\\n", 5, 0, 1);
}
END_TEST

START_TEST(test_lexer_string_decode_errors)
{
    check_decode_error("x = '\\x4'\n",
                       "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: "
                       "truncated \\xXX escape", 1, 9);
    check_decode_error("x = '\\xg0'\n",
                       "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: "
                       "truncated \\xXX escape", 1, 10);
    check_decode_error("x = '\\u12'\n",
                       "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: "
                       "truncated \\uXXXX escape", 1, 10);
    check_decode_error("x = '\\U1234'\n",
                       "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: "
                       "truncated \\UXXXXXXXX escape", 1, 12);
    check_decode_error("x = '\\U00110000'\n",
                       "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: "
                       "illegal Unicode character", 1, 16);
    // Non-ASCII characters count ten positions, as in CPython's rewriting.
    check_decode_error("x = '\xc3\xa9\\x4'\n",
                       "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: "
                       "truncated \\xXX escape", 1, 11);
    check_decode_error("x = '\\N{foo}'\n",
                       "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: "
                       "unknown Unicode character name", 1, 13);
    check_decode_error("x = '\\N'\n",
                       "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: "
                       "malformed \\N character escape", 1, 8);
    check_decode_error("x = b'ab\\xg0'\n", "(value error) invalid \\x escape at position 2", 1, 13);
    check_decode_error("x = b'\xc3\xa9'\n", "bytes can only contain ASCII literal characters", 1, 4);
    check_decode_error("x = 'a\xff" "b'\n",
                       "(unicode error) 'utf-8' codec can't decode byte 0xff in position 1: "
                       "invalid start byte", 1, 9);
    check_decode_error("x = 'a\\n\xe2\x82'\n",
                       "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: "
                       "unexpected end of data", 1, 11);
    check_decode_error("x = '''\n\\x'''\n",
                       "(unicode error) 'unicodeescape' codec can't decode bytes in position 1-2: "
                       "truncated \\xXX escape", 2, 5);
}
END_TEST

START_TEST(test_lexer_string_unterminated)
{
    CHECK_ERROR("x = 'abc\n", OU_SYNERR_SYNTAX, "unterminated string literal (detected at line 1)",
                1, 4);
    CHECK_ERROR("x = 'abc", OU_SYNERR_SYNTAX, "unterminated string literal (detected at line 1)",
                1, 4);
    CHECK_ERROR("x = 1\ny = \"abc\ndef\"\n", OU_SYNERR_SYNTAX,
                "unterminated string literal (detected at line 2)", 2, 4);
    CHECK_ERROR("x = 'abc\\\ndef\n", OU_SYNERR_SYNTAX,
                "unterminated string literal (detected at line 2)", 1, 4);
    CHECK_ERROR("x = f'abc\n", OU_SYNERR_SYNTAX,
                "unterminated string literal (detected at line 1)", 1, 4);
    CHECK_ERROR("x = '''abc\n\ndef\n", OU_SYNERR_SYNTAX,
                "unterminated triple-quoted string literal (detected at line 3)", 1, 4);
    CHECK_ERROR("x = \"\"\"abc", OU_SYNERR_SYNTAX,
                "unterminated triple-quoted string literal (detected at line 1)", 1, 4);
}
END_TEST

// ---- Other errors ----

START_TEST(test_lexer_bracket_errors)
{
    CHECK_ERROR("x = (1,\n2\n", OU_SYNERR_SYNTAX, "'(' was never closed", 1, 4);
    CHECK_ERROR("x = (1,\n  [2,\n", OU_SYNERR_SYNTAX, "'[' was never closed", 2, 2);
    CHECK_ERROR("x = (1 + \\\n", OU_SYNERR_SYNTAX, "'(' was never closed", 1, 4);
    CHECK_ERROR("x = [1, 2)\n", OU_SYNERR_SYNTAX,
                "closing parenthesis ')' does not match opening parenthesis '['", 1, 9);
    CHECK_ERROR("x = [1,\n 2)\n", OU_SYNERR_SYNTAX,
                "closing parenthesis ')' does not match opening parenthesis '[' on line 1", 2, 2);
    CHECK_ERROR("x = 1)\n", OU_SYNERR_SYNTAX, "unmatched ')'", 1, 5);
    CHECK_ERROR("}\n", OU_SYNERR_SYNTAX, "unmatched '}'", 1, 0);
    char deep[300];
    memset(deep, '(', 201);
    deep[201] = '\0';
    CHECK_ERROR(deep, OU_SYNERR_SYNTAX, "too many nested parentheses", 1, 200);
}
END_TEST

START_TEST(test_lexer_continuation_errors)
{
    CHECK_ERROR("x = 1 + \\ 2\n", OU_SYNERR_SYNTAX,
                "unexpected character after line continuation character", 1, 9);
    CHECK_ERROR("x = 1\ny = 1 + \\ 2\n", OU_SYNERR_SYNTAX,
                "unexpected character after line continuation character", 2, 9);
    CHECK_ERROR("x = 1 + \\", OU_SYNERR_SYNTAX, "unexpected EOF while parsing", 1, 9);
    CHECK_ERROR("if x:\n  y = 1 + \\\n", OU_SYNERR_SYNTAX, "unexpected EOF while parsing", 2, 11);
}
END_TEST

START_TEST(test_lexer_character_errors)
{
    CHECK_ERROR("x = a\xe2\x82\xac" "b\n", OU_SYNERR_SYNTAX, "invalid character '\xe2\x82\xac' (U+20AC)",
                1, 5);
    CHECK_ERROR("\xe2\x82\xac = 1\n", OU_SYNERR_SYNTAX, "invalid character '\xe2\x82\xac' (U+20AC)", 1, 0);
    CHECK_ERROR("\xcc\x81" "a = 1\n", OU_SYNERR_SYNTAX, "invalid character '\xcc\x81' (U+0301)", 1, 0);
    CHECK_ERROR("x = a\xc2\xa0" "b\n", OU_SYNERR_SYNTAX, "invalid non-printable character U+00A0", 1, 5);
    CHECK_ERROR("x = 'a' \xe2\x80\x8b\n", OU_SYNERR_SYNTAX, "invalid non-printable character U+200B",
                1, 8);
    CHECK_ERROR("x = \x01\n", OU_SYNERR_SYNTAX, "invalid non-printable character U+0001", 1, 4);
    CHECK_ERROR("x = $\n", OU_SYNERR_SYNTAX, "invalid syntax", 1, 4);
    CHECK_ERROR("x = ab\xff" "c\n", OU_SYNERR_SYNTAX,
                "(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte",
                1, 7);
    CHECK_ERROR("x = \xff\n", OU_SYNERR_SYNTAX,
                "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
                1, 4);
    int line;
    unsigned char byte;
    ck_assert_int_eq(ou_lexer_find_bad_utf8("x = 1\r\ny = '\xc3\xa9'\nz = \xff\n", 21, &line, &byte), 1);
    ck_assert_int_eq(line, 3);
    ck_assert_int_eq(byte, 0xff);
    ck_assert_int_eq(ou_lexer_find_bad_utf8("\xc3\xa9", 2, &line, &byte), 0);
}
END_TEST

START_TEST(test_lexer_null_bytes)
{
    OuSyntaxErrorInfo e = lex_error_n("x = 1\ny = 2\0 + 3\n", 16);
    ck_assert_str_eq(e.msg, "source code cannot contain null bytes");
    ck_assert_int_eq(e.line, 2);
    ck_assert_int_eq(e.col, -1);
    // Reported when the line is reached, before an unclosed bracket.
    e = lex_error_n("x = (1,\n2\0\n", 11);
    ck_assert_str_eq(e.msg, "source code cannot contain null bytes");
    ck_assert_int_eq(e.line, 2);
    OuLexer *lx = ou_lexer_new("x = 1\ny = 2\0 + 3\n", 16);
    size_t len;
    const char *s = ou_lexer_line(lx, 2, &len);
    ck_assert_uint_eq(len, 5);
    ck_assert(memcmp(s, "y = 2", 5) == 0);
    ou_lexer_free(lx);
}
END_TEST

START_TEST(test_lexer_error_is_sticky)
{
    OuLexer *lx = ou_lexer_new("x = $ y\n", 8);
    OuToken t;
    ck_assert_int_eq(ou_lexer_next(lx, &t), OU_TOK_NAME);
    ck_assert_int_eq(ou_lexer_next(lx, &t), OU_TOK_EQUAL);
    ck_assert_int_eq(ou_lexer_next(lx, &t), OU_TOK_ERROR);
    ck_assert_int_eq(ou_lexer_next(lx, &t), OU_TOK_ERROR);
    ck_assert_int_eq(ou_lexer_error(lx)->end_col, 5);
    ou_lexer_free(lx);
}
END_TEST

static Suite *lexer_suite(void)
{
    Suite *s = suite_create("lexer");
    struct {
        const char *name;
        const TTest *tests[8];
    } cases[] = {
        {"indentation", {test_lexer_indent_block, test_lexer_indent_nested,
                         test_lexer_indent_dedent_at_eof, test_lexer_indent_blank_and_comment_lines,
                         test_lexer_indent_tabs, test_lexer_indent_token_spans,
                         test_lexer_indent_errors}},
        {"joining", {test_lexer_brackets_join_lines, test_lexer_backslash_continuation,
                     test_lexer_comments, test_lexer_newlines_and_bom}},
        {"names", {test_lexer_keywords_and_names, test_lexer_operators}},
        {"numbers", {test_lexer_numbers_valid, test_lexer_numbers_invalid}},
        {"strings", {test_lexer_string_tokens, test_lexer_string_decode,
                     test_lexer_string_decode_errors, test_lexer_string_unterminated}},
        {"errors", {test_lexer_bracket_errors, test_lexer_continuation_errors,
                    test_lexer_character_errors, test_lexer_null_bytes,
                    test_lexer_error_is_sticky}},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        TCase *tc = tcase_create(cases[i].name);
        for (size_t j = 0; j < 8 && cases[i].tests[j]; j++)
            tcase_add_test(tc, cases[i].tests[j]);
        suite_add_tcase(s, tc);
    }
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(lexer_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
