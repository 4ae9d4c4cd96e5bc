// runtime/set.c: `set`, `frozenset` and their iterator.
//
// The table is an array of (key, hash) entries of mask + 1 slots:
//
//     slot:   0      1      2      3      4      5      6      7
//           +------+------+------+------+------+------+------+------+
//     key   | NULL | 'a'  | DUMMY| NULL | 7    | NULL | NULL | 'b'  |
//     hash  | 0    | h(a) | -1   | 0    | 7    | 0    | 0    | h(b) |
//           +------+------+------+------+------+------+------+------+
//           fill = 4 (live + DUMMY), used = 3 (live)
//
// A lookup starts at hash & mask and scans up to LINEAR_PROBES neighbours
// (cheap: they share cache lines) before jumping on with CPython's
// perturbed recurrence i = 5*i + 1 + perturb. A deleted key leaves DUMMY
// behind so probe chains through it stay intact. Inserting grows the table
// once fill reaches 3/5 of it; dummies are dropped whenever it is rebuilt.
// Sets of up to five keys live entirely in `smalltable`, inside the object.
//
// All of this is CPython's algorithm on purpose: with the same hashes the
// same keys land in the same slots, so scripts see CPython's order.
//
// Comparing keys can run Python code that changes the set; lookups notice
// that the table or the entry changed under them and start again.
#include "runtime/set.h"

#include <string.h>
#include "gc/gc.h"
#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/weakref.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

// Deleted entries point here. It is never dereferenced or counted, so any
// unique address will do.
static const char dummy_tag;
#define DUMMY ((OuObject *)&dummy_tag)

#define SET(o) ((OuSet *)(o))

static int is_live(const OuSetEntry *e) { return e->key != NULL && e->key != DUMMY; }

// str caches its hash: skip the call for the common case.
static ou_hash_t key_hash(OuObject *key)
{
    if (ou_str_check_exact(key)) {
        ou_hash_t h = ((OuStr *)key)->hash;
        if (h != -1)
            return h;
    }
    return ou_object_hash(key);
}

// ---- The table ----

// The entry holding `key`, or the empty entry that ends its probe chain.
// NULL + error when a comparison fails.
static OuSetEntry *set_lookkey(OuSet *so, OuObject *key, ou_hash_t hash)
{
restart:;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    for (;;) {
        OuSetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                return entry;
            if (entry->hash == hash) {
                OuObject *startkey = entry->key;
                if (startkey == key)
                    return entry;
                if (ou_str_check_exact(startkey) && ou_str_check_exact(key) && ou_str_eq(startkey, key))
                    return entry;
                OuSetEntry *table = so->table;
                OU_INCREF(startkey);
                int cmp = ou_object_richcompare_bool(startkey, key, OU_EQ);
                OU_DECREF(startkey);
                if (cmp < 0)
                    return NULL;
                if (table != so->table || entry->key != startkey)
                    goto restart;
                if (cmp > 0)
                    return entry;
                mask = (size_t)so->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Place a key known to be absent into a table without dummies. Steals key.
static void set_insert_clean(OuSetEntry *table, size_t mask, OuObject *key, ou_hash_t hash)
{
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        OuSetEntry *entry = &table[i];
        if (entry->key == NULL)
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL)
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

// Rebuild the table at the smallest power of two above `minused` (at least
// OU_SET_MINSIZE), dropping dummies. 0 / -1 + MemoryError.
static int set_table_resize(OuSet *so, ou_ssize_t minused)
{
    size_t newsize = OU_SET_MINSIZE;
    while (newsize <= (size_t)minused)
        newsize <<= 1;

    OuSetEntry *oldtable = so->table;
    ou_ssize_t oldmask = so->mask;
    int oldtable_on_heap = oldtable != so->smalltable;
    OuSetEntry small_copy[OU_SET_MINSIZE];
    OuSetEntry *newtable;

    if (newsize == OU_SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used)
                return 0;
            // Rebuilding in place purges dummies; work from a copy. Needed
            // when fill reaches the size: failing searches need an empty slot.
            memcpy(small_copy, oldtable, sizeof small_copy);
            oldtable = small_copy;
        }
    } else {
        if (newsize > SIZE_MAX / sizeof(OuSetEntry)) {
            ou_err_no_memory();
            return -1;
        }
        newtable = ou_mem_alloc(newsize * sizeof(OuSetEntry));
        if (newtable == NULL) {
            ou_err_no_memory();
            return -1;
        }
    }

    memset(newtable, 0, sizeof(OuSetEntry) * newsize);
    so->mask = (ou_ssize_t)newsize - 1;
    so->table = newtable;
    so->fill = so->used;
    for (OuSetEntry *e = oldtable; e <= oldtable + oldmask; e++)
        if (is_live(e))
            set_insert_clean(newtable, newsize - 1, e->key, e->hash);

    if (oldtable_on_heap)
        ou_mem_free(oldtable);
    return 0;
}

// Add key (not stolen) under its hash. 0 / -1.
static int set_add_entry(OuSet *so, OuObject *key, ou_hash_t hash)
{
    OU_INCREF(key);     // the comparisons below may drop the caller's reference
restart:;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    OuSetEntry *freeslot = NULL;
    OuSetEntry *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL)
                goto found_unused_or_dummy;
            if (entry->hash == hash) {
                OuObject *startkey = entry->key;
                if (startkey == key)
                    goto found_active;
                if (ou_str_check_exact(startkey) && ou_str_check_exact(key) && ou_str_eq(startkey, key))
                    goto found_active;
                OuSetEntry *table = so->table;
                OU_INCREF(startkey);
                int cmp = ou_object_richcompare_bool(startkey, key, OU_EQ);
                OU_DECREF(startkey);
                if (cmp > 0)
                    goto found_active;
                if (cmp < 0) {
                    OU_DECREF(key);
                    return -1;
                }
                if (table != so->table || entry->key != startkey)
                    goto restart;
                mask = (size_t)so->mask;
            } else if (entry->hash == -1 && freeslot == NULL) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }

found_unused_or_dummy:
    if (freeslot != NULL) {
        // Reuse a deleted slot: fill does not change, so no resize either.
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3)
        return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);

found_active:
    OU_DECREF(key);
    return 0;
}

static int set_add_key(OuSet *so, OuObject *key)
{
    ou_hash_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    return set_add_entry(so, key, hash);
}

static int set_contains_entry(OuSet *so, OuObject *key, ou_hash_t hash)
{
    OuSetEntry *entry = set_lookkey(so, key, hash);
    if (entry == NULL)
        return -1;
    return entry->key != NULL;
}

static int set_contains_key(OuSet *so, OuObject *key)
{
    ou_hash_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    return set_contains_entry(so, key, hash);
}

// 1 removed, 0 absent, -1 error.
static int set_discard_entry(OuSet *so, OuObject *key, ou_hash_t hash)
{
    OuSetEntry *entry = set_lookkey(so, key, hash);
    if (entry == NULL)
        return -1;
    if (entry->key == NULL)
        return 0;
    OuObject *old = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    OU_DECREF(old);
    return 1;
}

static int set_discard_key(OuSet *so, OuObject *key)
{
    ou_hash_t hash = key_hash(key);
    if (hash == -1)
        return -1;
    return set_discard_entry(so, key, hash);
}

static int set_next(OuSet *so, ou_ssize_t *pos, OuSetEntry **entry)
{
    ou_ssize_t i = *pos;
    while (i <= so->mask && !is_live(&so->table[i]))
        i++;
    *pos = i + 1;
    if (i > so->mask)
        return 0;
    *entry = &so->table[i];
    return 1;
}

static void set_empty_to_minsize(OuSet *so)
{
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->fill = 0;
    so->used = 0;
    so->mask = OU_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

// Empty the set before releasing any key: a key's finalizer may look at,
// or add to, this very set.
static int set_clear_internal(OuSet *so)
{
    OuSetEntry *table = so->table;
    ou_ssize_t used = so->used;
    int on_heap = table != so->smalltable;
    OuSetEntry small_copy[OU_SET_MINSIZE];

    if (on_heap) {
        set_empty_to_minsize(so);
    } else if (so->fill > 0) {
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
        set_empty_to_minsize(so);
    }
    for (OuSetEntry *e = table; used > 0; e++) {
        if (is_live(e)) {
            used--;
            OU_DECREF(e->key);
        }
    }
    if (on_heap)
        ou_mem_free(table);
    return 0;
}

// Add every key of set `other`.
static int set_merge(OuSet *so, OuSet *other)
{
    if (other == so || other->used == 0)
        return 0;
    // One resize up front, expecting few keys in common.
    if ((so->fill + other->used) * 5 >= so->mask * 3
        && set_table_resize(so, (so->used + other->used) * 2) < 0)
        return -1;

    OuSetEntry *so_entry = so->table, *other_entry = other->table;
    // Empty table of the same size, and no dummies on the other side:
    // every key can keep its slot.
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (ou_ssize_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
            if (other_entry->key != NULL) {
                so_entry->key = ou_newref(other_entry->key);
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    // Empty table: no duplicates possible, no comparisons needed.
    if (so->fill == 0) {
        size_t newmask = (size_t)so->mask;
        so->fill = other->used;
        so->used = other->used;
        for (ou_ssize_t i = 0; i <= other->mask; i++, other_entry++)
            if (is_live(other_entry))
                set_insert_clean(so->table, newmask, ou_newref(other_entry->key), other_entry->hash);
        return 0;
    }
    for (ou_ssize_t i = 0; i <= other->mask; i++) {
        other_entry = &other->table[i];
        if (is_live(other_entry) && set_add_entry(so, other_entry->key, other_entry->hash) < 0)
            return -1;
    }
    return 0;
}

static int set_update_internal(OuSet *so, OuObject *other)
{
    if (ou_anyset_check(other))
        return set_merge(so, SET(other));
    if (OU_TYPE(other) == &ou_dict_type) {
        ou_ssize_t dictsize = ou_dict_size(other);
        if ((so->fill + dictsize) * 5 >= so->mask * 3
            && set_table_resize(so, (so->used + dictsize) * 2) < 0)
            return -1;
        ou_ssize_t pos = 0;
        OuObject *key, *value;
        while (ou_dict_next(other, &pos, &key, &value)) {
            OU_INCREF(key);
            int r = set_add_key(so, key);
            OU_DECREF(key);
            if (r < 0)
                return -1;
        }
        return 0;
    }
    OuObject *it = ou_object_iter(other);
    if (it == NULL)
        return -1;
    OuObject *key;
    while ((key = ou_iter_next(it)) != NULL) {
        int r = set_add_key(so, key);
        OU_DECREF(key);
        if (r < 0) {
            OU_DECREF(it);
            return -1;
        }
    }
    OU_DECREF(it);
    return ou_err_occurred() ? -1 : 0;
}

// ---- Construction ----

static OuSet *set_alloc(OuType *type)
{
    OuSet *so = (OuSet *)ou_object_new(type);
    if (so == NULL)
        return NULL;
    so->table = so->smalltable;
    so->mask = OU_SET_MINSIZE - 1;
    so->hash = -1;
    return so;
}

// New ref: an instance of `type` holding the keys of iterable (may be NULL).
static OuObject *make_new_set(OuType *type, OuObject *iterable)
{
    OuSet *so = set_alloc(type);
    if (so == NULL)
        return NULL;
    if (iterable != NULL && set_update_internal(so, iterable) < 0) {
        OU_DECREF(so);
        return NULL;
    }
    ou_gc_track((OuObject *)so);
    return (OuObject *)so;
}

// Results of operations on subclasses are plain sets or frozensets.
static OuObject *make_new_set_basetype(OuType *type, OuObject *iterable)
{
    if (type != &ou_set_type && type != &ou_frozenset_type)
        type = ou_type_is_subtype(type, &ou_set_type) ? &ou_set_type : &ou_frozenset_type;
    return make_new_set(type, iterable);
}

static OuObject *set_copy(OuObject *so)
{
    return make_new_set_basetype(OU_TYPE(so), so);
}

OuObject *ou_set_new(OuObject *iterable)
{
    return make_new_set(&ou_set_type, iterable);
}

OuObject *ou_frozenset_new(OuObject *iterable)
{
    return make_new_set(&ou_frozenset_type, iterable);
}

int ou_set_add(OuObject *set, OuObject *key)
{
    return set_add_key(SET(set), key);
}

int ou_set_update(OuObject *set, OuObject *iterable)
{
    return set_update_internal(SET(set), iterable);
}

int ou_set_clear(OuObject *set)
{
    return set_clear_internal(SET(set));
}

int ou_set_next(OuObject *set, ou_ssize_t *pos, OuObject **key, ou_hash_t *hash)
{
    OuSetEntry *entry;
    if (!set_next(SET(set), pos, &entry))
        return 0;
    *key = entry->key;
    if (hash != NULL)
        *hash = entry->hash;
    return 1;
}

// A set used as a key stands for the frozenset with the same keys: look it
// up again that way when hashing it failed.
static int retry_as_frozenset(OuObject *key, OuObject **frozen)
{
    if (!ou_set_check(key) || !ou_err_matches(&ou_exc_TypeError))
        return -1;
    ou_err_clear();
    *frozen = make_new_set(&ou_frozenset_type, key);
    return *frozen == NULL ? -1 : 0;
}

int ou_set_contains(OuObject *set, OuObject *key)
{
    int r = set_contains_key(SET(set), key);
    OuObject *frozen;
    if (r < 0 && retry_as_frozenset(key, &frozen) == 0) {
        r = set_contains_key(SET(set), frozen);
        OU_DECREF(frozen);
    }
    return r;
}

int ou_set_discard(OuObject *set, OuObject *key)
{
    int r = set_discard_key(SET(set), key);
    OuObject *frozen;
    if (r < 0 && retry_as_frozenset(key, &frozen) == 0) {
        r = set_discard_key(SET(set), frozen);
        OU_DECREF(frozen);
    }
    return r;
}

// ---- Algebra ----

static OuObject *set_intersection(OuSet *so, OuObject *other)
{
    if ((OuObject *)so == other)
        return set_copy(other);
    OuObject *result = make_new_set_basetype(OU_TYPE(so), NULL);
    if (result == NULL)
        return NULL;

    if (ou_anyset_check(other)) {
        // Walk the smaller set, look up in the larger.
        OuSet *big = so, *small = SET(other);
        if (small->used > big->used) {
            big = SET(other);
            small = so;
        }
        ou_ssize_t pos = 0;
        OuSetEntry *entry;
        while (set_next(small, &pos, &entry)) {
            OuObject *key = ou_newref(entry->key);
            ou_hash_t hash = entry->hash;
            int rv = set_contains_entry(big, key, hash);
            if (rv > 0)
                rv = set_add_entry(SET(result), key, hash);
            OU_DECREF(key);
            if (rv < 0)
                goto error;
        }
        return result;
    }

    OuObject *it = ou_object_iter(other);
    if (it == NULL)
        goto error;
    OuObject *key;
    while ((key = ou_iter_next(it)) != NULL) {
        ou_hash_t hash = key_hash(key);
        int found = hash == -1 ? -1 : set_contains_entry(so, key, hash);
        int rv = found > 0 ? set_add_entry(SET(result), key, hash) : found;
        OU_DECREF(key);
        if (rv < 0) {
            OU_DECREF(it);
            goto error;
        }
        // Every key of so found: stop reading the iterable (as CPython does).
        if (found > 0 && SET(result)->used >= so->used)
            break;
    }
    OU_DECREF(it);
    if (ou_err_occurred())
        goto error;
    return result;
error:
    OU_DECREF(result);
    return NULL;
}

// Exchange the contents of two sets (their keys, tables and hashes). A table
// kept inline is copied, since it cannot change owner.
static void set_swap_bodies(OuSet *a, OuSet *b)
{
    OuSetEntry tab[OU_SET_MINSIZE];
    ou_ssize_t t;
    OuSetEntry *u;
    ou_hash_t h;

    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;

    u = a->table;
    if (a->table == a->smalltable)
        u = b->smalltable;
    a->table = b->table;
    if (b->table == b->smalltable)
        a->table = a->smalltable;
    b->table = u;

    if (a->table == a->smalltable || b->table == b->smalltable) {
        memcpy(tab, a->smalltable, sizeof tab);
        memcpy(a->smalltable, b->smalltable, sizeof tab);
        memcpy(b->smalltable, tab, sizeof tab);
    }

    if (OU_TYPE(a) == &ou_frozenset_type && OU_TYPE(b) == &ou_frozenset_type) {
        h = a->hash; a->hash = b->hash; b->hash = h;
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

static int set_intersection_update(OuSet *so, OuObject *other)
{
    OuObject *tmp = set_intersection(so, other);
    if (tmp == NULL)
        return -1;
    set_swap_bodies(so, SET(tmp));
    OU_DECREF(tmp);
    return 0;
}

static int set_difference_update_internal(OuSet *so, OuObject *other)
{
    if ((OuObject *)so == other)
        return set_clear_internal(so);

    if (ou_anyset_check(other)) {
        // A much larger other: only the keys in common matter.
        if ((ou_set_size(other) >> 3) > so->used) {
            other = set_intersection(so, other);
            if (other == NULL)
                return -1;
        } else {
            OU_INCREF(other);
        }
        ou_ssize_t pos = 0;
        OuSetEntry *entry;
        while (set_next(SET(other), &pos, &entry)) {
            OuObject *key = ou_newref(entry->key);
            int rv = set_discard_entry(so, key, entry->hash);
            OU_DECREF(key);
            if (rv < 0) {
                OU_DECREF(other);
                return -1;
            }
        }
        OU_DECREF(other);
    } else {
        OuObject *it = ou_object_iter(other);
        if (it == NULL)
            return -1;
        OuObject *key;
        while ((key = ou_iter_next(it)) != NULL) {
            int rv = set_discard_key(so, key);
            OU_DECREF(key);
            if (rv < 0) {
                OU_DECREF(it);
                return -1;
            }
        }
        OU_DECREF(it);
        if (ou_err_occurred())
            return -1;
    }
    // Rebuild once more than a quarter of the table is dummies.
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4)
        return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static OuObject *set_copy_and_difference(OuSet *so, OuObject *other)
{
    OuObject *result = set_copy((OuObject *)so);
    if (result != NULL && set_difference_update_internal(SET(result), other) < 0)
        OU_CLEAR(result);
    return result;
}

static OuObject *set_difference(OuSet *so, OuObject *other)
{
    ou_ssize_t other_size;
    int other_is_dict = OU_TYPE(other) == &ou_dict_type;
    if (ou_anyset_check(other))
        other_size = ou_set_size(other);
    else if (other_is_dict)
        other_size = ou_dict_size(other);
    else
        return set_copy_and_difference(so, other);
    // Much larger than other: copying and removing is cheaper.
    if ((so->used >> 2) > other_size)
        return set_copy_and_difference(so, other);

    OuObject *result = make_new_set_basetype(OU_TYPE(so), NULL);
    if (result == NULL)
        return NULL;
    ou_ssize_t pos = 0;
    OuSetEntry *entry;
    while (set_next(so, &pos, &entry)) {
        OuObject *key = ou_newref(entry->key);
        ou_hash_t hash = entry->hash;
        int rv;
        if (other_is_dict) {
            rv = ou_dict_getitem_known_hash(other, key, hash) != NULL;
            if (!rv && ou_err_occurred())
                rv = -1;
        } else {
            rv = set_contains_entry(SET(other), key, hash);
        }
        if (rv == 0)
            rv = set_add_entry(SET(result), key, hash);
        OU_DECREF(key);
        if (rv < 0) {
            OU_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static int set_symmetric_difference_update(OuSet *so, OuObject *other)
{
    if ((OuObject *)so == other)
        return set_clear_internal(so);

    if (OU_TYPE(other) == &ou_dict_type) {
        ou_ssize_t pos = 0;
        OuObject *key, *value;
        while (ou_dict_next(other, &pos, &key, &value)) {
            OU_INCREF(key);
            ou_hash_t hash = key_hash(key);
            int rv = hash == -1 ? -1 : set_discard_entry(so, key, hash);
            if (rv == 0)
                rv = set_add_entry(so, key, hash);
            OU_DECREF(key);
            if (rv < 0)
                return -1;
        }
        return 0;
    }

    OuObject *otherset;
    if (ou_anyset_check(other))
        otherset = ou_newref(other);
    else if ((otherset = make_new_set_basetype(OU_TYPE(so), other)) == NULL)
        return -1;
    ou_ssize_t pos = 0;
    OuSetEntry *entry;
    while (set_next(SET(otherset), &pos, &entry)) {
        OuObject *key = ou_newref(entry->key);
        ou_hash_t hash = entry->hash;
        int rv = set_discard_entry(so, key, hash);
        if (rv == 0)
            rv = set_add_entry(so, key, hash);
        OU_DECREF(key);
        if (rv < 0) {
            OU_DECREF(otherset);
            return -1;
        }
    }
    OU_DECREF(otherset);
    return 0;
}

static OuObject *set_symmetric_difference(OuSet *so, OuObject *other)
{
    OuObject *result = make_new_set_basetype(OU_TYPE(so), other);
    if (result != NULL && set_symmetric_difference_update(SET(result), (OuObject *)so) < 0)
        OU_CLEAR(result);
    return result;
}

// 1 / 0 / -1.
static int set_issubset_int(OuSet *so, OuObject *other);

static int set_issuperset_int(OuSet *so, OuObject *other)
{
    if (ou_anyset_check(other))
        return set_issubset_int(SET(other), (OuObject *)so);
    OuObject *it = ou_object_iter(other);
    if (it == NULL)
        return -1;
    OuObject *key;
    while ((key = ou_iter_next(it)) != NULL) {
        int rv = set_contains_key(so, key);
        OU_DECREF(key);
        if (rv <= 0) {
            OU_DECREF(it);
            return rv;
        }
    }
    OU_DECREF(it);
    return ou_err_occurred() ? -1 : 1;
}

static int set_issubset_int(OuSet *so, OuObject *other)
{
    if (!ou_anyset_check(other)) {
        OuObject *tmp = ou_set_new(other);
        if (tmp == NULL)
            return -1;
        int r = set_issubset_int(so, tmp);
        OU_DECREF(tmp);
        return r;
    }
    if (so->used > ou_set_size(other))
        return 0;
    ou_ssize_t pos = 0;
    OuSetEntry *entry;
    while (set_next(so, &pos, &entry)) {
        OuObject *key = ou_newref(entry->key);
        int rv = set_contains_entry(SET(other), key, entry->hash);
        OU_DECREF(key);
        if (rv <= 0)
            return rv;
    }
    return 1;
}

static int set_isdisjoint_int(OuSet *so, OuObject *other)
{
    if ((OuObject *)so == other)
        return so->used == 0;
    if (OU_TYPE(other) == &ou_set_type || OU_TYPE(other) == &ou_frozenset_type) {
        OuSet *big = so, *small = SET(other);
        if (small->used > big->used) {
            big = SET(other);
            small = so;
        }
        ou_ssize_t pos = 0;
        OuSetEntry *entry;
        while (set_next(small, &pos, &entry)) {
            OuObject *key = ou_newref(entry->key);
            int rv = set_contains_entry(big, key, entry->hash);
            OU_DECREF(key);
            if (rv != 0)
                return rv < 0 ? -1 : 0;
        }
        return 1;
    }
    OuObject *it = ou_object_iter(other);
    if (it == NULL)
        return -1;
    OuObject *key;
    while ((key = ou_iter_next(it)) != NULL) {
        int rv = set_contains_key(so, key);
        OU_DECREF(key);
        if (rv != 0) {
            OU_DECREF(it);
            return rv < 0 ? -1 : 0;
        }
    }
    OU_DECREF(it);
    return ou_err_occurred() ? -1 : 1;
}

static OuObject *bool_or_null(int r)
{
    return r < 0 ? NULL : ou_bool_from(r);
}

// ---- Slots ----

static void set_dealloc(OuObject *self)
{
    OuSet *so = SET(self);
    ou_gc_untrack(self);
    ou_weakref_clear_refs(self);
    if (ou_trash_begin(self))
        return;
    ou_ssize_t used = so->used;
    for (OuSetEntry *e = so->table; used > 0; e++) {
        if (is_live(e)) {
            used--;
            OU_DECREF(e->key);
        }
    }
    if (so->table != so->smalltable)
        ou_mem_free(so->table);
    ou_object_free(self);
    ou_trash_end();
}

static int set_traverse(OuObject *self, OuVisitProc visit, void *arg)
{
    ou_ssize_t pos = 0;
    OuSetEntry *entry;
    while (set_next(SET(self), &pos, &entry))
        OU_VISIT(entry->key);
    return 0;
}

static int set_clear_slot(OuObject *self)
{
    return set_clear_internal(SET(self));
}

// {1, 2} / frozenset({1, 2}) / set() — the keys as a list repr without its brackets.
static OuObject *set_repr(OuObject *self)
{
    OuSet *so = SET(self);
    int status = ou_repr_enter(self);
    if (status != 0)
        return status < 0 ? NULL : ou_str_from_format("%s(...)", ou_type_name(self));
    OuObject *result = NULL;
    if (so->used == 0) {
        result = ou_str_from_format("%s()", ou_type_name(self));
        goto done;
    }
    OuObject *keys = ou_sequence_list(self);
    if (keys == NULL)
        goto done;
    OuObject *listrepr = ou_object_repr(keys);
    OU_DECREF(keys);
    if (listrepr == NULL)
        goto done;
    OuObject *inner = ou_str_substring(listrepr, 1, ou_str_length(listrepr) - 1);
    OU_DECREF(listrepr);
    if (inner == NULL)
        goto done;
    if (OU_TYPE(self) == &ou_set_type)
        result = ou_str_from_format("{%S}", inner);
    else
        result = ou_str_from_format("%s({%S})", ou_type_name(self), inner);
    OU_DECREF(inner);
done:
    ou_repr_leave(self);
    return result;
}

static ou_uhash_t shuffle_bits(ou_uhash_t h)
{
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

// Order-independent: xor of every entry's shuffled hash, empty slots
// included (cancelled below), then mixed with the size.
static ou_hash_t frozenset_hash(OuObject *self)
{
    OuSet *so = SET(self);
    if (so->hash != -1)
        return so->hash;
    ou_uhash_t hash = 0;
    for (OuSetEntry *e = so->table; e <= &so->table[so->mask]; e++)
        hash ^= shuffle_bits((ou_uhash_t)e->hash);
    if ((so->mask + 1 - so->fill) & 1)
        hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1)
        hash ^= shuffle_bits((ou_uhash_t)-1);
    hash ^= ((ou_uhash_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (ou_uhash_t)-1)
        hash = 590923713UL;
    so->hash = (ou_hash_t)hash;
    return so->hash;
}

static OuObject *set_richcompare(OuObject *v, OuObject *w, int op)
{
    if (!ou_anyset_check(v) || !ou_anyset_check(w))
        return ou_newref(ou_NotImplemented);
    OuSet *a = SET(v), *b = SET(w);
    int r;
    switch (op) {
    case OU_EQ:
    case OU_NE:
        if (a->used != b->used)
            r = 0;
        else if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
            r = 0;
        else
            r = set_issubset_int(a, w);
        if (r >= 0 && op == OU_NE)
            r = !r;
        return bool_or_null(r);
    case OU_LE:
        return bool_or_null(set_issubset_int(a, w));
    case OU_GE:
        return bool_or_null(set_issuperset_int(a, w));
    case OU_LT:
        if (a->used >= b->used)
            return ou_bool_from(0);
        return bool_or_null(set_issubset_int(a, w));
    case OU_GT:
        if (a->used <= b->used)
            return ou_bool_from(0);
        return bool_or_null(set_issuperset_int(a, w));
    }
    return ou_newref(ou_NotImplemented);
}

static ou_ssize_t set_len(OuObject *self) { return SET(self)->used; }

static int set_contains_slot(OuObject *self, OuObject *key) { return ou_set_contains(self, key); }

static OuObject *set_or(OuObject *a, OuObject *b)
{
    if (!ou_anyset_check(a) || !ou_anyset_check(b))
        return ou_newref(ou_NotImplemented);
    OuObject *result = set_copy(a);
    if (result != NULL && a != b && set_update_internal(SET(result), b) < 0)
        OU_CLEAR(result);
    return result;
}

static OuObject *set_and(OuObject *a, OuObject *b)
{
    if (!ou_anyset_check(a) || !ou_anyset_check(b))
        return ou_newref(ou_NotImplemented);
    return set_intersection(SET(a), b);
}

static OuObject *set_sub(OuObject *a, OuObject *b)
{
    if (!ou_anyset_check(a) || !ou_anyset_check(b))
        return ou_newref(ou_NotImplemented);
    return set_difference(SET(a), b);
}

static OuObject *set_xor(OuObject *a, OuObject *b)
{
    if (!ou_anyset_check(a) || !ou_anyset_check(b))
        return ou_newref(ou_NotImplemented);
    return set_symmetric_difference(SET(a), b);
}

// a |= b and friends: update a in place, when b is a set or frozenset.
static OuObject *set_inplace(OuObject *a, OuObject *b, int (*update)(OuSet *, OuObject *))
{
    if (!ou_anyset_check(b))
        return ou_newref(ou_NotImplemented);
    if (update(SET(a), b) < 0)
        return NULL;
    return ou_newref(a);
}

static OuObject *set_ior(OuObject *a, OuObject *b) { return set_inplace(a, b, set_update_internal); }
static OuObject *set_iand(OuObject *a, OuObject *b) { return set_inplace(a, b, set_intersection_update); }
static OuObject *set_isub(OuObject *a, OuObject *b) { return set_inplace(a, b, set_difference_update_internal); }
static OuObject *set_ixor(OuObject *a, OuObject *b) { return set_inplace(a, b, set_symmetric_difference_update); }

static OuObject *set_iter(OuObject *self);

// set(iterable=()) / frozenset(iterable=()).
static int ctor_args(const char *name, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames,
                     OuObject **iterable)
{
    if (kwnames != NULL && ou_tuple_size(kwnames) > 0) {
        ou_err_format(&ou_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs > 1) {
        ou_err_format(&ou_exc_TypeError, "%s expected at most 1 argument, got %zd", name, nargs);
        return -1;
    }
    *iterable = nargs == 1 ? args[0] : NULL;
    return 0;
}

static OuObject *set_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (type != &ou_set_type)
        return make_new_set(type, NULL);    // subclasses fill themselves in set.__init__
    OuObject *iterable;
    if (ctor_args("set", args, nargs, kwnames, &iterable) < 0)
        return NULL;
    return make_new_set(type, iterable);
}

static OuObject *frozenset_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuObject *iterable;
    if (ctor_args("frozenset", args, nargs, kwnames, &iterable) < 0)
        return NULL;
    // frozenset(f) of an exact frozenset is f itself: it cannot change.
    if (type == &ou_frozenset_type && iterable != NULL && OU_TYPE(iterable) == &ou_frozenset_type)
        return ou_newref(iterable);
    return make_new_set(type, iterable);
}

// ---- Methods ----

static const char *owner_name(OuObject *self)
{
    return ou_set_check(self) ? "set" : "frozenset";
}

static int no_args(OuObject *self, const char *meth, ou_ssize_t nargs, OuObject *kwnames)
{
    if (kwnames != NULL && ou_tuple_size(kwnames) > 0) {
        ou_err_format(&ou_exc_TypeError, "%s.%s() takes no keyword arguments", owner_name(self), meth);
        return -1;
    }
    if (nargs != 0) {
        ou_err_format(&ou_exc_TypeError, "%s.%s() takes no arguments (%zd given)", owner_name(self), meth, nargs);
        return -1;
    }
    return 0;
}

static int one_arg(OuObject *self, const char *meth, ou_ssize_t nargs, OuObject *kwnames)
{
    if (kwnames != NULL && ou_tuple_size(kwnames) > 0) {
        ou_err_format(&ou_exc_TypeError, "%s.%s() takes no keyword arguments", owner_name(self), meth);
        return -1;
    }
    if (nargs != 1) {
        ou_err_format(&ou_exc_TypeError, "%s.%s() takes exactly one argument (%zd given)",
                      owner_name(self), meth, nargs);
        return -1;
    }
    return 0;
}

static int var_args(OuObject *self, const char *meth, OuObject *kwnames)
{
    if (kwnames != NULL && ou_tuple_size(kwnames) > 0) {
        ou_err_format(&ou_exc_TypeError, "%s.%s() takes no keyword arguments", owner_name(self), meth);
        return -1;
    }
    return 0;
}

#define METHOD(name) static OuObject *name(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)

METHOD(set_init_m)
{
    OuObject *iterable;
    if (ctor_args(ou_type_name(self), args, nargs, kwnames, &iterable) < 0)
        return NULL;
    if (SET(self)->fill)
        set_clear_internal(SET(self));
    SET(self)->hash = -1;
    if (iterable != NULL && set_update_internal(SET(self), iterable) < 0)
        return NULL;
    return ou_return_none();
}

METHOD(set_add_m)
{
    if (one_arg(self, "add", nargs, kwnames) < 0 || set_add_key(SET(self), args[0]) < 0)
        return NULL;
    return ou_return_none();
}

METHOD(set_remove_m)
{
    if (one_arg(self, "remove", nargs, kwnames) < 0)
        return NULL;
    int r = ou_set_discard(self, args[0]);
    if (r < 0)
        return NULL;
    if (r == 0)
        return ou_err_set_object(&ou_exc_KeyError, args[0]);
    return ou_return_none();
}

METHOD(set_discard_m)
{
    if (one_arg(self, "discard", nargs, kwnames) < 0 || ou_set_discard(self, args[0]) < 0)
        return NULL;
    return ou_return_none();
}

METHOD(set_contains_m)
{
    if (one_arg(self, "__contains__", nargs, kwnames) < 0)
        return NULL;
    return bool_or_null(ou_set_contains(self, args[0]));
}

METHOD(set_pop_m)
{
    if (no_args(self, "pop", nargs, kwnames) < 0)
        return NULL;
    OuSet *so = SET(self);
    if (so->used == 0)
        return ou_err_set_string(&ou_exc_KeyError, "pop from an empty set");
    // Start where the last pop stopped, so repeated pops do not rescan the
    // emptied front of the table.
    OuSetEntry *entry = so->table + (so->finger & so->mask);
    OuSetEntry *limit = so->table + so->mask;
    while (!is_live(entry)) {
        entry++;
        if (entry > limit)
            entry = so->table;
    }
    OuObject *key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

METHOD(set_clear_m)
{
    if (no_args(self, "clear", nargs, kwnames) < 0)
        return NULL;
    set_clear_internal(SET(self));
    return ou_return_none();
}

METHOD(set_copy_m)
{
    if (no_args(self, "copy", nargs, kwnames) < 0)
        return NULL;
    return set_copy(self);
}

METHOD(frozenset_copy_m)
{
    if (no_args(self, "copy", nargs, kwnames) < 0)
        return NULL;
    if (OU_TYPE(self) == &ou_frozenset_type)
        return ou_newref(self);
    return make_new_set(&ou_frozenset_type, self);
}

METHOD(set_sizeof_m)
{
    if (no_args(self, "__sizeof__", nargs, kwnames) < 0)
        return NULL;
    OuSet *so = SET(self);
    size_t size = (size_t)OU_TYPE(self)->basicsize;
    if (so->table != so->smalltable)
        size += (size_t)(so->mask + 1) * sizeof(OuSetEntry);
    return ou_int_from_i64((int64_t)size);
}

METHOD(set_update_m)
{
    if (var_args(self, "update", kwnames) < 0)
        return NULL;
    for (ou_ssize_t i = 0; i < nargs; i++)
        if (set_update_internal(SET(self), args[i]) < 0)
            return NULL;
    return ou_return_none();
}

METHOD(set_union_m)
{
    if (var_args(self, "union", kwnames) < 0)
        return NULL;
    OuObject *result = set_copy(self);
    if (result == NULL)
        return NULL;
    for (ou_ssize_t i = 0; i < nargs; i++) {
        if (args[i] == self)
            continue;
        if (set_update_internal(SET(result), args[i]) < 0) {
            OU_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static OuObject *intersection_multi(OuObject *self, OuObject *const *args, ou_ssize_t nargs)
{
    if (nargs == 0)
        return set_copy(self);
    OuObject *result = ou_newref(self);
    for (ou_ssize_t i = 0; i < nargs; i++) {
        OuObject *next = set_intersection(SET(result), args[i]);
        OU_DECREF(result);
        if (next == NULL)
            return NULL;
        result = next;
    }
    return result;
}

METHOD(set_intersection_m)
{
    if (var_args(self, "intersection", kwnames) < 0)
        return NULL;
    return intersection_multi(self, args, nargs);
}

METHOD(set_intersection_update_m)
{
    if (var_args(self, "intersection_update", kwnames) < 0)
        return NULL;
    OuObject *tmp = intersection_multi(self, args, nargs);
    if (tmp == NULL)
        return NULL;
    set_swap_bodies(SET(self), SET(tmp));
    OU_DECREF(tmp);
    return ou_return_none();
}

METHOD(set_difference_m)
{
    if (var_args(self, "difference", kwnames) < 0)
        return NULL;
    if (nargs == 0)
        return set_copy(self);
    OuObject *result = set_difference(SET(self), args[0]);
    for (ou_ssize_t i = 1; result != NULL && i < nargs; i++)
        if (set_difference_update_internal(SET(result), args[i]) < 0)
            OU_CLEAR(result);
    return result;
}

METHOD(set_difference_update_m)
{
    if (var_args(self, "difference_update", kwnames) < 0)
        return NULL;
    for (ou_ssize_t i = 0; i < nargs; i++)
        if (set_difference_update_internal(SET(self), args[i]) < 0)
            return NULL;
    return ou_return_none();
}

METHOD(set_symmetric_difference_m)
{
    if (one_arg(self, "symmetric_difference", nargs, kwnames) < 0)
        return NULL;
    return set_symmetric_difference(SET(self), args[0]);
}

METHOD(set_symmetric_difference_update_m)
{
    if (one_arg(self, "symmetric_difference_update", nargs, kwnames) < 0
        || set_symmetric_difference_update(SET(self), args[0]) < 0)
        return NULL;
    return ou_return_none();
}

METHOD(set_issubset_m)
{
    if (one_arg(self, "issubset", nargs, kwnames) < 0)
        return NULL;
    return bool_or_null(set_issubset_int(SET(self), args[0]));
}

METHOD(set_issuperset_m)
{
    if (one_arg(self, "issuperset", nargs, kwnames) < 0)
        return NULL;
    return bool_or_null(set_issuperset_int(SET(self), args[0]));
}

METHOD(set_isdisjoint_m)
{
    if (one_arg(self, "isdisjoint", nargs, kwnames) < 0)
        return NULL;
    return bool_or_null(set_isdisjoint_int(SET(self), args[0]));
}

#define COMMON_METHODS \
    {"__contains__", set_contains_m, 0, "x.__contains__(y) <==> y in x."}, \
    {"__sizeof__", set_sizeof_m, 0, "S.__sizeof__() -> size of S in memory, in bytes"}, \
    {"difference", set_difference_m, 0, "Return the difference of two or more sets as a new set.\n\n" \
                                         "(i.e. all elements that are in this set but not the others.)"}, \
    {"intersection", set_intersection_m, 0, "Return the intersection of two sets as a new set.\n\n" \
                                             "(i.e. all elements that are in both sets.)"}, \
    {"isdisjoint", set_isdisjoint_m, 0, "Return True if two sets have a null intersection."}, \
    {"issubset", set_issubset_m, 0, "Report whether another set contains this set."}, \
    {"issuperset", set_issuperset_m, 0, "Report whether this set contains another set."}, \
    {"symmetric_difference", set_symmetric_difference_m, 0, "Return the symmetric difference of two sets as a new set.\n\n" \
                                                             "(i.e. all elements that are in exactly one of the sets.)"}, \
    {"union", set_union_m, 0, "Return the union of sets as a new set.\n\n" \
                               "(i.e. all elements that are in either set.)"}

static const OuMethodDef set_methods[] = {
    {"__init__", set_init_m, 0, "Initialize self.  See help(type(self)) for accurate signature."},
    {"add", set_add_m, 0, "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"clear", set_clear_m, 0, "Remove all elements from this set."},
    {"copy", set_copy_m, 0, "Return a shallow copy of a set."},
    {"difference_update", set_difference_update_m, 0, "Remove all elements of another set from this set."},
    {"discard", set_discard_m, 0, "Remove an element from a set if it is a member.\n\n"
                                  "Unlike set.remove(), the discard() method does not raise\n"
                                  "an exception when an element is missing from the set."},
    {"intersection_update", set_intersection_update_m, 0, "Update a set with the intersection of itself and another."},
    {"pop", set_pop_m, 0, "Remove and return an arbitrary set element.\n"
                          "Raises KeyError if the set is empty."},
    {"remove", set_remove_m, 0, "Remove an element from a set; it must be a member.\n\n"
                                "If the element is not a member, raise a KeyError."},
    {"symmetric_difference_update", set_symmetric_difference_update_m, 0,
     "Update a set with the symmetric difference of itself and another."},
    {"update", set_update_m, 0, "Update a set with the union of itself and others."},
    COMMON_METHODS,
    {NULL, NULL, 0, NULL},
};

static const OuMethodDef frozenset_methods[] = {
    {"copy", frozenset_copy_m, 0, "Return a shallow copy of a set."},
    COMMON_METHODS,
    {NULL, NULL, 0, NULL},
};

OuType ou_set_type = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "set",
    .basicsize = sizeof(OuSet),
    .flags = OU_TPFLAGS_GC | OU_TPFLAGS_BASETYPE,
    .doc = "set() -> new empty set object\n"
           "set(iterable) -> new set object\n\n"
           "Build an unordered collection of unique elements.",
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = ou_hash_not_implemented,
    .richcompare = set_richcompare,
    .new = set_new,
    .iter = set_iter,
    .traverse = set_traverse,
    .weaklistoffset = offsetof(OuSet, weakreflist),
    .clear = set_clear_slot,
    .nb = {
        [OU_NB_OR] = set_or, [OU_NB_AND] = set_and, [OU_NB_SUBTRACT] = set_sub, [OU_NB_XOR] = set_xor,
        [OU_NB_INPLACE_OR] = set_ior, [OU_NB_INPLACE_AND] = set_iand,
        [OU_NB_INPLACE_SUBTRACT] = set_isub, [OU_NB_INPLACE_XOR] = set_ixor,
    },
    .len = set_len,
    .contains = set_contains_slot,
    .methods = set_methods,
};

OuType ou_frozenset_type = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "frozenset",
    .basicsize = sizeof(OuSet),
    .flags = OU_TPFLAGS_GC | OU_TPFLAGS_BASETYPE,
    .doc = "frozenset() -> empty frozenset object\n"
           "frozenset(iterable) -> frozenset object\n\n"
           "Build an immutable unordered collection of unique elements.",
    .dealloc = set_dealloc,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .new = frozenset_new,
    .iter = set_iter,
    .traverse = set_traverse,
    .weaklistoffset = offsetof(OuSet, weakreflist),
    .clear = set_clear_slot,
    .nb = {[OU_NB_OR] = set_or, [OU_NB_AND] = set_and, [OU_NB_SUBTRACT] = set_sub, [OU_NB_XOR] = set_xor},
    .len = set_len,
    .contains = set_contains_slot,
    .methods = frozenset_methods,
};

// ---- The iterator ----

typedef struct {
    OU_OBJECT_HEAD
    OuObject *set;          // NULL once exhausted
    ou_ssize_t used;        // set size when created; -1 once broken
    ou_ssize_t pos;         // next slot to look at
    ou_ssize_t len;         // keys still expected
} OuSetIter;

static OuObject *set_iter(OuObject *self)
{
    OuSetIter *si = (OuSetIter *)ou_object_new(&ou_set_iter_type);
    if (si == NULL)
        return NULL;
    si->set = ou_newref(self);
    si->used = SET(self)->used;
    si->len = si->used;
    ou_gc_track((OuObject *)si);
    return (OuObject *)si;
}

static void setiter_dealloc(OuObject *self)
{
    ou_gc_untrack(self);
    OU_CLEAR(((OuSetIter *)self)->set);
    ou_object_free(self);
}

static int setiter_traverse(OuObject *self, OuVisitProc visit, void *arg)
{
    OU_VISIT(((OuSetIter *)self)->set);
    return 0;
}

static int setiter_clear(OuObject *self)
{
    OU_CLEAR(((OuSetIter *)self)->set);
    return 0;
}

static OuObject *setiter_self(OuObject *self) { return ou_newref(self); }

static OuObject *setiter_next(OuObject *self)
{
    OuSetIter *si = (OuSetIter *)self;
    OuSet *so = SET(si->set);
    if (so == NULL)
        return NULL;
    if (si->used != so->used) {
        // Stays broken: a later next() must not resume mid-table.
        si->used = -1;
        return ou_err_set_string(&ou_exc_RuntimeError, "Set changed size during iteration");
    }
    ou_ssize_t i = si->pos;
    while (i <= so->mask && !is_live(&so->table[i]))
        i++;
    si->pos = i + 1;
    if (i > so->mask) {
        OU_CLEAR(si->set);
        return NULL;
    }
    si->len--;
    return ou_newref(so->table[i].key);
}

static OuObject *setiter_length_hint(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuSetIter *si = (OuSetIter *)self;
    ou_ssize_t len = 0;
    if (si->set != NULL && si->used == SET(si->set)->used)
        len = si->len;
    return ou_int_from_i64(len);
}

static const OuMethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, 0, "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

OuType ou_set_iter_type = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "set_iterator",
    .basicsize = sizeof(OuSetIter),
    .flags = OU_TPFLAGS_GC,
    .dealloc = setiter_dealloc,
    .iter = setiter_self,
    .iternext = setiter_next,
    .traverse = setiter_traverse,
    .clear = setiter_clear,
    .methods = setiter_methods,
};

// ---- Dict views as sets ----

// The layout of a view (runtime/dictviews.c keeps it private): the header,
// then the dict it shows.
typedef struct {
    OU_OBJECT_HEAD
    OuObject *dict;         // may be NULL once cleared by the collector
} ViewLayout;
#define VIEW_DICT(o) (((ViewLayout *)(o))->dict)

static int is_setlike_view(OuObject *o)
{
    return OU_TYPE(o) == &ou_dict_keys_type || OU_TYPE(o) == &ou_dict_items_type;
}

// Every item of `a` is in `b` (`in`, whatever b is). 1 / 0 / -1.
static int all_contained_in(OuObject *a, OuObject *b)
{
    OuObject *it = ou_object_iter(a);
    if (it == NULL)
        return -1;
    int ok = 1;
    OuObject *item;
    while ((item = ou_iter_next(it)) != NULL) {
        ok = ou_object_contains(b, item);
        OU_DECREF(item);
        if (ok <= 0)
            break;
    }
    OU_DECREF(it);
    if (ok > 0 && ou_err_occurred())
        return -1;
    return ok;
}

OuObject *ou_set_dictview_richcompare(OuObject *view, OuObject *other, int op)
{
    if (!ou_anyset_check(other) && !is_setlike_view(other))
        return ou_newref(ou_NotImplemented);
    ou_ssize_t len_self = ou_object_len(view);
    if (len_self < 0)
        return NULL;
    ou_ssize_t len_other = ou_object_len(other);
    if (len_other < 0)
        return NULL;
    int ok = 0;
    switch (op) {
    case OU_EQ:
    case OU_NE:
        if (len_self == len_other)
            ok = all_contained_in(view, other);
        if (op == OU_NE && ok >= 0)
            ok = !ok;
        break;
    case OU_LT:
        if (len_self < len_other)
            ok = all_contained_in(view, other);
        break;
    case OU_LE:
        if (len_self <= len_other)
            ok = all_contained_in(view, other);
        break;
    case OU_GT:
        if (len_self > len_other)
            ok = all_contained_in(other, view);
        break;
    case OU_GE:
        if (len_self >= len_other)
            ok = all_contained_in(other, view);
        break;
    }
    return bool_or_null(ok);
}

// A new set of the left operand's items; a keys view is read straight from
// its dict (the dict fast path of update).
static OuObject *view_to_set(OuObject *o)
{
    if (OU_TYPE(o) == &ou_dict_keys_type) {
        OuObject *d = VIEW_DICT(o);
        if (d != NULL && OU_TYPE(d) == &ou_dict_type)
            return ou_set_new(d);
    }
    return ou_set_new(o);
}

static OuObject *view_intersect(OuObject *self, OuObject *other)
{
    // `x & view` arrives with the view second.
    if (!is_setlike_view(self)) {
        OuObject *tmp = other;
        other = self;
        self = tmp;
    }
    ou_ssize_t len_self = ou_object_len(self);
    if (len_self < 0)
        return NULL;
    if (OU_TYPE(other) == &ou_set_type && len_self <= ou_set_size(other))
        return set_intersection(SET(other), self);
    // Iterate the smaller of two views.
    if (is_setlike_view(other)) {
        ou_ssize_t len_other = ou_object_len(other);
        if (len_other < 0)
            return NULL;
        if (len_other > len_self) {
            OuObject *tmp = other;
            other = self;
            self = tmp;
        }
    }
    OuObject *result = ou_set_new(NULL);
    if (result == NULL)
        return NULL;
    OuObject *it = ou_object_iter(other);
    if (it == NULL) {
        OU_DECREF(result);
        return NULL;
    }
    OuObject *key;
    while ((key = ou_iter_next(it)) != NULL) {
        int rv = OU_TYPE(self)->contains(self, key);
        if (rv > 0)
            rv = ou_set_add(result, key);
        OU_DECREF(key);
        if (rv < 0) {
            OU_DECREF(it);
            OU_DECREF(result);
            return NULL;
        }
    }
    OU_DECREF(it);
    if (ou_err_occurred())
        OU_CLEAR(result);
    return result;
}

// items ^ items, as CPython computes it (the order of the result depends on it).
static OuObject *dictitems_xor(OuObject *self, OuObject *other)
{
    OuObject *d1 = VIEW_DICT(self), *d2 = VIEW_DICT(other);
    OuObject *temp = ou_dict_copy(d1);
    if (temp == NULL)
        return NULL;
    OuObject *result = ou_set_new(NULL);
    if (result == NULL)
        goto error;
    ou_ssize_t pos = 0;
    OuObject *key, *val2;
    while (ou_dict_next(d2, &pos, &key, &val2)) {
        OU_INCREF(key);
        OU_INCREF(val2);
        int to_delete = 0;
        OuObject *val1 = ou_dict_getitem(temp, key);
        if (val1 == NULL) {
            to_delete = ou_err_occurred() ? -1 : 0;
        } else {
            OU_INCREF(val1);
            to_delete = ou_object_richcompare_bool(val1, val2, OU_EQ);
            OU_DECREF(val1);
        }
        int rv = to_delete;
        if (to_delete > 0) {
            rv = ou_dict_delitem(temp, key);
        } else if (to_delete == 0) {
            OuObject *pair = ou_tuple_pack(2, key, val2);
            rv = pair == NULL ? -1 : ou_set_add(result, pair);
            OU_XDECREF(pair);
        }
        OU_DECREF(key);
        OU_DECREF(val2);
        if (rv < 0)
            goto error;
    }
    OuObject *remaining = ou_dictview_new(temp, &ou_dict_items_type);
    if (remaining == NULL || set_update_internal(SET(result), remaining) < 0) {
        OU_XDECREF(remaining);
        goto error;
    }
    OU_DECREF(remaining);
    OU_DECREF(temp);
    return result;
error:
    OU_XDECREF(result);
    OU_DECREF(temp);
    return NULL;
}

OuObject *ou_set_dictview_binop(OuObject *a, OuObject *b, OuBinOp op)
{
    if (op == OU_NB_AND)
        return view_intersect(a, b);
    if (op == OU_NB_XOR && OU_TYPE(a) == &ou_dict_items_type && OU_TYPE(b) == &ou_dict_items_type
        && VIEW_DICT(a) != NULL && VIEW_DICT(b) != NULL)
        return dictitems_xor(a, b);
    OuObject *result = view_to_set(a);
    if (result == NULL)
        return NULL;
    int r;
    switch (op) {
    case OU_NB_OR:
        r = set_update_internal(SET(result), b);
        break;
    case OU_NB_SUBTRACT:
        r = set_difference_update_internal(SET(result), b);
        break;
    case OU_NB_XOR:
        r = set_symmetric_difference_update(SET(result), b);
        break;
    default:
        OU_DECREF(result);
        return ou_newref(ou_NotImplemented);
    }
    if (r < 0)
        OU_CLEAR(result);
    return result;
}

OuObject *ou_set_dictview_isdisjoint(OuObject *view, OuObject *other)
{
    if (view == other)
        return ou_bool_from(ou_object_len(view) == 0);
    // Walk the shorter side when both answer `in` cheaply.
    if (ou_anyset_check(other) || is_setlike_view(other)) {
        ou_ssize_t len_self = ou_object_len(view);
        ou_ssize_t len_other = ou_object_len(other);
        if (len_self < 0 || len_other < 0)
            return NULL;
        if (len_other > len_self) {
            OuObject *tmp = other;
            other = view;
            view = tmp;
        }
    }
    OuObject *it = ou_object_iter(other);
    if (it == NULL)
        return NULL;
    OuObject *item;
    int disjoint = 1;
    while ((item = ou_iter_next(it)) != NULL) {
        int c = ou_object_contains(view, item);
        OU_DECREF(item);
        if (c != 0) {
            disjoint = c < 0 ? -1 : 0;
            break;
        }
    }
    OU_DECREF(it);
    if (disjoint > 0 && ou_err_occurred())
        disjoint = -1;
    return bool_or_null(disjoint);
}
