// parser/internal.h: what grammar.y's actions and parser.c share: the parse
// context carried as Lemon's extra argument, the token value, growable lists,
// and the node builders of parser/build.c. Nothing here leaves parser/.
#ifndef OURO_PARSER_INTERNAL_H
#define OURO_PARSER_INTERNAL_H

#include <stddef.h>

#include "lexer/lexer.h"
#include "parser/ast.h"

// A terminal's value: its text and span in the source.
typedef struct {
    const char *start;
    int len;
    int kind;                   // OuTokenKind
    OuAstPos pos;
} PTok;

// A growable list in the arena. `comma` records a comma seen between or after
// items (what makes `(a,)` a tuple); `end` is the end of the last token read.
typedef struct {
    int n, cap;
    void **items;
    int comma;
    OuAstPos end;
} Vec;

// An expression node plus what the grammar must remember about it but the
// AST has no field for. Every expression is allocated as one of these.
typedef struct {
    OuExpr e;
    int parens;                 // how many pairs of parentheses surround it
    OuAstPos outer;             // its extent with the outermost parentheses
    PTok as_tok;                // for the internal `x as y` node: the `as`
} ExprX;
#define PARENS(e) (((ExprX *)(e))->parens)
// Where an expression starts and ends for its parent: parentheses included.
#define OPOS(e) (PARENS(e) ? ((ExprX *)(e))->outer : (e)->pos)

// `x as y` inside parentheses is only valid as a with-item; the grammar builds
// this internal node and `with` consumes it; any left over is a syntax error.
#define EXPR_WITHAS ((OuExprKind)(AST_Slice + 1))

typedef struct ParseCtx {
    OuAstArena *arena;
    const char *src;
    size_t srclen;
    OuParseMode mode;
    OuSyntaxErrorInfo *err;
    int failed;                 // an error is recorded in *err; later ones are dropped
    int done;                   // the start symbol was accepted
    int fdepth;                 // f-string nesting (fields parsed recursively)
    OuAstModule *result;
    Vec *withas;                // EXPR_WITHAS nodes built, checked at the end
    int nlines;                 // statement groups seen (SINGLE mode allows one)
    OuAstPos second;            // where the second group starts
    // Filled by Lemon's syntax-error hook; parser.c words the message.
    int syn_hit;                // a syntax error was detected at syn_tok
    PTok syn_tok;
    int want_colon, want_indent, want_else;
    PTok header;                // the block keyword an indented block follows
    OuExpr *ifexp_body;         // `a if b` awaiting `else`: a and b
    OuExpr *ifexp_test;
    unsigned char emergency[512];   // handed out when the arena runs dry
} ParseCtx;

// Parameter list entries, checked and sorted by build_arguments().
enum { P_NAME, P_SLASH, P_STAR, P_VARARG, P_KWARG };
typedef struct {
    int kind;
    OuArg *arg;
    OuExpr *def;                // default value or NULL
    OuAstPos pos;               // the entry's first token, where errors point
} Param;

// A handler remembers whether it was `except*`, which decides Try or TryStar.
typedef struct {
    OuExceptHandler h;
    int star;
} HandlerX;

// Call argument entries, checked and sorted by build_call().
enum { A_POS, A_STAR, A_KW, A_DSTAR, A_GEN };
typedef struct {
    int kind;
    OuExpr *value;
    OuKeyword *kw;
    OuAstPos forpos;            // A_GEN: its first `for`
} CallArg;

// ---- build.c ----
void *pz(ParseCtx *c, size_t size);
void syn_error(ParseCtx *c, OuSyntaxErrorKind kind, OuAstPos pos, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
OuAstPos span(OuAstPos a, OuAstPos b);
Vec *vec_new(ParseCtx *c);
Vec *vec_push(ParseCtx *c, Vec *v, void *item);
Vec *vec1(ParseCtx *c, void *item);
OuExprSeq exprs_of(Vec *v);
OuStmtSeq stmts_of(Vec *v);
const char *tok_str(ParseCtx *c, PTok t);

OuExpr *mk_expr(ParseCtx *c, OuExprKind kind, OuAstPos pos);
OuStmt *mk_stmt(ParseCtx *c, OuStmtKind kind, OuAstPos pos);
OuExpr *ex_name(ParseCtx *c, PTok t);
OuExpr *ex_number(ParseCtx *c, PTok t);
OuExpr *ex_const(ParseCtx *c, OuAstConstKind kind, PTok t);
OuExpr *ex_strings(ParseCtx *c, Vec *toks);
OuExpr *ex_binop(ParseCtx *c, OuExpr *l, int op, OuExpr *r);
OuExpr *ex_unary(ParseCtx *c, PTok t, int op, OuExpr *operand);
OuExpr *ex_boolop(ParseCtx *c, int op, OuExpr *l, OuExpr *r);
OuExpr *ex_compare(ParseCtx *c, OuExpr *l, int op, OuExpr *r);
OuExpr *ex_seq(ParseCtx *c, OuExprKind kind, Vec *elts, OuAstPos pos);
OuExpr *ex_paren(ParseCtx *c, PTok l, Vec *elts, PTok r);
OuExpr *ex_comp(ParseCtx *c, OuExprKind kind, OuExpr *elt, OuExpr *val, Vec *gens, OuAstPos pos);
OuComprehension *mk_comp(ParseCtx *c, OuExpr *target, OuExpr *iter, int is_async);
OuExpr *ex_dict(ParseCtx *c, Vec *keys, Vec *values, OuAstPos pos);
OuExpr *ex_call(ParseCtx *c, OuExpr *func, PTok lpar, Vec *args, PTok rpar);
OuExpr *ex_named(ParseCtx *c, OuExpr *target, OuExpr *value);
OuExpr *ex_slice(ParseCtx *c, OuExpr *lo, OuExpr *hi, OuExpr *step, OuAstPos pos);
OuExpr *ex_subscript(ParseCtx *c, OuExpr *value, Vec *subs, PTok rsqb);
OuExpr *ex_withas(ParseCtx *c, OuExpr *value, PTok as, OuExpr *target);
CallArg *mk_callarg(ParseCtx *c, int kind, OuExpr *value, OuKeyword *kw);
CallArg *mk_kwarg(ParseCtx *c, OuExpr *name, PTok eq, OuExpr *value);
Param *mk_param(ParseCtx *c, int kind, PTok name, OuExpr *ann, OuExpr *def, OuAstPos first);
OuExceptHandler *mk_handler(ParseCtx *c, PTok kw, const PTok *star, OuExpr *type,
                            const PTok *name, Vec *body);
OuArguments *build_arguments(ParseCtx *c, Vec *params);

// Targets: set_store/set_del give the context and report invalid targets.
enum { T_ASSIGN, T_FOR, T_WITH, T_COMP };
void set_store(ParseCtx *c, OuExpr *e, int how);
void set_del(ParseCtx *c, OuExpr *e);
OuStmt *st_assign(ParseCtx *c, Vec *targets, OuExpr *value);
OuStmt *st_augassign(ParseCtx *c, OuExpr *target, int op, OuExpr *value);
OuStmt *st_annassign(ParseCtx *c, OuExpr *target, OuExpr *ann, OuExpr *value, OuAstPos end);
OuStmt *st_with(ParseCtx *c, PTok kw, Vec *items, Vec *body, int is_async);
OuStmt *st_try(ParseCtx *c, PTok kw, Vec *body, Vec *handlers, Vec *orelse, Vec *finalbody);
OuAstPos stmts_end(Vec *body);

// ---- grammar.y ----
// Record what the parser in state `p` expected when it met `tok`.
void ou_lemon_note_error(void *p, ParseCtx *c, PTok tok);

// ---- parser.c ----
// Parse an f-string field's expression text (at src line/col) as EVAL input.
OuExpr *parse_fstring_expr(ParseCtx *c, const char *text, size_t len, OuAstPos at);

#endif
