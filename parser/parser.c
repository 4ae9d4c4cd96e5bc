// parser/parser.c: ou_parse, the driver. It pulls tokens from the lexer and
// pushes them into the Lemon parser generated from grammar.y, then words the
// first syntax error the way CPython 3.11 does. This is the only file that
// sees Lemon's generated names (grammar.h).
#include "parser/parser.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grammar.h"
#include "parser/internal.h"

void *OuLemonAlloc(void *(*mallocProc)(size_t));
void OuLemonFree(void *p, void (*freeProc)(void *));
void OuLemon(void *p, int major, PTok minor, ParseCtx *ctx);

// Lexer kind -> Lemon terminal. A token the grammar does not declare is a
// build error here, which keeps lexer/tokens.h and grammar.y in step.
static const int lemon_code[OU_TOK__COUNT] = {
#define OU_TOKEN(name, text) [OU_TOK_##name] = OU_TK_##name,
#include "lexer/tokens.h"
#undef OU_TOKEN
};

// f-string fields nest at most this deep, as in CPython 3.11.
#define MAX_FSTRING_DEPTH 2

typedef struct {
    PTok *items;
    int n, cap;
} TokLog;

static int log_push(TokLog *l, PTok t)
{
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 256;
        PTok *ni = realloc(l->items, sizeof(PTok) * (size_t)cap);
        if (ni == NULL)
            return -1;
        l->items = ni;
        l->cap = cap;
    }
    l->items[l->n++] = t;
    return 0;
}

static void set_err(OuSyntaxErrorInfo *err, OuSyntaxErrorKind kind, const char *msg,
                    int line, int col, int end_line, int end_col)
{
    err->kind = kind;
    snprintf(err->msg, sizeof err->msg, "%s", msg);
    err->line = line;
    err->col = col;
    err->end_line = end_line;
    err->end_col = end_col;
}

static int starts_expr(int k)
{
    switch (k) {
    case OU_TOK_NAME: case OU_TOK_NUMBER: case OU_TOK_STRING: case OU_TOK_LPAR:
    case OU_TOK_LSQB: case OU_TOK_LBRACE: case OU_TOK_KW_NONE: case OU_TOK_KW_TRUE:
    case OU_TOK_KW_FALSE: case OU_TOK_ELLIPSIS: case OU_TOK_TILDE: case OU_TOK_KW_NOT:
    case OU_TOK_KW_LAMBDA: case OU_TOK_KW_AWAIT:
        return 1;
    default:
        return 0;
    }
}

static int ends_expr(int k)
{
    switch (k) {
    case OU_TOK_NAME: case OU_TOK_NUMBER: case OU_TOK_STRING: case OU_TOK_RPAR:
    case OU_TOK_RSQB: case OU_TOK_RBRACE: case OU_TOK_KW_NONE: case OU_TOK_KW_TRUE:
    case OU_TOK_KW_FALSE: case OU_TOK_ELLIPSIS:
        return 1;
    default:
        return 0;
    }
}

static int is_open(int k)
{
    return k == OU_TOK_LPAR || k == OU_TOK_LSQB || k == OU_TOK_LBRACE;
}

static int is_close(int k)
{
    return k == OU_TOK_RPAR || k == OU_TOK_RSQB || k == OU_TOK_RBRACE;
}

// "Perhaps you forgot a comma?": inside brackets, an operand follows an
// operand. The highlight runs from the start of the left expression (back to
// the enclosing bracket or a separator) to the end of the right one's primary.
static int forgot_comma(ParseCtx *c, TokLog *log, OuLexer *lx, PTok bad)
{
    int i = log->n - 1, depth = 0;
    if (i < 0 || !ends_expr(log->items[i].kind) || !starts_expr(bad.kind))
        return 0;
    int first = i;
    for (; i >= 0; i--) {
        int k = log->items[i].kind;
        if (is_close(k)) {
            depth++;
        } else if (is_open(k)) {
            if (depth == 0)
                break;
            depth--;
        } else if (depth == 0 && (k == OU_TOK_COMMA || k == OU_TOK_COLON || k == OU_TOK_EQUAL
                                  || k == OU_TOK_COLONEQUAL || k == OU_TOK_KW_IF
                                  || k == OU_TOK_KW_ELSE || k == OU_TOK_KW_FOR
                                  || k == OU_TOK_KW_LAMBDA || k == OU_TOK_KW_YIELD
                                  || k == OU_TOK_KW_AS || k == OU_TOK_KW_FROM
                                  || k == OU_TOK_STAR || k == OU_TOK_DOUBLESTAR
                                  || k == OU_TOK_NEWLINE || k == OU_TOK_SEMI)) {
            break;
        }
        first = i;
    }
    if (first + 1 < log->n && log->items[first].kind == OU_TOK_NAME
        && log->items[first + 1].kind == OU_TOK_STRING)
        return 0;
    int level = 0;
    for (int k = 0; k < log->n; k++)
        level += is_open(log->items[k].kind) - is_close(log->items[k].kind);
    if (level <= 0)
        return 0;
    // The right operand runs, read ahead from the lexer, to the next
    // separator at its own bracket level.
    OuAstPos end = bad.pos;
    OuToken t;
    int d = is_open(bad.kind) ? 1 : 0;
    for (;;) {
        int k = ou_lexer_next(lx, &t);
        if (k == OU_TOK_ERROR || k == OU_TOK_ENDMARKER || k == OU_TOK_NEWLINE)
            break;
        if (d == 0 && (is_close(k) || k == OU_TOK_COMMA || k == OU_TOK_COLON
                       || k == OU_TOK_EQUAL || k == OU_TOK_COLONEQUAL || k == OU_TOK_KW_FOR
                       || k == OU_TOK_KW_ASYNC || k == OU_TOK_KW_AS || k == OU_TOK_SEMI))
            break;
        d += is_open(k) - is_close(k);
        end.end_line = t.end_line;
        end.end_col = t.end_col;
    }
    OuAstPos start = log->items[first].pos;
    syn_error(c, OU_SYNERR_SYNTAX, span(start, end), "invalid syntax. Perhaps you forgot a comma?");
    return 1;
}

static const char *header_words(int kind)
{
    switch (kind) {
    case OU_TK_KW_IF: return "'if' statement";
    case OU_TK_KW_ELIF: return "'elif' statement";
    case OU_TK_KW_ELSE: return "'else' statement";
    case OU_TK_KW_WHILE: return "'while' statement";
    case OU_TK_KW_FOR: return "'for' statement";
    case OU_TK_KW_TRY: return "'try' statement";
    case OU_TK_KW_EXCEPT: return "'except' statement";
    case OU_TK_KW_FINALLY: return "'finally' statement";
    case OU_TK_KW_WITH: return "'with' statement";
    case OU_TK_KW_DEF: return "function definition";
    case OU_TK_KW_CLASS: return "class definition";
    default: return "statement";
    }
}

// `match` and `case` are soft keywords ouro does not implement: a statement
// that starts with one and fails to parse is reported as the missing feature.
static int match_statement(ParseCtx *c, TokLog *log)
{
    int i = log->n - 1;
    while (i > 0 && log->items[i - 1].kind != OU_TOK_NEWLINE && log->items[i - 1].kind != OU_TOK_INDENT
           && log->items[i - 1].kind != OU_TOK_DEDENT)
        i--;
    if (i < 0 || i >= log->n - 1)
        return 0;
    PTok first = log->items[i];
    if (first.kind != OU_TOK_NAME || (first.len != 5 || memcmp(first.start, "match", 5) != 0))
        return 0;
    syn_error(c, OU_SYNERR_SYNTAX, first.pos, "'match' is not supported by ouro");
    return 1;
}

// Word the syntax error Lemon detected at c->syn_tok.
static void explain(ParseCtx *c, TokLog *log, OuLexer *lx, int *incomplete)
{
    PTok t = c->syn_tok;
    PTok prev = log->n > 1 ? log->items[log->n - 2] : t;   // the log ends with t
    OuAstPos p = t.pos;
    if (t.kind == OU_TOK_NEWLINE || t.kind == OU_TOK_ENDMARKER || t.kind == OU_TOK_DEDENT) {
        p.end_line = p.line;
        p.end_col = p.col;
    }
    if (t.kind == OU_TOK_ENDMARKER)
        *incomplete = 1;
    if (t.kind == OU_TOK_INDENT) {
        OuAstPos q = {p.end_line, p.end_col - 1, p.end_line, -2};
        syn_error(c, OU_SYNERR_INDENTATION, q, "unexpected indent");
        return;
    }
    if (c->want_indent && c->header.kind != 0) {
        OuAstPos q = p;
        if (t.kind == OU_TOK_ENDMARKER || t.kind == OU_TOK_DEDENT) {
            q = prev.pos;
            q.end_line = q.line;
            q.end_col = -2;
        }
        syn_error(c, OU_SYNERR_INDENTATION, q, "expected an indented block after %s on line %d",
                  header_words(c->header.kind), c->header.pos.line);
        return;
    }
    if (c->want_colon && c->header.kind != 0 && t.kind == OU_TOK_NEWLINE) {
        syn_error(c, OU_SYNERR_SYNTAX, p, "expected ':'");
        return;
    }
    if (c->want_else && c->ifexp_body != NULL && t.kind != OU_TOK_KW_ELSE && log->n > 1) {
        syn_error(c, OU_SYNERR_SYNTAX, span(c->ifexp_body->pos, prev.pos),
                  "expected 'else' after 'if' expression");
        return;
    }
    if (match_statement(c, log))
        return;
    if (forgot_comma(c, log, lx, t))
        return;
    syn_error(c, OU_SYNERR_SYNTAX, p, "invalid syntax");
}

// Positions of a field parsed from "(text)" are relative to that buffer;
// move them to where the text sits in the source.
static void shift_expr(OuExpr *e, int dline, int dcol);

static void shift_pos(OuAstPos *p, int dline, int dcol)
{
    if (p->line == 1)
        p->col += dcol;
    if (p->end_line == 1)
        p->end_col += dcol;
    p->line += dline;
    p->end_line += dline;
}

static void shift_seq(OuExprSeq *s, int dline, int dcol)
{
    for (int i = 0; i < s->n; i++)
        if (s->items[i])
            shift_expr(s->items[i], dline, dcol);
}

static void shift_args(OuArguments *a, int dline, int dcol)
{
    OuArgSeq *seqs[3] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < seqs[k]->n; i++)
            shift_pos(&seqs[k]->items[i]->pos, dline, dcol);
    if (a->vararg)
        shift_pos(&a->vararg->pos, dline, dcol);
    if (a->kwarg)
        shift_pos(&a->kwarg->pos, dline, dcol);
    shift_seq(&a->kw_defaults, dline, dcol);
    shift_seq(&a->defaults, dline, dcol);
}

static void shift_expr(OuExpr *e, int dline, int dcol)
{
    if (e == NULL)
        return;
    shift_pos(&e->pos, dline, dcol);
    switch (e->kind) {
    case AST_BoolOp: shift_seq(&e->v.boolop.values, dline, dcol); break;
    case AST_NamedExpr:
        shift_expr(e->v.namedexpr.target, dline, dcol);
        shift_expr(e->v.namedexpr.value, dline, dcol);
        break;
    case AST_BinOp:
        shift_expr(e->v.binop.left, dline, dcol);
        shift_expr(e->v.binop.right, dline, dcol);
        break;
    case AST_UnaryOp: shift_expr(e->v.unaryop.operand, dline, dcol); break;
    case AST_Lambda:
        shift_args(e->v.lambda.args, dline, dcol);
        shift_expr(e->v.lambda.body, dline, dcol);
        break;
    case AST_IfExp:
        shift_expr(e->v.ifexp.test, dline, dcol);
        shift_expr(e->v.ifexp.body, dline, dcol);
        shift_expr(e->v.ifexp.orelse, dline, dcol);
        break;
    case AST_Dict:
        shift_seq(&e->v.dict.keys, dline, dcol);
        shift_seq(&e->v.dict.values, dline, dcol);
        break;
    case AST_Set: shift_seq(&e->v.set.elts, dline, dcol); break;
    case AST_ListComp: case AST_SetComp: case AST_GeneratorExp: case AST_DictComp:
        shift_expr(e->v.comp.elt, dline, dcol);
        shift_expr(e->v.comp.key, dline, dcol);
        shift_expr(e->v.comp.value, dline, dcol);
        for (int i = 0; i < e->v.comp.generators.n; i++) {
            OuComprehension *g = e->v.comp.generators.items[i];
            shift_expr(g->target, dline, dcol);
            shift_expr(g->iter, dline, dcol);
            shift_seq(&g->ifs, dline, dcol);
        }
        break;
    case AST_Await: case AST_Yield: case AST_YieldFrom:
        shift_expr(e->v.yield.value, dline, dcol);
        break;
    case AST_Compare:
        shift_expr(e->v.compare.left, dline, dcol);
        for (int i = 0; i < e->v.compare.n; i++)
            shift_expr(e->v.compare.comparators[i], dline, dcol);
        break;
    case AST_Call:
        shift_expr(e->v.call.func, dline, dcol);
        shift_seq(&e->v.call.args, dline, dcol);
        for (int i = 0; i < e->v.call.keywords.n; i++) {
            shift_pos(&e->v.call.keywords.items[i]->pos, dline, dcol);
            shift_expr(e->v.call.keywords.items[i]->value, dline, dcol);
        }
        break;
    case AST_FormattedValue:
        shift_expr(e->v.formatted.value, dline, dcol);
        shift_expr(e->v.formatted.format_spec, dline, dcol);
        break;
    case AST_JoinedStr: shift_seq(&e->v.joinedstr.values, dline, dcol); break;
    case AST_Attribute: shift_expr(e->v.attribute.value, dline, dcol); break;
    case AST_Subscript:
        shift_expr(e->v.subscript.value, dline, dcol);
        shift_expr(e->v.subscript.slice, dline, dcol);
        break;
    case AST_Starred: shift_expr(e->v.starred.value, dline, dcol); break;
    case AST_List: case AST_Tuple: shift_seq(&e->v.list.elts, dline, dcol); break;
    case AST_Slice:
        shift_expr(e->v.slice.lower, dline, dcol);
        shift_expr(e->v.slice.upper, dline, dcol);
        shift_expr(e->v.slice.step, dline, dcol);
        break;
    default:
        break;
    }
}

static void take_lexer_error(ParseCtx *c, OuLexer *lx, int *incomplete)
{
    const OuSyntaxErrorInfo *le = ou_lexer_error(lx);
    *c->err = *le;
    c->failed = 1;
    *incomplete = strstr(le->msg, "was never closed") || strstr(le->msg, "unterminated triple");
}

static OuAstModule *parse(ParseCtx *c, const char *src, size_t len, int *incomplete)
{
    OuLexer *lx = ou_lexer_new(src, len);
    void *lp = OuLemonAlloc(malloc);
    TokLog log = {0};
    c->result = pz(c, sizeof(OuAstModule));
    if (lx == NULL || lp == NULL || c->result == (void *)c->emergency) {
        set_err(c->err, OU_SYNERR_SYNTAX, "out of memory", 1, 0, 1, 1);
        c->failed = 1;
        goto done;
    }
    c->result->mode = c->mode;
    c->src = src;
    c->srclen = len;
    PTok first = {0};
    OuLemon(lp, c->mode == OU_PARSE_FILE ? OU_TK_FILE_START
                : c->mode == OU_PARSE_EVAL ? OU_TK_EVAL_START : OU_TK_SINGLE_START,
            first, c);
    int lexer_failed = 0;
    for (;;) {
        OuToken tok;
        OuTokenKind kind = ou_lexer_next(lx, &tok);
        if (kind == OU_TOK_ERROR) {
            if (!c->failed)
                take_lexer_error(c, lx, incomplete);
            lexer_failed = 1;
            break;
        }
        PTok t = {tok.start, (int)tok.len, kind,
                  {tok.line, tok.col, tok.end_line, tok.end_col}};
        if (log_push(&log, t) < 0) {
            syn_error(c, OU_SYNERR_SYNTAX, t.pos, "out of memory");
            break;
        }
        OuLemon(lp, lemon_code[kind], t, c);
        if (c->syn_hit && !c->failed)
            explain(c, &log, lx, incomplete);
        if (!c->failed && kind == OU_TOK_ENDMARKER) {
            OuLemon(lp, 0, t, c);           // Lemon's own end of input accepts
            if (c->syn_hit && !c->failed)
                explain(c, &log, lx, incomplete);
        }
        if (c->failed || c->done || kind == OU_TOK_ENDMARKER)
            break;
    }
    if (!c->failed && c->withas != NULL) {
        for (int i = 0; i < c->withas->n; i++) {
            ExprX *x = c->withas->items[i];
            if (x->as_tok.kind != -1) {
                OuAstPos p = x->as_tok.pos;
                syn_error(c, OU_SYNERR_SYNTAX, p, "invalid syntax");
                break;
            }
        }
    }
    if (!c->failed && c->mode == OU_PARSE_SINGLE && c->nlines > 1) {
        syn_error(c, OU_SYNERR_SYNTAX, c->second, "multiple statements found while compiling a single statement");
    }
    if (!c->failed && !c->done)
        syn_error(c, OU_SYNERR_SYNTAX, (OuAstPos){1, 0, 1, 1}, "invalid syntax");
    // As CPython does, a parser error is checked against the rest of the
    // source: an error the lexer finds there (an unclosed bracket at the end
    // of the file, a bad indent) is the one reported.
    if (c->failed && !lexer_failed) {
        OuToken tok;
        OuTokenKind kind;
        while ((kind = ou_lexer_next(lx, &tok)) != OU_TOK_ENDMARKER) {
            if (kind == OU_TOK_ERROR) {
                take_lexer_error(c, lx, incomplete);
                break;
            }
        }
    }
done:
    free(log.items);
    if (lp != NULL)
        OuLemonFree(lp, free);
    ou_lexer_free(lx);
    return c->failed ? NULL : c->result;
}

OuAstModule *ou_parse(const char *src, size_t len, OuParseMode mode, OuAstArena *arena,
                      OuSyntaxErrorInfo *err, int *incomplete)
{
    int dummy = 0;
    if (incomplete == NULL)
        incomplete = &dummy;
    *incomplete = 0;
    ParseCtx *c = calloc(1, sizeof(ParseCtx));
    if (c == NULL) {
        set_err(err, OU_SYNERR_SYNTAX, "out of memory", 1, 0, 1, 1);
        return NULL;
    }
    c->arena = arena;
    c->mode = mode;
    c->err = err;
    OuAstModule *m = parse(c, src, len, incomplete);
    free(c);
    return m;
}

OuExpr *parse_fstring_expr(ParseCtx *c, const char *text, size_t len, OuAstPos at)
{
    if (c->fdepth >= MAX_FSTRING_DEPTH) {
        syn_error(c, OU_SYNERR_SYNTAX, at, "f-string: expressions nested too deeply");
        return NULL;
    }
    // Parenthesized, as CPython does, so the field may span lines.
    char *buf = malloc(len + 3);
    ParseCtx *sub = calloc(1, sizeof(ParseCtx));
    OuSyntaxErrorInfo err;
    if (buf == NULL || sub == NULL) {
        free(buf);
        free(sub);
        syn_error(c, OU_SYNERR_SYNTAX, at, "out of memory");
        return NULL;
    }
    buf[0] = '(';
    memcpy(buf + 1, text, len);
    buf[len + 1] = ')';
    buf[len + 2] = '\0';
    sub->arena = c->arena;
    sub->mode = OU_PARSE_EVAL;
    sub->err = &err;
    sub->fdepth = c->fdepth + 1;
    int incomplete = 0;
    OuAstModule *m = parse(sub, buf, len + 2, &incomplete);
    free(buf);
    free(sub);
    if (m == NULL) {
        if (!c->failed) {
            *c->err = err;
            if (strncmp(err.msg, "f-string", 8) != 0) {
                static const char prefix[] = "f-string: ";
                size_t room = sizeof c->err->msg - sizeof prefix;
                size_t n = strnlen(err.msg, room);
                memcpy(c->err->msg, prefix, sizeof prefix - 1);
                memcpy(c->err->msg + sizeof prefix - 1, err.msg, n);
                c->err->msg[sizeof prefix - 1 + n] = '\0';
            }
            c->err->line = at.line;
            c->err->end_line = at.line;
            c->failed = 1;
        }
        return NULL;
    }
    shift_expr(m->expr, at.line - 1, at.col - 1);
    return m->expr;
}
