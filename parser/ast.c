// parser/ast.c: the node arena, and ou_ast_dump, which prints a tree the way
// python3.11's `ast.dump(tree)` does so tests can compare against CPython.
//
// The arena is a chain of malloc'd blocks with a bump pointer; nodes are never
// freed one by one. Like the lexer, this folder knows nothing of objects, so
// plain malloc is allowed here.
#include "parser/ast.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/parser.h"

// ---- Arena ----

#define ARENA_BLOCK 65536

typedef struct Block {
    struct Block *next;
    size_t used, size;
    max_align_t data[];
} Block;

struct OuAstArena {
    Block *head;
};

OuAstArena *ou_ast_arena_new(void)
{
    return calloc(1, sizeof(OuAstArena));
}

void ou_ast_arena_free(OuAstArena *arena)
{
    if (arena == NULL)
        return;
    Block *b = arena->head;
    while (b != NULL) {
        Block *next = b->next;
        free(b);
        b = next;
    }
    free(arena);
}

void *ou_ast_alloc(OuAstArena *arena, size_t size)
{
    size = (size + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
    Block *b = arena->head;
    if (b == NULL || b->size - b->used < size) {
        size_t cap = size > ARENA_BLOCK / 4 ? size : ARENA_BLOCK;
        Block *nb = malloc(sizeof(Block) + cap);
        if (nb == NULL)
            return NULL;
        nb->used = 0;
        nb->size = cap;
        // A big one-off block goes behind the head so the head keeps its space.
        if (cap != ARENA_BLOCK && b != NULL) {
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            arena->head = nb;
        }
        b = nb;
    }
    void *p = (char *)b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

char *ou_ast_strndup(OuAstArena *arena, const char *s, size_t n)
{
    char *p = ou_ast_alloc(arena, n + 1);
    if (p == NULL)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

// ---- Dump ----

typedef struct {
    char *buf;
    size_t len, cap;
    int oom;
    int attrs;                  // print positions, as include_attributes=True
} Out;

static void put(Out *o, const char *s, size_t n)
{
    if (o->oom)
        return;
    if (o->len + n + 1 > o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 256;
        while (cap < o->len + n + 1)
            cap *= 2;
        char *nb = realloc(o->buf, cap);
        if (nb == NULL) {
            o->oom = 1;
            return;
        }
        o->buf = nb;
        o->cap = cap;
    }
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    o->buf[o->len] = '\0';
}

static void puts_(Out *o, const char *s)
{
    put(o, s, strlen(s));
}

static void putf(Out *o, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0)
        put(o, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

// repr() of a str (is_bytes 0) or bytes (1) value, as CPython prints it.
static void put_repr(Out *o, const char *s, size_t n, int is_bytes)
{
    int sq = memchr(s, '\'', n) != NULL, dq = memchr(s, '"', n) != NULL;
    char q = (sq && !dq) ? '"' : '\'';
    if (is_bytes)
        puts_(o, "b");
    put(o, &q, 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)q || c == '\\') {
            char e[2] = {'\\', (char)c};
            put(o, e, 2);
        } else if (c == '\n') {
            puts_(o, "\\n");
        } else if (c == '\r') {
            puts_(o, "\\r");
        } else if (c == '\t') {
            puts_(o, "\\t");
        } else if (c < 0x20 || c == 0x7f || (is_bytes && c >= 0x80)) {
            putf(o, "\\x%02x", c);
        } else if (!is_bytes && c == 0xc2 && i + 1 < n
                   && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0xa0) {
            // C1 controls and NBSP are not printable: repr escapes them.
            putf(o, "\\x%02x", (unsigned char)s[i + 1]);
            i++;
        } else {
            put(o, (const char *)&s[i], 1);
        }
    }
    put(o, &q, 1);
}

// The decimal value of an int literal of any size ("0x_ff" -> "255").
static void put_int(Out *o, const char *t)
{
    int base = 10;
    if (t[0] == '0' && (t[1] == 'x' || t[1] == 'X'))
        base = 16, t += 2;
    else if (t[0] == '0' && (t[1] == 'o' || t[1] == 'O'))
        base = 8, t += 2;
    else if (t[0] == '0' && (t[1] == 'b' || t[1] == 'B'))
        base = 2, t += 2;
    size_t cap = strlen(t) + 2, n = 1;
    uint32_t *limbs = calloc(cap, sizeof(uint32_t));   // base 1e9, little-endian
    if (limbs == NULL) {
        o->oom = 1;
        return;
    }
    for (; *t; t++) {
        int d;
        if (*t == '_')
            continue;
        if (*t >= '0' && *t <= '9')
            d = *t - '0';
        else if (*t >= 'a' && *t <= 'f')
            d = *t - 'a' + 10;
        else if (*t >= 'A' && *t <= 'F')
            d = *t - 'A' + 10;
        else
            continue;
        uint64_t carry = (uint64_t)d;
        for (size_t i = 0; i < n; i++) {
            uint64_t v = (uint64_t)limbs[i] * (uint64_t)base + carry;
            limbs[i] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        if (carry)
            limbs[n++] = (uint32_t)carry;
    }
    putf(o, "%u", limbs[n - 1]);
    for (size_t i = n - 1; i-- > 0;)
        putf(o, "%09u", limbs[i]);
    free(limbs);
}

// repr() of a float (imag: of a complex with only that imaginary part).
static void put_float(Out *o, const char *text, int imag)
{
    char clean[512];
    size_t k = 0;
    for (const char *p = text; *p && k < sizeof clean - 1; p++)
        if (*p != '_' && *p != 'j' && *p != 'J')
            clean[k++] = *p;
    clean[k] = '\0';
    double v = strtod(clean, NULL);
    if (v > 1.7976931348623157e308) {
        puts_(o, imag ? "infj" : "inf");
        return;
    }
    char digits[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(digits, sizeof digits, "%.*e", prec - 1, v);
        if (strtod(digits, NULL) == v)
            break;
    }
    // digits: d[.ddd]e±XX -> mantissa digits and a decimal exponent.
    char mant[32];
    int m = 0, exp;
    char *e = strchr(digits, 'e');
    for (char *p = digits; p < e; p++)
        if (*p != '.')
            mant[m++] = *p;
    mant[m] = '\0';
    exp = atoi(e + 1);
    while (m > 1 && mant[m - 1] == '0')
        mant[--m] = '\0';
    char res[128];
    size_t r = 0;
    if (exp < -4 || exp >= 16) {
        res[r++] = mant[0];
        if (m > 1) {
            res[r++] = '.';
            for (int i = 1; i < m; i++)
                res[r++] = mant[i];
        }
        r += (size_t)snprintf(res + r, sizeof res - r, "e%c%02d", exp < 0 ? '-' : '+',
                              exp < 0 ? -exp : exp);
    } else if (exp < 0) {
        res[r++] = '0';
        res[r++] = '.';
        for (int i = 0; i < -exp - 1; i++)
            res[r++] = '0';
        for (int i = 0; i < m; i++)
            res[r++] = mant[i];
    } else {
        for (int i = 0; i <= exp; i++)
            res[r++] = i < m ? mant[i] : '0';
        if (m > exp + 1) {
            res[r++] = '.';
            for (int i = exp + 1; i < m; i++)
                res[r++] = mant[i];
        } else if (!imag) {
            res[r++] = '.';
            res[r++] = '0';
        }
    }
    res[r] = '\0';
    puts_(o, res);
    if (imag)
        puts_(o, "j");
}

// Reopen the node just printed (it ends in ')') and add its positions.
static void put_pos(Out *o, const OuAstPos *p)
{
    if (!o->attrs || o->oom || o->len == 0)
        return;
    o->len--;
    if (o->buf[o->len - 1] != '(')
        puts_(o, ", ");
    putf(o, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d)", p->line, p->col,
         p->end_line, p->end_col);
}

static const char *const binop_names[] = {
    [AST_OP_ADD] = "Add", [AST_OP_AND] = "BitAnd", [AST_OP_FLOOR_DIVIDE] = "FloorDiv",
    [AST_OP_LSHIFT] = "LShift", [AST_OP_MATRIX_MULTIPLY] = "MatMult",
    [AST_OP_MULTIPLY] = "Mult", [AST_OP_REMAINDER] = "Mod", [AST_OP_OR] = "BitOr",
    [AST_OP_POWER] = "Pow", [AST_OP_RSHIFT] = "RShift", [AST_OP_SUBTRACT] = "Sub",
    [AST_OP_TRUE_DIVIDE] = "Div", [AST_OP_XOR] = "BitXor",
};
static const char *const unary_names[] = {"Invert", "Not", "UAdd", "USub"};
static const char *const cmp_names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE",
                                        "Is", "IsNot", "In", "NotIn"};
static const char *const ctx_names[] = {"Load", "Store", "Del"};

static void dump_expr(Out *o, const OuExpr *e);
static void dump_stmts(Out *o, const OuStmtSeq *s);

static void dump_exprs(Out *o, const OuExprSeq *s)
{
    puts_(o, "[");
    for (int i = 0; i < s->n; i++) {
        if (i)
            puts_(o, ", ");
        if (s->items[i] == NULL)
            puts_(o, "None");
        else
            dump_expr(o, s->items[i]);
    }
    puts_(o, "]");
}

static void dump_name(Out *o, const char *s)
{
    put_repr(o, s, strlen(s), 0);
}

static void dump_ctx(Out *o, OuAstContext ctx)
{
    putf(o, ", ctx=%s())", ctx_names[ctx]);
}

static void dump_arg(Out *o, const OuArg *a)
{
    puts_(o, "arg(arg=");
    dump_name(o, a->arg);
    if (a->annotation) {
        puts_(o, ", annotation=");
        dump_expr(o, a->annotation);
    }
    puts_(o, ")");
    put_pos(o, &a->pos);
}

static void dump_argseq(Out *o, const OuArgSeq *s)
{
    puts_(o, "[");
    for (int i = 0; i < s->n; i++) {
        if (i)
            puts_(o, ", ");
        dump_arg(o, s->items[i]);
    }
    puts_(o, "]");
}

static void dump_arguments(Out *o, const OuArguments *a)
{
    puts_(o, "arguments(posonlyargs=");
    dump_argseq(o, &a->posonlyargs);
    puts_(o, ", args=");
    dump_argseq(o, &a->args);
    if (a->vararg) {
        puts_(o, ", vararg=");
        dump_arg(o, a->vararg);
    }
    puts_(o, ", kwonlyargs=");
    dump_argseq(o, &a->kwonlyargs);
    puts_(o, ", kw_defaults=");
    dump_exprs(o, &a->kw_defaults);
    if (a->kwarg) {
        puts_(o, ", kwarg=");
        dump_arg(o, a->kwarg);
    }
    puts_(o, ", defaults=");
    dump_exprs(o, &a->defaults);
    puts_(o, ")");
}

static void dump_keywords(Out *o, const OuKeywordSeq *s)
{
    puts_(o, "[");
    for (int i = 0; i < s->n; i++) {
        if (i)
            puts_(o, ", ");
        puts_(o, "keyword(");
        if (s->items[i]->arg) {
            puts_(o, "arg=");
            dump_name(o, s->items[i]->arg);
            puts_(o, ", ");
        }
        puts_(o, "value=");
        dump_expr(o, s->items[i]->value);
        puts_(o, ")");
        put_pos(o, &s->items[i]->pos);
    }
    puts_(o, "]");
}

static void dump_generators(Out *o, const OuComprehensionSeq *s)
{
    puts_(o, "generators=[");
    for (int i = 0; i < s->n; i++) {
        const OuComprehension *c = s->items[i];
        if (i)
            puts_(o, ", ");
        puts_(o, "comprehension(target=");
        dump_expr(o, c->target);
        puts_(o, ", iter=");
        dump_expr(o, c->iter);
        puts_(o, ", ifs=");
        dump_exprs(o, &c->ifs);
        putf(o, ", is_async=%d)", c->is_async);
    }
    puts_(o, "])");
}

static void dump_constant(Out *o, const OuExpr *e)
{
    puts_(o, "Constant(value=");
    switch (e->v.constant.kind) {
    case AST_CONST_NONE: puts_(o, "None"); break;
    case AST_CONST_TRUE: puts_(o, "True"); break;
    case AST_CONST_FALSE: puts_(o, "False"); break;
    case AST_CONST_ELLIPSIS: puts_(o, "Ellipsis"); break;
    case AST_CONST_INT: put_int(o, e->v.constant.text); break;
    case AST_CONST_FLOAT: put_float(o, e->v.constant.text, 0); break;
    case AST_CONST_IMAG: put_float(o, e->v.constant.text, 1); break;
    case AST_CONST_STR: put_repr(o, e->v.constant.text, e->v.constant.len, 0); break;
    case AST_CONST_BYTES: put_repr(o, e->v.constant.text, e->v.constant.len, 1); break;
    }
    puts_(o, ")");
}

static void dump_expr(Out *o, const OuExpr *e)
{
    switch (e->kind) {
    case AST_BoolOp:
        putf(o, "BoolOp(op=%s(), values=", e->v.boolop.op == AST_BOOL_AND ? "And" : "Or");
        dump_exprs(o, &e->v.boolop.values);
        puts_(o, ")");
        break;
    case AST_NamedExpr:
        puts_(o, "NamedExpr(target=");
        dump_expr(o, e->v.namedexpr.target);
        puts_(o, ", value=");
        dump_expr(o, e->v.namedexpr.value);
        puts_(o, ")");
        break;
    case AST_BinOp:
        puts_(o, "BinOp(left=");
        dump_expr(o, e->v.binop.left);
        putf(o, ", op=%s(), right=", binop_names[e->v.binop.op]);
        dump_expr(o, e->v.binop.right);
        puts_(o, ")");
        break;
    case AST_UnaryOp:
        putf(o, "UnaryOp(op=%s(), operand=", unary_names[e->v.unaryop.op]);
        dump_expr(o, e->v.unaryop.operand);
        puts_(o, ")");
        break;
    case AST_Lambda:
        puts_(o, "Lambda(args=");
        dump_arguments(o, e->v.lambda.args);
        puts_(o, ", body=");
        dump_expr(o, e->v.lambda.body);
        puts_(o, ")");
        break;
    case AST_IfExp:
        puts_(o, "IfExp(test=");
        dump_expr(o, e->v.ifexp.test);
        puts_(o, ", body=");
        dump_expr(o, e->v.ifexp.body);
        puts_(o, ", orelse=");
        dump_expr(o, e->v.ifexp.orelse);
        puts_(o, ")");
        break;
    case AST_Dict:
        puts_(o, "Dict(keys=");
        dump_exprs(o, &e->v.dict.keys);
        puts_(o, ", values=");
        dump_exprs(o, &e->v.dict.values);
        puts_(o, ")");
        break;
    case AST_Set:
        puts_(o, "Set(elts=");
        dump_exprs(o, &e->v.set.elts);
        puts_(o, ")");
        break;
    case AST_ListComp:
    case AST_SetComp:
    case AST_GeneratorExp:
        puts_(o, e->kind == AST_ListComp ? "ListComp(elt=" :
                 e->kind == AST_SetComp ? "SetComp(elt=" : "GeneratorExp(elt=");
        dump_expr(o, e->v.comp.elt);
        puts_(o, ", ");
        dump_generators(o, &e->v.comp.generators);
        break;
    case AST_DictComp:
        puts_(o, "DictComp(key=");
        dump_expr(o, e->v.comp.key);
        puts_(o, ", value=");
        dump_expr(o, e->v.comp.value);
        puts_(o, ", ");
        dump_generators(o, &e->v.comp.generators);
        break;
    case AST_Await:
        puts_(o, "Await(value=");
        dump_expr(o, e->v.await_.value);
        puts_(o, ")");
        break;
    case AST_Yield:
        puts_(o, "Yield(");
        if (e->v.yield.value) {
            puts_(o, "value=");
            dump_expr(o, e->v.yield.value);
        }
        puts_(o, ")");
        break;
    case AST_YieldFrom:
        puts_(o, "YieldFrom(value=");
        dump_expr(o, e->v.yieldfrom.value);
        puts_(o, ")");
        break;
    case AST_Compare:
        puts_(o, "Compare(left=");
        dump_expr(o, e->v.compare.left);
        puts_(o, ", ops=[");
        for (int i = 0; i < e->v.compare.n; i++)
            putf(o, "%s%s()", i ? ", " : "", cmp_names[e->v.compare.ops[i]]);
        puts_(o, "], comparators=[");
        for (int i = 0; i < e->v.compare.n; i++) {
            if (i)
                puts_(o, ", ");
            dump_expr(o, e->v.compare.comparators[i]);
        }
        puts_(o, "])");
        break;
    case AST_Call:
        puts_(o, "Call(func=");
        dump_expr(o, e->v.call.func);
        puts_(o, ", args=");
        dump_exprs(o, &e->v.call.args);
        puts_(o, ", keywords=");
        dump_keywords(o, &e->v.call.keywords);
        puts_(o, ")");
        break;
    case AST_FormattedValue:
        puts_(o, "FormattedValue(value=");
        dump_expr(o, e->v.formatted.value);
        putf(o, ", conversion=%d", e->v.formatted.conversion);
        if (e->v.formatted.format_spec) {
            puts_(o, ", format_spec=");
            dump_expr(o, e->v.formatted.format_spec);
        }
        puts_(o, ")");
        break;
    case AST_JoinedStr:
        puts_(o, "JoinedStr(values=");
        dump_exprs(o, &e->v.joinedstr.values);
        puts_(o, ")");
        break;
    case AST_Constant:
        dump_constant(o, e);
        break;
    case AST_Attribute:
        puts_(o, "Attribute(value=");
        dump_expr(o, e->v.attribute.value);
        puts_(o, ", attr=");
        dump_name(o, e->v.attribute.attr);
        dump_ctx(o, e->v.attribute.ctx);
        break;
    case AST_Subscript:
        puts_(o, "Subscript(value=");
        dump_expr(o, e->v.subscript.value);
        puts_(o, ", slice=");
        dump_expr(o, e->v.subscript.slice);
        dump_ctx(o, e->v.subscript.ctx);
        break;
    case AST_Starred:
        puts_(o, "Starred(value=");
        dump_expr(o, e->v.starred.value);
        dump_ctx(o, e->v.starred.ctx);
        break;
    case AST_Name:
        puts_(o, "Name(id=");
        dump_name(o, e->v.name.id);
        dump_ctx(o, e->v.name.ctx);
        break;
    case AST_List:
    case AST_Tuple:
        puts_(o, e->kind == AST_List ? "List(elts=" : "Tuple(elts=");
        dump_exprs(o, &e->v.list.elts);
        dump_ctx(o, e->v.list.ctx);
        break;
    case AST_Slice: {
        const char *sep = "";
        puts_(o, "Slice(");
        if (e->v.slice.lower) {
            puts_(o, "lower=");
            dump_expr(o, e->v.slice.lower);
            sep = ", ";
        }
        if (e->v.slice.upper) {
            putf(o, "%supper=", sep);
            dump_expr(o, e->v.slice.upper);
            sep = ", ";
        }
        if (e->v.slice.step) {
            putf(o, "%sstep=", sep);
            dump_expr(o, e->v.slice.step);
        }
        puts_(o, ")");
        break;
    }
    default:
        puts_(o, "?");
        break;
    }
    put_pos(o, &e->pos);
}

static void dump_opt(Out *o, const char *field, const OuExpr *e)
{
    if (e != NULL) {
        putf(o, ", %s=", field);
        dump_expr(o, e);
    }
}

static void dump_stmt(Out *o, const OuStmt *s)
{
    switch (s->kind) {
    case AST_FunctionDef:
    case AST_AsyncFunctionDef:
        puts_(o, s->kind == AST_FunctionDef ? "FunctionDef(name=" : "AsyncFunctionDef(name=");
        dump_name(o, s->v.funcdef.name);
        puts_(o, ", args=");
        dump_arguments(o, s->v.funcdef.args);
        puts_(o, ", body=");
        dump_stmts(o, &s->v.funcdef.body);
        puts_(o, ", decorator_list=");
        dump_exprs(o, &s->v.funcdef.decorator_list);
        dump_opt(o, "returns", s->v.funcdef.returns);
        puts_(o, ")");
        break;
    case AST_ClassDef:
        puts_(o, "ClassDef(name=");
        dump_name(o, s->v.classdef.name);
        puts_(o, ", bases=");
        dump_exprs(o, &s->v.classdef.bases);
        puts_(o, ", keywords=");
        dump_keywords(o, &s->v.classdef.keywords);
        puts_(o, ", body=");
        dump_stmts(o, &s->v.classdef.body);
        puts_(o, ", decorator_list=");
        dump_exprs(o, &s->v.classdef.decorator_list);
        puts_(o, ")");
        break;
    case AST_Return:
        puts_(o, "Return(");
        if (s->v.ret.value) {
            puts_(o, "value=");
            dump_expr(o, s->v.ret.value);
        }
        puts_(o, ")");
        break;
    case AST_Delete:
        puts_(o, "Delete(targets=");
        dump_exprs(o, &s->v.del.targets);
        puts_(o, ")");
        break;
    case AST_Assign:
        puts_(o, "Assign(targets=");
        dump_exprs(o, &s->v.assign.targets);
        puts_(o, ", value=");
        dump_expr(o, s->v.assign.value);
        puts_(o, ")");
        break;
    case AST_AugAssign:
        puts_(o, "AugAssign(target=");
        dump_expr(o, s->v.augassign.target);
        putf(o, ", op=%s(), value=", binop_names[s->v.augassign.op]);
        dump_expr(o, s->v.augassign.value);
        puts_(o, ")");
        break;
    case AST_AnnAssign:
        puts_(o, "AnnAssign(target=");
        dump_expr(o, s->v.annassign.target);
        puts_(o, ", annotation=");
        dump_expr(o, s->v.annassign.annotation);
        dump_opt(o, "value", s->v.annassign.value);
        putf(o, ", simple=%d)", s->v.annassign.simple);
        break;
    case AST_For:
    case AST_AsyncFor:
        puts_(o, s->kind == AST_For ? "For(target=" : "AsyncFor(target=");
        dump_expr(o, s->v.for_.target);
        puts_(o, ", iter=");
        dump_expr(o, s->v.for_.iter);
        puts_(o, ", body=");
        dump_stmts(o, &s->v.for_.body);
        puts_(o, ", orelse=");
        dump_stmts(o, &s->v.for_.orelse);
        puts_(o, ")");
        break;
    case AST_While:
    case AST_If:
        puts_(o, s->kind == AST_While ? "While(test=" : "If(test=");
        dump_expr(o, s->v.if_.test);
        puts_(o, ", body=");
        dump_stmts(o, &s->v.if_.body);
        puts_(o, ", orelse=");
        dump_stmts(o, &s->v.if_.orelse);
        puts_(o, ")");
        break;
    case AST_With:
    case AST_AsyncWith:
        puts_(o, s->kind == AST_With ? "With(items=[" : "AsyncWith(items=[");
        for (int i = 0; i < s->v.with.items.n; i++) {
            const OuWithItem *w = s->v.with.items.items[i];
            if (i)
                puts_(o, ", ");
            puts_(o, "withitem(context_expr=");
            dump_expr(o, w->context_expr);
            dump_opt(o, "optional_vars", w->optional_vars);
            puts_(o, ")");
        }
        puts_(o, "], body=");
        dump_stmts(o, &s->v.with.body);
        puts_(o, ")");
        break;
    case AST_Raise:
        puts_(o, "Raise(");
        if (s->v.raise.exc) {
            puts_(o, "exc=");
            dump_expr(o, s->v.raise.exc);
            dump_opt(o, "cause", s->v.raise.cause);
        }
        puts_(o, ")");
        break;
    case AST_Try:
    case AST_TryStar:
        puts_(o, s->kind == AST_Try ? "Try(body=" : "TryStar(body=");
        dump_stmts(o, &s->v.try_.body);
        puts_(o, ", handlers=[");
        for (int i = 0; i < s->v.try_.handlers.n; i++) {
            const OuExceptHandler *h = s->v.try_.handlers.items[i];
            if (i)
                puts_(o, ", ");
            puts_(o, "ExceptHandler(");
            if (h->type) {
                puts_(o, "type=");
                dump_expr(o, h->type);
                puts_(o, ", ");
            }
            if (h->name) {
                puts_(o, "name=");
                dump_name(o, h->name);
                puts_(o, ", ");
            }
            puts_(o, "body=");
            dump_stmts(o, &h->body);
            puts_(o, ")");
            put_pos(o, &h->pos);
        }
        puts_(o, "], orelse=");
        dump_stmts(o, &s->v.try_.orelse);
        puts_(o, ", finalbody=");
        dump_stmts(o, &s->v.try_.finalbody);
        puts_(o, ")");
        break;
    case AST_Assert:
        puts_(o, "Assert(test=");
        dump_expr(o, s->v.assert_.test);
        dump_opt(o, "msg", s->v.assert_.msg);
        puts_(o, ")");
        break;
    case AST_Import:
    case AST_ImportFrom: {
        const OuAliasSeq *names;
        if (s->kind == AST_Import) {
            puts_(o, "Import(names=[");
            names = &s->v.import.names;
        } else {
            puts_(o, "ImportFrom(");
            if (s->v.importfrom.module) {
                puts_(o, "module=");
                dump_name(o, s->v.importfrom.module);
                puts_(o, ", ");
            }
            puts_(o, "names=[");
            names = &s->v.importfrom.names;
        }
        for (int i = 0; i < names->n; i++) {
            if (i)
                puts_(o, ", ");
            puts_(o, "alias(name=");
            dump_name(o, names->items[i]->name);
            if (names->items[i]->asname) {
                puts_(o, ", asname=");
                dump_name(o, names->items[i]->asname);
            }
            puts_(o, ")");
            put_pos(o, &names->items[i]->pos);
        }
        puts_(o, "]");
        if (s->kind == AST_ImportFrom)
            putf(o, ", level=%d", s->v.importfrom.level);
        puts_(o, ")");
        break;
    }
    case AST_Global:
    case AST_Nonlocal:
        puts_(o, s->kind == AST_Global ? "Global(names=[" : "Nonlocal(names=[");
        for (int i = 0; i < s->v.global.names.n; i++) {
            if (i)
                puts_(o, ", ");
            dump_name(o, s->v.global.names.items[i]);
        }
        puts_(o, "])");
        break;
    case AST_Expr:
        puts_(o, "Expr(value=");
        dump_expr(o, s->v.expr.value);
        puts_(o, ")");
        break;
    case AST_Pass: puts_(o, "Pass()"); break;
    case AST_Break: puts_(o, "Break()"); break;
    case AST_Continue: puts_(o, "Continue()"); break;
    default: puts_(o, "?"); break;
    }
    put_pos(o, &s->pos);
}

static void dump_stmts(Out *o, const OuStmtSeq *s)
{
    puts_(o, "[");
    for (int i = 0; i < s->n; i++) {
        if (i)
            puts_(o, ", ");
        dump_stmt(o, s->items[i]);
    }
    puts_(o, "]");
}

char *ou_ast_dump(const OuAstModule *mod)
{
    return ou_ast_dump_ex(mod, 0);
}

char *ou_ast_dump_ex(const OuAstModule *mod, int include_attributes)
{
    Out o = {0};
    o.attrs = include_attributes;
    switch (mod->mode) {
    case OU_PARSE_FILE:
        puts_(&o, "Module(body=");
        dump_stmts(&o, &mod->body);
        puts_(&o, ", type_ignores=[])");
        break;
    case OU_PARSE_EVAL:
        puts_(&o, "Expression(body=");
        dump_expr(&o, mod->expr);
        puts_(&o, ")");
        break;
    case OU_PARSE_SINGLE:
        puts_(&o, "Interactive(body=");
        dump_stmts(&o, &mod->body);
        puts_(&o, ")");
        break;
    }
    if (o.oom) {
        free(o.buf);
        return NULL;
    }
    return o.buf;
}
