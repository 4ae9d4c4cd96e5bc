// runtime/object.h: the object header, the type object and the reference
// conventions every other file relies on.
//
// Every object starts with `OuObject` { refcnt; type }. Objects of a type with
// OU_TPFLAGS_GC carry a two-word `OuGCHead` in front of that header (see
// gc/gc.h), exactly where CPython keeps its PyGC_Head, so the pointer an
// `OuObject *` holds is always the header, never the collector prefix.
//
// Reference conventions (CPython's):
//   - a function returns a NEW reference unless its declaration says Borrowed;
//   - a function that can fail returns NULL (objects) or -1 (ints) with an
//     exception set (runtime/error.h); predicates return 1 / 0 / -1;
//   - arguments are borrowed: a callee increments only what it keeps.
//   - "Steals x" means the callee owns x afterwards on every path.
#ifndef OURO_RUNTIME_OBJECT_H
#define OURO_RUNTIME_OBJECT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "config.h"

typedef ptrdiff_t ou_ssize_t;
typedef int64_t ou_hash_t;          // Py_hash_t on 64-bit; -1 means "error"
typedef uint64_t ou_uhash_t;
#define OU_SSIZE_MAX PTRDIFF_MAX

typedef struct OuType OuType;
typedef struct OuObject {
    ou_ssize_t refcnt;
    OuType *type;
} OuObject;

// Embed as the first member of every object struct.
#define OU_OBJECT_HEAD OuObject ob_base;
// Static initializer for the header of a statically allocated object.
#define OU_STATIC_HEAD(typeptr) { .refcnt = 1, .type = (typeptr) }
// The singletons None, True, False, NotImplemented and Ellipsis start with a
// large count: in CPython every module, function default and constant table
// holds them, so sys.getrefcount(None) is in the thousands, and scripts that
// look at it should see a number of that kind here too.
#define OU_SINGLETON_REFS 4096
#define OU_SINGLETON_HEAD(typeptr) { .refcnt = OU_SINGLETON_REFS, .type = (typeptr) }

#define OU_TYPE(o) (((OuObject *)(o))->type)
#define OU_REFCNT(o) (((OuObject *)(o))->refcnt)

// ---- Slot function types ----

typedef void (*OuDestructor)(OuObject *self);
typedef OuObject *(*OuUnaryFunc)(OuObject *self);
typedef OuObject *(*OuBinaryFunc)(OuObject *a, OuObject *b);
typedef OuObject *(*OuTernaryFunc)(OuObject *a, OuObject *b, OuObject *c);
typedef ou_hash_t (*OuHashFunc)(OuObject *self);               // -1 on error
typedef OuObject *(*OuRichCmpFunc)(OuObject *a, OuObject *b, int op);
typedef int (*OuInquiry)(OuObject *self);                      // 1/0/-1 or 0/-1
typedef ou_ssize_t (*OuLenFunc)(OuObject *self);               // -1 on error
typedef int (*OuObjObjProc)(OuObject *self, OuObject *x);      // contains: 1/0/-1
// setitem / setattr / descr_set: value NULL means delete. 0 / -1.
typedef int (*OuObjObjArgProc)(OuObject *self, OuObject *key, OuObject *value);
typedef OuObject *(*OuGetAttrFunc)(OuObject *self, OuObject *name);  // name is a str
typedef int (*OuVisitProc)(OuObject *o, void *arg);
typedef int (*OuTraverseProc)(OuObject *self, OuVisitProc visit, void *arg);

// The calling convention, for every callable: arguments are borrowed from the
// caller (usually its value stack). `args[0..nargs)` are positional; when
// `kwnames` (a tuple of str, or NULL) has k entries, `args[nargs..nargs+k)`
// are their values. Returns a new reference or NULL with an exception set.
typedef OuObject *(*OuCallFunc)(OuObject *callable, OuObject *const *args,
                                ou_ssize_t nargs, OuObject *kwnames);
// Calling a type: `type(...)`. Same convention, with the type first.
typedef OuObject *(*OuNewFunc)(OuType *type, OuObject *const *args,
                               ou_ssize_t nargs, OuObject *kwnames);
// A built-in function or method body. `self` is the bound object (the module
// for module-level functions, the instance for methods).
typedef OuObject *(*OuCFunc)(OuObject *self, OuObject *const *args,
                             ou_ssize_t nargs, OuObject *kwnames);

// Rich comparison operators, numbered as CPython numbers them.
enum { OU_LT = 0, OU_LE = 1, OU_EQ = 2, OU_NE = 3, OU_GT = 4, OU_GE = 5 };

// Binary operators: the enum comes from runtime/binops.h, the one list.
typedef enum {
#define OU_BINOP(name, symbol, dunder, rdunder, idunder) OU_NB_##name,
#include "runtime/binops.h"
#undef OU_BINOP
    OU_NB__COUNT
} OuBinOp;

// ---- Method and attribute tables of built-in types ----

typedef struct {
    const char *name;
    OuCFunc fn;
    int flags;              // OU_METH_*
    const char *doc;
} OuMethodDef;
enum {
    OU_METH_DEFAULT = 0,
    OU_METH_CLASS = 1,      // receives the type as self (classmethod)
    OU_METH_STATIC = 2,     // receives NULL as self (staticmethod)
};

typedef struct {
    const char *name;
    OuUnaryFunc get;                                   // New ref or NULL
    int (*set)(OuObject *self, OuObject *value);       // NULL value = delete
    const char *doc;
} OuGetSetDef;

// ---- The type object ----

enum {
    OU_TPFLAGS_GC = 1u << 0,            // has an OuGCHead; traverse/clear set
    OU_TPFLAGS_BASETYPE = 1u << 1,      // may be subclassed
    OU_TPFLAGS_HEAPTYPE = 1u << 2,      // created by a class statement
    OU_TPFLAGS_READY = 1u << 3,         // ou_type_ready has run
    OU_TPFLAGS_METHOD_DESCRIPTOR = 1u << 4, // instances bind like functions
    // Fast subclass checks, as CPython's Py_TPFLAGS_*_SUBCLASS bits.
    OU_TPFLAGS_INT_SUBCLASS = 1u << 8,
    OU_TPFLAGS_LIST_SUBCLASS = 1u << 9,
    OU_TPFLAGS_TUPLE_SUBCLASS = 1u << 10,
    OU_TPFLAGS_STR_SUBCLASS = 1u << 11,
    OU_TPFLAGS_DICT_SUBCLASS = 1u << 12,
    OU_TPFLAGS_BASE_EXC_SUBCLASS = 1u << 13,
    OU_TPFLAGS_TYPE_SUBCLASS = 1u << 14,
    OU_TPFLAGS_BYTES_SUBCLASS = 1u << 15,
};

struct OuType {
    OU_OBJECT_HEAD                  // type is &ou_type_type
    const char *name;               // "list", "ZeroDivisionError"
    ou_ssize_t basicsize;           // bytes of the object, without the GC head
    ou_ssize_t itemsize;            // bytes per item of variable-size objects
    unsigned flags;                 // OU_TPFLAGS_*
    OuType *base;                   // NULL only for `object`
    const char *doc;

    OuDestructor dealloc;           // must call ou_object_free (or a free list)
    OuUnaryFunc repr;
    OuUnaryFunc str;                // NULL: use repr
    OuHashFunc hash;                // NULL: inherit; ou_hash_not_implemented
    OuRichCmpFunc richcompare;      // returns ou_NotImplemented when unsupported
    OuGetAttrFunc getattr;          // NULL: ou_object_generic_getattr
    OuObjObjArgProc setattr;        // NULL: ou_object_generic_setattr
    OuCallFunc call;                // calling an instance
    OuNewFunc new;                  // calling the type
    OuUnaryFunc iter;
    OuUnaryFunc iternext;           // NULL without exception = exhausted
    OuTraverseProc traverse;        // GC types: visit every owned reference
    OuInquiry clear;                // GC types: drop references (break cycles)
    OuTernaryFunc descr_get;        // (descr, obj or NULL, type)
    OuObjObjArgProc descr_set;      // (descr, obj, value or NULL)
    // Called by `type(...)` on the object `new` returned, when it is an
    // instance of the type. Arguments as OuCallFunc. 0 / -1.
    int (*init)(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames);
    OuDestructor finalize;          // `__del__`: runs once, before dealloc (PEP 442)

    // Numbers: binary operators by OuBinOp (inplace entries may be NULL to
    // fall back to the plain operator). A slot returns ou_NotImplemented when
    // it does not handle the other operand's type.
    OuBinaryFunc nb[OU_NB__COUNT];
    OuUnaryFunc nb_negative, nb_positive, nb_absolute, nb_invert;
    OuInquiry nb_bool;              // 1/0/-1
    OuUnaryFunc nb_int, nb_float, nb_index;

    // Sequences and mappings.
    OuLenFunc len;
    OuBinaryFunc getitem;           // obj[key]
    OuObjObjArgProc setitem;        // obj[key] = value; value NULL: del
    OuObjObjProc contains;          // NULL: iterate

    const OuMethodDef *methods;     // NULL-terminated, copied into `dict`
    const OuGetSetDef *getsets;     // NULL-terminated, copied into `dict`

    // Filled in by ou_type_ready / the class machinery.
    OuObject *dict;                 // attribute dict (a dict)
    OuObject *mro;                  // tuple of types, self first
    OuObject *bases;                // tuple of types
    OuObject *subclasses;           // reserved for later
    ou_ssize_t dictoffset;          // where instances keep their attribute dict; 0: none
    ou_ssize_t valuesoffset;        // where instances keep attributes before a dict exists; 0: none
    ou_ssize_t weaklistoffset;      // reserved for weak references
};

extern OuType ou_type_type;         // `type`
extern OuType ou_object_type;       // `object`

// ---- Reference counting ----

void ou_dealloc(OuObject *o);       // runs the type's dealloc; count is zero

static inline void OU_INCREF(void *o) { ((OuObject *)o)->refcnt++; }
static inline void OU_XINCREF(void *o) { if (o) ((OuObject *)o)->refcnt++; }
static inline void OU_DECREF(void *o)
{
    if (--((OuObject *)o)->refcnt == 0)
        ou_dealloc((OuObject *)o);
}
static inline void OU_XDECREF(void *o) { if (o) OU_DECREF(o); }
static inline OuObject *ou_newref(void *o) { OU_INCREF(o); return (OuObject *)o; }
static inline OuObject *ou_xnewref(void *o) { OU_XINCREF(o); return (OuObject *)o; }

// Store NULL first, then release the old value: the release can run code
// (`__del__`, a weakref callback) that reads the same slot.
#define OU_CLEAR(slot) do { \
        OuObject *ou_tmp_ = (OuObject *)(slot); \
        if (ou_tmp_ != NULL) { (slot) = NULL; OU_DECREF(ou_tmp_); } \
    } while (0)
// Store the new value (stolen), then release the old one.
#define OU_SETREF(slot, value) do { \
        OuObject *ou_tmp_ = (OuObject *)(slot); \
        (slot) = (value); \
        OU_XDECREF(ou_tmp_); \
    } while (0)
#define OU_VISIT(o) do { \
        if ((o) != NULL) { int ou_vret_ = visit((OuObject *)(o), arg); if (ou_vret_) return ou_vret_; } \
    } while (0)

// ---- Singletons ----

extern OuObject ou_None_struct, ou_NotImplemented_struct, ou_Ellipsis_struct;
#define ou_None (&ou_None_struct)
#define ou_NotImplemented (&ou_NotImplemented_struct)
#define ou_Ellipsis (&ou_Ellipsis_struct)
static inline OuObject *ou_return_none(void) { OU_INCREF(ou_None); return ou_None; }

// ---- Type checks ----

static inline bool ou_type_has_flag(const OuType *t, unsigned f) { return (t->flags & f) != 0; }
int ou_type_is_subtype(OuType *a, OuType *b);                   // 1/0 (walks mro or base chain)
static inline int ou_is_instance_of(OuObject *o, OuType *t)
{
    return OU_TYPE(o) == t || ou_type_is_subtype(OU_TYPE(o), t);
}

// ---- The generic object protocol (runtime/abstract.c) ----

OuObject *ou_object_repr(OuObject *o);          // New ref (a str)
OuObject *ou_object_str(OuObject *o);           // New ref (a str)
ou_hash_t ou_object_hash(OuObject *o);          // -1 + TypeError when unhashable
ou_hash_t ou_hash_not_implemented(OuObject *o); // the `hash` slot of unhashable types
OuObject *ou_object_richcompare(OuObject *a, OuObject *b, int op);  // New ref
int ou_object_richcompare_bool(OuObject *a, OuObject *b, int op);  // 1/0/-1 (identity short-cut for EQ/NE)
int ou_object_is_true(OuObject *o);             // 1/0/-1
OuObject *ou_object_getattr(OuObject *o, OuObject *name);             // New ref; name a str
OuObject *ou_object_getattr_str(OuObject *o, const char *name);       // New ref
int ou_object_setattr(OuObject *o, OuObject *name, OuObject *value);  // value NULL: delete
OuObject *ou_object_generic_getattr(OuObject *o, OuObject *name);     // New ref
OuObject *ou_object_dir(OuObject *o);      // New ref: sorted list of attribute names
// New ref: the object's attribute dict (created on first use), or
// AttributeError when its type keeps none (`dictoffset` 0).
OuObject *ou_object_get_dict(OuObject *o);
int ou_object_generic_setattr(OuObject *o, OuObject *name, OuObject *value);
OuObject *ou_object_getitem(OuObject *o, OuObject *key);             // New ref
int ou_object_setitem(OuObject *o, OuObject *key, OuObject *value);  // 0/-1
int ou_object_delitem(OuObject *o, OuObject *key);                   // 0/-1
ou_ssize_t ou_object_len(OuObject *o);                               // -1 on error
int ou_object_contains(OuObject *container, OuObject *x);            // 1/0/-1 (`x in container`)
OuObject *ou_object_iter(OuObject *o);                               // New ref
OuObject *ou_iter_next(OuObject *it);   // New ref; NULL without exception = exhausted
OuObject *ou_call(OuObject *callable, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames);
OuObject *ou_call_noargs(OuObject *callable);                        // New ref
OuObject *ou_call_one(OuObject *callable, OuObject *arg);            // New ref
OuObject *ou_call_method(OuObject *obj, const char *name, OuObject *const *args, ou_ssize_t nargs); // New ref
OuObject *ou_number_binop(OuObject *a, OuObject *b, OuBinOp op);     // New ref; op may be inplace
OuObject *ou_number_negative(OuObject *o);
OuObject *ou_number_positive(OuObject *o);
OuObject *ou_number_invert(OuObject *o);
OuObject *ou_number_absolute(OuObject *o);
OuObject *ou_number_index(OuObject *o);   // New ref to an int, or TypeError
ou_ssize_t ou_number_as_ssize(OuObject *o, OuType *overflow_exc);  // -1 + error; via __index__
OuObject *ou_sequence_list(OuObject *iterable);   // New ref: list(iterable)
OuObject *ou_sequence_tuple(OuObject *iterable);  // New ref: tuple(iterable)

// Runs `type(obj)` in error messages and reprs: the public name of a type.
static inline const char *ou_type_name(OuObject *o) { return OU_TYPE(o)->name; }

// C-level recursion guard (repr of nested lists, comparisons, C->Python calls).
// Returns -1 + RecursionError ("maximum recursion depth exceeded" + where).
int ou_enter_recursive_call(const char *where);
void ou_leave_recursive_call(void);

#endif
