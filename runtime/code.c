// runtime/code.c: the code object type. Code objects are not tracked by the
// collector (as in CPython, gc.is_tracked(f.__code__) is False): everything
// they hold is immutable (str, numbers, tuples of those, other code
// objects), so they cannot be part of a cycle. `traverse` still exists so
// gc.get_referents can see the constants.
#include "runtime/code.h"

#include <string.h>
#include "gc/gc.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

// ---- Construction ----

static void *copy_array(const void *src, size_t n, size_t size)
{
    if (n == 0)
        n = 1;      // never hand out NULL for an empty table
    void *p = ou_mem_alloc_or_raise(n * size);
    if (p != NULL && src != NULL)
        memcpy(p, src, n * size);
    return p;
}

OuObject *ou_code_new(const OuCodeSpec *spec)
{
    OuCode *co = (OuCode *)ou_object_new(&ou_code_type);
    if (co == NULL)
        return NULL;
    co->ncode = spec->ncode;
    co->nlocalsplus = (int)ou_tuple_size(spec->localsplusnames);
    co->nexc = spec->nexc;
    co->code = copy_array(spec->code, (size_t)spec->ncode, sizeof(uint16_t));
    co->localspluskinds = copy_array(spec->localspluskinds, (size_t)co->nlocalsplus, 1);
    co->positions = copy_array(spec->positions, (size_t)spec->ncode, sizeof(OuCodePos));
    co->exctable = copy_array(spec->exctable, (size_t)spec->nexc, sizeof(OuExcEntry));
    if (co->code == NULL || co->localspluskinds == NULL || co->positions == NULL
        || co->exctable == NULL) {
        OU_DECREF(co);
        return NULL;
    }
    if (spec->positions == NULL)
        memset(co->positions, 0xff, (size_t)(spec->ncode ? spec->ncode : 1) * sizeof(OuCodePos));
    co->consts = ou_newref(spec->consts);
    co->names = ou_newref(spec->names);
    co->localsplusnames = ou_newref(spec->localsplusnames);
    co->name = ou_newref(spec->name);
    co->qualname = ou_newref(spec->qualname);
    co->filename = ou_newref(spec->filename);
    co->argcount = spec->argcount;
    co->posonlyargcount = spec->posonlyargcount;
    co->kwonlyargcount = spec->kwonlyargcount;
    co->flags = spec->flags;
    co->stacksize = spec->stacksize;
    co->firstlineno = spec->firstlineno;
    for (int i = 0; i < co->nlocalsplus; i++) {
        uint8_t k = co->localspluskinds[i];
        co->nlocals += (k & OU_FAST_LOCAL) != 0;
        co->ncells += (k & OU_FAST_CELL) != 0;
        co->nfrees += (k & OU_FAST_FREE) != 0;
    }
    return (OuObject *)co;
}

static void code_dealloc(OuObject *self)
{
    OuCode *co = (OuCode *)self;
    OU_XDECREF(co->consts);
    OU_XDECREF(co->names);
    OU_XDECREF(co->localsplusnames);
    OU_XDECREF(co->name);
    OU_XDECREF(co->qualname);
    OU_XDECREF(co->filename);
    ou_mem_free(co->code);
    ou_mem_free(co->localspluskinds);
    ou_mem_free(co->positions);
    ou_mem_free(co->exctable);
    ou_mem_free(co->vm_cache);
    ou_object_free(self);
}

static int code_traverse(OuObject *self, OuVisitProc visit, void *arg)
{
    OU_VISIT(((OuCode *)self)->consts);
    return 0;
}

// ---- Queries ----

int ou_code_addr_to_line(OuCode *co, int offset)
{
    if (offset < 0 || offset >= co->ncode)
        return -1;
    return co->positions[offset].line;
}

int ou_code_positions(OuCode *co, int offset, int *line, int *end_line, int *col, int *end_col)
{
    if (offset < 0 || offset >= co->ncode)
        return 0;
    const OuCodePos *p = &co->positions[offset];
    *line = p->line;
    *end_line = p->end_line;
    *col = p->col;
    *end_col = p->end_col;
    return 1;
}

int ou_code_find_handler(OuCode *co, int offset, int *target, int *depth, int *lasti)
{
    // Sorted and disjoint: a binary search finds the only candidate.
    int lo = 0, hi = co->nexc;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        const OuExcEntry *e = &co->exctable[mid];
        if (offset < e->start)
            hi = mid;
        else if (offset >= e->end)
            lo = mid + 1;
        else {
            *target = e->target;
            *depth = e->depth;
            *lasti = e->lasti;
            return 1;
        }
    }
    return 0;
}

static OuObject *names_of_kind(OuCode *co, uint8_t kind)
{
    int n = 0;
    for (int i = 0; i < co->nlocalsplus; i++)
        n += (co->localspluskinds[i] & kind) != 0;
    OuObject *t = ou_tuple_new(n);
    if (t == NULL)
        return NULL;
    n = 0;
    for (int i = 0; i < co->nlocalsplus; i++)
        if (co->localspluskinds[i] & kind)
            ou_tuple_items(t)[n++] = ou_newref(ou_tuple_get(co->localsplusnames, i));
    return t;
}

OuObject *ou_code_varnames(OuCode *co) { return names_of_kind(co, OU_FAST_LOCAL); }
OuObject *ou_code_cellvars(OuCode *co) { return names_of_kind(co, OU_FAST_CELL); }
OuObject *ou_code_freevars(OuCode *co) { return names_of_kind(co, OU_FAST_FREE); }

// ---- Python-level attributes ----

static OuObject *code_repr(OuObject *self)
{
    OuCode *co = (OuCode *)self;
    return ou_str_from_format("<code object %s at %p, file \"%s\", line %d>",
                              ou_str_utf8(co->name), (void *)self,
                              ou_str_utf8(co->filename), co->firstlineno);
}

#define CODE(o) ((OuCode *)(o))
static OuObject *get_name(OuObject *s) { return ou_newref(CODE(s)->name); }
static OuObject *get_qualname(OuObject *s) { return ou_newref(CODE(s)->qualname); }
static OuObject *get_filename(OuObject *s) { return ou_newref(CODE(s)->filename); }
static OuObject *get_consts(OuObject *s) { return ou_newref(CODE(s)->consts); }
static OuObject *get_names(OuObject *s) { return ou_newref(CODE(s)->names); }
static OuObject *get_firstlineno(OuObject *s) { return ou_int_from_i64(CODE(s)->firstlineno); }
static OuObject *get_argcount(OuObject *s) { return ou_int_from_i64(CODE(s)->argcount); }
static OuObject *get_posonlyargcount(OuObject *s) { return ou_int_from_i64(CODE(s)->posonlyargcount); }
static OuObject *get_kwonlyargcount(OuObject *s) { return ou_int_from_i64(CODE(s)->kwonlyargcount); }
static OuObject *get_flags(OuObject *s) { return ou_int_from_i64(CODE(s)->flags); }
static OuObject *get_nlocals(OuObject *s) { return ou_int_from_i64(CODE(s)->nlocals); }
static OuObject *get_stacksize(OuObject *s) { return ou_int_from_i64(CODE(s)->stacksize); }
static OuObject *get_varnames(OuObject *s) { return ou_code_varnames(CODE(s)); }
static OuObject *get_cellvars(OuObject *s) { return ou_code_cellvars(CODE(s)); }
static OuObject *get_freevars(OuObject *s) { return ou_code_freevars(CODE(s)); }
#undef CODE

static const OuGetSetDef code_getsets[] = {
    {"co_name", get_name, NULL, NULL},
    {"co_qualname", get_qualname, NULL, NULL},
    {"co_filename", get_filename, NULL, NULL},
    {"co_consts", get_consts, NULL, NULL},
    {"co_names", get_names, NULL, NULL},
    {"co_firstlineno", get_firstlineno, NULL, NULL},
    {"co_argcount", get_argcount, NULL, NULL},
    {"co_posonlyargcount", get_posonlyargcount, NULL, NULL},
    {"co_kwonlyargcount", get_kwonlyargcount, NULL, NULL},
    {"co_flags", get_flags, NULL, NULL},
    {"co_nlocals", get_nlocals, NULL, NULL},
    {"co_stacksize", get_stacksize, NULL, NULL},
    {"co_varnames", get_varnames, NULL, NULL},
    {"co_cellvars", get_cellvars, NULL, NULL},
    {"co_freevars", get_freevars, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

OuType ou_code_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "code",
    .basicsize = sizeof(OuCode),
    .doc = "Create a code object.  Not for the faint of heart.",
    .dealloc = code_dealloc,
    .repr = code_repr,
    .traverse = code_traverse,
    .getsets = code_getsets,
};
