// runtime/siphash.c: SipHash-1-3 (one compression round per word, three
// finalization rounds), keyed with zeros as CPython is when PYTHONHASHSEED=0.
#include "runtime/siphash.h"

#include <string.h>

#define ROTL64(x, b) (((x) << (b)) | ((x) >> (64 - (b))))

static inline void sip_round(OuSipState *s)
{
    s->v0 += s->v1; s->v1 = ROTL64(s->v1, 13); s->v1 ^= s->v0; s->v0 = ROTL64(s->v0, 32);
    s->v2 += s->v3; s->v3 = ROTL64(s->v3, 16); s->v3 ^= s->v2;
    s->v0 += s->v3; s->v3 = ROTL64(s->v3, 21); s->v3 ^= s->v0;
    s->v2 += s->v1; s->v1 = ROTL64(s->v1, 17); s->v1 ^= s->v2; s->v2 = ROTL64(s->v2, 32);
}

static inline void absorb(OuSipState *s, uint64_t m)
{
    s->v3 ^= m;
    sip_round(s);
    s->v0 ^= m;
}

void ou_siphash13_init(OuSipState *st)
{
    // The key (k0, k1) is zero, so the initial state is the bare constants.
    st->v0 = 0x736f6d6570736575ULL;
    st->v1 = 0x646f72616e646f6dULL;
    st->v2 = 0x6c7967656e657261ULL;
    st->v3 = 0x7465646279746573ULL;
    st->tail = 0;
    st->ntail = 0;
    st->total = 0;
}

void ou_siphash13_update(OuSipState *st, const void *data, size_t len)
{
    const uint8_t *p = data;
    st->total += len;
    while (len > 0 && st->ntail != 0) {
        st->tail |= (uint64_t)*p++ << (8 * st->ntail);
        len--;
        if (++st->ntail == 8) {
            absorb(st, st->tail);
            st->tail = 0;
            st->ntail = 0;
        }
    }
    for (; len >= 8; p += 8, len -= 8) {
        uint64_t m = 0;
        for (int i = 7; i >= 0; i--)     // little-endian whatever the host
            m = (m << 8) | p[i];
        absorb(st, m);
    }
    while (len-- > 0)
        st->tail |= (uint64_t)*p++ << (8 * st->ntail++);
}

uint64_t ou_siphash13_final(OuSipState *st)
{
    uint64_t b = (st->total << 56) | st->tail;
    absorb(st, b);
    st->v2 ^= 0xff;
    sip_round(st);
    sip_round(st);
    sip_round(st);
    return st->v0 ^ st->v1 ^ st->v2 ^ st->v3;
}

uint64_t ou_siphash13(const void *data, size_t len)
{
    OuSipState st;
    ou_siphash13_init(&st);
    ou_siphash13_update(&st, data, len);
    return ou_siphash13_final(&st);
}
