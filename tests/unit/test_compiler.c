// tests/unit/test_compiler.c: the compiler on hand-built ASTs (so these tests
// do not depend on the parser) and on source text: opcode sequences, stack
// depth, exception tables, symbol-table verdicts and SyntaxError messages.
#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "compiler/compiler.h"
#include "compiler/internal.h"
#include "runtime/code.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

// ---- AST builders ----

static OuAstArena *arena;

static OuAstPos P(int line) { return (OuAstPos){line, 0, line, 1}; }

static OuExpr *ex(OuExprKind k, int line)
{
    OuExpr *e = ou_ast_alloc(arena, sizeof *e);
    e->kind = k;
    e->pos = P(line);
    return e;
}

static OuExpr *name(const char *id, OuAstContext ctx)
{
    OuExpr *e = ex(AST_Name, 1);
    e->v.name.id = id;
    e->v.name.ctx = ctx;
    return e;
}

static OuExpr *intc(const char *text)
{
    OuExpr *e = ex(AST_Constant, 1);
    e->v.constant.kind = AST_CONST_INT;
    e->v.constant.text = text;
    e->v.constant.len = strlen(text);
    return e;
}

static OuExprSeq eseq(int n, ...)
{
    OuExprSeq s = {n, ou_ast_alloc(arena, sizeof(OuExpr *) * (size_t)(n + 1))};
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        s.items[i] = va_arg(ap, OuExpr *);
    va_end(ap);
    return s;
}

static OuStmt *st(OuStmtKind k, int line)
{
    OuStmt *s = ou_ast_alloc(arena, sizeof *s);
    s->kind = k;
    s->pos = P(line);
    return s;
}

static OuStmtSeq sseq(int n, ...)
{
    OuStmtSeq s = {n, ou_ast_alloc(arena, sizeof(OuStmt *) * (size_t)(n + 1))};
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        s.items[i] = va_arg(ap, OuStmt *);
    va_end(ap);
    return s;
}

static OuStmt *assign(OuExpr *target, OuExpr *value)
{
    OuStmt *s = st(AST_Assign, 1);
    s->v.assign.targets = eseq(1, target);
    s->v.assign.value = value;
    return s;
}

static OuStmt *expr_stmt(OuExpr *v)
{
    OuStmt *s = st(AST_Expr, 1);
    s->v.expr.value = v;
    return s;
}

static OuStmt *funcdef(const char *nm, OuStmtSeq body)
{
    OuStmt *s = st(AST_FunctionDef, 1);
    s->v.funcdef.name = nm;
    s->v.funcdef.args = ou_ast_alloc(arena, sizeof(OuArguments));
    s->v.funcdef.body = body;
    return s;
}

static OuStmt *ret(OuExpr *v)
{
    OuStmt *s = st(AST_Return, 1);
    s->v.ret.value = v;
    return s;
}

static OuAstModule *module(OuStmtSeq body)
{
    OuAstModule *m = ou_ast_alloc(arena, sizeof *m);
    m->mode = OU_PARSE_FILE;
    m->body = body;
    return m;
}

// ---- Helpers ----

static void setup(void)
{
    static char *argv[] = {"test_compiler", NULL};
    ck_assert_int_eq(ou_runtime_init(1, argv), 0);
    arena = ou_ast_arena_new();
}

static void teardown(void)
{
    ou_ast_arena_free(arena);
    ou_runtime_finalize();
}

// "LOAD_CONST STORE_NAME ..." for the code's instructions (prefixes skipped).
static void opnames(OuObject *co, char *buf, size_t size)
{
    OuCode *c = (OuCode *)co;
    buf[0] = '\0';
    for (int i = 0; i < c->ncode; i++) {
        int op = c->code[i] & 0xFF;
        if (op == OP_EXTENDED_ARG)
            continue;
        if (buf[0])
            strncat(buf, " ", size - strlen(buf) - 1);
        strncat(buf, ou_opcode_name(op), size - strlen(buf) - 1);
    }
}

static OuObject *compile_mod(OuAstModule *m)
{
    OuObject *co = ou_compile_ast(m, NULL, 0, "t.py");
    ck_assert_ptr_nonnull(co);
    return co;
}

static const char *error_message(void)
{
    static char msg[256];
    OuObject *e = ou_err_fetch();
    ck_assert_ptr_nonnull(e);
    OuObject *args = ((OuBaseException *)e)->args;
    snprintf(msg, sizeof msg, "%s", ou_str_utf8(ou_tuple_get(args, 0)));
    OU_DECREF(e);
    return msg;
}

// ---- Tests on built ASTs ----

START_TEST(test_compile_assign)
{
    char buf[512];
    OuObject *co = compile_mod(module(sseq(1, assign(name("x", AST_STORE), intc("1")))));
    opnames(co, buf, sizeof buf);
    ck_assert_str_eq(buf, "LOAD_CONST STORE_NAME LOAD_CONST RETURN_VALUE");
    ck_assert_int_eq(((OuCode *)co)->stacksize, 1);
    OU_DECREF(co);
}
END_TEST

START_TEST(test_compile_const_list)
{
    char buf[512];
    OuExpr *l = ex(AST_List, 1);
    l->v.list.elts = eseq(3, intc("1"), intc("2"), intc("3"));
    OuObject *co = compile_mod(module(sseq(1, expr_stmt(l))));
    opnames(co, buf, sizeof buf);
    ck_assert_str_eq(buf, "BUILD_LIST LOAD_CONST LIST_EXTEND POP_TOP LOAD_CONST RETURN_VALUE");
    OU_DECREF(co);
}
END_TEST

START_TEST(test_compile_const_tuple)
{
    char buf[512];
    OuExpr *t = ex(AST_Tuple, 1);
    t->v.list.elts = eseq(2, intc("1"), intc("2"));
    OuObject *co = compile_mod(module(sseq(1, assign(name("x", AST_STORE), t))));
    opnames(co, buf, sizeof buf);
    ck_assert_str_eq(buf, "LOAD_CONST STORE_NAME LOAD_CONST RETURN_VALUE");
    ck_assert(ou_tuple_check(ou_tuple_get(((OuCode *)co)->consts, 0)));
    OU_DECREF(co);
}
END_TEST

START_TEST(test_compile_closure)
{
    // def f():
    //     x = 1
    //     def g(): return x
    //     return g
    char buf[512];
    OuStmt *g = funcdef("g", sseq(1, ret(name("x", AST_LOAD))));
    OuStmt *f = funcdef("f", sseq(3, assign(name("x", AST_STORE), intc("1")), g,
                                   ret(name("g", AST_LOAD))));
    OuObject *co = compile_mod(module(sseq(1, f)));
    OuCode *fco = (OuCode *)ou_tuple_get(((OuCode *)co)->consts, 0);
    ck_assert(ou_code_check((OuObject *)fco));
    ck_assert_int_eq(fco->ncells, 1);
    opnames((OuObject *)fco, buf, sizeof buf);
    ck_assert_str_eq(buf, "MAKE_CELL LOAD_CONST STORE_DEREF LOAD_CLOSURE BUILD_TUPLE LOAD_CONST "
                          "MAKE_FUNCTION STORE_FAST LOAD_FAST RETURN_VALUE");
    OuCode *gco = NULL;
    for (ou_ssize_t i = 0; i < ou_tuple_size(fco->consts); i++)
        if (ou_code_check(ou_tuple_get(fco->consts, i)))
            gco = (OuCode *)ou_tuple_get(fco->consts, i);
    ck_assert_ptr_nonnull(gco);
    ck_assert_int_eq(gco->nfrees, 1);
    ck_assert_str_eq(ou_str_utf8(gco->qualname), "f.<locals>.g");
    opnames((OuObject *)gco, buf, sizeof buf);
    ck_assert_str_eq(buf, "COPY_FREE_VARS LOAD_DEREF RETURN_VALUE");
    OU_DECREF(co);
}
END_TEST

START_TEST(test_symtable_scopes)
{
    OuStmt *g = funcdef("g", sseq(1, ret(name("x", AST_LOAD))));
    OuStmt *f = funcdef("f", sseq(3, assign(name("x", AST_STORE), intc("1")), g,
                                   ret(name("y", AST_LOAD))));
    OuAstModule *m = module(sseq(1, f));
    OuSymtable tab;
    ck_assert_int_eq(ou_symtable_build(&tab, m), 0);
    OuSymScope *fs = ou_symtable_child(tab.top, f);
    OuSymScope *gs = ou_symtable_child(fs, g);
    ck_assert_int_eq(ou_symtable_scope_of(tab.top, "f"), OU_SC_LOCAL);
    ck_assert_int_eq(ou_symtable_scope_of(fs, "x"), OU_SC_CELL);
    ck_assert_int_eq(ou_symtable_scope_of(fs, "y"), OU_SC_GLOBAL_IMPLICIT);
    ck_assert_int_eq(ou_symtable_scope_of(fs, "g"), OU_SC_LOCAL);
    ck_assert_int_eq(ou_symtable_scope_of(gs, "x"), OU_SC_FREE);
    ou_symtable_free(&tab);
}
END_TEST

START_TEST(test_symtable_global_after_use)
{
    OuStmt *gl = st(AST_Global, 2);
    gl->v.global.names.n = 1;
    gl->v.global.names.items = ou_ast_alloc(arena, sizeof(char *));
    gl->v.global.names.items[0] = "x";
    OuStmt *f = funcdef("f", sseq(2, expr_stmt(name("x", AST_LOAD)), gl));
    OuObject *co = ou_compile_ast(module(sseq(1, f)), NULL, 0, "t.py");
    ck_assert_ptr_null(co);
    ck_assert(ou_err_matches(&ou_exc_SyntaxError));
    ck_assert_str_eq(error_message(), "name 'x' is used prior to global declaration");
}
END_TEST

START_TEST(test_return_outside_function)
{
    OuObject *co = ou_compile_ast(module(sseq(1, ret(NULL))), NULL, 0, "t.py");
    ck_assert_ptr_null(co);
    ck_assert_str_eq(error_message(), "'return' outside function");
}
END_TEST

START_TEST(test_break_outside_loop)
{
    OuObject *co = ou_compile_ast(module(sseq(1, st(AST_Break, 1))), NULL, 0, "t.py");
    ck_assert_ptr_null(co);
    ck_assert_str_eq(error_message(), "'break' outside loop");
}
END_TEST

START_TEST(test_try_except_table)
{
    // try: x = 1
    // except: pass
    OuStmt *t = st(AST_Try, 1);
    t->v.try_.body = sseq(1, assign(name("x", AST_STORE), intc("1")));
    OuExceptHandler *h = ou_ast_alloc(arena, sizeof *h);
    h->body = sseq(1, st(AST_Pass, 3));
    h->pos = P(2);
    t->v.try_.handlers.n = 1;
    t->v.try_.handlers.items = ou_ast_alloc(arena, sizeof(void *));
    t->v.try_.handlers.items[0] = h;
    OuObject *co = compile_mod(module(sseq(1, t)));
    OuCode *c = (OuCode *)co;
    char buf[512];
    opnames(co, buf, sizeof buf);
    ck_assert_str_eq(buf, "LOAD_CONST STORE_NAME JUMP_FORWARD PUSH_EXC_INFO POP_TOP POP_EXCEPT "
                          "JUMP_FORWARD COPY POP_EXCEPT RERAISE LOAD_CONST RETURN_VALUE");
    ck_assert_int_eq(c->nexc, 2);
    ck_assert_int_eq(c->exctable[0].start, 0);
    ck_assert_int_eq(c->exctable[0].end, 2);
    ck_assert_int_eq(c->exctable[0].target, 3);
    ck_assert_int_eq(c->exctable[0].depth, 0);
    ck_assert_int_eq(c->exctable[0].lasti, 0);
    ck_assert_int_eq(c->exctable[1].start, 3);
    ck_assert_int_eq(c->exctable[1].end, 5);
    ck_assert_int_eq(c->exctable[1].target, 7);
    ck_assert_int_eq(c->exctable[1].depth, 1);
    ck_assert_int_eq(c->exctable[1].lasti, 1);
    ck_assert_int_eq(c->stacksize, 4);
    int target, depth, lasti;
    ck_assert_int_eq(ou_code_find_handler(c, 1, &target, &depth, &lasti), 1);
    ck_assert_int_eq(target, 3);
    ck_assert_int_eq(ou_code_find_handler(c, 2, &target, &depth, &lasti), 0);
    OU_DECREF(co);
}
END_TEST

START_TEST(test_opcode_table)
{
    ck_assert_str_eq(ou_opcode_name(OP_LOAD_CONST), "LOAD_CONST");
    ck_assert_int_eq(ou_opcode_operand(OP_POP_JUMP_IF_FALSE), OU_OPERAND_JUMP);
    ck_assert_int_eq(ou_opcode_stack_effect(OP_BUILD_LIST, 3), -2);
    ck_assert_int_eq(ou_opcode_stack_effect(OP_CALL, 2), -3);
    ck_assert_int_eq(ou_opcode_stack_effect(OP_LOAD_GLOBAL, 1), 2);
    ck_assert_int_eq(ou_opcode_stack_effect(OP_MAKE_FUNCTION, 9), -2);
    ck_assert_int_lt(OP__COUNT, 256);
}
END_TEST

// ---- Tests from source text (need the parser) ----

static OuObject *compile_src(const char *src)
{
    return ou_compile(src, strlen(src), "t.py", OU_PARSE_FILE);
}

START_TEST(test_source_chained_compare)
{
    char buf[512];
    OuObject *co = compile_src("a < b < c\n");
    ck_assert_ptr_nonnull(co);
    opnames(co, buf, sizeof buf);
    ck_assert_str_eq(buf, "LOAD_NAME LOAD_NAME SWAP COPY COMPARE_OP JUMP_IF_FALSE_OR_POP LOAD_NAME "
                          "COMPARE_OP JUMP_FORWARD SWAP POP_TOP POP_TOP LOAD_CONST RETURN_VALUE");
    OU_DECREF(co);
}
END_TEST

START_TEST(test_source_complex_rejected)
{
    ck_assert_ptr_null(compile_src("x = 2j\n"));
    ck_assert_str_eq(error_message(), "complex numbers are not supported by ouro");
}
END_TEST

START_TEST(test_source_nonlocal_module)
{
    ck_assert_ptr_null(compile_src("nonlocal x\n"));
    ck_assert_str_eq(error_message(), "nonlocal declaration not allowed at module level");
}
END_TEST

static Suite *compiler_suite(void)
{
    Suite *s = suite_create("compiler");
    TCase *tc = tcase_create("ast");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_compile_assign);
    tcase_add_test(tc, test_compile_const_list);
    tcase_add_test(tc, test_compile_const_tuple);
    tcase_add_test(tc, test_compile_closure);
    tcase_add_test(tc, test_symtable_scopes);
    tcase_add_test(tc, test_symtable_global_after_use);
    tcase_add_test(tc, test_return_outside_function);
    tcase_add_test(tc, test_break_outside_loop);
    tcase_add_test(tc, test_try_except_table);
    tcase_add_test(tc, test_opcode_table);
    suite_add_tcase(s, tc);
    TCase *src = tcase_create("source");
    tcase_add_checked_fixture(src, setup, teardown);
    tcase_add_test(src, test_source_chained_compare);
    tcase_add_test(src, test_source_complex_rejected);
    tcase_add_test(src, test_source_nonlocal_module);
    suite_add_tcase(s, src);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(compiler_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
