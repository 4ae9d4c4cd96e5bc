// runtime/str.h: Python `str`, immutable UTF-8 text with its length in code
// points and its hash cached. ASCII strings index in O(1); others walk the
// UTF-8 (the length is still cached). Identifiers and constants in code are
// interned (ou_state.interned), so equal names are usually the same object.
#ifndef OURO_RUNTIME_STR_H
#define OURO_RUNTIME_STR_H

#include <stdarg.h>
#include "runtime/object.h"

typedef struct {
    OU_OBJECT_HEAD
    ou_ssize_t length;      // code points
    ou_ssize_t size;        // bytes of UTF-8, without the terminating NUL
    ou_hash_t hash;         // -1 until computed
    uint8_t ascii;          // every byte < 0x80
    uint8_t interned;
    uint8_t maxchar_kind;   // 1, 2 or 4: CPython's PEP 393 kind (for hashing)
    char data[];            // size bytes + NUL
} OuStr;

extern OuType ou_str_type;
static inline int ou_str_check(OuObject *o) { return ou_type_has_flag(OU_TYPE(o), OU_TPFLAGS_STR_SUBCLASS); }
static inline int ou_str_check_exact(OuObject *o) { return OU_TYPE(o) == &ou_str_type; }
static inline const char *ou_str_utf8(OuObject *o) { return ((OuStr *)o)->data; }    // Borrowed, NUL-terminated
static inline ou_ssize_t ou_str_size(OuObject *o) { return ((OuStr *)o)->size; }     // bytes
static inline ou_ssize_t ou_str_length(OuObject *o) { return ((OuStr *)o)->length; } // code points

// New ref from UTF-8 the caller has validated. NULL + MemoryError.
OuObject *ou_str_from_utf8(const char *s, ou_ssize_t size);
OuObject *ou_str_from_cstr(const char *s);
// New ref; validates UTF-8 (NULL + UnicodeDecodeError when invalid).
OuObject *ou_str_decode_utf8(const char *s, ou_ssize_t size);
// Uninitialised string of `size` bytes to fill and then finish with
// ou_str_finish (computes length/ascii/kind). New ref.
OuObject *ou_str_alloc(ou_ssize_t size);
void ou_str_finish(OuObject *s);
OuObject *ou_str_from_format(const char *fmt, ...);     // New ref; see ou_err_format
OuObject *ou_str_from_formatv(const char *fmt, va_list ap);
OuObject *ou_str_from_codepoint(uint32_t cp);           // New ref (cached below 256)

// Interning: *p is replaced by the canonical string (reference moved).
// What int() and float() parse: New ref to `s` itself when ASCII, else an
// ASCII copy with Unicode decimal digits as '0'..'9', Unicode spaces as ' '
// and any other non-ASCII character as '?' (so parsing fails on it).
OuObject *ou_str_numeric_ascii(OuObject *s);

void ou_str_intern_inplace(OuObject **p);
OuObject *ou_str_intern_cstr(const char *s);            // New ref to the interned string
void ou_str_fini(void);                                 // drop the intern table and caches

ou_hash_t ou_str_hash(OuObject *s);     // CPython 3.11's SipHash-1-3, PYTHONHASHSEED=0
int ou_str_eq(OuObject *a, OuObject *b);  // 1/0: both str
int ou_str_eq_cstr(OuObject *s, const char *c);  // 1/0
int ou_str_compare(OuObject *a, OuObject *b);    // <0 / 0 / >0 by code points
OuObject *ou_str_concat(OuObject *a, OuObject *b);  // New ref
OuObject *ou_str_join(OuObject *sep, OuObject *iterable);  // New ref
// repr(s) with CPython's quoting and escapes. New ref.
OuObject *ou_str_repr(OuObject *s);
// The code point at index i (0 <= i < length).
uint32_t ou_str_codepoint_at(OuObject *s, ou_ssize_t i);
// Byte offset of code point index i (0 <= i <= length).
ou_ssize_t ou_str_byte_offset(OuObject *s, ou_ssize_t i);

// A growable UTF-8 buffer for building strings (reprs, joins, formatting).
typedef struct {
    char *data;
    ou_ssize_t size, capacity;
    char inline_buf[128];
} OuStrBuilder;
void ou_sb_init(OuStrBuilder *sb);
int ou_sb_append(OuStrBuilder *sb, const char *s, ou_ssize_t n);   // 0 / -1 + MemoryError
int ou_sb_append_cstr(OuStrBuilder *sb, const char *s);
int ou_sb_append_char(OuStrBuilder *sb, char c);
int ou_sb_append_codepoint(OuStrBuilder *sb, uint32_t cp);
int ou_sb_append_str(OuStrBuilder *sb, OuObject *str);             // a str object
int ou_sb_append_repr(OuStrBuilder *sb, OuObject *o);              // repr(o)
OuObject *ou_sb_finish(OuStrBuilder *sb);   // New ref (a str); frees the buffer
void ou_sb_discard(OuStrBuilder *sb);

// ---- Additions used across the str files ----

void ou_str_init(void);     // create the empty string; idempotent (others are lazy)
OuObject *ou_str_empty(void);                               // New ref to ''
OuObject *ou_str_repeat(OuObject *s, ou_ssize_t n);         // New ref; n <= 0 gives ''
// New ref: code points [start, end) of s, clamped; start/end >= 0.
OuObject *ou_str_substring(OuObject *s, ou_ssize_t start, ou_ssize_t end);
// New ref: s's bytes [from, to) as a str (offsets on code point boundaries).
OuObject *ou_str_from_bytes_range(OuObject *s, ou_ssize_t from, ou_ssize_t to);
// Byte offset of the first / last occurrence of n in h, or -1. On UTF-8 a
// match always starts on a code point boundary.
ou_ssize_t ou_str_bytes_find(const char *h, ou_ssize_t hn, const char *n, ou_ssize_t nn);
ou_ssize_t ou_str_bytes_rfind(const char *h, ou_ssize_t hn, const char *n, ou_ssize_t nn);
// Bind arguments as CPython's keyword-capable str methods do, with their
// messages ("split() takes at most 2 arguments (3 given)", "'x' is an invalid
// keyword argument for split()"). Every parameter is optional; out[i] gets a
// borrowed reference or NULL. 0 / -1.
int ou_str_parse_args(const char *fname, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames,
                      const char *const *names, int maxpos, OuObject **out);
extern const OuMethodDef ou_str_methods[];      // runtime/str_methods.c
extern OuType ou_str_iter_type;                 // str_iterator
extern OuType ou_str_ascii_iter_type;           // str_ascii_iterator

// UTF-8 steps on text ouro produced itself (always valid).
static inline uint32_t ou_utf8_next(const char **pp)     // decode and advance
{
    const unsigned char *p = (const unsigned char *)*pp;
    uint32_t c = p[0];
    if (c < 0x80) { *pp += 1; return c; }
    if (c < 0xe0) { *pp += 2; return ((c & 0x1f) << 6) | (p[1] & 0x3f); }
    if (c < 0xf0) { *pp += 3; return ((c & 0x0f) << 12) | ((p[1] & 0x3f) << 6) | (p[2] & 0x3f); }
    *pp += 4;
    return ((c & 0x07) << 18) | ((p[1] & 0x3f) << 12) | ((p[2] & 0x3f) << 6) | (p[3] & 0x3f);
}
static inline int ou_utf8_encode(uint32_t cp, char *out)  // bytes written, 1..4
{
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) { out[0] = (char)(0xc0 | (cp >> 6)); out[1] = (char)(0x80 | (cp & 0x3f)); return 2; }
    if (cp < 0x10000) {
        out[0] = (char)(0xe0 | (cp >> 12)); out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        out[2] = (char)(0x80 | (cp & 0x3f)); return 3;
    }
    out[0] = (char)(0xf0 | (cp >> 18)); out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3f)); out[3] = (char)(0x80 | (cp & 0x3f));
    return 4;
}

// Character properties (runtime/unicode.c), from the Unicode 14.0 database
// that CPython 3.11 ships: exact for every code point.
int ou_unicode_isprintable(uint32_t cp);
int ou_unicode_isalpha(uint32_t cp);
int ou_unicode_isdecimal(uint32_t cp);
int ou_unicode_decimal_value(uint32_t cp);      // 0..9, or -1 when not a decimal digit
int ou_unicode_isdigit(uint32_t cp);
int ou_unicode_isnumeric(uint32_t cp);
int ou_unicode_isspace(uint32_t cp);
int ou_unicode_isupper(uint32_t cp);
int ou_unicode_islower(uint32_t cp);
int ou_unicode_istitle(uint32_t cp);
int ou_unicode_islinebreak(uint32_t cp);
// Simple (one code point) case mappings.
uint32_t ou_unicode_toupper(uint32_t cp);
uint32_t ou_unicode_tolower(uint32_t cp);
uint32_t ou_unicode_totitle(uint32_t cp);

#endif
