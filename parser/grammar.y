// parser/grammar.y: Python 3.11's grammar for Lemon (LALR(1)). The actions
// only call the builders of parser/build.c, which also check assignment
// targets, parameter lists and call arguments: the grammar accepts a superset
// (targets are expressions, parameters are a flat list) and the builders
// reject what CPython rejects, with CPython's messages.
//
// One synthetic first token (FILE_START, EVAL_START, SINGLE_START) selects
// the start rule, so one table serves exec, eval and the REPL.

%name OuLemon
%token_prefix OU_TK_
%extra_argument { ParseCtx *ctx }
%token_type { PTok }
%default_type { void * }
%stack_size 0
%start_symbol start

%include {
#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include "parser/internal.h"
}

%syntax_error {
    (void)yymajor;
    ou_lemon_note_error(yypParser, ctx, yyminor);
}
%parse_accept { ctx->done = 1; }

// Every token kind of lexer/tokens.h, in its order; parser.c checks the names.
%token ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT LPAR RPAR LSQB RSQB
       LBRACE RBRACE COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS
       GREATER EQUAL DOT PERCENT EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL TILDE
       CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL MINEQUAL STAREQUAL
       SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL
       LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH
       DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL EXCLAMATION
       KW_FALSE KW_NONE KW_TRUE KW_AND KW_AS KW_ASSERT KW_ASYNC KW_AWAIT
       KW_BREAK KW_CLASS KW_CONTINUE KW_DEF KW_DEL KW_ELIF KW_ELSE KW_EXCEPT
       KW_FINALLY KW_FOR KW_FROM KW_GLOBAL KW_IF KW_IMPORT KW_IN KW_IS
       KW_LAMBDA KW_NONLOCAL KW_NOT KW_OR KW_PASS KW_RAISE KW_RETURN KW_TRY
       KW_WHILE KW_WITH KW_YIELD
       FILE_START EVAL_START SINGLE_START.

%type expr { OuExpr * }
%type test { OuExpr * }
%type test_nocond { OuExpr * }
%type namedexpr_test { OuExpr * }
%type or_test { OuExpr * }
%type and_test { OuExpr * }
%type not_test { OuExpr * }
%type comparison { OuExpr * }
%type xor_expr { OuExpr * }
%type and_expr { OuExpr * }
%type shift_expr { OuExpr * }
%type arith_expr { OuExpr * }
%type term { OuExpr * }
%type factor { OuExpr * }
%type power { OuExpr * }
%type await_primary { OuExpr * }
%type primary { OuExpr * }
%type atom { OuExpr * }
%type star_expr { OuExpr * }
%type yield_expr { OuExpr * }
%type lambdef { OuExpr * }
%type testlist { OuExpr * }
%type testlist_star_expr { OuExpr * }
%type exprlist { OuExpr * }
%type tls_or_yield { OuExpr * }
%type subscript { OuExpr * }
%type elem { OuExpr * }
%type opt_test { OuExpr * }
%type strings { Vec * }
%type elems { Vec * }
%type tl_items { Vec * }
%type tlse_items { Vec * }
%type el_items { Vec * }
%type subscripts { Vec * }
%type comp_fors { Vec * }
%type dict_items { Vec * }
%type arglist { Vec * }
%type args_opt { Vec * }
%type argument { CallArg * }
%type params { Vec * }
%type params_opt { Vec * }
%type param { Param * }
%type lparams { Vec * }
%type lparams_opt { Vec * }
%type lparam { Param * }
%type comp_op { int }
%type augassign { int }
%type stmts { Vec * }
%type single_body { Vec * }
%type stmt { Vec * }
%type simple_stmt { Vec * }
%type small_stmts { Vec * }
%type small_stmt { OuStmt * }
%type compound_stmt { OuStmt * }
%type suite { Vec * }
%type assign_chain { Vec * }
%type if_tail { Vec * }
%type else_opt { Vec * }
%type handlers { Vec * }
%type handler { OuExceptHandler * }
%type with_items { Vec * }
%type with_item { OuWithItem * }
%type decorators { Vec * }
%type funcdef { OuStmt * }
%type classdef { OuStmt * }
%type dotted_name { PTok }
%type dotted_as_names { Vec * }
%type dotted_as_name { OuAlias * }
%type import_as_names { Vec * }
%type import_as_name { OuAlias * }
%type import_from_names { Vec * }
%type dots { int }
%type names { Vec * }
%type returns_opt { OuExpr * }
%type class_args { Vec * }

// ---- Start ----

start ::= FILE_START stmts(B) ENDMARKER. {
    ctx->result->body = stmts_of(B);
}
start ::= SINGLE_START single_body(B) ENDMARKER. {
    ctx->result->body = stmts_of(B);
}
// The REPL's input: one statement line or one compound statement.
single_body(A) ::= . { A = vec_new(ctx); }
single_body(A) ::= single_body(B) NEWLINE. { A = B; }
single_body(A) ::= single_body(B) stmt(C). {
    A = B;
    if (ctx->nlines++ == 1 && C->n > 0)
        ctx->second = ((OuStmt *)C->items[0])->pos;
    for (int i = 0; i < C->n; i++)
        A = vec_push(ctx, A, C->items[i]);
}
start ::= EVAL_START testlist(E) newlines ENDMARKER. { ctx->result->expr = E; }
start ::= EVAL_START yield_expr(E) newlines ENDMARKER. { ctx->result->expr = E; }

newlines ::= .
newlines ::= newlines NEWLINE.

stmts(A) ::= . { A = vec_new(ctx); }
stmts(A) ::= stmts(B) stmt(C). {
    A = B;
    for (int i = 0; i < C->n; i++)
        A = vec_push(ctx, A, C->items[i]);
}
stmts(A) ::= stmts(B) NEWLINE. { A = B; }

stmt(A) ::= simple_stmt(B). { A = B; }
stmt(A) ::= compound_stmt(B). { A = vec1(ctx, B); }

simple_stmt(A) ::= small_stmts(B) NEWLINE. { A = B; }
simple_stmt(A) ::= small_stmts(B) SEMI NEWLINE. { A = B; }
small_stmts(A) ::= small_stmt(B). { A = vec1(ctx, B); }
small_stmts(A) ::= small_stmts(B) SEMI small_stmt(C). { A = vec_push(ctx, B, C); }

// ---- Simple statements ----

small_stmt(A) ::= testlist_star_expr(E). {
    A = mk_stmt(ctx, AST_Expr, OPOS(E));
    A->v.expr.value = E;
}
small_stmt(A) ::= yield_expr(E). {
    A = mk_stmt(ctx, AST_Expr, OPOS(E));
    A->v.expr.value = E;
}
small_stmt(A) ::= assign_chain(T) tls_or_yield(V). { A = st_assign(ctx, T, V); }
small_stmt(A) ::= testlist_star_expr(T) augassign(O) tls_or_yield(V). {
    A = st_augassign(ctx, T, O, V);
}
small_stmt(A) ::= testlist_star_expr(T) COLON test(N). {
    A = st_annassign(ctx, T, N, NULL, OPOS(N));
}
small_stmt(A) ::= testlist_star_expr(T) COLON test(N) EQUAL tls_or_yield(V). {
    A = st_annassign(ctx, T, N, V, OPOS(V));
}
small_stmt(A) ::= KW_DEL(K) exprlist(E). {
    A = mk_stmt(ctx, AST_Delete, span(K.pos, OPOS(E)));
    if (E->kind == AST_Tuple && PARENS(E) == 0) {
        A->v.del.targets = E->v.list.elts;
        A->pos = span(K.pos, OPOS(E));
    } else {
        A->v.del.targets = exprs_of(vec1(ctx, E));
    }
    for (int i = 0; i < A->v.del.targets.n; i++)
        set_del(ctx, A->v.del.targets.items[i]);
}
small_stmt(A) ::= KW_PASS(K). { A = mk_stmt(ctx, AST_Pass, K.pos); }
small_stmt(A) ::= KW_BREAK(K). { A = mk_stmt(ctx, AST_Break, K.pos); }
small_stmt(A) ::= KW_CONTINUE(K). { A = mk_stmt(ctx, AST_Continue, K.pos); }
small_stmt(A) ::= KW_RETURN(K). { A = mk_stmt(ctx, AST_Return, K.pos); }
small_stmt(A) ::= KW_RETURN(K) testlist_star_expr(E). {
    A = mk_stmt(ctx, AST_Return, span(K.pos, OPOS(E)));
    A->v.ret.value = E;
}
small_stmt(A) ::= KW_RAISE(K). { A = mk_stmt(ctx, AST_Raise, K.pos); }
small_stmt(A) ::= KW_RAISE(K) test(E). {
    A = mk_stmt(ctx, AST_Raise, span(K.pos, OPOS(E)));
    A->v.raise.exc = E;
}
small_stmt(A) ::= KW_RAISE(K) test(E) KW_FROM test(F). {
    A = mk_stmt(ctx, AST_Raise, span(K.pos, OPOS(F)));
    A->v.raise.exc = E;
    A->v.raise.cause = F;
}
small_stmt(A) ::= KW_GLOBAL(K) names(N). {
    A = mk_stmt(ctx, AST_Global, span(K.pos, N->end));
    A->v.global.names.n = N->n;
    A->v.global.names.items = (const char **)N->items;
}
small_stmt(A) ::= KW_NONLOCAL(K) names(N). {
    A = mk_stmt(ctx, AST_Nonlocal, span(K.pos, N->end));
    A->v.global.names.n = N->n;
    A->v.global.names.items = (const char **)N->items;
}
small_stmt(A) ::= KW_ASSERT(K) test(E). {
    A = mk_stmt(ctx, AST_Assert, span(K.pos, OPOS(E)));
    A->v.assert_.test = E;
}
small_stmt(A) ::= KW_ASSERT(K) test(E) COMMA test(M). {
    A = mk_stmt(ctx, AST_Assert, span(K.pos, OPOS(M)));
    A->v.assert_.test = E;
    A->v.assert_.msg = M;
}
small_stmt(A) ::= KW_IMPORT(K) dotted_as_names(N). {
    A = mk_stmt(ctx, AST_Import, span(K.pos, N->end));
    A->v.import.names.n = N->n;
    A->v.import.names.items = (OuAlias **)N->items;
}
small_stmt(A) ::= KW_FROM(K) dots(L) dotted_name(M) KW_IMPORT import_from_names(N). {
    A = mk_stmt(ctx, AST_ImportFrom, span(K.pos, N->end));
    A->v.importfrom.module = tok_str(ctx, M);
    A->v.importfrom.level = L;
    A->v.importfrom.names.n = N->n;
    A->v.importfrom.names.items = (OuAlias **)N->items;
}
small_stmt(A) ::= KW_FROM(K) dots(L) KW_IMPORT import_from_names(N). {
    A = mk_stmt(ctx, AST_ImportFrom, span(K.pos, N->end));
    A->v.importfrom.level = L;
    A->v.importfrom.names.n = N->n;
    A->v.importfrom.names.items = (OuAlias **)N->items;
}

assign_chain(A) ::= tls_or_yield(T) EQUAL. { A = vec1(ctx, T); }
assign_chain(A) ::= assign_chain(B) tls_or_yield(T) EQUAL. { A = vec_push(ctx, B, T); }

tls_or_yield(A) ::= testlist_star_expr(B). { A = B; }
tls_or_yield(A) ::= yield_expr(B). { A = B; }

augassign(A) ::= PLUSEQUAL. { A = AST_OP_ADD; }
augassign(A) ::= MINEQUAL. { A = AST_OP_SUBTRACT; }
augassign(A) ::= STAREQUAL. { A = AST_OP_MULTIPLY; }
augassign(A) ::= ATEQUAL. { A = AST_OP_MATRIX_MULTIPLY; }
augassign(A) ::= SLASHEQUAL. { A = AST_OP_TRUE_DIVIDE; }
augassign(A) ::= PERCENTEQUAL. { A = AST_OP_REMAINDER; }
augassign(A) ::= AMPEREQUAL. { A = AST_OP_AND; }
augassign(A) ::= VBAREQUAL. { A = AST_OP_OR; }
augassign(A) ::= CIRCUMFLEXEQUAL. { A = AST_OP_XOR; }
augassign(A) ::= LEFTSHIFTEQUAL. { A = AST_OP_LSHIFT; }
augassign(A) ::= RIGHTSHIFTEQUAL. { A = AST_OP_RSHIFT; }
augassign(A) ::= DOUBLESTAREQUAL. { A = AST_OP_POWER; }
augassign(A) ::= DOUBLESLASHEQUAL. { A = AST_OP_FLOOR_DIVIDE; }

names(A) ::= NAME(N). {
    A = vec1(ctx, (void *)tok_str(ctx, N));
    A->end = N.pos;
}
names(A) ::= names(B) COMMA NAME(N). {
    A = vec_push(ctx, B, (void *)tok_str(ctx, N));
    A->end = N.pos;
}

dotted_name(A) ::= NAME(N). { A = N; }
dotted_name(A) ::= dotted_name(B) DOT NAME(N). {
    A = B;
    A.len = (int)(N.start + N.len - B.start);
    A.pos = span(B.pos, N.pos);
}

dotted_as_name(A) ::= dotted_name(N). {
    A = pz(ctx, sizeof(OuAlias));
    A->name = tok_str(ctx, N);
    A->pos = N.pos;
}
dotted_as_name(A) ::= dotted_name(N) KW_AS NAME(M). {
    A = pz(ctx, sizeof(OuAlias));
    A->name = tok_str(ctx, N);
    A->asname = tok_str(ctx, M);
    A->pos = span(N.pos, M.pos);
}
dotted_as_names(A) ::= dotted_as_name(B). { A = vec1(ctx, B); A->end = B->pos; }
dotted_as_names(A) ::= dotted_as_names(B) COMMA dotted_as_name(C). {
    A = vec_push(ctx, B, C);
    A->end = C->pos;
}

import_as_name(A) ::= NAME(N). {
    A = pz(ctx, sizeof(OuAlias));
    A->name = tok_str(ctx, N);
    A->pos = N.pos;
}
import_as_name(A) ::= NAME(N) KW_AS NAME(M). {
    A = pz(ctx, sizeof(OuAlias));
    A->name = tok_str(ctx, N);
    A->asname = tok_str(ctx, M);
    A->pos = span(N.pos, M.pos);
}
import_as_names(A) ::= import_as_name(B). { A = vec1(ctx, B); A->end = B->pos; }
import_as_names(A) ::= import_as_names(B) COMMA import_as_name(C). {
    A = vec_push(ctx, B, C);
    A->end = C->pos;
}
import_from_names(A) ::= STAR(S). {
    OuAlias *al = pz(ctx, sizeof(OuAlias));
    al->name = "*";
    al->pos = S.pos;
    A = vec1(ctx, al);
    A->end = S.pos;
}
import_from_names(A) ::= LPAR import_as_names(B) RPAR(R). { A = B; A->end = R.pos; }
import_from_names(A) ::= LPAR import_as_names(B) COMMA RPAR(R). { A = B; A->end = R.pos; }
import_from_names(A) ::= import_as_names(B). { A = B; }

dots(A) ::= . { A = 0; }
dots(A) ::= dots(B) DOT. { A = B + 1; }
dots(A) ::= dots(B) ELLIPSIS. { A = B + 3; }

// ---- Compound statements ----

suite(A) ::= simple_stmt(B). { A = B; }
suite(A) ::= NEWLINE INDENT stmts(B) DEDENT. { A = B; }

compound_stmt(A) ::= KW_IF(K) namedexpr_test(T) COLON suite(B) if_tail(E). {
    A = mk_stmt(ctx, AST_If, span(K.pos, stmts_end(E->n ? E : B)));
    A->v.if_.test = T;
    A->v.if_.body = stmts_of(B);
    A->v.if_.orelse = stmts_of(E);
}
if_tail(A) ::= . { A = vec_new(ctx); }
if_tail(A) ::= KW_ELSE COLON suite(B). { A = B; }
if_tail(A) ::= KW_ELIF(K) namedexpr_test(T) COLON suite(B) if_tail(E). {
    OuStmt *s = mk_stmt(ctx, AST_If, span(K.pos, stmts_end(E->n ? E : B)));
    s->v.if_.test = T;
    s->v.if_.body = stmts_of(B);
    s->v.if_.orelse = stmts_of(E);
    A = vec1(ctx, s);
}
else_opt(A) ::= . { A = vec_new(ctx); }
else_opt(A) ::= KW_ELSE COLON suite(B). { A = B; }

compound_stmt(A) ::= KW_WHILE(K) namedexpr_test(T) COLON suite(B) else_opt(E). {
    A = mk_stmt(ctx, AST_While, span(K.pos, stmts_end(E->n ? E : B)));
    A->v.while_.test = T;
    A->v.while_.body = stmts_of(B);
    A->v.while_.orelse = stmts_of(E);
}
compound_stmt(A) ::= KW_FOR(K) exprlist(T) KW_IN testlist_star_expr(I) COLON suite(B) else_opt(E). {
    A = mk_stmt(ctx, AST_For, span(K.pos, stmts_end(E->n ? E : B)));
    set_store(ctx, T, T_FOR);
    A->v.for_.target = T;
    A->v.for_.iter = I;
    A->v.for_.body = stmts_of(B);
    A->v.for_.orelse = stmts_of(E);
}
compound_stmt(A) ::= KW_ASYNC(K) KW_FOR exprlist(T) KW_IN testlist_star_expr(I) COLON suite(B) else_opt(E). {
    A = mk_stmt(ctx, AST_AsyncFor, span(K.pos, stmts_end(E->n ? E : B)));
    set_store(ctx, T, T_FOR);
    A->v.for_.target = T;
    A->v.for_.iter = I;
    A->v.for_.body = stmts_of(B);
    A->v.for_.orelse = stmts_of(E);
}
compound_stmt(A) ::= KW_TRY(K) COLON suite(B) handlers(H) else_opt(E). {
    A = st_try(ctx, K, B, H, E, NULL);
}
compound_stmt(A) ::= KW_TRY(K) COLON suite(B) handlers(H) else_opt(E) KW_FINALLY COLON suite(F). {
    A = st_try(ctx, K, B, H, E, F);
}
compound_stmt(A) ::= KW_TRY(K) COLON suite(B) KW_FINALLY COLON suite(F). {
    A = st_try(ctx, K, B, NULL, NULL, F);
}
handlers(A) ::= handler(H). { A = vec1(ctx, H); }
handlers(A) ::= handlers(B) handler(H). { A = vec_push(ctx, B, H); }
handler(A) ::= KW_EXCEPT(K) COLON suite(B). { A = mk_handler(ctx, K, NULL, NULL, NULL, B); }
handler(A) ::= KW_EXCEPT(K) test(T) COLON suite(B). { A = mk_handler(ctx, K, NULL, T, NULL, B); }
handler(A) ::= KW_EXCEPT(K) test(T) KW_AS NAME(N) COLON suite(B). {
    A = mk_handler(ctx, K, NULL, T, &N, B);
}
handler(A) ::= KW_EXCEPT(K) STAR(S) test(T) COLON suite(B). { A = mk_handler(ctx, K, &S, T, NULL, B); }
handler(A) ::= KW_EXCEPT(K) STAR(S) test(T) KW_AS NAME(N) COLON suite(B). {
    A = mk_handler(ctx, K, &S, T, &N, B);
}
handler(A) ::= KW_EXCEPT(K) STAR(S) COLON(C) suite(B). {
    A = mk_handler(ctx, K, &S, NULL, NULL, B);
    syn_error(ctx, OU_SYNERR_SYNTAX, C.pos, "expected one or more exception types");
}

compound_stmt(A) ::= KW_WITH(K) with_items(I) COLON suite(B). {
    A = st_with(ctx, K, I, B, 0);
}
compound_stmt(A) ::= KW_ASYNC(K) KW_WITH with_items(I) COLON suite(B). {
    A = st_with(ctx, K, I, B, 1);
}
with_items(A) ::= with_item(B). { A = vec1(ctx, B); }
with_items(A) ::= with_items(B) COMMA with_item(C). { A = vec_push(ctx, B, C); }
with_item(A) ::= test(E). {
    A = pz(ctx, sizeof(OuWithItem));
    A->context_expr = E;
}
with_item(A) ::= test(E) KW_AS expr(T). {
    A = pz(ctx, sizeof(OuWithItem));
    A->context_expr = E;
    set_store(ctx, T, T_WITH);
    A->optional_vars = T;
}

compound_stmt(A) ::= funcdef(B). { A = B; }
compound_stmt(A) ::= classdef(B). { A = B; }
compound_stmt(A) ::= decorators(D) funcdef(B). {
    A = B;
    A->v.funcdef.decorator_list = exprs_of(D);
}
compound_stmt(A) ::= decorators(D) classdef(B). {
    A = B;
    A->v.classdef.decorator_list = exprs_of(D);
}
decorators(A) ::= AT namedexpr_test(E) NEWLINE. { A = vec1(ctx, E); }
decorators(A) ::= decorators(B) AT namedexpr_test(E) NEWLINE. { A = vec_push(ctx, B, E); }

funcdef(A) ::= KW_DEF(K) NAME(N) LPAR params_opt(P) RPAR returns_opt(R) COLON suite(B). {
    A = mk_stmt(ctx, AST_FunctionDef, span(K.pos, stmts_end(B)));
    A->v.funcdef.name = tok_str(ctx, N);
    A->v.funcdef.args = build_arguments(ctx, P);
    A->v.funcdef.returns = R;
    A->v.funcdef.body = stmts_of(B);
}
funcdef(A) ::= KW_ASYNC(K) KW_DEF NAME(N) LPAR params_opt(P) RPAR returns_opt(R) COLON suite(B). {
    A = mk_stmt(ctx, AST_AsyncFunctionDef, span(K.pos, stmts_end(B)));
    A->v.funcdef.name = tok_str(ctx, N);
    A->v.funcdef.args = build_arguments(ctx, P);
    A->v.funcdef.returns = R;
    A->v.funcdef.body = stmts_of(B);
}
returns_opt(A) ::= . { A = NULL; }
returns_opt(A) ::= RARROW test(E). { A = E; }

params_opt(A) ::= . { A = vec_new(ctx); }
params_opt(A) ::= params(B). { A = B; }
params_opt(A) ::= params(B) COMMA. { A = B; A->comma = 1; }
params(A) ::= param(B). { A = vec1(ctx, B); }
params(A) ::= params(B) COMMA param(C). { A = vec_push(ctx, B, C); }
param(A) ::= NAME(N). { A = mk_param(ctx, P_NAME, N, NULL, NULL, N.pos); }
param(A) ::= NAME(N) COLON test(T). { A = mk_param(ctx, P_NAME, N, T, NULL, N.pos); }
param(A) ::= NAME(N) EQUAL test(D). { A = mk_param(ctx, P_NAME, N, NULL, D, N.pos); }
param(A) ::= NAME(N) COLON test(T) EQUAL test(D). {
    A = mk_param(ctx, P_NAME, N, T, D, N.pos);
}
param(A) ::= SLASH(S). { A = mk_param(ctx, P_SLASH, S, NULL, NULL, S.pos); }
param(A) ::= STAR(S). { A = mk_param(ctx, P_STAR, S, NULL, NULL, S.pos); }
param(A) ::= STAR(S) NAME(N). { A = mk_param(ctx, P_VARARG, N, NULL, NULL, S.pos); }
param(A) ::= STAR(S) NAME(N) COLON test(T). {
    A = mk_param(ctx, P_VARARG, N, T, NULL, S.pos);
}
param(A) ::= DOUBLESTAR(S) NAME(N). { A = mk_param(ctx, P_KWARG, N, NULL, NULL, S.pos); }
param(A) ::= DOUBLESTAR(S) NAME(N) COLON test(T). {
    A = mk_param(ctx, P_KWARG, N, T, NULL, S.pos);
}

classdef(A) ::= KW_CLASS(K) NAME(N) class_args(P) COLON suite(B). {
    A = mk_stmt(ctx, AST_ClassDef, span(K.pos, stmts_end(B)));
    A->v.classdef.name = tok_str(ctx, N);
    A->v.classdef.body = stmts_of(B);
    for (int i = 0; P != NULL && i < P->n; i++)
        if (((CallArg *)P->items[i])->kind == A_GEN)
            syn_error(ctx, OU_SYNERR_SYNTAX, ((CallArg *)P->items[i])->forpos, "invalid syntax");
    if (P != NULL) {
        PTok none = {0};
        OuExpr *call = ex_call(ctx, ex_name(ctx, N), none, P, none);
        A->v.classdef.bases = call->v.call.args;
        A->v.classdef.keywords = call->v.call.keywords;
    }
}
class_args(A) ::= . { A = NULL; }
class_args(A) ::= LPAR args_opt(B) RPAR. { A = B; }

// ---- Expressions ----

testlist_star_expr(A) ::= tlse_items(V). {
    A = V->n == 1 && !V->comma ? V->items[0]
        : ex_seq(ctx, AST_Tuple, V, span(OPOS((OuExpr *)V->items[0]), V->end));
}
tlse_items(A) ::= test(E). { A = vec1(ctx, E); A->end = OPOS(E); }
tlse_items(A) ::= star_expr(E). { A = vec1(ctx, E); A->end = OPOS(E); }
tlse_items(A) ::= tlse_items(B) COMMA(C). { A = B; A->comma = 1; A->end = C.pos; }
tlse_items(A) ::= tlse_items(B) COMMA test(E). { A = vec_push(ctx, B, E); A->comma = 1; A->end = OPOS(E); }
tlse_items(A) ::= tlse_items(B) COMMA star_expr(E). { A = vec_push(ctx, B, E); A->comma = 1; A->end = OPOS(E); }

testlist(A) ::= tl_items(V). {
    A = V->n == 1 && !V->comma ? V->items[0]
        : ex_seq(ctx, AST_Tuple, V, span(OPOS((OuExpr *)V->items[0]), V->end));
}
tl_items(A) ::= test(E). { A = vec1(ctx, E); A->end = OPOS(E); }
tl_items(A) ::= tl_items(B) COMMA(C). { A = B; A->comma = 1; A->end = C.pos; }
tl_items(A) ::= tl_items(B) COMMA test(E). { A = vec_push(ctx, B, E); A->comma = 1; A->end = OPOS(E); }

exprlist(A) ::= el_items(V). {
    A = V->n == 1 && !V->comma ? V->items[0]
        : ex_seq(ctx, AST_Tuple, V, span(OPOS((OuExpr *)V->items[0]), V->end));
}
el_items(A) ::= expr(E). { A = vec1(ctx, E); A->end = OPOS(E); }
el_items(A) ::= star_expr(E). { A = vec1(ctx, E); A->end = OPOS(E); }
el_items(A) ::= el_items(B) COMMA(C). { A = B; A->comma = 1; A->end = C.pos; }
el_items(A) ::= el_items(B) COMMA expr(E). { A = vec_push(ctx, B, E); A->comma = 1; A->end = OPOS(E); }
el_items(A) ::= el_items(B) COMMA star_expr(E). { A = vec_push(ctx, B, E); A->comma = 1; A->end = OPOS(E); }

star_expr(A) ::= STAR(S) expr(E). {
    A = mk_expr(ctx, AST_Starred, span(S.pos, OPOS(E)));
    A->v.starred.value = E;
}

namedexpr_test(A) ::= test(B). { A = B; }
namedexpr_test(A) ::= test(T) COLONEQUAL test(V). { A = ex_named(ctx, T, V); }

test(A) ::= or_test(B). { A = B; }
test(A) ::= or_test(B) KW_IF or_test(C) KW_ELSE test(D). {
    A = mk_expr(ctx, AST_IfExp, span(OPOS(B), OPOS(D)));
    A->v.ifexp.test = C;
    A->v.ifexp.body = B;
    A->v.ifexp.orelse = D;
}
test(A) ::= lambdef(B). { A = B; }

lambdef(A) ::= KW_LAMBDA(K) lparams_opt(P) COLON test(B). {
    A = mk_expr(ctx, AST_Lambda, span(K.pos, OPOS(B)));
    A->v.lambda.args = build_arguments(ctx, P);
    A->v.lambda.body = B;
}
lparams_opt(A) ::= . { A = vec_new(ctx); }
lparams_opt(A) ::= lparams(B). { A = B; }
lparams_opt(A) ::= lparams(B) COMMA. { A = B; A->comma = 1; }
lparams(A) ::= lparam(B). { A = vec1(ctx, B); }
lparams(A) ::= lparams(B) COMMA lparam(C). { A = vec_push(ctx, B, C); }
lparam(A) ::= NAME(N). { A = mk_param(ctx, P_NAME, N, NULL, NULL, N.pos); }
lparam(A) ::= NAME(N) EQUAL test(D). { A = mk_param(ctx, P_NAME, N, NULL, D, N.pos); }
lparam(A) ::= SLASH(S). { A = mk_param(ctx, P_SLASH, S, NULL, NULL, S.pos); }
lparam(A) ::= STAR(S). { A = mk_param(ctx, P_STAR, S, NULL, NULL, S.pos); }
lparam(A) ::= STAR(S) NAME(N). { A = mk_param(ctx, P_VARARG, N, NULL, NULL, S.pos); }
lparam(A) ::= DOUBLESTAR(S) NAME(N). { A = mk_param(ctx, P_KWARG, N, NULL, NULL, S.pos); }

or_test(A) ::= and_test(B). { A = B; }
or_test(A) ::= or_test(B) KW_OR and_test(C). { A = ex_boolop(ctx, AST_BOOL_OR, B, C); }
and_test(A) ::= not_test(B). { A = B; }
and_test(A) ::= and_test(B) KW_AND not_test(C). { A = ex_boolop(ctx, AST_BOOL_AND, B, C); }
not_test(A) ::= KW_NOT(K) not_test(B). { A = ex_unary(ctx, K, AST_UNARY_NOT, B); }
not_test(A) ::= comparison(B). { A = B; }

comparison(A) ::= expr(B). { A = B; }
comparison(A) ::= comparison(B) comp_op(O) expr(C). { A = ex_compare(ctx, B, O, C); }
comp_op(A) ::= LESS. { A = AST_CMP_LT; }
comp_op(A) ::= GREATER. { A = AST_CMP_GT; }
comp_op(A) ::= EQEQUAL. { A = AST_CMP_EQ; }
comp_op(A) ::= GREATEREQUAL. { A = AST_CMP_GTE; }
comp_op(A) ::= LESSEQUAL. { A = AST_CMP_LTE; }
comp_op(A) ::= NOTEQUAL. { A = AST_CMP_NOTEQ; }
comp_op(A) ::= KW_IN. { A = AST_CMP_IN; }
comp_op(A) ::= KW_NOT KW_IN. { A = AST_CMP_NOTIN; }
comp_op(A) ::= KW_IS. { A = AST_CMP_IS; }
comp_op(A) ::= KW_IS KW_NOT. { A = AST_CMP_ISNOT; }

expr(A) ::= xor_expr(B). { A = B; }
expr(A) ::= expr(B) VBAR xor_expr(C). { A = ex_binop(ctx, B, AST_OP_OR, C); }
xor_expr(A) ::= and_expr(B). { A = B; }
xor_expr(A) ::= xor_expr(B) CIRCUMFLEX and_expr(C). { A = ex_binop(ctx, B, AST_OP_XOR, C); }
and_expr(A) ::= shift_expr(B). { A = B; }
and_expr(A) ::= and_expr(B) AMPER shift_expr(C). { A = ex_binop(ctx, B, AST_OP_AND, C); }
shift_expr(A) ::= arith_expr(B). { A = B; }
shift_expr(A) ::= shift_expr(B) LEFTSHIFT arith_expr(C). { A = ex_binop(ctx, B, AST_OP_LSHIFT, C); }
shift_expr(A) ::= shift_expr(B) RIGHTSHIFT arith_expr(C). { A = ex_binop(ctx, B, AST_OP_RSHIFT, C); }
arith_expr(A) ::= term(B). { A = B; }
arith_expr(A) ::= arith_expr(B) PLUS term(C). { A = ex_binop(ctx, B, AST_OP_ADD, C); }
arith_expr(A) ::= arith_expr(B) MINUS term(C). { A = ex_binop(ctx, B, AST_OP_SUBTRACT, C); }
term(A) ::= factor(B). { A = B; }
term(A) ::= term(B) STAR factor(C). { A = ex_binop(ctx, B, AST_OP_MULTIPLY, C); }
term(A) ::= term(B) SLASH factor(C). { A = ex_binop(ctx, B, AST_OP_TRUE_DIVIDE, C); }
term(A) ::= term(B) PERCENT factor(C). { A = ex_binop(ctx, B, AST_OP_REMAINDER, C); }
term(A) ::= term(B) DOUBLESLASH factor(C). { A = ex_binop(ctx, B, AST_OP_FLOOR_DIVIDE, C); }
term(A) ::= term(B) AT factor(C). { A = ex_binop(ctx, B, AST_OP_MATRIX_MULTIPLY, C); }
factor(A) ::= PLUS(K) factor(B). { A = ex_unary(ctx, K, AST_UNARY_UADD, B); }
factor(A) ::= MINUS(K) factor(B). { A = ex_unary(ctx, K, AST_UNARY_USUB, B); }
factor(A) ::= TILDE(K) factor(B). { A = ex_unary(ctx, K, AST_UNARY_INVERT, B); }
factor(A) ::= power(B). { A = B; }
power(A) ::= await_primary(B). { A = B; }
power(A) ::= await_primary(B) DOUBLESTAR factor(C). { A = ex_binop(ctx, B, AST_OP_POWER, C); }
await_primary(A) ::= primary(B). { A = B; }
await_primary(A) ::= KW_AWAIT(K) primary(B). {
    A = mk_expr(ctx, AST_Await, span(K.pos, OPOS(B)));
    A->v.await_.value = B;
}

primary(A) ::= atom(B). { A = B; }
primary(A) ::= primary(F) LPAR(P) args_opt(L) RPAR(R). { A = ex_call(ctx, F, P, L, R); }
primary(A) ::= primary(V) LSQB subscripts(S) RSQB(R). { A = ex_subscript(ctx, V, S, R); }
primary(A) ::= primary(V) DOT NAME(N). {
    A = mk_expr(ctx, AST_Attribute, span(OPOS(V), N.pos));
    A->v.attribute.value = V;
    A->v.attribute.attr = tok_str(ctx, N);
}

subscripts(A) ::= subscript(B). { A = vec1(ctx, B); A->end = OPOS(B); }
subscripts(A) ::= subscripts(B) COMMA(C). { A = B; A->comma = 1; A->end = C.pos; }
subscripts(A) ::= subscripts(B) COMMA subscript(E). { A = vec_push(ctx, B, E); A->comma = 1; A->end = OPOS(E); }
subscript(A) ::= namedexpr_test(B). { A = B; }
subscript(A) ::= star_expr(B). { A = B; }
subscript(A) ::= opt_test(L) COLON(C) opt_test(H). {
    A = ex_slice(ctx, L, H, NULL, span(L ? OPOS(L) : C.pos, H ? OPOS(H) : C.pos));
}
subscript(A) ::= opt_test(L) COLON(C) opt_test(H) COLON(D) opt_test(S). {
    A = ex_slice(ctx, L, H, S, span(L ? OPOS(L) : C.pos, S ? OPOS(S) : D.pos));
}
opt_test(A) ::= . { A = NULL; }
opt_test(A) ::= test(B). { A = B; }

args_opt(A) ::= . { A = vec_new(ctx); }
args_opt(A) ::= arglist(B). { A = B; }
args_opt(A) ::= arglist(B) COMMA. { A = B; A->comma = 1; }
arglist(A) ::= argument(B). { A = vec1(ctx, B); }
arglist(A) ::= arglist(B) COMMA argument(C). { A = vec_push(ctx, B, C); }
argument(A) ::= namedexpr_test(E). { A = mk_callarg(ctx, A_POS, E, NULL); }
argument(A) ::= test(E) comp_fors(G). {
    OuAstPos none = {0};
    A = mk_callarg(ctx, A_GEN, ex_comp(ctx, AST_GeneratorExp, E, NULL, G, none), NULL);
    A->forpos = G->end;
}
argument(A) ::= STAR(S) test(E). {
    OuExpr *st = mk_expr(ctx, AST_Starred, span(S.pos, OPOS(E)));
    st->v.starred.value = E;
    A = mk_callarg(ctx, A_STAR, st, NULL);
}
argument(A) ::= DOUBLESTAR(S) test(E). {
    OuKeyword *kw = pz(ctx, sizeof(OuKeyword));
    kw->value = E;
    kw->pos = span(S.pos, OPOS(E));
    A = mk_callarg(ctx, A_DSTAR, NULL, kw);
}
argument(A) ::= test(N) EQUAL(Q) test(E). { A = mk_kwarg(ctx, N, Q, E); }

comp_fors(A) ::= KW_FOR(F) exprlist(T) KW_IN or_test(I). {
    A = vec1(ctx, mk_comp(ctx, T, I, 0));
    A->end = F.pos;
}
comp_fors(A) ::= KW_ASYNC(F) KW_FOR exprlist(T) KW_IN or_test(I). {
    A = vec1(ctx, mk_comp(ctx, T, I, 1));
    A->end = F.pos;
}
comp_fors(A) ::= comp_fors(B) KW_FOR exprlist(T) KW_IN or_test(I). {
    A = vec_push(ctx, B, mk_comp(ctx, T, I, 0));
}
comp_fors(A) ::= comp_fors(B) KW_ASYNC KW_FOR exprlist(T) KW_IN or_test(I). {
    A = vec_push(ctx, B, mk_comp(ctx, T, I, 1));
}
comp_fors(A) ::= comp_fors(B) KW_IF or_test(C). {
    OuComprehension *g = B->items[B->n - 1];
    Vec *ifs = pz(ctx, sizeof(Vec));
    ifs->n = ifs->cap = g->ifs.n;
    ifs->items = (void **)g->ifs.items;
    ifs = vec_push(ctx, ifs, C);
    g->ifs = exprs_of(ifs);
    A = B;
}

yield_expr(A) ::= KW_YIELD(K). { A = mk_expr(ctx, AST_Yield, K.pos); }
yield_expr(A) ::= KW_YIELD(K) testlist_star_expr(E). {
    A = mk_expr(ctx, AST_Yield, span(K.pos, OPOS(E)));
    A->v.yield.value = E;
}
yield_expr(A) ::= KW_YIELD(K) KW_FROM test(E). {
    A = mk_expr(ctx, AST_YieldFrom, span(K.pos, OPOS(E)));
    A->v.yieldfrom.value = E;
}

// ---- Atoms ----

atom(A) ::= NAME(N). { A = ex_name(ctx, N); }
atom(A) ::= NUMBER(N). { A = ex_number(ctx, N); }
atom(A) ::= strings(S). { A = ex_strings(ctx, S); }
atom(A) ::= ELLIPSIS(T). { A = ex_const(ctx, AST_CONST_ELLIPSIS, T); }
atom(A) ::= KW_NONE(T). { A = ex_const(ctx, AST_CONST_NONE, T); }
atom(A) ::= KW_TRUE(T). { A = ex_const(ctx, AST_CONST_TRUE, T); }
atom(A) ::= KW_FALSE(T). { A = ex_const(ctx, AST_CONST_FALSE, T); }
strings(A) ::= STRING(S). {
    PTok *t = pz(ctx, sizeof(PTok));
    *t = S;
    A = vec1(ctx, t);
}
strings(A) ::= strings(B) STRING(S). {
    PTok *t = pz(ctx, sizeof(PTok));
    *t = S;
    A = vec_push(ctx, B, t);
}

atom(A) ::= LPAR(L) RPAR(R). { A = ex_seq(ctx, AST_Tuple, vec_new(ctx), span(L.pos, R.pos)); }
atom(A) ::= LPAR(L) yield_expr(E) RPAR(R). {
    A = E;
    PARENS(A)++;
    ((ExprX *)A)->outer = span(L.pos, R.pos);
}
atom(A) ::= LPAR(L) elems(V) RPAR(R). { A = ex_paren(ctx, L, V, R); }
atom(A) ::= LPAR(L) namedexpr_test(E) comp_fors(G) RPAR(R). {
    A = ex_comp(ctx, AST_GeneratorExp, E, NULL, G, span(L.pos, R.pos));
}
atom(A) ::= LSQB(L) RSQB(R). { A = ex_seq(ctx, AST_List, vec_new(ctx), span(L.pos, R.pos)); }
atom(A) ::= LSQB(L) elems(V) RSQB(R). { A = ex_seq(ctx, AST_List, V, span(L.pos, R.pos)); }
atom(A) ::= LSQB(L) namedexpr_test(E) comp_fors(G) RSQB(R). {
    A = ex_comp(ctx, AST_ListComp, E, NULL, G, span(L.pos, R.pos));
}
atom(A) ::= LBRACE(L) RBRACE(R). { A = ex_dict(ctx, vec_new(ctx), vec_new(ctx), span(L.pos, R.pos)); }
atom(A) ::= LBRACE(L) elems(V) RBRACE(R). { A = ex_seq(ctx, AST_Set, V, span(L.pos, R.pos)); }
atom(A) ::= LBRACE(L) namedexpr_test(E) comp_fors(G) RBRACE(R). {
    A = ex_comp(ctx, AST_SetComp, E, NULL, G, span(L.pos, R.pos));
}
atom(A) ::= LBRACE(L) dict_items(V) RBRACE(R). {
    A = ex_dict(ctx, V, (Vec *)V->items[V->n - 1], span(L.pos, R.pos));
}
atom(A) ::= LBRACE(L) dict_items(V) COMMA RBRACE(R). {
    A = ex_dict(ctx, V, (Vec *)V->items[V->n - 1], span(L.pos, R.pos));
}
atom(A) ::= LBRACE(L) test(K) COLON test(V) comp_fors(G) RBRACE(R). {
    A = ex_comp(ctx, AST_DictComp, K, V, G, span(L.pos, R.pos));
}
atom(A) ::= LBRACE DOUBLESTAR(S) expr(E) comp_fors RBRACE. {
    A = E;
    syn_error(ctx, OU_SYNERR_SYNTAX, S.pos, "dict unpacking cannot be used in dict comprehension");
}
atom(A) ::= LSQB star_expr(E) comp_fors RSQB. {
    A = E;
    syn_error(ctx, OU_SYNERR_SYNTAX, E->pos, "iterable unpacking cannot be used in comprehension");
}
atom(A) ::= LPAR star_expr(E) comp_fors RPAR. {
    A = E;
    syn_error(ctx, OU_SYNERR_SYNTAX, E->pos, "iterable unpacking cannot be used in comprehension");
}
atom(A) ::= LBRACE star_expr(E) comp_fors RBRACE. {
    A = E;
    syn_error(ctx, OU_SYNERR_SYNTAX, E->pos, "iterable unpacking cannot be used in comprehension");
}

// dict_items keeps the keys in its items and, in a hidden last slot, the
// values vector: one semantic value carries both lists.
dict_items(A) ::= test(K) COLON test(V). {
    A = vec1(ctx, K);
    A = vec_push(ctx, A, vec1(ctx, V));
}
dict_items(A) ::= DOUBLESTAR expr(V). {
    A = vec1(ctx, NULL);
    A = vec_push(ctx, A, vec1(ctx, V));
}
dict_items(A) ::= dict_items(B) COMMA test(K) COLON test(V). {
    Vec *vals = B->items[B->n - 1];
    B->items[B->n - 1] = K;
    A = vec_push(ctx, B, vec_push(ctx, vals, V));
}
dict_items(A) ::= dict_items(B) COMMA DOUBLESTAR expr(V). {
    Vec *vals = B->items[B->n - 1];
    B->items[B->n - 1] = NULL;
    A = vec_push(ctx, B, vec_push(ctx, vals, V));
}

// Display and parenthesis contents; `x as y` is accepted for `with (...)`.
elems(A) ::= elem(E). { A = vec1(ctx, E); A->end = OPOS(E); }
elems(A) ::= elems(B) COMMA(C). { A = B; A->comma = 1; A->end = C.pos; }
elems(A) ::= elems(B) COMMA elem(E). { A = vec_push(ctx, B, E); A->comma = 1; A->end = OPOS(E); }
elem(A) ::= namedexpr_test(B). { A = B; }
elem(A) ::= star_expr(B). { A = B; }
elem(A) ::= test(E) KW_AS(K) expr(T). { A = ex_withas(ctx, E, K, T); }

%code {
// Would the parser, as it stands, shift `tok`? Lemon takes default reductions
// before noticing an error, so replay them on a copy of the state stack.
static int accepts(yyParser *p, int tok)
{
    int n = (int)(p->yytos - p->yystack) + 1, cap = n + 16, top = n - 1, ok = 0;
    int *st = malloc(sizeof(int) * (size_t)cap);
    if (st == NULL)
        return 0;
    for (int i = 0; i < n; i++)
        st[i] = p->yystack[i].stateno;
    for (int guard = 0; guard < 100000; guard++) {
        int act = yy_find_shift_action((YYCODETYPE)tok, (YYACTIONTYPE)st[top]);
        if (act >= YY_MIN_REDUCE) {
            int rule = act - YY_MIN_REDUCE;
            top += yyRuleInfoNRhs[rule];
            if (top < 0)
                break;
            int go = yy_find_reduce_action((YYACTIONTYPE)st[top], yyRuleInfoLhs[rule]);
            if (top + 1 >= cap) {
                int *ns = realloc(st, sizeof(int) * (size_t)(cap *= 2));
                if (ns == NULL)
                    break;
                st = ns;
            }
            st[++top] = go;
            continue;
        }
        ok = act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
        break;
    }
    free(st);
    return ok;
}

void ou_lemon_note_error(void *parser, ParseCtx *c, PTok tok)
{
    yyParser *p = parser;
    c->syn_hit = 1;
    c->syn_tok = tok;
    c->want_colon = accepts(p, OU_TK_COLON);
    c->want_indent = accepts(p, OU_TK_INDENT);
    c->want_else = accepts(p, OU_TK_KW_ELSE);
    c->header.kind = 0;
    c->ifexp_body = c->ifexp_test = NULL;
    for (yyStackEntry *e = p->yytos; e > p->yystack; e--) {
        switch (e->major) {
        case OU_TK_KW_IF: case OU_TK_KW_ELIF: case OU_TK_KW_ELSE: case OU_TK_KW_WHILE:
        case OU_TK_KW_FOR: case OU_TK_KW_TRY: case OU_TK_KW_EXCEPT: case OU_TK_KW_FINALLY:
        case OU_TK_KW_WITH: case OU_TK_KW_DEF: case OU_TK_KW_CLASS:
            if (c->header.kind == 0) {
                c->header = e->minor.yy0;
                c->header.kind = e->major;
            }
            break;
        default:
            break;
        }
    }
    // `a if b` and no `else`: the entry under that `if` holds `a`. Every
    // expression nonterminal shares one union member, so read it as such.
    if (c->want_else) {
        for (yyStackEntry *e = p->yytos; e > p->yystack + 1; e--) {
            if (e->major == OU_TK_KW_IF && e[-1].major >= YYNTOKEN) {
                memcpy(&c->ifexp_body, &e[-1].minor, sizeof c->ifexp_body);
                break;
            }
        }
    }
}
}
