// runtime/float.c: Python `float`, an IEEE-754 double.
//
// repr: the shortest digit string that reads back as the same double,
// found by bisecting the precision of C's correctly rounded "%.*e" (the
// C library prints exact decimal expansions, so each candidate is the
// nearest decimal of that length), then laid out as CPython lays it out.
//
// Mixed float/int operations convert the int once (OverflowError when it is
// beyond the float range); comparisons with ints are exact instead, so
// `2**53 + 1 > float(2**53)` is true as in CPython.
//
// Exact floats are recycled through a free list of at most 100 objects.
#include "runtime/float.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gc/gc.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/format.h"
#include "runtime/int.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

#define FLOAT_FREE_LIST_MAX 100
#define HASH_MODULUS (((uint64_t)1 << 61) - 1)
#define HASH_BITS 61
#define HASH_INF 314159

#define AS_FLOAT(o) ((OuFloat *)(o))

// Freed floats wait in ou_state.float_free_list, linked through their type
// pointers, so the hottest allocation skips the allocator.

OuObject *ou_float_from_double(double v)
{
    OuObject *o = ou_state.float_free_list;
    if (o != NULL) {
        ou_state.float_free_list = (OuObject *)OU_TYPE(o);
        ou_state.float_free_count--;
        OU_TYPE(o) = &ou_float_type;
        OU_REFCNT(o) = 1;
    } else {
        o = ou_object_new(&ou_float_type);
        if (o == NULL)
            return NULL;
    }
    AS_FLOAT(o)->value = v;
    return o;
}

static OuObject *float_new_of_type(OuType *type, double v)
{
    if (type == &ou_float_type)
        return ou_float_from_double(v);
    OuObject *o = ou_object_new(type);
    if (o != NULL)
        AS_FLOAT(o)->value = v;
    return o;
}

static void float_dealloc(OuObject *o)
{
    if (OU_TYPE(o) == &ou_float_type && ou_state.float_free_count < FLOAT_FREE_LIST_MAX) {
        OU_TYPE(o) = (OuType *)ou_state.float_free_list;
        ou_state.float_free_list = o;
        ou_state.float_free_count++;
        return;
    }
    ou_object_free(o);
}

void ou_float_fini(void)
{
    while (ou_state.float_free_list != NULL) {
        OuObject *o = ou_state.float_free_list;
        ou_state.float_free_list = (OuObject *)OU_TYPE(o);
        OU_TYPE(o) = &ou_float_type;
        ou_object_free(o);
    }
    ou_state.float_free_count = 0;
}

// ---- Text ----

static int is_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

// Copy a run of digits with single underscores between them into *out.
// Returns the number of digits copied (0 when there are none) and advances
// *pp; -1 when an underscore is misplaced.
static int scan_digits(const char **pp, const char *end, char **out)
{
    const char *p = *pp;
    int n = 0;
    while (p < end) {
        if (is_digit(*p)) {
            *(*out)++ = *p++;
            n++;
        } else if (*p == '_' && n > 0 && p + 1 < end && is_digit(p[1])) {
            p++;
        } else {
            break;
        }
    }
    *pp = p;
    return n;
}

static int match_word(const char *p, const char *end, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(end - p) != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != word[i])
            return 0;
    return 1;
}

// Parse Python's float syntax in [p, end) (already stripped). 0 / -1.
static int parse_float(const char *p, const char *end, double *out)
{
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    if (match_word(p, end, "inf") || match_word(p, end, "infinity")) {
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        return 0;
    }
    if (match_word(p, end, "nan")) {
        *out = neg ? -NAN : NAN;
        return 0;
    }
    char small[128];
    size_t cap = (size_t)(end - p) + 2;
    char *buf = cap <= sizeof small ? small : ou_mem_alloc(cap);
    if (buf == NULL)
        return -1;
    char *w = buf;
    int ok = 1;
    int nint = scan_digits(&p, end, &w);
    int nfrac = 0;
    if (p < end && *p == '.') {
        *w++ = *p++;
        if (p < end && *p == '_')
            ok = 0;
        nfrac = scan_digits(&p, end, &w);
    }
    if (nint + nfrac == 0)
        ok = 0;
    if (ok && p < end && (*p == 'e' || *p == 'E')) {
        *w++ = *p++;
        if (p < end && (*p == '+' || *p == '-'))
            *w++ = *p++;
        if (scan_digits(&p, end, &w) == 0)
            ok = 0;
    }
    if (p != end)
        ok = 0;
    *w = '\0';
    if (ok) {
        double v = strtod(buf, NULL);
        *out = neg ? -v : v;
    }
    if (buf != small)
        ou_mem_free(buf);
    return ok ? 0 : -1;
}

OuObject *ou_float_from_string(const char *text, size_t len)
{
    const char *p = text, *end = text + len;
    while (p < end && is_space((unsigned char)*p))
        p++;
    while (end > p && is_space((unsigned char)end[-1]))
        end--;
    double v;
    if (parse_float(p, end, &v) == 0)
        return ou_float_from_double(v);
    OuObject *s = ou_str_decode_utf8(text, (ou_ssize_t)len);
    if (s == NULL)
        return NULL;
    ou_err_format(&ou_exc_ValueError, "could not convert string to float: %R", s);
    OU_DECREF(s);
    return NULL;
}

OuObject *ou_float_from_literal(const char *text, size_t len)
{
    double v;
    if (parse_float(text, text + len, &v) < 0)
        return ou_err_format(&ou_exc_SyntaxError, "invalid float literal");
    return ou_float_from_double(v);
}

// The shortest decimal digits that read back as v (finite, > 0): digits
// without trailing zeros into `digits`, and the decimal point position
// `decpt` (v = 0.DIGITS * 10**decpt). Returns the digit count.
static int shortest_digits(double v, char *digits, int *decpt)
{
    char buf[40];
    int lo = 1, hi = 17;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        snprintf(buf, sizeof buf, "%.*e", mid - 1, v);
        if (strtod(buf, NULL) == v)
            hi = mid;
        else
            lo = mid;
        if (hi - lo == 1) {
            snprintf(buf, sizeof buf, "%.*e", lo - 1, v);
            if (strtod(buf, NULL) == v)
                hi = lo;
            break;
        }
    }
    snprintf(buf, sizeof buf, "%.*e", hi - 1, v);
    int n = 0;
    char *p = buf;
    for (; *p != 'e'; p++)
        if (is_digit(*p))
            digits[n++] = *p;
    *decpt = atoi(p + 1) + 1;
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    return n;
}

int ou_float_repr_buf(double v, char *buf, size_t size)
{
    if (isnan(v))
        return snprintf(buf, size, "nan");
    if (isinf(v))
        return snprintf(buf, size, v > 0 ? "inf" : "-inf");
    char out[40];
    int k = 0;
    if (signbit(v)) {
        out[k++] = '-';
        v = -v;
    }
    if (v == 0.0) {
        memcpy(out + k, "0.0", 3);
        k += 3;
    } else {
        char digits[24];
        int decpt;
        int n = shortest_digits(v, digits, &decpt);
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                out[k++] = '0';
                out[k++] = '.';
                for (int i = decpt; i < 0; i++)
                    out[k++] = '0';
                memcpy(out + k, digits, (size_t)n);
                k += n;
            } else if (decpt < n) {
                memcpy(out + k, digits, (size_t)decpt);
                k += decpt;
                out[k++] = '.';
                memcpy(out + k, digits + decpt, (size_t)(n - decpt));
                k += n - decpt;
            } else {
                memcpy(out + k, digits, (size_t)n);
                k += n;
                for (int i = n; i < decpt; i++)
                    out[k++] = '0';
                out[k++] = '.';
                out[k++] = '0';
            }
        } else {
            out[k++] = digits[0];
            if (n > 1) {
                out[k++] = '.';
                memcpy(out + k, digits + 1, (size_t)(n - 1));
                k += n - 1;
            }
            int e = decpt - 1;
            k += snprintf(out + k, sizeof out - (size_t)k, "e%c%02d", e < 0 ? '-' : '+',
                          e < 0 ? -e : e);
        }
    }
    out[k] = '\0';
    return snprintf(buf, size, "%s", out);
}

static OuObject *float_repr(OuObject *o)
{
    char buf[40];
    int n = ou_float_repr_buf(AS_FLOAT(o)->value, buf, sizeof buf);
    return ou_str_from_utf8(buf, n);
}

// ---- Hash ----

ou_hash_t ou_float_hash_double(double v)
{
    if (isinf(v))
        return v > 0 ? HASH_INF : -HASH_INF;
    if (isnan(v))
        return 0;
    // v = m * 2**e with 0.5 <= |m| < 1. Fold 28 bits of the mantissa at a
    // time into x modulo 2**61 - 1, then multiply by 2**e modulo the same,
    // which is a rotation because 2**61 == 1 there.
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    ou_hash_t h = (ou_hash_t)x * sign;
    return h == -1 ? -2 : h;
}

static ou_hash_t float_hash(OuObject *o)
{
    double v = AS_FLOAT(o)->value;
    if (isnan(v)) {
        // NaNs hash by identity: the address rotated so alignment zeros
        // do not all land in the low bits.
        uintptr_t y = (uintptr_t)o;
        y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
        ou_hash_t h = (ou_hash_t)y;
        return h == -1 ? -2 : h;
    }
    return ou_float_hash_double(v);
}

// ---- Conversion of operands ----

// 1: *out holds the float value of an int or float; 0: not ours
// (NotImplemented); -1: error (an int beyond the float range).
static int operand(OuObject *o, double *out)
{
    if (ou_float_check(o)) {
        *out = AS_FLOAT(o)->value;
        return 1;
    }
    if (ou_int_check(o)) {
        int overflow;
        *out = ou_int_as_double(o, &overflow);
        if (overflow) {
            ou_err_set_string(&ou_exc_OverflowError, "int too large to convert to float");
            return -1;
        }
        return 1;
    }
    return 0;
}

#define OPERANDS(a, b, x, y) \
    do { \
        int ra_ = operand(a, &x); \
        if (ra_ <= 0) \
            return ra_ < 0 ? NULL : ou_newref(ou_NotImplemented); \
        int rb_ = operand(b, &y); \
        if (rb_ <= 0) \
            return rb_ < 0 ? NULL : ou_newref(ou_NotImplemented); \
    } while (0)

double ou_float_as_double(OuObject *o)
{
    double d;
    int r = operand(o, &d);
    if (r > 0)
        return d;
    if (r < 0)
        return -1.0;
    OuType *t = OU_TYPE(o);
    if (t->nb_float != NULL) {
        OuObject *f = t->nb_float(o);
        if (f == NULL)
            return -1.0;
        if (!ou_float_check(f)) {
            ou_err_format(&ou_exc_TypeError, "%s.__float__ returned non-float (type %s)",
                          ou_type_name(o), ou_type_name(f));
            OU_DECREF(f);
            return -1.0;
        }
        d = AS_FLOAT(f)->value;
        OU_DECREF(f);
        return d;
    }
    if (t->nb_index != NULL) {
        OuObject *i = ou_number_index(o);
        if (i == NULL)
            return -1.0;
        r = operand(i, &d);
        OU_DECREF(i);
        return r > 0 ? d : -1.0;
    }
    ou_err_format(&ou_exc_TypeError, "must be real number, not %s", ou_type_name(o));
    return -1.0;
}

// ---- Arithmetic ----

static OuObject *float_add(OuObject *a, OuObject *b)
{
    double x, y;
    OPERANDS(a, b, x, y);
    return ou_float_from_double(x + y);
}

static OuObject *float_sub(OuObject *a, OuObject *b)
{
    double x, y;
    OPERANDS(a, b, x, y);
    return ou_float_from_double(x - y);
}

static OuObject *float_mul(OuObject *a, OuObject *b)
{
    double x, y;
    OPERANDS(a, b, x, y);
    return ou_float_from_double(x * y);
}

static OuObject *float_truediv(OuObject *a, OuObject *b)
{
    double x, y;
    OPERANDS(a, b, x, y);
    if (y == 0.0)
        return ou_err_set_string(&ou_exc_ZeroDivisionError, "float division by zero");
    return ou_float_from_double(x / y);
}

// Python's floor division and modulo for doubles (y != 0): the remainder
// takes the divisor's sign, and the quotient is rounded so that
// q * y + r reproduces x as closely as the doubles allow.
static void float_divmod_values(double x, double y, double *q, double *r)
{
    double mod = fmod(x, y);
    // fmod is exact, so x - mod is an exact multiple of y (up to rounding
    // of the division below).
    double div = (x - mod) / y;
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, y);
    }
    double floordiv;
    if (div != 0.0) {
        floordiv = floor(div);
        if (div - floordiv > 0.5)
            floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, x / y);
    }
    *q = floordiv;
    *r = mod;
}

static OuObject *float_floordiv(OuObject *a, OuObject *b)
{
    double x, y, q, r;
    OPERANDS(a, b, x, y);
    if (y == 0.0)
        return ou_err_set_string(&ou_exc_ZeroDivisionError, "float floor division by zero");
    float_divmod_values(x, y, &q, &r);
    return ou_float_from_double(q);
}

static OuObject *float_mod(OuObject *a, OuObject *b)
{
    double x, y;
    OPERANDS(a, b, x, y);
    if (y == 0.0)
        return ou_err_set_string(&ou_exc_ZeroDivisionError, "float modulo");
    double mod = fmod(x, y);
    if (mod != 0.0) {
        if ((y < 0) != (mod < 0))
            mod += y;
    } else {
        mod = copysign(0.0, y);
    }
    return ou_float_from_double(mod);
}

static OuObject *float_divmod(OuObject *a, OuObject *b)
{
    double x, y, q, r;
    OPERANDS(a, b, x, y);
    if (y == 0.0)
        return ou_err_set_string(&ou_exc_ZeroDivisionError, "float divmod()");
    float_divmod_values(x, y, &q, &r);
    OuObject *fq = ou_float_from_double(q);
    if (fq == NULL)
        return NULL;
    OuObject *fr = ou_float_from_double(r);
    if (fr == NULL) {
        OU_DECREF(fq);
        return NULL;
    }
    OuObject *t = ou_tuple_new(2);
    if (t == NULL) {
        OU_DECREF(fq);
        OU_DECREF(fr);
        return NULL;
    }
    ou_tuple_items(t)[0] = fq;
    ou_tuple_items(t)[1] = fr;
    return t;
}

static int is_odd_integer(double w)
{
    return isfinite(w) && fmod(fabs(w), 2.0) == 1.0;
}

// C's pow() with Python's answers for the special cases C leaves to the
// platform or reports through errno.
static OuObject *float_pow(OuObject *a, OuObject *b)
{
    double v, w;
    OPERANDS(a, b, v, w);
    if (w == 0.0)
        return ou_float_from_double(1.0);
    if (isnan(v))
        return ou_float_from_double(v == 1.0 ? 1.0 : v);
    if (isnan(w))
        return ou_float_from_double(v == 1.0 ? 1.0 : w);
    if (isinf(w)) {
        double av = fabs(v);
        if (av == 1.0)
            return ou_float_from_double(1.0);
        return ou_float_from_double((w > 0) == (av > 1.0) ? fabs(w) : 0.0);
    }
    if (isinf(v)) {
        int odd = is_odd_integer(w);
        if (v > 0)
            return ou_float_from_double(w > 0 ? v : 0.0);
        if (w > 0)
            return ou_float_from_double(odd ? v : -v);
        return ou_float_from_double(odd ? -0.0 : 0.0);
    }
    if (v == 0.0) {
        if (w < 0)
            return ou_err_set_string(&ou_exc_ZeroDivisionError,
                                     "0.0 cannot be raised to a negative power");
        return ou_float_from_double(is_odd_integer(w) ? v : 0.0);
    }
    int negate = 0;
    if (v < 0) {
        if (w != floor(w))
            return ou_err_set_string(&ou_exc_ValueError,
                                     "complex numbers are not supported by ouro");
        negate = is_odd_integer(w);
        v = -v;
    }
    if (v == 1.0)
        return ou_float_from_double(negate ? -1.0 : 1.0);
    double r = pow(v, w);
    if (isinf(r))
        return ou_err_set_string(&ou_exc_OverflowError, "(34, 'Numerical result out of range')");
    return ou_float_from_double(negate ? -r : r);
}

OuObject *ou_float_power(OuObject *a, OuObject *b, OuObject *m)
{
    if (m != NULL && m != ou_None)
        return ou_err_set_string(&ou_exc_TypeError,
                                 "pow() 3rd argument not allowed unless all arguments are integers");
    return float_pow(a, b);
}

static OuObject *float_neg(OuObject *a)
{
    return ou_float_from_double(-AS_FLOAT(a)->value);
}

static OuObject *float_abs(OuObject *a)
{
    return ou_float_from_double(fabs(AS_FLOAT(a)->value));
}

static OuObject *float_pos(OuObject *a)
{
    if (OU_TYPE(a) == &ou_float_type)
        return ou_newref(a);
    return ou_float_from_double(AS_FLOAT(a)->value);
}

static int float_bool(OuObject *a)
{
    return AS_FLOAT(a)->value != 0.0;
}

static OuObject *float_int(OuObject *a)
{
    return ou_int_from_double(AS_FLOAT(a)->value);
}

// ---- Comparison ----

// Sign of (d - i) for a finite or infinite d, exactly.
static int compare_double_int(double d, OuObject *i)
{
    if (isinf(d))
        return d > 0 ? 1 : -1;
    const int64_t exact = (int64_t)1 << DBL_MANT_DIG;
    if (ou_int_is_small(i)) {
        int64_t v = ou_int_small_value(i);
        if (v >= -exact && v <= exact)
            return (d > (double)v) - (d < (double)v);
    }
    double fl = floor(d);
    mpz_t zf, zi;
    mpz_init_set_d(zf, fl);
    mpz_init(zi);
    ou_int_as_mpz(i, zi);
    int c = mpz_cmp(zi, zf);
    mpz_clear(zf);
    mpz_clear(zi);
    if (c > 0)
        return -1;          // i >= floor(d) + 1 > d
    if (c < 0)
        return 1;           // i < floor(d) <= d
    return d > fl;
}

static OuObject *float_richcompare(OuObject *a, OuObject *b, int op)
{
    if (!ou_float_check(a))
        return ou_newref(ou_NotImplemented);
    double x = AS_FLOAT(a)->value;
    int c;
    if (ou_float_check(b)) {
        double y = AS_FLOAT(b)->value;
        if (isnan(x) || isnan(y))
            return ou_bool_from(op == OU_NE);
        c = (x > y) - (x < y);
    } else if (ou_int_check(b)) {
        if (isnan(x))
            return ou_bool_from(op == OU_NE);
        c = compare_double_int(x, b);
    } else {
        return ou_newref(ou_NotImplemented);
    }
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

// ---- float(x) ----

static OuObject *float_new(OuType *type, OuObject *const *args, ou_ssize_t nargs,
                           OuObject *kwnames)
{
    if (ou_args_no_kw("float", kwnames) < 0 || ou_args_count("float", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return float_new_of_type(type, 0.0);
    OuObject *x = args[0];
    if (OU_TYPE(x) == &ou_float_type && type == &ou_float_type)
        return ou_newref(x);
    if (ou_str_check(x)) {
        OuObject *ascii = ou_str_numeric_ascii(x);
        if (ascii == NULL)
            return NULL;
        OuObject *f = ou_float_from_string(ou_str_utf8(ascii), (size_t)ou_str_size(ascii));
        if (f == NULL && ascii != x && ou_err_matches(&ou_exc_ValueError)) {
            ou_err_clear();
            ou_err_format(&ou_exc_ValueError, "could not convert string to float: %R", x);
        }
        OU_DECREF(ascii);
        if (f == NULL || type == &ou_float_type)
            return f;
        double v = AS_FLOAT(f)->value;
        OU_DECREF(f);
        return float_new_of_type(type, v);
    }
    double v = 0.0;
    if (ou_float_check(x) || ou_int_check(x)) {
        if (operand(x, &v) < 0)
            return NULL;
        return float_new_of_type(type, v);
    }
    OuType *t = OU_TYPE(x);
    if (t->nb_float == NULL && t->nb_index == NULL)
        return ou_err_format(&ou_exc_TypeError,
                             "float() argument must be a string or a real number, not '%s'",
                             ou_type_name(x));
    v = ou_float_as_double(x);
    if (v == -1.0 && ou_err_occurred() != NULL)
        return NULL;
    return float_new_of_type(type, v);
}

// ---- Methods ----

#define NOARGS(name) \
    do { \
        if (ou_args_no_kw(name, kwnames) < 0 || ou_args_count(name, nargs, 0, 0) < 0) \
            return NULL; \
    } while (0)

static OuObject *float_is_integer(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                                  OuObject *kwnames)
{
    NOARGS("is_integer");
    double v = AS_FLOAT(self)->value;
    return ou_bool_from(isfinite(v) && floor(v) == v);
}

static OuObject *float_as_integer_ratio(OuObject *self, OuObject *const *args,
                                        ou_ssize_t nargs, OuObject *kwnames)
{
    NOARGS("as_integer_ratio");
    double v = AS_FLOAT(self)->value;
    if (isinf(v))
        return ou_err_set_string(&ou_exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(v))
        return ou_err_set_string(&ou_exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double f = frexp(v, &e);
    // 53 bits of mantissa as an integer, then cancel common factors of 2.
    int64_t m = (int64_t)ldexp(f, DBL_MANT_DIG);
    e -= DBL_MANT_DIG;
    if (m == 0)
        e = 0;
    while (m != 0 && (m & 1) == 0 && e < 0) {
        m /= 2;
        e++;
    }
    mpz_t num, den;
    mpz_init_set_si(num, (long)m);
    mpz_init_set_ui(den, 1);
    if (e > 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    OuObject *n = ou_int_from_mpz(num);
    OuObject *d = ou_int_from_mpz(den);
    mpz_clear(num);
    mpz_clear(den);
    OuObject *t = (n != NULL && d != NULL) ? ou_tuple_pack(2, n, d) : NULL;
    OU_XDECREF(n);
    OU_XDECREF(d);
    return t;
}

static OuObject *float_hex(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    NOARGS("hex");
    double v = AS_FLOAT(self)->value;
    if (isnan(v))
        return ou_str_from_cstr("nan");
    if (isinf(v))
        return ou_str_from_cstr(v < 0 ? "-inf" : "inf");
    const char *sign = signbit(v) ? "-" : "";
    if (v == 0.0)
        return ou_str_from_format("%s0x0.0p+0", sign);
    int e;
    double m = frexp(fabs(v), &e);
    // One hex digit before the point: 1 for normal numbers; subnormals keep
    // the minimum exponent and start with 0.
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char buf[64];
    int lead = (int)m, n = 0;
    m -= lead;
    n += snprintf(buf + n, sizeof buf - (size_t)n, "%s0x%d.", sign, lead);
    for (int i = 0; i < (DBL_MANT_DIG - 2) / 4 + 1; i++) {
        m *= 16.0;
        int d = (int)m;
        m -= d;
        buf[n++] = "0123456789abcdef"[d];
    }
    snprintf(buf + n, sizeof buf - (size_t)n, "p%+d", e);
    return ou_str_from_cstr(buf);
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The double nearest to the hexadecimal text p[0..n), or -1 + ValueError /
// OverflowError with CPython's messages.
static int parse_hex_float(const char *p, const char *end, double *out)
{
    while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r')))
        p++;
    while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r')))
        end--;
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    size_t rest = (size_t)(end - p);
    if ((rest == 3 && strncasecmp(p, "inf", 3) == 0) || (rest == 8 && strncasecmp(p, "infinity", 8) == 0)) {
        *out = neg ? -INFINITY : INFINITY;
        return 0;
    }
    if (rest == 3 && strncasecmp(p, "nan", 3) == 0) {
        *out = neg ? -NAN : NAN;
        return 0;
    }
    if (end - p >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
        p += 2;
    mpz_t mant;
    mpz_init(mant);
    long frac_digits = 0, digits = 0;
    int seen_point = 0;
    for (; p < end; p++) {
        if (*p == '.' && !seen_point) {
            seen_point = 1;
            continue;
        }
        int d = hexval(*p);
        if (d < 0)
            break;
        mpz_mul_2exp(mant, mant, 4);
        mpz_add_ui(mant, mant, (unsigned long)d);
        digits++;
        if (seen_point)
            frac_digits++;
    }
    long exp = 0;
    if (digits > 0 && p < end && (*p == 'p' || *p == 'P')) {
        p++;
        int eneg = 0;
        if (p < end && (*p == '+' || *p == '-'))
            eneg = *p++ == '-';
        if (p == end || *p < '0' || *p > '9')
            goto invalid;
        for (; p < end && *p >= '0' && *p <= '9'; p++)
            if (exp < 100000000)
                exp = exp * 10 + (*p - '0');
        if (eneg)
            exp = -exp;
    }
    if (digits == 0 || p != end)
        goto invalid;
    exp -= 4 * frac_digits;
    double r = 0.0;
    int overflow = 0;
    if (mpz_sgn(mant) == 0) {
        r = 0.0;
    } else if (exp >= 0) {
        if (exp + (long)mpz_sizeinbase(mant, 2) > DBL_MAX_EXP + 1) {
            overflow = 1;
        } else {
            mpz_mul_2exp(mant, mant, (mp_bitcnt_t)exp);
            r = ou_int_mpz_to_double(mant, &overflow);
        }
    } else if (-exp - (long)mpz_sizeinbase(mant, 2) > 1100) {
        r = 0.0;
    } else {
        mpz_t den;
        mpz_init_set_ui(den, 1);
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-exp);
        r = ou_int_ratio_to_double(mant, den, &overflow);
        mpz_clear(den);
    }
    mpz_clear(mant);
    if (overflow) {
        ou_err_set_string(&ou_exc_OverflowError, "hexadecimal value too large to represent as a float");
        return -1;
    }
    *out = neg ? -r : r;
    return 0;
invalid:
    mpz_clear(mant);
    ou_err_set_string(&ou_exc_ValueError, "invalid hexadecimal floating-point string");
    return -1;
}

// float.fromhex(string): a classmethod, so `self` is the type.
static OuObject *float_fromhex(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("fromhex", kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return ou_err_format(&ou_exc_TypeError, "fromhex() takes exactly one argument (%zd given)", nargs);
    if (!ou_str_check(args[0]))
        return ou_err_format(&ou_exc_TypeError, "bad argument type for built-in operation");
    double v;
    const char *p = ou_str_utf8(args[0]);
    if (parse_hex_float(p, p + ou_str_size(args[0]), &v) < 0)
        return NULL;
    OuObject *f = ou_float_from_double(v);
    if (f == NULL || self == (OuObject *)&ou_float_type)
        return f;
    OuObject *res = ou_call_one(self, f);
    OU_DECREF(f);
    return res;
}

static OuObject *float_conjugate(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                                 OuObject *kwnames)
{
    NOARGS("conjugate");
    return float_pos(self);
}

static OuObject *float_trunc(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                             OuObject *kwnames)
{
    NOARGS("__trunc__");
    return ou_int_from_double(AS_FLOAT(self)->value);
}

static OuObject *float_int_meth(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                                OuObject *kwnames)
{
    NOARGS("__int__");
    return ou_int_from_double(AS_FLOAT(self)->value);
}

static OuObject *float_floor(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                             OuObject *kwnames)
{
    NOARGS("__floor__");
    return ou_int_from_double(floor(AS_FLOAT(self)->value));
}

static OuObject *float_ceil(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                            OuObject *kwnames)
{
    NOARGS("__ceil__");
    return ou_int_from_double(ceil(AS_FLOAT(self)->value));
}

// round(x, n) for n < 0: the exact value of x rounded half-even to a
// multiple of 10**-n, then rounded once to a double.
static OuObject *round_negative_digits(double x, long k)
{
    int e;
    double f = frexp(fabs(x), &e);
    int64_t m = (int64_t)ldexp(f, DBL_MANT_DIG);
    e -= DBL_MANT_DIG;
    mpz_t num, den, p10, q, r;
    mpz_inits(num, den, p10, q, r, NULL);
    mpz_set_si(num, (long)m);
    mpz_ui_pow_ui(p10, 10, (unsigned long)k);
    mpz_set(den, p10);
    if (e >= 0)
        mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else
        mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    mpz_tdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    mpz_mul(q, q, p10);
    int overflow;
    double d = ou_int_mpz_to_double(q, &overflow);
    mpz_clears(num, den, p10, q, r, NULL);
    if (overflow)
        return ou_err_set_string(&ou_exc_OverflowError, "rounded value too large to represent");
    return ou_float_from_double(copysign(d, x));
}

static OuObject *float_round(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                             OuObject *kwnames)
{
    if (ou_args_no_kw("__round__", kwnames) < 0 || ou_args_count("__round__", nargs, 0, 1) < 0)
        return NULL;
    double x = AS_FLOAT(self)->value;
    if (nargs == 0 || args[0] == ou_None) {
        // rint rounds half to even in the default rounding mode.
        if (isnan(x) || isinf(x))
            return ou_int_from_double(x);
        return ou_int_from_double(rint(x));
    }
    ou_ssize_t nd = ou_number_as_ssize(args[0], &ou_exc_OverflowError);
    if (nd == -1 && ou_err_occurred() != NULL)
        return NULL;
    if (!isfinite(x) || x == 0.0)
        return ou_float_from_double(x);
    // Beyond these a double has no digits left to round (or none at all).
    if (nd > 323)
        return ou_float_from_double(x);
    if (nd < -308)
        return ou_float_from_double(0.0 * x);
    if (nd < 0)
        return round_negative_digits(x, (long)-nd);
    // C's "%.*f" rounds the exact binary value half to even; reading the
    // text back gives the nearest double to the rounded decimal.
    char buf[720];
    snprintf(buf, sizeof buf, "%.*f", (int)nd, x);
    return ou_float_from_double(strtod(buf, NULL));
}

static OuObject *float_divmod_meth(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                                   OuObject *kwnames)
{
    if (ou_args_no_kw("__divmod__", kwnames) < 0 || ou_args_count("__divmod__", nargs, 1, 1) < 0)
        return NULL;
    return float_divmod(self, args[0]);
}

static OuObject *float_rdivmod_meth(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                                    OuObject *kwnames)
{
    if (ou_args_no_kw("__rdivmod__", kwnames) < 0 || ou_args_count("__rdivmod__", nargs, 1, 1) < 0)
        return NULL;
    return float_divmod(args[0], self);
}

OuObject *ou_float_divmod(OuObject *a, OuObject *b)
{
    return float_divmod(a, b);
}

static OuObject *float_pow_meth(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                                OuObject *kwnames)
{
    if (ou_args_no_kw("__pow__", kwnames) < 0 || ou_args_count("__pow__", nargs, 1, 2) < 0)
        return NULL;
    return ou_float_power(self, args[0], nargs == 2 ? args[1] : NULL);
}

static OuObject *float_rpow_meth(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                                 OuObject *kwnames)
{
    if (ou_args_no_kw("__rpow__", kwnames) < 0 || ou_args_count("__rpow__", nargs, 1, 2) < 0)
        return NULL;
    return ou_float_power(args[0], self, nargs == 2 ? args[1] : NULL);
}

static OuObject *float_sizeof(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                              OuObject *kwnames)
{
    NOARGS("__sizeof__");
    return ou_int_from_i64((int64_t)sizeof(OuFloat));
}

static OuObject *float_getnewargs(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                                  OuObject *kwnames)
{
    NOARGS("__getnewargs__");
    OuObject *v = ou_float_from_double(AS_FLOAT(self)->value);
    if (v == NULL)
        return NULL;
    OuObject *t = ou_tuple_pack(1, v);
    OU_DECREF(v);
    return t;
}

static const OuMethodDef float_methods[] = {
    {"is_integer", float_is_integer, OU_METH_DEFAULT, "Return True if the float is an integer."},
    {"as_integer_ratio", float_as_integer_ratio, OU_METH_DEFAULT, "Return integer ratio."},
    {"conjugate", float_conjugate, OU_METH_DEFAULT, "Return self, the complex conjugate of any float."},
    {"hex", float_hex, OU_METH_DEFAULT, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", float_fromhex, OU_METH_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"__round__", float_round, OU_METH_DEFAULT, "Return the Integral closest to x, rounding half toward even."},
    {"__trunc__", float_trunc, OU_METH_DEFAULT, "Return the Integral closest to x between 0 and x."},
    {"__int__", float_int_meth, OU_METH_DEFAULT, "int(self)"},
    {"__floor__", float_floor, OU_METH_DEFAULT, "Return the floor as an Integral."},
    {"__ceil__", float_ceil, OU_METH_DEFAULT, "Return the ceiling as an Integral."},
    {"__divmod__", float_divmod_meth, OU_METH_DEFAULT, "Return divmod(self, value)."},
    {"__rdivmod__", float_rdivmod_meth, OU_METH_DEFAULT, "Return divmod(value, self)."},
    {"__pow__", float_pow_meth, OU_METH_DEFAULT, "Return pow(self, value, mod)."},
    {"__rpow__", float_rpow_meth, OU_METH_DEFAULT, "Return pow(value, self, mod)."},
    {"__sizeof__", float_sizeof, OU_METH_DEFAULT, "Size of object in memory, in bytes."},
    {"__getnewargs__", float_getnewargs, OU_METH_DEFAULT, NULL},
    {"__format__", ou_format_float_method, OU_METH_DEFAULT, "Formats the float according to format_spec."},
    {NULL, NULL, 0, NULL},
};

static OuObject *float_get_real(OuObject *self)
{
    return float_pos(self);
}

static OuObject *float_get_imag(OuObject *self)
{
    return ou_float_from_double(0.0);
}

static const OuGetSetDef float_getsets[] = {
    {"real", float_get_real, NULL, "the real part of a complex number"},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number"},
    {NULL, NULL, NULL, NULL},
};

// The header is initialised by position: it is the first member.
OuType ou_float_type = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "float",
    .basicsize = sizeof(OuFloat),
    .flags = OU_TPFLAGS_BASETYPE,
    .base = &ou_object_type,
    .doc = "Convert a string or number to a floating point number, if possible.",
    .dealloc = float_dealloc,
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .new = float_new,
    .nb = {
        [OU_NB_ADD] = float_add,
        [OU_NB_SUBTRACT] = float_sub,
        [OU_NB_MULTIPLY] = float_mul,
        [OU_NB_FLOOR_DIVIDE] = float_floordiv,
        [OU_NB_REMAINDER] = float_mod,
        [OU_NB_POWER] = float_pow,
        [OU_NB_TRUE_DIVIDE] = float_truediv,
    },
    .nb_negative = float_neg,
    .nb_positive = float_pos,
    .nb_absolute = float_abs,
    .nb_bool = float_bool,
    .nb_int = float_int,
    .nb_float = float_pos,
    .methods = float_methods,
    .getsets = float_getsets,
};
