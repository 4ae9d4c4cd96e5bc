// runtime/list.h: Python `list`, a growable array of references laid out and
// grown as CPython 3.11's, so sys.getsizeof([1, 2, 3]) is 88.
// Invariant: items[0..size) are owned and non-NULL; items[size..allocated) are never read.
#ifndef OURO_RUNTIME_LIST_H
#define OURO_RUNTIME_LIST_H

#include "runtime/object.h"

typedef struct {
    OU_OBJECT_HEAD
    ou_ssize_t size;
    OuObject **items;
    ou_ssize_t allocated;
} OuList;

extern OuType ou_list_type;
static inline int ou_list_check(OuObject *o) { return ou_type_has_flag(OU_TYPE(o), OU_TPFLAGS_LIST_SUBCLASS); }
static inline ou_ssize_t ou_list_size(OuObject *l) { return ((OuList *)l)->size; }
static inline OuObject **ou_list_items(OuObject *l) { return ((OuList *)l)->items; }

OuObject *ou_list_new(ou_ssize_t size);                      // New ref; `size` NULL items to fill
OuObject *ou_list_getitem(OuObject *l, ou_ssize_t i);        // Borrowed. NULL + IndexError.
int ou_list_setitem(OuObject *l, ou_ssize_t i, OuObject *v); // Steals v, always. 0 / -1.
int ou_list_append(OuObject *l, OuObject *v);                // Does not steal. 0 / -1.
int ou_list_extend(OuObject *l, OuObject *iterable);         // 0 / -1
int ou_list_insert(OuObject *l, ou_ssize_t i, OuObject *v);  // Does not steal. 0 / -1.
int ou_list_sort(OuObject *l, OuObject *key, int reverse);   // key may be NULL. 0 / -1.
int ou_list_reverse(OuObject *l);
OuObject *ou_list_as_tuple(OuObject *l);                     // New ref
void ou_list_fini(void);            // release free lists
OuObject *ou_list_getslice(OuObject *l, ou_ssize_t lo, ou_ssize_t hi);  // New ref; bounds clamped
// New ref: an empty list whose item array already holds `n` (n >= 0)
// slots, as the list display and list(iterable) preallocate.
OuObject *ou_list_new_prealloc(ou_ssize_t n);

extern OuType ou_list_iter_type;            // list_iterator
extern OuType ou_list_reverseiter_type;     // list_reverseiterator

// Free list of list objects (CPython keeps 80). Meant to live in OuState.
#define OU_LIST_MAXFREELIST 80
typedef struct {
    OuObject *free[OU_LIST_MAXFREELIST];
    int numfree;
} OuListFreeList;

// Guard for reprs of containers that can contain themselves, using the list
// ou_state.repr_stack (created on first use). 1 when `o` is already being
// repr'd (print "[...]"), 0 when entered (call ou_repr_leave after), -1 + error.
int ou_repr_enter(OuObject *o);
void ou_repr_leave(OuObject *o);    // keeps any pending exception

#endif
