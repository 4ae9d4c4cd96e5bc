// runtime/slice.h: Python `slice` objects and the index arithmetic every
// sequence shares.
#ifndef OURO_RUNTIME_SLICE_H
#define OURO_RUNTIME_SLICE_H

#include "runtime/object.h"

typedef struct {
    OU_OBJECT_HEAD
    OuObject *start, *stop, *step;   // never NULL (None when omitted)
} OuSlice;

extern OuType ou_slice_type;
static inline int ou_slice_check(OuObject *o) { return OU_TYPE(o) == &ou_slice_type; }

OuObject *ou_slice_new(OuObject *start, OuObject *stop, OuObject *step);  // New ref; args borrowed, NULL = None
// Clamp the slice to a sequence of `length` items as slice.indices() does and
// count the items it selects. 0 / -1 (ValueError "slice step cannot be zero",
// TypeError for non-integer bounds).
int ou_slice_unpack(OuObject *slice, ou_ssize_t length, ou_ssize_t *start,
                    ou_ssize_t *stop, ou_ssize_t *step, ou_ssize_t *slicelength);
// Normalise a possibly negative index against `length`; does not range-check.
static inline ou_ssize_t ou_index_wrap(ou_ssize_t i, ou_ssize_t length) { return i < 0 ? i + length : i; }

#endif
