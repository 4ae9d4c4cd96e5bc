// runtime/str.c: the `str` type: construction, the caches (empty string,
// one-character Latin-1 strings, the intern table), hashing, repr,
// comparison, concatenation, repetition, indexing, slicing, `in`, and the
// string iterators. The methods live in runtime/str_methods.c.
//
// Text is stored as UTF-8 with the length in code points cached. UTF-8 byte
// order equals code point order, so comparison is memcmp; substring search is
// a byte search because UTF-8 is self-synchronizing. Indexing is O(1) for
// ASCII strings and a walk (from the nearer end) otherwise.
//
// The hash must equal CPython's, which hashes its PEP 393 buffer: one byte
// per character when every character is below 256, two or four otherwise.
// `maxchar_kind` records which width applies; the hash feeds SipHash the code
// points widened to that width without materializing the buffer.
#include "runtime/str.h"

#include <string.h>
#include "gc/gc.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/format.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/siphash.h"
#include "runtime/slice.h"
#include "runtime/state.h"
#include "runtime/type.h"

#define STR(o) ((OuStr *)(o))

// ---- Construction ----

static OuObject *str_alloc_type(OuType *type, ou_ssize_t size)
{
    if (size < 0 || size >= OU_SSIZE_MAX - (ou_ssize_t)sizeof(OuStr) - 1) {
        ou_err_no_memory();
        return NULL;
    }
    OuStr *s = (OuStr *)ou_object_new_var(type, size + 1);
    if (s == NULL)
        return NULL;
    s->size = size;
    s->hash = -1;
    s->data[size] = '\0';
    return (OuObject *)s;
}

OuObject *ou_str_alloc(ou_ssize_t size)
{
    return str_alloc_type(&ou_str_type, size);
}

void ou_str_finish(OuObject *o)
{
    OuStr *s = STR(o);
    const unsigned char *p = (const unsigned char *)s->data;
    const unsigned char *end = p + s->size;
    ou_ssize_t n = 0;
    uint32_t maxchar = 0;
    int ascii = 1;
    while (p < end) {
        if (*p < 0x80) {
            p++;
        } else {
            ascii = 0;
            const char *q = (const char *)p;
            uint32_t c = ou_utf8_next(&q);
            if (c > maxchar)
                maxchar = c;
            p = (const unsigned char *)q;
        }
        n++;
    }
    s->length = n;
    s->ascii = (uint8_t)ascii;
    s->maxchar_kind = maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4;
    s->hash = -1;
}

OuObject *ou_str_empty(void)
{
    if (ou_state.empty_str == NULL) {
        ou_state.empty_str = ou_str_alloc(0);
        if (ou_state.empty_str == NULL)
            return NULL;
        ou_str_finish(ou_state.empty_str);
    }
    return ou_newref(ou_state.empty_str);
}

void ou_str_init(void)
{
    OuObject *e = ou_str_empty();
    if (e != NULL)
        OU_DECREF(e);
}

OuObject *ou_str_from_codepoint(uint32_t cp)
{
    if (cp < 256) {
        OuObject *c = ou_state.latin1_chars[cp];
        if (c == NULL) {
            char buf[4];
            int n = ou_utf8_encode(cp, buf);
            c = ou_str_alloc(n);
            if (c == NULL)
                return NULL;
            memcpy(STR(c)->data, buf, (size_t)n);
            ou_str_finish(c);
            ou_state.latin1_chars[cp] = c;
        }
        return ou_newref(c);
    }
    char buf[4];
    int n = ou_utf8_encode(cp, buf);
    OuObject *s = ou_str_alloc(n);
    if (s == NULL)
        return NULL;
    memcpy(STR(s)->data, buf, (size_t)n);
    ou_str_finish(s);
    return s;
}

OuObject *ou_str_from_utf8(const char *s, ou_ssize_t size)
{
    if (size == 0)
        return ou_str_empty();
    unsigned char c0 = (unsigned char)s[0];
    if (size == 1 && c0 < 0x80)
        return ou_str_from_codepoint(c0);
    if (size == 2 && (c0 == 0xc2 || c0 == 0xc3)) {
        const char *p = s;
        return ou_str_from_codepoint(ou_utf8_next(&p));
    }
    OuObject *r = ou_str_alloc(size);
    if (r == NULL)
        return NULL;
    memcpy(STR(r)->data, s, (size_t)size);
    ou_str_finish(r);
    return r;
}

OuObject *ou_str_from_cstr(const char *s)
{
    return ou_str_from_utf8(s, (ou_ssize_t)strlen(s));
}

// Length of the valid UTF-8 sequence at p (at most `avail` bytes), or 0.
static int utf8_valid_seq(const unsigned char *p, ou_ssize_t avail)
{
    unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    if (c >= 0xc2 && c <= 0xdf)
        return avail >= 2 && (p[1] & 0xc0) == 0x80 ? 2 : 0;
    if (c >= 0xe0 && c <= 0xef) {
        if (avail < 3 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80)
            return 0;
        if (c == 0xe0 && p[1] < 0xa0)
            return 0;               // overlong
        if (c == 0xed && p[1] >= 0xa0)
            return 0;               // surrogate
        return 3;
    }
    if (c >= 0xf0 && c <= 0xf4) {
        if (avail < 4 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80 || (p[3] & 0xc0) != 0x80)
            return 0;
        if (c == 0xf0 && p[1] < 0x90)
            return 0;
        if (c == 0xf4 && p[1] >= 0x90)
            return 0;
        return 4;
    }
    return 0;
}

// The first `have` bytes of a multi-byte sequence could still start a valid
// character (the second byte passes the overlong and surrogate checks).
static int utf8_valid_seq_prefix(const unsigned char *p, ou_ssize_t have)
{
    if (have < 2)
        return 1;
    if ((p[0] == 0xe0 && p[1] < 0xa0) || (p[0] == 0xed && p[1] >= 0xa0))
        return 0;
    if ((p[0] == 0xf0 && p[1] < 0x90) || (p[0] == 0xf4 && p[1] >= 0x90))
        return 0;
    return 1;
}

OuObject *ou_str_decode_utf8(const char *s, ou_ssize_t size)
{
    const unsigned char *p = (const unsigned char *)s;
    for (ou_ssize_t i = 0; i < size;) {
        int n = utf8_valid_seq(p + i, size - i);
        if (n > 0) {
            i += n;
            continue;
        }
        unsigned char c = p[i];
        int need = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
        if (need == 0)
            return ou_err_format(&ou_exc_UnicodeDecodeError,
                                 "'utf-8' codec can't decode byte 0x%02x in position %zd: invalid start byte",
                                 (unsigned)c, i);
        // A lead byte whose continuation bytes are all fine until the data
        // runs out is a truncated character, not a corrupt one.
        ou_ssize_t have = 1;
        while (i + have < size && have < need && (p[i + have] & 0xc0) == 0x80)
            have++;
        if (i + have == size && have < need && utf8_valid_seq_prefix(p + i, have)) {
            if (have == 1)
                return ou_err_format(&ou_exc_UnicodeDecodeError,
                                     "'utf-8' codec can't decode byte 0x%02x in position %zd: unexpected end of data",
                                     (unsigned)c, i);
            return ou_err_format(&ou_exc_UnicodeDecodeError,
                                 "'utf-8' codec can't decode bytes in position %zd-%zd: unexpected end of data",
                                 i, i + have - 1);
        }
        return ou_err_format(&ou_exc_UnicodeDecodeError,
                             "'utf-8' codec can't decode byte 0x%02x in position %zd: invalid continuation byte",
                             (unsigned)c, i);
    }
    return ou_str_from_utf8(s, size);
}

OuObject *ou_str_from_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    OuObject *r = ou_str_from_formatv(fmt, ap);
    va_end(ap);
    return r;
}

OuObject *ou_str_from_bytes_range(OuObject *s, ou_ssize_t from, ou_ssize_t to)
{
    if (from == 0 && to == STR(s)->size && ou_str_check_exact(s))
        return ou_newref(s);
    return ou_str_from_utf8(STR(s)->data + from, to - from);
}

// ---- Interning ----

void ou_str_intern_inplace(OuObject **p)
{
    OuObject *s = *p;
    if (!ou_str_check_exact(s) || STR(s)->interned)
        return;
    if (ou_state.interned == NULL) {
        ou_state.interned = ou_dict_new();
        if (ou_state.interned == NULL) {
            ou_err_clear();         // interning is an optimisation: never fail
            return;
        }
    }
    OuObject *t = ou_dict_getitem(ou_state.interned, s);
    if (t != NULL) {
        OU_INCREF(t);
        *p = t;
        OU_DECREF(s);
        return;
    }
    if (ou_err_occurred() != NULL || ou_dict_setitem(ou_state.interned, s, s) < 0) {
        ou_err_clear();
        return;
    }
    STR(s)->interned = 1;
}

OuObject *ou_str_intern_cstr(const char *c)
{
    OuObject *s = ou_str_from_cstr(c);
    if (s != NULL)
        ou_str_intern_inplace(&s);
    return s;
}

void ou_str_fini(void)
{
    if (ou_state.interned != NULL) {
        ou_ssize_t pos = 0;
        OuObject *k, *v;
        while (ou_dict_next(ou_state.interned, &pos, &k, &v))
            STR(k)->interned = 0;
        OU_CLEAR(ou_state.interned);
    }
    for (int i = 0; i < 256; i++)
        OU_CLEAR(ou_state.latin1_chars[i]);
    OU_CLEAR(ou_state.empty_str);
}

// ---- Byte search ----

ou_ssize_t ou_str_bytes_find(const char *h, ou_ssize_t hn, const char *n, ou_ssize_t nn)
{
    if (nn == 0)
        return 0;
    if (nn > hn)
        return -1;
    const char *p = h, *last = h + (hn - nn);
    while (p <= last) {
        p = memchr(p, n[0], (size_t)(last - p + 1));
        if (p == NULL)
            return -1;
        if (memcmp(p, n, (size_t)nn) == 0)
            return p - h;
        p++;
    }
    return -1;
}

ou_ssize_t ou_str_bytes_rfind(const char *h, ou_ssize_t hn, const char *n, ou_ssize_t nn)
{
    if (nn == 0)
        return hn;
    if (nn > hn)
        return -1;
    for (ou_ssize_t i = hn - nn; i >= 0; i--)
        if (h[i] == n[0] && memcmp(h + i, n, (size_t)nn) == 0)
            return i;
    return -1;
}

// ---- Hashing and comparison ----

ou_hash_t ou_str_hash(OuObject *o)
{
    OuStr *s = STR(o);
    if (s->hash != -1)
        return s->hash;
    uint64_t h;
    if (s->size == 0) {
        h = 0;
    } else if (s->ascii) {
        h = ou_siphash13(s->data, (size_t)s->size);
    } else {
        // Widen each code point to the PEP 393 kind, little-endian, in
        // chunks so long strings need no temporary buffer.
        OuSipState st;
        ou_siphash13_init(&st);
        unsigned char buf[256];
        size_t n = 0;
        int kind = s->maxchar_kind;
        const char *p = s->data, *end = s->data + s->size;
        while (p < end) {
            uint32_t c = ou_utf8_next(&p);
            for (int b = 0; b < kind; b++)
                buf[n++] = (unsigned char)(c >> (8 * b));
            if (n > sizeof(buf) - 4) {
                ou_siphash13_update(&st, buf, n);
                n = 0;
            }
        }
        ou_siphash13_update(&st, buf, n);
        h = ou_siphash13_final(&st);
    }
    ou_hash_t r = (ou_hash_t)h;
    if (r == -1)
        r = -2;
    s->hash = r;
    return r;
}

int ou_str_eq(OuObject *a, OuObject *b)
{
    if (a == b)
        return 1;
    OuStr *x = STR(a), *y = STR(b);
    if (x->size != y->size)
        return 0;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash)
        return 0;
    return memcmp(x->data, y->data, (size_t)x->size) == 0;
}

int ou_str_eq_cstr(OuObject *s, const char *c)
{
    size_t n = strlen(c);
    return (size_t)STR(s)->size == n && memcmp(STR(s)->data, c, n) == 0;
}

int ou_str_compare(OuObject *a, OuObject *b)
{
    OuStr *x = STR(a), *y = STR(b);
    ou_ssize_t n = x->size < y->size ? x->size : y->size;
    int c = memcmp(x->data, y->data, (size_t)n);
    if (c != 0)
        return c;
    return x->size < y->size ? -1 : x->size > y->size ? 1 : 0;
}

static OuObject *str_richcompare(OuObject *a, OuObject *b, int op)
{
    if (!ou_str_check(a) || !ou_str_check(b))
        return ou_newref(ou_NotImplemented);
    int r;
    if (op == OU_EQ || op == OU_NE) {
        r = ou_str_eq(a, b);
        if (op == OU_NE)
            r = !r;
    } else {
        int c = ou_str_compare(a, b);
        switch (op) {
        case OU_LT: r = c < 0; break;
        case OU_LE: r = c <= 0; break;
        case OU_GT: r = c > 0; break;
        default: r = c >= 0; break;
        }
    }
    return ou_bool_from(r);
}

static ou_hash_t str_hash(OuObject *s)
{
    return ou_str_hash(s);
}

// ---- Indexing ----

ou_ssize_t ou_str_byte_offset(OuObject *o, ou_ssize_t i)
{
    OuStr *s = STR(o);
    if (s->ascii)
        return i;
    if (i <= s->length / 2) {
        const unsigned char *p = (const unsigned char *)s->data;
        ou_ssize_t off = 0;
        while (i > 0) {
            off++;
            while ((p[off] & 0xc0) == 0x80)
                off++;
            i--;
        }
        return off;
    }
    // Nearer the end: step back over continuation bytes.
    const unsigned char *p = (const unsigned char *)s->data;
    ou_ssize_t off = s->size, k = s->length - i;
    while (k > 0) {
        off--;
        while ((p[off] & 0xc0) == 0x80)
            off--;
        k--;
    }
    return off;
}

uint32_t ou_str_codepoint_at(OuObject *s, ou_ssize_t i)
{
    if (STR(s)->ascii)
        return (unsigned char)STR(s)->data[i];
    const char *p = STR(s)->data + ou_str_byte_offset(s, i);
    return ou_utf8_next(&p);
}

OuObject *ou_str_substring(OuObject *s, ou_ssize_t start, ou_ssize_t end)
{
    ou_ssize_t len = STR(s)->length;
    if (end > len)
        end = len;
    if (start >= end)
        return ou_str_empty();
    ou_ssize_t from = ou_str_byte_offset(s, start);
    ou_ssize_t to;
    if (STR(s)->ascii) {
        to = end;
    } else {
        const char *p = STR(s)->data + from;
        for (ou_ssize_t k = start; k < end; k++)
            ou_utf8_next(&p);
        to = p - STR(s)->data;
    }
    return ou_str_from_bytes_range(s, from, to);
}

static OuObject *str_slice(OuObject *s, OuObject *slice)
{
    ou_ssize_t start, stop, step, n;
    if (ou_slice_unpack(slice, STR(s)->length, &start, &stop, &step, &n) < 0)
        return NULL;
    if (n <= 0)
        return ou_str_empty();
    if (step == 1)
        return ou_str_substring(s, start, stop);
    if (STR(s)->ascii) {
        OuObject *r = ou_str_alloc(n);
        if (r == NULL)
            return NULL;
        for (ou_ssize_t k = 0, i = start; k < n; k++, i += step)
            STR(r)->data[k] = STR(s)->data[i];
        ou_str_finish(r);
        return r;
    }
    // Decode once into code points, then pick.
    ou_ssize_t len = STR(s)->length;
    uint32_t *cps = ou_mem_alloc_or_raise((size_t)len * sizeof(uint32_t));
    if (cps == NULL)
        return NULL;
    const char *p = STR(s)->data;
    for (ou_ssize_t i = 0; i < len; i++)
        cps[i] = ou_utf8_next(&p);
    OuStrBuilder sb;
    ou_sb_init(&sb);
    for (ou_ssize_t k = 0, i = start; k < n; k++, i += step) {
        if (ou_sb_append_codepoint(&sb, cps[i]) < 0) {
            ou_mem_free(cps);
            ou_sb_discard(&sb);
            return NULL;
        }
    }
    ou_mem_free(cps);
    return ou_sb_finish(&sb);
}

static OuObject *str_getitem(OuObject *s, OuObject *key)
{
    if (ou_slice_check(key))
        return str_slice(s, key);
    if (OU_TYPE(key)->nb_index == NULL && !ou_int_check(key))
        return ou_err_format(&ou_exc_TypeError, "string indices must be integers, not '%.200s'",
                             ou_type_name(key));
    ou_ssize_t i = ou_number_as_ssize(key, &ou_exc_IndexError);
    if (i == -1 && ou_err_occurred() != NULL)
        return NULL;
    ou_ssize_t len = STR(s)->length;
    if (i < 0)
        i += len;
    if (i < 0 || i >= len)
        return ou_err_set_string(&ou_exc_IndexError, "string index out of range");
    return ou_str_from_codepoint(ou_str_codepoint_at(s, i));
}

static ou_ssize_t str_len(OuObject *s)
{
    return STR(s)->length;
}

static int str_contains(OuObject *s, OuObject *x)
{
    if (!ou_str_check(x)) {
        ou_err_format(&ou_exc_TypeError, "'in <string>' requires string as left operand, not %.100s",
                      ou_type_name(x));
        return -1;
    }
    if (STR(x)->size == 0)
        return 1;
    return ou_str_bytes_find(STR(s)->data, STR(s)->size, STR(x)->data, STR(x)->size) >= 0;
}

// ---- Concatenation and repetition ----

OuObject *ou_str_concat(OuObject *a, OuObject *b)
{
    if (STR(a)->size == 0 && ou_str_check_exact(b))
        return ou_newref(b);
    if (STR(b)->size == 0 && ou_str_check_exact(a))
        return ou_newref(a);
    if (STR(a)->size > OU_SSIZE_MAX - STR(b)->size - 64)
        return ou_err_set_string(&ou_exc_OverflowError, "strings are too large to concat");
    ou_ssize_t n = STR(a)->size + STR(b)->size;
    OuObject *r = ou_str_alloc(n);
    if (r == NULL)
        return NULL;
    memcpy(STR(r)->data, STR(a)->data, (size_t)STR(a)->size);
    memcpy(STR(r)->data + STR(a)->size, STR(b)->data, (size_t)STR(b)->size);
    STR(r)->length = STR(a)->length + STR(b)->length;
    STR(r)->ascii = STR(a)->ascii && STR(b)->ascii;
    STR(r)->maxchar_kind = STR(a)->maxchar_kind > STR(b)->maxchar_kind ? STR(a)->maxchar_kind
                                                                        : STR(b)->maxchar_kind;
    return r;
}

OuObject *ou_str_repeat(OuObject *s, ou_ssize_t n)
{
    if (n <= 0 || STR(s)->size == 0)
        return ou_str_empty();
    if (n == 1 && ou_str_check_exact(s))
        return ou_newref(s);
    ou_ssize_t size = STR(s)->size;
    if (size > (OU_SSIZE_MAX - 64) / n)
        return ou_err_no_memory();
    OuObject *r = ou_str_alloc(size * n);
    if (r == NULL)
        return NULL;
    char *d = STR(r)->data;
    if (size == 1) {
        memset(d, STR(s)->data[0], (size_t)n);
    } else {
        // Double the filled prefix: log(n) memcpy calls.
        ou_ssize_t total = size * n, done = size;
        memcpy(d, STR(s)->data, (size_t)size);
        while (done < total) {
            ou_ssize_t chunk = done <= total - done ? done : total - done;
            memcpy(d + done, d, (size_t)chunk);
            done += chunk;
        }
    }
    STR(r)->length = STR(s)->length * n;
    STR(r)->ascii = STR(s)->ascii;
    STR(r)->maxchar_kind = STR(s)->maxchar_kind;
    return r;
}

// The slots receive the operands in source order; for `x + s` they run only
// after x's own slot declined. `s + x` tries x's slot here so that x's
// __radd__ still wins, and only then reports the concatenation error.
static OuObject *str_add(OuObject *a, OuObject *b)
{
    if (ou_str_check(a) && ou_str_check(b))
        return ou_str_concat(a, b);
    if (!ou_str_check(a))
        return ou_newref(ou_NotImplemented);
    OuBinaryFunc other = OU_TYPE(b)->nb[OU_NB_ADD];
    if (other != NULL && other != OU_TYPE(a)->nb[OU_NB_ADD]) {
        OuObject *r = other(a, b);
        if (r != ou_NotImplemented)
            return r;
        OU_DECREF(r);
    }
    return ou_err_format(&ou_exc_TypeError, "can only concatenate str (not \"%.200s\") to str",
                         ou_type_name(b));
}

static OuObject *repeat_by(OuObject *s, OuObject *count)
{
    ou_ssize_t n = ou_number_as_ssize(count, &ou_exc_OverflowError);
    if (n == -1 && ou_err_occurred() != NULL) {
        if (ou_err_matches(&ou_exc_OverflowError)) {
            ou_err_clear();
            return ou_err_format(&ou_exc_OverflowError,
                                 "cannot fit '%.200s' into an index-sized integer", ou_type_name(count));
        }
        return NULL;
    }
    return ou_str_repeat(s, n);
}

static OuObject *str_mul(OuObject *a, OuObject *b)
{
    if (ou_str_check(a)) {
        if (OU_TYPE(b)->nb_index != NULL || ou_int_check(b))
            return repeat_by(a, b);
        OuBinaryFunc other = OU_TYPE(b)->nb[OU_NB_MULTIPLY];
        if (other != NULL && other != OU_TYPE(a)->nb[OU_NB_MULTIPLY]) {
            OuObject *r = other(a, b);
            if (r != ou_NotImplemented)
                return r;
            OU_DECREF(r);
        }
        return ou_err_format(&ou_exc_TypeError, "can't multiply sequence by non-int of type '%.200s'",
                             ou_type_name(b));
    }
    // Reflected: a's own slot has already declined.
    if (OU_TYPE(a)->nb_index != NULL || ou_int_check(a))
        return repeat_by(b, a);
    return ou_err_format(&ou_exc_TypeError, "can't multiply sequence by non-int of type '%.200s'",
                         ou_type_name(a));
}

static OuObject *str_mod(OuObject *a, OuObject *b)
{
    return ou_str_percent(a, b);
}

// ---- repr and str ----

OuObject *ou_str_repr(OuObject *o)
{
    OuStr *s = STR(o);
    int has_single = memchr(s->data, '\'', (size_t)s->size) != NULL;
    int has_double = memchr(s->data, '"', (size_t)s->size) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    static const char hex[] = "0123456789abcdef";
    OuStrBuilder sb;
    ou_sb_init(&sb);
    if (ou_sb_append_char(&sb, quote) < 0)
        return NULL;
    const char *p = s->data, *end = s->data + s->size;
    while (p < end) {
        const char *start = p;
        uint32_t c = ou_utf8_next(&p);
        char esc[12];
        int n = 0;
        if (c == (uint32_t)quote || c == '\\') {
            esc[n++] = '\\';
            esc[n++] = (char)c;
        } else if (c == '\t' || c == '\n' || c == '\r') {
            esc[n++] = '\\';
            esc[n++] = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
        } else if (ou_unicode_isprintable(c)) {
            if (ou_sb_append(&sb, start, p - start) < 0)
                goto error;
            continue;
        } else {
            int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
            esc[n++] = '\\';
            esc[n++] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
            for (int k = digits - 1; k >= 0; k--)
                esc[n++] = hex[(c >> (4 * k)) & 0xf];
        }
        if (ou_sb_append(&sb, esc, n) < 0)
            goto error;
    }
    if (ou_sb_append_char(&sb, quote) < 0)
        goto error;
    return ou_sb_finish(&sb);
error:
    ou_sb_discard(&sb);
    return NULL;
}

static OuObject *str_str(OuObject *s)
{
    if (ou_str_check_exact(s))
        return ou_newref(s);
    return ou_str_from_utf8(STR(s)->data, STR(s)->size);
}

// ---- Joining ----

OuObject *ou_str_join(OuObject *sep, OuObject *iterable)
{
    OuObject *seq = ou_sequence_list(iterable);
    if (seq == NULL) {
        if (ou_err_matches(&ou_exc_TypeError) && OU_TYPE(iterable)->iter == NULL) {
            ou_err_clear();
            return ou_err_set_string(&ou_exc_TypeError, "can only join an iterable");
        }
        return NULL;
    }
    ou_ssize_t n = ou_list_size(seq);
    OuObject **items = ou_list_items(seq);
    OuObject *r = NULL;
    if (n == 1 && ou_str_check_exact(items[0])) {
        r = ou_newref(items[0]);
        goto done;
    }
    ou_ssize_t total = 0;
    for (ou_ssize_t i = 0; i < n; i++) {
        if (!ou_str_check(items[i])) {
            ou_err_format(&ou_exc_TypeError, "sequence item %zd: expected str instance, %.80s found",
                          i, ou_type_name(items[i]));
            goto done;
        }
        total += STR(items[i])->size;
        if (i > 0)
            total += STR(sep)->size;
        if (total < 0 || total > OU_SSIZE_MAX / 2) {
            ou_err_set_string(&ou_exc_OverflowError, "join() result is too long for a Python string");
            goto done;
        }
    }
    if (total == 0) {
        r = ou_str_empty();
        goto done;
    }
    r = ou_str_alloc(total);
    if (r == NULL)
        goto done;
    char *d = STR(r)->data;
    ou_ssize_t length = 0;
    int ascii = 1, kind = 1;
    for (ou_ssize_t i = 0; i < n; i++) {
        if (i > 0 && STR(sep)->size > 0) {
            memcpy(d, STR(sep)->data, (size_t)STR(sep)->size);
            d += STR(sep)->size;
        }
        OuStr *it = STR(items[i]);
        memcpy(d, it->data, (size_t)it->size);
        d += it->size;
        length += it->length;
        ascii &= it->ascii;
        if (it->maxchar_kind > kind)
            kind = it->maxchar_kind;
    }
    if (n > 1) {
        length += (n - 1) * STR(sep)->length;
        ascii &= STR(sep)->ascii;
        if (STR(sep)->maxchar_kind > kind)
            kind = STR(sep)->maxchar_kind;
    }
    STR(r)->length = length;
    STR(r)->ascii = (uint8_t)ascii;
    STR(r)->maxchar_kind = (uint8_t)kind;
done:
    OU_DECREF(seq);
    return r;
}

// ---- Construction from Python: str(object='', encoding=..., errors=...) ----

static OuObject *str_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    OuObject *a[3] = {NULL, NULL, NULL};
    if (ou_str_parse_args("str", args, nargs, kwnames, names, 3, a) < 0)
        return NULL;
    OuObject *r;
    if (a[1] != NULL || a[2] != NULL) {
        if (a[0] != NULL && ou_str_check(a[0]))
            return ou_err_set_string(&ou_exc_TypeError, "decoding str is not supported");
        // Decoding bytes arrives with the bytes type.
        return ou_err_format(&ou_exc_TypeError, "decoding to str: need a bytes-like object, %.80s found",
                             a[0] == NULL ? "str" : ou_type_name(a[0]));
    }
    if (a[0] == NULL)
        r = ou_str_empty();
    else
        r = ou_object_str(a[0]);
    if (r == NULL || type == &ou_str_type)
        return r;
    // A subclass instance: copy the text into an object of that type.
    OuObject *sub = str_alloc_type(type, STR(r)->size);
    if (sub != NULL) {
        memcpy(STR(sub)->data, STR(r)->data, (size_t)STR(r)->size);
        ou_str_finish(sub);
    }
    OU_DECREF(r);
    return sub;
}

static void str_dealloc(OuObject *s)
{
    ou_object_free(s);
}

// ---- Iterators ----

typedef struct {
    OU_OBJECT_HEAD
    OuObject *str;          // NULL once exhausted
    ou_ssize_t pos;         // byte offset of the next code point
} OuStrIter;

static OuObject *str_iter(OuObject *s)
{
    OuType *t = STR(s)->ascii ? &ou_str_ascii_iter_type : &ou_str_iter_type;
    OuStrIter *it = (OuStrIter *)ou_object_new(t);
    if (it == NULL)
        return NULL;
    it->str = ou_newref(s);
    it->pos = 0;
    ou_gc_track((OuObject *)it);
    return (OuObject *)it;
}

static OuObject *str_iter_next(OuObject *o)
{
    OuStrIter *it = (OuStrIter *)o;
    if (it->str == NULL)
        return NULL;
    OuStr *s = STR(it->str);
    if (it->pos >= s->size) {
        OU_CLEAR(it->str);
        return NULL;
    }
    const char *p = s->data + it->pos;
    uint32_t c = ou_utf8_next(&p);
    it->pos = p - s->data;
    return ou_str_from_codepoint(c);
}

static OuObject *str_iter_self(OuObject *o)
{
    return ou_newref(o);
}

static int str_iter_traverse(OuObject *o, OuVisitProc visit, void *arg)
{
    OU_VISIT(((OuStrIter *)o)->str);
    return 0;
}

static int str_iter_clear(OuObject *o)
{
    OU_CLEAR(((OuStrIter *)o)->str);
    return 0;
}

static void str_iter_dealloc(OuObject *o)
{
    ou_gc_untrack(o);
    OU_CLEAR(((OuStrIter *)o)->str);
    ou_object_free(o);
}

static OuObject *str_iter_length_hint(OuObject *o, OuObject *const *args, ou_ssize_t nargs,
                                      OuObject *kwnames)
{
    OuStrIter *it = (OuStrIter *)o;
    if (it->str == NULL)
        return ou_int_from_i64(0);
    OuStr *s = STR(it->str);
    if (s->ascii)
        return ou_int_from_i64(s->size - it->pos);
    ou_ssize_t n = 0;
    for (const char *p = s->data + it->pos; p < s->data + s->size; n++)
        ou_utf8_next(&p);
    return ou_int_from_i64(n);
}

static const OuMethodDef str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint, OU_METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

#define STR_ITER_TYPE(cname, pyname) \
    OuType cname = { \
        OU_STATIC_HEAD(&ou_type_type), \
        .name = pyname, \
        .basicsize = sizeof(OuStrIter), \
        .flags = OU_TPFLAGS_GC, \
        .dealloc = str_iter_dealloc, \
        .iter = str_iter_self, \
        .iternext = str_iter_next, \
        .traverse = str_iter_traverse, \
        .clear = str_iter_clear, \
        .methods = str_iter_methods, \
    }
STR_ITER_TYPE(ou_str_iter_type, "str_iterator");
STR_ITER_TYPE(ou_str_ascii_iter_type, "str_ascii_iterator");

// ---- The type ----

OuType ou_str_type = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "str",
    .basicsize = offsetof(OuStr, data),
    .itemsize = 1,
    .flags = OU_TPFLAGS_BASETYPE | OU_TPFLAGS_STR_SUBCLASS,
    .doc = "str(object='') -> str\n"
           "str(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object. If encoding or\n"
           "errors is specified, then the object must expose a data buffer\n"
           "that will be decoded using the given encoding and error handler.\n"
           "Otherwise, returns the result of object.__str__() (if defined)\n"
           "or repr(object).\n"
           "encoding defaults to sys.getdefaultencoding().\n"
           "errors defaults to 'strict'.",
    .dealloc = str_dealloc,
    .repr = ou_str_repr,
    .str = str_str,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .new = str_new,
    .iter = str_iter,
    .nb = {
        [OU_NB_ADD] = str_add,
        [OU_NB_MULTIPLY] = str_mul,
        [OU_NB_REMAINDER] = str_mod,
    },
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .methods = ou_str_methods,
};

OuObject *ou_str_numeric_ascii(OuObject *s)
{
    if (((OuStr *)s)->ascii)
        return ou_newref(s);
    ou_ssize_t n = ou_str_length(s);
    OuObject *r = ou_str_alloc(n);
    if (r == NULL)
        return NULL;
    char *out = ((OuStr *)r)->data;
    const char *p = ou_str_utf8(s);
    for (ou_ssize_t i = 0; i < n; i++) {
        uint32_t cp = ou_utf8_next(&p);
        int d;
        if (cp < 0x80)
            out[i] = (char)cp;
        else if ((d = ou_unicode_decimal_value(cp)) >= 0)
            out[i] = (char)('0' + d);
        else if (ou_unicode_isspace(cp))
            out[i] = ' ';
        else
            out[i] = '?';
    }
    out[n] = '\0';
    ou_str_finish(r);
    return r;
}
