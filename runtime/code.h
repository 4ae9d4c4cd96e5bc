// runtime/code.h: code objects, the compiler's output and the VM's input.
// A code object is immutable once built: bytecode, constants, names, the
// layout of the frame's `localsplus` array, a position table for tracebacks
// and the exception table that replaces block stacks (CPython 3.11's model).
//
// Bytecode is an array of 16-bit words:
//
//     15        8 7         0
//     +----------+----------+
//     |   arg    |  opcode  |      opcodes: compiler/opcodes.h
//     +----------+----------+
//
// An argument above 255 is spread over EXTENDED_ARG prefixes, most
// significant byte first; jump targets are absolute word indexes, and they
// point at the first prefix of the target instruction. "Offset" below always
// means a word index (dis prints byte offsets, twice that).
//
// localsplus layout (the frame's fast slots, `nlocalsplus` of them):
//     [0 .. nlocals)                      plain locals, arguments first
//     [nlocals .. nlocals + ncells')      cells that are not arguments
//     [nlocalsplus - nfrees .. )          free variables (from the closure)
// An argument that is also a cell keeps its argument slot and has kind
// LOCAL|CELL; MAKE_CELL wraps the argument's value at function entry. So
// `ncells` (co_cellvars) counts all cells, and ncells' = ncells - the number
// of argument cells.
#ifndef OURO_RUNTIME_CODE_H
#define OURO_RUNTIME_CODE_H

#include <stdint.h>
#include "runtime/object.h"

// co_flags: CPython's values.
enum {
    OU_CO_OPTIMIZED = 0x0001,       // locals in fast slots (functions)
    OU_CO_NEWLOCALS = 0x0002,       // a fresh locals namespace per call
    OU_CO_VARARGS = 0x0004,         // *args
    OU_CO_VARKEYWORDS = 0x0008,     // **kwargs
    OU_CO_NESTED = 0x0010,          // defined inside another function
    OU_CO_GENERATOR = 0x0020,       // contains yield
    OU_CO_NOFREE = 0x0040,          // no cells and no free variables
    OU_CO_COROUTINE = 0x0080,       // reserved (async is rejected)
};

// Kinds of localsplus slots (CPython 3.11's CO_FAST_* bits).
enum {
    OU_FAST_LOCAL = 0x20,
    OU_FAST_CELL = 0x40,
    OU_FAST_FREE = 0x80,
};

// Source span of one instruction word. -1 when unknown. Columns are 0-based
// byte offsets into the UTF-8 line, end exclusive, as the AST's.
typedef struct {
    int line, end_line, col, end_col;
} OuCodePos;

// One exception table entry: an exception raised by an instruction in
// [start, end) jumps to `target` after the value stack is cut to `depth`
// items; when `lasti` is set, the offset of the raising instruction is pushed
// (as an int) before the exception. Entries do not overlap; a nested handler
// is expressed by splitting ranges, so the first match is the only match.
typedef struct {
    int start, end, target, depth, lasti;
} OuExcEntry;

typedef struct {
    OU_OBJECT_HEAD
    uint16_t *code;             // ncode words (owned)
    int ncode;
    OuObject *consts;           // tuple
    OuObject *names;            // tuple of interned str: globals, attributes, imports
    OuObject *localsplusnames;  // tuple of interned str, nlocalsplus long
    uint8_t *localspluskinds;   // nlocalsplus OU_FAST_* bytes (owned)
    int nlocalsplus;
    int argcount;               // positional parameters, posonly included
    int posonlyargcount;
    int kwonlyargcount;
    int flags;                  // OU_CO_*
    int nlocals;                // slots of kind LOCAL (co_nlocals)
    int ncells;                 // slots of kind CELL, argument cells included
    int nfrees;                 // slots of kind FREE
    int stacksize;              // maximum value-stack depth
    int firstlineno;
    OuObject *name;             // str: "f", "<module>", "<lambda>", "<listcomp>"
    OuObject *qualname;         // str: "C.f.<locals>.g"
    OuObject *filename;         // str
    OuCodePos *positions;       // ncode entries (owned); prefixes share their instruction's
    OuExcEntry *exctable;       // nexc entries sorted by start (owned)
    int nexc;
    // Reserved for the VM (inline caches): freed with ou_mem_free when the
    // code object dies. The compiler leaves it NULL.
    void *vm_cache;
    OuObject *weakreflist;      // reserved for weak references
} OuCode;

extern OuType ou_code_type;
static inline int ou_code_check(OuObject *o) { return OU_TYPE(o) == &ou_code_type; }

// Everything ou_code_new needs. Arrays are copied; objects are borrowed (the
// code object takes its own references). `names`/`localsplusnames` items
// should already be interned; ou_code_new interns them again to be sure.
typedef struct {
    const uint16_t *code;
    int ncode;
    OuObject *consts, *names, *localsplusnames;   // tuples
    const uint8_t *localspluskinds;
    int argcount, posonlyargcount, kwonlyargcount, flags;
    int stacksize, firstlineno;
    OuObject *name, *qualname, *filename;         // str
    const OuCodePos *positions;                   // ncode entries, or NULL: all unknown
    const OuExcEntry *exctable;
    int nexc;
} OuCodeSpec;

// New ref. nlocals/ncells/nfrees are counted from the kinds. NULL + MemoryError.
OuObject *ou_code_new(const OuCodeSpec *spec);

// The line of the instruction at word `offset`, or -1 when unknown.
int ou_code_addr_to_line(OuCode *co, int offset);
// Positions of the instruction at word `offset`: 1 when known (all four
// filled; any may still be -1), 0 when offset is out of range.
int ou_code_positions(OuCode *co, int offset, int *line, int *end_line, int *col, int *end_col);
// The handler for an exception raised at word `offset`: 1 and the entry's
// fields when one covers it, 0 otherwise.
int ou_code_find_handler(OuCode *co, int offset, int *target, int *depth, int *lasti);

// Tuples of the names of one kind, in localsplus order (co_varnames,
// co_cellvars, co_freevars). New ref.
OuObject *ou_code_varnames(OuCode *co);
OuObject *ou_code_cellvars(OuCode *co);
OuObject *ou_code_freevars(OuCode *co);

#endif
