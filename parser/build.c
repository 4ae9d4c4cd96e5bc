// parser/build.c: node builders for grammar.y's actions, and the checks the
// LALR grammar leaves to them: assignment targets (parsed as expressions,
// then given Store/Del context), parameter lists, call arguments, with-items.
// Messages and positions are CPython 3.11's.
#include "parser/internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// ---- Memory and errors ----

void *pz(ParseCtx *c, size_t size)
{
    void *p = ou_ast_alloc(c->arena, size);
    if (p != NULL)
        return p;
    // Keep the actions free of NULL checks: they write into a scratch block,
    // and the parse fails as a whole.
    if (!c->failed) {
        c->failed = 1;
        c->err->kind = OU_SYNERR_SYNTAX;
        snprintf(c->err->msg, sizeof c->err->msg, "out of memory");
    }
    memset(c->emergency, 0, sizeof c->emergency);
    return size <= sizeof c->emergency ? c->emergency : NULL;
}

void syn_error(ParseCtx *c, OuSyntaxErrorKind kind, OuAstPos pos, const char *fmt, ...)
{
    if (c->failed)
        return;
    c->failed = 1;
    c->err->kind = kind;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->err->msg, sizeof c->err->msg, fmt, ap);
    va_end(ap);
    c->err->line = pos.line;
    c->err->col = pos.col;
    c->err->end_line = pos.end_line;
    c->err->end_col = pos.end_col;
}

OuAstPos span(OuAstPos a, OuAstPos b)
{
    OuAstPos p = {a.line, a.col, b.end_line, b.end_col};
    return p;
}

Vec *vec_new(ParseCtx *c)
{
    return pz(c, sizeof(Vec));
}

Vec *vec_push(ParseCtx *c, Vec *v, void *item)
{
    if (v->n == v->cap) {
        int cap = v->cap ? v->cap * 2 : 4;
        void **items = pz(c, sizeof(void *) * (size_t)cap);
        if (items == NULL || items == (void **)c->emergency)
            return v;
        if (v->n)
            memcpy(items, v->items, sizeof(void *) * (size_t)v->n);
        v->items = items;
        v->cap = cap;
    }
    v->items[v->n++] = item;
    return v;
}

Vec *vec1(ParseCtx *c, void *item)
{
    return vec_push(c, vec_new(c), item);
}

OuExprSeq exprs_of(Vec *v)
{
    OuExprSeq s = {v ? v->n : 0, v ? (OuExpr **)v->items : NULL};
    return s;
}

OuStmtSeq stmts_of(Vec *v)
{
    OuStmtSeq s = {v ? v->n : 0, v ? (OuStmt **)v->items : NULL};
    return s;
}

const char *tok_str(ParseCtx *c, PTok t)
{
    const char *s = ou_ast_strndup(c->arena, t.start, (size_t)t.len);
    return s ? s : "";
}

OuAstPos stmts_end(Vec *body)
{
    OuAstPos p = {0, 0, 0, 0};
    if (body != NULL && body->n > 0)
        p = ((OuStmt *)body->items[body->n - 1])->pos;
    return p;
}

// ---- Expressions ----

OuExpr *mk_expr(ParseCtx *c, OuExprKind kind, OuAstPos pos)
{
    OuExpr *e = pz(c, sizeof(ExprX));
    e->kind = kind;
    e->pos = pos;
    return e;
}

OuStmt *mk_stmt(ParseCtx *c, OuStmtKind kind, OuAstPos pos)
{
    OuStmt *s = pz(c, sizeof(OuStmt));
    s->kind = kind;
    s->pos = pos;
    return s;
}

OuExpr *ex_name(ParseCtx *c, PTok t)
{
    OuExpr *e = mk_expr(c, AST_Name, t.pos);
    e->v.name.id = tok_str(c, t);
    return e;
}

OuExpr *ex_number(ParseCtx *c, PTok t)
{
    OuExpr *e = mk_expr(c, AST_Constant, t.pos);
    int hex = t.len > 1 && t.start[0] == '0' && (t.start[1] == 'x' || t.start[1] == 'X');
    OuAstConstKind kind = AST_CONST_INT;
    if (!hex) {
        for (int i = 0; i < t.len; i++) {
            char ch = t.start[i];
            if (ch == 'j' || ch == 'J') {
                kind = AST_CONST_IMAG;
                break;
            }
            if (ch == '.' || ch == 'e' || ch == 'E')
                kind = AST_CONST_FLOAT;
        }
    }
    e->v.constant.kind = kind;
    e->v.constant.text = tok_str(c, t);
    e->v.constant.len = (size_t)t.len;
    return e;
}

OuExpr *ex_const(ParseCtx *c, OuAstConstKind kind, PTok t)
{
    OuExpr *e = mk_expr(c, AST_Constant, t.pos);
    e->v.constant.kind = kind;
    return e;
}

OuExpr *ex_binop(ParseCtx *c, OuExpr *l, int op, OuExpr *r)
{
    OuExpr *e = mk_expr(c, AST_BinOp, span(OPOS(l), OPOS(r)));
    e->v.binop.left = l;
    e->v.binop.op = (OuAstOperator)op;
    e->v.binop.right = r;
    return e;
}

OuExpr *ex_unary(ParseCtx *c, PTok t, int op, OuExpr *operand)
{
    OuExpr *e = mk_expr(c, AST_UnaryOp, span(t.pos, OPOS(operand)));
    e->v.unaryop.op = (OuAstUnaryOp)op;
    e->v.unaryop.operand = operand;
    return e;
}

OuExpr *ex_boolop(ParseCtx *c, int op, OuExpr *l, OuExpr *r)
{
    // `a or b or c` is one BoolOp with three values, `(a or b) or c` two.
    if (l->kind == AST_BoolOp && (int)l->v.boolop.op == op && PARENS(l) == 0) {
        Vec v = {l->v.boolop.values.n, l->v.boolop.values.n,
                 (void **)l->v.boolop.values.items, 0, {0, 0, 0, 0}};
        vec_push(c, &v, r);
        l->v.boolop.values = exprs_of(&v);
        l->pos = span(l->pos, OPOS(r));
        return l;
    }
    OuExpr *e = mk_expr(c, AST_BoolOp, span(OPOS(l), OPOS(r)));
    e->v.boolop.op = (OuAstBoolOp)op;
    Vec *v = vec1(c, l);
    e->v.boolop.values = exprs_of(vec_push(c, v, r));
    return e;
}

OuExpr *ex_compare(ParseCtx *c, OuExpr *l, int op, OuExpr *r)
{
    if (l->kind == AST_Compare && PARENS(l) == 0) {
        int n = l->v.compare.n;
        OuAstCmpOp *ops = pz(c, sizeof(OuAstCmpOp) * (size_t)(n + 1));
        OuExpr **cmp = pz(c, sizeof(OuExpr *) * (size_t)(n + 1));
        if (ops == NULL || cmp == NULL || (void *)cmp == c->emergency)
            return l;
        memcpy(ops, l->v.compare.ops, sizeof(OuAstCmpOp) * (size_t)n);
        memcpy(cmp, l->v.compare.comparators, sizeof(OuExpr *) * (size_t)n);
        ops[n] = (OuAstCmpOp)op;
        cmp[n] = r;
        l->v.compare.ops = ops;
        l->v.compare.comparators = cmp;
        l->v.compare.n = n + 1;
        l->pos = span(l->pos, OPOS(r));
        return l;
    }
    OuExpr *e = mk_expr(c, AST_Compare, span(OPOS(l), OPOS(r)));
    e->v.compare.left = l;
    e->v.compare.n = 1;
    e->v.compare.ops = pz(c, sizeof(OuAstCmpOp));
    e->v.compare.ops[0] = (OuAstCmpOp)op;
    e->v.compare.comparators = pz(c, sizeof(OuExpr *));
    e->v.compare.comparators[0] = r;
    return e;
}

OuExpr *ex_seq(ParseCtx *c, OuExprKind kind, Vec *elts, OuAstPos pos)
{
    OuExpr *e = mk_expr(c, kind, pos);
    if (kind == AST_Set)
        e->v.set.elts = exprs_of(elts);
    else
        e->v.list.elts = exprs_of(elts);
    return e;
}

OuExpr *ex_paren(ParseCtx *c, PTok l, Vec *elts, PTok r)
{
    if (elts->n == 1 && !elts->comma) {
        OuExpr *e = elts->items[0];
        if (e->kind == AST_Starred)
            syn_error(c, OU_SYNERR_SYNTAX, e->pos, "cannot use starred expression here");
        PARENS(e)++;
        ((ExprX *)e)->outer = span(l.pos, r.pos);
        return e;
    }
    OuExpr *e = ex_seq(c, AST_Tuple, elts, span(l.pos, r.pos));
    PARENS(e)++;
    ((ExprX *)e)->outer = e->pos;
    return e;
}

OuComprehension *mk_comp(ParseCtx *c, OuExpr *target, OuExpr *iter, int is_async)
{
    OuComprehension *g = pz(c, sizeof(OuComprehension));
    set_store(c, target, T_COMP);
    g->target = target;
    g->iter = iter;
    g->is_async = is_async;
    return g;
}

OuExpr *ex_comp(ParseCtx *c, OuExprKind kind, OuExpr *elt, OuExpr *val, Vec *gens, OuAstPos pos)
{
    if (pos.line == 0) {
        // An unparenthesized generator argument: elt to its last clause.
        OuComprehension *g = gens->items[gens->n - 1];
        OuExpr *last = g->ifs.n ? g->ifs.items[g->ifs.n - 1] : g->iter;
        pos = span(OPOS(elt), OPOS(last));
    }
    OuExpr *e = mk_expr(c, kind, pos);
    if (kind == AST_DictComp) {
        e->v.comp.key = elt;
        e->v.comp.value = val;
    } else {
        e->v.comp.elt = elt;
    }
    e->v.comp.generators.n = gens->n;
    e->v.comp.generators.items = (OuComprehension **)gens->items;
    return e;
}

OuExpr *ex_dict(ParseCtx *c, Vec *keys, Vec *values, OuAstPos pos)
{
    OuExpr *e = mk_expr(c, AST_Dict, pos);
    // grammar.y keeps the values vector in the keys' last slot.
    e->v.dict.keys.n = keys->n ? keys->n - 1 : 0;
    e->v.dict.keys.items = (OuExpr **)keys->items;
    e->v.dict.values = exprs_of(values);
    return e;
}

CallArg *mk_callarg(ParseCtx *c, int kind, OuExpr *value, OuKeyword *kw)
{
    CallArg *a = pz(c, sizeof(CallArg));
    a->kind = kind;
    a->value = value;
    a->kw = kw;
    return a;
}

CallArg *mk_kwarg(ParseCtx *c, OuExpr *name, PTok eq, OuExpr *value)
{
    OuKeyword *kw = pz(c, sizeof(OuKeyword));
    kw->value = value;
    kw->pos = span(OPOS(name), OPOS(value));
    if (name->kind != AST_Name || PARENS(name) != 0)
        syn_error(c, OU_SYNERR_SYNTAX, span(OPOS(name), eq.pos),
                  "expression cannot contain assignment, perhaps you meant \"==\"?");
    else
        kw->arg = name->v.name.id;
    return mk_callarg(c, A_KW, NULL, kw);
}

OuExpr *ex_call(ParseCtx *c, OuExpr *func, PTok lpar, Vec *args, PTok rpar)
{
    OuExpr *e = mk_expr(c, AST_Call, span(OPOS(func), rpar.pos));
    Vec *pos = vec_new(c), *kws = vec_new(c);
    int seen_kw = 0, seen_dstar = 0;
    for (int i = 0; i < args->n; i++) {
        CallArg *a = args->items[i];
        switch (a->kind) {
        case A_GEN:
            if (args->n > 1 || args->comma) {
                syn_error(c, OU_SYNERR_SYNTAX, a->value->pos,
                          "Generator expression must be parenthesized");
            } else if (lpar.len) {
                a->value->pos = span(lpar.pos, rpar.pos);
            }
            /* fall through */
        case A_POS:
            // CPython reports these where its argument rule gave up: the `)`.
            if (seen_dstar)
                syn_error(c, OU_SYNERR_SYNTAX, rpar.pos,
                          "positional argument follows keyword argument unpacking");
            else if (seen_kw)
                syn_error(c, OU_SYNERR_SYNTAX, rpar.pos,
                          "positional argument follows keyword argument");
            vec_push(c, pos, a->value);
            break;
        case A_STAR:
            if (seen_dstar) {
                OuAstPos star = a->value->pos;
                star.end_line = star.line;
                star.end_col = star.col + 1;
                syn_error(c, OU_SYNERR_SYNTAX, star,
                          "iterable argument unpacking follows keyword argument unpacking");
            }
            vec_push(c, pos, a->value);
            break;
        case A_KW:
            seen_kw = 1;
            vec_push(c, kws, a->kw);
            break;
        case A_DSTAR:
            seen_dstar = 1;
            vec_push(c, kws, a->kw);
            break;
        }
    }
    e->v.call.func = func;
    e->v.call.args = exprs_of(pos);
    e->v.call.keywords.n = kws->n;
    e->v.call.keywords.items = (OuKeyword **)kws->items;
    return e;
}

OuExpr *ex_slice(ParseCtx *c, OuExpr *lo, OuExpr *hi, OuExpr *step, OuAstPos pos)
{
    OuExpr *e = mk_expr(c, AST_Slice, pos);
    e->v.slice.lower = lo;
    e->v.slice.upper = hi;
    e->v.slice.step = step;
    return e;
}

OuExpr *ex_subscript(ParseCtx *c, OuExpr *value, Vec *subs, PTok rsqb)
{
    OuExpr *e = mk_expr(c, AST_Subscript, span(OPOS(value), rsqb.pos));
    e->v.subscript.value = value;
    if (subs->n == 1 && !subs->comma)
        e->v.subscript.slice = subs->items[0];
    else
        e->v.subscript.slice = ex_seq(c, AST_Tuple, subs,
                                      span(OPOS((OuExpr *)subs->items[0]), subs->end));
    return e;
}

OuExpr *ex_withas(ParseCtx *c, OuExpr *value, PTok as, OuExpr *target)
{
    OuExpr *e = mk_expr(c, EXPR_WITHAS, span(OPOS(value), OPOS(target)));
    e->v.namedexpr.value = value;
    e->v.namedexpr.target = target;
    ((ExprX *)e)->as_tok = as;
    if (c->withas == NULL)
        c->withas = vec_new(c);
    vec_push(c, c->withas, e);
    return e;
}

// ---- Targets ----

// The noun CPython's messages use for an expression.
static const char *expr_name(const OuExpr *e)
{
    switch (e->kind) {
    case AST_Attribute: return "attribute";
    case AST_Subscript: return "subscript";
    case AST_Starred: return "starred";
    case AST_Name: return "name";
    case AST_List: return "list";
    case AST_Tuple: return "tuple";
    case AST_Lambda: return "lambda";
    case AST_Call: return "function call";
    case AST_BoolOp: case AST_BinOp: case AST_UnaryOp: return "expression";
    case AST_GeneratorExp: return "generator expression";
    case AST_Yield: case AST_YieldFrom: return "yield expression";
    case AST_Await: return "await expression";
    case AST_ListComp: return "list comprehension";
    case AST_SetComp: return "set comprehension";
    case AST_DictComp: return "dict comprehension";
    case AST_Dict: return "dict literal";
    case AST_Set: return "set display";
    case AST_JoinedStr: case AST_FormattedValue: return "f-string expression";
    case AST_Constant:
        switch (e->v.constant.kind) {
        case AST_CONST_NONE: return "None";
        case AST_CONST_TRUE: return "True";
        case AST_CONST_FALSE: return "False";
        case AST_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case AST_Compare: return "comparison";
    case AST_IfExp: return "conditional expression";
    case AST_NamedExpr: return "named expression";
    default: return "expression";
    }
}

// The first sub-expression that cannot be a target (del: a del target).
static OuExpr *invalid_target(OuExpr *e, int del)
{
    switch (e->kind) {
    case AST_Name: case AST_Attribute: case AST_Subscript:
        return NULL;
    case AST_Starred:
        return del ? e : invalid_target(e->v.starred.value, del);
    case AST_Tuple: case AST_List:
        for (int i = 0; i < e->v.list.elts.n; i++) {
            OuExpr *bad = invalid_target(e->v.list.elts.items[i], del);
            if (bad)
                return bad;
        }
        return NULL;
    default:
        return e;
    }
}

static void give_ctx(OuExpr *e, OuAstContext ctx)
{
    switch (e->kind) {
    case AST_Name: e->v.name.ctx = ctx; break;
    case AST_Attribute: e->v.attribute.ctx = ctx; break;
    case AST_Subscript: e->v.subscript.ctx = ctx; break;
    case AST_Starred:
        e->v.starred.ctx = ctx;
        give_ctx(e->v.starred.value, ctx);
        break;
    case AST_Tuple: case AST_List:
        e->v.list.ctx = ctx;
        for (int i = 0; i < e->v.list.elts.n; i++)
            give_ctx(e->v.list.elts.items[i], ctx);
        break;
    default: break;
    }
}

void set_store(ParseCtx *c, OuExpr *e, int how)
{
    OuExpr *bad = invalid_target(e, 0);
    if (bad != NULL)
        syn_error(c, OU_SYNERR_SYNTAX, bad->pos, "cannot assign to %s", expr_name(bad));
    else
        give_ctx(e, AST_STORE);
}

void set_del(ParseCtx *c, OuExpr *e)
{
    OuExpr *bad = invalid_target(e, 1);
    if (bad != NULL)
        syn_error(c, OU_SYNERR_SYNTAX, bad->pos, "cannot delete %s", expr_name(bad));
    else
        give_ctx(e, AST_DEL);
}

// CPython's `invalid_named_expression` rule turns `f() = 1` into "... here.
// Maybe you meant '==' instead of '='?": the bad target sits right before the
// first `=` and the value starts with an operand (not lambda, not, yield, *).
static int here_form(OuExpr *first, OuExpr *bad, int ntargets, OuExpr *value)
{
    if (ntargets != 1)
        return 0;
    if (bad != first && !(first->kind == AST_Tuple && PARENS(first) == 0
                          && first->v.list.elts.n > 0
                          && first->v.list.elts.items[first->v.list.elts.n - 1] == bad))
        return 0;
    switch (bad->kind) {
    case AST_Compare: case AST_BoolOp: case AST_IfExp: case AST_Lambda:
    case AST_NamedExpr: case AST_List: case AST_Tuple: case AST_GeneratorExp:
        if (PARENS(bad) == 0 || bad->kind == AST_Tuple || bad->kind == AST_GeneratorExp)
            return 0;
        break;
    case AST_UnaryOp:
        if (bad->v.unaryop.op == AST_UNARY_NOT && PARENS(bad) == 0)
            return 0;
        break;
    case AST_Constant:
        if (bad->v.constant.kind == AST_CONST_NONE || bad->v.constant.kind == AST_CONST_TRUE
            || bad->v.constant.kind == AST_CONST_FALSE)
            return 0;
        break;
    default:
        break;
    }
    for (OuExpr *v = value; v != NULL && PARENS(v) == 0;) {
        switch (v->kind) {
        case AST_Tuple: v = v->v.list.elts.n ? v->v.list.elts.items[0] : NULL; break;
        case AST_BoolOp: v = v->v.boolop.values.items[0]; break;
        case AST_Compare: v = v->v.compare.left; break;
        case AST_IfExp: v = v->v.ifexp.body; break;
        case AST_Lambda: case AST_Yield: case AST_YieldFrom: case AST_Starred: return 0;
        case AST_UnaryOp:
            if (v->v.unaryop.op == AST_UNARY_NOT)
                return 0;
            /* fall through */
        default: v = NULL; break;
        }
    }
    return 1;
}

OuStmt *st_assign(ParseCtx *c, Vec *targets, OuExpr *value)
{
    OuStmt *s = mk_stmt(c, AST_Assign, span(OPOS((OuExpr *)targets->items[0]), OPOS(value)));
    for (int i = 0; i < targets->n; i++) {
        OuExpr *t = targets->items[i];
        if (t->kind == AST_Yield || t->kind == AST_YieldFrom) {
            syn_error(c, OU_SYNERR_SYNTAX, t->pos, "assignment to yield expression not possible");
            continue;
        }
        OuExpr *bad = invalid_target(t, 0);
        if (bad != NULL) {
            if (i == 0 && here_form(t, bad, targets->n, value))
                syn_error(c, OU_SYNERR_SYNTAX, bad->pos,
                          "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                          expr_name(bad));
            else
                syn_error(c, OU_SYNERR_SYNTAX, bad->pos, "cannot assign to %s", expr_name(bad));
        } else {
            give_ctx(t, AST_STORE);
        }
    }
    s->v.assign.targets = exprs_of(targets);
    s->v.assign.value = value;
    return s;
}

OuStmt *st_augassign(ParseCtx *c, OuExpr *target, int op, OuExpr *value)
{
    OuStmt *s = mk_stmt(c, AST_AugAssign, span(OPOS(target), OPOS(value)));
    if (target->kind == AST_Name || target->kind == AST_Attribute
        || target->kind == AST_Subscript)
        give_ctx(target, AST_STORE);
    else
        syn_error(c, OU_SYNERR_SYNTAX, target->pos,
                  "'%s' is an illegal expression for augmented assignment", expr_name(target));
    s->v.augassign.target = target;
    s->v.augassign.op = (OuAstOperator)op;
    s->v.augassign.value = value;
    return s;
}

OuStmt *st_annassign(ParseCtx *c, OuExpr *target, OuExpr *ann, OuExpr *value, OuAstPos end)
{
    OuStmt *s = mk_stmt(c, AST_AnnAssign, span(OPOS(target), end));
    switch (target->kind) {
    case AST_Name:
        s->v.annassign.simple = PARENS(target) == 0;
        give_ctx(target, AST_STORE);
        break;
    case AST_Attribute: case AST_Subscript:
        give_ctx(target, AST_STORE);
        break;
    case AST_Tuple: case AST_List: {
        OuAstPos p = target->pos;
        if (PARENS(target) == 0 && target->v.list.elts.n > 0)
            p = target->v.list.elts.items[0]->pos;
        syn_error(c, OU_SYNERR_SYNTAX, p, "only single target (not %s) can be annotated",
                  target->kind == AST_Tuple ? "tuple" : "list");
        break;
    }
    default:
        syn_error(c, OU_SYNERR_SYNTAX, target->pos, "illegal target for annotation");
        break;
    }
    s->v.annassign.target = target;
    s->v.annassign.annotation = ann;
    s->v.annassign.value = value;
    return s;
}

static OuWithItem *with_item(ParseCtx *c, OuExpr *e)
{
    OuWithItem *w = pz(c, sizeof(OuWithItem));
    if (e->kind == EXPR_WITHAS) {
        ((ExprX *)e)->as_tok.kind = -1;     // consumed: not an error
        w->context_expr = e->v.namedexpr.value;
        w->optional_vars = e->v.namedexpr.target;
        set_store(c, w->optional_vars, T_WITH);
    } else {
        w->context_expr = e;
    }
    return w;
}

OuStmt *st_with(ParseCtx *c, PTok kw, Vec *items, Vec *body, int is_async)
{
    OuStmt *s = mk_stmt(c, is_async ? AST_AsyncWith : AST_With, span(kw.pos, stmts_end(body)));
    OuWithItem *only = items->n == 1 ? items->items[0] : NULL;
    // `with (a as b, c):` is the parenthesized item list, and so, as in
    // CPython, is `with (a, b):`; `with ((a, b)):` is one tuple.
    if (only != NULL && only->optional_vars == NULL) {
        OuExpr *e = only->context_expr;
        if (e->kind == AST_Tuple && PARENS(e) == 1 && e->v.list.elts.n > 0) {
            Vec *v = vec_new(c);
            for (int i = 0; i < e->v.list.elts.n; i++)
                vec_push(c, v, with_item(c, e->v.list.elts.items[i]));
            items = v;
        } else if (e->kind == EXPR_WITHAS) {
            items = vec1(c, with_item(c, e));
        }
    }
    s->v.with.items.n = items->n;
    s->v.with.items.items = (OuWithItem **)items->items;
    s->v.with.body = stmts_of(body);
    return s;
}

OuExceptHandler *mk_handler(ParseCtx *c, PTok kw, const PTok *star, OuExpr *type,
                            const PTok *name, Vec *body)
{
    HandlerX *h = pz(c, sizeof(HandlerX));
    h->star = star != NULL;
    h->h.type = type;
    h->h.name = name ? tok_str(c, *name) : NULL;
    h->h.body = stmts_of(body);
    h->h.pos = span(kw.pos, stmts_end(body));
    return &h->h;
}

OuStmt *st_try(ParseCtx *c, PTok kw, Vec *body, Vec *handlers, Vec *orelse, Vec *finalbody)
{
    int star = handlers && handlers->n ? ((HandlerX *)handlers->items[0])->star : 0;
    OuAstPos end = stmts_end(body);
    if (handlers && handlers->n)
        end = ((OuExceptHandler *)handlers->items[handlers->n - 1])->pos;
    if (orelse && orelse->n)
        end = stmts_end(orelse);
    if (finalbody && finalbody->n)
        end = stmts_end(finalbody);
    OuStmt *s = mk_stmt(c, star ? AST_TryStar : AST_Try, span(kw.pos, end));
    for (int i = 0; handlers && i < handlers->n; i++) {
        HandlerX *h = handlers->items[i];
        if (h->star != star) {
            OuAstPos p = h->h.pos;
            p.end_line = p.line;
            p.end_col = p.col + 6;
            syn_error(c, OU_SYNERR_SYNTAX, p,
                      "cannot have both 'except' and 'except*' on the same 'try'");
        }
    }
    s->v.try_.body = stmts_of(body);
    s->v.try_.handlers.n = handlers ? handlers->n : 0;
    s->v.try_.handlers.items = handlers ? (OuExceptHandler **)handlers->items : NULL;
    s->v.try_.orelse = stmts_of(orelse);
    s->v.try_.finalbody = stmts_of(finalbody);
    return s;
}

OuExpr *ex_named(ParseCtx *c, OuExpr *target, OuExpr *value)
{
    OuExpr *e = mk_expr(c, AST_NamedExpr, span(OPOS(target), OPOS(value)));
    if (target->kind != AST_Name)
        syn_error(c, OU_SYNERR_SYNTAX, target->pos,
                  "cannot use assignment expressions with %s", expr_name(target));
    else
        give_ctx(target, AST_STORE);
    e->v.namedexpr.target = target;
    e->v.namedexpr.value = value;
    return e;
}

// ---- Parameters ----

Param *mk_param(ParseCtx *c, int kind, PTok name, OuExpr *ann, OuExpr *def, OuAstPos first)
{
    Param *p = pz(c, sizeof(Param));
    p->kind = kind;
    p->def = def;
    p->pos = first;
    if (kind == P_NAME || kind == P_VARARG || kind == P_KWARG) {
        p->arg = pz(c, sizeof(OuArg));
        p->arg->arg = tok_str(c, name);
        p->arg->annotation = ann;
        p->arg->pos = ann ? span(name.pos, OPOS(ann)) : name.pos;
    }
    return p;
}

static OuArgSeq argseq(Vec *v)
{
    OuArgSeq s = {v->n, (OuArg **)v->items};
    return s;
}

OuArguments *build_arguments(ParseCtx *c, Vec *params)
{
    OuArguments *a = pz(c, sizeof(OuArguments));
    Vec *args = vec_new(c), *kwonly = vec_new(c), *kwdef = vec_new(c), *defs = vec_new(c);
    int seen_slash = 0, seen_star = 0, seen_default = 0;
    Param *bare = NULL, *kwarg = NULL;
    for (int i = 0; i < params->n; i++) {
        Param *p = params->items[i];
        if (kwarg != NULL) {
            syn_error(c, OU_SYNERR_SYNTAX, p->pos, "arguments cannot follow var-keyword argument");
            break;
        }
        switch (p->kind) {
        case P_SLASH:
            if (seen_slash)
                syn_error(c, OU_SYNERR_SYNTAX, p->pos, "/ may appear only once");
            else if (seen_star)
                syn_error(c, OU_SYNERR_SYNTAX, p->pos, "/ must be ahead of *");
            else if (args->n == 0)
                syn_error(c, OU_SYNERR_SYNTAX, p->pos, "at least one argument must precede /");
            seen_slash = 1;
            a->posonlyargs = argseq(args);
            args = vec_new(c);
            break;
        case P_STAR:
        case P_VARARG:
            if (seen_star) {
                syn_error(c, OU_SYNERR_SYNTAX, p->pos, "* argument may appear only once");
                break;
            }
            seen_star = 1;
            if (p->kind == P_STAR)
                bare = p;
            else
                a->vararg = p->arg;
            break;
        case P_KWARG:
            kwarg = p;
            a->kwarg = p->arg;
            break;
        case P_NAME:
            if (seen_star) {
                vec_push(c, kwonly, p->arg);
                vec_push(c, kwdef, p->def);
            } else {
                vec_push(c, args, p->arg);
                if (p->def != NULL) {
                    seen_default = 1;
                    vec_push(c, defs, p->def);
                } else if (seen_default) {
                    syn_error(c, OU_SYNERR_SYNTAX, p->pos,
                              "non-default argument follows default argument");
                }
            }
            break;
        }
    }
    if (bare != NULL && kwonly->n == 0)
        syn_error(c, OU_SYNERR_SYNTAX, bare->pos, "named arguments must follow bare *");
    a->args = argseq(args);
    a->kwonlyargs = argseq(kwonly);
    a->kw_defaults = exprs_of(kwdef);
    a->defaults = exprs_of(defs);
    return a;
}
