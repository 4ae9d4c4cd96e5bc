// lexer/lexer.re: the scanner (re2c 3.0; CMake writes lexer.c to the build
// tree). It follows CPython 3.11's tokenizer, Parser/tokenizer.c, closely
// enough that every error it reports has CPython's wording and position.
//
// The source is copied once, with `\r\n` and `\r` turned into `\n`, a UTF-8
// BOM dropped and a final `\n` added when missing, then terminated by a NUL
// sentinel that the re2c rules never step over. A NUL byte inside the source
// is an error that CPython raises when it reads the line holding it, so the
// scanning copy is cut at the start of that line: reaching the cut reports
// the NUL instead of the end of input.
//
// Start reading at ou_lexer_next: it runs at_line_start (indentation) when at
// the beginning of a line, hands out pending INDENT / DEDENT tokens, and
// otherwise calls scan, where the re2c rules are.
#include "lexer/lexer.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer/internal.h"

enum {
    MAXINDENT = 100,            // CPython's limits, with its error messages
    MAXLEVEL = 200,
    TABSIZE = 8,
    AGAIN = -2,                 // scan: a newline inside brackets, start over
};

struct OuLexer {
    char *buf;                  // what is scanned; buf[len] is the sentinel NUL
    size_t len;
    char *text;                 // what ou_lexer_line reads: buf, or the uncut
    size_t text_len;            // copy when a NUL byte shortened buf
    int nlines;                 // lines in buf: "detected at line N" at EOF
    int nul_line;               // line of the first NUL byte, 0 if none
    const char *cur;
    const char *line_start;
    int lineno;
    int atbol;                  // at the beginning of a physical line
    int pendin;                 // > 0: INDENTs to hand out, < 0: DEDENTs
    int indent;                 // top of the indentation stacks
    int indstack[MAXINDENT];    // columns with tabs to multiples of 8
    int altindstack[MAXINDENT]; // columns with tabs as 1: they must agree
    int level;                  // open brackets
    char parenstack[MAXLEVEL];
    int parenline[MAXLEVEL], parencol[MAXLEVEL];
    int failed;
    OuSyntaxErrorInfo err;
};

// ---- Setup ----

OuLexer *ou_lexer_new(const char *src, size_t len)
{
    OuLexer *lx = calloc(1, sizeof *lx);
    if (lx == NULL)
        return NULL;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
        len -= 3;
    }
    char *buf = malloc(len + 2);
    if (buf == NULL) {
        free(lx);
        return NULL;
    }
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        char c = src[i];
        if (c == '\r') {
            c = '\n';
            if (i + 1 < len && src[i + 1] == '\n')
                i++;
        }
        buf[n++] = c;
    }
    if (n > 0 && buf[n - 1] != '\n')
        buf[n++] = '\n';
    buf[n] = '\0';
    lx->buf = lx->text = buf;
    lx->len = lx->text_len = n;

    const char *nul = memchr(buf, '\0', n);
    if (nul != NULL) {
        lx->text = malloc(n + 1);
        if (lx->text == NULL) {
            free(buf);
            free(lx);
            return NULL;
        }
        memcpy(lx->text, buf, n + 1);
        const char *ls = buf;
        lx->nul_line = 1;
        for (const char *p = buf; p < nul; p++) {
            if (*p == '\n') {
                lx->nul_line++;
                ls = p + 1;
            }
        }
        lx->len = (size_t)(ls - buf);
        buf[lx->len] = '\0';
    }
    for (size_t i = 0; i < lx->len; i++)
        lx->nlines += buf[i] == '\n';
    lx->cur = lx->line_start = buf;
    lx->lineno = 1;
    lx->atbol = 1;
    return lx;
}

void ou_lexer_free(OuLexer *lx)
{
    if (lx == NULL)
        return;
    if (lx->text != lx->buf)
        free(lx->text);
    free(lx->buf);
    free(lx);
}

const OuSyntaxErrorInfo *ou_lexer_error(const OuLexer *lx)
{
    return &lx->err;
}

const char *ou_lexer_line(const OuLexer *lx, int line, size_t *len)
{
    const char *p = lx->text, *end = lx->text + lx->text_len;
    for (int i = 1; i < line && p < end; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    if (line < 1 || p >= end) {
        *len = 0;
        return NULL;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
    // CPython shows a line holding a NUL byte only up to that byte.
    const char *z = memchr(p, '\0', n);
    *len = z ? (size_t)(z - p) : n;
    return p;
}

int ou_lexer_find_bad_utf8(const char *src, size_t len, int *line, unsigned char *byte)
{
    const unsigned char *p = (const unsigned char *)src, *end = p + len;
    int ln = 1;
    while (p < end) {
        if (*p < 0x80) {
            if (*p == '\n' || (*p == '\r' && !(p + 1 < end && p[1] == '\n')))
                ln++;
            p++;
            continue;
        }
        uint32_t cp;
        const char *reason;
        int k = ou_utf8_decode(p, end, &cp, &reason);
        if (k < 0) {
            *line = ln;
            *byte = *p;
            return 1;
        }
        p += k;
    }
    return 0;
}

// ---- Errors ----

// Records an error; `col` is the caret's 0-based byte column, and a range
// that ends at or before it means a single caret.
static OuTokenKind fail(OuLexer *lx, OuSyntaxErrorKind kind, int line, int col, int end_line,
                        int end_col, const char *fmt, ...)
{
    OuSyntaxErrorInfo *e = &lx->err;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    e->kind = kind;
    e->line = line;
    e->col = col;
    if (end_line < line || (end_line == line && end_col <= col)) {
        end_line = line;
        end_col = col + 1;
    }
    e->end_line = end_line;
    e->end_col = end_col;
    lx->failed = 1;
    return OU_TOK_ERROR;
}

static int colof(const OuLexer *lx, const char *p)
{
    return (int)(p - lx->line_start);
}

// The input ran out. A NUL byte cut it short, or brackets are still open;
// otherwise returns 0 and the caller reports its own error or ENDMARKER.
static int eof_error(OuLexer *lx)
{
    if (lx->nul_line) {
        // CPython prints this one with the line but no caret.
        fail(lx, OU_SYNERR_SYNTAX, lx->nul_line, -1, lx->nul_line, -1,
             "source code cannot contain null bytes");
        lx->err.col = lx->err.end_col = -1;
        return -1;
    }
    if (lx->level > 0) {
        int i = lx->level - 1;
        fail(lx, OU_SYNERR_SYNTAX, lx->parenline[i], lx->parencol[i], 0, 0,
             "'%c' was never closed", lx->parenstack[i]);
        return -1;
    }
    return 0;
}

// A backslash at *pp; on success *pp is the start of the joined line.
static int continuation(OuLexer *lx, const char **pp)
{
    const char *bs = *pp;
    if (bs[1] != '\n') {
        fail(lx, OU_SYNERR_SYNTAX, lx->lineno, colof(lx, bs + 1), 0, 0,
             "unexpected character after line continuation character");
        return -1;
    }
    int col = colof(lx, bs + 1);
    *pp = bs + 2;
    lx->lineno++;
    lx->line_start = *pp;
    if (**pp == '\0') {
        if (eof_error(lx) == 0)
            fail(lx, OU_SYNERR_SYNTAX, lx->lineno - 1, col, 0, 0, "unexpected EOF while parsing");
        return -1;
    }
    return 0;
}

// ---- Indentation ----

static int tab_error(OuLexer *lx)
{
    fail(lx, OU_SYNERR_TAB, lx->lineno, 0, 0, 0,
         "inconsistent use of tabs and spaces in indentation");
    return -1;
}

// At the start of a physical line: skip blank and comment-only lines,
// measure the indentation and, outside brackets, queue INDENT / DEDENT.
static int at_line_start(OuLexer *lx)
{
    const char *p;
    int col, altcol, cont_col;
    for (;;) {
        p = lx->cur;
        col = altcol = cont_col = 0;
        for (;;) {
            if (*p == ' ') {
                col++;
                altcol++;
            } else if (*p == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol++;
            } else if (*p == '\f') {
                col = altcol = 0;       // a form feed resets the count
            } else if (*p == '\\') {
                // Indentation cannot span lines: the first backslash fixes it.
                cont_col = cont_col ? cont_col : col;
                if (continuation(lx, &p) < 0)
                    return -1;
                continue;
            } else {
                break;
            }
            p++;
        }
        if (*p != '#' && *p != '\n')
            break;
        while (*p != '\n')
            p++;
        lx->cur = lx->line_start = p + 1;
        lx->lineno++;
    }
    lx->cur = p;
    lx->atbol = 0;
    if (lx->level > 0)
        return 0;
    if (cont_col)
        col = altcol = cont_col;

    int top = lx->indent;
    if (col == lx->indstack[top]) {
        if (altcol != lx->altindstack[top])
            return tab_error(lx);
    } else if (col > lx->indstack[top]) {
        if (top + 1 >= MAXINDENT) {
            fail(lx, OU_SYNERR_INDENTATION, lx->lineno, 0, 0, 0,
                 "too many levels of indentation");
            return -1;
        }
        if (altcol <= lx->altindstack[top])
            return tab_error(lx);
        lx->pendin++;
        lx->indent = ++top;
        lx->indstack[top] = col;
        lx->altindstack[top] = altcol;
    } else {
        while (top > 0 && col < lx->indstack[top]) {
            lx->pendin--;
            top--;
        }
        lx->indent = top;
        if (col != lx->indstack[top]) {
            // CPython puts this caret just past the end of the line.
            const char *e = p;
            while (*e != '\n' && *e != '\0')
                e++;
            fail(lx, OU_SYNERR_INDENTATION, lx->lineno, colof(lx, e), 0, 0,
                 "unindent does not match any outer indentation level");
            return -1;
        }
        if (altcol != lx->altindstack[top])
            return tab_error(lx);
    }
    return 0;
}

// ---- Tokens ----

static OuTokenKind token(OuLexer *lx, OuToken *tok, OuTokenKind kind, const char *start,
                         const char *end, int line, int col)
{
    tok->kind = kind;
    tok->start = start;
    tok->len = (size_t)(end - start);
    tok->line = line;
    tok->col = col;
    tok->end_line = lx->lineno;
    tok->end_col = colof(lx, end);
    lx->cur = end;
    return kind;
}

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_xdigit(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static int is_id_char(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// Identifiers holding non-ASCII bytes must be UTF-8 and XID, as in CPython.
static int check_identifier(OuLexer *lx, const char *start, const char *end)
{
    const unsigned char *s = (const unsigned char *)start, *e = (const unsigned char *)end;
    char msg[sizeof lx->err.msg];
    if (ou_utf8_check(start, (size_t)(end - start), msg, sizeof msg) < 0) {
        // CPython's caret: the identifier's last byte.
        fail(lx, OU_SYNERR_SYNTAX, lx->lineno, colof(lx, end) - 1, 0, 0, "%s", msg);
        return -1;
    }
    for (const unsigned char *p = s; p < e;) {
        uint32_t cp;
        const char *reason;
        int k = ou_utf8_decode(p, e, &cp, &reason);
        int cls = ou_unicode_class(cp);
        if (!(cls & (p == s ? OU_UCLASS_START : OU_UCLASS_CONTINUE))) {
            int col = colof(lx, (const char *)p);
            if (cls & OU_UCLASS_PRINTABLE)
                fail(lx, OU_SYNERR_SYNTAX, lx->lineno, col, 0, 0, "invalid character '%.*s' (U+%04X)",
                     k, (const char *)p, (unsigned)cp);
            else
                fail(lx, OU_SYNERR_SYNTAX, lx->lineno, col, 0, 0,
                     "invalid non-printable character U+%04X", (unsigned)cp);
            return -1;
        }
        p += k;
    }
    return 0;
}

// The rest of a string literal whose opening quote is at q. Returns the end
// of the literal, or NULL with the error set.
static const char *scan_string(OuLexer *lx, const char *q, int line, int col)
{
    char quote = *q;
    const char *p = q + 1;
    int triple = 0;
    if (p[0] == quote && p[1] == quote) {
        triple = 1;
        p += 2;
    }
    for (;;) {
        char c = *p;
        if (c == '\0') {
            if (eof_error(lx) == 0)
                fail(lx, OU_SYNERR_SYNTAX, line, col, 0, 0,
                     triple ? "unterminated triple-quoted string literal (detected at line %d)"
                            : "unterminated string literal (detected at line %d)",
                     lx->nlines);
            return NULL;
        }
        if (c == '\n') {
            if (!triple) {
                fail(lx, OU_SYNERR_SYNTAX, line, col, 0, 0,
                     "unterminated string literal (detected at line %d)", lx->lineno);
                return NULL;
            }
            lx->lineno++;
            lx->line_start = p + 1;
        } else if (c == '\\') {
            p++;
            if (*p == '\0')
                continue;
            if (*p == '\n') {
                lx->lineno++;
                lx->line_start = p + 1;
            }
        } else if (c == quote) {
            if (!triple)
                return p + 1;
            if (p[1] == quote && p[2] == quote)
                return p + 3;
        }
        p++;
    }
}

// ---- Numbers ----
// Written after CPython's hand-made number scanner rather than as re2c rules,
// because the error wording and caret depend on exactly where it stops.

#define NEXTC() ((unsigned char)*p++)

static const char *number_error(OuLexer *lx, const char *p, const char *fmt, ...)
{
    char msg[sizeof lx->err.msg];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    // CPython's caret sits on the last character it consumed.
    fail(lx, OU_SYNERR_SYNTAX, lx->lineno, colof(lx, p) - 1, 0, 0, "%s", msg);
    return NULL;
}

static int followed_by(const char *p, const char *word)
{
    for (; *word; p++, word++)
        if (*p != *word)
            return 0;
    return !is_id_char((unsigned char)*p);
}

// The number ended at c (p is just past it). A letter there is an error,
// except the start of a keyword that may legally follow a number ("1if x"),
// which CPython only warns about.
static int end_of_number(OuLexer *lx, const char *p, int c, const char *kind)
{
    int kw = 0;
    switch (c) {
    case 'a': kw = followed_by(p, "nd"); break;
    case 'e': kw = followed_by(p, "lse"); break;
    case 'f': kw = followed_by(p, "or"); break;
    case 'i': kw = *p == 'f' || *p == 'n' || *p == 's'; break;
    case 'o': kw = followed_by(p, "r"); break;
    case 'n': kw = followed_by(p, "ot"); break;
    default: break;
    }
    if (!kw && is_id_char(c)) {
        number_error(lx, p - 1, "invalid %s literal", kind);
        return 0;
    }
    return 1;
}

static int decimal_tail(OuLexer *lx, const char **pp)
{
    const char *p = *pp;
    int c;
    for (;;) {
        do
            c = NEXTC();
        while (is_digit(c));
        if (c != '_')
            break;
        c = NEXTC();
        if (!is_digit(c)) {
            number_error(lx, p - 1, "invalid decimal literal");
            return -1;
        }
    }
    *pp = p;
    return c;
}

// Radix literals after "0x" / "0o" / "0b"; p is past the letter.
static const char *radix_number(OuLexer *lx, const char *p, int radix, const char *kind)
{
    int c = NEXTC();
    do {
        if (c == '_')
            c = NEXTC();
        int ok = radix == 16 ? is_xdigit(c) : (c >= '0' && c < '0' + radix);
        if (!ok) {
            if (radix != 16 && is_digit(c))
                return number_error(lx, p, "invalid digit '%c' in %s literal", c, kind);
            return number_error(lx, p - 1, "invalid %s literal", kind);
        }
        do
            c = NEXTC();
        while (radix == 16 ? is_xdigit(c) : (c >= '0' && c < '0' + radix));
    } while (c == '_');
    if (radix != 16 && is_digit(c))
        return number_error(lx, p, "invalid digit '%c' in %s literal", c, kind);
    if (!end_of_number(lx, p, c, kind))
        return NULL;
    return p - 1;
}

// A number starting at `start` (a digit, or '.' and a digit). Returns its
// end, or NULL with the error set.
static const char *scan_number(OuLexer *lx, const char *start)
{
    const char *p = start;
    int c = NEXTC();
    if (c == '.') {
        c = NEXTC();
        goto fraction;
    }
    if (c == '0') {
        c = NEXTC();
        if (c == 'x' || c == 'X')
            return radix_number(lx, p, 16, "hexadecimal");
        if (c == 'o' || c == 'O')
            return radix_number(lx, p, 8, "octal");
        if (c == 'b' || c == 'B')
            return radix_number(lx, p, 2, "binary");
        int nonzero = 0;
        for (;;) {
            if (c == '_') {
                c = NEXTC();
                if (!is_digit(c))
                    return number_error(lx, p - 1, "invalid decimal literal");
            }
            if (c != '0')
                break;
            c = NEXTC();
        }
        const char *zeros_end = p;
        if (is_digit(c)) {
            nonzero = 1;
            if ((c = decimal_tail(lx, &p)) < 0)
                return NULL;
        }
        if (c == '.') {
            c = NEXTC();
            goto fraction;
        }
        if (c == 'e' || c == 'E')
            goto exponent;
        if (c == 'j' || c == 'J')
            goto imaginary;
        if (nonzero) {
            fail(lx, OU_SYNERR_SYNTAX, lx->lineno, colof(lx, start), lx->lineno,
                 colof(lx, zeros_end) - 1,
                 "leading zeros in decimal integer literals are not permitted; "
                 "use an 0o prefix for octal integers");
            return NULL;
        }
        if (!end_of_number(lx, p, c, "decimal"))
            return NULL;
        return p - 1;
    }
    if ((c = decimal_tail(lx, &p)) < 0)
        return NULL;
    if (c == '.') {
        c = NEXTC();
    fraction:
        if (is_digit(c) && (c = decimal_tail(lx, &p)) < 0)
            return NULL;
    }
    if (c == 'e' || c == 'E') {
        int e;
    exponent:
        e = c;
        c = NEXTC();
        if (c == '+' || c == '-') {
            c = NEXTC();
            if (!is_digit(c))
                return number_error(lx, p - 1, "invalid decimal literal");
        } else if (!is_digit(c)) {
            // "1else": the number is "1", the 'e' starts the next token.
            p--;
            if (!end_of_number(lx, p, e, "decimal"))
                return NULL;
            return p - 1;
        }
        if ((c = decimal_tail(lx, &p)) < 0)
            return NULL;
    }
    if (c == 'j' || c == 'J') {
    imaginary:
        c = NEXTC();
        if (!end_of_number(lx, p, c, "imaginary"))
            return NULL;
    } else if (!end_of_number(lx, p, c, "decimal")) {
        return NULL;
    }
    return p - 1;
}

#undef NEXTC

// ---- Brackets ----

static int open_bracket(OuLexer *lx, const char *p)
{
    int col = colof(lx, p);
    if (lx->level >= MAXLEVEL) {
        fail(lx, OU_SYNERR_SYNTAX, lx->lineno, col, 0, 0, "too many nested parentheses");
        return -1;
    }
    lx->parenstack[lx->level] = *p;
    lx->parenline[lx->level] = lx->lineno;
    lx->parencol[lx->level] = col;
    lx->level++;
    return 0;
}

static int close_bracket(OuLexer *lx, const char *p)
{
    int col = colof(lx, p);
    if (lx->level == 0) {
        fail(lx, OU_SYNERR_SYNTAX, lx->lineno, col, 0, 0, "unmatched '%c'", *p);
        return -1;
    }
    lx->level--;
    char open = lx->parenstack[lx->level];
    char want = open == '(' ? ')' : open == '[' ? ']' : '}';
    if (*p != want) {
        if (lx->parenline[lx->level] != lx->lineno)
            fail(lx, OU_SYNERR_SYNTAX, lx->lineno, col, 0, 0,
                 "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                 *p, open, lx->parenline[lx->level]);
        else
            fail(lx, OU_SYNERR_SYNTAX, lx->lineno, col, 0, 0,
                 "closing parenthesis '%c' does not match opening parenthesis '%c'", *p, open);
        return -1;
    }
    return 0;
}

// ---- The scanner ----

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:define:YYCURSOR = cur;
    re2c:define:YYMARKER = mar;
    re2c:sentinel = 0;

    id_start = [a-zA-Z_\x80-\xff];
    id_char = [a-zA-Z0-9_\x80-\xff];
    prefix = 'r' | 'u' | 'b' | 'br' | 'rb' | 'f' | 'fr' | 'rf';
*/

static int scan(OuLexer *lx, OuToken *tok)
{
    const char *cur = lx->cur, *mar = cur, *start;
    int line, col;
#define TOK(kind) return token(lx, tok, OU_TOK_##kind, start, cur, line, col)
#define OPEN(kind) do { if (open_bracket(lx, start) < 0) return OU_TOK_ERROR; TOK(kind); } while (0)
#define CLOSE(kind) do { if (close_bracket(lx, start) < 0) return OU_TOK_ERROR; TOK(kind); } while (0)
    for (;;) {
        start = cur;
        line = lx->lineno;
        col = colof(lx, start);
        /*!re2c
        "\x00" {
            if (eof_error(lx) < 0)
                return OU_TOK_ERROR;
            cur = start;            // stay on the sentinel: ENDMARKER repeats
            TOK(ENDMARKER);
        }
        [ \t\f]+ { continue; }
        "#" [^\n\x00]* { continue; }
        "\\" {
            cur = start;
            if (continuation(lx, &cur) < 0)
                return OU_TOK_ERROR;
            continue;
        }
        "\n" {
            lx->atbol = 1;
            if (lx->level > 0) {
                lx->lineno++;
                lx->line_start = lx->cur = cur;
                return AGAIN;
            }
            token(lx, tok, OU_TOK_NEWLINE, start, cur, line, col);
            tok->end_line = line;
            tok->end_col = col + 1;
            lx->lineno++;
            lx->line_start = cur;
            return OU_TOK_NEWLINE;
        }
        prefix? ["'] {
            if ((cur = scan_string(lx, cur - 1, line, col)) == NULL)
                return OU_TOK_ERROR;
            TOK(STRING);
        }
        [0-9] | "." [0-9] {
            if ((cur = scan_number(lx, start)) == NULL)
                return OU_TOK_ERROR;
            TOK(NUMBER);
        }

        "False" { TOK(KW_FALSE); }
        "None" { TOK(KW_NONE); }
        "True" { TOK(KW_TRUE); }
        "and" { TOK(KW_AND); }
        "as" { TOK(KW_AS); }
        "assert" { TOK(KW_ASSERT); }
        "async" { TOK(KW_ASYNC); }
        "await" { TOK(KW_AWAIT); }
        "break" { TOK(KW_BREAK); }
        "class" { TOK(KW_CLASS); }
        "continue" { TOK(KW_CONTINUE); }
        "def" { TOK(KW_DEF); }
        "del" { TOK(KW_DEL); }
        "elif" { TOK(KW_ELIF); }
        "else" { TOK(KW_ELSE); }
        "except" { TOK(KW_EXCEPT); }
        "finally" { TOK(KW_FINALLY); }
        "for" { TOK(KW_FOR); }
        "from" { TOK(KW_FROM); }
        "global" { TOK(KW_GLOBAL); }
        "if" { TOK(KW_IF); }
        "import" { TOK(KW_IMPORT); }
        "in" { TOK(KW_IN); }
        "is" { TOK(KW_IS); }
        "lambda" { TOK(KW_LAMBDA); }
        "nonlocal" { TOK(KW_NONLOCAL); }
        "not" { TOK(KW_NOT); }
        "or" { TOK(KW_OR); }
        "pass" { TOK(KW_PASS); }
        "raise" { TOK(KW_RAISE); }
        "return" { TOK(KW_RETURN); }
        "try" { TOK(KW_TRY); }
        "while" { TOK(KW_WHILE); }
        "with" { TOK(KW_WITH); }
        "yield" { TOK(KW_YIELD); }
        [a-zA-Z_] [a-zA-Z0-9_]* { TOK(NAME); }
        id_start id_char* {
            if (check_identifier(lx, start, cur) < 0)
                return OU_TOK_ERROR;
            TOK(NAME);
        }

        "(" { OPEN(LPAR); }
        "[" { OPEN(LSQB); }
        "{" { OPEN(LBRACE); }
        ")" { CLOSE(RPAR); }
        "]" { CLOSE(RSQB); }
        "}" { CLOSE(RBRACE); }
        ":" { TOK(COLON); }
        "," { TOK(COMMA); }
        ";" { TOK(SEMI); }
        "+" { TOK(PLUS); }
        "-" { TOK(MINUS); }
        "*" { TOK(STAR); }
        "/" { TOK(SLASH); }
        "|" { TOK(VBAR); }
        "&" { TOK(AMPER); }
        "<" { TOK(LESS); }
        ">" { TOK(GREATER); }
        "=" { TOK(EQUAL); }
        "." { TOK(DOT); }
        "%" { TOK(PERCENT); }
        "==" { TOK(EQEQUAL); }
        "!=" { TOK(NOTEQUAL); }
        "<=" { TOK(LESSEQUAL); }
        ">=" { TOK(GREATEREQUAL); }
        "~" { TOK(TILDE); }
        "^" { TOK(CIRCUMFLEX); }
        "<<" { TOK(LEFTSHIFT); }
        ">>" { TOK(RIGHTSHIFT); }
        "**" { TOK(DOUBLESTAR); }
        "+=" { TOK(PLUSEQUAL); }
        "-=" { TOK(MINEQUAL); }
        "*=" { TOK(STAREQUAL); }
        "/=" { TOK(SLASHEQUAL); }
        "%=" { TOK(PERCENTEQUAL); }
        "&=" { TOK(AMPEREQUAL); }
        "|=" { TOK(VBAREQUAL); }
        "^=" { TOK(CIRCUMFLEXEQUAL); }
        "<<=" { TOK(LEFTSHIFTEQUAL); }
        ">>=" { TOK(RIGHTSHIFTEQUAL); }
        "**=" { TOK(DOUBLESTAREQUAL); }
        "//" { TOK(DOUBLESLASH); }
        "//=" { TOK(DOUBLESLASHEQUAL); }
        "@" { TOK(AT); }
        "@=" { TOK(ATEQUAL); }
        "->" { TOK(RARROW); }
        "..." { TOK(ELLIPSIS); }
        ":=" { TOK(COLONEQUAL); }
        "!" { TOK(EXCLAMATION); }

        [\x01-\x1f\x7f] {
            fail(lx, OU_SYNERR_SYNTAX, line, col, 0, 0, "invalid non-printable character U+%04X",
                 (unsigned)(unsigned char)*start);
            return OU_TOK_ERROR;
        }
        * {
            // '$', '?', '`': CPython hands them to its parser, which finds
            // no rule for them.
            fail(lx, OU_SYNERR_SYNTAX, line, col, line, col + 1, "invalid syntax");
            return OU_TOK_ERROR;
        }
        */
    }
#undef TOK
#undef OPEN
#undef CLOSE
}

OuTokenKind ou_lexer_next(OuLexer *lx, OuToken *tok)
{
    for (;;) {
        if (lx->failed) {
            tok->kind = OU_TOK_ERROR;
            tok->start = lx->cur;
            tok->len = 0;
            tok->line = tok->end_line = lx->err.line;
            tok->col = tok->end_col = lx->err.col;
            return OU_TOK_ERROR;
        }
        if (lx->atbol && at_line_start(lx) < 0)
            continue;
        if (lx->pendin > 0) {
            lx->pendin--;
            // An INDENT spans the line's leading whitespace.
            return token(lx, tok, OU_TOK_INDENT, lx->line_start, lx->cur, lx->lineno, 0);
        }
        if (lx->pendin < 0) {
            lx->pendin++;
            int col = colof(lx, lx->cur);
            return token(lx, tok, OU_TOK_DEDENT, lx->cur, lx->cur, lx->lineno, col);
        }
        int k = scan(lx, tok);
        if (k == OU_TOK_ERROR)
            continue;
        if (k != AGAIN)
            return (OuTokenKind)k;
    }
}
