// gc/trace.h: allocation tracing, the engine under the `tracemalloc` module
// (stdlib/tracemalloc.c). Implemented in gc/mem.c, next to the allocation
// functions it hooks.
//
// While tracing is on, every block handed out by ou_mem_alloc/calloc/realloc
// (and so every object) is recorded as a trace: its requested size and the
// traceback of the Python frames executing at that moment, innermost first,
// at most `max_nframe` of them. ou_mem_free forgets the trace. Tracebacks are
// interned: equal tracebacks share one record, so a loop allocating a
// million objects on one line stores one traceback.
//
// The tables live in plain malloc memory, so tracing never traces itself and
// never disturbs the pools it is measuring. With tracing off the hooks cost
// one predictable branch per call.
#ifndef OURO_GC_TRACE_H
#define OURO_GC_TRACE_H

#include <stddef.h>
#include <stdint.h>
#include "runtime/object.h"

#define OU_TRACE_MAX_NFRAME 65535

typedef struct {
    OuObject *filename;         // str, a reference owned by the traceback
    int lineno;
} OuMemTraceFrame;

typedef struct {
    uint64_t hash;
    uint32_t index;             // position in OuTraceState.tracebacks
    uint16_t nframe;            // frames stored (innermost first)
    uint32_t total_nframe;      // frames that were on the stack
    OuMemTraceFrame frames[];
} OuMemTraceback;

typedef struct {
    uintptr_t ptr;              // 0: empty slot
    size_t size;                // bytes requested
    OuMemTraceback *tb;         // interned, owned by the state
} OuMemTrace;

typedef struct {
    int tracing;
    int paused;                 // >0: new blocks are not recorded
    int max_nframe;             // start(nframe); 1 until changed
    OuMemTrace *traces;         // open addressing on the pointer
    size_t traces_cap, ntraces; // capacity is 0 or a power of two
    OuMemTraceback **tb_table;  // open addressing on the traceback hash
    size_t tb_cap;
    OuMemTraceback **tracebacks;// every interned traceback, by index
    size_t ntracebacks, tracebacks_cap;
    OuMemTraceFrame *scratch;   // max_nframe frames: the traceback being built
    size_t traced, peak;        // bytes of the live traces, and their maximum
} OuTraceState;

// Begin tracing with tracebacks of up to `nframe` frames (1..65535). Already
// tracing: only the limit changes. 0, or -1 with MemoryError set.
int ou_mem_trace_start(int nframe);
void ou_mem_trace_stop(void);           // stop and forget every trace
void ou_mem_trace_clear(void);          // forget every trace, keep tracing
void ou_mem_trace_reset_peak(void);     // peak := current
OuTraceState *ou_mem_trace_state(void); // Borrowed: read-only for callers
// Suspend recording while a caller builds objects out of the tables (frees
// are still honoured). Calls nest.
void ou_mem_trace_pause(void);
void ou_mem_trace_resume(void);
// The trace of the block at `p`, or NULL. Borrowed; valid until the next
// allocation or free.
const OuMemTrace *ou_mem_trace_get(const void *p);
size_t ou_mem_trace_overhead(void);     // bytes the tables themselves use

#endif
