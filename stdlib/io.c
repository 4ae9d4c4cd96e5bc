// stdlib/io.c: file objects (stdlib/stream.h), `open()` and `input()`.
//
// A file object is a C stream plus CPython's text layer done by hand: text
// is UTF-8, reads count characters (a character is a lead byte and its
// continuation bytes), and universal-newline reading turns \r and \r\n into
// \n as the bytes arrive, one pushed-back byte of lookahead at most, which
// is all `ungetc` promises. Writing text translates \n only for
// newline='\r' or '\r\n'. stdio needs a flush or seek between a read and a
// write on the same stream (`r+`), which `last_op` remembers.
#include "stdlib/stream.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "gc/gc.h"
#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

#define STREAM(o) ((OuStream *)(o))
enum { OP_READ = 1, OP_WRITE = 2 };

OuType ou_exc_io_UnsupportedOperation = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "io.UnsupportedOperation",
    .basicsize = sizeof(OuOSError),
    .flags = OU_TPFLAGS_GC | OU_TPFLAGS_BASETYPE | OU_TPFLAGS_BASE_EXC_SUBCLASS,
    .base = &ou_exc_OSError,
};

static OuObject *unsupported(const char *what)
{
    if (ou_type_ready(&ou_exc_io_UnsupportedOperation) < 0)
        return NULL;
    ou_err_set_string(&ou_exc_io_UnsupportedOperation, what);
    return NULL;
}

// ---- A growable byte buffer ----

typedef struct {
    char *p;
    size_t n, cap;
} Buf;

static int buf_put(Buf *b, int c)
{
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        char *p = ou_mem_realloc_or_raise(b->p, cap);
        if (p == NULL)
            return -1;
        b->p = p;
        b->cap = cap;
    }
    b->p[b->n++] = (char)c;
    return 0;
}

// The buffer's bytes as a str (text) or bytes (binary); frees the buffer.
static OuObject *buf_finish(Buf *b, int binary)
{
    OuObject *r = binary ? ou_bytes_from_data(b->p ? b->p : "", (ou_ssize_t)b->n)
                         : ou_str_decode_utf8(b->p ? b->p : "", (ou_ssize_t)b->n);
    ou_mem_free(b->p);
    return r;
}

// ---- Checks ----

static int check_open(OuStream *s)
{
    if (s->fp == NULL) {
        ou_err_set_string(&ou_exc_ValueError, "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

static int check_readable(OuStream *s)
{
    if (check_open(s) < 0)
        return -1;
    if (!(s->flags & OU_STREAM_READ)) {
        unsupported("not readable");
        return -1;
    }
    if (s->last_op == OP_WRITE)
        fflush(s->fp);
    s->last_op = OP_READ;
    return 0;
}

static int check_writable(OuStream *s)
{
    if (check_open(s) < 0)
        return -1;
    if (!(s->flags & OU_STREAM_WRITE)) {
        unsupported("not writable");
        return -1;
    }
    if (s->last_op == OP_READ)
        fseek(s->fp, 0, SEEK_CUR);
    s->last_op = OP_WRITE;
    return 0;
}

// ---- Reading ----

// The next byte, after universal-newline translation; EOF at the end.
static int next_byte(OuStream *s)
{
    int c = getc(s->fp);
    if (c == '\r' && s->newline == OU_NL_UNIVERSAL && !(s->flags & OU_STREAM_BINARY)) {
        int d = getc(s->fp);
        if (d != '\n' && d != EOF)
            ungetc(d, s->fp);
        return '\n';
    }
    return c;
}

static int is_lead_byte(int c) { return (c & 0xC0) != 0x80; }

// After the last counted character, take its continuation bytes too.
static int finish_char(OuStream *s, Buf *b)
{
    int c;
    while ((c = getc(s->fp)) != EOF) {
        if (is_lead_byte(c)) {
            ungetc(c, s->fp);
            break;
        }
        if (buf_put(b, c) < 0)
            return -1;
    }
    return 0;
}

// Up to `limit` characters (bytes for binary files; all when negative).
static OuObject *read_chars(OuStream *s, ou_ssize_t limit)
{
    int binary = (s->flags & OU_STREAM_BINARY) != 0;
    Buf b = { NULL, 0, 0 };
    ou_ssize_t count = 0;
    int c;
    while (limit < 0 || count < limit) {
        if ((c = next_byte(s)) == EOF)
            break;
        if (buf_put(&b, c) < 0)
            goto fail;
        if (binary || is_lead_byte(c))
            count++;
    }
    if (!binary && limit >= 0 && count == limit && finish_char(s, &b) < 0)
        goto fail;
    return buf_finish(&b, binary);
fail:
    ou_mem_free(b.p);
    return NULL;
}

// One line, its ending included, of at most `limit` characters (no limit
// when negative). An empty result means the end of the file.
static OuObject *read_line(OuStream *s, ou_ssize_t limit)
{
    int binary = (s->flags & OU_STREAM_BINARY) != 0;
    OuNewline nl = binary ? OU_NL_LF : s->newline;
    Buf b = { NULL, 0, 0 };
    ou_ssize_t count = 0;
    int c;
    while (limit < 0 || count < limit) {
        if ((c = next_byte(s)) == EOF)
            break;
        if (buf_put(&b, c) < 0)
            goto fail;
        if (binary || is_lead_byte(c))
            count++;
        if (c == '\n' && (nl == OU_NL_UNIVERSAL || nl == OU_NL_ANY || nl == OU_NL_LF))
            break;
        if (c == '\n' && nl == OU_NL_CRLF && b.n >= 2 && b.p[b.n - 2] == '\r')
            break;
        if (c == '\r' && (nl == OU_NL_CR || nl == OU_NL_ANY)) {
            if (nl == OU_NL_ANY) {
                int d = getc(s->fp);
                if (d == '\n') {
                    if (buf_put(&b, d) < 0)
                        goto fail;
                } else if (d != EOF) {
                    ungetc(d, s->fp);
                }
            }
            break;
        }
    }
    if (!binary && limit >= 0 && count == limit && finish_char(s, &b) < 0)
        goto fail;
    return buf_finish(&b, binary);
fail:
    ou_mem_free(b.p);
    return NULL;
}

static int is_empty(OuObject *o)
{
    return ou_str_check(o) ? ou_str_size(o) == 0 : ou_bytes_size(o) == 0;
}

// An optional size argument: None or missing mean -1.
static int size_arg(const char *fname, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames,
                    ou_ssize_t *size)
{
    static const char *const names[] = { "", NULL };
    OuObject *a[1] = { NULL };
    if (ou_args_parse(fname, args, nargs, kwnames, names, 0, 1, a) < 0)
        return -1;
    *size = -1;
    if (a[0] == NULL || a[0] == ou_None)
        return 0;
    if (!ou_int_check(a[0])) {
        ou_err_format(&ou_exc_TypeError, "argument should be integer or None, not '%s'", ou_type_name(a[0]));
        return -1;
    }
    return ou_arg_ssize(a[0], size);
}

static OuObject *stream_read(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    ou_ssize_t n;
    if (size_arg("read", args, nargs, kwnames, &n) < 0 || check_readable(STREAM(self)) < 0)
        return NULL;
    return read_chars(STREAM(self), n);
}

static OuObject *stream_readline(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    ou_ssize_t n;
    if (size_arg("readline", args, nargs, kwnames, &n) < 0 || check_readable(STREAM(self)) < 0)
        return NULL;
    return read_line(STREAM(self), n);
}

// readlines(hint): stop once the lines read so far reach `hint` characters.
static OuObject *stream_readlines(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    ou_ssize_t hint;
    if (size_arg("readlines", args, nargs, kwnames, &hint) < 0 || check_readable(STREAM(self)) < 0)
        return NULL;
    OuObject *list = ou_list_new(0);
    if (list == NULL)
        return NULL;
    ou_ssize_t total = 0;
    for (;;) {
        OuObject *line = read_line(STREAM(self), -1);
        if (line == NULL)
            goto fail;
        if (is_empty(line)) {
            OU_DECREF(line);
            break;
        }
        total += ou_str_check(line) ? ou_str_length(line) : ou_bytes_size(line);
        int r = ou_list_append(list, line);
        OU_DECREF(line);
        if (r < 0)
            goto fail;
        if (hint > 0 && total >= hint)
            break;
    }
    return list;
fail:
    OU_DECREF(list);
    return NULL;
}

static OuObject *stream_iter(OuObject *self)
{
    if (check_open(STREAM(self)) < 0)
        return NULL;
    return ou_newref(self);
}

static OuObject *stream_iternext(OuObject *self)
{
    if (check_readable(STREAM(self)) < 0)
        return NULL;
    OuObject *line = read_line(STREAM(self), -1);
    if (line != NULL && is_empty(line)) {
        OU_DECREF(line);
        return NULL;
    }
    return line;
}

// ---- Writing ----

static int write_text(OuStream *s, OuObject *str)
{
    const char *p = ou_str_utf8(str);
    size_t n = (size_t)ou_str_size(str);
    if (s->newline == OU_NL_CR || s->newline == OU_NL_CRLF) {
        const char *eol = s->newline == OU_NL_CR ? "\r" : "\r\n";
        for (size_t i = 0; i < n; i++) {
            if (p[i] == '\n')
                fputs(eol, s->fp);
            else
                putc(p[i], s->fp);
        }
    } else {
        fwrite(p, 1, n, s->fp);
    }
    if (ferror(s->fp)) {
        clearerr(s->fp);
        ou_err_from_errno(NULL);
        return -1;
    }
    return 0;
}

int ou_stream_write_str(OuObject *stream, OuObject *s)
{
    if (ou_stream_check(stream) && !(STREAM(stream)->flags & OU_STREAM_BINARY)) {
        if (check_writable(STREAM(stream)) < 0)
            return -1;
        return write_text(STREAM(stream), s);
    }
    OuObject *r = ou_call_method(stream, "write", &s, 1);
    if (r == NULL)
        return -1;
    OU_DECREF(r);
    return 0;
}

static OuObject *stream_write(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuStream *s = STREAM(self);
    if (ou_args_no_kw("write", kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return ou_err_format(&ou_exc_TypeError, "write() takes exactly one argument (%zd given)", nargs);
    OuObject *data = args[0];
    if (s->flags & OU_STREAM_BINARY) {
        if (!ou_bytes_check(data))
            return ou_err_format(&ou_exc_TypeError, "a bytes-like object is required, not '%s'", ou_type_name(data));
        if (check_writable(s) < 0)
            return NULL;
        fwrite(ou_bytes_data(data), 1, (size_t)ou_bytes_size(data), s->fp);
        return ou_int_from_i64(ou_bytes_size(data));
    }
    if (!ou_str_check(data))
        return ou_err_format(&ou_exc_TypeError, "write() argument must be str, not %s", ou_type_name(data));
    if (check_writable(s) < 0 || write_text(s, data) < 0)
        return NULL;
    return ou_int_from_i64(ou_str_length(data));
}

static OuObject *stream_writelines(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("writelines", kwnames) < 0 || ou_args_count("writelines", nargs, 1, 1) < 0)
        return NULL;
    if (check_open(STREAM(self)) < 0)
        return NULL;
    OuObject *it = ou_object_iter(args[0]);
    if (it == NULL)
        return NULL;
    OuObject *line;
    while ((line = ou_iter_next(it)) != NULL) {
        OuObject *r = stream_write(self, &line, 1, NULL);
        OU_DECREF(line);
        if (r == NULL) {
            OU_DECREF(it);
            return NULL;
        }
        OU_DECREF(r);
    }
    OU_DECREF(it);
    if (ou_err_occurred())
        return NULL;
    return ou_return_none();
}

// ---- The rest of the file protocol ----

static int close_stream(OuStream *s)
{
    FILE *fp = s->fp;
    s->fp = NULL;
    if (fp == NULL)
        return 0;
    if (!(s->flags & OU_STREAM_OWNED))
        return fflush(fp);
    return fclose(fp);
}

static OuObject *stream_close(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("close", kwnames) < 0 || ou_args_count("close", nargs, 0, 0) < 0)
        return NULL;
    if (close_stream(STREAM(self)) != 0)
        return ou_err_from_errno(NULL);
    return ou_return_none();
}

static OuObject *stream_flush(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("flush", kwnames) < 0 || ou_args_count("flush", nargs, 0, 0) < 0)
        return NULL;
    if (check_open(STREAM(self)) < 0)
        return NULL;
    fflush(STREAM(self)->fp);
    return ou_return_none();
}

static OuObject *stream_fileno(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("fileno", kwnames) < 0 || ou_args_count("fileno", nargs, 0, 0) < 0)
        return NULL;
    if (check_open(STREAM(self)) < 0)
        return NULL;
    return ou_int_from_i64(fileno(STREAM(self)->fp));
}

static OuObject *stream_tell(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("tell", kwnames) < 0 || ou_args_count("tell", nargs, 0, 0) < 0)
        return NULL;
    if (check_open(STREAM(self)) < 0)
        return NULL;
    long pos = ftell(STREAM(self)->fp);
    if (pos < 0)
        return ou_err_from_errno(NULL);
    return ou_int_from_i64(pos);
}

// seek(offset, whence=0). Text files take only the positions tell() gave
// and seeks to the current position or the end, as CPython's do.
static OuObject *stream_seek(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    OuStream *s = STREAM(self);
    if (ou_args_no_kw("seek", kwnames) < 0 || ou_args_count("seek", nargs, 1, 2) < 0)
        return NULL;
    ou_ssize_t offset, whence = 0;
    if (ou_arg_ssize(args[0], &offset) < 0 || (nargs > 1 && ou_arg_ssize(args[1], &whence) < 0))
        return NULL;
    if (check_open(s) < 0)
        return NULL;
    if (whence < 0 || whence > 2)
        return ou_err_format(&ou_exc_ValueError, "invalid whence (%zd, should be 0, 1 or 2)", whence);
    if (!(s->flags & OU_STREAM_BINARY)) {
        if (whence == 1 && offset != 0)
            return unsupported("can't do nonzero cur-relative seeks");
        if (whence == 2 && offset != 0)
            return unsupported("can't do nonzero end-relative seeks");
        if (offset < 0)
            return ou_err_format(&ou_exc_ValueError, "negative seek position %zd", offset);
    }
    if (fseek(s->fp, (long)offset, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END) != 0)
        return ou_err_from_errno(NULL);
    s->last_op = 0;
    return ou_int_from_i64(ftell(s->fp));
}

static OuObject *flag_method(OuObject *self, const char *fname, ou_ssize_t nargs, OuObject *kwnames, int flag)
{
    if (ou_args_no_kw(fname, kwnames) < 0 || ou_args_count(fname, nargs, 0, 0) < 0)
        return NULL;
    if (check_open(STREAM(self)) < 0)
        return NULL;
    return ou_newref((STREAM(self)->flags & flag) ? ou_True : ou_False);
}

static OuObject *stream_readable(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return flag_method(self, "readable", nargs, kwnames, OU_STREAM_READ);
}

static OuObject *stream_writable(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return flag_method(self, "writable", nargs, kwnames, OU_STREAM_WRITE);
}

static OuObject *stream_seekable(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("seekable", kwnames) < 0 || ou_args_count("seekable", nargs, 0, 0) < 0)
        return NULL;
    if (check_open(STREAM(self)) < 0)
        return NULL;
    return ou_newref(lseek(fileno(STREAM(self)->fp), 0, SEEK_CUR) >= 0 ? ou_True : ou_False);
}

static OuObject *stream_isatty(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("isatty", kwnames) < 0 || ou_args_count("isatty", nargs, 0, 0) < 0)
        return NULL;
    if (check_open(STREAM(self)) < 0)
        return NULL;
    return ou_newref(isatty(fileno(STREAM(self)->fp)) ? ou_True : ou_False);
}

static OuObject *stream_enter(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (check_open(STREAM(self)) < 0)
        return NULL;
    return ou_newref(self);
}

static OuObject *stream_exit(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    return stream_close(self, NULL, 0, NULL);
}

static const OuMethodDef stream_methods[] = {
    { "read", stream_read, 0, "Read at most size characters from stream." },
    { "readline", stream_readline, 0, "Read until newline or EOF." },
    { "readlines", stream_readlines, 0, "Return a list of lines from the stream." },
    { "write", stream_write, 0, "Write string to stream." },
    { "writelines", stream_writelines, 0, "Write a list of lines to stream." },
    { "close", stream_close, 0, "Flush and close the IO object." },
    { "flush", stream_flush, 0, "Flush the write buffers of the stream." },
    { "fileno", stream_fileno, 0, "Return the underlying file descriptor." },
    { "tell", stream_tell, 0, "Return the stream position." },
    { "seek", stream_seek, 0, "Change the stream position." },
    { "readable", stream_readable, 0, "Return whether object was opened for reading." },
    { "writable", stream_writable, 0, "Return whether object was opened for writing." },
    { "seekable", stream_seekable, 0, "Return whether object supports random access." },
    { "isatty", stream_isatty, 0, "Return whether this is an 'interactive' stream." },
    { "__enter__", stream_enter, 0, NULL },
    { "__exit__", stream_exit, 0, NULL },
    { NULL, NULL, 0, NULL },
};

static OuObject *get_closed(OuObject *self) { return ou_newref(STREAM(self)->fp ? ou_False : ou_True); }
static OuObject *get_name(OuObject *self) { return ou_newref(STREAM(self)->name); }
static OuObject *get_mode(OuObject *self) { return ou_newref(STREAM(self)->mode); }

static OuObject *get_encoding(OuObject *self)
{
    if (STREAM(self)->flags & OU_STREAM_BINARY)
        return ou_err_format(&ou_exc_AttributeError, "'_io.BufferedReader' object has no attribute 'encoding'");
    return ou_newref(STREAM(self)->encoding);
}

static OuObject *get_errors(OuObject *self) { return ou_str_from_cstr("strict"); }

static const OuGetSetDef stream_getsets[] = {
    { "closed", get_closed, NULL, NULL },
    { "name", get_name, NULL, NULL },
    { "mode", get_mode, NULL, NULL },
    { "encoding", get_encoding, NULL, NULL },
    { "errors", get_errors, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static void stream_dealloc(OuObject *self)
{
    OuStream *s = STREAM(self);
    close_stream(s);
    OU_CLEAR(s->name);
    OU_CLEAR(s->mode);
    OU_CLEAR(s->encoding);
    ou_object_free(self);
}

static OuObject *stream_repr(OuObject *self)
{
    OuStream *s = STREAM(self);
    if (s->flags & OU_STREAM_BINARY) {
        const char *kind = (s->flags & OU_STREAM_READ) && (s->flags & OU_STREAM_WRITE) ? "BufferedRandom"
                           : (s->flags & OU_STREAM_READ)                                ? "BufferedReader"
                                                                                         : "BufferedWriter";
        return ou_str_from_format("<_io.%s name=%R>", kind, s->name);
    }
    return ou_str_from_format("<_io.TextIOWrapper name=%R mode=%R encoding=%R>", s->name, s->mode, s->encoding);
}

OuType ou_stream_type = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(OuStream),
    .dealloc = stream_dealloc,
    .repr = stream_repr,
    .iter = stream_iter,
    .iternext = stream_iternext,
    .methods = stream_methods,
    .getsets = stream_getsets,
};

// ---- Construction ----

static OuStream *stream_alloc(OuObject *name, OuObject *mode, OuObject *encoding)
{
    OuStream *s = (OuStream *)ou_object_new(&ou_stream_type);
    if (s == NULL)
        return NULL;
    s->name = ou_newref(name);
    s->mode = ou_newref(mode);
    s->encoding = ou_newref(encoding);
    return s;
}

OuObject *ou_stream_new(FILE *fp, const char *name, const char *mode)
{
    OuObject *n = ou_str_from_cstr(name);
    OuObject *m = ou_str_from_cstr(mode);
    OuObject *e = ou_str_from_cstr("utf-8");
    OuStream *s = n && m && e ? stream_alloc(n, m, e) : NULL;
    OU_XDECREF(n);
    OU_XDECREF(m);
    OU_XDECREF(e);
    if (s == NULL)
        return NULL;
    s->fp = fp;
    s->flags = mode[0] == 'r' ? OU_STREAM_READ : OU_STREAM_WRITE;
    // The standard streams split lines at \n only and translate nothing,
    // as CPython's do on POSIX systems.
    s->newline = OU_NL_LF;
    return (OuObject *)s;
}

// Mode letters to open(2) flags and stream flags, as _io.open checks them.
static int parse_mode(OuObject *mode, int *oflags, int *sflags, const char **cmode)
{
    const char *m = ou_str_utf8(mode);
    int creating = 0, reading = 0, writing = 0, appending = 0, updating = 0, text = 0, binary = 0;
    for (const char *p = m; *p; p++) {
        if (strchr("rwxabt+", *p) == NULL || strchr(p + 1, *p) != NULL) {
            ou_err_format(&ou_exc_ValueError, "invalid mode: %R", mode);
            return -1;
        }
        creating |= *p == 'x';
        reading |= *p == 'r';
        writing |= *p == 'w';
        appending |= *p == 'a';
        updating |= *p == '+';
        text |= *p == 't';
        binary |= *p == 'b';
    }
    if (text && binary) {
        ou_err_set_string(&ou_exc_ValueError, "can't have text and binary mode at once");
        return -1;
    }
    if (creating + reading + writing + appending != 1) {
        ou_err_set_string(&ou_exc_ValueError, "must have exactly one of create/read/write/append mode");
        return -1;
    }
    int acc = updating ? O_RDWR : reading ? O_RDONLY : O_WRONLY;
    *oflags = acc | O_CLOEXEC | (writing ? O_CREAT | O_TRUNC : 0) | (appending ? O_CREAT | O_APPEND : 0)
              | (creating ? O_CREAT | O_EXCL : 0);
    *sflags = OU_STREAM_OWNED | (binary ? OU_STREAM_BINARY : 0)
              | (reading || updating ? OU_STREAM_READ : 0) | (reading && !updating ? 0 : OU_STREAM_WRITE);
    *cmode = reading ? (updating ? "r+" : "r") : appending ? (updating ? "a+" : "a") : (updating ? "w+" : "w");
    return 0;
}

static int parse_newline(OuObject *nl, OuNewline *out)
{
    static const struct { const char *s; OuNewline v; } table[] = {
        { "", OU_NL_ANY }, { "\n", OU_NL_LF }, { "\r", OU_NL_CR }, { "\r\n", OU_NL_CRLF },
    };
    *out = OU_NL_UNIVERSAL;
    if (nl == NULL || nl == ou_None)
        return 0;
    if (!ou_str_check(nl)) {
        ou_err_format(&ou_exc_TypeError, "open() argument 'newline' must be str or None, not %s", ou_type_name(nl));
        return -1;
    }
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (ou_str_eq_cstr(nl, table[i].s)) {
            *out = table[i].v;
            return 0;
        }
    ou_err_format(&ou_exc_ValueError, "illegal newline value: %U", nl);
    return -1;
}

// Only UTF-8 (and ASCII, its subset) is supported.
static int check_encoding(OuObject *enc)
{
    char norm[32];
    size_t n = 0;
    for (const char *p = ou_str_utf8(enc); *p && n < sizeof norm - 1; p++)
        if (*p != '-' && *p != '_')
            norm[n++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
    norm[n] = '\0';
    static const char *const known[] = { "utf8", "u8", "utf", "ascii", "usascii", NULL };
    for (int i = 0; known[i]; i++)
        if (strcmp(norm, known[i]) == 0)
            return 0;
    ou_err_format(&ou_exc_LookupError, "unknown encoding: %U", enc);
    return -1;
}

OuObject *ou_io_open(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    static const char *const names[] = { "file", "mode", "buffering", "encoding", "errors",
                                         "newline", "closefd", "opener", NULL };
    OuObject *a[8] = { NULL };
    if (ou_args_parse("open", args, nargs, kwnames, names, 1, 8, a) < 0)
        return NULL;
    OuObject *file = a[0], *mode = a[1], *encoding = a[3], *newline = a[5];
    if (!ou_str_check(file))
        return ou_err_format(&ou_exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                             ou_type_name(file));
    if (mode != NULL && !ou_str_check(mode))
        return ou_err_format(&ou_exc_TypeError, "open() argument 'mode' must be str, not %s", ou_type_name(mode));
    if (encoding == ou_None)
        encoding = NULL;
    if (encoding != NULL && !ou_str_check(encoding))
        return ou_err_format(&ou_exc_TypeError, "open() argument 'encoding' must be str or None, not %s",
                             ou_type_name(encoding));
    OuObject *default_mode = mode ? NULL : ou_str_from_cstr("r");
    if (mode == NULL && (mode = default_mode) == NULL)
        return NULL;
    OuObject *result = NULL;
    int oflags, sflags;
    const char *cmode;
    OuNewline nl;
    if (parse_mode(mode, &oflags, &sflags, &cmode) < 0)
        goto done;
    if (sflags & OU_STREAM_BINARY) {
        if (encoding != NULL) {
            ou_err_set_string(&ou_exc_ValueError, "binary mode doesn't take an encoding argument");
            goto done;
        }
        if (newline != NULL && newline != ou_None) {
            ou_err_set_string(&ou_exc_ValueError, "binary mode doesn't take a newline argument");
            goto done;
        }
    }
    int fd = open(ou_str_utf8(file), oflags, 0666);
    if (fd < 0) {
        ou_err_from_errno(file);
        goto done;
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        errno = EISDIR;
        ou_err_from_errno(file);
        goto done;
    }
    // CPython opens the file before its text layer checks these two.
    if (parse_newline(newline, &nl) < 0 || (encoding != NULL && check_encoding(encoding) < 0)) {
        close(fd);
        goto done;
    }
    // Appending starts at the end, so tell() answers as CPython's does.
    if (oflags & O_APPEND)
        lseek(fd, 0, SEEK_END);
    FILE *fp = fdopen(fd, cmode);
    if (fp == NULL) {
        close(fd);
        ou_err_from_errno(file);
        goto done;
    }
    OuObject *enc = encoding ? ou_newref(encoding) : ou_str_from_cstr("utf-8");
    OuStream *s = enc ? stream_alloc(file, mode, enc) : NULL;
    OU_XDECREF(enc);
    if (s == NULL) {
        fclose(fp);
        goto done;
    }
    s->fp = fp;
    s->flags = sflags;
    s->newline = nl;
    result = (OuObject *)s;
done:
    OU_XDECREF(default_mode);
    return result;
}

// ---- input() ----

static OuObject *sys_stream(const char *name)
{
    OuObject *s = ou_state.sys ? ou_dict_getitem_str(ou_module_dict(ou_state.sys), name) : NULL;
    if (s == NULL || s == ou_None) {
        if (!ou_err_occurred())
            ou_err_format(&ou_exc_RuntimeError, "input(): lost sys.%s", name);
        return NULL;
    }
    return s;
}

OuObject *ou_io_input(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("input", kwnames) < 0)
        return NULL;
    if (nargs > 1)
        return ou_err_format(&ou_exc_TypeError, "input expected at most 1 argument, got %zd", nargs);
    OuObject *in = sys_stream("stdin");
    OuObject *out = in ? sys_stream("stdout") : NULL;
    if (out == NULL)
        return NULL;
    // Whatever went to stderr so far must come before the prompt.
    OuObject *err = ou_dict_getitem_str(ou_module_dict(ou_state.sys), "stderr");
    if (err != NULL && ou_stream_check(err) && STREAM(err)->fp != NULL)
        fflush(STREAM(err)->fp);
    if (nargs == 1) {
        OuObject *prompt = ou_object_str(args[0]);
        if (prompt == NULL)
            return NULL;
        int r = ou_stream_write_str(out, prompt);
        OU_DECREF(prompt);
        if (r < 0)
            return NULL;
    }
    OuObject *fl = ou_call_method(out, "flush", NULL, 0);
    if (fl == NULL)
        return NULL;
    OU_DECREF(fl);
    OuObject *line = ou_call_method(in, "readline", NULL, 0);
    if (line == NULL)
        return NULL;
    if (!ou_str_check(line)) {
        OU_DECREF(line);
        return ou_err_format(&ou_exc_TypeError, "object.readline() returned non-string");
    }
    ou_ssize_t n = ou_str_size(line);
    if (n == 0) {
        OU_DECREF(line);
        ou_err_set_string(&ou_exc_EOFError, "EOF when reading a line");
        return NULL;
    }
    if (ou_str_utf8(line)[n - 1] != '\n')
        return line;
    OuObject *r = ou_str_from_utf8(ou_str_utf8(line), n - 1);
    OU_DECREF(line);
    return r;
}
