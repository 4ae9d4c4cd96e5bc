// runtime/dict.c: `dict`, CPython 3.11's compact ordered hash table.
//
// A dict points to one keys block:
//
//     +------------------------------+
//     | refcnt, log2_size,           |  OuDictKeys header: 32 bytes, as
//     | log2_index_bytes, kind,      |  PyDictKeysObject
//     | version, usable, nentries    |
//     +------------------------------+
//     | indices[1 << log2_size]      |  1, 2, 4 or 8 bytes each (by table
//     |                              |  size): an entry number, EMPTY or DUMMY
//     +------------------------------+
//     | entries[usable at creation]  |  insertion order; a deleted entry
//     |                              |  keeps its slot with key NULL
//     +------------------------------+
//
// Tables whose keys are all exact str ("unicode" kind) store (key, value)
// entries of 16 bytes and take the hash from the str; the others store
// (hash, key, value) of 24. Inserting a non-str key converts the table.
// Probing, growth (to the size for used*3 when `usable` runs out) and the
// sizes of every table are CPython's, so iteration order and
// sys.getsizeof agree. An empty dict shares `empty_keys` and allocates
// nothing until its first insertion.
//
// Comparing keys can run Python code that changes the dict; lookups notice
// that the table or the entry changed under them and start again.
#include "runtime/dict.h"

#include <string.h>
#include "gc/gc.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

enum { KIND_GENERAL = 0, KIND_UNICODE = 1 };
enum { DKIX_EMPTY = -1, DKIX_DUMMY = -2, DKIX_ERROR = -3 };

#define LOG_MINSIZE 3
#define MINSIZE 8
#define PERTURB_SHIFT 5
#define USABLE_FRACTION(n) (((n) << 1) / 3)
#define GROWTH_RATE(d) ((d)->used * 3)

struct OuDictKeys {
    ou_ssize_t refcnt;      // 1; the shared empty block is never freed
    uint8_t log2_size;
    uint8_t log2_index_bytes;
    uint8_t kind;
    uint32_t version;       // reserved (CPython's key version)
    ou_ssize_t usable;      // entries that can still be appended
    ou_ssize_t nentries;    // entries used so far, deleted ones included
    char indices[];
};

typedef struct {
    ou_hash_t hash;
    OuObject *key;
    OuObject *value;
} GeneralEntry;

typedef struct {
    OuObject *key;
    OuObject *value;
} UnicodeEntry;

_Static_assert(sizeof(OuDictKeys) == 32, "keys header must match CPython's for getsizeof");

// The table every empty dict shares: eight EMPTY indices, no room for
// entries, so the first insertion always allocates a real table.
static const OuDictKeys empty_keys = {
    .refcnt = 1,
    .log2_size = LOG_MINSIZE,
    .log2_index_bytes = LOG_MINSIZE,
    .kind = KIND_UNICODE,
    .usable = 0,
    .nentries = 0,
    .indices = {-1, -1, -1, -1, -1, -1, -1, -1},
};
#define EMPTY_KEYS ((OuDictKeys *)&empty_keys)

// Free lists live in ou_state (see the struct in this type's header).
#define FREE (ou_state.dict_free)

#define DICT(o) ((OuDict *)(o))
#define DK_SIZE(dk) ((ou_ssize_t)1 << (dk)->log2_size)
#define DK_MASK(dk) ((size_t)DK_SIZE(dk) - 1)

// ---- Keys blocks ----

static inline GeneralEntry *general_entries(OuDictKeys *dk)
{
    return (GeneralEntry *)(dk->indices + ((size_t)1 << dk->log2_index_bytes));
}

static inline UnicodeEntry *unicode_entries(OuDictKeys *dk)
{
    return (UnicodeEntry *)(dk->indices + ((size_t)1 << dk->log2_index_bytes));
}

static inline ou_ssize_t get_index(const OuDictKeys *dk, size_t i)
{
    uint8_t log2 = dk->log2_size;
    if (log2 < 8)
        return ((const int8_t *)dk->indices)[i];
    if (log2 < 16)
        return ((const int16_t *)dk->indices)[i];
    if (log2 < 32)
        return ((const int32_t *)dk->indices)[i];
    return ((const int64_t *)dk->indices)[i];
}

static inline void set_index(OuDictKeys *dk, size_t i, ou_ssize_t ix)
{
    uint8_t log2 = dk->log2_size;
    if (log2 < 8)
        ((int8_t *)dk->indices)[i] = (int8_t)ix;
    else if (log2 < 16)
        ((int16_t *)dk->indices)[i] = (int16_t)ix;
    else if (log2 < 32)
        ((int32_t *)dk->indices)[i] = (int32_t)ix;
    else
        ((int64_t *)dk->indices)[i] = ix;
}

static size_t keys_nbytes(const OuDictKeys *dk)
{
    size_t entry = dk->kind == KIND_GENERAL ? sizeof(GeneralEntry) : sizeof(UnicodeEntry);
    return sizeof(OuDictKeys) + ((size_t)1 << dk->log2_index_bytes)
        + (size_t)USABLE_FRACTION(DK_SIZE(dk)) * entry;
}

// Smallest table size (log2) >= minsize, at least MINSIZE. Like CPython
// 3.11 this rounds an exact power of two up to the next one.
static uint8_t calculate_log2_keysize(ou_ssize_t minsize)
{
    size_t m = ((size_t)minsize | MINSIZE) - 1;
    m |= MINSIZE - 1;
    uint8_t bits = 0;
    while (m) {
        bits++;
        m >>= 1;
    }
    return bits;
}

// Table size (log2) that holds n entries without growing.
static uint8_t estimate_log2_keysize(ou_ssize_t n)
{
    return calculate_log2_keysize((n * 3 + 1) / 2);
}

static OuDictKeys *new_keys_object(uint8_t log2_size, int unicode)
{
    uint8_t log2_bytes;
    if (log2_size < 8)
        log2_bytes = log2_size;
    else if (log2_size < 16)
        log2_bytes = log2_size + 1;
    else if (log2_size < 32)
        log2_bytes = log2_size + 2;
    else
        log2_bytes = log2_size + 3;
    ou_ssize_t usable = USABLE_FRACTION((ou_ssize_t)1 << log2_size);
    size_t entry = unicode ? sizeof(UnicodeEntry) : sizeof(GeneralEntry);
    size_t nbytes = sizeof(OuDictKeys) + ((size_t)1 << log2_bytes) + (size_t)usable * entry;
    OuDictKeys *dk = ou_mem_alloc(nbytes);
    if (dk == NULL) {
        ou_err_no_memory();
        return NULL;
    }
    dk->refcnt = 1;
    dk->log2_size = log2_size;
    dk->log2_index_bytes = log2_bytes;
    dk->kind = unicode ? KIND_UNICODE : KIND_GENERAL;
    dk->version = 0;
    dk->usable = usable;
    dk->nentries = 0;
    memset(dk->indices, 0xff, (size_t)1 << log2_bytes);
    memset(dk->indices + ((size_t)1 << log2_bytes), 0, (size_t)usable * entry);
    return dk;
}

// Release a keys block and every reference its entries hold.
static void free_keys_object(OuDictKeys *dk)
{
    if (dk == EMPTY_KEYS)
        return;
    ou_ssize_t n = dk->nentries;
    if (dk->kind == KIND_UNICODE) {
        UnicodeEntry *ep = unicode_entries(dk);
        for (ou_ssize_t i = 0; i < n; i++) {
            OU_XDECREF(ep[i].key);
            OU_XDECREF(ep[i].value);
        }
    } else {
        GeneralEntry *ep = general_entries(dk);
        for (ou_ssize_t i = 0; i < n; i++) {
            OU_XDECREF(ep[i].key);
            OU_XDECREF(ep[i].value);
        }
    }
    ou_mem_free(dk);
}

// Entry `ix` of any kind of table, as (hash, key, value pointer).
static inline void entry_at(OuDictKeys *dk, ou_ssize_t ix, ou_hash_t *hash, OuObject **key,
                            OuObject ***value)
{
    if (dk->kind == KIND_UNICODE) {
        UnicodeEntry *ep = &unicode_entries(dk)[ix];
        *key = ep->key;
        *hash = ep->key != NULL ? ou_str_hash(ep->key) : 0;
        *value = &ep->value;
    } else {
        GeneralEntry *ep = &general_entries(dk)[ix];
        *key = ep->key;
        *hash = ep->hash;
        *value = &ep->value;
    }
}

static ou_hash_t key_hash(OuObject *key)
{
    if (ou_str_check_exact(key)) {
        ou_hash_t h = ((OuStr *)key)->hash;
        return h != -1 ? h : ou_str_hash(key);
    }
    return ou_object_hash(key);
}

// ---- Lookup ----

// The entry index for `key`, or DKIX_EMPTY (absent) / DKIX_ERROR. *value
// receives the borrowed value or NULL.
static ou_ssize_t dict_lookup(OuDict *mp, OuObject *key, ou_hash_t hash, OuObject **value)
{
    int key_is_str = ou_str_check_exact(key);
restart:;
    OuDictKeys *dk = mp->keys;
    size_t mask = DK_MASK(dk);
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        ou_ssize_t ix = get_index(dk, i);
        if (ix == DKIX_EMPTY) {
            *value = NULL;
            return ix;
        }
        if (ix >= 0) {
            ou_hash_t ehash;
            OuObject *startkey, **vp;
            entry_at(dk, ix, &ehash, &startkey, &vp);
            if (startkey == key) {
                *value = *vp;
                return ix;
            }
            if (ehash == hash && startkey != NULL) {
                if (key_is_str && ou_str_check_exact(startkey)) {
                    // str == str runs no Python code: no restart needed.
                    if (ou_str_eq(startkey, key)) {
                        *value = *vp;
                        return ix;
                    }
                } else {
                    OU_INCREF(startkey);
                    int cmp = ou_object_richcompare_bool(startkey, key, OU_EQ);
                    OU_DECREF(startkey);
                    if (cmp < 0) {
                        *value = NULL;
                        return DKIX_ERROR;
                    }
                    OuObject *nowkey;
                    entry_at(dk, ix, &ehash, &nowkey, &vp);
                    if (dk != mp->keys || nowkey != startkey)
                        goto restart;
                    if (cmp > 0) {
                        *value = *vp;
                        return ix;
                    }
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// The index slot that holds entry `index` (which must be there).
static size_t lookdict_index(OuDictKeys *dk, ou_hash_t hash, ou_ssize_t index)
{
    size_t mask = DK_MASK(dk);
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        ou_ssize_t ix = get_index(dk, i);
        if (ix == index)
            return i;
        if (ix == DKIX_EMPTY)
            ou_fatal("dict: entry %zd is not indexed", index);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// First free (EMPTY or DUMMY) index slot on the probe path of `hash`.
static size_t find_empty_slot(OuDictKeys *dk, ou_hash_t hash)
{
    size_t mask = DK_MASK(dk);
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    while (get_index(dk, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

// ---- Resizing ----

// Move every live entry, in order, into a fresh table of 2**log2_newsize
// slots; the table stays str-only only if it was and `unicode` allows it.
static int dictresize(OuDict *mp, uint8_t log2_newsize, int unicode)
{
    OuDictKeys *oldkeys = mp->keys;
    unicode = unicode && oldkeys->kind == KIND_UNICODE;
    OuDictKeys *newkeys = new_keys_object(log2_newsize, unicode);
    if (newkeys == NULL)
        return -1;
    ou_ssize_t numentries = mp->used, n = oldkeys->nentries, k = 0;
    for (ou_ssize_t i = 0; i < n; i++) {
        ou_hash_t hash;
        OuObject *key, **vp;
        entry_at(oldkeys, i, &hash, &key, &vp);
        if (*vp == NULL)
            continue;
        if (unicode) {
            unicode_entries(newkeys)[k].key = key;
            unicode_entries(newkeys)[k].value = *vp;
        } else {
            general_entries(newkeys)[k].hash = hash;
            general_entries(newkeys)[k].key = key;
            general_entries(newkeys)[k].value = *vp;
        }
        set_index(newkeys, find_empty_slot(newkeys, hash), k);
        k++;
    }
    if (k != numentries)
        ou_fatal("dict: %zd live entries, %zd expected", k, numentries);
    newkeys->usable -= numentries;
    newkeys->nentries = numentries;
    mp->keys = newkeys;
    // The references moved to the new block: free the old one bare.
    if (oldkeys != EMPTY_KEYS)
        ou_mem_free(oldkeys);
    return 0;
}

static int insertion_resize(OuDict *mp, int unicode)
{
    return dictresize(mp, calculate_log2_keysize(GROWTH_RATE(mp)), unicode);
}

// ---- Insertion and deletion ----

static int insert_to_emptydict(OuDict *mp, OuObject *key, ou_hash_t hash, OuObject *value)
{
    int unicode = ou_str_check_exact(key);
    OuDictKeys *dk = new_keys_object(LOG_MINSIZE, unicode);
    if (dk == NULL) {
        OU_DECREF(key);
        OU_DECREF(value);
        return -1;
    }
    mp->keys = dk;
    mp->version++;
    set_index(dk, (size_t)hash & (MINSIZE - 1), 0);
    if (unicode) {
        unicode_entries(dk)[0].key = key;
        unicode_entries(dk)[0].value = value;
    } else {
        general_entries(dk)[0].hash = hash;
        general_entries(dk)[0].key = key;
        general_entries(dk)[0].value = value;
    }
    mp->used++;
    dk->usable--;
    dk->nentries++;
    return 0;
}

// CPython's lazy tracking: a dict joins the collector's lists only once it
// holds something that could be part of a cycle (a tuple counts only when
// the collector still tracks it).
static int may_be_tracked(OuObject *o)
{
    if (!ou_object_is_gc(o))
        return 0;
    return OU_TYPE(o) != &ou_tuple_type || ou_gc_is_tracked(o);
}

// Insert or replace. Steals `key` and `value` on every path.
static int insertdict(OuDict *mp, OuObject *key, ou_hash_t hash, OuObject *value)
{
    if (OU_TYPE(mp) == &ou_dict_type && !ou_gc_is_tracked((OuObject *)mp)
        && (may_be_tracked(key) || may_be_tracked(value)))
        ou_gc_track((OuObject *)mp);
    if (mp->keys == EMPTY_KEYS)
        return insert_to_emptydict(mp, key, hash, value);
    if (mp->keys->kind == KIND_UNICODE && !ou_str_check_exact(key)) {
        if (insertion_resize(mp, 0) < 0)
            goto fail;
    }
    OuObject *old_value;
    ou_ssize_t ix = dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR)
        goto fail;
    if (ix == DKIX_EMPTY) {
        if (mp->keys->usable <= 0 && insertion_resize(mp, 1) < 0)
            goto fail;
        OuDictKeys *dk = mp->keys;
        size_t slot = find_empty_slot(dk, hash);
        set_index(dk, slot, dk->nentries);
        if (dk->kind == KIND_UNICODE) {
            unicode_entries(dk)[dk->nentries].key = key;
            unicode_entries(dk)[dk->nentries].value = value;
        } else {
            general_entries(dk)[dk->nentries].hash = hash;
            general_entries(dk)[dk->nentries].key = key;
            general_entries(dk)[dk->nentries].value = value;
        }
        mp->used++;
        mp->version++;
        dk->usable--;
        dk->nentries++;
        return 0;
    }
    ou_hash_t h;
    OuObject *k, **vp;
    entry_at(mp->keys, ix, &h, &k, &vp);
    *vp = value;
    mp->version++;
    // Release after the store: the old value's finalizer may read the dict.
    OU_XDECREF(old_value);
    OU_DECREF(key);
    return 0;
fail:
    OU_DECREF(value);
    OU_DECREF(key);
    return -1;
}

// Remove entry `ix`, found at index slot for `hash`.
static void delitem_at(OuDict *mp, ou_hash_t hash, ou_ssize_t ix)
{
    OuDictKeys *dk = mp->keys;
    set_index(dk, lookdict_index(dk, hash, ix), DKIX_DUMMY);
    ou_hash_t h;
    OuObject *old_key, **vp;
    entry_at(dk, ix, &h, &old_key, &vp);
    OuObject *old_value = *vp;
    *vp = NULL;
    if (dk->kind == KIND_UNICODE)
        unicode_entries(dk)[ix].key = NULL;
    else
        general_entries(dk)[ix].key = NULL;
    mp->used--;
    mp->version++;
    OU_DECREF(old_key);
    OU_DECREF(old_value);
}

// ---- Construction ----

static OuDict *dict_alloc(OuType *type)
{
    OuDict *mp;
    if (type == &ou_dict_type && FREE.numfree > 0) {
        mp = (OuDict *)FREE.free[--FREE.numfree];
        OU_REFCNT(mp) = 1;
        OU_TYPE(mp) = type;
    } else {
        mp = (OuDict *)ou_object_new(type);
        if (mp == NULL)
            return NULL;
    }
    mp->used = 0;
    mp->version = 0;
    mp->keys = EMPTY_KEYS;
    mp->values = NULL;
    return mp;
}

OuObject *ou_dict_new(void)
{
    // Untracked until a container is stored in it (insertdict).
    return (OuObject *)dict_alloc(&ou_dict_type);
}

OuObject *ou_dict_new_presized(ou_ssize_t minused, int unicode)
{
    const uint8_t log2_max_presize = 17;
    if (minused <= USABLE_FRACTION(MINSIZE))
        return ou_dict_new();
    // A very large guess would waste memory; settle for a medium table.
    uint8_t log2_newsize = minused > USABLE_FRACTION((ou_ssize_t)1 << log2_max_presize)
        ? log2_max_presize : estimate_log2_keysize(minused);
    OuDictKeys *dk = new_keys_object(log2_newsize, unicode);
    if (dk == NULL)
        return NULL;
    OuDict *mp = dict_alloc(&ou_dict_type);
    if (mp == NULL) {
        free_keys_object(dk);
        return NULL;
    }
    mp->keys = dk;
    return (OuObject *)mp;
}

void ou_dict_fini(void)
{
    while (FREE.numfree > 0)
        ou_object_free(FREE.free[--FREE.numfree]);
}

// ---- Public access ----

OuObject *ou_dict_getitem_known_hash(OuObject *d, OuObject *key, ou_hash_t hash)
{
    OuObject *value;
    if (dict_lookup(DICT(d), key, hash, &value) == DKIX_ERROR)
        return NULL;
    return value;
}

OuObject *ou_dict_getitem(OuObject *d, OuObject *key)
{
    ou_hash_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    return ou_dict_getitem_known_hash(d, key, hash);
}

OuObject *ou_dict_getitem_str(OuObject *d, const char *key)
{
    OuObject *k = ou_str_from_cstr(key);
    if (k == NULL)
        return NULL;
    OuObject *v = ou_dict_getitem(d, k);
    OU_DECREF(k);
    return v;
}

int ou_dict_setitem_known_hash(OuObject *d, OuObject *key, ou_hash_t hash, OuObject *value)
{
    OU_INCREF(key);
    OU_INCREF(value);
    return insertdict(DICT(d), key, hash, value);
}

int ou_dict_setitem(OuObject *d, OuObject *key, OuObject *value)
{
    ou_hash_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    return ou_dict_setitem_known_hash(d, key, hash, value);
}

int ou_dict_setitem_str(OuObject *d, const char *key, OuObject *value)
{
    OuObject *k = ou_str_from_cstr(key);
    if (k == NULL)
        return -1;
    ou_str_intern_inplace(&k);
    int r = ou_dict_setitem(d, k, value);
    OU_DECREF(k);
    return r;
}

int ou_dict_delitem(OuObject *d, OuObject *key)
{
    ou_hash_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    OuObject *value;
    ou_ssize_t ix = dict_lookup(DICT(d), key, hash, &value);
    if (ix == DKIX_ERROR)
        return -1;
    if (ix == DKIX_EMPTY || value == NULL) {
        ou_err_set_object(&ou_exc_KeyError, key);
        return -1;
    }
    delitem_at(DICT(d), hash, ix);
    return 0;
}

int ou_dict_contains(OuObject *d, OuObject *key)
{
    ou_hash_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    OuObject *value;
    ou_ssize_t ix = dict_lookup(DICT(d), key, hash, &value);
    if (ix == DKIX_ERROR)
        return -1;
    return ix != DKIX_EMPTY && value != NULL;
}

ou_ssize_t ou_dict_nentries(OuObject *d)
{
    return DICT(d)->keys->nentries;
}

int ou_dict_entry_at(OuObject *d, ou_ssize_t i, OuObject **key, OuObject **value)
{
    OuDictKeys *dk = DICT(d)->keys;
    if (i < 0 || i >= dk->nentries)
        return 0;
    ou_hash_t h;
    OuObject *k, **vp;
    entry_at(dk, i, &h, &k, &vp);
    if (*vp == NULL)
        return 0;
    if (key)
        *key = k;
    if (value)
        *value = *vp;
    return 1;
}

int ou_dict_next(OuObject *d, ou_ssize_t *pos, OuObject **key, OuObject **value)
{
    ou_ssize_t i = *pos;
    if (i < 0)
        return 0;
    ou_ssize_t n = DICT(d)->keys->nentries;
    while (i < n && !ou_dict_entry_at(d, i, key, value))
        i++;
    if (i >= n)
        return 0;
    *pos = i + 1;
    return 1;
}

void ou_dict_clear(OuObject *d)
{
    OuDict *mp = DICT(d);
    OuDictKeys *oldkeys = mp->keys;
    if (oldkeys == EMPTY_KEYS)
        return;
    // Detach first: releasing the entries can run code that uses the dict.
    mp->keys = EMPTY_KEYS;
    mp->used = 0;
    mp->version++;
    free_keys_object(oldkeys);
}

// A byte copy of a combined table, with new references to its contents.
static OuDictKeys *clone_keys(OuDict *orig)
{
    OuDictKeys *src = orig->keys;
    size_t nbytes = keys_nbytes(src);
    OuDictKeys *dk = ou_mem_alloc(nbytes);
    if (dk == NULL) {
        ou_err_no_memory();
        return NULL;
    }
    memcpy(dk, src, nbytes);
    dk->refcnt = 1;
    for (ou_ssize_t i = 0; i < dk->nentries; i++) {
        ou_hash_t h;
        OuObject *k, **vp;
        entry_at(dk, i, &h, &k, &vp);
        if (*vp != NULL) {
            OU_INCREF(k);
            OU_INCREF(*vp);
        }
    }
    return dk;
}

static int dict_merge(OuObject *a, OuObject *b, int override);

OuObject *ou_dict_copy(OuObject *d)
{
    OuDict *mp = DICT(d);
    if (mp->used == 0)
        return ou_dict_new();
    // A table at most one third deleted entries is copied byte for byte,
    // keeping its size; a sparser one is rebuilt compactly.
    if (mp->used >= (mp->keys->nentries * 2) / 3) {
        OuDictKeys *dk = clone_keys(mp);
        if (dk == NULL)
            return NULL;
        OuDict *copy = dict_alloc(&ou_dict_type);
        if (copy == NULL) {
            free_keys_object(dk);
            return NULL;
        }
        copy->keys = dk;
        copy->used = mp->used;
        if (ou_gc_is_tracked((OuObject *)mp))
            ou_gc_track((OuObject *)copy);
        return (OuObject *)copy;
    }
    OuObject *copy = ou_dict_new();
    if (copy != NULL && dict_merge(copy, d, 1) < 0)
        OU_CLEAR(copy);
    return copy;
}

OuObject *ou_dict_keys_list(OuObject *d)
{
    OuObject *l = ou_list_new_prealloc(DICT(d)->used);
    if (l == NULL)
        return NULL;
    ou_ssize_t pos = 0;
    OuObject *k;
    while (ou_dict_next(d, &pos, &k, NULL))
        ou_list_items(l)[((OuList *)l)->size++] = ou_newref(k);
    return l;
}

// ---- Merging ----

// Merge mapping `b` into `a`. override 1: b's values win; 0: a's keys stay.
static int dict_merge(OuObject *a, OuObject *b, int override)
{
    OuDict *mp = DICT(a);
    if (ou_dict_check(b)) {
        OuDict *other = DICT(b);
        if (other == mp || other->used == 0)
            return 0;
        if (mp->used == 0) {
            override = 1;
            OuDictKeys *okeys = other->keys;
            // A freshly built table without holes is cloned whole.
            if (other->used == okeys->nentries
                && (okeys->log2_size == LOG_MINSIZE
                    || USABLE_FRACTION(DK_SIZE(okeys) / 2) < other->used)) {
                OuDictKeys *dk = clone_keys(other);
                if (dk == NULL)
                    return -1;
                OuDictKeys *old = mp->keys;
                mp->keys = dk;
                mp->used = other->used;
                mp->version++;
                free_keys_object(old);
                return 0;
            }
        }
        // One resize up front instead of several while inserting.
        if (USABLE_FRACTION(DK_SIZE(mp->keys)) < other->used) {
            if (dictresize(mp, estimate_log2_keysize(mp->used + other->used),
                           other->keys->kind == KIND_UNICODE) < 0)
                return -1;
        }
        OuDictKeys *okeys = other->keys;
        ou_ssize_t n = okeys->nentries;
        for (ou_ssize_t i = 0; i < n; i++) {
            ou_hash_t hash;
            OuObject *key, **vp;
            entry_at(okeys, i, &hash, &key, &vp);
            if (*vp == NULL)
                continue;
            OuObject *value = *vp;
            OU_INCREF(key);
            OU_INCREF(value);
            int err;
            if (override) {
                err = insertdict(mp, key, hash, value);
            } else {
                OuObject *existing = ou_dict_getitem_known_hash(a, key, hash);
                if (existing == NULL && ou_err_occurred()) {
                    OU_DECREF(key);
                    OU_DECREF(value);
                    return -1;
                }
                if (existing == NULL) {
                    err = insertdict(mp, key, hash, value);
                } else {
                    OU_DECREF(key);
                    OU_DECREF(value);
                    err = 0;
                }
            }
            if (err < 0)
                return -1;
            if (n != other->keys->nentries || okeys != other->keys) {
                ou_err_set_string(&ou_exc_RuntimeError, "dict mutated during update");
                return -1;
            }
        }
        return 0;
    }
    // Any other mapping: its keys(), then b[key] for each.
    OuObject *keys = ou_call_method(b, "keys", NULL, 0);
    if (keys == NULL)
        return -1;
    OuObject *it = ou_object_iter(keys);
    OU_DECREF(keys);
    if (it == NULL)
        return -1;
    for (;;) {
        OuObject *key = ou_iter_next(it);
        if (key == NULL)
            break;
        if (!override) {
            int has = ou_dict_contains(a, key);
            if (has != 0) {
                OU_DECREF(key);
                if (has < 0)
                    break;
                continue;
            }
        }
        OuObject *value = ou_object_getitem(b, key);
        int err = value == NULL ? -1 : ou_dict_setitem(a, key, value);
        OU_DECREF(key);
        OU_XDECREF(value);
        if (err < 0)
            break;
    }
    OU_DECREF(it);
    return ou_err_occurred() ? -1 : 0;
}

// d.update(iterable of pairs).
static int merge_from_seq2(OuObject *d, OuObject *seq2)
{
    OuObject *it = ou_object_iter(seq2);
    if (it == NULL)
        return -1;
    for (ou_ssize_t i = 0;; i++) {
        OuObject *item = ou_iter_next(it);
        if (item == NULL)
            break;
        OuObject *fast;
        if (ou_list_check(item) || ou_tuple_check(item)) {
            fast = ou_newref(item);
        } else if (OU_TYPE(item)->iter == NULL) {
            ou_err_format(&ou_exc_TypeError,
                          "cannot convert dictionary update sequence element #%zd to a sequence", i);
            OU_DECREF(item);
            break;
        } else {
            fast = ou_list_new(0);
            if (fast != NULL && ou_list_extend(fast, item) < 0)
                OU_CLEAR(fast);
        }
        OU_DECREF(item);
        if (fast == NULL)
            break;
        ou_ssize_t n = ou_list_check(fast) ? ou_list_size(fast) : ou_tuple_size(fast);
        if (n != 2) {
            ou_err_format(&ou_exc_ValueError,
                          "dictionary update sequence element #%zd has length %zd; 2 is required", i, n);
            OU_DECREF(fast);
            break;
        }
        OuObject **items = ou_list_check(fast) ? ou_list_items(fast) : ou_tuple_items(fast);
        OuObject *key = ou_newref(items[0]), *value = ou_newref(items[1]);
        OU_DECREF(fast);
        int err = ou_dict_setitem(d, key, value);
        OU_DECREF(key);
        OU_DECREF(value);
        if (err < 0)
            break;
    }
    OU_DECREF(it);
    return ou_err_occurred() ? -1 : 0;
}

// update()'s positional argument: a mapping (has keys()) or pairs.
static int dict_update_arg(OuObject *d, OuObject *arg)
{
    if (ou_dict_check(arg))
        return dict_merge(d, arg, 1);
    OuObject *keys = ou_object_getattr_str(arg, "keys");
    if (keys != NULL) {
        OU_DECREF(keys);
        return dict_merge(d, arg, 1);
    }
    if (!ou_err_matches(&ou_exc_AttributeError))
        return -1;
    ou_err_clear();
    return merge_from_seq2(d, arg);
}

int ou_dict_update(OuObject *d, OuObject *other)
{
    return dict_update_arg(d, other);
}

int ou_dict_merge(OuObject *d, OuObject *other, int override)
{
    return dict_merge(d, other, override);
}

// update(arg, **kw) as dict(), dict.__init__ and dict.update take it.
static int update_common(OuObject *d, const char *name, OuObject *const *args, ou_ssize_t nargs,
                         OuObject *kwnames)
{
    if (nargs > 1) {
        ou_err_format(&ou_exc_TypeError, "%s expected at most 1 argument, got %zd", name, nargs);
        return -1;
    }
    if (nargs == 1 && dict_update_arg(d, args[0]) < 0)
        return -1;
    if (kwnames != NULL) {
        ou_ssize_t nk = ou_tuple_size(kwnames);
        for (ou_ssize_t i = 0; i < nk; i++)
            if (ou_dict_setitem(d, ou_tuple_items(kwnames)[i], args[nargs + i]) < 0)
                return -1;
    }
    return 0;
}

// ---- Slots ----

static void dict_dealloc(OuObject *self)
{
    OuDict *mp = DICT(self);
    ou_gc_untrack(self);
    if (ou_trash_begin(self))
        return;
    OuDictKeys *keys = mp->keys;
    mp->keys = EMPTY_KEYS;
    free_keys_object(keys);
    if (OU_TYPE(self) == &ou_dict_type && FREE.numfree < OU_DICT_MAXFREELIST)
        FREE.free[FREE.numfree++] = self;
    else
        ou_object_free(self);
    ou_trash_end();
}

static int dict_traverse(OuObject *self, OuVisitProc visit, void *arg)
{
    OuDictKeys *dk = DICT(self)->keys;
    ou_ssize_t n = dk->nentries;
    if (dk->kind == KIND_UNICODE) {
        // str keys never take part in cycles: only the values matter.
        UnicodeEntry *ep = unicode_entries(dk);
        for (ou_ssize_t i = 0; i < n; i++)
            OU_VISIT(ep[i].value);
    } else {
        GeneralEntry *ep = general_entries(dk);
        for (ou_ssize_t i = 0; i < n; i++) {
            if (ep[i].value != NULL) {
                OU_VISIT(ep[i].key);
                OU_VISIT(ep[i].value);
            }
        }
    }
    return 0;
}

static int dict_clear_slot(OuObject *self)
{
    ou_dict_clear(self);
    return 0;
}

static OuObject *dict_repr(OuObject *self)
{
    OuDict *mp = DICT(self);
    if (mp->used == 0)
        return ou_str_from_cstr("{}");
    int r = ou_repr_enter(self);
    if (r != 0)
        return r > 0 ? ou_str_from_cstr("{...}") : NULL;
    OuStrBuilder sb;
    ou_sb_init(&sb);
    if (ou_sb_append_char(&sb, '{') < 0)
        goto error;
    ou_ssize_t pos = 0;
    OuObject *key, *value;
    int first = 1;
    while (ou_dict_next(self, &pos, &key, &value)) {
        // The reprs may change the dict: hold what we print.
        OU_INCREF(key);
        OU_INCREF(value);
        int err = (!first && ou_sb_append(&sb, ", ", 2) < 0) || ou_sb_append_repr(&sb, key) < 0
                  || ou_sb_append(&sb, ": ", 2) < 0 || ou_sb_append_repr(&sb, value) < 0;
        OU_DECREF(key);
        OU_DECREF(value);
        if (err)
            goto error;
        first = 0;
    }
    if (ou_sb_append_char(&sb, '}') < 0)
        goto error;
    ou_repr_leave(self);
    return ou_sb_finish(&sb);
error:
    ou_sb_discard(&sb);
    ou_repr_leave(self);
    return NULL;
}

// 1 if equal, 0 if not, -1 on error.
static int dict_equal(OuDict *a, OuDict *b)
{
    if (a->used != b->used)
        return 0;
    for (ou_ssize_t i = 0; i < a->keys->nentries; i++) {
        OuObject *key, *aval;
        if (!ou_dict_entry_at((OuObject *)a, i, &key, &aval))
            continue;
        ou_hash_t hash;
        OuObject *k2, **vp;
        entry_at(a->keys, i, &hash, &k2, &vp);
        OU_INCREF(key);
        OU_INCREF(aval);
        OuObject *bval;
        ou_ssize_t ix = dict_lookup(b, key, hash, &bval);
        int cmp;
        if (ix == DKIX_ERROR) {
            cmp = -1;
        } else if (bval == NULL) {
            cmp = 0;
        } else {
            OU_INCREF(bval);
            cmp = ou_object_richcompare_bool(aval, bval, OU_EQ);
            OU_DECREF(bval);
        }
        OU_DECREF(key);
        OU_DECREF(aval);
        if (cmp <= 0)
            return cmp;
    }
    return 1;
}

static OuObject *dict_richcompare(OuObject *a, OuObject *b, int op)
{
    if (!ou_dict_check(a) || !ou_dict_check(b) || (op != OU_EQ && op != OU_NE))
        return ou_newref(ou_NotImplemented);
    int cmp = dict_equal(DICT(a), DICT(b));
    if (cmp < 0)
        return NULL;
    return ou_bool_from((op == OU_EQ) == (cmp == 1));
}

static ou_ssize_t dict_len(OuObject *self) { return DICT(self)->used; }

static int dict_contains_slot(OuObject *self, OuObject *key) { return ou_dict_contains(self, key); }

static OuObject *dict_subscript(OuObject *self, OuObject *key)
{
    ou_hash_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    OuObject *value;
    if (dict_lookup(DICT(self), key, hash, &value) == DKIX_ERROR)
        return NULL;
    if (value != NULL)
        return ou_newref(value);
    if (OU_TYPE(self) != &ou_dict_type) {
        // Subclasses may supply a default through __missing__.
        OuObject *name = ou_str_intern_cstr("__missing__");
        if (name == NULL)
            return NULL;
        OuObject *missing = ou_type_lookup(OU_TYPE(self), name);
        OU_DECREF(name);
        if (missing != NULL) {
            OuObject *args[2] = {self, key};
            OU_INCREF(missing);
            OuObject *r = ou_call(missing, args, 2, NULL);
            OU_DECREF(missing);
            return r;
        }
    }
    return ou_err_set_object(&ou_exc_KeyError, key);
}

static int dict_ass_sub(OuObject *self, OuObject *key, OuObject *value)
{
    if (value == NULL)
        return ou_dict_delitem(self, key);
    return ou_dict_setitem(self, key, value);
}

static OuObject *dict_or(OuObject *a, OuObject *b)
{
    if (!ou_dict_check(a) || !ou_dict_check(b))
        return ou_newref(ou_NotImplemented);
    OuObject *r = ou_dict_copy(a);
    if (r != NULL && dict_update_arg(r, b) < 0)
        OU_CLEAR(r);
    return r;
}

static OuObject *dict_ior(OuObject *a, OuObject *b)
{
    if (!ou_dict_check(a))
        return ou_newref(ou_NotImplemented);
    if (dict_update_arg(a, b) < 0)
        return NULL;
    return ou_newref(a);
}

static OuObject *dict_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (type != &ou_dict_type) {
        // Subclasses fill themselves in dict.__init__, as in CPython.
        OuDict *mp = dict_alloc(type);
        if (mp != NULL)
            ou_gc_track((OuObject *)mp);
        return (OuObject *)mp;
    }
    OuObject *d = ou_dict_new();
    if (d != NULL && update_common(d, "dict", args, nargs, kwnames) < 0)
        OU_CLEAR(d);
    return d;
}

// ---- Methods ----

static int no_args(const char *name, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw(name, kwnames) < 0)
        return -1;
    if (nargs != 0) {
        ou_err_format(&ou_exc_TypeError, "%s() takes no arguments (%zd given)", name, nargs);
        return -1;
    }
    return 0;
}

static int exactly_one(const char *name, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw(name, kwnames) < 0)
        return -1;
    if (nargs != 1) {
        ou_err_format(&ou_exc_TypeError, "%s() takes exactly one argument (%zd given)", name, nargs);
        return -1;
    }
    return 0;
}

static OuObject *dict_init_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (update_common(self, "dict", args, nargs, kwnames) < 0)
        return NULL;
    return ou_return_none();
}

static OuObject *dict_getitem_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (exactly_one("dict.__getitem__", nargs, kwnames) < 0)
        return NULL;
    return dict_subscript(self, args[0]);
}

static OuObject *dict_contains_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (exactly_one("dict.__contains__", nargs, kwnames) < 0)
        return NULL;
    int r = ou_dict_contains(self, args[0]);
    return r < 0 ? NULL : ou_bool_from(r);
}

static OuObject *dict_sizeof_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuDictKeys *dk = DICT(self)->keys;
    size_t size = (size_t)OU_TYPE(self)->basicsize;
    if (dk != EMPTY_KEYS)
        size += keys_nbytes(dk);
    return ou_int_from_i64((int64_t)size);
}

static OuObject *dict_get_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("get", kwnames) < 0 || ou_args_count("get", nargs, 1, 2) < 0)
        return NULL;
    OuObject *v = ou_dict_getitem(self, args[0]);
    if (v == NULL) {
        if (ou_err_occurred())
            return NULL;
        v = nargs > 1 ? args[1] : ou_None;
    }
    return ou_newref(v);
}

static OuObject *dict_setdefault_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("setdefault", kwnames) < 0 || ou_args_count("setdefault", nargs, 1, 2) < 0)
        return NULL;
    OuObject *key = args[0], *dflt = nargs > 1 ? args[1] : ou_None;
    ou_hash_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    OuObject *v = ou_dict_getitem_known_hash(self, key, hash);
    if (v != NULL)
        return ou_newref(v);
    if (ou_err_occurred() || ou_dict_setitem_known_hash(self, key, hash, dflt) < 0)
        return NULL;
    return ou_newref(dflt);
}

static OuObject *dict_pop_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("pop", kwnames) < 0 || ou_args_count("pop", nargs, 1, 2) < 0)
        return NULL;
    OuDict *mp = DICT(self);
    OuObject *key = args[0];
    if (mp->used == 0) {
        if (nargs > 1)
            return ou_newref(args[1]);
        return ou_err_set_object(&ou_exc_KeyError, key);
    }
    ou_hash_t hash = key_hash(key);
    if (hash == -1)
        return NULL;
    OuObject *value;
    ou_ssize_t ix = dict_lookup(mp, key, hash, &value);
    if (ix == DKIX_ERROR)
        return NULL;
    if (ix == DKIX_EMPTY || value == NULL) {
        if (nargs > 1)
            return ou_newref(args[1]);
        return ou_err_set_object(&ou_exc_KeyError, key);
    }
    OU_INCREF(value);
    delitem_at(mp, hash, ix);
    return value;
}

static OuObject *dict_popitem_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (no_args("dict.popitem", nargs, kwnames) < 0)
        return NULL;
    OuDict *mp = DICT(self);
    if (mp->used == 0)
        return ou_err_set_string(&ou_exc_KeyError, "popitem(): dictionary is empty");
    OuObject *res = ou_tuple_new(2);
    if (res == NULL)
        return NULL;
    OuDictKeys *dk = mp->keys;
    ou_ssize_t i = dk->nentries - 1;
    ou_hash_t hash;
    OuObject *key, **vp;
    for (;; i--) {
        entry_at(dk, i, &hash, &key, &vp);
        if (*vp != NULL)
            break;
    }
    set_index(dk, lookdict_index(dk, hash, i), DKIX_DUMMY);
    // The entry's references move into the tuple.
    ou_tuple_items(res)[0] = key;
    ou_tuple_items(res)[1] = *vp;
    *vp = NULL;
    if (dk->kind == KIND_UNICODE)
        unicode_entries(dk)[i].key = NULL;
    else
        general_entries(dk)[i].key = NULL;
    // Popping from the end frees the tail for the next insertion.
    dk->nentries = i;
    mp->used--;
    mp->version++;
    return res;
}

static OuObject *dict_update_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (update_common(self, "update", args, nargs, kwnames) < 0)
        return NULL;
    return ou_return_none();
}

static OuObject *dict_clear_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (no_args("dict.clear", nargs, kwnames) < 0)
        return NULL;
    ou_dict_clear(self);
    return ou_return_none();
}

static OuObject *dict_copy_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (no_args("dict.copy", nargs, kwnames) < 0)
        return NULL;
    return ou_dict_copy(self);
}

// dict.fromkeys(iterable, value=None): a classmethod, `self` is the type.
static OuObject *dict_fromkeys_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("fromkeys", kwnames) < 0 || ou_args_count("fromkeys", nargs, 1, 2) < 0)
        return NULL;
    OuObject *iterable = args[0], *value = nargs > 1 ? args[1] : ou_None;
    OuObject *d = (OuType *)self == &ou_dict_type ? ou_dict_new() : ou_call_noargs(self);
    if (d == NULL)
        return NULL;
    if (OU_TYPE(d) == &ou_dict_type && DICT(d)->used == 0 && OU_TYPE(iterable) == &ou_dict_type) {
        OuDict *src = DICT(iterable);
        if (dictresize(DICT(d), estimate_log2_keysize(src->used), src->keys->kind == KIND_UNICODE) < 0)
            goto error;
        for (ou_ssize_t i = 0; i < src->keys->nentries; i++) {
            ou_hash_t hash;
            OuObject *key, **vp;
            entry_at(src->keys, i, &hash, &key, &vp);
            if (*vp == NULL)
                continue;
            if (ou_dict_setitem_known_hash(d, key, hash, value) < 0)
                goto error;
        }
        return d;
    }
    OuObject *it = ou_object_iter(iterable);
    if (it == NULL)
        goto error;
    for (;;) {
        OuObject *key = ou_iter_next(it);
        if (key == NULL)
            break;
        int err = OU_TYPE(d) == &ou_dict_type ? ou_dict_setitem(d, key, value)
                                              : ou_object_setitem(d, key, value);
        OU_DECREF(key);
        if (err < 0)
            break;
    }
    OU_DECREF(it);
    if (ou_err_occurred())
        goto error;
    return d;
error:
    OU_DECREF(d);
    return NULL;
}

static OuObject *dict_keys_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (no_args("dict.keys", nargs, kwnames) < 0)
        return NULL;
    return ou_dictview_new(self, &ou_dict_keys_type);
}

static OuObject *dict_values_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (no_args("dict.values", nargs, kwnames) < 0)
        return NULL;
    return ou_dictview_new(self, &ou_dict_values_type);
}

static OuObject *dict_items_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (no_args("dict.items", nargs, kwnames) < 0)
        return NULL;
    return ou_dictview_new(self, &ou_dict_items_type);
}

static OuObject *dict_reversed_m(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (no_args("dict.__reversed__", nargs, kwnames) < 0)
        return NULL;
    return ou_dictiter_new(self, &ou_dict_revkeyiter_type);
}

static OuObject *dict_iter(OuObject *self)
{
    return ou_dictiter_new(self, &ou_dict_keyiter_type);
}

static const OuMethodDef dict_methods[] = {
    {"__init__", dict_init_m, 0, "Initialize self.  See help(type(self)) for accurate signature."},
    {"__contains__", dict_contains_m, 0, "True if the dictionary has the specified key, else False."},
    {"__getitem__", dict_getitem_m, 0, "x.__getitem__(y) <==> x[y]"},
    {"__sizeof__", dict_sizeof_m, 0, "D.__sizeof__() -> size of D in memory, in bytes"},
    {"get", dict_get_m, 0, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", dict_setdefault_m, 0, "Insert key with a value of default if key is not in the dictionary.\n\n"
                                         "Return the value for key if key is in the dictionary, else default."},
    {"pop", dict_pop_m, 0, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\n"
                           "If the key is not found, return the default if given; otherwise,\n"
                           "raise a KeyError."},
    {"popitem", dict_popitem_m, 0, "Remove and return a (key, value) pair as a 2-tuple.\n\n"
                                   "Pairs are returned in LIFO (last-in, first-out) order.\n"
                                   "Raises KeyError if the dict is empty."},
    {"keys", dict_keys_m, 0, "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", dict_items_m, 0, "D.items() -> a set-like object providing a view on D's items"},
    {"values", dict_values_m, 0, "D.values() -> an object providing a view on D's values"},
    {"update", dict_update_m, 0, "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"fromkeys", dict_fromkeys_m, OU_METH_CLASS, "Create a new dictionary with keys from iterable and values set to value."},
    {"clear", dict_clear_m, 0, "D.clear() -> None.  Remove all items from D."},
    {"copy", dict_copy_m, 0, "D.copy() -> a shallow copy of D"},
    {"__reversed__", dict_reversed_m, 0, "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL},
};

OuType ou_dict_type = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "dict",
    .basicsize = sizeof(OuDict),
    .flags = OU_TPFLAGS_GC | OU_TPFLAGS_BASETYPE | OU_TPFLAGS_DICT_SUBCLASS,
    .doc = "dict() -> new empty dictionary\n"
           "dict(mapping) -> new dictionary initialized from a mapping object's\n"
           "    (key, value) pairs\n"
           "dict(iterable) -> new dictionary initialized as if via:\n"
           "    d = {}\n"
           "    for k, v in iterable:\n"
           "        d[k] = v\n"
           "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
           "    in the keyword argument list.  For example:  dict(one=1, two=2)",
    .dealloc = dict_dealloc,
    .repr = dict_repr,
    .hash = ou_hash_not_implemented,
    .richcompare = dict_richcompare,
    .new = dict_new,
    .iter = dict_iter,
    .traverse = dict_traverse,
    .clear = dict_clear_slot,
    .nb = {[OU_NB_OR] = dict_or, [OU_NB_INPLACE_OR] = dict_ior},
    .len = dict_len,
    .getitem = dict_subscript,
    .setitem = dict_ass_sub,
    .contains = dict_contains_slot,
    .methods = dict_methods,
};

// Internal to tests: the keys block a dict uses, to check sharing.
const void *ou_dict_keys_block(OuObject *d)
{
    return DICT(d)->keys;
}
