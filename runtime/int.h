// runtime/int.h: Python `int` (and `bool`, its subclass). Values that fit in
// 64 bits are stored inline; larger ones in a GMP integer whose memory comes
// from ouro's allocator. Small ints -5..256 are preallocated singletons
// (ou_state.small_ints), so `x = 10; y = 10` share one object.
#ifndef OURO_RUNTIME_INT_H
#define OURO_RUNTIME_INT_H

#include <gmp.h>
#include "runtime/object.h"

typedef struct {
    OU_OBJECT_HEAD
    int is_big;             // 0: `small` holds the value; 1: `big` does
    union {
        int64_t small;
        __mpz_struct big;   // never fits in int64 when is_big (kept normalized)
    } v;
} OuInt;

extern OuType ou_int_type, ou_bool_type;
extern OuInt ou_true_struct, ou_false_struct;
#define ou_True ((OuObject *)&ou_true_struct)
#define ou_False ((OuObject *)&ou_false_struct)

static inline int ou_int_check(OuObject *o) { return ou_type_has_flag(OU_TYPE(o), OU_TPFLAGS_INT_SUBCLASS); }
static inline int ou_int_check_exact(OuObject *o) { return OU_TYPE(o) == &ou_int_type; }
static inline int ou_bool_check(OuObject *o) { return OU_TYPE(o) == &ou_bool_type; }
static inline OuObject *ou_bool_from(int b) { OuObject *r = b ? ou_True : ou_False; OU_INCREF(r); return r; }

void ou_int_init(void);                              // small ints; called at startup
void ou_int_fini(void);
OuObject *ou_int_from_i64(int64_t v);                // New ref (cached when small)
OuObject *ou_int_from_u64(uint64_t v);               // New ref
OuObject *ou_int_from_double(double d);              // New ref; OverflowError/ValueError for inf/nan
OuObject *ou_int_from_mpz(const mpz_t z);            // New ref (normalized)
// Parse `text` as int(text, base) does: sign, whitespace, underscores, base
// prefixes when base is 0. NULL + ValueError with CPython's message.
OuObject *ou_int_from_string(const char *text, size_t len, int base);
// Parse a literal as written in source (`0x_ff`, `1_000`, `0o17`). NULL + error.
OuObject *ou_int_from_literal(const char *text, size_t len);
// 0 and *out on success; -1 + OverflowError when the value does not fit.
int ou_int_as_i64(OuObject *o, int64_t *out);
// ou_int_as_i64 for an index: -1 + IndexError/OverflowError naming `what`.
double ou_int_as_double(OuObject *o, int *overflow);  // *overflow set when too large
void ou_int_as_mpz(OuObject *o, mpz_t out);          // out must be mpz_init'ed
int ou_int_sign(OuObject *o);                        // -1 / 0 / 1
int ou_int_is_small(OuObject *o);                    // fits in int64
static inline int64_t ou_int_small_value(OuObject *o) { return ((OuInt *)o)->v.small; }
OuObject *ou_int_to_decimal_string(OuObject *o);      // New ref (a str): repr
OuObject *ou_int_format_base(OuObject *o, int base);  // New ref: bin/oct/hex text with prefix
ou_hash_t ou_int_hash(OuObject *o);                   // CPython's modular hash
int ou_int_compare(OuObject *a, OuObject *b);         // -1/0/1; both ints

// The double nearest to z (half to even); *overflow set (and +-inf
// returned) when it is beyond the float range. Cannot fail otherwise.
double ou_int_mpz_to_double(mpz_srcptr z, int *overflow);
// The double nearest to a/b (b != 0), rounded once; *overflow set when the
// quotient is beyond the float range.
double ou_int_ratio_to_double(mpz_srcptr a, mpz_srcptr b, int *overflow);
// Operators shared with bool and builtins. New ref; ou_NotImplemented
// unless both operands are ints; NULL + error.
OuObject *ou_int_and(OuObject *a, OuObject *b);
OuObject *ou_int_or(OuObject *a, OuObject *b);
OuObject *ou_int_xor(OuObject *a, OuObject *b);
OuObject *ou_int_divmod(OuObject *a, OuObject *b);   // divmod(a, b): a 2-tuple
// pow(a, b, m) for ints; m may be NULL or None (two-argument pow).
OuObject *ou_int_power(OuObject *a, OuObject *b, OuObject *m);

#endif
