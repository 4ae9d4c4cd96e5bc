// stdlib/random.c: the `random` module. The generator is the Mersenne
// Twister (MT19937) seeded as CPython 3.11 seeds it, and every method draws
// from it in the same order and with the same arithmetic as CPython's
// random.py, so `random.seed(n)` followed by any sequence of calls gives
// CPython's exact values.
//
// Seeding: an int seed feeds its absolute value, cut into 32-bit words
// (least significant first), to MT's init_by_array. A str, bytes or bytearray
// seed (version 2) becomes the int whose big-endian bytes are the data
// followed by its SHA-512 digest. Other hashable seeds (float) use hash().
// No seed at all takes 624 words from the OS (nondeterministic).
//
// The module-level functions are the bound methods of one hidden `Random`
// instance, as in CPython.
#include "stdlib/stdlib.h"

#include <gmp.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "gc/gc.h"
#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

#define MT_N 624
#define MT_M 397

typedef struct {
    OU_OBJECT_HEAD
    int index;                  // next word of `state` to temper; MT_N: regenerate
    int has_gauss;              // gauss() keeps its second value for the next call
    double gauss_next;
    uint32_t state[MT_N];
} OuRandom;

extern OuType ou_random_type;

// ---- The Mersenne Twister ----

static void mt_init(OuRandom *r, uint32_t s)
{
    uint32_t *mt = r->state;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

static void mt_init_by_array(OuRandom *r, const uint32_t *key, size_t len)
{
    uint32_t *mt = r->state;
    mt_init(r, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= len)
            j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u;       // the all-zero state is impossible
}

static uint32_t mt_next(OuRandom *r)
{
    uint32_t *mt = r->state;
    if (r->index >= MT_N) {
        int k;
        for (k = 0; k < MT_N - MT_M; k++) {
            uint32_t y = (mt[k] & 0x80000000u) | (mt[k + 1] & 0x7fffffffu);
            mt[k] = mt[k + MT_M] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
        }
        for (; k < MT_N - 1; k++) {
            uint32_t y = (mt[k] & 0x80000000u) | (mt[k + 1] & 0x7fffffffu);
            mt[k] = mt[k + (MT_M - MT_N)] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
        }
        uint32_t y = (mt[MT_N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
        r->index = 0;
    }
    uint32_t y = mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

// 53 random bits as a double in [0, 1).
static double mt_random(OuRandom *r)
{
    uint32_t a = mt_next(r) >> 5, b = mt_next(r) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// k <= 64 random bits, drawn as getrandbits(k) draws them: the low 32-bit
// word first, the last word shifted down to the bits it needs.
static uint64_t mt_bits64(OuRandom *r, int k)
{
    if (k <= 32)
        return k == 0 ? 0 : mt_next(r) >> (32 - k);
    uint64_t lo = mt_next(r);
    uint64_t hi = mt_next(r) >> (64 - k);
    return lo | (hi << 32);
}

// New ref: getrandbits(k) for any k >= 0.
static OuObject *mt_bits_int(OuRandom *r, uint64_t k)
{
    if (k <= 64)
        return ou_int_from_u64(mt_bits64(r, (int)k));
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *w = ou_mem_alloc_or_raise(words * sizeof(uint32_t));
    if (w == NULL)
        return NULL;
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t x = mt_next(r);
        if (k < 32)
            x >>= 32 - k;
        w[i] = x;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, w);
    ou_mem_free(w);
    OuObject *res = ou_int_from_mpz(z);
    mpz_clear(z);
    return res;
}

// New ref: a uniformly chosen int in [0, n) for an int n > 0, by rejection
// sampling on n.bit_length() bits.
static OuObject *randbelow(OuRandom *r, OuObject *n)
{
    int64_t v;
    if (ou_int_is_small(n) && ou_int_as_i64(n, &v) == 0) {
        int k = 0;
        for (uint64_t t = (uint64_t)v; t; t >>= 1)
            k++;
        uint64_t x = mt_bits64(r, k);
        while (x >= (uint64_t)v)
            x = mt_bits64(r, k);
        return ou_int_from_u64(x);
    }
    mpz_t z;
    mpz_init(z);
    ou_int_as_mpz(n, z);
    uint64_t k = mpz_sizeinbase(z, 2);
    mpz_clear(z);
    for (;;) {
        OuObject *x = mt_bits_int(r, k);
        if (x == NULL || ou_int_compare(x, n) < 0)
            return x;
        OU_DECREF(x);
    }
}

static ou_ssize_t randbelow_ssize(OuRandom *r, ou_ssize_t n)
{
    int k = 0;
    for (uint64_t t = (uint64_t)n; t; t >>= 1)
        k++;
    uint64_t x = mt_bits64(r, k);
    while (x >= (uint64_t)n)
        x = mt_bits64(r, k);
    return (ou_ssize_t)x;
}

// ---- SHA-512 (FIPS 180-4), for seeding with str and bytes ----

static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static uint64_t ror64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static void sha512_block(uint64_t h[8], const unsigned char *p)
{
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
        uint64_t x = 0;
        for (int j = 0; j < 8; j++)
            x = (x << 8) | p[i * 8 + j];
        w[i] = x;
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ror64(w[i - 15], 1) ^ ror64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ror64(w[i - 2], 19) ^ ror64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t t1 = hh + (ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41)) + ((e & f) ^ (~e & g))
                      + sha512_k[i] + w[i];
        uint64_t t2 = (ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
    h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

static void sha512(const unsigned char *p, size_t n, unsigned char out[64])
{
    uint64_t h[8] = {
        0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
        0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
    };
    size_t full = n / 128;
    for (size_t i = 0; i < full; i++)
        sha512_block(h, p + i * 128);
    // The tail, the 0x80 marker and the bit length (fits in 64 bits here).
    unsigned char last[256] = { 0 };
    size_t rest = n - full * 128;
    memcpy(last, p + full * 128, rest);
    last[rest] = 0x80;
    size_t blocks = rest + 1 + 16 <= 128 ? 1 : 2;
    uint64_t bits = (uint64_t)n * 8;
    for (int i = 0; i < 8; i++)
        last[blocks * 128 - 1 - i] = (unsigned char)(bits >> (8 * i));
    for (size_t i = 0; i < blocks; i++)
        sha512_block(h, last + i * 128);
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 8; j++)
            out[i * 8 + j] = (unsigned char)(h[i] >> (56 - 8 * j));
}

// ---- Seeding ----

// Seed from the absolute value of an int.
static void seed_from_int(OuRandom *r, OuObject *n)
{
    mpz_t z;
    mpz_init(z);
    ou_int_as_mpz(n, z);
    mpz_abs(z, z);
    size_t words = mpz_sgn(z) == 0 ? 1 : (mpz_sizeinbase(z, 2) + 31) / 32;
    uint32_t small[4] = { 0 };
    uint32_t *key = words <= 4 ? small : ou_mem_calloc(words, sizeof(uint32_t));
    if (key == NULL) {
        // Seeding cannot fail in CPython's eyes; fall back to the low word.
        key = small;
        words = 1;
        small[0] = (uint32_t)mpz_get_ui(z);
    } else {
        size_t got = 0;
        mpz_export(key, &got, -1, sizeof(uint32_t), 0, 0, z);
    }
    mt_init_by_array(r, key, words);
    if (key != small)
        ou_mem_free(key);
    mpz_clear(z);
}

static void seed_from_os(OuRandom *r)
{
    uint32_t key[MT_N];
    size_t got = 0;
    FILE *f = fopen("/dev/urandom", "rb");
    if (f != NULL) {
        got = fread(key, sizeof(uint32_t), MT_N, f);
        fclose(f);
    }
    if (got < MT_N) {
        // No entropy device: mix the clock and the process id instead.
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        key[0] = (uint32_t)ts.tv_sec;
        key[1] = (uint32_t)ts.tv_nsec;
        key[2] = (uint32_t)getpid();
        got = 3;
    }
    mt_init_by_array(r, key, got);
}

// The int a version-2 seed of data p[0..n) stands for: the data followed by
// its SHA-512 digest, read as one big-endian number.
static OuObject *seed_bytes_to_int(const char *p, ou_ssize_t n)
{
    unsigned char *buf = ou_mem_alloc_or_raise((size_t)n + 64);
    if (buf == NULL)
        return NULL;
    memcpy(buf, p, (size_t)n);
    sha512((const unsigned char *)p, (size_t)n, buf + n);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, (size_t)n + 64, 1, 1, 0, 0, buf);
    ou_mem_free(buf);
    OuObject *res = ou_int_from_mpz(z);
    mpz_clear(z);
    return res;
}

// Version 1 of str/bytes seeding (Python 2's string hash), kept for old sequences.
static OuObject *seed_v1(OuObject *a)
{
    ou_ssize_t len;
    uint64_t x = 0;
    if (ou_str_check(a)) {
        len = ou_str_length(a);
        const char *p = ou_str_utf8(a), *end = p + ou_str_size(a);
        int first = 1;
        while (p < end) {
            uint32_t c = ou_utf8_next(&p);
            if (first)
                x = (uint64_t)c << 7;
            first = 0;
            x = (1000003 * x) ^ c;
        }
    } else {
        len = ou_bytes_size(a);
        const unsigned char *p = (const unsigned char *)ou_bytes_data(a);
        if (len > 0)
            x = (uint64_t)p[0] << 7;
        for (ou_ssize_t i = 0; i < len; i++)
            x = (1000003 * x) ^ p[i];
    }
    x ^= (uint64_t)len;
    return ou_int_from_u64(x);
}

static int random_seed_obj(OuRandom *r, OuObject *a, int version)
{
    r->has_gauss = 0;
    if (a == NULL || a == ou_None) {
        seed_from_os(r);
        return 0;
    }
    OuObject *n = NULL;
    if (version == 1 && (ou_str_check(a) || ou_bytes_check(a))) {
        n = seed_v1(a);
    } else if (version == 2 && ou_str_check(a)) {
        n = seed_bytes_to_int(ou_str_utf8(a), ou_str_size(a));
    } else if (version == 2 && ou_bytes_check(a)) {
        n = seed_bytes_to_int(ou_bytes_data(a), ou_bytes_size(a));
    } else if (ou_int_check(a)) {
        n = ou_newref(a);
    } else if (ou_float_check(a) || ou_str_check(a) || ou_bytes_check(a)) {
        ou_hash_t h = ou_object_hash(a);
        if (h == -1)
            return -1;
        n = ou_int_from_i64(h);
    } else {
        ou_err_set_string(&ou_exc_TypeError, "The only supported seed types are: None,\n"
                                             "int, float, str, bytes, and bytearray.");
        return -1;
    }
    if (n == NULL)
        return -1;
    seed_from_int(r, n);
    OU_DECREF(n);
    return 0;
}

// ---- Argument helpers ----

#define R(self) ((OuRandom *)(self))
#define METHOD(name) \
    static OuObject *random_##name(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)

static int to_double(OuObject *o, double *out)
{
    double d = ou_float_as_double(o);
    if (d == -1.0 && ou_err_occurred())
        return -1;
    *out = d;
    return 0;
}

static int no_args(const char *fname, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw(fname, kwnames) < 0)
        return -1;
    if (nargs != 0) {
        ou_err_format(&ou_exc_TypeError, "%s() takes no arguments (%zd given)", fname, nargs);
        return -1;
    }
    return 0;
}

// New ref: operator.index(o), or for an integral float int(o) (CPython 3.11
// still accepts those, with a deprecation warning). `what` names the
// argument in the ValueError for a non-integral one.
static OuObject *range_arg(OuObject *o, const char *what)
{
    if (ou_int_check(o))
        return ou_number_index(o);
    if (ou_float_check(o)) {
        double d = ou_float_value(o);
        if (isfinite(d) && d == floor(d))
            return ou_int_from_double(d);
        if (!isfinite(d))
            return ou_int_from_double(d);
        return ou_err_format(&ou_exc_ValueError, "non-integer %s for randrange()", what);
    }
    return ou_number_index(o);
}

// ---- Methods ----

METHOD(seed)
{
    static const char *const names[] = { "a", "version", NULL };
    OuObject *a[2];
    if (ou_args_parse("seed", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    int64_t version = 2;
    if (a[1] != NULL && ou_int_check(a[1]) && ou_int_as_i64(a[1], &version) < 0)
        return NULL;
    if (random_seed_obj(R(self), a[0], (int)version) < 0)
        return NULL;
    return ou_return_none();
}

METHOD(random)
{
    if (no_args("random", nargs, kwnames) < 0)
        return NULL;
    return ou_float_from_double(mt_random(R(self)));
}

METHOD(getrandbits)
{
    if (ou_args_no_kw("getrandbits", kwnames) < 0 || ou_args_count("getrandbits", nargs, 1, 1) < 0)
        return NULL;
    ou_ssize_t k;
    if (ou_arg_ssize(args[0], &k) < 0)
        return NULL;
    if (k < 0)
        return ou_err_set_string(&ou_exc_ValueError, "number of bits must be non-negative");
    return mt_bits_int(R(self), (uint64_t)k);
}

METHOD(randbytes)
{
    if (ou_args_no_kw("randbytes", kwnames) < 0 || ou_args_count("randbytes", nargs, 1, 1) < 0)
        return NULL;
    ou_ssize_t n;
    if (ou_arg_ssize(args[0], &n) < 0)
        return NULL;
    if (n < 0)
        return ou_err_set_string(&ou_exc_ValueError, "number of bits must be non-negative");
    OuObject *b = ou_bytes_alloc(n);
    if (b == NULL)
        return NULL;
    // getrandbits(n * 8).to_bytes(n, 'little'): whole words, low byte first.
    unsigned char *p = (unsigned char *)ou_bytes_data(b);
    for (ou_ssize_t i = 0; i < n; i += 4) {
        uint32_t w = mt_next(R(self));
        if (n - i < 4)
            w >>= 8 * (4 - (n - i));
        for (int j = 0; j < 4 && i + j < n; j++)
            p[i + j] = (unsigned char)(w >> (8 * j));
    }
    return b;
}

// New ref: istart + istep * randbelow(n) and the other branches of randrange.
static OuObject *randrange_impl(OuRandom *r, OuObject *start, OuObject *stop, OuObject *step)
{
    OuObject *istart = range_arg(start, "arg 1"), *istop = NULL, *istep = NULL, *width = NULL;
    OuObject *n = NULL, *res = NULL, *t = NULL;
    if (istart == NULL)
        return NULL;
    if (stop == NULL || stop == ou_None) {
        if (step != NULL) {
            ou_err_set_string(&ou_exc_TypeError, "Missing a non-None stop argument");
            goto done;
        }
        if (ou_int_sign(istart) > 0)
            res = randbelow(r, istart);
        else
            ou_err_set_string(&ou_exc_ValueError, "empty range for randrange()");
        goto done;
    }
    if ((istop = range_arg(stop, "stop")) == NULL)
        goto done;
    if ((width = ou_number_binop(istop, istart, OU_NB_SUBTRACT)) == NULL)
        goto done;
    if (step == NULL)
        istep = ou_int_from_i64(1);
    else
        istep = range_arg(step, "step");
    if (istep == NULL)
        goto done;
    int64_t sv;
    int step_is_one = ou_int_is_small(istep) && ou_int_as_i64(istep, &sv) == 0 && sv == 1;
    if (step_is_one) {
        if (ou_int_sign(width) > 0) {
            if ((t = randbelow(r, width)) != NULL)
                res = ou_number_binop(istart, t, OU_NB_ADD);
        } else {
            ou_err_format(&ou_exc_ValueError, "empty range for randrange() (%S, %S, %S)", istart, istop,
                          width);
        }
        goto done;
    }
    int ssign = ou_int_sign(istep);
    if (ssign == 0) {
        ou_err_set_string(&ou_exc_ValueError, "zero step for randrange()");
        goto done;
    }
    // n = (width + istep -+ 1) // istep
    OuObject *one = ou_int_from_i64(ssign > 0 ? -1 : 1);
    if (one == NULL)
        goto done;
    OuObject *w1 = ou_number_binop(width, istep, OU_NB_ADD);
    OuObject *w2 = w1 ? ou_number_binop(w1, one, OU_NB_ADD) : NULL;
    OU_DECREF(one);
    OU_XDECREF(w1);
    if (w2 == NULL)
        goto done;
    n = ou_number_binop(w2, istep, OU_NB_FLOOR_DIVIDE);
    OU_DECREF(w2);
    if (n == NULL)
        goto done;
    if (ou_int_sign(n) <= 0) {
        ou_err_set_string(&ou_exc_ValueError, "empty range for randrange()");
        goto done;
    }
    if ((t = randbelow(r, n)) != NULL) {
        OuObject *off = ou_number_binop(istep, t, OU_NB_MULTIPLY);
        if (off != NULL) {
            res = ou_number_binop(istart, off, OU_NB_ADD);
            OU_DECREF(off);
        }
    }
done:
    OU_XDECREF(t);
    OU_XDECREF(n);
    OU_XDECREF(istep);
    OU_XDECREF(width);
    OU_XDECREF(istop);
    OU_DECREF(istart);
    return res;
}

METHOD(randrange)
{
    static const char *const names[] = { "start", "stop", "step", NULL };
    OuObject *a[3];
    if (ou_args_parse("randrange", args, nargs, kwnames, names, 1, 3, a) < 0)
        return NULL;
    return randrange_impl(R(self), a[0], a[1], a[2]);
}

METHOD(randint)
{
    static const char *const names[] = { "a", "b", NULL };
    OuObject *a[2];
    if (ou_args_parse("randint", args, nargs, kwnames, names, 2, 2, a) < 0)
        return NULL;
    OuObject *one = ou_int_from_i64(1);
    if (one == NULL)
        return NULL;
    OuObject *stop = ou_number_binop(a[1], one, OU_NB_ADD);
    OU_DECREF(one);
    if (stop == NULL)
        return NULL;
    OuObject *res = randrange_impl(R(self), a[0], stop, NULL);
    OU_DECREF(stop);
    return res;
}

METHOD(choice)
{
    if (ou_args_no_kw("choice", kwnames) < 0 || ou_args_count("choice", nargs, 1, 1) < 0)
        return NULL;
    ou_ssize_t n = ou_object_len(args[0]);
    if (n < 0)
        return NULL;
    if (n == 0)
        return ou_err_set_string(&ou_exc_IndexError, "Cannot choose from an empty sequence");
    OuObject *i = ou_int_from_i64(randbelow_ssize(R(self), n));
    if (i == NULL)
        return NULL;
    OuObject *res = ou_object_getitem(args[0], i);
    OU_DECREF(i);
    return res;
}

METHOD(shuffle)
{
    if (ou_args_no_kw("shuffle", kwnames) < 0 || ou_args_count("shuffle", nargs, 1, 1) < 0)
        return NULL;
    OuObject *x = args[0];
    ou_ssize_t n = ou_object_len(x);
    if (n < 0)
        return NULL;
    for (ou_ssize_t i = n - 1; i > 0; i--) {
        ou_ssize_t j = randbelow_ssize(R(self), i + 1);
        if (OU_TYPE(x) == &ou_list_type && i < ou_list_size(x)) {
            OuObject **items = ou_list_items(x);
            OuObject *tmp = items[i];
            items[i] = items[j];
            items[j] = tmp;
            continue;
        }
        // Any other mutable sequence: x[i], x[j] = x[j], x[i]
        OuObject *ki = ou_int_from_i64(i), *kj = ou_int_from_i64(j);
        OuObject *vj = (ki && kj) ? ou_object_getitem(x, kj) : NULL;
        OuObject *vi = vj ? ou_object_getitem(x, ki) : NULL;
        int ok = vi != NULL && ou_object_setitem(x, ki, vj) == 0 && ou_object_setitem(x, kj, vi) == 0;
        OU_XDECREF(ki);
        OU_XDECREF(kj);
        OU_XDECREF(vi);
        OU_XDECREF(vj);
        if (!ok)
            return NULL;
    }
    return ou_return_none();
}

// New ref: bisect_right(a, x, 0, hi) on a list.
static ou_ssize_t bisect_right(OuObject *a, OuObject *x, ou_ssize_t hi)
{
    ou_ssize_t lo = 0;
    while (lo < hi) {
        ou_ssize_t mid = (lo + hi) / 2;
        int lt = ou_object_richcompare_bool(x, ou_list_items(a)[mid], OU_LT);
        if (lt < 0)
            return -1;
        if (lt)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

// New ref: list(itertools.accumulate(iterable)).
static OuObject *accumulate(OuObject *iterable)
{
    OuObject *it = ou_object_iter(iterable);
    if (it == NULL)
        return NULL;
    OuObject *out = ou_list_new(0), *acc = NULL, *item;
    if (out == NULL) {
        OU_DECREF(it);
        return NULL;
    }
    while ((item = ou_iter_next(it)) != NULL) {
        if (acc == NULL) {
            acc = item;
        } else {
            OuObject *s = ou_number_binop(acc, item, OU_NB_ADD);
            OU_DECREF(item);
            OU_SETREF(acc, s);
            if (acc == NULL)
                break;
        }
        if (ou_list_append(out, acc) < 0)
            break;
    }
    OU_XDECREF(acc);
    OU_DECREF(it);
    if (ou_err_occurred()) {
        OU_DECREF(out);
        return NULL;
    }
    return out;
}

static int is_set_or_mapping(OuObject *o)
{
    return ou_is_instance_of(o, &ou_set_type) || ou_is_instance_of(o, &ou_frozenset_type)
           || ou_is_instance_of(o, &ou_dict_type);
}

// New ref: population[i].
static OuObject *item_at(OuObject *population, ou_ssize_t i)
{
    if (OU_TYPE(population) == &ou_list_type && i < ou_list_size(population))
        return ou_newref(ou_list_items(population)[i]);
    if (OU_TYPE(population) == &ou_tuple_type)
        return ou_newref(ou_tuple_items(population)[i]);
    OuObject *k = ou_int_from_i64(i);
    if (k == NULL)
        return NULL;
    OuObject *v = ou_object_getitem(population, k);
    OU_DECREF(k);
    return v;
}

static OuObject *sample_impl(OuRandom *r, OuObject *population, ou_ssize_t k);

static OuObject *sample_counts(OuRandom *r, OuObject *population, ou_ssize_t n, ou_ssize_t k,
                               OuObject *counts)
{
    OuObject *cum = accumulate(counts), *res = NULL, *sel = NULL, *rng = NULL, *total = NULL;
    if (cum == NULL)
        return NULL;
    if (ou_list_size(cum) != n) {
        ou_err_set_string(&ou_exc_ValueError, "The number of counts does not match the population");
        goto done;
    }
    if (n == 0) {
        ou_err_set_string(&ou_exc_IndexError, "pop from empty list");
        goto done;
    }
    // cum.pop(): the list's reference moves to `total`.
    total = ou_list_items(cum)[n - 1];
    ou_list_items(cum)[n - 1] = NULL;
    ((OuList *)cum)->size = n - 1;
    if (!ou_int_check(total)) {
        ou_err_set_string(&ou_exc_TypeError, "Counts must be integers");
        goto done;
    }
    if (ou_int_sign(total) <= 0) {
        ou_err_set_string(&ou_exc_ValueError, "Total of counts must be greater than zero");
        goto done;
    }
    int64_t tv;
    if (ou_int_as_i64(total, &tv) < 0)
        goto done;
    if ((rng = ou_range_new(0, tv, 1)) == NULL || (sel = sample_impl(r, rng, k)) == NULL)
        goto done;
    for (ou_ssize_t i = 0; i < ou_list_size(sel); i++) {
        ou_ssize_t j = bisect_right(cum, ou_list_items(sel)[i], ou_list_size(cum));
        if (j < 0)
            goto done;
        OuObject *v = item_at(population, j);
        if (v == NULL)
            goto done;
        OU_SETREF(ou_list_items(sel)[i], v);
    }
    res = ou_newref(sel);
done:
    OU_XDECREF(total);
    OU_XDECREF(sel);
    OU_XDECREF(rng);
    OU_DECREF(cum);
    return res;
}

static OuObject *sample_impl(OuRandom *r, OuObject *population, ou_ssize_t k)
{
    ou_ssize_t n = ou_object_len(population);
    if (n < 0)
        return NULL;
    if (k < 0 || k > n)
        return ou_err_set_string(&ou_exc_ValueError, "Sample larger than population or is negative");
    OuObject *result = ou_list_new(k);
    if (result == NULL)
        return NULL;
    for (ou_ssize_t i = 0; i < k; i++)
        ou_list_items(result)[i] = ou_newref(ou_None);
    // Below this size a pool copy is cheaper than a set of chosen indices;
    // the threshold is CPython's, and it decides which draws are made.
    ou_ssize_t setsize = 21;
    if (k > 5)
        setsize += (ou_ssize_t)pow(4.0, ceil(log((double)(k * 3)) / log(4.0)));
    if (n <= setsize) {
        OuObject *pool = ou_sequence_list(population);
        if (pool == NULL)
            goto error;
        OuObject **p = ou_list_items(pool);
        for (ou_ssize_t i = 0; i < k; i++) {
            ou_ssize_t j = randbelow_ssize(r, n - i);
            OU_SETREF(ou_list_items(result)[i], ou_newref(p[j]));
            OU_SETREF(p[j], ou_newref(p[n - i - 1]));
        }
        OU_DECREF(pool);
        return result;
    }
    OuObject *selected = ou_set_new(NULL);
    if (selected == NULL)
        goto error;
    for (ou_ssize_t i = 0; i < k; i++) {
        OuObject *j = NULL;
        for (;;) {
            j = ou_int_from_i64(randbelow_ssize(r, n));
            int in = j ? ou_set_contains(selected, j) : -1;
            if (in == 0)
                break;
            OU_XDECREF(j);
            if (in < 0) {
                OU_DECREF(selected);
                goto error;
            }
        }
        OuObject *v = ou_set_add(selected, j) < 0 ? NULL : ou_object_getitem(population, j);
        OU_DECREF(j);
        if (v == NULL) {
            OU_DECREF(selected);
            goto error;
        }
        OU_SETREF(ou_list_items(result)[i], v);
    }
    OU_DECREF(selected);
    return result;
error:
    OU_DECREF(result);
    return NULL;
}

METHOD(sample)
{
    static const char *const names[] = { "population", "k", "counts", NULL };
    OuObject *a[3];
    if (ou_args_parse("sample", args, nargs, kwnames, names, 2, 2, a) < 0)
        return NULL;
    if (is_set_or_mapping(a[0]) || ou_object_len(a[0]) < 0) {
        ou_err_clear();
        return ou_err_set_string(&ou_exc_TypeError,
                                 "Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    ou_ssize_t k;
    if (ou_arg_ssize(a[1], &k) < 0)
        return NULL;
    if (a[2] != NULL && a[2] != ou_None) {
        ou_ssize_t n = ou_object_len(a[0]);
        return sample_counts(R(self), a[0], n, k, a[2]);
    }
    return sample_impl(R(self), a[0], k);
}

METHOD(choices)
{
    static const char *const names[] = { "population", "weights", "cum_weights", "k", NULL };
    OuObject *a[4];
    if (ou_args_parse("choices", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    OuObject *population = a[0], *weights = a[1], *cum = a[2];
    ou_ssize_t k = 1;
    if (a[3] != NULL && ou_arg_ssize(a[3], &k) < 0)
        return NULL;
    ou_ssize_t n = ou_object_len(population);
    if (n < 0)
        return NULL;
    OuObject *result = ou_list_new(0);
    if (result == NULL)
        return NULL;
    if (cum == NULL || cum == ou_None) {
        if (weights == NULL || weights == ou_None) {
            for (ou_ssize_t i = 0; i < k; i++) {
                OuObject *v = item_at(population, (ou_ssize_t)floor(mt_random(R(self)) * (double)n));
                if (v == NULL || ou_list_append(result, v) < 0) {
                    OU_XDECREF(v);
                    goto error;
                }
                OU_DECREF(v);
            }
            return result;
        }
        if (ou_int_check(weights)) {
            ou_err_format(&ou_exc_TypeError, "The number of choices must be a keyword argument: k=%S",
                          weights);
            goto error;
        }
        cum = accumulate(weights);
        if (cum == NULL)
            goto error;
    } else if (weights != NULL && weights != ou_None) {
        ou_err_set_string(&ou_exc_TypeError, "Cannot specify both weights and cumulative weights");
        goto error;
    } else {
        cum = ou_sequence_list(cum);
        if (cum == NULL)
            goto error;
    }
    if (ou_list_size(cum) != n) {
        ou_err_set_string(&ou_exc_ValueError, "The number of weights does not match the population");
        goto error_cum;
    }
    double total;
    if (n == 0) {
        ou_err_set_string(&ou_exc_IndexError, "list index out of range");
        goto error_cum;
    }
    if (to_double(ou_list_items(cum)[n - 1], &total) < 0)
        goto error_cum;
    total += 0.0;
    if (total <= 0.0) {
        ou_err_set_string(&ou_exc_ValueError, "Total of weights must be greater than zero");
        goto error_cum;
    }
    if (!isfinite(total)) {
        ou_err_set_string(&ou_exc_ValueError, "Total of weights must be finite");
        goto error_cum;
    }
    for (ou_ssize_t i = 0; i < k; i++) {
        OuObject *x = ou_float_from_double(mt_random(R(self)) * total);
        if (x == NULL)
            goto error_cum;
        ou_ssize_t j = bisect_right(cum, x, n - 1);
        OU_DECREF(x);
        OuObject *v = j < 0 ? NULL : item_at(population, j);
        if (v == NULL || ou_list_append(result, v) < 0) {
            OU_XDECREF(v);
            goto error_cum;
        }
        OU_DECREF(v);
    }
    OU_DECREF(cum);
    return result;
error_cum:
    OU_DECREF(cum);
error:
    OU_DECREF(result);
    return NULL;
}

METHOD(uniform)
{
    static const char *const names[] = { "a", "b", NULL };
    OuObject *a[2];
    if (ou_args_parse("uniform", args, nargs, kwnames, names, 2, 2, a) < 0)
        return NULL;
    // a + (b - a) * random(), with Python's operators so ints stay exact.
    OuObject *d = ou_number_binop(a[1], a[0], OU_NB_SUBTRACT);
    if (d == NULL)
        return NULL;
    OuObject *u = ou_float_from_double(mt_random(R(self)));
    OuObject *m = u ? ou_number_binop(d, u, OU_NB_MULTIPLY) : NULL;
    OU_DECREF(d);
    OU_XDECREF(u);
    if (m == NULL)
        return NULL;
    OuObject *res = ou_number_binop(a[0], m, OU_NB_ADD);
    OU_DECREF(m);
    return res;
}

METHOD(triangular)
{
    static const char *const names[] = { "low", "high", "mode", NULL };
    OuObject *a[3];
    if (ou_args_parse("triangular", args, nargs, kwnames, names, 0, 3, a) < 0)
        return NULL;
    double low = 0.0, high = 1.0, mode = 0, c = 0.5;
    if ((a[0] && to_double(a[0], &low) < 0) || (a[1] && to_double(a[1], &high) < 0))
        return NULL;
    double u = mt_random(R(self));
    if (a[2] != NULL && a[2] != ou_None) {
        if (to_double(a[2], &mode) < 0)
            return NULL;
        if (high - low == 0.0)
            return a[0] ? ou_newref(a[0]) : ou_float_from_double(low);
        c = (mode - low) / (high - low);
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        double t = low;
        low = high;
        high = t;
    }
    return ou_float_from_double(low + (high - low) * sqrt(u * c));
}

static int mu_sigma(const char *fname, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames,
                    double *mu, double *sigma, int required)
{
    static const char *const names[] = { "mu", "sigma", NULL };
    OuObject *a[2];
    if (ou_args_parse(fname, args, nargs, kwnames, names, required, 2, a) < 0)
        return -1;
    *mu = 0.0;
    *sigma = 1.0;
    if ((a[0] && to_double(a[0], mu) < 0) || (a[1] && to_double(a[1], sigma) < 0))
        return -1;
    return 0;
}

METHOD(gauss)
{
    double mu, sigma, z;
    if (mu_sigma("gauss", args, nargs, kwnames, &mu, &sigma, 0) < 0)
        return NULL;
    OuRandom *r = R(self);
    if (r->has_gauss) {
        z = r->gauss_next;
        r->has_gauss = 0;
    } else {
        double x2pi = mt_random(r) * (2.0 * M_PI);
        double g2rad = sqrt(-2.0 * log(1.0 - mt_random(r)));
        z = cos(x2pi) * g2rad;
        r->gauss_next = sin(x2pi) * g2rad;
        r->has_gauss = 1;
    }
    return ou_float_from_double(mu + z * sigma);
}

static double normalvariate(OuRandom *r)
{
    const double magic = 4 * exp(-0.5) / sqrt(2.0);
    for (;;) {
        double u1 = mt_random(r), u2 = 1.0 - mt_random(r);
        double z = magic * (u1 - 0.5) / u2;
        if (z * z / 4.0 <= -log(u2))
            return z;
    }
}

METHOD(normalvariate)
{
    double mu, sigma;
    if (mu_sigma("normalvariate", args, nargs, kwnames, &mu, &sigma, 0) < 0)
        return NULL;
    return ou_float_from_double(mu + normalvariate(R(self)) * sigma);
}

METHOD(lognormvariate)
{
    double mu, sigma;
    if (mu_sigma("lognormvariate", args, nargs, kwnames, &mu, &sigma, 2) < 0)
        return NULL;
    return ou_float_from_double(exp(mu + normalvariate(R(self)) * sigma));
}

static int one_double(const char *fname, const char *pname, OuObject *const *args, ou_ssize_t nargs,
                      OuObject *kwnames, double *x)
{
    const char *names[] = { pname, NULL };
    OuObject *a[1];
    if (ou_args_parse(fname, args, nargs, kwnames, names, 1, 1, a) < 0)
        return -1;
    return to_double(a[0], x);
}

METHOD(expovariate)
{
    double lambd;
    if (one_double("expovariate", "lambd", args, nargs, kwnames, &lambd) < 0)
        return NULL;
    if (lambd == 0.0)
        return ou_err_set_string(&ou_exc_ZeroDivisionError, "float division by zero");
    return ou_float_from_double(-log(1.0 - mt_random(R(self))) / lambd);
}

METHOD(paretovariate)
{
    double alpha;
    if (one_double("paretovariate", "alpha", args, nargs, kwnames, &alpha) < 0)
        return NULL;
    double u = 1.0 - mt_random(R(self));
    return ou_float_from_double(pow(u, -1.0 / alpha));
}

METHOD(weibullvariate)
{
    static const char *const names[] = { "alpha", "beta", NULL };
    OuObject *a[2];
    double alpha, beta;
    if (ou_args_parse("weibullvariate", args, nargs, kwnames, names, 2, 2, a) < 0
        || to_double(a[0], &alpha) < 0 || to_double(a[1], &beta) < 0)
        return NULL;
    double u = 1.0 - mt_random(R(self));
    return ou_float_from_double(alpha * pow(-log(u), 1.0 / beta));
}

static int gammavariate(OuRandom *r, double alpha, double beta, double *out)
{
    if (alpha <= 0.0 || beta <= 0.0) {
        ou_err_set_string(&ou_exc_ValueError, "gammavariate: alpha and beta must be > 0.0");
        return -1;
    }
    if (alpha > 1.0) {
        // Cheng's rejection algorithm GB.
        const double log4 = log(4.0), sg_magic = 1.0 + log(4.5);
        double ainv = sqrt(2.0 * alpha - 1.0), bbb = alpha - log4, ccc = alpha + ainv;
        for (;;) {
            double u1 = mt_random(r);
            if (!(1e-7 < u1 && u1 < 0.9999999))
                continue;
            double u2 = 1.0 - mt_random(r);
            double v = log(u1 / (1.0 - u1)) / ainv, x = alpha * exp(v);
            double z = u1 * u1 * u2, rr = bbb + ccc * v - x;
            if (rr + sg_magic - 4.5 * z >= 0.0 || rr >= log(z)) {
                *out = x * beta;
                return 0;
            }
        }
    }
    if (alpha == 1.0) {
        *out = -log(1.0 - mt_random(r)) * beta;
        return 0;
    }
    // alpha < 1: the algorithm GS of Ahrens and Dieter.
    double x;
    for (;;) {
        double u = mt_random(r), b = (M_E + alpha) / M_E, p = b * u;
        x = p <= 1.0 ? pow(p, 1.0 / alpha) : -log((b - p) / alpha);
        double u1 = mt_random(r);
        if (p > 1.0) {
            if (u1 <= pow(x, alpha - 1.0))
                break;
        } else if (u1 <= exp(-x)) {
            break;
        }
    }
    *out = x * beta;
    return 0;
}

METHOD(gammavariate)
{
    static const char *const names[] = { "alpha", "beta", NULL };
    OuObject *a[2];
    double alpha, beta, x;
    if (ou_args_parse("gammavariate", args, nargs, kwnames, names, 2, 2, a) < 0
        || to_double(a[0], &alpha) < 0 || to_double(a[1], &beta) < 0
        || gammavariate(R(self), alpha, beta, &x) < 0)
        return NULL;
    return ou_float_from_double(x);
}

METHOD(betavariate)
{
    static const char *const names[] = { "alpha", "beta", NULL };
    OuObject *a[2];
    double alpha, beta, y, z;
    if (ou_args_parse("betavariate", args, nargs, kwnames, names, 2, 2, a) < 0
        || to_double(a[0], &alpha) < 0 || to_double(a[1], &beta) < 0
        || gammavariate(R(self), alpha, 1.0, &y) < 0)
        return NULL;
    if (y == 0.0)
        return ou_float_from_double(0.0);
    if (gammavariate(R(self), beta, 1.0, &z) < 0)
        return NULL;
    return ou_float_from_double(y / (y + z));
}

METHOD(vonmisesvariate)
{
    static const char *const names[] = { "mu", "kappa", NULL };
    OuObject *a[2];
    double mu, kappa;
    if (ou_args_parse("vonmisesvariate", args, nargs, kwnames, names, 2, 2, a) < 0
        || to_double(a[0], &mu) < 0 || to_double(a[1], &kappa) < 0)
        return NULL;
    OuRandom *r = R(self);
    const double twopi = 2.0 * M_PI;
    if (kappa <= 1e-6)
        return ou_float_from_double(twopi * mt_random(r));
    double s = 0.5 / kappa, rr = s + sqrt(1.0 + s * s), z;
    for (;;) {
        double u1 = mt_random(r);
        z = cos(M_PI * u1);
        double d = z / (rr + z), u2 = mt_random(r);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d))
            break;
    }
    double q = 1.0 / rr, f = (q + z) / (1.0 + q * z);
    double theta = mt_random(r) > 0.5 ? mu + acos(f) : mu - acos(f);
    // Python's float %: the result takes the divisor's sign.
    double m = fmod(theta, twopi);
    if (m != 0.0 && m < 0)
        m += twopi;
    return ou_float_from_double(m);
}

METHOD(getstate)
{
    if (no_args("getstate", nargs, kwnames) < 0)
        return NULL;
    OuRandom *r = R(self);
    OuObject *st = ou_tuple_new(MT_N + 1);
    if (st == NULL)
        return NULL;
    for (int i = 0; i <= MT_N; i++) {
        OuObject *v = ou_int_from_u64(i < MT_N ? r->state[i] : (uint64_t)r->index);
        if (v == NULL) {
            OU_DECREF(st);
            return NULL;
        }
        ou_tuple_items(st)[i] = v;
    }
    OuObject *g = r->has_gauss ? ou_float_from_double(r->gauss_next) : ou_newref(ou_None);
    OuObject *three = ou_int_from_i64(3);
    OuObject *res = (g && three) ? ou_tuple_pack(3, three, st, g) : NULL;
    OU_XDECREF(three);
    OU_XDECREF(g);
    OU_DECREF(st);
    return res;
}

METHOD(setstate)
{
    if (ou_args_no_kw("setstate", kwnames) < 0 || ou_args_count("setstate", nargs, 1, 1) < 0)
        return NULL;
    OuObject *s = args[0];
    if (!ou_is_instance_of(s, &ou_tuple_type) || ou_tuple_size(s) != 3)
        return ou_err_format(&ou_exc_ValueError, "state vector must be a tuple of length 3");
    OuObject *ver = ou_tuple_items(s)[0], *st = ou_tuple_items(s)[1], *g = ou_tuple_items(s)[2];
    int64_t v;
    if (!ou_int_check(ver) || ou_int_as_i64(ver, &v) < 0 || v != 3) {
        ou_err_clear();
        return ou_err_format(&ou_exc_ValueError,
                             "state with version %S passed to Random.setstate() of version 3", ver);
    }
    if (!ou_is_instance_of(st, &ou_tuple_type))
        return ou_err_set_string(&ou_exc_TypeError, "state vector must be a tuple");
    if (ou_tuple_size(st) != MT_N + 1)
        return ou_err_set_string(&ou_exc_ValueError, "state vector is the wrong size");
    uint32_t words[MT_N + 1];
    for (int i = 0; i <= MT_N; i++) {
        int64_t w;
        OuObject *o = ou_tuple_items(st)[i];
        if (!ou_int_check(o))
            return ou_err_format(&ou_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                                 ou_type_name(o));
        if (ou_int_as_i64(o, &w) < 0 || w < 0 || w > 0xffffffffLL) {
            ou_err_clear();
            return ou_err_set_string(&ou_exc_OverflowError,
                                     "Python int too large to convert to C unsigned long");
        }
        words[i] = (uint32_t)w;
    }
    if (words[MT_N] > MT_N)
        return ou_err_set_string(&ou_exc_ValueError, "invalid state");
    double gv = 0.0;
    if (g != ou_None && to_double(g, &gv) < 0)
        return NULL;
    OuRandom *r = R(self);
    memcpy(r->state, words, sizeof r->state);
    r->index = (int)words[MT_N];
    r->has_gauss = g != ou_None;
    r->gauss_next = gv;
    return ou_return_none();
}

// ---- The type and the module ----

static OuObject *random_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (type == &ou_random_type && ou_args_no_kw("Random", kwnames) < 0)
        return NULL;
    if (nargs > 1)
        return ou_err_format(&ou_exc_TypeError, "Random() expected at most 1 argument, got %zd", nargs);
    OuObject *self = ou_object_new(type);
    if (self == NULL)
        return NULL;
    if (random_seed_obj(R(self), nargs ? args[0] : NULL, 2) < 0) {
        OU_DECREF(self);
        return NULL;
    }
    return self;
}

static void random_dealloc(OuObject *self)
{
    ou_object_free(self);
}

static const OuMethodDef random_methods[] = {
    { "seed", random_seed, 0, "Initialize internal state from a seed." },
    { "random", random_random, 0, "random() -> x in the interval [0, 1)." },
    { "getrandbits", random_getrandbits, 0, "getrandbits(k) -> x.  Generates an int with k random bits." },
    { "randbytes", random_randbytes, 0, "Generate n random bytes." },
    { "randrange", random_randrange, 0, "Choose a random item from range(stop) or range(start, stop[, step])." },
    { "randint", random_randint, 0, "Return random integer in range [a, b], including both end points." },
    { "choice", random_choice, 0, "Choose a random element from a non-empty sequence." },
    { "shuffle", random_shuffle, 0, "Shuffle list x in place, and return None." },
    { "sample", random_sample, 0, "Chooses k unique random elements from a population sequence." },
    { "choices", random_choices, 0, "Return a k sized list of population elements chosen with replacement." },
    { "uniform", random_uniform, 0, "Get a random number in the range [a, b) or [a, b] depending on rounding." },
    { "triangular", random_triangular, 0, "Triangular distribution." },
    { "gauss", random_gauss, 0, "Gaussian distribution." },
    { "normalvariate", random_normalvariate, 0, "Normal distribution." },
    { "lognormvariate", random_lognormvariate, 0, "Log normal distribution." },
    { "expovariate", random_expovariate, 0, "Exponential distribution." },
    { "vonmisesvariate", random_vonmisesvariate, 0, "Circular data distribution." },
    { "gammavariate", random_gammavariate, 0, "Gamma distribution.  Not the gamma function!" },
    { "betavariate", random_betavariate, 0, "Beta distribution." },
    { "paretovariate", random_paretovariate, 0, "Pareto distribution.  alpha is the shape parameter." },
    { "weibullvariate", random_weibullvariate, 0, "Weibull distribution." },
    { "getstate", random_getstate, 0, "Return internal state; can be passed to setstate() later." },
    { "setstate", random_setstate, 0, "Restore internal state from object returned by getstate()." },
    { NULL, NULL, 0, NULL },
};

OuType ou_random_type = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "Random",
    .basicsize = sizeof(OuRandom),
    .flags = OU_TPFLAGS_BASETYPE,
    .doc = "Random number generator base class used by bound module functions.",
    .dealloc = random_dealloc,
    .new = random_new,
    .methods = random_methods,
};

OuObject *ou_random_init(void);   // stdlib/stdlib.h declares it too
OuObject *ou_random_init(void)
{
    if (!ou_type_has_flag(&ou_random_type, OU_TPFLAGS_READY) && ou_type_ready(&ou_random_type) < 0)
        return NULL;
    OuObject *m = ou_module_new("random");
    if (m == NULL)
        return NULL;
    OuObject *inst = NULL;
    if (ou_module_add_object(m, "Random", (OuObject *)&ou_random_type) < 0)
        goto error;
    inst = random_new(&ou_random_type, NULL, 0, NULL);
    if (inst == NULL)
        goto error;
    for (const OuMethodDef *d = random_methods; d->name != NULL; d++) {
        OuObject *bound = ou_object_getattr_str(inst, d->name);
        if (bound == NULL)
            goto error;
        int r = ou_module_add_object(m, d->name, bound);
        OU_DECREF(bound);
        if (r < 0)
            goto error;
    }
    OU_DECREF(inst);
    return m;
error:
    OU_XDECREF(inst);
    OU_DECREF(m);
    return NULL;
}
