// runtime/int.c: Python `int`.
//
// Representation: a value that fits in int64 lives in `v.small`; anything
// larger lives in a GMP integer (`v.big`, is_big = 1). The two never overlap:
// every constructor goes through `int_from_mpz_take` or `ou_int_from_i64`,
// which pick the inline form whenever the value fits, so equal values always
// have the same representation and `is_big` doubles as "does not fit int64".
//
// Arithmetic tries int64 first with the overflow builtins and falls back to
// GMP. GMP reads small operands through `view`, a read-only mpz over a limb
// on the stack, so mixed small/big operations never allocate a temporary.
//
// `bool` (runtime/bool.c) shares this layout; slots here accept any int
// subclass and always return exact ints.
#include "runtime/int.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "gc/gc.h"
#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/error.h"
#include "runtime/bytes.h"
#include "runtime/float.h"
#include "runtime/format.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

_Static_assert(sizeof(mp_limb_t) == 8, "ouro assumes 64-bit GMP limbs");

// CPython 3.11's default for sys.set_int_max_str_digits (PEP 651 era DoS guard).
#define MAX_STR_DIGITS 4300
#define INT_HASH_MODULUS (((uint64_t)1 << 61) - 1)

#define AS_INT(o) ((OuInt *)(o))

// ---- GMP's memory goes through ouro's allocator ----

static void *gmp_alloc(size_t n)
{
    void *p = ou_mem_alloc(n);
    if (p == NULL)
        ou_fatal("out of memory in GMP (%zu bytes)", n);
    return p;
}

static void *gmp_realloc(void *p, size_t old, size_t n)
{
    void *q = ou_mem_realloc(p, n);
    if (q == NULL)
        ou_fatal("out of memory in GMP (%zu bytes)", n);
    return q;
}

static void gmp_free(void *p, size_t n)
{
    ou_mem_free(p);
}

// ---- Construction ----

static OuObject *int_alloc(OuType *type)
{
    return ou_object_new(type);
}

OuObject *ou_int_from_i64(int64_t v)
{
    if (v >= OU_SMALL_INT_MIN && v <= OU_SMALL_INT_MAX) {
        OuObject *cached = ou_state.small_ints[v - OU_SMALL_INT_MIN];
        if (cached != NULL)
            return ou_newref(cached);
    }
    OuObject *o = int_alloc(&ou_int_type);
    if (o == NULL)
        return NULL;
    AS_INT(o)->v.small = v;
    return o;
}

OuObject *ou_int_from_u64(uint64_t v)
{
    if (v <= INT64_MAX)
        return ou_int_from_i64((int64_t)v);
    OuObject *o = int_alloc(&ou_int_type);
    if (o == NULL)
        return NULL;
    AS_INT(o)->is_big = 1;
    mpz_init_set_ui(&AS_INT(o)->v.big, v);
    return o;
}

static int mpz_fits_i64(mpz_srcptr z)
{
    return mpz_fits_slong_p(z);
}

// Steals `z` (cleared or moved on every path). Normalizes to the inline
// form when the value fits. Builds an instance of `type` (an int subclass).
static OuObject *int_from_mpz_take_type(OuType *type, mpz_ptr z)
{
    if (mpz_fits_i64(z)) {
        int64_t v = mpz_get_si(z);
        mpz_clear(z);
        if (type == &ou_int_type)
            return ou_int_from_i64(v);
        OuObject *o = int_alloc(type);
        if (o != NULL)
            AS_INT(o)->v.small = v;
        return o;
    }
    OuObject *o = int_alloc(type);
    if (o == NULL) {
        mpz_clear(z);
        return NULL;
    }
    AS_INT(o)->is_big = 1;
    // An mpz is a handle to its limbs: moving the struct moves the value.
    AS_INT(o)->v.big = *z;
    return o;
}

static OuObject *int_from_mpz_take(mpz_ptr z)
{
    return int_from_mpz_take_type(&ou_int_type, z);
}

OuObject *ou_int_from_mpz(const mpz_t z)
{
    mpz_t copy;
    mpz_init_set(copy, z);
    return int_from_mpz_take(copy);
}

// A read-only mpz over any int, without allocating for small values.
typedef struct {
    mpz_t z;
    mp_limb_t limb;
} BigView;

static mpz_srcptr view(OuObject *o, BigView *bv)
{
    OuInt *i = AS_INT(o);
    if (i->is_big)
        return &i->v.big;
    int64_t v = i->v.small;
    bv->limb = v < 0 ? -(uint64_t)v : (uint64_t)v;
    return mpz_roinit_n(bv->z, &bv->limb, v < 0 ? -1 : (v > 0 ? 1 : 0));
}

void ou_int_as_mpz(OuObject *o, mpz_t out)
{
    BigView bv;
    mpz_set(out, view(o, &bv));
}

// A copy of an int (any subclass) as an exact int. New ref.
static OuObject *int_exact(OuObject *o)
{
    if (ou_int_check_exact(o))
        return ou_newref(o);
    if (!AS_INT(o)->is_big)
        return ou_int_from_i64(AS_INT(o)->v.small);
    return ou_int_from_mpz(&AS_INT(o)->v.big);
}

// ---- Conversions out ----

int ou_int_as_i64(OuObject *o, int64_t *out)
{
    if (AS_INT(o)->is_big) {
        ou_err_set_string(&ou_exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    *out = AS_INT(o)->v.small;
    return 0;
}

int ou_int_sign(OuObject *o)
{
    if (AS_INT(o)->is_big)
        return mpz_sgn(&AS_INT(o)->v.big);
    int64_t v = AS_INT(o)->v.small;
    return (v > 0) - (v < 0);
}

int ou_int_is_small(OuObject *o)
{
    return !AS_INT(o)->is_big;
}

// Round |q| (with a sticky bit already folded into bit 0) to a double
// holding `drop` fewer bits, half to even, and scale by 2**exp2. Used by
// both the int->float conversion and true division so both round once.
static double round_bits_to_double(uint64_t q, int drop, long exp2)
{
    if (drop <= 0)
        return ldexp((double)q, (int)exp2);
    if (drop >= 64)
        return 0.0;
    uint64_t m = q >> drop;
    uint64_t rem = q & (((uint64_t)1 << drop) - 1);
    uint64_t half = (uint64_t)1 << (drop - 1);
    if (rem > half || (rem == half && (m & 1)))
        m++;
    long e = exp2 + drop;
    if (e > 2000)
        return HUGE_VAL;
    return ldexp((double)m, (int)e);
}

double ou_int_mpz_to_double(mpz_srcptr z, int *overflow)
{
    *overflow = 0;
    size_t bits = mpz_sizeinbase(z, 2);
    if (mpz_sgn(z) == 0)
        return 0.0;
    if (bits <= 53)
        return mpz_get_d(z);
    if (bits <= 64) {
        mpz_t mag;
        mpz_roinit_n(mag, mpz_limbs_read(z), (mp_size_t)mpz_size(z));
        double d = round_bits_to_double(mpz_get_ui(mag), (int)bits - 53, 0);
        return mpz_sgn(z) < 0 ? -d : d;
    }
    if (bits > DBL_MAX_EXP) {
        *overflow = 1;
        return mpz_sgn(z) < 0 ? -HUGE_VAL : HUGE_VAL;
    }
    // Keep 55 bits: 53 of mantissa, a rounding bit, and a sticky bit that
    // records whether anything below was non-zero.
    mpz_t top;
    mpz_init(top);
    mpz_abs(top, z);
    size_t shift = bits - 55;
    int sticky = mpz_scan1(top, 0) < shift;
    mpz_tdiv_q_2exp(top, top, shift);
    uint64_t q = mpz_get_ui(top) | (uint64_t)sticky;
    mpz_clear(top);
    double d = round_bits_to_double(q, 2, (long)shift);
    if (isinf(d))
        *overflow = 1;
    return mpz_sgn(z) < 0 ? -d : d;
}

double ou_int_as_double(OuObject *o, int *overflow)
{
    if (!AS_INT(o)->is_big) {
        *overflow = 0;
        return (double)AS_INT(o)->v.small;
    }
    return ou_int_mpz_to_double(&AS_INT(o)->v.big, overflow);
}

OuObject *ou_int_from_double(double d)
{
    if (isnan(d))
        return ou_err_set_string(&ou_exc_ValueError, "cannot convert float NaN to integer");
    if (isinf(d))
        return ou_err_set_string(&ou_exc_OverflowError, "cannot convert float infinity to integer");
    d = trunc(d);
    if (d >= -9223372036854775808.0 && d < 9223372036854775808.0)
        return ou_int_from_i64((int64_t)d);
    mpz_t z;
    mpz_init_set_d(z, d);
    return int_from_mpz_take(z);
}

// ---- Decimal text and the digit limit ----

static OuObject *str_digits_error(void)
{
    return ou_err_format(&ou_exc_ValueError,
                         "Exceeds the limit (%d digits) for integer string conversion; "
                         "use sys.set_int_max_str_digits() to increase the limit",
                         MAX_STR_DIGITS);
}

// Text of `o` in `base` (2..36), lowercase, with `prefix` after the sign.
static OuObject *int_to_text(OuObject *o, int base, const char *prefix)
{
    char small[96];
    if (!AS_INT(o)->is_big) {
        int64_t v = AS_INT(o)->v.small;
        uint64_t mag = v < 0 ? -(uint64_t)v : (uint64_t)v;
        char digits[72];
        int n = 0;
        do {
            digits[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[mag % (unsigned)base];
            mag /= (unsigned)base;
        } while (mag);
        int k = 0;
        if (v < 0)
            small[k++] = '-';
        size_t plen = strlen(prefix);
        memcpy(small + k, prefix, plen);
        k += (int)plen;
        while (n)
            small[k++] = digits[--n];
        return ou_str_from_utf8(small, k);
    }
    mpz_srcptr z = &AS_INT(o)->v.big;
    size_t est = mpz_sizeinbase(z, base);
    if (base == 10 && est > MAX_STR_DIGITS + 1)
        return str_digits_error();
    size_t plen = strlen(prefix);
    char *buf = ou_mem_alloc_or_raise(est + plen + 3);
    if (buf == NULL)
        return NULL;
    int neg = mpz_sgn(z) < 0;
    size_t k = 0;
    if (neg)
        buf[k++] = '-';
    memcpy(buf + k, prefix, plen);
    k += plen;
    mpz_t mag;
    mpz_roinit_n(mag, mpz_limbs_read(z), mpz_size(z));
    mpz_get_str(buf + k, base, mag);
    size_t ndigits = strlen(buf + k);
    if (base == 10 && ndigits > MAX_STR_DIGITS) {
        ou_mem_free(buf);
        return str_digits_error();
    }
    OuObject *s = ou_str_from_utf8(buf, (ou_ssize_t)(k + ndigits));
    ou_mem_free(buf);
    return s;
}

OuObject *ou_int_to_decimal_string(OuObject *o)
{
    return int_to_text(o, 10, "");
}

OuObject *ou_int_format_base(OuObject *o, int base)
{
    switch (base) {
    case 2: return int_to_text(o, 2, "0b");
    case 8: return int_to_text(o, 8, "0o");
    case 16: return int_to_text(o, 16, "0x");
    default: return int_to_text(o, base, "");
    }
}

static int is_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static int digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

static OuObject *invalid_literal(const char *text, size_t len, int base)
{
    OuObject *s = ou_str_decode_utf8(text, (ou_ssize_t)len);
    if (s == NULL)
        return NULL;
    OuObject *r = ou_str_repr(s);
    OU_DECREF(s);
    if (r == NULL)
        return NULL;
    // CPython quotes at most 200 characters of the repr (no closing quote
    // when it is cut).
    ou_ssize_t n = ou_str_length(r) > 200 ? ou_str_byte_offset(r, 200) : ou_str_size(r);
    char msg[64 + 200 * 4];
    snprintf(msg, sizeof msg, "invalid literal for int() with base %d: %.*s",
             base, (int)n, ou_str_utf8(r));
    OU_DECREF(r);
    ou_err_set_string(&ou_exc_ValueError, msg);
    return NULL;
}

// int(s) for a str object: Unicode digits and spaces count, but errors
// quote the text as it was given.
static OuObject *int_from_str_object(OuObject *x, int base)
{
    OuObject *ascii = ou_str_numeric_ascii(x);
    if (ascii == NULL)
        return NULL;
    OuObject *r = ou_int_from_string(ou_str_utf8(ascii), (size_t)ou_str_size(ascii), base);
    if (r == NULL && ascii != x && ou_err_matches(&ou_exc_ValueError)) {
        ou_err_clear();
        invalid_literal(ou_str_utf8(x), (size_t)ou_str_size(x), base);
    }
    OU_DECREF(ascii);
    return r;
}

OuObject *ou_int_from_string(const char *text, size_t len, int base)
{
    if (base != 0 && (base < 2 || base > 36))
        return ou_err_set_string(&ou_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    const char *p = text, *end = text + len;
    while (p < end && is_space((unsigned char)*p))
        p++;
    while (end > p && is_space((unsigned char)end[-1]))
        end--;
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    int given_base = base;
    int prefixed = 0;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            prefixed = 1;
        }
    }
    if (base == 0)
        base = 10;
    // Copy the digits without underscores; an underscore must sit between
    // two digits, or right after a base prefix.
    size_t cap = (size_t)(end - p) + 1;
    char *digits = ou_mem_alloc_or_raise(cap);
    if (digits == NULL)
        return NULL;
    size_t n = 0;
    int prev_digit = prefixed;
    int ok = p < end;
    for (const char *q = p; q < end && ok; q++) {
        if (*q == '_') {
            ok = prev_digit && q + 1 < end;
            prev_digit = 0;
        } else if (digit_value((unsigned char)*q) < base) {
            digits[n++] = *q;
            prev_digit = 1;
        } else {
            ok = 0;
        }
    }
    ok = ok && n > 0;
    // Base 0 rejects leading zeros ("010") unless the value is all zeros.
    if (ok && given_base == 0 && !prefixed && digits[0] == '0') {
        for (size_t i = 0; i < n; i++)
            if (digits[i] != '0')
                ok = 0;
    }
    if (!ok) {
        ou_mem_free(digits);
        return invalid_literal(text, len, given_base);
    }
    digits[n] = '\0';
    if ((base & (base - 1)) != 0 && n > MAX_STR_DIGITS) {
        ou_mem_free(digits);
        return ou_err_format(&ou_exc_ValueError,
                             "Exceeds the limit (%d digits) for integer string conversion: "
                             "value has %zu digits; use sys.set_int_max_str_digits() "
                             "to increase the limit", MAX_STR_DIGITS, n);
    }
    OuObject *r;
    if (n <= 18 && base <= 10) {
        int64_t v = 0;
        for (size_t i = 0; i < n; i++)
            v = v * base + digit_value((unsigned char)digits[i]);
        r = ou_int_from_i64(neg ? -v : v);
    } else {
        mpz_t z;
        mpz_init_set_str(z, digits, base);
        if (neg)
            mpz_neg(z, z);
        r = int_from_mpz_take(z);
    }
    ou_mem_free(digits);
    return r;
}

OuObject *ou_int_from_literal(const char *text, size_t len)
{
    return ou_int_from_string(text, len, 0);
}

// ---- Hash and comparison ----

ou_hash_t ou_int_hash(OuObject *o)
{
    uint64_t mag;
    int neg;
    if (!AS_INT(o)->is_big) {
        int64_t v = AS_INT(o)->v.small;
        neg = v < 0;
        mag = (neg ? -(uint64_t)v : (uint64_t)v) % INT_HASH_MODULUS;
    } else {
        mpz_srcptr z = &AS_INT(o)->v.big;
        neg = mpz_sgn(z) < 0;
        mag = mpz_tdiv_ui(z, INT_HASH_MODULUS);
    }
    ou_hash_t h = neg ? -(ou_hash_t)mag : (ou_hash_t)mag;
    return h == -1 ? -2 : h;
}

int ou_int_compare(OuObject *a, OuObject *b)
{
    if (!AS_INT(a)->is_big && !AS_INT(b)->is_big) {
        int64_t x = AS_INT(a)->v.small, y = AS_INT(b)->v.small;
        return (x > y) - (x < y);
    }
    BigView va, vb;
    int c = mpz_cmp(view(a, &va), view(b, &vb));
    return (c > 0) - (c < 0);
}

static OuObject *cmp_result(int c, int op)
{
    int r;
    switch (op) {
    case OU_LT: r = c < 0; break;
    case OU_LE: r = c <= 0; break;
    case OU_EQ: r = c == 0; break;
    case OU_NE: r = c != 0; break;
    case OU_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return ou_bool_from(r);
}

static OuObject *int_richcompare(OuObject *a, OuObject *b, int op)
{
    // Mixed int/float comparisons are float's job (the reflected call).
    if (!ou_int_check(a) || !ou_int_check(b))
        return ou_newref(ou_NotImplemented);
    return cmp_result(ou_int_compare(a, b), op);
}

static ou_hash_t int_hash(OuObject *o)
{
    return ou_int_hash(o);
}

static OuObject *int_repr(OuObject *o)
{
    return ou_int_to_decimal_string(o);
}

static void int_dealloc(OuObject *o)
{
    if (AS_INT(o)->is_big)
        mpz_clear(&AS_INT(o)->v.big);
    ou_object_free(o);
}

// ---- Arithmetic ----

#define BOTH_INTS(a, b) \
    do { \
        if (!ou_int_check(a) || !ou_int_check(b)) \
            return ou_newref(ou_NotImplemented); \
    } while (0)
#define BOTH_SMALL(a, b) (!AS_INT(a)->is_big && !AS_INT(b)->is_big)
#define SMALL(o) (AS_INT(o)->v.small)

typedef void (*MpzBinary)(mpz_ptr, mpz_srcptr, mpz_srcptr);

static OuObject *big_binary(OuObject *a, OuObject *b, MpzBinary fn)
{
    BigView va, vb;
    mpz_t r;
    mpz_init(r);
    fn(r, view(a, &va), view(b, &vb));
    return int_from_mpz_take(r);
}

static OuObject *int_add(OuObject *a, OuObject *b)
{
    BOTH_INTS(a, b);
    int64_t r;
    if (BOTH_SMALL(a, b) && !__builtin_add_overflow(SMALL(a), SMALL(b), &r))
        return ou_int_from_i64(r);
    return big_binary(a, b, mpz_add);
}

static OuObject *int_sub(OuObject *a, OuObject *b)
{
    BOTH_INTS(a, b);
    int64_t r;
    if (BOTH_SMALL(a, b) && !__builtin_sub_overflow(SMALL(a), SMALL(b), &r))
        return ou_int_from_i64(r);
    return big_binary(a, b, mpz_sub);
}

static OuObject *int_mul(OuObject *a, OuObject *b)
{
    BOTH_INTS(a, b);
    int64_t r;
    if (BOTH_SMALL(a, b) && !__builtin_mul_overflow(SMALL(a), SMALL(b), &r))
        return ou_int_from_i64(r);
    return big_binary(a, b, mpz_mul);
}

// Python's floor division and modulo: the remainder takes the divisor's sign.
// Either output may be NULL. 0 / -1 (ZeroDivisionError with `zmsg`).
static int int_divmod_impl(OuObject *a, OuObject *b, OuObject **q, OuObject **r,
                           const char *zmsg)
{
    if (ou_int_sign(b) == 0) {
        ou_err_set_string(&ou_exc_ZeroDivisionError, zmsg);
        return -1;
    }
    if (BOTH_SMALL(a, b) && !(SMALL(a) == INT64_MIN && SMALL(b) == -1)) {
        int64_t x = SMALL(a), y = SMALL(b);
        int64_t qq = x / y, rr = x % y;
        if (rr != 0 && ((rr < 0) != (y < 0))) {
            rr += y;
            qq -= 1;
        }
        if (q != NULL && (*q = ou_int_from_i64(qq)) == NULL)
            return -1;
        if (r != NULL && (*r = ou_int_from_i64(rr)) == NULL) {
            if (q != NULL)
                OU_CLEAR(*q);
            return -1;
        }
        return 0;
    }
    BigView va, vb;
    mpz_t zq, zr;
    mpz_init(zq);
    mpz_init(zr);
    mpz_fdiv_qr(zq, zr, view(a, &va), view(b, &vb));
    if (q != NULL) {
        if ((*q = int_from_mpz_take(zq)) == NULL) {
            mpz_clear(zr);
            return -1;
        }
    } else {
        mpz_clear(zq);
    }
    if (r != NULL) {
        if ((*r = int_from_mpz_take(zr)) == NULL) {
            if (q != NULL)
                OU_CLEAR(*q);
            return -1;
        }
    } else {
        mpz_clear(zr);
    }
    return 0;
}

static OuObject *int_floordiv(OuObject *a, OuObject *b)
{
    BOTH_INTS(a, b);
    OuObject *q;
    if (int_divmod_impl(a, b, &q, NULL, "integer division or modulo by zero") < 0)
        return NULL;
    return q;
}

static OuObject *int_mod(OuObject *a, OuObject *b)
{
    BOTH_INTS(a, b);
    OuObject *r;
    if (int_divmod_impl(a, b, NULL, &r, "integer modulo by zero") < 0)
        return NULL;
    return r;
}

static OuObject *int_divmod(OuObject *a, OuObject *b)
{
    BOTH_INTS(a, b);
    OuObject *q, *r;
    if (int_divmod_impl(a, b, &q, &r, "integer division or modulo by zero") < 0)
        return NULL;
    OuObject *t = ou_tuple_new(2);
    if (t == NULL) {
        OU_DECREF(q);
        OU_DECREF(r);
        return NULL;
    }
    ou_tuple_items(t)[0] = q;
    ou_tuple_items(t)[1] = r;
    return t;
}

double ou_int_ratio_to_double(mpz_srcptr a, mpz_srcptr b, int *overflow)
{
    *overflow = 0;
    int neg = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    if (mpz_sgn(a) == 0)
        return neg ? -0.0 : 0.0;
    long na = (long)mpz_sizeinbase(a, 2), nb = (long)mpz_sizeinbase(b, 2);
    long e = na - nb;              // 2**(e-1) < |a/b| < 2**(e+1)
    if (e > DBL_MAX_EXP + 1) {
        *overflow = 1;
        return 0.0;
    }
    if (e < DBL_MIN_EXP - DBL_MANT_DIG - 3)
        return neg ? -0.0 : 0.0;
    // Scale so the quotient has 55 or 56 bits: 53 for the mantissa, one to
    // round with, one more to hold the sticky bit of the remainder.
    long s = 55 - e;
    mpz_t num, den, q, r;
    mpz_init(num);
    mpz_init(den);
    mpz_init(q);
    mpz_init(r);
    mpz_abs(num, a);
    mpz_abs(den, b);
    if (s >= 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)s);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-s);
    mpz_tdiv_qr(q, r, num, den);
    uint64_t qq = mpz_get_ui(q) | (uint64_t)(mpz_sgn(r) != 0);
    mpz_clear(num);
    mpz_clear(den);
    mpz_clear(q);
    mpz_clear(r);
    int bits = 64 - __builtin_clzll(qq);
    // Subnormal results hold fewer bits: never keep bits below 2**-1074.
    long drop = bits - DBL_MANT_DIG;
    long min_drop = s + (DBL_MIN_EXP - DBL_MANT_DIG);   // s - 1074
    if (drop < min_drop)
        drop = min_drop;
    double d = round_bits_to_double(qq, (int)(drop > 64 ? 64 : drop), -s);
    if (isinf(d)) {
        *overflow = 1;
        return 0.0;
    }
    return neg ? -d : d;
}

static OuObject *int_truediv(OuObject *a, OuObject *b)
{
    BOTH_INTS(a, b);
    if (ou_int_sign(b) == 0)
        return ou_err_set_string(&ou_exc_ZeroDivisionError, "division by zero");
    const int64_t exact = (int64_t)1 << DBL_MANT_DIG;
    if (BOTH_SMALL(a, b) && SMALL(a) >= -exact && SMALL(a) <= exact &&
        SMALL(b) >= -exact && SMALL(b) <= exact)
        return ou_float_from_double((double)SMALL(a) / (double)SMALL(b));
    BigView va, vb;
    int overflow;
    double d = ou_int_ratio_to_double(view(a, &va), view(b, &vb), &overflow);
    if (overflow)
        return ou_err_set_string(&ou_exc_OverflowError,
                                 "integer division result too large for a float");
    return ou_float_from_double(d);
}

static OuObject *int_pow_mod(OuObject *a, OuObject *b, OuObject *m)
{
    if (ou_int_sign(m) == 0)
        return ou_err_set_string(&ou_exc_ValueError, "pow() 3rd argument cannot be 0");
    BigView va, vb, vm;
    mpz_t base, mod, r;
    mpz_init_set(base, view(a, &va));
    mpz_init(mod);
    mpz_abs(mod, view(m, &vm));
    mpz_init(r);
    mpz_srcptr exp = view(b, &vb);
    mpz_t absexp;
    mpz_init(absexp);
    mpz_abs(absexp, exp);
    if (mpz_sgn(exp) < 0 && !mpz_invert(base, base, mod)) {
        mpz_clears(base, mod, r, absexp, NULL);
        return ou_err_set_string(&ou_exc_ValueError,
                                 "base is not invertible for the given modulus");
    }
    mpz_powm(r, base, absexp, mod);
    // The result takes the modulus's sign, as `%` does.
    if (ou_int_sign(m) < 0 && mpz_sgn(r) != 0)
        mpz_sub(r, r, mod);
    mpz_clears(base, mod, absexp, NULL);
    return int_from_mpz_take(r);
}

static OuObject *int_pow(OuObject *a, OuObject *b)
{
    BOTH_INTS(a, b);
    if (ou_int_sign(b) < 0)
        return ou_float_type.nb[OU_NB_POWER](a, b);
    if (BOTH_SMALL(a, b)) {
        int64_t base = SMALL(a), exp = SMALL(b), r = 1;
        int ok = 1;
        while (exp > 0 && ok) {
            if ((exp & 1) && __builtin_mul_overflow(r, base, &r))
                ok = 0;
            exp >>= 1;
            if (exp > 0 && ok && __builtin_mul_overflow(base, base, &base))
                ok = 0;
        }
        if (ok)
            return ou_int_from_i64(r);
    }
    BigView va;
    mpz_srcptr za = view(a, &va);
    // 0, 1 and -1 stay small for any exponent; anything else with an
    // exponent past the machine word would not fit in memory.
    if (mpz_cmpabs_ui(za, 1) <= 0) {
        if (mpz_sgn(za) >= 0)
            return ou_int_from_i64(mpz_sgn(za) == 0 && ou_int_sign(b) == 0 ? 1 : mpz_get_si(za));
        BigView vb;
        return ou_int_from_i64(mpz_odd_p(view(b, &vb)) ? -1 : 1);
    }
    if (AS_INT(b)->is_big ||
        (double)SMALL(b) * (double)mpz_sizeinbase(za, 2) > 1e12)
        return ou_err_no_memory();
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, za, (unsigned long)SMALL(b));
    return int_from_mpz_take(r);
}

// Shift counts past the ssize range: a left shift could never fit, a right
// shift leaves only the sign.
static OuObject *int_lshift(OuObject *a, OuObject *b)
{
    BOTH_INTS(a, b);
    if (ou_int_sign(b) < 0)
        return ou_err_set_string(&ou_exc_ValueError, "negative shift count");
    if (ou_int_sign(a) == 0)
        return ou_int_from_i64(0);
    if (AS_INT(b)->is_big || SMALL(b) > ((int64_t)1 << 40))
        return ou_err_no_memory();
    int64_t n = SMALL(b);
    if (!AS_INT(a)->is_big && n < 63) {
        int64_t v = SMALL(a);
        int64_t r = (int64_t)((uint64_t)v << n);
        if ((r >> n) == v)
            return ou_int_from_i64(r);
    }
    BigView va;
    mpz_t r;
    mpz_init(r);
    mpz_mul_2exp(r, view(a, &va), (mp_bitcnt_t)n);
    return int_from_mpz_take(r);
}

static OuObject *int_rshift(OuObject *a, OuObject *b)
{
    BOTH_INTS(a, b);
    if (ou_int_sign(b) < 0)
        return ou_err_set_string(&ou_exc_ValueError, "negative shift count");
    if (AS_INT(b)->is_big)
        return ou_int_from_i64(ou_int_sign(a) < 0 ? -1 : 0);
    int64_t n = SMALL(b);
    if (!AS_INT(a)->is_big)
        return ou_int_from_i64(n >= 64 ? (SMALL(a) < 0 ? -1 : 0) : SMALL(a) >> n);
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, &AS_INT(a)->v.big, (mp_bitcnt_t)n);
    return int_from_mpz_take(r);
}

// GMP's logical operations already use infinite two's complement, Python's
// model for negative ints.
static OuObject *int_and(OuObject *a, OuObject *b)
{
    BOTH_INTS(a, b);
    if (BOTH_SMALL(a, b))
        return ou_int_from_i64(SMALL(a) & SMALL(b));
    return big_binary(a, b, mpz_and);
}

static OuObject *int_or(OuObject *a, OuObject *b)
{
    BOTH_INTS(a, b);
    if (BOTH_SMALL(a, b))
        return ou_int_from_i64(SMALL(a) | SMALL(b));
    return big_binary(a, b, mpz_ior);
}

static OuObject *int_xor(OuObject *a, OuObject *b)
{
    BOTH_INTS(a, b);
    if (BOTH_SMALL(a, b))
        return ou_int_from_i64(SMALL(a) ^ SMALL(b));
    return big_binary(a, b, mpz_xor);
}

// Slots shared with bool (runtime/bool.c): exact-int results.
OuObject *ou_int_and(OuObject *a, OuObject *b) { return int_and(a, b); }
OuObject *ou_int_or(OuObject *a, OuObject *b) { return int_or(a, b); }
OuObject *ou_int_xor(OuObject *a, OuObject *b) { return int_xor(a, b); }

typedef void (*MpzUnary)(mpz_ptr, mpz_srcptr);

static OuObject *big_unary(OuObject *a, MpzUnary fn)
{
    BigView va;
    mpz_t r;
    mpz_init(r);
    fn(r, view(a, &va));
    return int_from_mpz_take(r);
}

static OuObject *int_neg(OuObject *a)
{
    if (!AS_INT(a)->is_big && SMALL(a) != INT64_MIN)
        return ou_int_from_i64(-SMALL(a));
    return big_unary(a, mpz_neg);
}

static OuObject *int_abs(OuObject *a)
{
    if (!AS_INT(a)->is_big && SMALL(a) != INT64_MIN)
        return ou_int_from_i64(SMALL(a) < 0 ? -SMALL(a) : SMALL(a));
    return big_unary(a, mpz_abs);
}

static OuObject *int_invert(OuObject *a)
{
    if (!AS_INT(a)->is_big)
        return ou_int_from_i64(~SMALL(a));
    return big_unary(a, mpz_com);
}

static OuObject *int_pos(OuObject *a)
{
    return int_exact(a);
}

static int int_bool(OuObject *a)
{
    return ou_int_sign(a) != 0;
}

static OuObject *int_float(OuObject *a)
{
    int overflow;
    double d = ou_int_as_double(a, &overflow);
    if (overflow)
        return ou_err_set_string(&ou_exc_OverflowError, "int too large to convert to float");
    return ou_float_from_double(d);
}

// ---- int(x), int(x, base) ----

static OuObject *int_from_number_protocol(OuObject *x)
{
    OuType *t = OU_TYPE(x);
    OuObject *r = NULL;
    const char *slot = NULL;
    if (t->nb_int != NULL) {
        r = t->nb_int(x);
        slot = "__int__";
    } else if (t->nb_index != NULL) {
        r = t->nb_index(x);
        slot = "__index__";
    } else {
        OuObject *trunc = ou_object_getattr_str(x, "__trunc__");
        if (trunc == NULL) {
            if (!ou_err_matches(&ou_exc_AttributeError))
                return NULL;
            ou_err_clear();
            return ou_err_format(&ou_exc_TypeError,
                                 "int() argument must be a string, a bytes-like object "
                                 "or a real number, not '%s'", ou_type_name(x));
        }
        r = ou_call_noargs(trunc);
        OU_DECREF(trunc);
        if (r == NULL || ou_int_check(r)) {
            if (r != NULL && !ou_int_check_exact(r))
                OU_SETREF(r, int_exact(r));
            return r;
        }
        OuObject *idx = ou_number_index(r);
        if (idx == NULL) {
            ou_err_clear();
            ou_err_format(&ou_exc_TypeError, "__trunc__ returned non-Integral (type %s)",
                          ou_type_name(r));
        }
        OU_DECREF(r);
        return idx;
    }
    if (r == NULL)
        return NULL;
    if (!ou_int_check(r)) {
        ou_err_format(&ou_exc_TypeError, "%s returned non-int (type %s)", slot, ou_type_name(r));
        OU_DECREF(r);
        return NULL;
    }
    if (!ou_int_check_exact(r))
        OU_SETREF(r, int_exact(r));
    return r;
}

static OuObject *int_new(OuType *type, OuObject *const *args, ou_ssize_t nargs,
                         OuObject *kwnames)
{
    static const char *const names[] = {"", "base", NULL};
    OuObject *a[2];
    if (ou_args_parse("int", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    OuObject *x = a[0], *base_obj = a[1];
    OuObject *r;
    if (x == NULL) {
        if (base_obj != NULL)
            return ou_err_set_string(&ou_exc_TypeError, "int() missing string argument");
        r = ou_int_from_i64(0);
    } else if (base_obj != NULL) {
        ou_ssize_t base;
        if (ou_arg_ssize(base_obj, &base) < 0)
            return NULL;
        if (!ou_str_check(x))
            return ou_err_set_string(&ou_exc_TypeError,
                                     "int() can't convert non-string with explicit base");
        if (base != 0 && (base < 2 || base > 36))
            return ou_err_set_string(&ou_exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        r = int_from_str_object(x, (int)base);
    } else if (ou_int_check(x)) {
        r = int_exact(x);
    } else if (OU_TYPE(x) == &ou_float_type) {
        r = ou_int_from_double(ou_float_value(x));
    } else if (ou_str_check(x)) {
        r = int_from_str_object(x, 10);
    } else {
        r = int_from_number_protocol(x);
    }
    if (r == NULL || type == &ou_int_type)
        return r;
    // A subclass instance carries the value in its own object.
    mpz_t z;
    mpz_init(z);
    ou_int_as_mpz(r, z);
    OU_DECREF(r);
    return int_from_mpz_take_type(type, z);
}

// ---- Methods ----

static OuObject *meth_noargs_check(const char *name, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw(name, kwnames) < 0 || ou_args_count(name, nargs, 0, 0) < 0)
        return NULL;
    return ou_None;
}

#define NOARGS(name) \
    do { if (meth_noargs_check(name, nargs, kwnames) == NULL) return NULL; } while (0)

static OuObject *int_bit_length(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                                OuObject *kwnames)
{
    NOARGS("bit_length");
    if (ou_int_sign(self) == 0)
        return ou_int_from_i64(0);
    BigView v;
    return ou_int_from_u64(mpz_sizeinbase(view(self, &v), 2));
}

static OuObject *int_bit_count(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                               OuObject *kwnames)
{
    NOARGS("bit_count");
    if (!AS_INT(self)->is_big) {
        int64_t v = SMALL(self);
        return ou_int_from_i64(__builtin_popcountll(v < 0 ? -(uint64_t)v : (uint64_t)v));
    }
    mpz_t mag;
    mpz_roinit_n(mag, mpz_limbs_read(&AS_INT(self)->v.big), mpz_size(&AS_INT(self)->v.big));
    return ou_int_from_u64(mpz_popcount(mag));
}

static OuObject *int_conjugate(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                               OuObject *kwnames)
{
    NOARGS("conjugate");
    return int_exact(self);
}

static OuObject *int_as_integer_ratio(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                                      OuObject *kwnames)
{
    NOARGS("as_integer_ratio");
    OuObject *n = int_exact(self);
    if (n == NULL)
        return NULL;
    OuObject *one = ou_int_from_i64(1);
    OuObject *t = ou_tuple_pack(2, n, one);
    OU_DECREF(n);
    OU_DECREF(one);
    return t;
}

static OuObject *int_self_exact(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                                OuObject *kwnames)
{
    NOARGS("__int__");
    return int_exact(self);
}

static OuObject *int_round(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                           OuObject *kwnames)
{
    if (ou_args_no_kw("__round__", kwnames) < 0 || ou_args_count("__round__", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0 || args[0] == ou_None)
        return int_exact(self);
    OuObject *nd = ou_number_index(args[0]);
    if (nd == NULL)
        return NULL;
    int sign = ou_int_sign(nd);
    if (sign >= 0) {
        OU_DECREF(nd);
        return int_exact(self);
    }
    // Negative ndigits: round to a multiple of 10**-ndigits, ties to even.
    if (AS_INT(nd)->is_big || SMALL(nd) < -(int64_t)1e9) {
        OU_DECREF(nd);
        return ou_int_from_i64(0);
    }
    unsigned long k = (unsigned long)-SMALL(nd);
    OU_DECREF(nd);
    BigView v;
    mpz_t pow10, q, r, twice;
    mpz_inits(pow10, q, r, twice, NULL);
    mpz_ui_pow_ui(pow10, 10, k);
    mpz_fdiv_qr(q, r, view(self, &v), pow10);
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, pow10);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, pow10);
    mpz_clears(pow10, r, twice, NULL);
    return int_from_mpz_take(q);
}

static OuObject *int_divmod_meth(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                                 OuObject *kwnames)
{
    if (ou_args_no_kw("__divmod__", kwnames) < 0 || ou_args_count("__divmod__", nargs, 1, 1) < 0)
        return NULL;
    return int_divmod(self, args[0]);
}

static OuObject *int_rdivmod_meth(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                                  OuObject *kwnames)
{
    if (ou_args_no_kw("__rdivmod__", kwnames) < 0 || ou_args_count("__rdivmod__", nargs, 1, 1) < 0)
        return NULL;
    return int_divmod(args[0], self);
}

OuObject *ou_int_divmod(OuObject *a, OuObject *b)
{
    return int_divmod(a, b);
}

OuObject *ou_int_power(OuObject *a, OuObject *b, OuObject *m)
{
    if (m == NULL || m == ou_None)
        return int_pow(a, b);
    if (!ou_int_check(a) || !ou_int_check(b) || !ou_int_check(m))
        return ou_newref(ou_NotImplemented);
    return int_pow_mod(a, b, m);
}

static OuObject *int_pow_meth(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                              OuObject *kwnames)
{
    if (ou_args_no_kw("__pow__", kwnames) < 0 || ou_args_count("__pow__", nargs, 1, 2) < 0)
        return NULL;
    return ou_int_power(self, args[0], nargs == 2 ? args[1] : NULL);
}

static OuObject *int_rpow_meth(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                               OuObject *kwnames)
{
    if (ou_args_no_kw("__rpow__", kwnames) < 0 || ou_args_count("__rpow__", nargs, 1, 2) < 0)
        return NULL;
    return ou_int_power(args[0], self, nargs == 2 ? args[1] : NULL);
}

static OuObject *int_sizeof(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                            OuObject *kwnames)
{
    NOARGS("__sizeof__");
    size_t n = sizeof(OuInt);
    if (AS_INT(self)->is_big)
        n += (size_t)AS_INT(self)->v.big._mp_alloc * sizeof(mp_limb_t);
    return ou_int_from_u64(n);
}

static OuObject *int_getnewargs(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                                OuObject *kwnames)
{
    NOARGS("__getnewargs__");
    OuObject *v = int_exact(self);
    if (v == NULL)
        return NULL;
    OuObject *t = ou_tuple_pack(1, v);
    OU_DECREF(v);
    return t;
}

static const OuMethodDef int_methods[] = {
    {"bit_length", int_bit_length, OU_METH_DEFAULT, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count, OU_METH_DEFAULT, "Number of ones in the binary representation of the absolute value of self."},
    {"conjugate", int_conjugate, OU_METH_DEFAULT, "Returns self, the complex conjugate of any int."},
    {"as_integer_ratio", int_as_integer_ratio, OU_METH_DEFAULT, "Return integer ratio."},
    {"to_bytes", ou_int_to_bytes_method, OU_METH_DEFAULT, "Return an array of bytes representing an integer."},
    {"from_bytes", ou_int_from_bytes_method, OU_METH_CLASS, "Return the integer represented by the given array of bytes."},
    {"__round__", int_round, OU_METH_DEFAULT, "Rounding an Integral returns itself."},
    {"__trunc__", int_self_exact, OU_METH_DEFAULT, "Truncating an Integral returns itself."},
    {"__floor__", int_self_exact, OU_METH_DEFAULT, "Flooring an Integral returns itself."},
    {"__ceil__", int_self_exact, OU_METH_DEFAULT, "Ceiling of an Integral returns itself."},
    {"__index__", int_self_exact, OU_METH_DEFAULT, "Return self converted to an integer, if self is suitable for use as an index into a list."},
    {"__int__", int_self_exact, OU_METH_DEFAULT, "int(self)"},
    {"__divmod__", int_divmod_meth, OU_METH_DEFAULT, "Return divmod(self, value)."},
    {"__rdivmod__", int_rdivmod_meth, OU_METH_DEFAULT, "Return divmod(value, self)."},
    {"__pow__", int_pow_meth, OU_METH_DEFAULT, "Return pow(self, value, mod)."},
    {"__rpow__", int_rpow_meth, OU_METH_DEFAULT, "Return pow(value, self, mod)."},
    {"__sizeof__", int_sizeof, OU_METH_DEFAULT, "Returns size in memory, in bytes."},
    {"__getnewargs__", int_getnewargs, OU_METH_DEFAULT, NULL},
    {"to_bytes", ou_int_to_bytes_method, OU_METH_DEFAULT, "Return an array of bytes representing an integer."},
    {"from_bytes", ou_int_from_bytes_method, OU_METH_CLASS, "Return the integer represented by the given array of bytes."},
    {"__format__", ou_format_int_method, OU_METH_DEFAULT, "Convert to a string according to format_spec."},
    {NULL, NULL, 0, NULL},
};

static OuObject *int_get_self(OuObject *self)
{
    return int_exact(self);
}

static OuObject *int_get_zero(OuObject *self)
{
    return ou_int_from_i64(0);
}

static OuObject *int_get_one(OuObject *self)
{
    return ou_int_from_i64(1);
}

static const OuGetSetDef int_getsets[] = {
    {"real", int_get_self, NULL, "the real part of a complex number"},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number"},
    {"numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms"},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms"},
    {NULL, NULL, NULL, NULL},
};

// The header is initialised by position: it is the first member.
OuType ou_int_type = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "int",
    .basicsize = sizeof(OuInt),
    .flags = OU_TPFLAGS_BASETYPE | OU_TPFLAGS_INT_SUBCLASS,
    .base = &ou_object_type,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer",
    .dealloc = int_dealloc,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .new = int_new,
    .nb = {
        [OU_NB_ADD] = int_add,
        [OU_NB_SUBTRACT] = int_sub,
        [OU_NB_MULTIPLY] = int_mul,
        [OU_NB_FLOOR_DIVIDE] = int_floordiv,
        [OU_NB_REMAINDER] = int_mod,
        [OU_NB_POWER] = int_pow,
        [OU_NB_TRUE_DIVIDE] = int_truediv,
        [OU_NB_LSHIFT] = int_lshift,
        [OU_NB_RSHIFT] = int_rshift,
        [OU_NB_AND] = int_and,
        [OU_NB_OR] = int_or,
        [OU_NB_XOR] = int_xor,
    },
    .nb_negative = int_neg,
    .nb_positive = int_pos,
    .nb_absolute = int_abs,
    .nb_invert = int_invert,
    .nb_bool = int_bool,
    .nb_int = int_pos,
    .nb_float = int_float,
    .nb_index = int_pos,
    .methods = int_methods,
    .getsets = int_getsets,
};

// ---- Lifecycle ----

void ou_int_init(void)
{
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
    for (int64_t v = OU_SMALL_INT_MIN; v <= OU_SMALL_INT_MAX; v++) {
        OuObject *o = int_alloc(&ou_int_type);
        if (o == NULL)
            ou_fatal("cannot allocate the small ints");
        AS_INT(o)->v.small = v;
        ou_state.small_ints[v - OU_SMALL_INT_MIN] = o;
    }
}

void ou_int_fini(void)
{
    for (int i = 0; i <= OU_SMALL_INT_MAX - OU_SMALL_INT_MIN; i++)
        OU_CLEAR(ou_state.small_ints[i]);
}
