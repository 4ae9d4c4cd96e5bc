// runtime/siphash.h: SipHash-1-3 with a 128-bit key of zeros, the function
// CPython 3.11 uses for str and bytes when PYTHONHASHSEED=0. One call for a
// buffer, or an incremental state for data produced piecewise (str hashes
// its code points widened to 1, 2 or 4 bytes without building the buffer).
#ifndef OURO_RUNTIME_SIPHASH_H
#define OURO_RUNTIME_SIPHASH_H

#include <stddef.h>
#include <stdint.h>

// The raw 64-bit SipHash-1-3 of `len` bytes (no -1 adjustment: callers that
// produce a Python hash map 0-length input and -1 themselves).
uint64_t ou_siphash13(const void *data, size_t len);

// Incremental form: init, feed any number of byte runs, finish. Feeding the
// bytes in pieces gives the same result as one ou_siphash13 over all of them.
typedef struct {
    uint64_t v0, v1, v2, v3;
    uint64_t tail;          // pending bytes, little-endian, not yet a full word
    unsigned ntail;         // 0..7
    uint64_t total;         // bytes fed so far
} OuSipState;
void ou_siphash13_init(OuSipState *st);
void ou_siphash13_update(OuSipState *st, const void *data, size_t len);
uint64_t ou_siphash13_final(OuSipState *st);

#endif
