// vm/traceback.c: traceback objects, and printing an uncaught exception the
// way CPython 3.11 does: the chain of causes and contexts, one entry per
// frame with its source line, and 3.11's position markers under the part of
// the line that failed (`~~^~~` for binary operators and subscripts, found by
// re-parsing that part of the line, as CPython does).
#include "vm/vm.h"

#include <stdlib.h>
#include <string.h>
#include "gc/gc.h"
#include "parser/parser.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

// ---- The traceback type ----

int ou_traceback_here(OuFrame *frame, int lasti)
{
    OuObject *exc = ou_state.exc;
    if (exc == NULL || !ou_exception_check(exc))
        return 0;
    OuTraceback *tb = (OuTraceback *)ou_object_new(&ou_traceback_type);
    if (tb == NULL)
        return -1;
    OuBaseException *e = (OuBaseException *)exc;
    tb->next = (OuTraceback *)e->traceback;     // reference moves into the new entry
    e->traceback = (OuObject *)tb;
    tb->frame = (OuFrame *)ou_newref(frame);
    tb->lasti = lasti;
    tb->lineno = ou_code_addr_to_line(frame->code, lasti);
    ou_gc_track((OuObject *)tb);
    return 0;
}

static int tb_traverse(OuObject *o, OuVisitProc visit, void *arg)
{
    OuTraceback *tb = (OuTraceback *)o;
    OU_VISIT(tb->next);
    OU_VISIT(tb->frame);
    return 0;
}

static int tb_clear(OuObject *o)
{
    OuTraceback *tb = (OuTraceback *)o;
    OU_CLEAR(tb->next);
    OU_CLEAR(tb->frame);
    return 0;
}

static void tb_dealloc(OuObject *o)
{
    ou_gc_untrack(o);
    // A long chain is released iteratively, not by recursion.
    OuTraceback *tb = (OuTraceback *)o;
    OuTraceback *next = tb->next;
    tb->next = NULL;
    OU_CLEAR(tb->frame);
    ou_object_free(o);
    while (next != NULL && OU_REFCNT(next) == 1) {
        OuTraceback *n = next->next;
        next->next = NULL;
        OU_DECREF(next);
        next = n;
    }
    OU_XDECREF(next);
}

static OuObject *tb_get_next(OuObject *o)
{
    OuObject *n = (OuObject *)((OuTraceback *)o)->next;
    return ou_newref(n ? n : ou_None);
}
static OuObject *tb_get_frame(OuObject *o) { return ou_newref(((OuTraceback *)o)->frame); }
static OuObject *tb_get_lineno(OuObject *o) { return ou_int_from_i64(((OuTraceback *)o)->lineno); }
static OuObject *tb_get_lasti(OuObject *o) { return ou_int_from_i64(((OuTraceback *)o)->lasti * 2); }

static const OuGetSetDef tb_getsets[] = {
    {"tb_next", tb_get_next, NULL, NULL},
    {"tb_frame", tb_get_frame, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

OuType ou_traceback_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "traceback",
    .basicsize = sizeof(OuTraceback),
    .flags = OU_TPFLAGS_GC,
    .dealloc = tb_dealloc,
    .traverse = tb_traverse,
    .clear = tb_clear,
    .getsets = tb_getsets,
};

// ---- Source lines ----

// Line `lineno` of `filename` without its line ending, malloc'd; NULL when
// unavailable.
static char *read_source_line(OuObject *filename, int lineno)
{
    if (filename == NULL || !ou_str_check(filename) || lineno < 1)
        return NULL;
    FILE *fp = fopen(ou_str_utf8(filename), "rb");
    if (fp == NULL)
        return NULL;
    char *buf = NULL;
    size_t cap = 0;
    ssize_t n = 0;
    for (int i = 0; i < lineno; i++) {
        n = getline(&buf, &cap, fp);
        if (n < 0)
            break;
    }
    fclose(fp);
    if (n < 0) {
        free(buf);
        return NULL;
    }
    while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
        buf[--n] = '\0';
    return buf;
}

static int is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// Characters (code points) in the first `nbytes` bytes of `s`.
static int char_offset(const char *s, int nbytes)
{
    int n = 0;
    for (int i = 0; i < nbytes && s[i]; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    return n;
}

// 3.11's anchors: re-parse the failing part of the line; for a binary
// operation mark the operator, for a subscript the brackets. Offsets are in
// characters, relative to the segment. 1 when found.
static int find_anchors(const char *segment, size_t len, int *left, int *right)
{
    OuAstArena *arena = ou_ast_arena_new();
    if (arena == NULL)
        return 0;
    OuSyntaxErrorInfo err;
    int incomplete = 0;
    int found = 0;
    OuAstModule *mod = ou_parse(segment, len, OU_PARSE_FILE, arena, &err, &incomplete);
    if (mod != NULL && mod->body.n == 1 && mod->body.items[0]->kind == AST_Expr) {
        OuExpr *e = mod->body.items[0]->v.expr.value;
        if (e->kind == AST_BinOp) {
            int from = e->v.binop.left->pos.end_col, to = e->v.binop.right->pos.col;
            for (int i = from; i < to; i++) {
                if (is_ws(segment[i]))
                    continue;
                *left = i;
                *right = i + 1;
                if (i + 1 < to && !is_ws(segment[i + 1]))
                    ++*right;
                found = 1;
                break;
            }
        } else if (e->kind == AST_Subscript) {
            *left = e->v.subscript.value->pos.end_col;
            *right = e->v.subscript.slice->pos.end_col + 1;
            found = 1;
        }
        if (found) {
            *left = char_offset(segment, *left);
            *right = char_offset(segment, *right);
        }
    }
    ou_ast_arena_free(arena);
    return found;
}

static void print_entry(FILE *out, OuTraceback *tb)
{
    OuCode *co = tb->frame->code;
    fprintf(out, "  File \"%s\", line %d, in %s\n", ou_str_utf8(co->filename), tb->lineno,
            ou_str_utf8(co->name));
    char *line = read_source_line(co->filename, tb->lineno);
    if (line == NULL)
        return;
    int truncation = 0;
    while (is_ws(line[truncation]))
        truncation++;
    fprintf(out, "    %s\n", line + truncation);

    int sline, eline, scol, ecol;
    if (!ou_code_positions(co, tb->lasti, &sline, &eline, &scol, &ecol) || sline < 0 || eline < 0
        || scol < 0 || ecol < 0 || sline != tb->lineno)
        goto done;
    int line_chars = char_offset(line, (int)strlen(line));
    int start = char_offset(line, scol);
    int end;
    int left = -1, right = -1;
    const char *primary = "^", *secondary = "^";
    if (sline == eline) {
        end = char_offset(line, ecol);
        int a, b;
        if (ecol <= (int)strlen(line) && scol < ecol
            && find_anchors(line + scol, (size_t)(ecol - scol), &a, &b)) {
            left = a + start;
            right = b + start;
            primary = "~";
            secondary = "^";
        }
    } else {
        int i = (int)strlen(line);
        while (--i >= 0 && is_ws(line[i]))
            ;
        end = char_offset(line, i + 1);
    }
    int has_secondary = left != -1 || right != -1;
    if (end - start == line_chars - truncation && !has_secondary)
        goto done;
    fputs("    ", out);
    for (int offset = truncation + 1; offset <= end; offset++) {
        if (offset <= start)
            fputs(" ", out);
        else if (has_secondary && left < offset && offset <= right)
            fputs(secondary, out);
        else
            fputs(primary, out);
    }
    fputs("\n", out);
done:
    free(line);
}

#define RECURSIVE_CUTOFF 3

static void print_tb(FILE *out, OuTraceback *tb)
{
    fputs("Traceback (most recent call last):\n", out);
    OuObject *last_file = NULL, *last_name = NULL;
    int last_line = -1, count = 0;
    for (; tb != NULL; tb = tb->next) {
        OuCode *co = tb->frame->code;
        if (last_file == NULL || co->filename != last_file || tb->lineno != last_line
            || co->name != last_name) {
            if (count > RECURSIVE_CUTOFF)
                fprintf(out, "  [Previous line repeated %d more time%s]\n", count - RECURSIVE_CUTOFF,
                        count - RECURSIVE_CUTOFF > 1 ? "s" : "");
            last_file = co->filename;
            last_line = tb->lineno;
            last_name = co->name;
            count = 0;
        }
        if (++count > RECURSIVE_CUTOFF)
            continue;
        print_entry(out, tb);
    }
    if (count > RECURSIVE_CUTOFF)
        fprintf(out, "  [Previous line repeated %d more time%s]\n", count - RECURSIVE_CUTOFF,
                count - RECURSIVE_CUTOFF > 1 ? "s" : "");
}

// The source line of a SyntaxError with its carets, as CPython prints it:
// `offset` is 1-based; leading whitespace is dropped and the caret moves
// with it; a caret left of the text is not printed at all.
static void print_error_text(FILE *out, long long offset, long long end_offset, const char *text)
{
    long long repeat = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    offset--;
    while (is_ws(*text)) {
        text++;
        offset--;
    }
    long long len = (long long)strlen(text);
    if (len > 0 && text[len - 1] == '\n')
        len--;
    if (offset > len)
        offset = len;
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (nl == NULL || nl - text >= offset)
            break;
        long long skip = nl - text + 1;
        text += skip;
        len -= skip;
        offset -= skip;
    }
    fprintf(out, "    %s", text);
    if (text[len] != '\n')
        fputc('\n', out);
    if (offset < 0)
        return;
    fputs("    ", out);
    while (--offset >= 0)
        fputc(' ', out);
    for (long long i = 0; i < repeat; i++)
        fputc('^', out);
    fputc('\n', out);
}

static long long int_attr(OuObject *v, long long missing)
{
    if (v == NULL || v == ou_None || !ou_int_check(v))
        return missing;
    int64_t x;
    if (ou_int_as_i64(v, &x) < 0) {
        ou_err_clear();
        return missing;
    }
    return x;
}

// `  File "x.py", line 3` and the text with its carets. Only SyntaxError
// itself reports an end; its subclasses (IndentationError…) show one caret.
static void print_syntax_error_location(FILE *out, OuObject *exc)
{
    OuSyntaxError *e = (OuSyntaxError *)exc;
    if (e->lineno == NULL || !ou_int_check(e->lineno))
        return;     // no location: only the message line is printed
    long long lineno = int_attr(e->lineno, 0);
    long long offset = int_attr(e->offset, -1);
    long long end_lineno = lineno, end_offset = -1;
    if (OU_TYPE(exc) == &ou_exc_SyntaxError) {
        end_lineno = int_attr(e->end_lineno, lineno);
        end_offset = int_attr(e->end_offset, -1);
    }
    const char *filename = (e->filename && ou_str_check(e->filename)) ? ou_str_utf8(e->filename) : "<string>";
    fprintf(out, "  File \"%s\", line %lld\n", filename, lineno);
    if (e->text == NULL || !ou_str_check(e->text))
        return;
    long long line_size = ou_str_size(e->text);
    if (end_lineno > lineno)
        end_offset = line_size;
    if (end_offset > line_size + 1)
        end_offset = line_size + 1;
    print_error_text(out, offset, end_offset, ou_str_utf8(e->text));
}

static void print_exception_line(FILE *out, OuObject *exc)
{
    OuType *t = OU_TYPE(exc);
    OuObject *mod = t->dict ? ou_dict_getitem_str(t->dict, "__module__") : NULL;
    if (mod != NULL && ou_str_check(mod) && !ou_str_eq_cstr(mod, "builtins")
        && !ou_str_eq_cstr(mod, "__main__"))
        fprintf(out, "%s.", ou_str_utf8(mod));
    OuObject *qualname = ou_object_getattr_str((OuObject *)t, "__qualname__");
    if (qualname != NULL && ou_str_check(qualname))
        fputs(ou_str_utf8(qualname), out);
    else
        fputs(t->name, out);
    OU_XDECREF(qualname);
    ou_err_clear();
    // A SyntaxError's location was printed above it: the line shows the message only.
    OuObject *msg = NULL;
    if (ou_is_instance_of(exc, &ou_exc_SyntaxError))
        msg = ((OuSyntaxError *)exc)->msg;
    OuObject *s = msg != NULL ? ou_object_str(msg) : ou_object_str(exc);
    if (s == NULL) {
        ou_err_clear();
        fputs(": <exception str() failed>", out);
    } else {
        if (ou_str_size(s) > 0)
            fprintf(out, ": %s", ou_str_utf8(s));
        OU_DECREF(s);
    }
    OuObject *suggestion = ou_vm_suggestion(exc);
    if (suggestion != NULL) {
        fprintf(out, ". Did you mean: '%s'?", ou_str_utf8(suggestion));
        OU_DECREF(suggestion);
    }
    fputc('\n', out);
    // add_note() texts, one per line, after the message.
    OuObject *notes = ((OuBaseException *)exc)->notes;
    if (notes != NULL && ou_list_check(notes)) {
        for (ou_ssize_t i = 0; i < ou_list_size(notes); i++) {
            OuObject *n = ou_list_items(notes)[i];
            OuObject *text = ou_str_check(n) ? ou_newref(n) : ou_object_repr(n);
            if (text == NULL) {
                ou_err_clear();
                fputs("<note str() failed>\n", out);
                continue;
            }
            fprintf(out, "%s\n", ou_str_utf8(text));
            OU_DECREF(text);
        }
    }
}

static void print_one(FILE *out, OuObject *exc)
{
    OuBaseException *e = (OuBaseException *)exc;
    if (e->traceback != NULL && OU_TYPE(e->traceback) == &ou_traceback_type)
        print_tb(out, (OuTraceback *)e->traceback);
    if (ou_is_instance_of(exc, &ou_exc_SyntaxError))
        print_syntax_error_location(out, exc);
    print_exception_line(out, exc);
}

static void print_chain(FILE *out, OuObject *exc, OuObject *seen)
{
    if (ou_list_append(seen, exc) < 0) {
        ou_err_clear();
        return;
    }
    OuBaseException *e = (OuBaseException *)exc;
    OuObject *cause = e->cause, *context = e->context;
    int seen_cause = 0, seen_context = 0;
    for (ou_ssize_t i = 0; i < ou_list_size(seen); i++) {
        OuObject *s = ou_list_items(seen)[i];
        seen_cause |= s == cause;
        seen_context |= s == context;
    }
    if (cause != NULL && ou_exception_check(cause) && !seen_cause) {
        print_chain(out, cause, seen);
        fputs("\nThe above exception was the direct cause of the following exception:\n\n", out);
    } else if (context != NULL && ou_exception_check(context) && !e->suppress_context && !seen_context) {
        print_chain(out, context, seen);
        fputs("\nDuring handling of the above exception, another exception occurred:\n\n", out);
    }
    print_one(out, exc);
}

void ou_vm_print_exception(OuObject *exc, FILE *out)
{
    fflush(stdout);
    OuObject *saved = ou_err_fetch();
    OuObject *seen = ou_list_new(0);
    if (seen == NULL) {
        ou_err_clear();
        print_one(out, exc);
    } else {
        print_chain(out, exc, seen);
        OU_DECREF(seen);
    }
    fflush(out);
    ou_err_restore(saved);
}
