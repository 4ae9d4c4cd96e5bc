// stdlib/stream.h: file objects (stdlib/io.c): what `open()` returns and
// what sys.stdin, sys.stdout and sys.stderr are. One type over a C stream
// serves text and binary files; it is named TextIOWrapper, as CPython's
// text files are, and keeps CPython's behaviour for text: UTF-8, universal
// newlines when reading, sizes and counts in characters.
//
// Invariant: `fp` is NULL exactly when the file is closed; the standard
// streams are never closed by ouro (OU_STREAM_OWNED is clear for them).
#ifndef OURO_STDLIB_STREAM_H
#define OURO_STDLIB_STREAM_H

#include <stdio.h>
#include "runtime/object.h"

enum {
    OU_STREAM_READ = 1,
    OU_STREAM_WRITE = 2,
    OU_STREAM_BINARY = 4,
    OU_STREAM_OWNED = 8,        // fclose on close() and dealloc
};

// What `newline=` asked for. Universal (None) translates \r and \r\n to \n
// on reading; Any ('') splits lines at all three but keeps them; the rest
// split at (and write \n as) that one sequence.
typedef enum { OU_NL_UNIVERSAL, OU_NL_ANY, OU_NL_LF, OU_NL_CR, OU_NL_CRLF } OuNewline;

typedef struct {
    OU_OBJECT_HEAD
    FILE *fp;               // NULL once closed
    OuObject *name;         // the `name` attribute (str)
    OuObject *mode;         // the `mode` attribute (str), as given to open()
    OuObject *encoding;     // str; unused for binary files
    int flags;              // OU_STREAM_*
    OuNewline newline;
    int last_op;            // 1 read, 2 write: C streams need a seek between them
} OuStream;

extern OuType ou_stream_type;
// io.UnsupportedOperation (an OSError): reading a write-only file and so on.
extern OuType ou_exc_io_UnsupportedOperation;
static inline int ou_stream_check(OuObject *o) { return OU_TYPE(o) == &ou_stream_type; }
// A text stream over `fp` (borrowed: never closed), for the standard
// streams. New ref, or NULL with MemoryError.
OuObject *ou_stream_new(FILE *fp, const char *name, const char *mode);
// Write the UTF-8 of a str (borrowed) to `stream`: a file object is written
// directly, anything else through its `write` method. 0 / -1.
int ou_stream_write_str(OuObject *stream, OuObject *s);

// The builtins `open` and `input` (registered by stdlib/builtins.c). New
// ref, or NULL with an exception set.
OuObject *ou_io_open(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames);
OuObject *ou_io_input(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames);

#endif
