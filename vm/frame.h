// vm/frame.h: execution frames. A frame holds one activation of a code
// object: its fast locals (`localsplus`: locals, cells, free variables)
// followed by its value stack, in one allocation.
//
// A frame is an object so tracebacks can hold it: while it executes, the VM
// owns it (refcount 1, not tracked by the collector, since the running stack
// is a root anyway). When it finishes and nothing else holds it, it is
// freed at once. When a traceback still refers to it, it keeps its locals
// alive, as CPython's frames do, and is handed to the collector.
#ifndef OURO_VM_FRAME_H
#define OURO_VM_FRAME_H

#include "runtime/code.h"
#include "runtime/object.h"

typedef struct OuFrame {
    OU_OBJECT_HEAD
    struct OuFrame *back;       // the caller while executing (borrowed); NULL after
    OuCode *code;
    OuObject *func;             // the function being run, or NULL (module code)
    OuObject *globals;          // dict
    OuObject *builtins;         // dict
    OuObject *locals;           // namespace dict for module/class code, else NULL
    int lasti;                  // word index of the current instruction
    int stackdepth;             // value-stack items, saved while not executing
    uint8_t entry;              // returning from this frame leaves the C eval loop
    uint8_t finished;
    int capacity;               // slots allocated in localsplus (>= locals + stack)
    OuObject *localsplus[];     // code->nlocalsplus slots, then code->stacksize
} OuFrame;

extern OuType ou_frame_type;

// New ref: a frame for `code`; every slot empty. NULL + MemoryError.
// globals/builtins/locals/func are borrowed (the frame takes references).
OuFrame *ou_frame_new(OuCode *code, OuObject *func, OuObject *globals,
                      OuObject *builtins, OuObject *locals);
// The frame's activation is over: release the value stack; release the
// locals too unless something (a traceback) still holds the frame, in which
// case the frame is tracked by the collector. Steals the VM's reference.
void ou_frame_exit(OuFrame *f);
int ou_frame_lineno(OuFrame *f);    // the line being executed
void ou_frame_fini(void);           // release the free lists (at exit)
// locals() of `f`: its namespace dict, or a new snapshot of its fast locals
// (cells read through). New ref.
OuObject *ou_frame_locals(OuFrame *f);

#endif
