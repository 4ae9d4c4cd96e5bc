// lexer/literal.c: UTF-8 checking and the decoding of string literals.
//
// Error messages reproduce CPython 3.11's, including its positions, which
// are not always byte offsets into the literal: when a str literal holds a
// backslash, CPython first rewrites every non-ASCII character as a ten-byte
// `\UXXXXXXXX` escape (and a backslash standing before one as the six bytes
// `\u005c`), then runs the unicode-escape codec, so its "position" numbers
// count in that rewritten text. `vpos` below tracks the same count.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lexer/internal.h"

// ---- UTF-8 ----

int ou_utf8_decode(const unsigned char *s, const unsigned char *end, uint32_t *cp,
                   const char **reason)
{
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int need;
    uint32_t v;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 2;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        v = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        v = c & 0x07;
    } else {
        *reason = "invalid start byte";
        return -1;
    }
    for (int i = 1; i < need; i++) {
        if (s + i >= end) {
            *reason = "unexpected end of data";
            return -i;
        }
        unsigned b = s[i];
        // The second byte's range is narrowed to refuse overlong forms,
        // surrogates and code points past U+10FFFF.
        unsigned lo = 0x80, hi = 0xBF;
        if (i == 1) {
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
            else if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        }
        if (b < lo || b > hi) {
            *reason = "invalid continuation byte";
            return -i;
        }
        v = (v << 6) | (b & 0x3F);
    }
    *cp = v;
    return need;
}

int ou_utf8_check(const char *s, size_t n, char *msg, size_t size)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end) {
        if (*p < 0x80) {
            p++;
            continue;
        }
        uint32_t cp;
        const char *reason;
        int k = ou_utf8_decode(p, end, &cp, &reason);
        if (k > 0) {
            p += k;
            continue;
        }
        size_t pos = (size_t)(p - (const unsigned char *)s);
        if (k == -1)
            snprintf(msg, size,
                     "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                     *p, pos, reason);
        else
            snprintf(msg, size,
                     "(unicode error) 'utf-8' codec can't decode bytes in position %zu-%zu: %s",
                     pos, pos + (size_t)(-k) - 1, reason);
        return -1;
    }
    return 0;
}

int ou_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

// ---- Literals ----

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Where CPython puts the caret for an error inside a literal: one past its
// closing quote.
static void literal_error(const OuToken *tok, OuSyntaxErrorInfo *err)
{
    err->kind = OU_SYNERR_SYNTAX;
    err->line = tok->end_line;
    err->col = tok->end_col;
    err->end_line = tok->end_line;
    err->end_col = tok->end_col + 1;
}

static void escape_error(const OuToken *tok, OuSyntaxErrorInfo *err, size_t from, size_t to,
                         const char *what)
{
    literal_error(tok, err);
    snprintf(err->msg, sizeof err->msg,
             "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
             from, to, what);
}

// Width of the next source character in CPython's rewritten text.
static size_t vwidth(const unsigned char *p, const unsigned char *end, size_t *nbytes)
{
    if (*p < 0x80) {
        *nbytes = 1;
        return 1;
    }
    uint32_t cp;
    const char *reason;
    int k = ou_utf8_decode(p, end, &cp, &reason);
    *nbytes = k > 0 ? (size_t)k : 1;
    return 10;
}

// Decode a bytes literal's body (ASCII already checked) into `out`.
static char *decode_bytes(const OuToken *tok, const char *s, size_t n, char *out,
                          size_t *out_len, OuSyntaxErrorInfo *err)
{
    char *o = out;
    size_t i = 0;
    while (i < n) {
        char c = s[i];
        if (c != '\\' || i + 1 >= n) {
            *o++ = c;
            i++;
            continue;
        }
        size_t esc = i;
        c = s[i + 1];
        i += 2;
        switch (c) {
        case '\n': break;
        case '\\': *o++ = '\\'; break;
        case '\'': *o++ = '\''; break;
        case '"': *o++ = '"'; break;
        case 'a': *o++ = '\a'; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'v': *o++ = '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(c - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++)
                v = v * 8 + (unsigned)(s[i++] - '0');
            *o++ = (char)(v & 0xFF);
            break;
        }
        case 'x': {
            int h1 = i < n ? hexval((unsigned char)s[i]) : -1;
            int h2 = i + 1 < n ? hexval((unsigned char)s[i + 1]) : -1;
            if (h1 < 0 || h2 < 0) {
                literal_error(tok, err);
                snprintf(err->msg, sizeof err->msg,
                         "(value error) invalid \\x escape at position %zu", esc);
                free(out);
                return NULL;
            }
            *o++ = (char)(h1 * 16 + h2);
            i += 2;
            break;
        }
        default:
            // Unknown escapes (\u, \N, \q ... in bytes) keep their backslash.
            *o++ = '\\';
            i--;
            break;
        }
    }
    *o = '\0';
    *out_len = (size_t)(o - out);
    return out;
}

// Decode a str literal's escapes. In an f-string an escape that yields a brace
// is written doubled, so the parser reads it as literal text, not a field.
static char *decode_str(const OuToken *tok, const char *src, size_t n, int fstring, char *out,
                        size_t *out_len, OuSyntaxErrorInfo *err)
{
    const unsigned char *s = (const unsigned char *)src, *end = s + n;
    char *o = out;
    size_t i = 0, vpos = 0;
    while (i < n) {
        unsigned c = s[i];
        if (c >= 0x80) {
            // A run of non-ASCII bytes is checked on its own, as CPython does.
            size_t j = i;
            while (j < n && s[j] >= 0x80)
                j++;
            if (ou_utf8_check(src + i, j - i, err->msg, sizeof err->msg) < 0) {
                literal_error(tok, err);
                free(out);
                return NULL;
            }
            while (i < j) {
                size_t nb;
                vpos += vwidth(s + i, end, &nb);
                memcpy(o, s + i, nb);
                o += nb;
                i += nb;
            }
            continue;
        }
        if (c != '\\') {
            *o++ = (char)c;
            i++;
            vpos++;
            continue;
        }
        size_t vstart = vpos;
        if (i + 1 >= n || s[i + 1] >= 0x80) {
            // Backslash before a non-ASCII character: kept, counted as `\u005c`.
            *o++ = '\\';
            i++;
            vpos += 6;
            continue;
        }
        c = s[i + 1];
        i += 2;
        vpos += 2;
        uint32_t cp = 0;
        int ndig = 0;
        const char *trunc = NULL;
        switch (c) {
        case '\n': continue;
        case '\\': cp = '\\'; break;
        case '\'': cp = '\''; break;
        case '"': cp = '"'; break;
        case 'a': cp = '\a'; break;
        case 'b': cp = '\b'; break;
        case 'f': cp = '\f'; break;
        case 'n': cp = '\n'; break;
        case 'r': cp = '\r'; break;
        case 't': cp = '\t'; break;
        case 'v': cp = '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            cp = c - '0';
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++, vpos++)
                cp = cp * 8 + (s[i++] - '0');
            break;
        case 'x': ndig = 2; trunc = "truncated \\xXX escape"; break;
        case 'u': ndig = 4; trunc = "truncated \\uXXXX escape"; break;
        case 'U': ndig = 8; trunc = "truncated \\UXXXXXXXX escape"; break;
        case 'N': {
            // Named escapes need the Unicode name database, which ouro does
            // not carry: every name is reported as unknown.
            if (i >= n || s[i] != '{') {
                escape_error(tok, err, vstart, vstart + 1, "malformed \\N character escape");
                free(out);
                return NULL;
            }
            size_t j = i + 1, vend = vpos + 1;
            while (j < n && s[j] != '}') {
                size_t nb;
                vend += vwidth(s + j, end, &nb);
                j += nb;
            }
            if (j >= n)
                escape_error(tok, err, vstart, vend - 1, "malformed \\N character escape");
            else if (j == i + 1)
                escape_error(tok, err, vstart, vstart + 2, "malformed \\N character escape");
            else
                escape_error(tok, err, vstart, vend, "unknown Unicode character name");
            free(out);
            return NULL;
        }
        default:
            // Unknown escape: the backslash stays and the character is read
            // again as ordinary text.
            *o++ = '\\';
            i--;
            vpos--;
            continue;
        }
        if (ndig) {
            int k;
            for (k = 0; k < ndig && i < n; k++) {
                int h = hexval(s[i]);
                if (h < 0)
                    break;
                cp = cp * 16 + (uint32_t)h;
                i++;
                vpos++;
            }
            if (k < ndig) {
                escape_error(tok, err, vstart, vpos - 1, trunc);
                free(out);
                return NULL;
            }
            if (cp > 0x10FFFF) {
                escape_error(tok, err, vstart, vpos - 1, "illegal Unicode character");
                free(out);
                return NULL;
            }
        }
        if (fstring && (cp == '{' || cp == '}'))
            *o++ = (char)cp;
        o += ou_utf8_encode(cp, o);
    }
    *o = '\0';
    *out_len = (size_t)(o - out);
    return out;
}

char *ou_string_literal_decode(const OuToken *tok, size_t *out_len, int *is_bytes,
                               int *is_fstring, OuSyntaxErrorInfo *err)
{
    const char *s = tok->start;
    size_t n = tok->len, p = 0;
    int raw = 0, bytes = 0, fstr = 0;
    for (; p < n && s[p] != '\'' && s[p] != '"'; p++) {
        switch (s[p]) {
        case 'r': case 'R': raw = 1; break;
        case 'b': case 'B': bytes = 1; break;
        case 'f': case 'F': fstr = 1; break;
        default: break;                     // u / U changes nothing
        }
    }
    *is_bytes = bytes;
    *is_fstring = fstr;
    char q = p < n ? s[p] : '\'';
    size_t qlen = (n - p >= 6 && s[p + 1] == q && s[p + 2] == q) ? 3 : 1;
    const char *body = s + p + qlen;
    size_t blen = n >= p + 2 * qlen ? n - p - 2 * qlen : 0;

    // Escapes never lengthen the text: the longest output per input byte is
    // an f-string's doubled brace from the four-byte `\x7b`.
    char *out = malloc(blen + 1);
    if (out == NULL) {
        err->kind = OU_SYNERR_SYNTAX;
        snprintf(err->msg, sizeof err->msg, "out of memory");
        err->line = tok->line;
        err->col = tok->col;
        err->end_line = tok->line;
        err->end_col = tok->col + 1;
        return NULL;
    }
    if (bytes) {
        for (size_t i = 0; i < blen; i++) {
            if ((unsigned char)body[i] >= 0x80) {
                err->kind = OU_SYNERR_SYNTAX;
                snprintf(err->msg, sizeof err->msg,
                         "bytes can only contain ASCII literal characters");
                err->line = tok->line;
                err->col = tok->col;
                err->end_line = tok->end_line;
                err->end_col = tok->end_col;
                free(out);
                return NULL;
            }
        }
        if (!raw)
            return decode_bytes(tok, body, blen, out, out_len, err);
    } else if (raw || memchr(body, '\\', blen) == NULL) {
        if (ou_utf8_check(body, blen, err->msg, sizeof err->msg) < 0) {
            literal_error(tok, err);
            free(out);
            return NULL;
        }
    } else {
        return decode_str(tok, body, blen, fstr, out, out_len, err);
    }
    memcpy(out, body, blen);
    out[blen] = '\0';
    *out_len = blen;
    return out;
}
