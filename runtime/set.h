// runtime/set.h: Python `set` and `frozenset`, CPython 3.11's open-addressing
// hash table of keys: the same entry layout, probing (a run of linear probes,
// then perturbation), growth and shrinking rules and the same eight-slot
// table kept inside the object, so iteration order and sys.getsizeof agree
// with CPython (set() is 216 bytes with its collector head).
//
// Invariants: table points at smalltable or at mask + 1 heap entries;
// 0 <= used <= fill <= mask; an entry's key is NULL (never used), a private
// "deleted" marker (hash -1), or an owned reference with its hash.
#ifndef OURO_RUNTIME_SET_H
#define OURO_RUNTIME_SET_H

#include "runtime/object.h"

#define OU_SET_MINSIZE 8

typedef struct {
    OuObject *key;
    ou_hash_t hash;
} OuSetEntry;

typedef struct {
    OU_OBJECT_HEAD
    ou_ssize_t fill;            // live and deleted entries
    ou_ssize_t used;            // live entries
    ou_ssize_t mask;            // table size - 1
    OuSetEntry *table;
    ou_hash_t hash;             // frozenset: cached hash, -1 until computed
    ou_ssize_t finger;          // where pop() looks next
    OuSetEntry smalltable[OU_SET_MINSIZE];
    OuObject *weakreflist;      // reserved for weak references
} OuSet;

extern OuType ou_set_type, ou_frozenset_type;
extern OuType ou_set_iter_type;     // set_iterator

// set or frozenset, subclasses included.
static inline int ou_anyset_check(OuObject *o)
{
    return ou_is_instance_of(o, &ou_set_type) || ou_is_instance_of(o, &ou_frozenset_type);
}
static inline int ou_set_check(OuObject *o) { return ou_is_instance_of(o, &ou_set_type); }
static inline int ou_frozenset_check(OuObject *o) { return ou_is_instance_of(o, &ou_frozenset_type); }
static inline ou_ssize_t ou_set_size(OuObject *s) { return ((OuSet *)s)->used; }

OuObject *ou_set_new(OuObject *iterable);           // New ref; iterable may be NULL. NULL + error.
OuObject *ou_frozenset_new(OuObject *iterable);     // New ref; iterable may be NULL. NULL + error.
// Add `key` (not stolen). Works on a frozenset too, for code still building
// it before anyone else sees it. 0 / -1 (TypeError when unhashable).
int ou_set_add(OuObject *set, OuObject *key);
int ou_set_update(OuObject *set, OuObject *iterable);      // 0 / -1
// `key in set`; an unhashable set key is looked up as a frozenset. 1 / 0 / -1.
int ou_set_contains(OuObject *set, OuObject *key);
int ou_set_discard(OuObject *set, OuObject *key);          // 1 removed / 0 absent / -1
int ou_set_clear(OuObject *set);                            // 0 / -1
// Iterate: pos starts at 0; 1 with a borrowed *key (and its hash when
// `hash` is not NULL), 0 at the end. The set must not change meanwhile.
int ou_set_next(OuObject *set, ou_ssize_t *pos, OuObject **key, ou_hash_t *hash);

// ---- Set operations of dict views (runtime/dictviews.c) ----
// `view` in these is a dict_keys or dict_items view. Each returns a new
// reference, ou_NotImplemented where CPython's view would, or NULL + error.

// The view's richcompare slot: views compare with sets and other views.
OuObject *ou_set_dictview_richcompare(OuObject *view, OuObject *other, int op);
// The view's nb slots for & | - ^ (OU_NB_AND, _OR, _SUBTRACT, _XOR): either
// operand may be the view, the result is always a new set.
OuObject *ou_set_dictview_binop(OuObject *a, OuObject *b, OuBinOp op);
// view.isdisjoint(other).
OuObject *ou_set_dictview_isdisjoint(OuObject *view, OuObject *other);

#endif
