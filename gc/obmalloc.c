// gc/obmalloc.c: the pooled allocator for small requests.
//
// Size classes. A request of n bytes, 1 <= n <= OU_SMALL_REQUEST_THRESHOLD,
// is served by class (n - 1) / OU_ALIGNMENT, whose blocks are all of one size:
//
//     request bytes   block size   class
//        1 ..  16         16          0
//       17 ..  32         32          1
//       33 ..  48         48          2
//          ...            ...        ...
//      497 .. 512        512         31
//
// (A request of 0 bytes is served as 1.) Larger requests go to malloc.
//
// Arenas, pools, blocks. Memory comes from the OS in arenas of OU_ARENA_SIZE
// bytes (mmap), each cut into pools of OU_POOL_SIZE bytes. A pool starts at
// an address that is a multiple of OU_POOL_SIZE, so the pool holding a block
// is found by masking the block's address. Each pool serves one size class:
//
//     arena (256 KiB)
//     +--------+--------+--------+-- ... --+--------+
//     | pool 0 | pool 1 | pool 2 |         | pool 63|
//     +--------+--------+--------+-- ... --+--------+
//                  |
//                  v  pool (4 KiB)
//     +--------+-------+-------+-------+-- ... --+-------+------+
//     | OuPool | block | block | block |         | block | tail |
//     +--------+-------+-------+-------+-- ... --+-------+------+
//     header    ^ freeblock list threads        ^ nextoffset: never
//     (48 B)      through freed blocks            used from here on
//
// A pool hands out freed blocks first (LIFO, so a freed block is the next one
// returned), then carves new ones from its never-used tail. The bytes after
// the last whole block are lost to quantization.
//
// Pool states and transitions:
//
//     empty --(first block taken)--> used --(last free block taken)--> full
//       ^                             |  ^                               |
//       +---(last block freed)--------+  +------(a block freed)----------+
//
//   - used:  some blocks in use and some free; linked on its class's
//            `usedpools` list, where allocation looks first.
//   - full:  every block in use; on no list (a free brings it back to used).
//   - empty: no block in use; on its arena's `freepools` list, or never
//            touched yet (above the arena's `pool_address`). An empty pool
//            can be taken for any class.
//
// Arenas. `ou_state.mem.arenas` is a table of OuArena records sorted by base
// address. It answers "is this pointer one of our blocks?" by binary search,
// which never reads memory that is not ours (CPython instead reads the
// would-be pool header, which sanitizers flag). The records move when an
// arena is released, so only the `usable_arenas` list points into the table
// and is fixed up then; new arenas are made only when that list is empty.
//
// `usable_arenas` lists the arenas with at least one empty pool, the fullest
// first (fewest free pools), so that lightly used arenas drain and can be
// returned to the OS. An arena whose pools are all empty is unmapped, except
// when it is the last usable arena: keeping one spare avoids an mmap/munmap
// pair each time a program crosses an arena boundary back and forth.
#include "gc/gc.h"

#include <malloc.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "runtime/float.h"
#include "runtime/state.h"

// ---- Tunables and their checks ----

struct OuPool {
    uint8_t *freeblock;     // head of the freed-block list, NULL when empty
    OuPool *nextpool;       // usedpools list (used) or arena freepools (empty)
    OuPool *prevpool;       // usedpools list only
    uint32_t ref;           // blocks in use
    uint32_t szidx;         // size class
    uint32_t nextoffset;    // start of the never-used tail
    uint32_t maxnextoffset; // last offset where a whole block still fits
};

struct OuArena {
    uintptr_t address;      // mmap result; the arena spans OU_ARENA_SIZE bytes
    uint8_t *pool_address;  // first never-used pool
    OuPool *freepools;      // pools that were used and are empty again
    unsigned nfreepools;    // empty pools, never-used ones included
    unsigned ntotalpools;
    OuArena *nextarena;     // usable_arenas list
    OuArena *prevarena;
};

#define POOL_OVERHEAD ((sizeof(OuPool) + OU_ALIGNMENT - 1) & ~(size_t)(OU_ALIGNMENT - 1))
#define POOL_MASK ((uintptr_t)OU_POOL_SIZE - 1)
#define INDEX2SIZE(i) (((size_t)(i) + 1) * OU_ALIGNMENT)
// The arena table never shrinks, so its capacity follows the high-water mark.
#define MIN_TABLE 16

_Static_assert((OU_ALIGNMENT & (OU_ALIGNMENT - 1)) == 0, "OU_ALIGNMENT must be a power of two");
_Static_assert(OU_ALIGNMENT >= sizeof(void *), "a free block must hold the free-list link");
_Static_assert(OU_SMALL_REQUEST_THRESHOLD % OU_ALIGNMENT == 0, "threshold must be a whole class");
_Static_assert(OU_NB_SMALL_SIZE_CLASSES <= 64, "at most 64 size classes");
_Static_assert((OU_POOL_SIZE & (OU_POOL_SIZE - 1)) == 0, "OU_POOL_SIZE must be a power of two");
_Static_assert(OU_ARENA_SIZE % OU_POOL_SIZE == 0, "an arena is a whole number of pools");
_Static_assert(OU_ARENA_SIZE / OU_POOL_SIZE >= 2, "an arena must hold several pools");
_Static_assert((OU_POOL_SIZE - POOL_OVERHEAD) / OU_SMALL_REQUEST_THRESHOLD >= 2,
               "a pool of the largest class must hold at least two blocks");

// ---- Accounting ----

static void account(ou_ssize_t delta)
{
    OuMemState *m = &ou_state.mem;
    m->bytes_in_use += (size_t)delta;
    if (m->bytes_in_use > m->bytes_peak)
        m->bytes_peak = m->bytes_in_use;
}

size_t ou_obmalloc_size_class(size_t n)
{
    return n == 0 ? 0 : (n - 1) / OU_ALIGNMENT;
}

// ---- The arena table ----

static size_t table_capacity(size_t highwater)
{
    size_t cap = MIN_TABLE;
    while (cap < highwater)
        cap *= 2;
    return cap;
}

// Index of the first arena whose base is above `a`.
static size_t table_upper_bound(uintptr_t a)
{
    OuMemState *m = &ou_state.mem;
    size_t lo = 0, hi = m->narenas;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (m->arenas[mid].address <= a)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

// The arena holding `p`, or NULL when `p` did not come from a pool.
static OuArena *arena_of(const void *p)
{
    uintptr_t a = (uintptr_t)p;
    size_t i = table_upper_bound(a);
    if (i == 0)
        return NULL;
    OuArena *ar = &ou_state.mem.arenas[i - 1];
    return a - ar->address < OU_ARENA_SIZE ? ar : NULL;
}

static void usable_unlink(OuArena *ar)
{
    OuMemState *m = &ou_state.mem;
    if (ar->prevarena != NULL)
        ar->prevarena->nextarena = ar->nextarena;
    else
        m->usable_arenas = ar->nextarena;
    if (ar->nextarena != NULL)
        ar->nextarena->prevarena = ar->prevarena;
    ar->nextarena = ar->prevarena = NULL;
}

// Map a fresh arena and make it the only usable one. NULL when the OS or the
// table allocation refuses.
static OuArena *new_arena(void)
{
    OuMemState *m = &ou_state.mem;
    // Records are about to move or be reallocated: nothing may point at them.
    if (m->usable_arenas != NULL)
        return NULL;
    size_t have = m->arenas != NULL ? table_capacity(m->narenas_highwater) : 0;
    if (m->narenas + 1 > have) {
        size_t want = m->narenas + 1 > m->narenas_highwater ? m->narenas + 1 : m->narenas_highwater;
        OuArena *t = realloc(m->arenas, table_capacity(want) * sizeof *t);
        if (t == NULL)
            return NULL;
        m->arenas = t;
    }
    void *base = mmap(NULL, OU_ARENA_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED)
        return NULL;

    size_t i = table_upper_bound((uintptr_t)base);
    memmove(&m->arenas[i + 1], &m->arenas[i], (m->narenas - i) * sizeof(OuArena));
    OuArena *ar = &m->arenas[i];
    uintptr_t first = ((uintptr_t)base + POOL_MASK) & ~POOL_MASK;
    // When pages are smaller than pools the head of the mapping is not
    // pool-aligned; that partial pool is simply never used.
    ar->address = (uintptr_t)base;
    ar->pool_address = (uint8_t *)first;
    ar->freepools = NULL;
    ar->ntotalpools = (unsigned)(((uintptr_t)base + OU_ARENA_SIZE - first) / OU_POOL_SIZE);
    ar->nfreepools = ar->ntotalpools;
    ar->nextarena = ar->prevarena = NULL;
    m->usable_arenas = ar;
    m->narenas++;
    if (m->narenas > m->narenas_highwater)
        m->narenas_highwater = m->narenas;
    return ar;
}

// Unmap an arena whose pools are all empty and drop its record.
static void release_arena(OuArena *ar)
{
    OuMemState *m = &ou_state.mem;
    usable_unlink(ar);
    munmap((void *)ar->address, OU_ARENA_SIZE);
    OuArena *end = &m->arenas[m->narenas];
    memmove(ar, ar + 1, (size_t)(end - (ar + 1)) * sizeof(OuArena));
    m->narenas--;
    m->narenas_released++;
    // The records above `ar` moved down one slot; so did the links to them.
    for (size_t i = 0; i < m->narenas; i++) {
        OuArena *r = &m->arenas[i];
        if (r->nextarena != NULL && r->nextarena > ar)
            r->nextarena--;
        if (r->prevarena != NULL && r->prevarena > ar)
            r->prevarena--;
    }
    if (m->usable_arenas != NULL && m->usable_arenas > ar)
        m->usable_arenas--;
}

// ---- Pools ----

static void usedpools_unlink(OuPool *pool)
{
    OuMemState *m = &ou_state.mem;
    if (pool->prevpool != NULL)
        pool->prevpool->nextpool = pool->nextpool;
    else
        m->usedpools[pool->szidx] = pool->nextpool;
    if (pool->nextpool != NULL)
        pool->nextpool->prevpool = pool->prevpool;
    pool->nextpool = pool->prevpool = NULL;
}

static void usedpools_push(OuPool *pool)
{
    OuMemState *m = &ou_state.mem;
    OuPool *head = m->usedpools[pool->szidx];
    pool->prevpool = NULL;
    pool->nextpool = head;
    if (head != NULL)
        head->prevpool = pool;
    m->usedpools[pool->szidx] = pool;
}

// An empty pool from the fullest usable arena, set up for class `c` and put
// on its usedpools list. NULL when no memory can be had.
static OuPool *take_pool(unsigned c)
{
    OuMemState *m = &ou_state.mem;
    if (m->usable_arenas == NULL && new_arena() == NULL)
        return NULL;
    OuArena *ar = m->usable_arenas;
    OuPool *pool;
    if (ar->freepools != NULL) {
        pool = ar->freepools;
        ar->freepools = pool->nextpool;
    } else {
        pool = (OuPool *)ar->pool_address;
        ar->pool_address += OU_POOL_SIZE;
    }
    // The list is ordered by free pools, so the head stays first.
    if (--ar->nfreepools == 0)
        usable_unlink(ar);
    size_t size = INDEX2SIZE(c);
    pool->freeblock = NULL;
    pool->ref = 0;
    pool->szidx = c;
    pool->nextoffset = (uint32_t)POOL_OVERHEAD;
    pool->maxnextoffset = (uint32_t)(OU_POOL_SIZE - size);
    usedpools_push(pool);
    return pool;
}

static int pool_is_full(const OuPool *pool)
{
    return pool->freeblock == NULL && pool->nextoffset > pool->maxnextoffset;
}

// A pool of `ar` just became empty: hand it back and keep the usable list
// ordered, fullest arena first.
static void return_pool(OuArena *ar, OuPool *pool)
{
    OuMemState *m = &ou_state.mem;
    pool->nextpool = ar->freepools;
    pool->prevpool = NULL;
    ar->freepools = pool;
    ar->nfreepools++;
    if (ar->nfreepools == 1) {
        // Fewer free pools than any usable arena can have: it goes first.
        ar->prevarena = NULL;
        ar->nextarena = m->usable_arenas;
        if (m->usable_arenas != NULL)
            m->usable_arenas->prevarena = ar;
        m->usable_arenas = ar;
    } else {
        while (ar->nextarena != NULL && ar->nextarena->nfreepools < ar->nfreepools) {
            OuArena *n = ar->nextarena;
            if (ar->prevarena != NULL)
                ar->prevarena->nextarena = n;
            else
                m->usable_arenas = n;
            n->prevarena = ar->prevarena;
            ar->nextarena = n->nextarena;
            if (n->nextarena != NULL)
                n->nextarena->prevarena = ar;
            n->nextarena = ar;
            ar->prevarena = n;
        }
    }
    if (ar->nfreepools == ar->ntotalpools && ar->nextarena != NULL)
        release_arena(ar);
}

// ---- Large requests ----

static void *large_alloc(size_t n)
{
    void *p = malloc(n);
    if (p != NULL) {
        ou_state.mem.nlarge_in_use++;
        account((ou_ssize_t)malloc_usable_size(p));
    }
    return p;
}

static void large_free(void *p)
{
    ou_state.mem.nlarge_in_use--;
    account(-(ou_ssize_t)malloc_usable_size(p));
    free(p);
}

// ---- The allocator ----

void *ou_obmalloc_alloc(size_t n)
{
    if (n > OU_SMALL_REQUEST_THRESHOLD)
        return large_alloc(n);
    OuMemState *m = &ou_state.mem;
    unsigned c = (unsigned)ou_obmalloc_size_class(n);
    OuPool *pool = m->usedpools[c];
    if (pool == NULL && (pool = take_pool(c)) == NULL)
        return NULL;
    size_t size = INDEX2SIZE(c);
    uint8_t *bp = pool->freeblock;
    if (bp != NULL) {
        pool->freeblock = *(uint8_t **)bp;
    } else {
        bp = (uint8_t *)pool + pool->nextoffset;
        pool->nextoffset += (uint32_t)size;
    }
    pool->ref++;
    if (pool_is_full(pool))
        usedpools_unlink(pool);
    m->nblocks_in_use++;
    account((ou_ssize_t)size);
    return bp;
}

void ou_obmalloc_free(void *p)
{
    if (p == NULL)
        return;
    OuArena *ar = arena_of(p);
    if (ar == NULL) {
        large_free(p);
        return;
    }
    OuMemState *m = &ou_state.mem;
    OuPool *pool = (OuPool *)((uintptr_t)p & ~POOL_MASK);
    int was_full = pool_is_full(pool);
    *(uint8_t **)p = pool->freeblock;
    pool->freeblock = p;
    pool->ref--;
    m->nblocks_in_use--;
    account(-(ou_ssize_t)INDEX2SIZE(pool->szidx));
    if (was_full) {
        // full -> used; a pool holds at least two blocks, so it is not empty.
        usedpools_push(pool);
    } else if (pool->ref == 0) {
        usedpools_unlink(pool);
        return_pool(ar, pool);
    }
}

void *ou_obmalloc_realloc(void *p, size_t n)
{
    if (p == NULL)
        return ou_obmalloc_alloc(n);
    OuArena *ar = arena_of(p);
    if (ar == NULL) {
        if (n <= OU_SMALL_REQUEST_THRESHOLD) {
            // Shrunk enough to fit a pool: move it there.
            void *q = ou_obmalloc_alloc(n);
            if (q == NULL)
                return NULL;
            memcpy(q, p, n);
            large_free(p);
            return q;
        }
        size_t old = malloc_usable_size(p);
        void *q = realloc(p, n);
        if (q == NULL)
            return NULL;
        account((ou_ssize_t)malloc_usable_size(q) - (ou_ssize_t)old);
        return q;
    }
    OuPool *pool = (OuPool *)((uintptr_t)p & ~POOL_MASK);
    size_t size = INDEX2SIZE(pool->szidx);
    // Stay put unless growing, or shrinking by more than a quarter.
    if (n <= size && 4 * n > 3 * size)
        return p;
    void *q = ou_obmalloc_alloc(n);
    if (q == NULL)
        return NULL;
    memcpy(q, p, n < size ? n : size);
    ou_obmalloc_free(p);
    return q;
}

// ---- Statistics and shutdown ----

static uint8_t *first_pool(const OuArena *ar)
{
    return (uint8_t *)((ar->address + POOL_MASK) & ~POOL_MASK);
}

// A right-aligned count with thousands separators, as sys._debugmallocstats.
static void print_one(FILE *out, const char *msg, size_t value)
{
    char digits[32], grouped[48];
    int nd = snprintf(digits, sizeof digits, "%zu", value);
    int j = 0;
    for (int i = 0; i < nd; i++) {
        if (i > 0 && (nd - i) % 3 == 0)
            grouped[j++] = ',';
        grouped[j++] = digits[i];
    }
    grouped[j] = '\0';
    fprintf(out, "%-35s=%21s\n", msg, grouped);
}

// One line of the per-type free-list table. The names are CPython's C
// struct names, so the report reads (and parses) like CPython's; the sizes
// are ouro's objects without their collector head, as CPython counts them.
static void print_free_list(FILE *out, const char *what, int count, size_t size)
{
    char desc[128], label[160];
    snprintf(desc, sizeof desc, "%d %ss * %zu bytes each", count, what, size);
    snprintf(label, sizeof label, "%48s ", desc);
    print_one(out, label, (size_t)count * size);
}

static void print_free_lists(FILE *out)
{
    fputc('\n', out);
    print_free_list(out, "free PyDictObject", ou_state.dict_free.numfree, sizeof(OuDict));
    print_free_list(out, "free PyFloatObject", ou_state.float_free_count, sizeof(OuFloat));
    print_free_list(out, "free PyListObject", ou_state.list_free.numfree, sizeof(OuList));
    for (int i = 1; i <= OU_TUPLE_MAXSAVESIZE; i++) {
        char what[48];
        snprintf(what, sizeof what, "free %d-sized PyTupleObject", i);
        print_free_list(out, what, ou_state.tuple_free.numfree[i],
                        sizeof(OuTuple) + (size_t)i * sizeof(OuObject *));
    }
}

void ou_obmalloc_print_stats(void *file)
{
    FILE *out = file;
    OuMemState *m = &ou_state.mem;
    size_t numpools[OU_NB_SMALL_SIZE_CLASSES] = {0};
    size_t numblocks[OU_NB_SMALL_SIZE_CLASSES] = {0};
    size_t numfree[OU_NB_SMALL_SIZE_CLASSES] = {0};
    size_t unused_pools = 0, alignment_lost = 0;

    for (size_t i = 0; i < m->narenas; i++) {
        OuArena *ar = &m->arenas[i];
        unused_pools += ar->nfreepools;
        alignment_lost += (size_t)(first_pool(ar) - (uint8_t *)ar->address);
        for (uint8_t *pp = first_pool(ar); pp < ar->pool_address; pp += OU_POOL_SIZE) {
            OuPool *pool = (OuPool *)pp;
            if (pool->ref == 0)
                continue;
            size_t capacity = (OU_POOL_SIZE - POOL_OVERHEAD) / INDEX2SIZE(pool->szidx);
            numpools[pool->szidx]++;
            numblocks[pool->szidx] += pool->ref;
            numfree[pool->szidx] += capacity - pool->ref;
        }
    }

    fprintf(out, "Small block threshold = %d, in %d size classes.\n\n",
            OU_SMALL_REQUEST_THRESHOLD, OU_NB_SMALL_SIZE_CLASSES);
    fputs("class   size   num pools   blocks in use  avail blocks\n"
          "-----   ----   ---------   -------------  ------------\n", out);
    size_t allocated_bytes = 0, available_bytes = 0, pool_header_bytes = 0, quantization = 0;
    for (unsigned c = 0; c < OU_NB_SMALL_SIZE_CLASSES; c++) {
        if (numpools[c] == 0)
            continue;
        size_t size = INDEX2SIZE(c);
        fprintf(out, "%5u %6zu %11zu %15zu %13zu\n", c, size, numpools[c], numblocks[c], numfree[c]);
        allocated_bytes += numblocks[c] * size;
        available_bytes += numfree[c] * size;
        pool_header_bytes += numpools[c] * POOL_OVERHEAD;
        quantization += numpools[c] * ((OU_POOL_SIZE - POOL_OVERHEAD) % size);
    }
    fputc('\n', out);
    print_one(out, "# arenas allocated total", m->narenas + m->narenas_released);
    print_one(out, "# arenas reclaimed", m->narenas_released);
    print_one(out, "# arenas highwater mark", m->narenas_highwater);
    print_one(out, "# arenas allocated current", m->narenas);
    char line[64];
    snprintf(line, sizeof line, "%zu arenas * %d bytes/arena", m->narenas, OU_ARENA_SIZE);
    print_one(out, line, m->narenas * (size_t)OU_ARENA_SIZE);
    fputc('\n', out);
    print_one(out, "# bytes in allocated blocks", allocated_bytes);
    print_one(out, "# bytes in available blocks", available_bytes);
    snprintf(line, sizeof line, "%zu unused pools * %d bytes", unused_pools, OU_POOL_SIZE);
    print_one(out, line, unused_pools * OU_POOL_SIZE);
    print_one(out, "# bytes lost to pool headers", pool_header_bytes);
    print_one(out, "# bytes lost to quantization", quantization);
    print_one(out, "# bytes lost to arena alignment", alignment_lost);
    print_one(out, "Total", allocated_bytes + available_bytes + unused_pools * OU_POOL_SIZE +
                                pool_header_bytes + quantization + alignment_lost);
    print_free_lists(out);
}

void ou_obmalloc_finalize(void)
{
    OuMemState *m = &ou_state.mem;
    for (size_t i = 0; i < m->narenas; i++) {
        OuArena *ar = &m->arenas[i];
        // Blocks still out die with their arena; keep the byte count honest.
        for (uint8_t *pp = first_pool(ar); pp < ar->pool_address; pp += OU_POOL_SIZE) {
            OuPool *pool = (OuPool *)pp;
            m->nblocks_in_use -= pool->ref;
            m->bytes_in_use -= pool->ref * INDEX2SIZE(pool->szidx);
        }
        munmap((void *)ar->address, OU_ARENA_SIZE);
    }
    m->narenas_released += m->narenas;
    m->narenas = 0;
    free(m->arenas);
    m->arenas = NULL;
    m->usable_arenas = NULL;
    memset(m->usedpools, 0, sizeof m->usedpools);
}
