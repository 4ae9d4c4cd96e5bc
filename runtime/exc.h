// runtime/exc.h: exception instances. The types come from the one list,
// runtime/exc_list.h; each `layout` there names one of the structs below.
#ifndef OURO_RUNTIME_EXC_H
#define OURO_RUNTIME_EXC_H

#include "runtime/error.h"
#include "runtime/object.h"

#define OU_EXC_BASE_FIELDS \
    OU_OBJECT_HEAD \
    OuObject *dict;          /* instance attributes; may be NULL */ \
    OuObject *args;          /* tuple, never NULL */ \
    OuObject *notes;         /* __notes__ list or NULL */ \
    OuObject *traceback;     /* a traceback object or NULL */ \
    OuObject *context;       /* __context__ or NULL */ \
    OuObject *cause;         /* __cause__ or NULL */ \
    char suppress_context;   /* __suppress_context__ */

typedef struct { OU_EXC_BASE_FIELDS } OuBaseException;
typedef struct { OU_EXC_BASE_FIELDS OuObject *value; } OuStopIteration;
typedef struct { OU_EXC_BASE_FIELDS OuObject *code; } OuSystemExit;
typedef struct { OU_EXC_BASE_FIELDS OuObject *msg, *filename, *lineno, *offset, *text,
                 *end_lineno, *end_offset, *print_file_and_line; } OuSyntaxError;
typedef struct { OU_EXC_BASE_FIELDS OuObject *msg, *name, *path; } OuImportError;
typedef struct { OU_EXC_BASE_FIELDS OuObject *myerrno, *strerror, *filename, *filename2; } OuOSError;
typedef struct { OU_EXC_BASE_FIELDS OuObject *name; } OuNameError;
typedef struct { OU_EXC_BASE_FIELDS OuObject *name, *obj; } OuAttributeError;

static inline int ou_exception_check(OuObject *o)
{
    return ou_type_has_flag(OU_TYPE(o), OU_TPFLAGS_BASE_EXC_SUBCLASS);
}
// Exception class check: a type object that subclasses BaseException.
int ou_exception_class_check(OuObject *o);

// New ref: instantiate exception `type` with the given args (borrowed).
OuObject *ou_exception_new(OuType *type, OuObject *const *args, ou_ssize_t nargs);
OuObject *ou_exception_str(OuObject *exc);   // New ref: str(exc)
void ou_exception_set_traceback(OuObject *exc, OuObject *tb);   // tb borrowed (NULL clears)
void ou_exception_set_context(OuObject *exc, OuObject *ctx);    // Steals ctx
void ou_exception_set_cause(OuObject *exc, OuObject *cause);    // Steals cause; sets suppress_context
// Record the name (and object) a NameError or AttributeError is about, as
// CPython does for the suggestions it prints; keeps any already recorded.
void ou_exception_set_name_context(OuObject *exc, OuObject *name, OuObject *obj);
int ou_exc_init_types(void);    // ready every exception type; 0 / -1
void ou_exc_fini_types(void);

#endif
