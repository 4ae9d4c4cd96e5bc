// runtime/iter.h: the iterator types that are not tied to one container:
// the sequence iterator (objects with only `__getitem__`), iter(f, sentinel),
// and the lazy builtins enumerate, zip, reversed, map and filter, which are
// types as in CPython (so `isinstance(x, map)` works).
#ifndef OURO_RUNTIME_ITER_H
#define OURO_RUNTIME_ITER_H

#include "runtime/object.h"

extern OuType ou_seqiter_type;        // `iterator`
extern OuType ou_calliter_type;       // `callable_iterator`
extern OuType ou_enumerate_type;
extern OuType ou_zip_type;
extern OuType ou_reversed_type;
extern OuType ou_map_type;
extern OuType ou_filter_type;

// New ref: iterate seq[0], seq[1], ... until IndexError or StopIteration.
OuObject *ou_seqiter_new(OuObject *seq);
// New ref: call `callable` until it returns a value equal to `sentinel`.
OuObject *ou_calliter_new(OuObject *callable, OuObject *sentinel);
// New ref: reversed(seq), via `__reversed__` or `len` and indexing. NULL + TypeError.
OuObject *ou_reversed_new(OuObject *seq);

int ou_iter_init_types(void);         // ready the types above; idempotent. 0 / -1
void ou_iter_fini_types(void);

#endif
