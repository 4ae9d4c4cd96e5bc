// stdlib/stream.h: sys.stdout, sys.stderr and sys.stdin for now: thin
// objects over a C stream, with the `write` and `flush` methods print() and
// user code need. The type is named TextIOWrapper, as CPython's.
#ifndef OURO_STDLIB_STREAM_H
#define OURO_STDLIB_STREAM_H

#include <stdio.h>
#include "runtime/object.h"

typedef struct {
    OU_OBJECT_HEAD
    FILE *fp;               // borrowed: stdout / stderr / stdin, never closed
    const char *name;       // "<stdout>"
    const char *mode;       // "w" or "r"
} OuStream;

extern OuType ou_stream_type;
static inline int ou_stream_check(OuObject *o) { return OU_TYPE(o) == &ou_stream_type; }
OuObject *ou_stream_new(FILE *fp, const char *name, const char *mode);   // New ref
// Write the UTF-8 of a str (borrowed) to `stream`: a C stream object is
// written directly, anything else through its `write` method. 0 / -1.
int ou_stream_write_str(OuObject *stream, OuObject *s);

#endif
