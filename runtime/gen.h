// runtime/gen.h: generators. Calling a generator function binds its
// arguments into a frame and wraps the frame in a generator instead of
// running it; each next()/send() resumes the frame in the VM until it yields
// (the frame is kept, suspended) or returns (the generator is done).
#ifndef OURO_RUNTIME_GEN_H
#define OURO_RUNTIME_GEN_H

#include "runtime/object.h"
#include "vm/frame.h"

typedef struct {
    OU_OBJECT_HEAD
    OuFrame *frame;         // NULL once finished
    OuObject *code;         // gi_code, kept after the frame is gone
    OuObject *name, *qualname;
    OuObject *exc_state;    // the exception being handled inside, kept while suspended
    OuObject *weakreflist;
    uint8_t running;
    uint8_t started;
} OuGen;

extern OuType ou_gen_type;
static inline int ou_gen_check(OuObject *o) { return OU_TYPE(o) == &ou_gen_type; }

// New ref: a generator owning `frame` (stolen), not started.
OuObject *ou_gen_new(OuFrame *frame);

typedef enum { OU_GEN_ERROR = -1, OU_GEN_RETURNED = 0, OU_GEN_YIELDED = 1 } OuGenStatus;
// Resume with `value` sent in (borrowed; NULL: None), or with the pending
// exception thrown in when `throw` is set. *result receives a new reference
// to the yielded or returned value; on OU_GEN_ERROR an exception is set.
OuGenStatus ou_gen_send_ex(OuObject *gen, OuObject *value, int throw, OuObject **result);

#endif
