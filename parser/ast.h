// parser/ast.h: the abstract syntax tree, shaped like CPython's `ast` module
// so the compiler can follow CPython's code generation. Nodes live in an
// arena freed all at once; the tree holds no objects (constants keep their
// source text or decoded bytes, and the compiler makes the objects).
//
// Every expr, stmt, arg, keyword, alias and excepthandler carries CPython's
// positions: 1-based lines, 0-based UTF-8 byte columns, end exclusive.
#ifndef OURO_PARSER_AST_H
#define OURO_PARSER_AST_H

#include <stddef.h>

typedef struct OuAstArena OuAstArena;
OuAstArena *ou_ast_arena_new(void);                       // NULL on out of memory
void ou_ast_arena_free(OuAstArena *arena);
void *ou_ast_alloc(OuAstArena *arena, size_t size);       // zeroed; NULL on out of memory
char *ou_ast_strndup(OuAstArena *arena, const char *s, size_t n);  // NUL-terminated copy

typedef struct { int line, col, end_line, end_col; } OuAstPos;

typedef struct OuExpr OuExpr;
typedef struct OuStmt OuStmt;
typedef struct OuArguments OuArguments;
typedef struct OuComprehension OuComprehension;

typedef struct { int n; OuExpr **items; } OuExprSeq;
typedef struct { int n; OuStmt **items; } OuStmtSeq;

// Binary operators, numbered as runtime/binops.h (and so OuBinOp) numbers them.
typedef enum {
#define OU_BINOP(name, symbol, dunder, rdunder, idunder) AST_OP_##name,
#include "runtime/binops.h"
#undef OU_BINOP
} OuAstOperator;
typedef enum { AST_UNARY_INVERT, AST_UNARY_NOT, AST_UNARY_UADD, AST_UNARY_USUB } OuAstUnaryOp;
typedef enum { AST_BOOL_AND, AST_BOOL_OR } OuAstBoolOp;
typedef enum {
    AST_CMP_EQ, AST_CMP_NOTEQ, AST_CMP_LT, AST_CMP_LTE, AST_CMP_GT, AST_CMP_GTE,
    AST_CMP_IS, AST_CMP_ISNOT, AST_CMP_IN, AST_CMP_NOTIN,
} OuAstCmpOp;
typedef enum { AST_LOAD, AST_STORE, AST_DEL } OuAstContext;

typedef enum {
    AST_CONST_NONE, AST_CONST_TRUE, AST_CONST_FALSE, AST_CONST_ELLIPSIS,
    AST_CONST_INT,      // text: the literal as written ("0x_ff", "1_000")
    AST_CONST_FLOAT,    // text: "1.5e3"
    AST_CONST_IMAG,     // text: "2j" (the compiler rejects complex for now)
    AST_CONST_STR,      // text/len: decoded UTF-8 (adjacent literals concatenated)
    AST_CONST_BYTES,    // text/len: decoded bytes
} OuAstConstKind;

typedef enum {
    AST_BoolOp, AST_NamedExpr, AST_BinOp, AST_UnaryOp, AST_Lambda, AST_IfExp,
    AST_Dict, AST_Set, AST_ListComp, AST_SetComp, AST_DictComp, AST_GeneratorExp,
    AST_Await, AST_Yield, AST_YieldFrom, AST_Compare, AST_Call,
    AST_FormattedValue, AST_JoinedStr, AST_Constant, AST_Attribute,
    AST_Subscript, AST_Starred, AST_Name, AST_List, AST_Tuple, AST_Slice,
} OuExprKind;

typedef struct {
    const char *arg;            // NULL for `**mapping`
    OuExpr *value;
    OuAstPos pos;
} OuKeyword;
typedef struct { int n; OuKeyword **items; } OuKeywordSeq;

struct OuComprehension {
    OuExpr *target, *iter;
    OuExprSeq ifs;
    int is_async;
};
typedef struct { int n; OuComprehension **items; } OuComprehensionSeq;

struct OuExpr {
    OuExprKind kind;
    OuAstPos pos;
    union {
        struct { OuAstBoolOp op; OuExprSeq values; } boolop;
        struct { OuExpr *target, *value; } namedexpr;
        struct { OuExpr *left; OuAstOperator op; OuExpr *right; } binop;
        struct { OuAstUnaryOp op; OuExpr *operand; } unaryop;
        struct { OuArguments *args; OuExpr *body; } lambda;
        struct { OuExpr *test, *body, *orelse; } ifexp;
        struct { OuExprSeq keys, values; } dict;        // keys[i] NULL: `**values[i]`
        struct { OuExprSeq elts; } set;
        // ListComp, SetComp, GeneratorExp use elt; DictComp uses key and value.
        struct { OuExpr *elt, *key, *value; OuComprehensionSeq generators; } comp;
        struct { OuExpr *value; } await_;
        struct { OuExpr *value; } yield;                // value may be NULL
        struct { OuExpr *value; } yieldfrom;
        struct { OuExpr *left; int n; OuAstCmpOp *ops; OuExpr **comparators; } compare;
        struct { OuExpr *func; OuExprSeq args; OuKeywordSeq keywords; } call;
        // conversion: -1 none, 's', 'r', 'a'. format_spec: a JoinedStr or NULL.
        struct { OuExpr *value; int conversion; OuExpr *format_spec; } formatted;
        struct { OuExprSeq values; } joinedstr;
        struct { OuAstConstKind kind; const char *text; size_t len; } constant;
        struct { OuExpr *value; const char *attr; OuAstContext ctx; } attribute;
        struct { OuExpr *value, *slice; OuAstContext ctx; } subscript;
        struct { OuExpr *value; OuAstContext ctx; } starred;
        struct { const char *id; OuAstContext ctx; } name;
        struct { OuExprSeq elts; OuAstContext ctx; } list;   // List and Tuple
        struct { OuExpr *lower, *upper, *step; } slice;      // each may be NULL
    } v;
};

typedef struct {
    const char *arg;
    OuExpr *annotation;         // may be NULL
    OuAstPos pos;
} OuArg;
typedef struct { int n; OuArg **items; } OuArgSeq;

struct OuArguments {
    OuArgSeq posonlyargs, args;
    OuArg *vararg;              // may be NULL
    OuArgSeq kwonlyargs;
    OuExprSeq kw_defaults;      // one per kwonlyarg; an item is NULL when it has none
    OuArg *kwarg;               // may be NULL
    OuExprSeq defaults;         // for the last len(defaults) of posonlyargs+args
};

typedef struct {
    const char *name;           // dotted for `import a.b`; "*" for `from m import *`
    const char *asname;         // may be NULL
    OuAstPos pos;
} OuAlias;
typedef struct { int n; OuAlias **items; } OuAliasSeq;

typedef struct {
    OuExpr *context_expr, *optional_vars;   // optional_vars may be NULL
} OuWithItem;
typedef struct { int n; OuWithItem **items; } OuWithItemSeq;

typedef struct {
    OuExpr *type;               // NULL for a bare `except:`
    const char *name;           // NULL without `as`
    OuStmtSeq body;
    OuAstPos pos;
} OuExceptHandler;
typedef struct { int n; OuExceptHandler **items; } OuExceptHandlerSeq;

typedef enum {
    AST_FunctionDef, AST_AsyncFunctionDef, AST_ClassDef, AST_Return, AST_Delete,
    AST_Assign, AST_AugAssign, AST_AnnAssign, AST_For, AST_AsyncFor, AST_While,
    AST_If, AST_With, AST_AsyncWith, AST_Match, AST_Raise, AST_Try, AST_TryStar,
    AST_Assert, AST_Import, AST_ImportFrom, AST_Global, AST_Nonlocal, AST_Expr,
    AST_Pass, AST_Break, AST_Continue,
} OuStmtKind;

typedef struct { int n; const char **items; } OuIdentSeq;

struct OuStmt {
    OuStmtKind kind;
    OuAstPos pos;
    union {
        // FunctionDef and AsyncFunctionDef
        struct { const char *name; OuArguments *args; OuStmtSeq body;
                 OuExprSeq decorator_list; OuExpr *returns; } funcdef;
        struct { const char *name; OuExprSeq bases; OuKeywordSeq keywords;
                 OuStmtSeq body; OuExprSeq decorator_list; } classdef;
        struct { OuExpr *value; } ret;                          // value may be NULL
        struct { OuExprSeq targets; } del;
        struct { OuExprSeq targets; OuExpr *value; } assign;    // a = b = value
        struct { OuExpr *target; OuAstOperator op; OuExpr *value; } augassign;
        struct { OuExpr *target, *annotation, *value; int simple; } annassign;
        struct { OuExpr *target, *iter; OuStmtSeq body, orelse; } for_;   // For, AsyncFor
        struct { OuExpr *test; OuStmtSeq body, orelse; } while_;
        struct { OuExpr *test; OuStmtSeq body, orelse; } if_;
        struct { OuWithItemSeq items; OuStmtSeq body; } with;   // With, AsyncWith
        struct { OuExpr *exc, *cause; } raise;                  // both may be NULL
        // Try and TryStar
        struct { OuStmtSeq body; OuExceptHandlerSeq handlers; OuStmtSeq orelse, finalbody; } try_;
        struct { OuExpr *test, *msg; } assert_;
        struct { OuAliasSeq names; } import;
        struct { const char *module; OuAliasSeq names; int level; } importfrom;  // module may be NULL
        struct { OuIdentSeq names; } global;                    // Global and Nonlocal
        struct { OuExpr *value; } expr;
    } v;
};

typedef enum {
    OU_PARSE_FILE,          // a module: statements up to ENDMARKER
    OU_PARSE_EVAL,          // one expression (eval(), f-string fields)
    OU_PARSE_SINGLE,        // one interactive statement (the REPL)
} OuParseMode;

typedef struct {
    OuParseMode mode;
    OuStmtSeq body;         // FILE and SINGLE
    OuExpr *expr;           // EVAL
} OuAstModule;

#endif
