// compiler/internal.h: what symtable.c tells compile.c. Not for use outside
// compiler/.
//
// The symbol table is one OuSymScope per module, function, lambda, class and
// comprehension, in a tree mirroring the source. Building it is two steps:
// a walk recording what each scope does with each name (assigns, uses,
// declares global/nonlocal, takes as a parameter), then an analysis from the
// module down that resolves every name to local, global (explicit or
// implicit), free or cell, as CPython's symtable.c does.
#ifndef OURO_COMPILER_INTERNAL_H
#define OURO_COMPILER_INTERNAL_H

#include "parser/ast.h"

typedef enum { OU_BLOCK_MODULE, OU_BLOCK_FUNCTION, OU_BLOCK_CLASS } OuBlockKind;

// What a scope does with a name (OuSymbol.flags).
enum {
    OU_DEF_GLOBAL = 1 << 0,         // `global x`
    OU_DEF_LOCAL = 1 << 1,          // bound here (assignment, def, import, for, …)
    OU_DEF_PARAM = 1 << 2,
    OU_DEF_NONLOCAL = 1 << 3,       // `nonlocal x`
    OU_USE = 1 << 4,                // read here
    OU_DEF_FREE_CLASS = 1 << 5,     // a class body passes a nested scope's free variable through
    OU_DEF_IMPORT = 1 << 6,
    OU_DEF_COMP_ITER = 1 << 7,      // a comprehension's iteration variable
};
#define OU_DEF_BOUND (OU_DEF_LOCAL | OU_DEF_PARAM | OU_DEF_IMPORT)

// The verdict for a name in a scope.
typedef enum {
    OU_SC_UNKNOWN = 0,
    OU_SC_LOCAL,
    OU_SC_GLOBAL_EXPLICIT,
    OU_SC_GLOBAL_IMPLICIT,
    OU_SC_FREE,
    OU_SC_CELL,
} OuSymScopeKind;

typedef struct {
    const char *name;
    int flags;
    OuSymScopeKind scope;
    OuAstPos decl;                  // the first global/nonlocal statement naming it
} OuSymbol;

typedef struct OuSymScope OuSymScope;
struct OuSymScope {
    OuBlockKind kind;
    const char *name;               // "top", the function/class name, "<lambda>", "<listcomp>"
    const void *node;               // the OuStmt / OuExpr that opened it (NULL for the module)
    int lineno;
    OuSymbol *syms;
    int nsyms, capsyms;
    int *index;                     // open-addressed hash of syms (capindex slots, -1 empty)
    int capindex;
    const char **varnames;          // parameters first, then other locals, in order of appearance
    int nvarnames, capvarnames;
    OuSymScope **children;          // in source order
    int nchildren, capchildren;
    OuSymScope *parent;
    unsigned is_generator : 1, is_comprehension : 1, is_lambda : 1, is_nested : 1,
             has_varargs : 1, has_varkw : 1,
             needs_class_closure : 1,   // class: a method uses super() / __class__
             child_free : 1;            // some child scope has free variables
};

typedef struct {
    OuSymScope *top;
    OuAstArena *arena;              // mangled names live here
    char msg[256];                  // the SyntaxError, when building failed
    OuAstPos pos;
} OuSymtable;

// Build the table for `mod`. 0, or -1 with st->msg / st->pos set (st->msg
// empty: out of memory). Always call ou_symtable_free afterwards.
int ou_symtable_build(OuSymtable *st, const OuAstModule *mod);
void ou_symtable_free(OuSymtable *st);

// The child scope opened by `node` (a def, class, lambda or comprehension).
OuSymScope *ou_symtable_child(OuSymScope *s, const void *node);
// The resolved scope of `name` in `s` (OU_SC_UNKNOWN when never seen).
OuSymScopeKind ou_symtable_scope_of(OuSymScope *s, const char *name);
const OuSymbol *ou_symtable_symbol(OuSymScope *s, const char *name);   // NULL when absent

// Name mangling of `__private` names inside class `cls` (NULL: none).
// Returns `name` itself when nothing changes, else a string in `arena`
// (NULL on out of memory).
const char *ou_symtable_mangle(OuAstArena *arena, const char *cls, const char *name);

#endif
