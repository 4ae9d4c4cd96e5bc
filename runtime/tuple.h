// runtime/tuple.h: Python `tuple`, an immutable array of references laid out
// as CPython 3.11's (header, size, items inline), so getsizeof matches.
// Invariant: items[0..size) are owned and non-NULL once construction ends.
#ifndef OURO_RUNTIME_TUPLE_H
#define OURO_RUNTIME_TUPLE_H

#include "runtime/object.h"

typedef struct {
    OU_OBJECT_HEAD
    ou_ssize_t size;
    OuObject *items[];
} OuTuple;

extern OuType ou_tuple_type;
static inline int ou_tuple_check(OuObject *o) { return ou_type_has_flag(OU_TYPE(o), OU_TPFLAGS_TUPLE_SUBCLASS); }
static inline ou_ssize_t ou_tuple_size(OuObject *t) { return ((OuTuple *)t)->size; }
static inline OuObject **ou_tuple_items(OuObject *t) { return ((OuTuple *)t)->items; }
static inline OuObject *ou_tuple_get(OuObject *t, ou_ssize_t i) { return ((OuTuple *)t)->items[i]; } // Borrowed

// New ref: a tuple of `size` NULL items for the caller to fill (steal into
// items[i]) before anyone else sees it; size 0 gives the shared empty tuple.
OuObject *ou_tuple_new(ou_ssize_t size);
OuObject *ou_tuple_pack(ou_ssize_t n, ...);                  // New ref; items borrowed
OuObject *ou_tuple_from_array(OuObject *const *items, ou_ssize_t n);  // New ref; items borrowed
OuObject *ou_tuple_slice(OuObject *t, ou_ssize_t lo, ou_ssize_t hi);  // New ref
void ou_tuple_fini(void);           // release free lists and the empty tuple

extern OuType ou_tuple_iter_type;   // tuple_iterator

// Free lists of tuples of 1..OU_TUPLE_MAXSAVESIZE items (CPython's numbers),
// chained through items[0]. Meant to live in OuState.
#define OU_TUPLE_MAXSAVESIZE 20
#define OU_TUPLE_MAXFREELIST 2000
typedef struct {
    OuObject *free[OU_TUPLE_MAXSAVESIZE + 1];
    int numfree[OU_TUPLE_MAXSAVESIZE + 1];
} OuTupleFreeLists;

// Shared by the sequence types (runtime/tuple.c).
// New ref: the result of comparing a[0..na) with b[0..nb) lexicographically
// under `op`, as tuples and lists compare. NULL + error.
OuObject *ou_sequence_richcompare_items(OuObject *const *a, ou_ssize_t na,
                                        OuObject *const *b, ou_ssize_t nb, int op);
// The start/stop argument of index(): NULL or None leaves *out unchanged;
// integers beyond the ssize range are clamped. 0 / -1 + TypeError.
int ou_sequence_index_arg(OuObject *o, ou_ssize_t *out);

#endif
