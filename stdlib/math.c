// stdlib/math.c: the `math` module. Float functions follow C99's libm with
// CPython's error mapping: a NaN out of a non-NaN input is ValueError "math
// domain error"; an infinity out of a finite input is OverflowError "math
// range error" for functions that can overflow, ValueError otherwise.
// Integer functions (factorial, gcd, isqrt, comb, perm) are exact via GMP.
#include "stdlib/stdlib.h"

#include <gmp.h>
#include <math.h>
#include "gc/gc.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/list.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

// ---- Argument helpers ----

static int to_double(OuObject *o, double *out)
{
    if (!ou_int_check(o) && !ou_float_check(o)) {
        ou_err_format(&ou_exc_TypeError, "must be real number, not %s", ou_type_name(o));
        return -1;
    }
    double d = ou_float_as_double(o);
    if (d == -1.0 && ou_err_occurred())
        return -1;
    *out = d;
    return 0;
}

// New ref to an int (via __index__), or NULL + TypeError.
static OuObject *to_int(OuObject *o)
{
    return ou_number_index(o);
}

static int exact_args(const char *fname, ou_ssize_t nargs, OuObject *kwnames, ou_ssize_t n)
{
    if (ou_args_no_kw(fname, kwnames) < 0)
        return -1;
    if (n == 1 && nargs != 1) {
        ou_err_format(&ou_exc_TypeError, "math.%s() takes exactly one argument (%zd given)", fname, nargs);
        return -1;
    }
    return ou_args_count(fname, nargs, n, n);
}

static OuObject *domain_error(void)
{
    return ou_err_format(&ou_exc_ValueError, "math domain error");
}

static OuObject *range_error(void)
{
    return ou_err_format(&ou_exc_OverflowError, "math range error");
}

// Map a libm result to CPython's errors.
static OuObject *float_result(double x, double r, int can_overflow)
{
    if (isnan(r) && !isnan(x))
        return domain_error();
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error() : domain_error();
    return ou_float_from_double(r);
}

// ---- One-argument float functions ----

#define MATH_1(name, fn, can_overflow) \
    static OuObject *math_##name(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw) \
    { \
        double x; \
        if (exact_args(#name, nargs, kw, 1) < 0 || to_double(args[0], &x) < 0) \
            return NULL; \
        return float_result(x, fn(x), can_overflow); \
    }
MATH_1(sqrt, sqrt, 0)
MATH_1(exp, exp, 1)
MATH_1(sin, sin, 0)
MATH_1(cos, cos, 0)
MATH_1(tan, tan, 0)
MATH_1(asin, asin, 0)
MATH_1(acos, acos, 0)
MATH_1(atan, atan, 0)
MATH_1(sinh, sinh, 1)
MATH_1(cosh, cosh, 1)
MATH_1(tanh, tanh, 0)
MATH_1(fabs, fabs, 0)
MATH_1(asinh, asinh, 0)
MATH_1(acosh, acosh, 0)
MATH_1(atanh, atanh, 0)
MATH_1(expm1, expm1, 1)
MATH_1(exp2, exp2, 1)
MATH_1(cbrt, cbrt, 0)
MATH_1(erf, erf, 0)
MATH_1(erfc, erfc, 0)

static double deg(double x) { return x * (180.0 / M_PI); }
static double rad(double x) { return x * (M_PI / 180.0); }
MATH_1(degrees, deg, 1)
MATH_1(radians, rad, 0)

#define MATH_PRED(name, test) \
    static OuObject *math_##name(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw) \
    { \
        double x; \
        if (exact_args(#name, nargs, kw, 1) < 0 || to_double(args[0], &x) < 0) \
            return NULL; \
        return ou_bool_from(test(x)); \
    }
MATH_PRED(isnan, isnan)
MATH_PRED(isinf, isinf)
MATH_PRED(isfinite, isfinite)

// floor, ceil, trunc: ints come back unchanged, floats become ints.
#define MATH_ROUNDING(name, fn) \
    static OuObject *math_##name(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw) \
    { \
        if (exact_args(#name, nargs, kw, 1) < 0) \
            return NULL; \
        if (ou_int_check(args[0])) \
            return ou_number_index(args[0]); \
        double x; \
        if (to_double(args[0], &x) < 0) \
            return NULL; \
        return ou_int_from_double(fn(x)); \
    }
MATH_ROUNDING(floor, floor)
MATH_ROUNDING(ceil, ceil)
MATH_ROUNDING(trunc, trunc)

// ---- Two-argument float functions ----

static int two_doubles(const char *fname, OuObject *const *args, ou_ssize_t nargs, OuObject *kw,
                       double *x, double *y)
{
    if (exact_args(fname, nargs, kw, 2) < 0 || to_double(args[0], x) < 0 || to_double(args[1], y) < 0)
        return -1;
    return 0;
}

static OuObject *math_atan2(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    double y, x;
    if (two_doubles("atan2", args, nargs, kw, &y, &x) < 0)
        return NULL;
    return ou_float_from_double(atan2(y, x));
}

static OuObject *math_copysign(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    double x, y;
    if (two_doubles("copysign", args, nargs, kw, &x, &y) < 0)
        return NULL;
    return ou_float_from_double(copysign(x, y));
}

static OuObject *math_fmod(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    double x, y;
    if (two_doubles("fmod", args, nargs, kw, &x, &y) < 0)
        return NULL;
    if (isinf(y) && isfinite(x))
        return ou_float_from_double(x);
    if (y == 0 || isinf(x)) {
        if (isnan(x) || isnan(y))
            return ou_float_from_double(NAN);
        return domain_error();
    }
    return ou_float_from_double(fmod(x, y));
}

static OuObject *math_pow(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    double x, y;
    if (two_doubles("pow", args, nargs, kw, &x, &y) < 0)
        return NULL;
    double r = pow(x, y);
    if (isfinite(x) && isfinite(y)) {
        if (isnan(r))
            return domain_error();
        if (isinf(r))
            return x == 0.0 ? domain_error() : range_error();
    }
    return ou_float_from_double(r);
}

// ---- Logarithms ----

// log of a positive int of any size. An int within the float range is
// converted (correctly rounded) first, as CPython does; a larger one is
// split into a mantissa in [0.5, 1) and a power of two.
static int log_of(OuObject *o, double (*fn)(double), double *out)
{
    if (ou_int_check(o)) {
        if (ou_int_sign(o) <= 0) {
            domain_error();
            return -1;
        }
        int overflow = 0;
        double d = ou_int_as_double(o, &overflow);
        if (!overflow) {
            *out = fn(d);
            return 0;
        }
        mpz_t z;
        mpz_init(z);
        ou_int_as_mpz(o, z);
        long e = (long)mpz_sizeinbase(z, 2);
        // Keep 64 bits plus a sticky bit so the one rounding to 53 is right.
        long shift = e - 64;
        int sticky = mpz_scan1(z, 0) < (mp_bitcnt_t)shift;
        mpz_tdiv_q_2exp(z, z, (mp_bitcnt_t)shift);
        if (sticky)
            mpz_setbit(z, 0);
        int ovf = 0;
        double m = ldexp(ou_int_mpz_to_double(z, &ovf), -64);
        mpz_clear(z);
        if (m == 1.0) {
            m = 0.5;
            e++;
        }
        *out = fn(m) + fn(2.0) * (double)e;
        return 0;
    }
    double x;
    if (to_double(o, &x) < 0)
        return -1;
    if (isnan(x) || (isinf(x) && x > 0)) {
        *out = x;
        return 0;
    }
    if (x <= 0) {
        domain_error();
        return -1;
    }
    *out = fn(x);
    return 0;
}

static OuObject *math_log(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    if (ou_args_no_kw("log", kw) < 0 || ou_args_count("log", nargs, 1, 2) < 0)
        return NULL;
    double num, den;
    if (log_of(args[0], log, &num) < 0)
        return NULL;
    if (nargs == 1)
        return ou_float_from_double(num);
    if (log_of(args[1], log, &den) < 0)
        return NULL;
    if (den == 0.0)
        return ou_err_format(&ou_exc_ZeroDivisionError, "float division by zero");
    return ou_float_from_double(num / den);
}

#define MATH_LOG(name, fn) \
    static OuObject *math_##name(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw) \
    { \
        double r; \
        if (exact_args(#name, nargs, kw, 1) < 0 || log_of(args[0], fn, &r) < 0) \
            return NULL; \
        return ou_float_from_double(r); \
    }
MATH_LOG(log2, log2)
MATH_LOG(log10, log10)

// ---- Integer functions ----

static OuObject *math_factorial(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    if (exact_args("factorial", nargs, kw, 1) < 0)
        return NULL;
    OuObject *n = to_int(args[0]);
    if (n == NULL)
        return NULL;
    int64_t v;
    int r = ou_int_as_i64(n, &v);
    OU_DECREF(n);
    if (r < 0 || v > 0x7fffffffL) {
        ou_err_clear();
        return ou_err_format(&ou_exc_OverflowError, "factorial() argument should not exceed %ld", 0x7fffffffL);
    }
    if (v < 0)
        return ou_err_format(&ou_exc_ValueError, "factorial() not defined for negative values");
    mpz_t z;
    mpz_init(z);
    mpz_fac_ui(z, (unsigned long)v);
    OuObject *res = ou_int_from_mpz(z);
    mpz_clear(z);
    return res;
}

static OuObject *math_gcd(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    if (ou_args_no_kw("gcd", kw) < 0)
        return NULL;
    mpz_t acc, x;
    mpz_init(acc);
    mpz_init(x);
    for (ou_ssize_t i = 0; i < nargs; i++) {
        OuObject *n = to_int(args[i]);
        if (n == NULL) {
            mpz_clear(acc);
            mpz_clear(x);
            return NULL;
        }
        ou_int_as_mpz(n, x);
        OU_DECREF(n);
        mpz_gcd(acc, acc, x);
    }
    OuObject *res = ou_int_from_mpz(acc);
    mpz_clear(acc);
    mpz_clear(x);
    return res;
}

static OuObject *math_isqrt(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    if (exact_args("isqrt", nargs, kw, 1) < 0)
        return NULL;
    OuObject *n = to_int(args[0]);
    if (n == NULL)
        return NULL;
    if (ou_int_sign(n) < 0) {
        OU_DECREF(n);
        return ou_err_format(&ou_exc_ValueError, "isqrt() argument must be nonnegative");
    }
    mpz_t z;
    mpz_init(z);
    ou_int_as_mpz(n, z);
    OU_DECREF(n);
    mpz_sqrt(z, z);
    OuObject *res = ou_int_from_mpz(z);
    mpz_clear(z);
    return res;
}

// comb and perm: n and k as non-negative ints; k must fit an unsigned long.
static int comb_args(const char *fname, OuObject *const *args, ou_ssize_t nargs, OuObject *kw,
                     mpz_t n, unsigned long *k, int *k_exceeds)
{
    if (exact_args(fname, nargs, kw, 2) < 0)
        return -1;
    OuObject *a = to_int(args[0]);
    if (a == NULL)
        return -1;
    OuObject *b = to_int(args[1]);
    if (b == NULL) {
        OU_DECREF(a);
        return -1;
    }
    int bad_n = ou_int_sign(a) < 0, bad_k = ou_int_sign(b) < 0;
    mpz_t kz;
    mpz_init(kz);
    ou_int_as_mpz(a, n);
    ou_int_as_mpz(b, kz);
    OU_DECREF(a);
    OU_DECREF(b);
    if (bad_n || bad_k) {
        mpz_clear(kz);
        ou_err_format(&ou_exc_ValueError, bad_n ? "n must be a non-negative integer"
                                                : "k must be a non-negative integer");
        return -1;
    }
    *k_exceeds = mpz_cmp(kz, n) > 0;
    if (!*k_exceeds && !mpz_fits_ulong_p(kz)) {
        mpz_clear(kz);
        ou_err_format(&ou_exc_OverflowError, "k must not exceed %ld", 0x7fffffffffffffffL);
        return -1;
    }
    *k = *k_exceeds ? 0 : mpz_get_ui(kz);
    mpz_clear(kz);
    return 0;
}

static OuObject *math_comb(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    mpz_t n;
    mpz_init(n);
    unsigned long k;
    int exceeds;
    OuObject *res = NULL;
    if (comb_args("comb", args, nargs, kw, n, &k, &exceeds) == 0) {
        if (exceeds)
            mpz_set_ui(n, 0);
        else
            mpz_bin_ui(n, n, k);
        res = ou_int_from_mpz(n);
    }
    mpz_clear(n);
    return res;
}

static OuObject *math_perm(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    if (nargs == 1) {
        // perm(n) is n!
        return math_factorial(self, args, 1, kw);
    }
    mpz_t n, acc;
    mpz_init(n);
    mpz_init_set_ui(acc, 1);
    unsigned long k;
    int exceeds;
    OuObject *res = NULL;
    if (comb_args("perm", args, nargs, kw, n, &k, &exceeds) == 0) {
        if (exceeds) {
            mpz_set_ui(acc, 0);
        } else {
            for (unsigned long i = 0; i < k; i++) {
                mpz_mul(acc, acc, n);
                mpz_sub_ui(n, n, 1);
            }
        }
        res = ou_int_from_mpz(acc);
    }
    mpz_clear(n);
    mpz_clear(acc);
    return res;
}

static OuObject *math_prod(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    static const char *const names[] = { "", "start", NULL };
    OuObject *a[2];
    if (ou_args_parse("prod", args, nargs, kw, names, 1, 1, a) < 0)
        return NULL;
    OuObject *it = ou_object_iter(a[0]);
    if (it == NULL)
        return NULL;
    OuObject *acc = a[1] ? ou_newref(a[1]) : ou_int_from_i64(1);
    OuObject *item;
    while (acc != NULL && (item = ou_iter_next(it)) != NULL) {
        OuObject *p = ou_number_binop(acc, item, OU_NB_MULTIPLY);
        OU_DECREF(item);
        OU_SETREF(acc, p);
    }
    OU_DECREF(it);
    if (ou_err_occurred()) {
        OU_XDECREF(acc);
        return NULL;
    }
    return acc;
}

// Exact sum of floats: keep a list of non-overlapping partial sums whose
// total is exact (Shewchuk), then add them from the top with one final
// correction for ties in round-half-even.
#define FSUM_SMALL 32

static OuObject *math_fsum(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    if (exact_args("fsum", nargs, kw, 1) < 0)
        return NULL;
    OuObject *it = ou_object_iter(args[0]);
    if (it == NULL)
        return NULL;
    double small[FSUM_SMALL];
    double *p = small;
    ou_ssize_t n = 0, cap = FSUM_SMALL;
    double special = 0.0, inf_sum = 0.0;
    OuObject *item;
    while ((item = ou_iter_next(it)) != NULL) {
        double x;
        int r = to_double(item, &x);
        OU_DECREF(item);
        if (r < 0)
            goto error;
        if (!isfinite(x)) {
            if (isinf(x))
                inf_sum += x;
            special += x;
            continue;
        }
        ou_ssize_t i = 0;
        for (ou_ssize_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0)
                p[i++] = lo;
            x = hi;
        }
        n = i;
        if (n == cap) {
            double *np = ou_mem_alloc_or_raise(sizeof(double) * (size_t)cap * 2);
            if (np == NULL)
                goto error;
            for (ou_ssize_t j = 0; j < n; j++)
                np[j] = p[j];
            if (p != small)
                ou_mem_free(p);
            p = np;
            cap *= 2;
        }
        p[n++] = x;
    }
    if (ou_err_occurred())
        goto error;
    OU_DECREF(it);
    double hi = 0.0;
    if (special != 0.0) {
        if (p != small)
            ou_mem_free(p);
        if (isnan(inf_sum))
            return ou_err_format(&ou_exc_ValueError, "-inf + inf in fsum");
        return ou_float_from_double(special);
    }
    if (n > 0) {
        double lo = 0.0;
        hi = p[--n];
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0)
                break;
        }
        // Round half to even across the remaining partials.
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y;
            if (y == x - hi)
                hi = x;
        }
    }
    if (p != small)
        ou_mem_free(p);
    return ou_float_from_double(hi);
error:
    OU_DECREF(it);
    if (p != small)
        ou_mem_free(p);
    return NULL;
}

// ---- Functions added by CPython after C89's libm ----

// ---- gamma and lgamma ----
//
// CPython computes these itself rather than trusting the platform, with
// Lanczos' approximation (g = 6.0246800407767296, 13 terms, as a rational
// function whose denominator is x(x+1)...(x+11)); libm's results differ in
// the last bits, so ouro follows the same steps to print the same digits.

enum { LANCZOS_N = 13 };
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

// The rational sum for x > 0; for large x it is evaluated in 1/x so
// neither polynomial overflows.
static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

// sin(pi * x), reduced to a quarter period first so it is exact at integers
// and half-integers.
static double sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break;
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

// Gamma of a finite x that is not zero or a negative integer.
static double gamma_of(double x)
{
    double ax = fabs(x);
    if (x == floor(x) && x <= 23.0) {
        double f = 1.0;
        for (int i = 2; i < (int)x; i++)
            f *= i;
        return f;
    }
    if (ax < 1e-20)
        return 1.0 / x;
    if (ax > 200.0)
        return x < 0.0 ? 0.0 / sinpi(x) : INFINITY;
    double y = ax + lanczos_g_half;
    // The rounding error of y, which pow and exp would otherwise magnify.
    double err = ax > lanczos_g_half ? (y - ax) - lanczos_g_half : (y - lanczos_g_half) - ax;
    double corr = err * lanczos_g / y, r;
    if (x < 0.0) {
        r = -M_PI / sinpi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= corr * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        } else {
            double half = pow(y, ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(ax) / exp(y);
        r += corr * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        } else {
            double half = pow(y, ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    return r;
}

static OuObject *math_gamma(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    double x;
    if (exact_args("gamma", nargs, kw, 1) < 0 || to_double(args[0], &x) < 0)
        return NULL;
    if (!isfinite(x)) {
        if (isinf(x) && x < 0)
            return domain_error();
        return ou_float_from_double(x);
    }
    if (x == 0.0 || (x < 0 && x == floor(x)))
        return domain_error();
    double r = gamma_of(x);
    if (isinf(r))
        return range_error();
    return ou_float_from_double(r);
}

static OuObject *math_lgamma(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    double x;
    if (exact_args("lgamma", nargs, kw, 1) < 0 || to_double(args[0], &x) < 0)
        return NULL;
    if (!isfinite(x))
        return ou_float_from_double(isnan(x) ? x : INFINITY);
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0)
            return domain_error();
        return ou_float_from_double(0.0);
    }
    double ax = fabs(x), r;
    if (ax < 1e-20) {
        r = -log(ax);
    } else {
        r = log(lanczos_sum(ax)) - lanczos_g;
        r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1);
        if (x < 0.0)
            r = log(M_PI) - log(fabs(sinpi(ax))) - log(ax) - r;
    }
    if (isinf(r))
        return range_error();
    return ou_float_from_double(r);
}

static OuObject *math_log1p(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    double x;
    if (exact_args("log1p", nargs, kw, 1) < 0 || to_double(args[0], &x) < 0)
        return NULL;
    if (x <= -1.0)
        return domain_error();
    return ou_float_from_double(log1p(x));
}

static OuObject *math_frexp(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    double x;
    if (exact_args("frexp", nargs, kw, 1) < 0 || to_double(args[0], &x) < 0)
        return NULL;
    int e = 0;
    double m = isfinite(x) && x != 0.0 ? frexp(x, &e) : x;
    OuObject *mo = ou_float_from_double(m), *eo = ou_int_from_i64(e);
    OuObject *res = (mo && eo) ? ou_tuple_pack(2, mo, eo) : NULL;
    OU_XDECREF(mo);
    OU_XDECREF(eo);
    return res;
}

static OuObject *math_modf(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    double x, ip;
    if (exact_args("modf", nargs, kw, 1) < 0 || to_double(args[0], &x) < 0)
        return NULL;
    double fp = isinf(x) ? copysign(0.0, x) : modf(x, &ip);
    if (isinf(x))
        ip = x;
    OuObject *a = ou_float_from_double(fp), *b = ou_float_from_double(ip);
    OuObject *res = (a && b) ? ou_tuple_pack(2, a, b) : NULL;
    OU_XDECREF(a);
    OU_XDECREF(b);
    return res;
}

static OuObject *math_ldexp(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    double x;
    if (exact_args("ldexp", nargs, kw, 2) < 0 || to_double(args[0], &x) < 0)
        return NULL;
    if (!ou_int_check(args[1]))
        return ou_err_format(&ou_exc_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (ou_int_as_i64(args[1], &e) < 0) {
        // Exponents beyond 64 bits saturate: the result is 0 or out of range.
        ou_err_clear();
        e = ou_int_sign(args[1]) > 0 ? INT64_MAX : INT64_MIN;
    }
    if (x == 0.0 || !isfinite(x))
        return ou_float_from_double(x);
    if (e > 100000)
        return range_error();
    if (e < -100000)
        return ou_float_from_double(copysign(0.0, x));
    double r = ldexp(x, (int)e);
    if (isinf(r))
        return range_error();
    return ou_float_from_double(r);
}

static OuObject *math_remainder(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    double x, y;
    if (two_doubles("remainder", args, nargs, kw, &x, &y) < 0)
        return NULL;
    if (isnan(x) || isnan(y))
        return ou_float_from_double(isnan(x) ? x : y);
    if (isinf(x) || y == 0.0)
        return domain_error();
    if (isinf(y))
        return ou_float_from_double(x);
    return ou_float_from_double(remainder(x, y));
}

static OuObject *math_nextafter(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    double x, y;
    if (two_doubles("nextafter", args, nargs, kw, &x, &y) < 0)
        return NULL;
    return ou_float_from_double(nextafter(x, y));
}

static OuObject *math_ulp(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    double x;
    if (exact_args("ulp", nargs, kw, 1) < 0 || to_double(args[0], &x) < 0)
        return NULL;
    if (isnan(x))
        return ou_float_from_double(x);
    x = fabs(x);
    if (isinf(x))
        return ou_float_from_double(x);
    double up = nextafter(x, INFINITY);
    if (isinf(up))
        return ou_float_from_double(x - nextafter(x, -INFINITY));
    return ou_float_from_double(up - x);
}

static OuObject *math_isclose(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    static const char *const names[] = { "a", "b", "rel_tol", "abs_tol", NULL };
    OuObject *o[4];
    if (ou_args_parse("isclose", args, nargs, kw, names, 2, 2, o) < 0)
        return NULL;
    double a, b, rel = 1e-09, abs_tol = 0.0;
    if (to_double(o[0], &a) < 0 || to_double(o[1], &b) < 0 || (o[2] && to_double(o[2], &rel) < 0)
        || (o[3] && to_double(o[3], &abs_tol) < 0))
        return NULL;
    if (rel < 0.0 || abs_tol < 0.0)
        return ou_err_format(&ou_exc_ValueError, "tolerances must be non-negative");
    if (a == b)
        return ou_bool_from(1);
    if (isinf(a) || isinf(b))
        return ou_bool_from(0);
    double diff = fabs(b - a);
    return ou_bool_from((diff <= fabs(rel * b)) || (diff <= fabs(rel * a)) || diff <= abs_tol);
}

static OuObject *math_lcm(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    if (ou_args_no_kw("lcm", kw) < 0)
        return NULL;
    mpz_t acc, x;
    mpz_init_set_ui(acc, 1);
    mpz_init(x);
    for (ou_ssize_t i = 0; i < nargs; i++) {
        OuObject *n = to_int(args[i]);
        if (n == NULL) {
            mpz_clear(acc);
            mpz_clear(x);
            return NULL;
        }
        ou_int_as_mpz(n, x);
        OU_DECREF(n);
        mpz_lcm(acc, acc, x);
    }
    OuObject *res = ou_int_from_mpz(acc);
    mpz_clear(acc);
    mpz_clear(x);
    return res;
}

// The Euclidean norm of v[0..n), correctly rounded in all but the rarest
// cases: the squares are summed in extended precision after scaling by the
// largest magnitude, so neither overflow nor underflow can occur.
static double vector_norm(const double *v, ou_ssize_t n, int found_nan)
{
    double max = 0.0;
    for (ou_ssize_t i = 0; i < n; i++) {
        double a = fabs(v[i]);
        if (isinf(a))
            return a;
        if (a > max)
            max = a;
    }
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    int e;
    frexp(max, &e);
    long double sum = 0.0L;
    for (ou_ssize_t i = 0; i < n; i++) {
        long double a = (long double)ldexp(fabs(v[i]), -e);
        sum += a * a;
    }
    return ldexp((double)sqrtl(sum), e);
}

// Fill v with the float values of a sequence's items. 0 / -1.
static int doubles_of(OuObject *const *items, ou_ssize_t n, double *v, int *found_nan)
{
    for (ou_ssize_t i = 0; i < n; i++) {
        if (to_double(items[i], &v[i]) < 0)
            return -1;
        if (isnan(v[i]))
            *found_nan = 1;
    }
    return 0;
}

static OuObject *math_hypot(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    if (ou_args_no_kw("hypot", kw) < 0)
        return NULL;
    double small[16];
    double *v = nargs <= 16 ? small : ou_mem_alloc_or_raise(sizeof(double) * (size_t)nargs);
    if (v == NULL)
        return NULL;
    int found_nan = 0;
    OuObject *res = NULL;
    if (doubles_of(args, nargs, v, &found_nan) == 0)
        res = ou_float_from_double(vector_norm(v, nargs, found_nan));
    if (v != small)
        ou_mem_free(v);
    return res;
}

static OuObject *math_dist(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    if (exact_args("dist", nargs, kw, 2) < 0)
        return NULL;
    OuObject *p = NULL, *q = NULL, *res = NULL;
    double small[32];
    double *v = small;
    for (int i = 0; i < 2; i++) {
        if (!ou_is_instance_of(args[i], &ou_tuple_type) && !ou_is_instance_of(args[i], &ou_list_type)
            && !ou_is_instance_of(args[i], &ou_range_type)) {
            ou_err_format(&ou_exc_TypeError, "dist() argument %d must be tuple, not %s", i + 1,
                          ou_type_name(args[i]));
            return NULL;
        }
    }
    if ((p = ou_sequence_tuple(args[0])) == NULL || (q = ou_sequence_tuple(args[1])) == NULL)
        goto done;
    ou_ssize_t n = ou_tuple_size(p);
    if (n != ou_tuple_size(q)) {
        ou_err_set_string(&ou_exc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    if (n > 16 && (v = ou_mem_alloc_or_raise(sizeof(double) * (size_t)n * 2)) == NULL)
        goto done;
    int found_nan = 0;
    if (doubles_of(ou_tuple_items(p), n, v, &found_nan) < 0
        || doubles_of(ou_tuple_items(q), n, v + n, &found_nan) < 0)
        goto done;
    for (ou_ssize_t i = 0; i < n; i++)
        v[i] = v[i] - v[n + i];
    res = ou_float_from_double(vector_norm(v, n, found_nan));
done:
    if (v != small)
        ou_mem_free(v);
    OU_XDECREF(p);
    OU_XDECREF(q);
    return res;
}

static const OuMethodDef math_methods[] = {
    { "acos", math_acos, 0, NULL }, { "asin", math_asin, 0, NULL }, { "atan", math_atan, 0, NULL },
    { "atan2", math_atan2, 0, NULL }, { "ceil", math_ceil, 0, NULL }, { "comb", math_comb, 0, NULL },
    { "copysign", math_copysign, 0, NULL }, { "cos", math_cos, 0, NULL }, { "cosh", math_cosh, 0, NULL },
    { "degrees", math_degrees, 0, NULL }, { "exp", math_exp, 0, NULL }, { "fabs", math_fabs, 0, NULL },
    { "factorial", math_factorial, 0, NULL }, { "floor", math_floor, 0, NULL }, { "fmod", math_fmod, 0, NULL },
    { "fsum", math_fsum, 0, NULL }, { "gcd", math_gcd, 0, NULL }, { "hypot", math_hypot, 0, NULL },
    { "isfinite", math_isfinite, 0, NULL }, { "isinf", math_isinf, 0, NULL }, { "isnan", math_isnan, 0, NULL },
    { "isqrt", math_isqrt, 0, NULL }, { "log", math_log, 0, NULL }, { "log10", math_log10, 0, NULL },
    { "log2", math_log2, 0, NULL }, { "perm", math_perm, 0, NULL }, { "pow", math_pow, 0, NULL },
    { "prod", math_prod, 0, NULL }, { "radians", math_radians, 0, NULL }, { "sin", math_sin, 0, NULL },
    { "sinh", math_sinh, 0, NULL }, { "sqrt", math_sqrt, 0, NULL }, { "tan", math_tan, 0, NULL },
    { "tanh", math_tanh, 0, NULL }, { "trunc", math_trunc, 0, NULL },
    { "acosh", math_acosh, 0, NULL }, { "asinh", math_asinh, 0, NULL }, { "atanh", math_atanh, 0, NULL },
    { "cbrt", math_cbrt, 0, NULL }, { "dist", math_dist, 0, NULL }, { "erf", math_erf, 0, NULL },
    { "erfc", math_erfc, 0, NULL }, { "exp2", math_exp2, 0, NULL }, { "expm1", math_expm1, 0, NULL },
    { "frexp", math_frexp, 0, NULL }, { "gamma", math_gamma, 0, NULL }, { "isclose", math_isclose, 0, NULL },
    { "lcm", math_lcm, 0, NULL }, { "ldexp", math_ldexp, 0, NULL }, { "lgamma", math_lgamma, 0, NULL },
    { "log1p", math_log1p, 0, NULL }, { "modf", math_modf, 0, NULL }, { "nextafter", math_nextafter, 0, NULL },
    { "remainder", math_remainder, 0, NULL }, { "ulp", math_ulp, 0, NULL },
    { NULL, NULL, 0, NULL },
};

OuObject *ou_math_init(void)
{
    OuObject *m = ou_module_new("math");
    if (m == NULL)
        return NULL;
    if (ou_module_add_functions(m, math_methods) < 0)
        goto error;
    const struct { const char *name; double value; } consts[] = {
        { "pi", M_PI }, { "e", M_E }, { "tau", 2 * M_PI }, { "inf", INFINITY }, { "nan", NAN },
    };
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++) {
        OuObject *v = ou_float_from_double(consts[i].value);
        if (v == NULL || ou_module_add_object(m, consts[i].name, v) < 0) {
            OU_XDECREF(v);
            goto error;
        }
        OU_DECREF(v);
    }
    return m;
error:
    OU_DECREF(m);
    return NULL;
}
