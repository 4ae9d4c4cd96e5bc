// runtime/state.h: `OuState`, all mutable global state of the interpreter in
// one place, built from the subsystems' parts. Statics elsewhere hold only
// const tables (and the statically allocated built-in types and singletons,
// whose refcounts are the only thing that changes in them).
#ifndef OURO_RUNTIME_STATE_H
#define OURO_RUNTIME_STATE_H

#include "gc/gc.h"
#include "gc/trace.h"
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/object.h"
#include "runtime/tuple.h"

#define OU_SMALL_INT_MIN (-5)
#define OU_SMALL_INT_MAX 256

struct OuFrame;

typedef struct {
    OuMemState mem;
    OuTraceState trace;             // tracemalloc (gc/mem.c)
    OuGCState gc;

    OuObject *exc;                  // the pending exception instance, or NULL
    OuObject *handled_exc;          // the exception an `except` block is handling, or NULL
    OuObject *memory_error;         // preallocated MemoryError instance

    struct OuFrame *frame;          // the innermost executing frame
    int recursion_depth;            // Python frames + guarded C recursion
    int recursion_limit;            // sys.setrecursionlimit; default 1000
    int recursion_headroom;         // extra depth granted while raising RecursionError

    OuObject *small_ints[OU_SMALL_INT_MAX - OU_SMALL_INT_MIN + 1];
    OuObject *empty_tuple;
    OuObject *empty_str;
    OuObject *latin1_chars[256];    // one-character strings, created on demand
    OuObject *interned;             // dict: str -> the interned str
    // Interned names of special methods, keyed by the address of their C
    // string (runtime/slots.c): operators on instances look them up often.
    struct { const char *key; OuObject *name; } dunder_cache[128];
    OuObject *repr_stack;           // list: containers whose repr is in progress
    OuType *ready_types[256];       // static types readied so far (released at exit)
    int nready_types;
    int int_max_str_digits;         // sys.set_int_max_str_digits; default 4300
    OuTupleFreeLists tuple_free;    // per-type free lists (runtime/tuple.c, list.c, dict.c, float.c)
    OuListFreeList list_free;
    OuDictFreeList dict_free;
    struct OuFrame *frame_free[4];  // freed frames by capacity (8, 16, 24, 32 slots), vm/frame.c
    int frame_nfree[4];
    OuObject *float_free_list;      // freed floats kept for reuse, linked through their type field
    int float_free_count;

    OuObject *builtins;             // the builtins module's dict
    OuObject *modules;              // sys.modules
    OuObject *sys;                  // the sys module
    OuObject *main_module;          // __main__
    int exit_status;                // set by SystemExit handling in cli/
    int trash_depth;                // nesting of container deallocs (gc/trashcan.c)
    int trash_emptying;
    OuObject *trash_list;           // containers parked to be freed
} OuState;

extern OuState ou_state;

// Bring up / tear down every subsystem in order (runtime/lifecycle.c).
int ou_runtime_init(int argc, char **argv);   // 0 / -1 (fatal message printed)
void ou_runtime_finalize(void);               // frees every object and arena

#endif
