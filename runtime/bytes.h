// runtime/bytes.h: Python `bytes`, an immutable byte string laid out as
// CPython 3.11's PyBytesObject (header, size, cached hash, the bytes inline
// followed by a NUL), so sys.getsizeof(b'') is 33. Also the codecs ouro
// knows (utf-8, ascii, latin-1) in both directions, and int.to_bytes /
// int.from_bytes, which live here because they produce and consume bytes.
// Invariant: data[size] == '\0'; hash is -1 until first computed.
#ifndef OURO_RUNTIME_BYTES_H
#define OURO_RUNTIME_BYTES_H

#include "runtime/object.h"

typedef struct {
    OU_OBJECT_HEAD
    ou_ssize_t size;
    ou_hash_t hash;         // -1 until computed
    char data[];            // size bytes + NUL
} OuBytes;

extern OuType ou_bytes_type;
extern OuType ou_bytes_iter_type;       // bytes_iterator

static inline int ou_bytes_check(OuObject *o) { return ou_type_has_flag(OU_TYPE(o), OU_TPFLAGS_BYTES_SUBCLASS); }
static inline int ou_bytes_check_exact(OuObject *o) { return OU_TYPE(o) == &ou_bytes_type; }
static inline ou_ssize_t ou_bytes_size(OuObject *o) { return ((OuBytes *)o)->size; }
static inline char *ou_bytes_data(OuObject *o) { return ((OuBytes *)o)->data; }   // Borrowed, NUL-terminated

// New ref: a copy of p[0..n). NULL + MemoryError.
OuObject *ou_bytes_from_data(const char *p, ou_ssize_t n);
// New ref: `n` uninitialised bytes (plus the NUL) for the caller to fill
// before anyone else sees the object. NULL + MemoryError.
OuObject *ou_bytes_alloc(ou_ssize_t n);
// New ref: a + b, both bytes. NULL + error.
OuObject *ou_bytes_concat(OuObject *a, OuObject *b);
// CPython's hash (SipHash-1-3, PYTHONHASHSEED=0); cached. Never fails.
ou_hash_t ou_bytes_hash(OuObject *o);
// New ref: repr(b) with CPython's quote choice and escapes (a str).
OuObject *ou_bytes_repr(OuObject *o);
// When `o` supports the buffer protocol as far as ouro knows it (bytes and
// bytearray), point *p / *n at its contents (Borrowed) and return 1; else 0.
int ou_bytes_buffer(OuObject *o, const char **p, ou_ssize_t *n);

// ---- Codecs ----

// New ref (a str): p[0..n) decoded with `encoding` (NULL: utf-8) and
// `errors` (NULL: strict; also replace, ignore, backslashreplace).
// NULL + UnicodeDecodeError / LookupError with CPython's messages.
OuObject *ou_bytes_decode(const char *p, ou_ssize_t n, const char *encoding, const char *errors);
// New ref (a bytes): str.encode(encoding, errors); NULLs mean utf-8 and
// strict (also replace, ignore, backslashreplace, xmlcharrefreplace).
// NULL + UnicodeEncodeError / LookupError with CPython's messages.
OuObject *ou_str_encode(OuObject *str, const char *encoding, const char *errors);

// ---- Methods of other types, for their method tables ----

// str.encode(encoding='utf-8', errors='strict'). New ref or NULL.
OuObject *ou_str_encode_method(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames);
// int.to_bytes(length=1, byteorder='big', *, signed=False). New ref or NULL.
OuObject *ou_int_to_bytes_method(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames);
// int.from_bytes(bytes, byteorder='big', *, signed=False): a classmethod
// (`self` is the type). New ref or NULL.
OuObject *ou_int_from_bytes_method(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames);

#endif
