// runtime/dict.h: Python `dict`, CPython 3.11's compact, insertion-ordered
// table: a sparse index array into a dense entry array, the same probing and
// growth, and the same split between all-str-keys and general key tables, so
// sys.getsizeof and iteration order agree with CPython.
#ifndef OURO_RUNTIME_DICT_H
#define OURO_RUNTIME_DICT_H

#include "runtime/object.h"

typedef struct OuDictKeys OuDictKeys;
typedef struct {
    OU_OBJECT_HEAD
    ou_ssize_t used;        // live entries
    uint64_t version;       // bumped on every change (inline caches)
    OuDictKeys *keys;
    OuObject **values;      // reserved (split tables); NULL
} OuDict;

extern OuType ou_dict_type;
static inline int ou_dict_check(OuObject *o) { return ou_type_has_flag(OU_TYPE(o), OU_TPFLAGS_DICT_SUBCLASS); }
static inline ou_ssize_t ou_dict_size(OuObject *d) { return ((OuDict *)d)->used; }

OuObject *ou_dict_new(void);                                     // New ref
// Borrowed; NULL without exception when absent, NULL with one on error (hash/eq failure).
OuObject *ou_dict_getitem(OuObject *d, OuObject *key);
OuObject *ou_dict_getitem_str(OuObject *d, const char *key);     // Borrowed, as above
OuObject *ou_dict_getitem_known_hash(OuObject *d, OuObject *key, ou_hash_t hash);
int ou_dict_setitem(OuObject *d, OuObject *key, OuObject *value);   // Does not steal. 0 / -1.
int ou_dict_setitem_str(OuObject *d, const char *key, OuObject *value);
int ou_dict_delitem(OuObject *d, OuObject *key);                 // 0 / -1 + KeyError
int ou_dict_contains(OuObject *d, OuObject *key);                // 1/0/-1
// Iterate: pos starts at 0; returns 1 with borrowed *key/*value, 0 at the end.
int ou_dict_next(OuObject *d, ou_ssize_t *pos, OuObject **key, OuObject **value);
int ou_dict_update(OuObject *d, OuObject *other);                // 0 / -1 (mapping or pairs)
OuObject *ou_dict_copy(OuObject *d);                             // New ref
void ou_dict_clear(OuObject *d);
OuObject *ou_dict_keys_list(OuObject *d);                        // New ref
void ou_dict_fini(void);            // release free lists

// New ref: an empty dict whose table already fits `minused` entries without
// growing (BUILD_MAP); `unicode` when every key will be an exact str.
OuObject *ou_dict_new_presized(ou_ssize_t minused, int unicode);
int ou_dict_setitem_known_hash(OuObject *d, OuObject *key, ou_hash_t hash, OuObject *value);  // 0 / -1
// Merge mapping `other` into d; override 1: other's values win, 0: d's stay. 0 / -1.
int ou_dict_merge(OuObject *d, OuObject *other, int override);
// Entries by position, deleted ones included, for iterators and views:
// ou_dict_entry_at gives 1 and borrowed key/value (either pointer may be
// NULL) when entry i is live, 0 otherwise.
ou_ssize_t ou_dict_nentries(OuObject *d);
int ou_dict_entry_at(OuObject *d, ou_ssize_t i, OuObject **key, OuObject **value);
const void *ou_dict_keys_block(OuObject *d);   // for tests: the table a dict uses

// Views and iterators (runtime/dictviews.c).
extern OuType ou_dict_keys_type, ou_dict_values_type, ou_dict_items_type;
extern OuType ou_dict_keyiter_type, ou_dict_valueiter_type, ou_dict_itemiter_type;
extern OuType ou_dict_revkeyiter_type, ou_dict_revvalueiter_type, ou_dict_revitemiter_type;
OuObject *ou_dictview_new(OuObject *d, OuType *view_type);    // New ref
OuObject *ou_dictiter_new(OuObject *d, OuType *iter_type);    // New ref

// Free list of dict objects (CPython keeps 80). Meant to live in OuState.
#define OU_DICT_MAXFREELIST 80
typedef struct {
    OuObject *free[OU_DICT_MAXFREELIST];
    int numfree;
} OuDictFreeList;

#endif
