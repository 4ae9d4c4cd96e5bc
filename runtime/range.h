// runtime/range.h: Python `range`, an immutable arithmetic sequence, and its
// iterator. Bounds that fit in 64 bits are kept inline; larger ones in int
// objects (the layout is described in runtime/range.c). Either way the object
// is 48 bytes like CPython's, so sys.getsizeof(range(5)) agrees.
#ifndef OURO_RUNTIME_RANGE_H
#define OURO_RUNTIME_RANGE_H

#include "runtime/object.h"

typedef struct {
    OU_OBJECT_HEAD
    int64_t start, stop, step;  // step != 0
    uint64_t length;            // number of items; may exceed INT64_MAX
} OuRange;

extern OuType ou_range_type;            // range
extern OuType ou_range_iter_type;       // range_iterator
static inline int ou_range_check(OuObject *o) { return OU_TYPE(o) == &ou_range_type; }

// New ref: range(start, stop, step). NULL + ValueError when step is 0.
OuObject *ou_range_new(int64_t start, int64_t stop, int64_t step);

#endif
