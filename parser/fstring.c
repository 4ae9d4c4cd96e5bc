// parser/fstring.c: string literals in the AST. Adjacent literals are joined
// into one Constant, or into a JoinedStr when any is an f-string. An
// f-string is split here into literal text and replacement fields; a field's
// expression is parsed by a nested ou_parse in EVAL mode (parser.c), and its
// nodes get their true source positions, as in CPython 3.11. The Constant,
// FormattedValue and JoinedStr nodes themselves span all the literals.
#include "parser/internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    ParseCtx *c;
    Vec *values;                // finished parts of the JoinedStr
    char *lit;                  // literal text pending (malloc'd)
    size_t litlen, litcap;
    OuAstPos whole;             // span of all the adjacent literals
} Joiner;

static void ferr(Joiner *j, const char *msg);

static void lit_add(Joiner *j, const char *s, size_t n)
{
    if (j->litlen + n + 1 > j->litcap) {
        size_t cap = j->litcap ? j->litcap * 2 : 64;
        while (cap < j->litlen + n + 1)
            cap *= 2;
        char *nl = realloc(j->lit, cap);
        if (nl == NULL) {
            ferr(j, "out of memory");
            return;
        }
        j->lit = nl;
        j->litcap = cap;
    }
    memcpy(j->lit + j->litlen, s, n);
    j->litlen += n;
}

// CPython 3.11 puts f-string errors at the end of the literal.
static void ferr(Joiner *j, const char *msg)
{
    OuAstPos p = {j->whole.end_line, j->whole.end_col, j->whole.end_line, j->whole.end_col};
    syn_error(j->c, OU_SYNERR_SYNTAX, p, "%s", msg);
}

static OuExpr *str_const(ParseCtx *c, const char *s, size_t n, OuAstPos pos)
{
    OuExpr *e = mk_expr(c, AST_Constant, pos);
    e->v.constant.kind = AST_CONST_STR;
    e->v.constant.text = ou_ast_strndup(c->arena, s ? s : "", n);
    e->v.constant.len = n;
    return e;
}

// Move pending literal text into the values as one Constant.
static void lit_flush(Joiner *j, Vec *into)
{
    if (j->litlen == 0)
        return;
    vec_push(j->c, into, str_const(j->c, j->lit, j->litlen, j->whole));
    j->litlen = 0;
}

// Decode the escapes of a run of literal text from an f-string (no braces in
// it) by handing it to the lexer's decoder as a plain literal.
static void decode_run(Joiner *j, const PTok *t, const char *s, size_t n, int raw,
                       const char *quote, size_t qlen)
{
    if (n == 0)
        return;
    if (raw || memchr(s, '\\', n) == NULL) {
        lit_add(j, s, n);
        return;
    }
    char *buf = malloc(n + 2 * qlen + 1);
    if (buf == NULL) {
        ferr(j, "out of memory");
        return;
    }
    memcpy(buf, quote, qlen);
    memcpy(buf + qlen, s, n);
    memcpy(buf + qlen + n, quote, qlen);
    OuToken tok = {OU_TOK_STRING, buf, n + 2 * qlen, t->pos.line, t->pos.col,
                   t->pos.end_line, t->pos.end_col};
    OuSyntaxErrorInfo err;
    size_t outlen;
    int is_bytes, is_f;
    char *out = ou_string_literal_decode(&tok, &outlen, &is_bytes, &is_f, &err);
    free(buf);
    if (out == NULL) {
        if (!j->c->failed) {
            *j->c->err = err;
            j->c->failed = 1;
        }
        return;
    }
    lit_add(j, out, outlen);
    free(out);
}

typedef struct {
    const PTok *tok;
    const char *s;              // the literal's body (between the quotes)
    size_t n;
    int raw;
    const char *quote;
    size_t qlen;
    int line0, col0;            // source position of s[0]
} Body;

// Source position of body offset i.
static void where(const Body *b, size_t i, int *line, int *col)
{
    int l = b->line0, c = b->col0;
    for (size_t k = 0; k < i; k++) {
        if (b->s[k] == '\n') {
            l++;
            c = 0;
        } else {
            c++;
        }
    }
    *line = l;
    *col = c;
}

static size_t parse_parts(Joiner *j, const Body *b, size_t i, Vec *into, int in_spec, int depth);

// A replacement field starting after its '{' at s[i]; returns the offset
// after its '}'.
static size_t parse_field(Joiner *j, const Body *b, size_t i, Vec *into, int depth)
{
    ParseCtx *c = j->c;
    const char *s = b->s;
    size_t n = b->n, start = i;
    int nest = 0;
    char instr = 0;
    // The expression ends at a top-level '!', ':', '}' or debugging '='.
    for (; i < n; i++) {
        char ch = s[i];
        if (instr) {
            if (ch == instr)
                instr = 0;
            continue;
        }
        if (ch == '\'' || ch == '"') {
            instr = ch;
        } else if (ch == '(' || ch == '[' || ch == '{') {
            nest++;
        } else if (ch == ')' || ch == ']' || (ch == '}' && nest > 0)) {
            nest--;
        } else if (nest == 0) {
            if (ch == '}' || ch == ':')
                break;
            if (ch == '!' && i + 1 < n && s[i + 1] != '=')
                break;
            if (ch == '=' && i + 1 < n && s[i + 1] != '=' && i > start
                && !strchr("=!<>:", s[i - 1]))
                break;
            if (ch == '\\') {
                ferr(j, "f-string expression part cannot include a backslash");
                return n;
            }
        }
    }
    if (i >= n) {
        ferr(j, "f-string: expecting '}'");
        return n;
    }
    size_t expr_end = i;
    int blank = 1;
    for (size_t k = start; k < expr_end; k++)
        if (s[k] != ' ' && s[k] != '\t' && s[k] != '\n' && s[k] != '\r' && s[k] != '\f')
            blank = 0;
    if (blank) {
        ferr(j, "f-string: empty expression not allowed");
        return n;
    }
    OuAstPos at;
    where(b, start, &at.line, &at.col);
    at.end_line = at.line;
    at.end_col = at.col + 1;
    OuExpr *value = parse_fstring_expr(c, s + start, expr_end - start, at);
    if (value == NULL)
        return n;
    int debug = 0, conversion = -1;
    if (s[i] == '=') {
        debug = 1;
        i++;
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
            i++;
        // The text up to here, `=` and spaces included, is printed first.
        lit_add(j, s + start, i - start);
    }
    if (i < n && s[i] == '!') {
        if (i + 1 >= n || !strchr("sra", s[i + 1]) || s[i + 1] == '\0') {
            ferr(j, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return n;
        }
        conversion = (unsigned char)s[i + 1];
        i += 2;
    }
    OuExpr *spec = NULL;
    lit_flush(j, into);
    if (i < n && s[i] == ':') {
        // A format spec's nodes span only its own literal, not the whole
        // concatenation (CPython 3.11 does the same).
        OuAstPos whole = j->whole;
        Vec *parts = vec_new(c);
        j->whole = b->tok->pos;
        i = parse_parts(j, b, i + 1, parts, 1, depth + 1);
        spec = mk_expr(c, AST_JoinedStr, j->whole);
        spec->v.joinedstr.values = exprs_of(parts);
        j->whole = whole;
    }
    if (i >= n || s[i] != '}') {
        ferr(j, "f-string: expecting '}'");
        return n;
    }
    if (debug && conversion == -1 && spec == NULL)
        conversion = 'r';
    lit_flush(j, into);
    OuExpr *fv = mk_expr(c, AST_FormattedValue, j->whole);
    fv->v.formatted.value = value;
    fv->v.formatted.conversion = conversion;
    fv->v.formatted.format_spec = spec;
    vec_push(c, into, fv);
    return i + 1;
}

// Literal text and fields from s[i]; in a format spec, up to the closing '}'
// (returned, not consumed).
static size_t parse_parts(Joiner *j, const Body *b, size_t i, Vec *into, int in_spec, int depth)
{
    const char *s = b->s;
    size_t n = b->n;
    if (depth > 2) {
        ferr(j, "f-string: expressions nested too deeply");
        return n;
    }
    while (i < n && !j->c->failed) {
        size_t run = i;
        while (i < n && s[i] != '{' && s[i] != '}')
            i++;
        decode_run(j, b->tok, s + run, i - run, b->raw, b->quote, b->qlen);
        if (i >= n)
            break;
        if (s[i] == '{') {
            if (!in_spec && i + 1 < n && s[i + 1] == '{') {
                lit_add(j, "{", 1);
                i += 2;
                continue;
            }
            i = parse_field(j, b, i + 1, into, depth);
            continue;
        }
        // '}'
        if (in_spec)
            break;
        if (i + 1 < n && s[i + 1] == '}') {
            lit_add(j, "}", 1);
            i += 2;
            continue;
        }
        ferr(j, "f-string: single '}' is not allowed");
        return n;
    }
    if (in_spec)
        lit_flush(j, into);
    return i;
}

OuExpr *ex_strings(ParseCtx *c, Vec *toks)
{
    const PTok *first = toks->items[0], *last = toks->items[toks->n - 1];
    Joiner j = {c, vec_new(c), NULL, 0, 0, span(first->pos, last->pos)};
    int any_f = 0, bytes = -1;
    for (int k = 0; k < toks->n && !c->failed; k++) {
        const PTok *t = toks->items[k];
        size_t p = 0;
        int raw = 0, is_f = 0, is_b = 0;
        for (; p < (size_t)t->len && t->start[p] != '\'' && t->start[p] != '"'; p++) {
            char ch = t->start[p];
            raw |= ch == 'r' || ch == 'R';
            is_f |= ch == 'f' || ch == 'F';
            is_b |= ch == 'b' || ch == 'B';
        }
        if (bytes != -1 && bytes != is_b) {
            OuAstPos e = {last->pos.end_line, last->pos.end_col, last->pos.end_line,
                          last->pos.end_col};
            syn_error(c, OU_SYNERR_SYNTAX, e, "cannot mix bytes and nonbytes literals");
            break;
        }
        bytes = is_b;
        if (!is_f) {
            OuToken tok = {OU_TOK_STRING, t->start, (size_t)t->len, t->pos.line, t->pos.col,
                           t->pos.end_line, t->pos.end_col};
            OuSyntaxErrorInfo err;
            size_t outlen;
            int ib, ifs;
            char *out = ou_string_literal_decode(&tok, &outlen, &ib, &ifs, &err);
            if (out == NULL) {
                if (!c->failed) {
                    *c->err = err;
                    c->failed = 1;
                }
                break;
            }
            lit_add(&j, out, outlen);
            free(out);
            continue;
        }
        any_f = 1;
        size_t qlen = (t->len - p >= 6 && t->start[p + 1] == t->start[p]
                       && t->start[p + 2] == t->start[p]) ? 3 : 1;
        Body b = {t, t->start + p + qlen, (size_t)t->len - p - 2 * qlen, raw,
                  t->start + p, qlen, t->pos.line, t->pos.col + (int)(p + qlen)};
        parse_parts(&j, &b, 0, j.values, 0, 0);
    }
    OuExpr *e;
    if (!any_f) {
        e = mk_expr(c, AST_Constant, j.whole);
        e->v.constant.kind = bytes == 1 ? AST_CONST_BYTES : AST_CONST_STR;
        e->v.constant.text = ou_ast_strndup(c->arena, j.lit ? j.lit : "", j.litlen);
        e->v.constant.len = j.litlen;
    } else {
        lit_flush(&j, j.values);
        e = mk_expr(c, AST_JoinedStr, j.whole);
        e->v.joinedstr.values = exprs_of(j.values);
    }
    free(j.lit);
    return e;
}
