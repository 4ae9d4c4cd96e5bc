// runtime/bytes.c: the `bytes` type: construction, hashing, repr,
// comparison, concatenation, repetition, indexing, slicing, `in`, the
// iterator, every method, the utf-8 / ascii / latin-1 codecs (both
// directions, used by bytes.decode and str.encode), and int.to_bytes /
// int.from_bytes.
//
// The methods read their receiver through ou_bytes_buffer and build results
// with `like`, so a mutable byte string can share them: nothing here assumes
// the receiver is immutable except the identity short-cuts, which check for
// an exact `bytes` first.
//
// Start reading at `bytes_new` for construction and at `decode_utf8` for
// the codecs.
#include "runtime/bytes.h"

#include <stdio.h>
#include <string.h>
#include "gc/gc.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/siphash.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

#define BYTES(o) ((OuBytes *)(o))

static const char hexdigits[] = "0123456789abcdef";

// ---- Construction ----

static OuObject *bytes_alloc_type(OuType *type, ou_ssize_t n)
{
    if (n < 0 || n >= OU_SSIZE_MAX - (ou_ssize_t)sizeof(OuBytes) - 1)
        return ou_err_no_memory();
    OuBytes *b = (OuBytes *)ou_object_new_var(type, n + 1);
    if (b == NULL)
        return NULL;
    b->size = n;
    b->hash = -1;
    b->data[n] = '\0';
    return (OuObject *)b;
}

OuObject *ou_bytes_alloc(ou_ssize_t n)
{
    return bytes_alloc_type(&ou_bytes_type, n);
}

OuObject *ou_bytes_from_data(const char *p, ou_ssize_t n)
{
    OuObject *b = ou_bytes_alloc(n);
    if (b != NULL && n > 0)
        memcpy(BYTES(b)->data, p, (size_t)n);
    return b;
}

int ou_bytes_buffer(OuObject *o, const char **p, ou_ssize_t *n)
{
    if (ou_bytes_check(o)) {
        *p = BYTES(o)->data;
        *n = BYTES(o)->size;
        return 1;
    }
    return 0;
}

// A result of the receiver's kind. New ref.
static OuObject *like(OuObject *self, const char *p, ou_ssize_t n)
{
    return ou_bytes_from_data(p, n);
}

// The receiver itself when it is an exact bytes (immutable, so sharing is
// safe), else a copy of its contents.
static OuObject *like_self(OuObject *self, const char *p, ou_ssize_t n)
{
    if (ou_bytes_check_exact(self))
        return ou_newref(self);
    return like(self, p, n);
}

// The receiver's type name for messages ("bytes.join()").
static const char *kind_name(OuObject *self)
{
    return ou_bytes_check(self) ? "bytes" : OU_TYPE(self)->name;
}

static OuObject *need_buffer_error(OuObject *o)
{
    return ou_err_format(&ou_exc_TypeError, "a bytes-like object is required, not '%.100s'",
                         ou_type_name(o));
}

// A growable byte buffer on top of OuStrBuilder (whose storage is plain bytes
// until ou_sb_finish); finish_bytes turns it into a bytes object instead.
static OuObject *finish_bytes(OuObject *self, OuStrBuilder *sb)
{
    OuObject *r = self ? like(self, sb->data, sb->size) : ou_bytes_from_data(sb->data, sb->size);
    ou_sb_discard(sb);
    return r;
}

// ---- Hash, repr, comparison ----

ou_hash_t ou_bytes_hash(OuObject *o)
{
    OuBytes *b = BYTES(o);
    if (b->hash != -1)
        return b->hash;
    ou_hash_t h = b->size == 0 ? 0 : (ou_hash_t)ou_siphash13(b->data, (size_t)b->size);
    if (h == -1)
        h = -2;
    b->hash = h;
    return h;
}

// Appends b'...' for p[0..n) to sb, choosing the quote as CPython does.
static int append_bytes_repr(OuStrBuilder *sb, const char *p, ou_ssize_t n)
{
    char quote = '\'';
    if (memchr(p, '\'', (size_t)n) != NULL && memchr(p, '"', (size_t)n) == NULL)
        quote = '"';
    if (ou_sb_append_char(sb, 'b') < 0 || ou_sb_append_char(sb, quote) < 0)
        return -1;
    for (ou_ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        char esc[4];
        int k = 0;
        if (c == (unsigned char)quote || c == '\\') {
            esc[k++] = '\\';
            esc[k++] = (char)c;
        } else if (c == '\t' || c == '\n' || c == '\r') {
            esc[k++] = '\\';
            esc[k++] = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
        } else if (c < 0x20 || c >= 0x7f) {
            esc[k++] = '\\';
            esc[k++] = 'x';
            esc[k++] = hexdigits[c >> 4];
            esc[k++] = hexdigits[c & 15];
        } else {
            esc[k++] = (char)c;
        }
        if (ou_sb_append(sb, esc, k) < 0)
            return -1;
    }
    return ou_sb_append_char(sb, quote);
}

OuObject *ou_bytes_repr(OuObject *o)
{
    OuStrBuilder sb;
    ou_sb_init(&sb);
    if (append_bytes_repr(&sb, BYTES(o)->data, BYTES(o)->size) < 0) {
        ou_sb_discard(&sb);
        return NULL;
    }
    return ou_sb_finish(&sb);
}

static ou_hash_t bytes_hash(OuObject *o)
{
    return ou_bytes_hash(o);
}

static OuObject *bytes_richcompare(OuObject *a, OuObject *b, int op)
{
    if (!ou_bytes_check(a) || !ou_bytes_check(b))
        return ou_newref(ou_NotImplemented);
    OuBytes *x = BYTES(a), *y = BYTES(b);
    int r;
    if (op == OU_EQ || op == OU_NE) {
        r = x->size == y->size && (x->hash == -1 || y->hash == -1 || x->hash == y->hash) &&
            memcmp(x->data, y->data, (size_t)x->size) == 0;
        if (op == OU_NE)
            r = !r;
        return ou_bool_from(r);
    }
    ou_ssize_t n = x->size < y->size ? x->size : y->size;
    int c = n > 0 ? memcmp(x->data, y->data, (size_t)n) : 0;
    if (c == 0)
        c = x->size < y->size ? -1 : x->size > y->size ? 1 : 0;
    switch (op) {
    case OU_LT: r = c < 0; break;
    case OU_LE: r = c <= 0; break;
    case OU_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return ou_bool_from(r);
}

// ---- Sequence protocol ----

static ou_ssize_t bytes_len(OuObject *o)
{
    return BYTES(o)->size;
}

OuObject *ou_bytes_concat(OuObject *a, OuObject *b)
{
    const char *pa = NULL, *pb = NULL;
    ou_ssize_t na = 0, nb = 0;
    ou_bytes_buffer(a, &pa, &na);
    ou_bytes_buffer(b, &pb, &nb);
    if (nb == 0 && ou_bytes_check_exact(a))
        return ou_newref(a);
    if (na == 0 && ou_bytes_check_exact(b))
        return ou_newref(b);
    if (na > OU_SSIZE_MAX - nb - 64)
        return ou_err_no_memory();
    OuObject *r = ou_bytes_alloc(na + nb);
    if (r == NULL)
        return NULL;
    memcpy(BYTES(r)->data, pa, (size_t)na);
    memcpy(BYTES(r)->data + na, pb, (size_t)nb);
    return r;
}

static OuObject *bytes_add(OuObject *a, OuObject *b)
{
    const char *p = NULL;
    ou_ssize_t n = 0;
    if (!ou_bytes_check(a))
        return ou_newref(ou_NotImplemented);
    if (ou_bytes_buffer(b, &p, &n))
        return ou_bytes_concat(a, b);
    // Give b's reflected slot its chance before reporting the error.
    OuBinaryFunc other = OU_TYPE(b)->nb[OU_NB_ADD];
    if (other != NULL && other != OU_TYPE(a)->nb[OU_NB_ADD]) {
        OuObject *r = other(a, b);
        if (r != ou_NotImplemented)
            return r;
        OU_DECREF(r);
    }
    return ou_err_format(&ou_exc_TypeError, "can't concat %.100s to %.100s", ou_type_name(b),
                         ou_type_name(a));
}

static OuObject *bytes_repeat(OuObject *s, ou_ssize_t count)
{
    ou_ssize_t size = BYTES(s)->size;
    if (count < 0)
        count = 0;
    if (count == 1 && ou_bytes_check_exact(s))
        return ou_newref(s);
    if (size > 0 && count > (OU_SSIZE_MAX - 64) / size)
        return ou_err_no_memory();
    ou_ssize_t total = size * count;
    OuObject *r = ou_bytes_alloc(total);
    if (r == NULL)
        return NULL;
    char *d = BYTES(r)->data;
    if (size == 1) {
        memset(d, BYTES(s)->data[0], (size_t)total);
    } else if (total > 0) {
        // Double the filled prefix: log(count) copies.
        ou_ssize_t done = size;
        memcpy(d, BYTES(s)->data, (size_t)size);
        while (done < total) {
            ou_ssize_t chunk = done <= total - done ? done : total - done;
            memcpy(d + done, d, (size_t)chunk);
            done += chunk;
        }
    }
    return r;
}

static OuObject *repeat_by(OuObject *s, OuObject *count)
{
    ou_ssize_t n = ou_number_as_ssize(count, &ou_exc_OverflowError);
    if (n == -1 && ou_err_occurred() != NULL) {
        if (ou_err_matches(&ou_exc_OverflowError)) {
            ou_err_clear();
            return ou_err_format(&ou_exc_OverflowError, "cannot fit '%.200s' into an index-sized integer",
                                 ou_type_name(count));
        }
        return NULL;
    }
    return bytes_repeat(s, n);
}

static int has_index(OuObject *o)
{
    return OU_TYPE(o)->nb_index != NULL || ou_int_check(o);
}

static OuObject *bytes_mul(OuObject *a, OuObject *b)
{
    OuObject *seq = ou_bytes_check(a) ? a : b, *count = seq == a ? b : a;
    if (has_index(count))
        return repeat_by(seq, count);
    if (seq == a) {
        OuBinaryFunc other = OU_TYPE(b)->nb[OU_NB_MULTIPLY];
        if (other != NULL && other != OU_TYPE(a)->nb[OU_NB_MULTIPLY]) {
            OuObject *r = other(a, b);
            if (r != ou_NotImplemented)
                return r;
            OU_DECREF(r);
        }
    }
    return ou_err_format(&ou_exc_TypeError, "can't multiply sequence by non-int of type '%.200s'",
                         ou_type_name(count));
}

// The int value of a single-byte argument (`in`, find, count): 1 with *out
// set, 0 when `o` is not an integer, -1 + error when out of range.
static int byte_value(OuObject *o, int *out)
{
    if (!has_index(o))
        return 0;
    OuObject *i = ou_number_index(o);
    if (i == NULL)
        return -1;
    int64_t v;
    int r = ou_int_as_i64(i, &v);
    OU_DECREF(i);
    if (r < 0) {
        ou_err_clear();
        v = -1;
    }
    if (v < 0 || v > 255) {
        ou_err_set_string(&ou_exc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (int)v;
    return 1;
}

static int bytes_contains(OuObject *self, OuObject *x)
{
    int c;
    int r = byte_value(x, &c);
    if (r < 0)
        return -1;
    if (r > 0)
        return memchr(BYTES(self)->data, c, (size_t)BYTES(self)->size) != NULL;
    const char *p = NULL;
    ou_ssize_t n = 0;
    if (!ou_bytes_buffer(x, &p, &n)) {
        need_buffer_error(x);
        return -1;
    }
    return ou_str_bytes_find(BYTES(self)->data, BYTES(self)->size, p, n) >= 0;
}

static OuObject *bytes_getitem(OuObject *self, OuObject *key)
{
    OuBytes *b = BYTES(self);
    if (ou_slice_check(key)) {
        ou_ssize_t start, stop, step, n;
        if (ou_slice_unpack(key, b->size, &start, &stop, &step, &n) < 0)
            return NULL;
        if (n <= 0)
            return ou_bytes_alloc(0);
        if (step == 1)
            return n == b->size ? like_self(self, b->data, n) : like(self, b->data + start, n);
        OuObject *r = ou_bytes_alloc(n);
        if (r == NULL)
            return NULL;
        for (ou_ssize_t k = 0, i = start; k < n; k++, i += step)
            BYTES(r)->data[k] = b->data[i];
        return r;
    }
    if (!has_index(key))
        return ou_err_format(&ou_exc_TypeError, "byte indices must be integers or slices, not %.200s",
                             ou_type_name(key));
    ou_ssize_t i = ou_number_as_ssize(key, &ou_exc_IndexError);
    if (i == -1 && ou_err_occurred() != NULL)
        return NULL;
    if (i < 0)
        i += b->size;
    if (i < 0 || i >= b->size)
        return ou_err_set_string(&ou_exc_IndexError, "index out of range");
    return ou_int_from_i64((unsigned char)b->data[i]);
}

// ---- Iterator ----

typedef struct {
    OU_OBJECT_HEAD
    OuObject *seq;          // NULL once exhausted
    ou_ssize_t index;
} OuBytesIter;

static OuObject *bytes_iter(OuObject *self)
{
    OuBytesIter *it = (OuBytesIter *)ou_object_new(&ou_bytes_iter_type);
    if (it == NULL)
        return NULL;
    it->seq = ou_newref(self);
    it->index = 0;
    ou_gc_track((OuObject *)it);
    return (OuObject *)it;
}

static OuObject *bytes_iter_next(OuObject *o)
{
    OuBytesIter *it = (OuBytesIter *)o;
    if (it->seq == NULL)
        return NULL;
    if (it->index >= BYTES(it->seq)->size) {
        OU_CLEAR(it->seq);
        return NULL;
    }
    return ou_int_from_i64((unsigned char)BYTES(it->seq)->data[it->index++]);
}

static OuObject *bytes_iter_self(OuObject *o)
{
    return ou_newref(o);
}

static int bytes_iter_traverse(OuObject *o, OuVisitProc visit, void *arg)
{
    OU_VISIT(((OuBytesIter *)o)->seq);
    return 0;
}

static int bytes_iter_clear(OuObject *o)
{
    OU_CLEAR(((OuBytesIter *)o)->seq);
    return 0;
}

static void bytes_iter_dealloc(OuObject *o)
{
    ou_gc_untrack(o);
    OU_CLEAR(((OuBytesIter *)o)->seq);
    ou_object_free(o);
}

static OuObject *bytes_iter_length_hint(OuObject *o, OuObject *const *args, ou_ssize_t nargs,
                                        OuObject *kwnames)
{
    OuBytesIter *it = (OuBytesIter *)o;
    ou_ssize_t left = it->seq == NULL ? 0 : BYTES(it->seq)->size - it->index;
    return ou_int_from_i64(left < 0 ? 0 : left);
}

static const OuMethodDef bytes_iter_methods[] = {
    {"__length_hint__", bytes_iter_length_hint, OU_METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

OuType ou_bytes_iter_type = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "bytes_iterator",
    .basicsize = sizeof(OuBytesIter),
    .flags = OU_TPFLAGS_GC,
    .dealloc = bytes_iter_dealloc,
    .iter = bytes_iter_self,
    .iternext = bytes_iter_next,
    .traverse = bytes_iter_traverse,
    .clear = bytes_iter_clear,
    .methods = bytes_iter_methods,
};

// ---- Codecs ----

typedef enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_UNKNOWN } Encoding;
typedef enum { ERR_STRICT, ERR_REPLACE, ERR_IGNORE, ERR_BACKSLASH, ERR_XMLCHARREF, ERR_UNKNOWN } ErrorMode;

static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

// Python normalises an encoding name by lowercasing it and treating spaces
// and hyphens as underscores; these are the aliases of the three codecs.
static Encoding lookup_encoding(const char *name)
{
    if (name == NULL)
        return ENC_UTF8;
    char norm[32];
    size_t n = strlen(name);
    if (n >= sizeof(norm))
        return ENC_UNKNOWN;
    for (size_t i = 0; i <= n; i++) {
        char c = name[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        else if (c == '-' || c == ' ')
            c = '_';
        norm[i] = c;
    }
    static const char *const utf8[] = {"utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4", NULL};
    static const char *const ascii[] = {"ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968",
                                        "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us",
                                        "iso_646.irv_1991", "iso_ir_6", NULL};
    static const char *const latin1[] = {"latin_1", "latin1", "iso_8859_1", "iso8859_1", "8859", "cp819",
                                         "latin", "l1", "iso_ir_100", "csisolatin1", "ibm819",
                                         "iso_8859_1_1987", NULL};
    static const char *const *const tables[] = {utf8, ascii, latin1};
    for (int t = 0; t < 3; t++)
        for (const char *const *a = tables[t]; *a != NULL; a++)
            if (strcmp(norm, *a) == 0)
                return (Encoding)t;
    return ENC_UNKNOWN;
}

static ErrorMode lookup_errors(const char *errors)
{
    if (errors == NULL || strcmp(errors, "strict") == 0)
        return ERR_STRICT;
    if (strcmp(errors, "replace") == 0)
        return ERR_REPLACE;
    if (strcmp(errors, "ignore") == 0)
        return ERR_IGNORE;
    if (strcmp(errors, "backslashreplace") == 0)
        return ERR_BACKSLASH;
    if (strcmp(errors, "xmlcharrefreplace") == 0)
        return ERR_XMLCHARREF;
    return ERR_UNKNOWN;
}

// The handler is looked up only when an error happens, as in CPython: an
// unknown name goes unnoticed on clean input.
static int unknown_handler(const char *errors)
{
    ou_err_format(&ou_exc_LookupError, "unknown error handler name '%s'", errors);
    return -1;
}

// Length of a well-formed UTF-8 sequence at p[0..avail), or 0; *prefix
// receives how many leading bytes could still begin a valid character
// (CPython's unit of replacement: the maximal valid prefix, at least 1).
static int utf8_seq(const unsigned char *p, ou_ssize_t avail, int *prefix)
{
    unsigned char c = p[0];
    *prefix = 1;
    if (c < 0x80)
        return 1;
    int need;
    unsigned char lo = 0x80, hi = 0xbf;     // bounds of the second byte
    if (c >= 0xc2 && c <= 0xdf)
        need = 2;
    else if (c >= 0xe0 && c <= 0xef) {
        need = 3;
        if (c == 0xe0) lo = 0xa0;
        if (c == 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        need = 4;
        if (c == 0xf0) lo = 0x90;
        if (c == 0xf4) hi = 0x8f;
    } else {
        *prefix = 0;                        // invalid start byte
        return 0;
    }
    int k = 1;
    while (k < need && k < avail) {
        unsigned char d = p[k];
        if (k == 1 ? (d < lo || d > hi) : (d & 0xc0) != 0x80)
            break;
        k++;
    }
    if (k == need)
        return need;
    *prefix = k;
    return 0;
}

static int decode_error(Encoding enc, const char *p, ou_ssize_t start, ou_ssize_t end, const char *why)
{
    if (end - start == 1)
        ou_err_format(&ou_exc_UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %zd: %s",
                      codec_names[enc], (unsigned)(unsigned char)p[start], start, why);
    else
        ou_err_format(&ou_exc_UnicodeDecodeError, "'%s' codec can't decode bytes in position %zd-%zd: %s",
                      codec_names[enc], start, end - 1, why);
    return -1;
}

// Applies the error handler to the undecodable bytes p[start..end).
static int decode_handle(OuStrBuilder *sb, Encoding enc, ErrorMode mode, const char *errors, const char *p,
                         ou_ssize_t start, ou_ssize_t end, const char *why)
{
    switch (mode) {
    case ERR_STRICT:
        return decode_error(enc, p, start, end, why);
    case ERR_REPLACE:
        return ou_sb_append_codepoint(sb, 0xfffd);
    case ERR_IGNORE:
        return 0;
    case ERR_BACKSLASH:
        for (ou_ssize_t i = start; i < end; i++) {
            unsigned char c = (unsigned char)p[i];
            char esc[4] = {'\\', 'x', hexdigits[c >> 4], hexdigits[c & 15]};
            if (ou_sb_append(sb, esc, 4) < 0)
                return -1;
        }
        return 0;
    case ERR_XMLCHARREF:
        // Not a decoding handler in CPython.
        ou_err_set_string(&ou_exc_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    default:
        return unknown_handler(errors);
    }
}

static OuObject *decode_utf8(const char *s, ou_ssize_t n, ErrorMode mode, const char *errors)
{
    const unsigned char *p = (const unsigned char *)s;
    ou_ssize_t i = 0;
    int prefix;
    while (i < n) {
        int k = p[i] < 0x80 ? 1 : utf8_seq(p + i, n - i, &prefix);
        if (k == 0)
            break;
        i += k;
    }
    if (i == n)
        return ou_str_from_utf8(s, n);
    OuStrBuilder sb;
    ou_sb_init(&sb);
    if (ou_sb_append(&sb, s, i) < 0)
        goto error;
    while (i < n) {
        int k = p[i] < 0x80 ? 1 : utf8_seq(p + i, n - i, &prefix);
        if (k > 0) {
            if (ou_sb_append(&sb, s + i, k) < 0)
                goto error;
            i += k;
            continue;
        }
        const char *why;
        ou_ssize_t end;
        if (prefix == 0) {
            why = "invalid start byte";
            end = i + 1;
        } else if (i + prefix == n) {
            why = "unexpected end of data";
            end = n;
        } else {
            why = "invalid continuation byte";
            end = i + prefix;
        }
        if (decode_handle(&sb, ENC_UTF8, mode, errors, s, i, end, why) < 0)
            goto error;
        i = end;
    }
    return ou_sb_finish(&sb);
error:
    ou_sb_discard(&sb);
    return NULL;
}

static OuObject *decode_single(const char *s, ou_ssize_t n, Encoding enc, ErrorMode mode, const char *errors)
{
    ou_ssize_t i = 0;
    while (i < n && (unsigned char)s[i] < 0x80)
        i++;
    if (i == n)
        return ou_str_from_utf8(s, n);
    OuStrBuilder sb;
    ou_sb_init(&sb);
    if (ou_sb_append(&sb, s, i) < 0)
        goto error;
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        int r;
        if (c < 0x80 || enc == ENC_LATIN1)
            r = ou_sb_append_codepoint(&sb, c);
        else
            r = decode_handle(&sb, enc, mode, errors, s, i, i + 1, "ordinal not in range(128)");
        if (r < 0)
            goto error;
    }
    return ou_sb_finish(&sb);
error:
    ou_sb_discard(&sb);
    return NULL;
}

OuObject *ou_bytes_decode(const char *p, ou_ssize_t n, const char *encoding, const char *errors)
{
    Encoding enc = lookup_encoding(encoding);
    if (enc == ENC_UNKNOWN)
        return ou_err_format(&ou_exc_LookupError, "unknown encoding: %s", encoding);
    ErrorMode mode = lookup_errors(errors);
    if (enc == ENC_UTF8)
        return decode_utf8(p, n, mode, errors);
    return decode_single(p, n, enc, mode, errors);
}

// "'\xe9'": how an encode error names a character (always escaped).
static void char_escape(uint32_t c, char *out)
{
    if (c < 0x100)
        snprintf(out, 16, "\\x%02x", (unsigned)c);
    else if (c < 0x10000)
        snprintf(out, 16, "\\u%04x", (unsigned)c);
    else
        snprintf(out, 16, "\\U%08x", (unsigned)c);
}

static int encode_error(Encoding enc, const uint32_t *cps, ou_ssize_t start, ou_ssize_t end, const char *why)
{
    if (end - start == 1) {
        char esc[16];
        char_escape(cps[start], esc);
        ou_err_format(&ou_exc_UnicodeEncodeError, "'%s' codec can't encode character '%s' in position %zd: %s",
                      codec_names[enc], esc, start, why);
    } else {
        ou_err_format(&ou_exc_UnicodeEncodeError, "'%s' codec can't encode characters in position %zd-%zd: %s",
                      codec_names[enc], start, end - 1, why);
    }
    return -1;
}

OuObject *ou_str_encode(OuObject *str, const char *encoding, const char *errors)
{
    Encoding enc = lookup_encoding(encoding);
    if (enc == ENC_UNKNOWN)
        return ou_err_format(&ou_exc_LookupError, "unknown encoding: %s", encoding);
    const char *s = ou_str_utf8(str);
    ou_ssize_t size = ou_str_size(str), len = ou_str_length(str);
    // Surrogates are the only code points UTF-8 cannot carry; ouro stores
    // them in their three-byte form (ED A0..BF xx).
    uint32_t limit = enc == ENC_UTF8 ? 0x110000 : enc == ENC_ASCII ? 0x80 : 0x100;
    int clean = 1;
    if (size == len) {
        clean = 1;              // ASCII: every codec passes it through
    } else if (enc == ENC_UTF8) {
        for (ou_ssize_t i = 0; i + 1 < size; i++)
            if ((unsigned char)s[i] == 0xed && (unsigned char)s[i + 1] >= 0xa0)
                clean = 0;
    } else {
        clean = 0;
    }
    if (clean)
        return ou_bytes_from_data(s, size);
    // Decode to code points once, so positions and runs are simple.
    uint32_t *cps = ou_mem_alloc_or_raise((size_t)(len > 0 ? len : 1) * sizeof(uint32_t));
    if (cps == NULL)
        return NULL;
    const char *q = s;
    for (ou_ssize_t i = 0; i < len; i++)
        cps[i] = ou_utf8_next(&q);
    ErrorMode mode = lookup_errors(errors);
    const char *why = enc == ENC_UTF8 ? "surrogates not allowed"
                      : enc == ENC_ASCII ? "ordinal not in range(128)" : "ordinal not in range(256)";
    OuStrBuilder sb;
    ou_sb_init(&sb);
    for (ou_ssize_t i = 0; i < len;) {
        uint32_t c = cps[i];
        int bad = enc == ENC_UTF8 ? (c >= 0xd800 && c <= 0xdfff) : c >= limit;
        if (!bad) {
            char buf[4];
            int k;
            if (enc == ENC_UTF8) {
                k = ou_utf8_encode(c, buf);
            } else {
                buf[0] = (char)c;
                k = 1;
            }
            if (ou_sb_append(&sb, buf, k) < 0)
                goto error;
            i++;
            continue;
        }
        // CPython reports the whole run of unencodable characters at once.
        ou_ssize_t end = i + 1;
        while (end < len && (enc == ENC_UTF8 ? (cps[end] >= 0xd800 && cps[end] <= 0xdfff) : cps[end] >= limit))
            end++;
        for (ou_ssize_t j = i; j < end; j++) {
            char buf[32];
            int r = 0;
            switch (mode) {
            case ERR_STRICT:
                encode_error(enc, cps, i, end, why);
                goto error;
            case ERR_REPLACE:
                r = ou_sb_append_char(&sb, '?');
                break;
            case ERR_IGNORE:
                break;
            case ERR_BACKSLASH:
                char_escape(cps[j], buf);
                r = ou_sb_append_cstr(&sb, buf);
                break;
            case ERR_XMLCHARREF:
                snprintf(buf, sizeof(buf), "&#%u;", (unsigned)cps[j]);
                r = ou_sb_append_cstr(&sb, buf);
                break;
            default:
                unknown_handler(errors);
                goto error;
            }
            if (r < 0)
                goto error;
        }
        i = end;
    }
    ou_mem_free(cps);
    return finish_bytes(NULL, &sb);
error:
    ou_mem_free(cps);
    ou_sb_discard(&sb);
    return NULL;
}

// A str argument of a codec method ("decode() argument 'encoding' must be
// str, not int"): NULL leaves *out alone. 0 / -1.
static int codec_arg(const char *fname, const char *argname, OuObject *o, const char **out)
{
    if (o == NULL)
        return 0;
    if (!ou_str_check(o)) {
        ou_err_format(&ou_exc_TypeError, "%s() argument '%s' must be str, not %.100s", fname, argname,
                      ou_type_name(o));
        return -1;
    }
    *out = ou_str_utf8(o);
    if ((ou_ssize_t)strlen(*out) != ou_str_size(o)) {
        ou_err_set_string(&ou_exc_ValueError, "embedded null character");
        return -1;
    }
    return 0;
}

OuObject *ou_str_encode_method(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    OuObject *a[2];
    if (ou_args_parse("encode", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    const char *encoding = NULL, *errors = NULL;
    if (codec_arg("encode", "encoding", a[0], &encoding) < 0 || codec_arg("encode", "errors", a[1], &errors) < 0)
        return NULL;
    return ou_str_encode(self, encoding, errors);
}

// ---- bytes(...) ----

// New ref: the bytes of an iterable of ints in range(0, 256).
static OuObject *bytes_from_iterable(OuObject *src)
{
    if (OU_TYPE(src)->iter == NULL && OU_TYPE(src)->getitem == NULL)
        return ou_err_format(&ou_exc_TypeError, "cannot convert '%.200s' object to bytes", ou_type_name(src));
    OuObject *it = ou_object_iter(src);
    if (it == NULL)
        return NULL;
    OuStrBuilder sb;
    ou_sb_init(&sb);
    OuObject *x;
    while ((x = ou_iter_next(it)) != NULL) {
        if (!has_index(x)) {
            ou_err_format(&ou_exc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                          ou_type_name(x));
            OU_DECREF(x);
            goto error;
        }
        int c;
        int r = byte_value(x, &c);
        OU_DECREF(x);
        if (r < 0) {
            ou_err_clear();
            ou_err_set_string(&ou_exc_ValueError, "bytes must be in range(0, 256)");
            goto error;
        }
        if (ou_sb_append_char(&sb, (char)c) < 0)
            goto error;
    }
    if (ou_err_occurred() != NULL)
        goto error;
    OU_DECREF(it);
    return finish_bytes(NULL, &sb);
error:
    OU_DECREF(it);
    ou_sb_discard(&sb);
    return NULL;
}

// New ref: bytes(src) for a single argument that is not a str.
static OuObject *bytes_from_object(OuObject *src)
{
    const char *p = NULL;
    ou_ssize_t n = 0;
    if (ou_bytes_buffer(src, &p, &n))
        return ou_bytes_check_exact(src) ? ou_newref(src) : ou_bytes_from_data(p, n);
    if (ou_str_check(src))
        return ou_err_format(&ou_exc_TypeError, "cannot convert '%.200s' object to bytes", ou_type_name(src));
    if (has_index(src)) {
        ou_ssize_t count = ou_number_as_ssize(src, &ou_exc_OverflowError);
        if (count == -1 && ou_err_occurred() != NULL) {
            if (ou_err_matches(&ou_exc_OverflowError)) {
                ou_err_clear();
                return ou_err_format(&ou_exc_OverflowError, "cannot fit '%.200s' into an index-sized integer",
                                     ou_type_name(src));
            }
            return NULL;
        }
        if (count < 0)
            return ou_err_set_string(&ou_exc_ValueError, "negative count");
        OuObject *r = ou_bytes_alloc(count);
        if (r != NULL)
            memset(BYTES(r)->data, 0, (size_t)count);
        return r;
    }
    return bytes_from_iterable(src);
}

static OuObject *bytes_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    OuObject *a[3];
    if (ou_str_parse_args("bytes", args, nargs, kwnames, names, 3, a) < 0)
        return NULL;
    OuObject *src = a[0], *r;
    const char *encoding = NULL, *errors = NULL;
    if (codec_arg("bytes", "encoding", a[1], &encoding) < 0 || codec_arg("bytes", "errors", a[2], &errors) < 0)
        return NULL;
    if (src == NULL) {
        if (a[1] != NULL)
            return ou_err_set_string(&ou_exc_TypeError, "encoding without a string argument");
        if (a[2] != NULL)
            return ou_err_set_string(&ou_exc_TypeError, "errors without a string argument");
        r = ou_bytes_alloc(0);
    } else if (ou_str_check(src)) {
        if (a[1] == NULL)
            return ou_err_set_string(&ou_exc_TypeError, "string argument without an encoding");
        r = ou_str_encode(src, encoding, errors);
    } else if (a[1] != NULL) {
        return ou_err_set_string(&ou_exc_TypeError, "encoding without a string argument");
    } else if (a[2] != NULL) {
        return ou_err_set_string(&ou_exc_TypeError, "errors without a string argument");
    } else {
        r = bytes_from_object(src);
    }
    if (r == NULL || type == &ou_bytes_type)
        return r;
    // A subclass: copy the contents into an instance of it.
    OuObject *sub = bytes_alloc_type(type, BYTES(r)->size);
    if (sub != NULL)
        memcpy(BYTES(sub)->data, BYTES(r)->data, (size_t)BYTES(r)->size);
    OU_DECREF(r);
    return sub;
}

static void bytes_dealloc(OuObject *o)
{
    ou_object_free(o);
}

// ---- Argument helpers for the methods ----

static int check_no_kw(OuObject *self, const char *name, OuObject *kwnames)
{
    if (kwnames != NULL && ou_tuple_size(kwnames) > 0) {
        ou_err_format(&ou_exc_TypeError, "%s.%s() takes no keyword arguments", kind_name(self), name);
        return -1;
    }
    return 0;
}

// "find() takes at least 1 argument (0 given)": the old argument parser.
static int check_old(OuObject *self, const char *name, ou_ssize_t nargs, OuObject *kwnames, int min, int max)
{
    if (check_no_kw(self, name, kwnames) < 0)
        return -1;
    if (nargs < min || nargs > max) {
        int lo = nargs < min;
        int want = lo ? min : max;
        ou_err_format(&ou_exc_TypeError, "%s() takes at %s %d argument%s (%zd given)", name,
                      lo ? "least" : "most", want, want == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

// "strip expected at most 1 argument, got 2": positional-only methods.
static int check_pos(OuObject *self, const char *name, ou_ssize_t nargs, OuObject *kwnames, int min, int max)
{
    if (check_no_kw(self, name, kwnames) < 0)
        return -1;
    return ou_args_count(name, nargs, min, max);
}

static int check_none(OuObject *self, const char *name, ou_ssize_t nargs, OuObject *kwnames)
{
    if (check_no_kw(self, name, kwnames) < 0)
        return -1;
    if (nargs != 0) {
        ou_err_format(&ou_exc_TypeError, "%s.%s() takes no arguments (%zd given)", kind_name(self), name, nargs);
        return -1;
    }
    return 0;
}

static int as_ssize(OuObject *o, ou_ssize_t *out)
{
    if (!has_index(o)) {
        ou_err_format(&ou_exc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                      ou_type_name(o));
        return -1;
    }
    ou_ssize_t v = ou_number_as_ssize(o, &ou_exc_OverflowError);
    if (v == -1 && ou_err_occurred() != NULL)
        return -1;
    *out = v;
    return 0;
}

// A start/end argument: None leaves *out alone; out-of-range values clamp.
static int slice_index(OuObject *o, ou_ssize_t *out)
{
    if (o == NULL || o == ou_None)
        return 0;
    if (!has_index(o)) {
        ou_err_set_string(&ou_exc_TypeError,
                          "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    ou_ssize_t v = ou_number_as_ssize(o, &ou_exc_OverflowError);
    if (v == -1 && ou_err_occurred() != NULL) {
        if (!ou_err_matches(&ou_exc_OverflowError))
            return -1;
        ou_err_clear();
        v = ou_int_check(o) && ou_int_sign(o) < 0 ? -OU_SSIZE_MAX : OU_SSIZE_MAX;
    }
    *out = v;
    return 0;
}

static void adjust_indices(ou_ssize_t *start, ou_ssize_t *end, ou_ssize_t len)
{
    if (*end > len)
        *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0)
            *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
}

// A bytes-like argument: 0 with *p / *n set, -1 + TypeError.
static int need_buffer(OuObject *o, const char **p, ou_ssize_t *n)
{
    if (ou_bytes_buffer(o, p, n))
        return 0;
    need_buffer_error(o);
    return -1;
}

#define SELF_BUF(self) \
    const char *s = NULL; \
    ou_ssize_t len = 0; \
    ou_bytes_buffer((self), &s, &len)

// ---- Searching: find, rfind, index, rindex, count ----

// Parses (sub[, start[, end]]) where sub is bytes-like or an int; *subbuf
// points at the needle (a one-byte local buffer for ints). 0 / -1.
static int search_args(OuObject *self, const char *name, OuObject *const *args, ou_ssize_t nargs,
                       OuObject *kwnames, char *onebyte, const char **sub, ou_ssize_t *subn,
                       ou_ssize_t *start, ou_ssize_t *end)
{
    if (check_old(self, name, nargs, kwnames, 1, 3) < 0)
        return -1;
    int c;
    int r = byte_value(args[0], &c);
    if (r < 0)
        return -1;
    if (r > 0) {
        *onebyte = (char)c;
        *sub = onebyte;
        *subn = 1;
    } else if (!ou_bytes_buffer(args[0], sub, subn)) {
        ou_err_format(&ou_exc_TypeError, "argument should be integer or bytes-like object, not '%.200s'",
                      ou_type_name(args[0]));
        return -1;
    }
    *start = 0;
    *end = OU_SSIZE_MAX;
    if (slice_index(nargs > 1 ? args[1] : NULL, start) < 0 || slice_index(nargs > 2 ? args[2] : NULL, end) < 0)
        return -1;
    return 0;
}

// The index of sub in s[start:end] (dir > 0: first, else last), or -1; -2
// on an argument error.
static ou_ssize_t find_impl(OuObject *self, const char *name, OuObject *const *args, ou_ssize_t nargs,
                            OuObject *kwnames, int dir)
{
    SELF_BUF(self);
    char one;
    const char *sub = NULL;
    ou_ssize_t subn, start, end;
    if (search_args(self, name, args, nargs, kwnames, &one, &sub, &subn, &start, &end) < 0)
        return -2;
    adjust_indices(&start, &end, len);
    if (end - start < subn)
        return -1;
    ou_ssize_t r = dir > 0 ? ou_str_bytes_find(s + start, end - start, sub, subn)
                           : ou_str_bytes_rfind(s + start, end - start, sub, subn);
    return r < 0 ? -1 : r + start;
}

static OuObject *find_result(ou_ssize_t r, int raise)
{
    if (r == -2)
        return NULL;
    if (r == -1 && raise)
        return ou_err_set_string(&ou_exc_ValueError, "subsection not found");
    return ou_int_from_i64(r);
}

static OuObject *bytes_find(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return find_result(find_impl(self, "find", args, nargs, kwnames, 1), 0);
}

static OuObject *bytes_rfind(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return find_result(find_impl(self, "rfind", args, nargs, kwnames, -1), 0);
}

static OuObject *bytes_index(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return find_result(find_impl(self, "index", args, nargs, kwnames, 1), 1);
}

static OuObject *bytes_rindex(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return find_result(find_impl(self, "rindex", args, nargs, kwnames, -1), 1);
}

static OuObject *bytes_count(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    SELF_BUF(self);
    char one;
    const char *sub = NULL;
    ou_ssize_t subn, start, end;
    if (search_args(self, "count", args, nargs, kwnames, &one, &sub, &subn, &start, &end) < 0)
        return NULL;
    adjust_indices(&start, &end, len);
    if (end - start < subn)
        return ou_int_from_i64(0);
    if (subn == 0)
        return ou_int_from_i64(end - start + 1);
    ou_ssize_t count = 0;
    for (ou_ssize_t i = start; i <= end - subn;) {
        ou_ssize_t r = ou_str_bytes_find(s + i, end - i, sub, subn);
        if (r < 0)
            break;
        count++;
        i += r + subn;
    }
    return ou_int_from_i64(count);
}

// startswith / endswith: one prefix or a tuple of them.
static OuObject *affix_match(OuObject *self, const char *name, OuObject *const *args, ou_ssize_t nargs,
                             OuObject *kwnames, int at_end)
{
    SELF_BUF(self);
    if (check_old(self, name, nargs, kwnames, 1, 3) < 0)
        return NULL;
    ou_ssize_t start = 0, end = OU_SSIZE_MAX;
    if (slice_index(nargs > 1 ? args[1] : NULL, &start) < 0 || slice_index(nargs > 2 ? args[2] : NULL, &end) < 0)
        return NULL;
    adjust_indices(&start, &end, len);
    OuObject *arg = args[0];
    int is_tuple = ou_tuple_check(arg);
    ou_ssize_t count = is_tuple ? ou_tuple_size(arg) : 1;
    if (!is_tuple && !ou_bytes_buffer(arg, &(const char *){NULL}, &(ou_ssize_t){0}))
        return ou_err_format(&ou_exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %.100s",
                             name, ou_type_name(arg));
    for (ou_ssize_t k = 0; k < count; k++) {
        OuObject *item = is_tuple ? ou_tuple_get(arg, k) : arg;
        const char *p = NULL;
        ou_ssize_t n = 0;
        if (need_buffer(item, &p, &n) < 0)
            return NULL;
        if (end - start < n || start > len)
            continue;
        ou_ssize_t at = at_end ? end - n : start;
        if (memcmp(s + at, p, (size_t)n) == 0)
            return ou_bool_from(1);
    }
    return ou_bool_from(0);
}

static OuObject *bytes_startswith(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return affix_match(self, "startswith", args, nargs, kwnames, 0);
}

static OuObject *bytes_endswith(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return affix_match(self, "endswith", args, nargs, kwnames, 1);
}

// ---- Splitting and joining ----

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c';
}

static int append_piece(OuObject *list, OuObject *self, const char *p, ou_ssize_t n)
{
    OuObject *piece = like(self, p, n);
    if (piece == NULL)
        return -1;
    int r = ou_list_append(list, piece);
    OU_DECREF(piece);
    return r;
}

static int split_args(OuObject *self, const char *name, OuObject *const *args, ou_ssize_t nargs,
                      OuObject *kwnames, const char **sep, ou_ssize_t *sepn, ou_ssize_t *maxsplit)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    OuObject *a[2];
    if (ou_args_parse(name, args, nargs, kwnames, names, 0, 2, a) < 0)
        return -1;
    *sep = NULL;
    *maxsplit = -1;
    if (a[0] != NULL && a[0] != ou_None) {
        if (need_buffer(a[0], sep, sepn) < 0)
            return -1;
        if (*sepn == 0) {
            ou_err_set_string(&ou_exc_ValueError, "empty separator");
            return -1;
        }
    }
    if (a[1] != NULL && as_ssize(a[1], maxsplit) < 0)
        return -1;
    if (*maxsplit < 0)
        *maxsplit = OU_SSIZE_MAX;
    return 0;
}

static OuObject *bytes_split(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    SELF_BUF(self);
    const char *sep = NULL;
    ou_ssize_t sepn, maxsplit;
    if (split_args(self, "split", args, nargs, kwnames, &sep, &sepn, &maxsplit) < 0)
        return NULL;
    OuObject *list = ou_list_new(0);
    if (list == NULL)
        return NULL;
    ou_ssize_t i = 0;
    if (sep == NULL) {
        for (ou_ssize_t splits = 0;; splits++) {
            while (i < len && is_space((unsigned char)s[i]))
                i++;
            if (i == len)
                break;
            if (splits == maxsplit) {
                // The remainder keeps its trailing whitespace.
                if (append_piece(list, self, s + i, len - i) < 0)
                    goto error;
                break;
            }
            ou_ssize_t j = i;
            while (j < len && !is_space((unsigned char)s[j]))
                j++;
            if (append_piece(list, self, s + i, j - i) < 0)
                goto error;
            i = j;
        }
        return list;
    }
    for (ou_ssize_t splits = 0; splits < maxsplit; splits++) {
        ou_ssize_t r = ou_str_bytes_find(s + i, len - i, sep, sepn);
        if (r < 0)
            break;
        if (append_piece(list, self, s + i, r) < 0)
            goto error;
        i += r + sepn;
    }
    if (append_piece(list, self, s + i, len - i) < 0)
        goto error;
    return list;
error:
    OU_DECREF(list);
    return NULL;
}

static OuObject *bytes_rsplit(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    SELF_BUF(self);
    const char *sep = NULL;
    ou_ssize_t sepn, maxsplit;
    if (split_args(self, "rsplit", args, nargs, kwnames, &sep, &sepn, &maxsplit) < 0)
        return NULL;
    OuObject *list = ou_list_new(0);
    if (list == NULL)
        return NULL;
    ou_ssize_t j = len;       // pieces are found right to left, then reversed
    if (sep == NULL) {
        for (ou_ssize_t splits = 0;; splits++) {
            while (j > 0 && is_space((unsigned char)s[j - 1]))
                j--;
            if (j == 0)
                break;
            if (splits == maxsplit) {
                if (append_piece(list, self, s, j) < 0)
                    goto error;
                break;
            }
            ou_ssize_t i = j;
            while (i > 0 && !is_space((unsigned char)s[i - 1]))
                i--;
            if (append_piece(list, self, s + i, j - i) < 0)
                goto error;
            j = i;
        }
    } else {
        for (ou_ssize_t splits = 0; splits < maxsplit; splits++) {
            ou_ssize_t r = ou_str_bytes_rfind(s, j, sep, sepn);
            if (r < 0)
                break;
            if (append_piece(list, self, s + r + sepn, j - r - sepn) < 0)
                goto error;
            j = r;
        }
        if (append_piece(list, self, s, j) < 0)
            goto error;
    }
    if (ou_list_reverse(list) < 0)
        goto error;
    return list;
error:
    OU_DECREF(list);
    return NULL;
}

static OuObject *partition_impl(OuObject *self, const char *name, OuObject *const *args, ou_ssize_t nargs,
                                OuObject *kwnames, int from_right)
{
    SELF_BUF(self);
    if (check_no_kw(self, name, kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return ou_err_format(&ou_exc_TypeError, "%s.%s() takes exactly one argument (%zd given)",
                             kind_name(self), name, nargs);
    const char *sep = NULL;
    ou_ssize_t sepn;
    if (need_buffer(args[0], &sep, &sepn) < 0)
        return NULL;
    if (sepn == 0)
        return ou_err_set_string(&ou_exc_ValueError, "empty separator");
    ou_ssize_t at = from_right ? ou_str_bytes_rfind(s, len, sep, sepn) : ou_str_bytes_find(s, len, sep, sepn);
    OuObject *parts[3] = {NULL, NULL, NULL};
    if (at < 0) {
        OuObject *whole = like_self(self, s, len), *empty = like(self, "", 0), *empty2 = like(self, "", 0);
        if (from_right) {
            parts[0] = empty; parts[1] = empty2; parts[2] = whole;
        } else {
            parts[0] = whole; parts[1] = empty; parts[2] = empty2;
        }
    } else {
        parts[0] = like(self, s, at);
        parts[1] = ou_bytes_check_exact(args[0]) && ou_bytes_check_exact(self) ? ou_newref(args[0])
                                                                               : like(self, sep, sepn);
        parts[2] = like(self, s + at + sepn, len - at - sepn);
    }
    OuObject *r = NULL;
    if (parts[0] != NULL && parts[1] != NULL && parts[2] != NULL)
        r = ou_tuple_pack(3, parts[0], parts[1], parts[2]);
    for (int k = 0; k < 3; k++)
        OU_XDECREF(parts[k]);
    return r;
}

static OuObject *bytes_partition(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return partition_impl(self, "partition", args, nargs, kwnames, 0);
}

static OuObject *bytes_rpartition(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return partition_impl(self, "rpartition", args, nargs, kwnames, 1);
}

static OuObject *bytes_join(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    SELF_BUF(self);
    if (check_no_kw(self, "join", kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return ou_err_format(&ou_exc_TypeError, "%s.join() takes exactly one argument (%zd given)",
                             kind_name(self), nargs);
    OuObject *seq = ou_sequence_list(args[0]);
    if (seq == NULL) {
        if (ou_err_matches(&ou_exc_TypeError) && OU_TYPE(args[0])->iter == NULL) {
            ou_err_clear();
            return ou_err_set_string(&ou_exc_TypeError, "can only join an iterable");
        }
        return NULL;
    }
    ou_ssize_t n = ou_list_size(seq);
    OuObject **items = ou_list_items(seq);
    OuObject *r = NULL;
    if (n == 1 && ou_bytes_check_exact(items[0]) && ou_bytes_check_exact(self)) {
        r = ou_newref(items[0]);
        goto done;
    }
    ou_ssize_t total = 0;
    for (ou_ssize_t i = 0; i < n; i++) {
        const char *p = NULL;
        ou_ssize_t k = 0;
        if (!ou_bytes_buffer(items[i], &p, &k)) {
            ou_err_format(&ou_exc_TypeError, "sequence item %zd: expected a bytes-like object, %.80s found",
                          i, ou_type_name(items[i]));
            goto done;
        }
        total += k + (i > 0 ? len : 0);
        if (total < 0 || total > OU_SSIZE_MAX / 2) {
            ou_err_no_memory();
            goto done;
        }
    }
    r = ou_bytes_alloc(total);
    if (r == NULL)
        goto done;
    char *d = BYTES(r)->data;
    for (ou_ssize_t i = 0; i < n; i++) {
        const char *p = NULL;
        ou_ssize_t k = 0;
        if (i > 0) {
            memcpy(d, s, (size_t)len);
            d += len;
        }
        ou_bytes_buffer(items[i], &p, &k);
        memcpy(d, p, (size_t)k);
        d += k;
    }
done:
    OU_DECREF(seq);
    return r;
}

// ---- Stripping, replacing, affixes ----

static OuObject *strip_impl(OuObject *self, const char *name, OuObject *const *args, ou_ssize_t nargs,
                            OuObject *kwnames, int left, int right)
{
    SELF_BUF(self);
    if (check_pos(self, name, nargs, kwnames, 0, 1) < 0)
        return NULL;
    const char *chars = NULL;
    ou_ssize_t nchars = 0;
    if (nargs > 0 && args[0] != ou_None && need_buffer(args[0], &chars, &nchars) < 0)
        return NULL;
    ou_ssize_t i = 0, j = len;
    if (chars == NULL) {
        if (left)
            while (i < j && is_space((unsigned char)s[i]))
                i++;
        if (right)
            while (j > i && is_space((unsigned char)s[j - 1]))
                j--;
    } else {
        if (left)
            while (i < j && memchr(chars, s[i], (size_t)nchars) != NULL)
                i++;
        if (right)
            while (j > i && memchr(chars, s[j - 1], (size_t)nchars) != NULL)
                j--;
    }
    if (i == 0 && j == len)
        return like_self(self, s, len);
    return like(self, s + i, j - i);
}

static OuObject *bytes_strip(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return strip_impl(self, "strip", args, nargs, kwnames, 1, 1);
}

static OuObject *bytes_lstrip(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return strip_impl(self, "lstrip", args, nargs, kwnames, 1, 0);
}

static OuObject *bytes_rstrip(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return strip_impl(self, "rstrip", args, nargs, kwnames, 0, 1);
}

static OuObject *bytes_replace(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    SELF_BUF(self);
    if (check_pos(self, "replace", nargs, kwnames, 2, 3) < 0)
        return NULL;
    const char *old, *new;
    ou_ssize_t oldn, newn, count = -1;
    if (need_buffer(args[0], &old, &oldn) < 0 || need_buffer(args[1], &new, &newn) < 0)
        return NULL;
    if (nargs > 2 && as_ssize(args[2], &count) < 0)
        return NULL;
    if (count < 0)
        count = OU_SSIZE_MAX;
    OuStrBuilder sb;
    ou_sb_init(&sb);
    ou_ssize_t i = 0, done = 0;
    if (oldn == 0) {
        // An empty pattern matches before every byte and at the end.
        for (; done < count && i <= len; done++) {
            if (ou_sb_append(&sb, new, newn) < 0)
                goto error;
            if (i < len && ou_sb_append(&sb, s + i, 1) < 0)
                goto error;
            i++;
        }
        if (i < len && ou_sb_append(&sb, s + i, len - i) < 0)
            goto error;
    } else {
        for (; done < count; done++) {
            ou_ssize_t r = ou_str_bytes_find(s + i, len - i, old, oldn);
            if (r < 0)
                break;
            if (ou_sb_append(&sb, s + i, r) < 0 || ou_sb_append(&sb, new, newn) < 0)
                goto error;
            i += r + oldn;
        }
        if (done == 0) {
            ou_sb_discard(&sb);
            return like_self(self, s, len);
        }
        if (ou_sb_append(&sb, s + i, len - i) < 0)
            goto error;
    }
    return finish_bytes(self, &sb);
error:
    ou_sb_discard(&sb);
    return NULL;
}

static OuObject *affix_remove(OuObject *self, const char *name, OuObject *const *args, ou_ssize_t nargs,
                              OuObject *kwnames, int suffix)
{
    SELF_BUF(self);
    if (check_pos(self, name, nargs, kwnames, 1, 1) < 0)
        return NULL;
    const char *p = NULL;
    ou_ssize_t n = 0;
    if (need_buffer(args[0], &p, &n) < 0)
        return NULL;
    if (n > 0 && n <= len && memcmp(suffix ? s + len - n : s, p, (size_t)n) == 0)
        return like(self, suffix ? s : s + n, len - n);
    return like_self(self, s, len);
}

static OuObject *bytes_removeprefix(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return affix_remove(self, "removeprefix", args, nargs, kwnames, 0);
}

static OuObject *bytes_removesuffix(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return affix_remove(self, "removesuffix", args, nargs, kwnames, 1);
}

// ---- Case and classification (ASCII only, as CPython's bytes) ----

static int is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static int is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }

static OuObject *map_case(OuObject *self, const char *name, ou_ssize_t nargs, OuObject *kwnames, int mode)
{
    SELF_BUF(self);
    if (check_none(self, name, nargs, kwnames) < 0)
        return NULL;
    OuObject *r = like(self, s, len);
    if (r == NULL)
        return NULL;
    const char *rp = NULL;
    ou_ssize_t rn = 0;
    ou_bytes_buffer(r, &rp, &rn);
    char *d = (char *)rp;
    int word_start = 1;
    for (ou_ssize_t i = 0; i < rn; i++) {
        unsigned char c = (unsigned char)d[i];
        int up;
        switch (mode) {
        case 0: up = 1; break;                                  // upper
        case 1: up = 0; break;                                  // lower
        case 2: up = is_lower(c); break;                        // swapcase
        case 3: up = i == 0; break;                             // capitalize
        default: up = word_start; break;                        // title
        }
        if (up && is_lower(c))
            d[i] = (char)(c - 32);
        else if (!up && is_upper(c))
            d[i] = (char)(c + 32);
        word_start = !is_alpha(c);
    }
    return r;
}

static OuObject *bytes_upper(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return map_case(self, "upper", nargs, kwnames, 0);
}

static OuObject *bytes_lower(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return map_case(self, "lower", nargs, kwnames, 1);
}

static OuObject *bytes_swapcase(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return map_case(self, "swapcase", nargs, kwnames, 2);
}

static OuObject *bytes_capitalize(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return map_case(self, "capitalize", nargs, kwnames, 3);
}

static OuObject *bytes_title(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return map_case(self, "title", nargs, kwnames, 4);
}

// Every byte satisfies `pred` (and there is at least one).
static OuObject *classify(OuObject *self, const char *name, ou_ssize_t nargs, OuObject *kwnames,
                          int (*pred)(unsigned char))
{
    SELF_BUF(self);
    if (check_none(self, name, nargs, kwnames) < 0)
        return NULL;
    if (len == 0)
        return ou_bool_from(0);
    for (ou_ssize_t i = 0; i < len; i++)
        if (!pred((unsigned char)s[i]))
            return ou_bool_from(0);
    return ou_bool_from(1);
}

static int is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }

static OuObject *bytes_isdigit(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return classify(self, "isdigit", nargs, kwnames, is_digit);
}

static OuObject *bytes_isalpha(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return classify(self, "isalpha", nargs, kwnames, is_alpha);
}

static OuObject *bytes_isalnum(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return classify(self, "isalnum", nargs, kwnames, is_alnum);
}

static OuObject *bytes_isspace(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return classify(self, "isspace", nargs, kwnames, is_space);
}

static OuObject *bytes_isascii(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    SELF_BUF(self);
    if (check_none(self, "isascii", nargs, kwnames) < 0)
        return NULL;
    for (ou_ssize_t i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80)
            return ou_bool_from(0);
    return ou_bool_from(1);
}

// isupper / islower: at least one cased byte, and none of the other case.
static OuObject *cased(OuObject *self, const char *name, ou_ssize_t nargs, OuObject *kwnames, int upper)
{
    SELF_BUF(self);
    if (check_none(self, name, nargs, kwnames) < 0)
        return NULL;
    int seen = 0;
    for (ou_ssize_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (upper ? is_lower(c) : is_upper(c))
            return ou_bool_from(0);
        if (upper ? is_upper(c) : is_lower(c))
            seen = 1;
    }
    return ou_bool_from(seen);
}

static OuObject *bytes_isupper(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return cased(self, "isupper", nargs, kwnames, 1);
}

static OuObject *bytes_islower(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return cased(self, "islower", nargs, kwnames, 0);
}

// ---- Padding ----

static OuObject *pad_impl(OuObject *self, const char *name, OuObject *const *args, ou_ssize_t nargs,
                          OuObject *kwnames, int where)
{
    SELF_BUF(self);
    if (check_pos(self, name, nargs, kwnames, 1, 2) < 0)
        return NULL;
    ou_ssize_t width;
    if (as_ssize(args[0], &width) < 0)
        return NULL;
    char fill = ' ';
    if (nargs > 1) {
        const char *p = NULL;
        ou_ssize_t n = 0;
        if (!ou_bytes_buffer(args[1], &p, &n) || n != 1)
            return ou_err_format(&ou_exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %.100s",
                                 name, ou_type_name(args[1]));
        fill = p[0];
    }
    if (width <= len)
        return like_self(self, s, len);
    ou_ssize_t pad = width - len, left;
    if (where < 0)
        left = 0;                                   // ljust
    else if (where > 0)
        left = pad;                                 // rjust
    else
        left = pad / 2 + (pad & width & 1);         // center: CPython's rounding
    OuObject *r = ou_bytes_alloc(width);
    if (r == NULL)
        return NULL;
    char *d = BYTES(r)->data;
    memset(d, fill, (size_t)left);
    memcpy(d + left, s, (size_t)len);
    memset(d + left + len, fill, (size_t)(pad - left));
    if (!ou_bytes_check(self)) {
        OuObject *t = like(self, d, width);
        OU_DECREF(r);
        r = t;
    }
    return r;
}

static OuObject *bytes_center(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return pad_impl(self, "center", args, nargs, kwnames, 0);
}

static OuObject *bytes_ljust(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return pad_impl(self, "ljust", args, nargs, kwnames, -1);
}

static OuObject *bytes_rjust(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return pad_impl(self, "rjust", args, nargs, kwnames, 1);
}

static OuObject *bytes_zfill(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    SELF_BUF(self);
    if (check_pos(self, "zfill", nargs, kwnames, 1, 1) < 0)
        return NULL;
    ou_ssize_t width;
    if (as_ssize(args[0], &width) < 0)
        return NULL;
    if (width <= len || len < 0)
        return like_self(self, s, len);
    ou_ssize_t pad = width - len;
    OuObject *r = ou_bytes_alloc(width);
    if (r == NULL)
        return NULL;
    char *d = BYTES(r)->data;
    memset(d, '0', (size_t)pad);
    memcpy(d + pad, s, (size_t)len);
    // A sign moves in front of the zeros.
    if (len > 0 && (s[0] == '+' || s[0] == '-')) {
        d[0] = s[0];
        d[pad] = '0';
    }
    if (!ou_bytes_check(self)) {
        OuObject *t = like(self, d, width);
        OU_DECREF(r);
        r = t;
    }
    return r;
}

// ---- hex, fromhex, decode ----

static OuObject *bytes_hex(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    SELF_BUF(self);
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    OuObject *a[2];
    if (ou_args_parse("hex", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    char sep = 0;
    ou_ssize_t per = 1;
    if (a[0] != NULL) {
        const char *p = NULL;
        ou_ssize_t n = 0;
        if (ou_str_check(a[0])) {
            p = ou_str_utf8(a[0]);
            n = ou_str_length(a[0]);
        } else if (!ou_bytes_buffer(a[0], &p, &n)) {
            return ou_err_format(&ou_exc_TypeError, "object of type '%.200s' has no len()", ou_type_name(a[0]));
        }
        if (n != 1)
            return ou_err_set_string(&ou_exc_ValueError, "sep must be length 1.");
        if ((unsigned char)p[0] >= 0x80)
            return ou_err_set_string(&ou_exc_ValueError, "sep must be ASCII.");
        sep = p[0];
    }
    if (a[1] != NULL && as_ssize(a[1], &per) < 0)
        return NULL;
    ou_ssize_t absper = per < 0 ? -per : per;
    if (sep == 0 || absper == 0 || len == 0) {
        sep = 0;
        absper = 0;
    }
    ou_ssize_t nseps = absper > 0 ? (len - 1) / absper : 0;
    OuObject *r = ou_str_alloc(len * 2 + nseps);
    if (r == NULL)
        return NULL;
    char *d = ((OuStr *)r)->data;
    ou_ssize_t k = 0;
    for (ou_ssize_t i = 0; i < len; i++) {
        // Groups count from the right for a positive bytes_per_sep.
        if (i > 0 && absper > 0 && (per > 0 ? (len - i) % absper == 0 : i % absper == 0))
            d[k++] = sep;
        unsigned char c = (unsigned char)s[i];
        d[k++] = hexdigits[c >> 4];
        d[k++] = hexdigits[c & 15];
    }
    ou_str_finish(r);
    return r;
}

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static OuObject *bytes_fromhex(OuObject *cls, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("fromhex", kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return ou_err_format(&ou_exc_TypeError, "%s.fromhex() takes exactly one argument (%zd given)",
                             ((OuType *)cls)->name, nargs);
    if (!ou_str_check(args[0]))
        return ou_err_format(&ou_exc_TypeError, "fromhex() argument must be str, not %.100s",
                             ou_type_name(args[0]));
    const char *p = ou_str_utf8(args[0]);
    ou_ssize_t n = ou_str_size(args[0]);
    OuStrBuilder sb;
    ou_sb_init(&sb);
    // Positions in the message count code points; only ASCII is accepted,
    // so the byte offset equals the code point index up to the first error.
    for (ou_ssize_t i = 0; i < n;) {
        unsigned char c = (unsigned char)p[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c') {
            i++;
            continue;
        }
        int hi = hexval(c), lo = i + 1 < n ? hexval((unsigned char)p[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            ou_ssize_t pos = hi < 0 ? i : i + 1;
            ou_sb_discard(&sb);
            return ou_err_format(&ou_exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zd",
                                 pos);
        }
        if (ou_sb_append_char(&sb, (char)(hi * 16 + lo)) < 0) {
            ou_sb_discard(&sb);
            return NULL;
        }
        i += 2;
    }
    OuObject *r = finish_bytes(NULL, &sb);
    if (r == NULL || cls == (OuObject *)&ou_bytes_type)
        return r;
    OuObject *sub = ou_call_one(cls, r);
    OU_DECREF(r);
    return sub;
}

static OuObject *bytes_decode(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    SELF_BUF(self);
    static const char *const names[] = {"encoding", "errors", NULL};
    OuObject *a[2];
    if (ou_args_parse("decode", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    const char *encoding = NULL, *errors = NULL;
    if (codec_arg("decode", "encoding", a[0], &encoding) < 0 || codec_arg("decode", "errors", a[1], &errors) < 0)
        return NULL;
    return ou_bytes_decode(s, len, encoding, errors);
}

static OuObject *bytes_sizeof(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (check_none(self, "__sizeof__", nargs, kwnames) < 0)
        return NULL;
    return ou_int_from_i64((int64_t)(offsetof(OuBytes, data) + (size_t)BYTES(self)->size + 1));
}

static OuObject *bytes_getnewargs(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuObject *copy = ou_bytes_from_data(BYTES(self)->data, BYTES(self)->size);
    if (copy == NULL)
        return NULL;
    OuObject *r = ou_tuple_pack(1, copy);
    OU_DECREF(copy);
    return r;
}

static const OuMethodDef bytes_methods[] = {
    {"__getnewargs__", bytes_getnewargs, OU_METH_DEFAULT, NULL},
    {"__sizeof__", bytes_sizeof, OU_METH_DEFAULT, "Size of object in memory, in bytes."},
    {"capitalize", bytes_capitalize, OU_METH_DEFAULT, "B.capitalize() -> copy of B"},
    {"center", bytes_center, OU_METH_DEFAULT, "Return a centered string of length width."},
    {"count", bytes_count, OU_METH_DEFAULT,
     "B.count(sub[, start[, end]]) -> int\n\nReturn the number of non-overlapping occurrences of subsection sub in bytes B[start:end]."},
    {"decode", bytes_decode, OU_METH_DEFAULT, "Decode the bytes using the codec registered for encoding."},
    {"endswith", bytes_endswith, OU_METH_DEFAULT,
     "B.endswith(suffix[, start[, end]]) -> bool\n\nReturn True if B ends with the specified suffix, False otherwise."},
    {"find", bytes_find, OU_METH_DEFAULT,
     "B.find(sub[, start[, end]]) -> int\n\nReturn the lowest index in B where subsection sub is found."},
    {"fromhex", bytes_fromhex, OU_METH_CLASS, "Create a bytes object from a string of hexadecimal numbers."},
    {"hex", bytes_hex, OU_METH_DEFAULT, "Create a string of hexadecimal numbers from a bytes object."},
    {"index", bytes_index, OU_METH_DEFAULT,
     "B.index(sub[, start[, end]]) -> int\n\nReturn the lowest index in B where subsection sub is found."},
    {"isalnum", bytes_isalnum, OU_METH_DEFAULT, "B.isalnum() -> bool"},
    {"isalpha", bytes_isalpha, OU_METH_DEFAULT, "B.isalpha() -> bool"},
    {"isascii", bytes_isascii, OU_METH_DEFAULT, "B.isascii() -> bool"},
    {"isdigit", bytes_isdigit, OU_METH_DEFAULT, "B.isdigit() -> bool"},
    {"islower", bytes_islower, OU_METH_DEFAULT, "B.islower() -> bool"},
    {"isspace", bytes_isspace, OU_METH_DEFAULT, "B.isspace() -> bool"},
    {"isupper", bytes_isupper, OU_METH_DEFAULT, "B.isupper() -> bool"},
    {"join", bytes_join, OU_METH_DEFAULT, "Concatenate any number of bytes objects."},
    {"ljust", bytes_ljust, OU_METH_DEFAULT, "Return a left-justified string of length width."},
    {"lower", bytes_lower, OU_METH_DEFAULT, "B.lower() -> copy of B"},
    {"lstrip", bytes_lstrip, OU_METH_DEFAULT, "Strip leading bytes contained in the argument."},
    {"partition", bytes_partition, OU_METH_DEFAULT, "Partition the bytes into three parts using the given separator."},
    {"removeprefix", bytes_removeprefix, OU_METH_DEFAULT, "Return a bytes object with the given prefix string removed if present."},
    {"removesuffix", bytes_removesuffix, OU_METH_DEFAULT, "Return a bytes object with the given suffix string removed if present."},
    {"replace", bytes_replace, OU_METH_DEFAULT, "Return a copy with all occurrences of substring old replaced by new."},
    {"rfind", bytes_rfind, OU_METH_DEFAULT,
     "B.rfind(sub[, start[, end]]) -> int\n\nReturn the highest index in B where subsection sub is found."},
    {"rindex", bytes_rindex, OU_METH_DEFAULT,
     "B.rindex(sub[, start[, end]]) -> int\n\nReturn the highest index in B where subsection sub is found."},
    {"rjust", bytes_rjust, OU_METH_DEFAULT, "Return a right-justified string of length width."},
    {"rpartition", bytes_rpartition, OU_METH_DEFAULT, "Partition the bytes into three parts using the given separator."},
    {"rsplit", bytes_rsplit, OU_METH_DEFAULT, "Return a list of the sections in the bytes, using sep as the delimiter."},
    {"rstrip", bytes_rstrip, OU_METH_DEFAULT, "Strip trailing bytes contained in the argument."},
    {"split", bytes_split, OU_METH_DEFAULT, "Return a list of the sections in the bytes, using sep as the delimiter."},
    {"startswith", bytes_startswith, OU_METH_DEFAULT,
     "B.startswith(prefix[, start[, end]]) -> bool\n\nReturn True if B starts with the specified prefix, False otherwise."},
    {"strip", bytes_strip, OU_METH_DEFAULT, "Strip leading and trailing bytes contained in the argument."},
    {"swapcase", bytes_swapcase, OU_METH_DEFAULT, "B.swapcase() -> copy of B"},
    {"title", bytes_title, OU_METH_DEFAULT, "B.title() -> copy of B"},
    {"upper", bytes_upper, OU_METH_DEFAULT, "B.upper() -> copy of B"},
    {"zfill", bytes_zfill, OU_METH_DEFAULT, "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {NULL, NULL, 0, NULL},
};

// ---- int.to_bytes and int.from_bytes ----

// byteorder: 1 for 'big', 0 for 'little'; -1 + error.
static int byteorder_arg(const char *fname, OuObject *o)
{
    if (o == NULL)
        return 1;
    if (!ou_str_check(o)) {
        ou_err_format(&ou_exc_TypeError, "%s() argument 'byteorder' must be str, not %.100s", fname,
                      ou_type_name(o));
        return -1;
    }
    if (ou_str_eq_cstr(o, "big"))
        return 1;
    if (ou_str_eq_cstr(o, "little"))
        return 0;
    ou_err_set_string(&ou_exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

OuObject *ou_int_to_bytes_method(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    static const char *const names[] = {"length", "byteorder", "signed", NULL};
    OuObject *a[3];
    if (ou_args_parse("to_bytes", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    ou_ssize_t length = 1;
    if (a[0] != NULL && as_ssize(a[0], &length) < 0)
        return NULL;
    if (length < 0)
        return ou_err_set_string(&ou_exc_ValueError, "length argument must be non-negative");
    int big = byteorder_arg("to_bytes", a[1]);
    if (big < 0)
        return NULL;
    int is_signed = 0;
    if (a[2] != NULL && (is_signed = ou_object_is_true(a[2])) < 0)
        return NULL;
    mpz_t z, bound;
    mpz_init(z);
    mpz_init(bound);
    ou_int_as_mpz(self, z);
    OuObject *r = NULL;
    int sign = mpz_sgn(z);
    if (sign < 0 && !is_signed) {
        ou_err_set_string(&ou_exc_OverflowError, "can't convert negative int to unsigned");
        goto done;
    }
    // Fits when -2**(8L-1) <= z < 2**(8L-1) (signed) or z < 2**(8L).
    if (length > (OU_SSIZE_MAX - 8) / 8) {
        ou_err_no_memory();
        goto done;
    }
    mpz_set_ui(bound, 1);
    mpz_mul_2exp(bound, bound, (mp_bitcnt_t)(8 * length - (is_signed && length > 0 ? 1 : 0)));
    int fits;
    if (sign < 0) {
        mpz_neg(bound, bound);
        // CPython lets -1 through as zero signed bytes: its sign fill
        // leaves nothing to check.
        fits = length > 0 ? mpz_cmp(z, bound) >= 0 : mpz_cmp_si(z, -1) == 0;
    } else {
        fits = mpz_cmp(z, bound) < 0 || (length == 0 && sign == 0);
    }
    if (!fits) {
        ou_err_set_string(&ou_exc_OverflowError, "int too big to convert");
        goto done;
    }
    if (sign < 0) {
        // Two's complement: z + 2**(8L).
        mpz_set_ui(bound, 1);
        mpz_mul_2exp(bound, bound, (mp_bitcnt_t)(8 * length));
        mpz_add(z, z, bound);
    }
    r = ou_bytes_alloc(length);
    if (r == NULL)
        goto done;
    char *d = BYTES(r)->data;
    memset(d, 0, (size_t)length);
    size_t count = (mpz_sizeinbase(z, 2) + 7) / 8;
    if (mpz_sgn(z) != 0)
        mpz_export(d + (length - (ou_ssize_t)count), &count, 1, 1, 1, 0, z);
    if (!big)
        for (ou_ssize_t i = 0, j = length - 1; i < j; i++, j--) {
            char t = d[i];
            d[i] = d[j];
            d[j] = t;
        }
done:
    mpz_clear(z);
    mpz_clear(bound);
    return r;
}

OuObject *ou_int_from_bytes_method(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    static const char *const names[] = {"bytes", "byteorder", "signed", NULL};
    OuObject *a[3];
    if (ou_args_parse("from_bytes", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    int big = byteorder_arg("from_bytes", a[1]);
    if (big < 0)
        return NULL;
    int is_signed = 0;
    if (a[2] != NULL && (is_signed = ou_object_is_true(a[2])) < 0)
        return NULL;
    OuObject *b = bytes_from_object(a[0]);
    if (b == NULL)
        return NULL;
    ou_ssize_t n = BYTES(b)->size;
    mpz_t z;
    mpz_init(z);
    if (n > 0)
        mpz_import(z, (size_t)n, big ? 1 : -1, 1, 1, 0, BYTES(b)->data);
    unsigned char top = n > 0 ? (unsigned char)BYTES(b)->data[big ? 0 : n - 1] : 0;
    if (is_signed && (top & 0x80)) {
        mpz_t bound;
        mpz_init_set_ui(bound, 1);
        mpz_mul_2exp(bound, bound, (mp_bitcnt_t)(8 * n));
        mpz_sub(z, z, bound);
        mpz_clear(bound);
    }
    OU_DECREF(b);
    OuObject *r = ou_int_from_mpz(z);
    mpz_clear(z);
    if (r == NULL || self == (OuObject *)&ou_int_type)
        return r;
    // A subclass (bool included) gets to build its own instance.
    OuObject *sub = ou_call_one(self, r);
    OU_DECREF(r);
    return sub;
}

// ---- The type ----

OuType ou_bytes_type = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "bytes",
    .basicsize = offsetof(OuBytes, data),
    .itemsize = 1,
    .flags = OU_TPFLAGS_BASETYPE | OU_TPFLAGS_BYTES_SUBCLASS,
    .doc = "bytes(iterable_of_ints) -> bytes\n"
           "bytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
           "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
           "bytes() -> empty bytes object\n\n"
           "Construct an immutable array of bytes from:\n"
           "  - an iterable yielding integers in range(256)\n"
           "  - a text string encoded using the specified encoding\n"
           "  - any object implementing the buffer API.\n"
           "  - an integer",
    .dealloc = bytes_dealloc,
    .repr = ou_bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .new = bytes_new,
    .iter = bytes_iter,
    .nb = {
        [OU_NB_ADD] = bytes_add,
        [OU_NB_MULTIPLY] = bytes_mul,
    },
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .methods = bytes_methods,
};
