// runtime/weakref.h: weak references (`weakref.ref`, `weakref.proxy`).
//
// A weakly referenceable object keeps, at its type's `weaklistoffset`, the
// head of a doubly-linked list of the weak references to it. A weak
// reference does not own its referent: when the referent dies (its dealloc
// calls ou_weakref_clear_refs, or the collector finds it unreachable) every
// reference in the list is unlinked and its `object` set to NULL, then the
// callbacks run, most recent first.
//
// List order, as CPython keeps it: the shared callback-less ref first, then
// the shared callback-less proxy, then references with callbacks, newest
// first. `weakref.ref(o)` without a callback hands out the shared one.
#ifndef OURO_RUNTIME_WEAKREF_H
#define OURO_RUNTIME_WEAKREF_H

#include "runtime/object.h"

typedef struct OuWeakRef {
    OU_OBJECT_HEAD
    OuObject *object;           // the referent (not owned), NULL once dead
    OuObject *callback;         // owned, or NULL
    ou_hash_t hash;             // the referent's hash once asked for; -1 before
    struct OuWeakRef *prev, *next;  // the referent's list
} OuWeakRef;

extern OuType ou_weakref_type;              // weakref.ReferenceType
extern OuType ou_weakproxy_type;            // weakref.ProxyType
extern OuType ou_weakcallableproxy_type;    // weakref.CallableProxyType

static inline int ou_weakref_check(OuObject *o)
{
    return OU_TYPE(o) == &ou_weakref_type || OU_TYPE(o) == &ou_weakproxy_type
           || OU_TYPE(o) == &ou_weakcallableproxy_type;
}

// 1 when instances of `t` can be weakly referenced.
static inline int ou_weakref_supported(OuType *t) { return t->weaklistoffset > 0; }

// New ref: a weak reference to `ob` (borrowed) calling `callback` (borrowed;
// NULL or None for none) when `ob` dies. NULL + TypeError "cannot create weak
// reference to 'int' object" when ob's type has no weak reference list.
OuObject *ou_weakref_new(OuObject *ob, OuObject *callback);
OuObject *ou_weakref_new_proxy(OuObject *ob, OuObject *callback);   // New ref, as above
// Borrowed: the referent of a ref or proxy, or NULL when it is dead.
static inline OuObject *ou_weakref_get(OuObject *ref) { return ((OuWeakRef *)ref)->object; }

// The referent `o` is going away: clear every weak reference to it and call
// their callbacks (of the references still alive), most recent first.
// Exceptions in callbacks are reported as unraisable. Any pending exception
// is kept. Call from the dealloc of every weakly referenceable type, before
// its fields are released; a no-op when nothing refers to `o`.
void ou_weakref_clear_refs(OuObject *o);

// For the collector: unlink one reference from its referent's list, keeping
// its callback (which the caller may then call).
void ou_weakref_clear_ref(OuWeakRef *r);
// Borrowed: the head of `o`'s list (NULL when empty or unsupported).
OuWeakRef *ou_weakref_list_head(OuObject *o);

ou_ssize_t ou_weakref_count(OuObject *o);       // live weak references to `o`
OuObject *ou_weakref_list(OuObject *o);         // New ref: a list of them. NULL + error.

#endif
