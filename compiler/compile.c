// compiler/compile.c: code generation, AST + symbol table -> code objects.
//
// Each module, function, lambda, class body and comprehension is compiled
// into its own `Unit`: a flat list of instructions whose jumps name labels.
// Exception handling follows CPython 3.11: no block stack at run time; while
// emitting, the compiler keeps the innermost active handler and stamps it on
// every instruction, plus a zero-size SETUP marker where the protected range
// begins. `assemble` then (1) walks the control flow to find each
// instruction's stack depth (and so each handler's depth and the code's
// stack size), (2) drops unreachable code and the markers, (3) lays the
// instructions out with EXTENDED_ARG prefixes until the jump targets are
// stable, and (4) turns runs of instructions sharing a handler into
// exception-table entries.
//
// `finally` bodies (and `with` exits) are compiled once per way out of the
// protected block — fall-through, exception, and each break/continue/return —
// as CPython does; see unwind_fblock.
#include "compiler/compiler.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "compiler/internal.h"
#include "gc/gc.h"
#include "parser/parser.h"
#include "runtime/set.h"
#include "runtime/bytes.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exc.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

// ---- The opcode table ----

typedef struct {
    const char *name;
    OuOperandKind operand;
} OpInfo;

static const OpInfo op_info[] = {
#define OU_OP(name, operand, pops, pushes) {#name, OU_OPERAND_##operand},
#include "compiler/opcodes.h"
#undef OU_OP
};

const char *ou_opcode_name(int op)
{
    return op >= 0 && op < OP__COUNT ? op_info[op].name : NULL;
}

OuOperandKind ou_opcode_operand(int op)
{
    return op >= 0 && op < OP__COUNT ? op_info[op].operand : OU_OPERAND_NONE;
}

int ou_opcode_stack_effect(int op, int ARG)
{
    switch (op) {
#define OU_OP(name, operand, pops, pushes) case OP_##name: return (pushes) - (pops);
#include "compiler/opcodes.h"
#undef OU_OP
    default:
        return 0;
    }
}

// Effect when the jump is taken, for the jumps whose taken effect differs.
static int jump_effect(int op, int arg)
{
    switch (op) {
    case OP_FOR_ITER: return -1;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: return 0;
    case OP_SEND: return -1;
    default: return ou_opcode_stack_effect(op, arg);
    }
}

static int is_jump(int op) { return op < OP__COUNT && op_info[op].operand == OU_OPERAND_JUMP; }

static int is_unconditional(int op)
{
    return op == OP_JUMP_FORWARD || op == OP_JUMP_BACKWARD || op == OP_JUMP_BACKWARD_NO_INTERRUPT
           || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

// A zero-size marker: the protected range of handler `arg` starts here.
#define OP_SETUP (OP__COUNT + 1)

// ---- Units ----

// Items a single build instruction may take before building incrementally.
#define STACK_USE_GUIDELINE 30
// CPython's limit on statically nested blocks.
#define MAX_FBLOCKS 20

typedef struct {
    int op, arg;
    int target;             // label of a jump, else -1
    int handler;            // active handler, or -1
    OuCodePos pos;
} Instr;

typedef struct {
    int label;              // where the handler code starts
    int lasti;              // push the raising offset before the exception
    int parent;             // the handler that was active outside
    int adjust;             // SETUP sits this many items above the kept stack (with: 1)
    int depth;              // computed: stack items kept when unwinding to it
} Handler;

typedef enum {
    FB_WHILE_LOOP, FB_FOR_LOOP, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END,
    FB_WITH, FB_HANDLER_CLEANUP, FB_EXCEPTION_HANDLER,
    // A return value parked on the stack while an inlined `finally` body
    // runs: a `return`, `break` or `continue` inside that body drops it.
    FB_POP_VALUE,
} FBlockKind;

typedef struct {
    FBlockKind kind;
    int block;              // label: loop start (continue)
    int exit;               // label: loop exit (break)
    int handler;            // the handler this block set up (for POP_BLOCK)
    const void *datum;      // FINALLY_TRY: the finally body; HANDLER_CLEANUP: the name
    OuAstPos pos;
} FBlock;

typedef enum { U_MODULE, U_FUNCTION, U_LAMBDA, U_CLASS, U_COMPREHENSION } UnitKind;

typedef struct Unit Unit;
struct Unit {
    Unit *parent;
    UnitKind kind;
    OuSymScope *ste;
    Instr *instrs;
    int ninstrs, capinstrs;
    int *labels;
    int nlabels, caplabels;
    Handler *handlers;
    int nhandlers, caphandlers;
    int cur_handler;
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    OuObject *consts;       // list
    OuObject *names;        // list of str
    OuObject *names_map;    // dict str -> index
    OuObject *varnames;     // list of str: fast locals
    OuObject *varnames_map;
    OuObject *cells;        // list of str, sorted
    OuObject *frees;        // list of str, sorted
    OuObject *name, *qualname;
    const char *private_;   // class name for mangling
    int argcount, posonlyargcount, kwonlyargcount, flags, firstlineno;
    OuAstPos loc;
};

typedef struct {
    OuSymtable st;
    Unit *u;
    OuObject *filename;
    const char *src;
    size_t len;
    int interactive;
} Compiler;

// ---- Errors ----

// The source line `line` (1-based) of src, without its newline.
static const char *find_line(const char *src, size_t len, int line, size_t *out)
{
    if (src == NULL || line < 1)
        return NULL;
    const char *p = src, *end = src + len;
    for (int l = 1; l < line; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (nl == NULL)
            return NULL;
        p = nl + 1;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *out = (size_t)((nl ? nl : end) - p);
    if (*out && p[*out - 1] == '\r')
        (*out)--;
    return p;
}

// Characters in the first `bytes` bytes of UTF-8 text.
static int count_chars(const char *s, size_t n, int bytes)
{
    int chars = 0;
    for (int i = 0; i < bytes && (size_t)i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            chars++;
    if ((size_t)bytes > n)
        chars += bytes - (int)n;
    return chars;
}

static void raise_syntax_error(OuType *type, OuObject *filename, const char *src, size_t len,
                               const char *msg, int line, int col, int end_line, int end_col)
{
    size_t n = 0, en = 0;
    const char *text = find_line(src, len, line, &n);
    const char *etext = find_line(src, len, end_line, &en);
    int offset = text ? count_chars(text, n, col) + 1 : col + 1;
    int end_offset = end_col < 0 ? -1 : etext ? count_chars(etext, en, end_col) + 1 : end_col + 1;
    OuObject *args[2] = {NULL, NULL}, *items[6] = {NULL};
    args[0] = ou_str_from_cstr(msg);
    items[0] = ou_newref(filename);
    items[1] = ou_int_from_i64(line);
    items[2] = ou_int_from_i64(offset);
    if (text) {
        OuStrBuilder sb;
        ou_sb_init(&sb);
        if (ou_sb_append(&sb, text, (ou_ssize_t)n) == 0 && ou_sb_append_char(&sb, '\n') == 0)
            items[3] = ou_sb_finish(&sb);
        else
            ou_sb_discard(&sb);
    } else {
        items[3] = ou_newref(ou_None);
    }
    items[4] = ou_int_from_i64(end_line);
    items[5] = ou_int_from_i64(end_offset);
    for (int i = 0; i < 6; i++)
        if (items[i] == NULL)
            goto done;
    if (args[0] == NULL || (args[1] = ou_tuple_from_array(items, 6)) == NULL)
        goto done;
    OuObject *exc = ou_exception_new(type, args, 2);
    if (exc != NULL)
        ou_err_restore(exc);
done:
    for (int i = 0; i < 6; i++)
        OU_XDECREF(items[i]);
    OU_XDECREF(args[0]);
    OU_XDECREF(args[1]);
}

static int compiler_error(Compiler *c, OuAstPos pos, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    raise_syntax_error(&ou_exc_SyntaxError, c->filename, c->src, c->len, msg,
                       pos.line, pos.col, pos.end_line, pos.end_col);
    return -1;
}

// ---- Emitting ----

static int new_label(Compiler *c)
{
    Unit *u = c->u;
    if (u->nlabels >= u->caplabels) {
        int cap = u->caplabels ? u->caplabels * 2 : 16;
        int *p = ou_mem_realloc_or_raise(u->labels, (size_t)cap * sizeof(int));
        if (p == NULL)
            return -1;
        u->labels = p;
        u->caplabels = cap;
    }
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

static void use_label(Compiler *c, int label)
{
    c->u->labels[label] = c->u->ninstrs;
}

static int emit_full(Compiler *c, int op, int arg, int target)
{
    Unit *u = c->u;
    if (u->ninstrs >= u->capinstrs) {
        int cap = u->capinstrs ? u->capinstrs * 2 : 64;
        Instr *p = ou_mem_realloc_or_raise(u->instrs, (size_t)cap * sizeof(Instr));
        if (p == NULL)
            return -1;
        u->instrs = p;
        u->capinstrs = cap;
    }
    Instr *in = &u->instrs[u->ninstrs++];
    in->op = op;
    in->arg = arg;
    in->target = target;
    in->handler = u->cur_handler;
    in->pos = (OuCodePos){u->loc.line, u->loc.end_line, u->loc.col, u->loc.end_col};
    return 0;
}

static int emit(Compiler *c, int op, int arg) { return emit_full(c, op, arg, -1); }
static int emit_jump(Compiler *c, int op, int label) { return emit_full(c, op, 0, label); }

// Start a protected range whose exceptions go to `label`.
static int push_handler(Compiler *c, int label, int lasti, int adjust)
{
    Unit *u = c->u;
    if (u->nhandlers >= u->caphandlers) {
        int cap = u->caphandlers ? u->caphandlers * 2 : 8;
        Handler *p = ou_mem_realloc_or_raise(u->handlers, (size_t)cap * sizeof(Handler));
        if (p == NULL)
            return -1;
        u->handlers = p;
        u->caphandlers = cap;
    }
    int h = u->nhandlers++;
    u->handlers[h] = (Handler){.label = label, .lasti = lasti, .parent = u->cur_handler,
                               .adjust = adjust, .depth = -1};
    if (emit(c, OP_SETUP, h) < 0)
        return -1;
    u->cur_handler = h;
    return h;
}

// End the protected range of handler h (CPython's POP_BLOCK).
static void pop_handler(Compiler *c, int h)
{
    c->u->cur_handler = c->u->handlers[h].parent;
}

#define TRY(x) do { if ((x) < 0) return -1; } while (0)

// ---- Constants and names ----

static int const_equal(OuObject *a, OuObject *b)
{
    if (a == b)
        return 1;
    if (OU_TYPE(a) != OU_TYPE(b))
        return 0;
    if (OU_TYPE(a) == &ou_int_type)
        return ou_int_compare(a, b) == 0;
    if (OU_TYPE(a) == &ou_float_type) {
        // 0.0 and -0.0 (and NaNs) must stay distinct constants.
        double x = ou_float_value(a), y = ou_float_value(b);
        return memcmp(&x, &y, sizeof x) == 0;
    }
    if (OU_TYPE(a) == &ou_str_type)
        return ou_str_eq(a, b);
    if (OU_TYPE(a) == &ou_bytes_type)
        return ou_bytes_size(a) == ou_bytes_size(b)
               && memcmp(ou_bytes_data(a), ou_bytes_data(b), (size_t)ou_bytes_size(a)) == 0;
    if (OU_TYPE(a) == &ou_tuple_type) {
        if (ou_tuple_size(a) != ou_tuple_size(b))
            return 0;
        for (ou_ssize_t i = 0; i < ou_tuple_size(a); i++)
            if (!const_equal(ou_tuple_get(a, i), ou_tuple_get(b, i)))
                return 0;
        return 1;
    }
    return 0;
}

// Index of `o` in the unit's constants (added when new). Steals o.
static int add_const(Compiler *c, OuObject *o)
{
    if (o == NULL)
        return -1;
    OuObject *l = c->u->consts;
    for (ou_ssize_t i = 0; i < ou_list_size(l); i++)
        if (const_equal(ou_list_items(l)[i], o)) {
            OU_DECREF(o);
            return (int)i;
        }
    int r = ou_list_append(l, o);
    OU_DECREF(o);
    return r < 0 ? -1 : (int)ou_list_size(l) - 1;
}

static int emit_const(Compiler *c, OuObject *o)   // Steals o
{
    int i = add_const(c, o);
    return i < 0 ? -1 : emit(c, OP_LOAD_CONST, i);
}

static OuObject *intern_cstr(const char *s)
{
    return ou_str_intern_cstr(s);
}

// Index of name in a (list, dict) pair, added when new.
static int list_index(OuObject *list, OuObject *map, const char *name)
{
    OuObject *key = intern_cstr(name);
    if (key == NULL)
        return -1;
    OuObject *v = ou_dict_getitem(map, key);
    if (v != NULL) {
        OU_DECREF(key);
        return (int)ou_int_small_value(v);
    }
    if (ou_err_occurred()) {
        OU_DECREF(key);
        return -1;
    }
    OuObject *idx = ou_int_from_i64(ou_list_size(list));
    int r = idx ? ou_dict_setitem(map, key, idx) : -1;
    if (r == 0)
        r = ou_list_append(list, key);
    OU_XDECREF(idx);
    OU_DECREF(key);
    return r < 0 ? -1 : (int)ou_list_size(list) - 1;
}

static const char *mangle(Compiler *c, const char *name)
{
    const char *m = ou_symtable_mangle(c->st.arena, c->u->private_, name);
    if (m == NULL)
        ou_err_no_memory();
    return m;
}

static int name_index(Compiler *c, const char *name)
{
    return list_index(c->u->names, c->u->names_map, name);
}

static int emit_name_op(Compiler *c, int op, const char *name)
{
    const char *m = mangle(c, name);
    if (m == NULL)
        return -1;
    int i = name_index(c, m);
    return i < 0 ? -1 : emit(c, op, i);
}

static int str_list_find(OuObject *list, const char *name)
{
    for (ou_ssize_t i = 0; i < ou_list_size(list); i++)
        if (strcmp(ou_str_utf8(ou_list_items(list)[i]), name) == 0)
            return (int)i;
    return -1;
}

// Cells and free variables are numbered cells first, then frees, while
// compiling; assemble() maps that to localsplus indexes.
static int deref_index(Compiler *c, const char *name)
{
    int i = str_list_find(c->u->cells, name);
    if (i >= 0)
        return i;
    i = str_list_find(c->u->frees, name);
    if (i >= 0)
        return (int)ou_list_size(c->u->cells) + i;
    ou_err_format(&ou_exc_SystemError, "compiler: no cell for '%s'", name);
    return -1;
}

static int is_function_unit(Unit *u)
{
    return u->kind == U_FUNCTION || u->kind == U_LAMBDA || u->kind == U_COMPREHENSION;
}

static int compile_name(Compiler *c, const char *name, OuAstContext ctx)
{
    const char *m = mangle(c, name);
    if (m == NULL)
        return -1;
    Unit *u = c->u;
    OuSymScopeKind sc = ou_symtable_scope_of(u->ste, m);
    enum { T_FAST, T_GLOBAL, T_DEREF, T_NAME } t = T_NAME;
    switch (sc) {
    case OU_SC_FREE: case OU_SC_CELL: t = T_DEREF; break;
    case OU_SC_LOCAL: t = is_function_unit(u) ? T_FAST : T_NAME; break;
    case OU_SC_GLOBAL_IMPLICIT: t = is_function_unit(u) ? T_GLOBAL : T_NAME; break;
    case OU_SC_GLOBAL_EXPLICIT: t = T_GLOBAL; break;
    default: break;
    }
    int i;
    switch (t) {
    case T_FAST:
        i = list_index(u->varnames, u->varnames_map, m);
        TRY(i);
        return emit(c, ctx == AST_LOAD ? OP_LOAD_FAST : ctx == AST_STORE ? OP_STORE_FAST : OP_DELETE_FAST, i);
    case T_DEREF:
        i = deref_index(c, m);
        TRY(i);
        if (ctx == AST_LOAD)
            return emit(c, u->kind == U_CLASS ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF, i);
        return emit(c, ctx == AST_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF, i);
    case T_GLOBAL:
        i = name_index(c, m);
        TRY(i);
        if (ctx == AST_LOAD)
            return emit(c, OP_LOAD_GLOBAL, i << 1);
        return emit(c, ctx == AST_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL, i);
    case T_NAME:
        i = name_index(c, m);
        TRY(i);
        return emit(c, ctx == AST_LOAD ? OP_LOAD_NAME : ctx == AST_STORE ? OP_STORE_NAME : OP_DELETE_NAME, i);
    }
    return -1;
}

// ---- Constant expressions ----

static OuObject *make_str(const char *s, size_t n)
{
    OuObject *o = ou_str_from_utf8(s, (ou_ssize_t)n);
    if (o == NULL)
        return NULL;
    // Identifier-like constants are interned, as CPython does.
    int ident = 1;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_'))
            ident = 0;
    }
    if (ident)
        ou_str_intern_inplace(&o);
    return o;
}

// New ref to the value of a Constant node, or NULL + exception.
static OuObject *constant_value(Compiler *c, const OuExpr *e)
{
    switch (e->v.constant.kind) {
    case AST_CONST_NONE: return ou_newref(ou_None);
    case AST_CONST_TRUE: return ou_newref(ou_True);
    case AST_CONST_FALSE: return ou_newref(ou_False);
    case AST_CONST_ELLIPSIS: return ou_newref(ou_Ellipsis);
    case AST_CONST_INT: return ou_int_from_literal(e->v.constant.text, e->v.constant.len);
    case AST_CONST_FLOAT: return ou_float_from_literal(e->v.constant.text, e->v.constant.len);
    case AST_CONST_STR: return make_str(e->v.constant.text, e->v.constant.len);
    case AST_CONST_IMAG:
        compiler_error(c, e->pos, "complex numbers are not supported by ouro");
        return NULL;
    case AST_CONST_BYTES:
        return ou_bytes_from_data(e->v.constant.text, (ou_ssize_t)e->v.constant.len);
    }
    return NULL;
}

// Whether `e` folds to a constant as CPython's AST optimiser would fold it:
// literals, tuples of foldable items, and unary +, -, ~ of numbers.
static OuObject *fold_binop(Compiler *c, const OuExpr *e);
static OuObject *fold(Compiler *c, const OuExpr *e);

static int is_foldable(const OuExpr *e)
{
    switch (e->kind) {
    case AST_BinOp: {
        // Whether it folds depends on the values: try it.
        OuObject *v = fold_binop(NULL, e);
        OU_XDECREF(v);
        return v != NULL;
    }
    case AST_Constant:
        return e->v.constant.kind != AST_CONST_IMAG;
    case AST_Tuple:
        if (e->v.list.ctx != AST_LOAD)
            return 0;
        for (int i = 0; i < e->v.list.elts.n; i++)
            if (!is_foldable(e->v.list.elts.items[i]))
                return 0;
        return 1;
    case AST_UnaryOp: {
        const OuExpr *o = e->v.unaryop.operand;
        if (e->v.unaryop.op == AST_UNARY_NOT)
            return 0;
        if (o->kind == AST_UnaryOp && is_foldable(o))
            return 1;
        return o->kind == AST_Constant
               && (o->v.constant.kind == AST_CONST_INT || o->v.constant.kind == AST_CONST_FLOAT
                   || o->v.constant.kind == AST_CONST_TRUE || o->v.constant.kind == AST_CONST_FALSE)
               && !(e->v.unaryop.op == AST_UNARY_INVERT && o->v.constant.kind == AST_CONST_FLOAT);
    }
    default:
        return 0;
    }
}

// Limits of CPython's constant folding: results that could be large are
// left to run time.
#define FOLD_MAX_INT_BITS 128
#define FOLD_MAX_COLLECTION 256
#define FOLD_MAX_STR 4096

static ou_ssize_t int_bits(OuObject *v)
{
    OuObject *n = ou_call_method(v, "bit_length", NULL, 0);
    int64_t bits = -1;
    if (n == NULL || ou_int_as_i64(n, &bits) < 0)
        bits = -1;
    OU_XDECREF(n);
    return (ou_ssize_t)bits;
}

// Would `l op r` build something too big to keep as a constant?
static int fold_too_big(OuObject *l, OuObject *r, int op)
{
    int li = ou_int_check(l), ri = ou_int_check(r);
    switch (op) {
    case AST_OP_MULTIPLY:
        if (li && ri)
            return ou_int_sign(l) != 0 && ou_int_sign(r) != 0
                   && int_bits(l) + int_bits(r) > FOLD_MAX_INT_BITS;
        if (li || ri) {
            OuObject *seq = li ? r : l, *n = li ? l : r;
            int64_t count;
            if (ou_int_as_i64(n, &count) < 0)
                return 1;
            ou_ssize_t len = ou_object_len(seq);
            if (len < 0)
                return 1;
            ou_ssize_t limit = ou_str_check(seq) || ou_bytes_check(seq) ? FOLD_MAX_STR : FOLD_MAX_COLLECTION;
            return count > 0 && len > limit / count;
        }
        return 0;
    case AST_OP_POWER:
        return li && ri && ou_int_sign(r) >= 0 && int_bits(l) > 0
               && (int_bits(r) > 16 || int_bits(l) * ou_int_small_value(r) > FOLD_MAX_INT_BITS);
    case AST_OP_LSHIFT:
        return li && ri && ou_int_sign(r) >= 0
               && (int_bits(r) > 16 || int_bits(l) + ou_int_small_value(r) > FOLD_MAX_INT_BITS);
    case AST_OP_REMAINDER:
        // `%` on text is formatting: never folded.
        return ou_str_check(l) || ou_bytes_check(l);
    default:
        return 0;
    }
}

// CPython's AST optimiser folds an operator applied to constants. New ref
// to the value, or NULL (no exception) when it does not fold.
static OuObject *fold_binop(Compiler *c, const OuExpr *e)
{
    const OuExpr *le = e->v.binop.left, *re = e->v.binop.right;
    if (e->v.binop.op == AST_OP_MATRIX_MULTIPLY || !is_foldable(le) || !is_foldable(re))
        return NULL;
    OuObject *l = fold(c, le), *r = l ? fold(c, re) : NULL, *v = NULL;
    if (l != NULL && r != NULL && !fold_too_big(l, r, e->v.binop.op))
        v = ou_number_binop(l, r, (OuBinOp)e->v.binop.op);
    OU_XDECREF(l);
    OU_XDECREF(r);
    if (v == NULL)
        ou_err_clear();     // 1/0 and friends raise when the code runs
    return v;
}

static OuObject *fold(Compiler *c, const OuExpr *e)
{
    if (e->kind == AST_Constant)
        return constant_value(c, e);
    if (e->kind == AST_BinOp) {
        OuObject *v = fold_binop(c, e);
        if (v == NULL && !ou_err_occurred())
            ou_err_set_string(&ou_exc_SystemError, "constant folding failed");
        return v;
    }
    if (e->kind == AST_UnaryOp) {
        OuObject *v = fold(c, e->v.unaryop.operand);
        if (v == NULL)
            return NULL;
        OuObject *r = e->v.unaryop.op == AST_UNARY_USUB ? ou_number_negative(v)
                      : e->v.unaryop.op == AST_UNARY_UADD ? ou_number_positive(v)
                      : ou_number_invert(v);
        OU_DECREF(v);
        return r;
    }
    int n = e->v.list.elts.n;
    OuObject *t = ou_tuple_new(n);
    if (t == NULL)
        return NULL;
    for (int i = 0; i < n; i++) {
        OuObject *v = fold(c, e->v.list.elts.items[i]);
        if (v == NULL) {
            OU_DECREF(t);
            return NULL;
        }
        ou_tuple_items(t)[i] = v;
    }
    return t;
}

// ---- Expressions ----

static int compile_expr(Compiler *c, const OuExpr *e);
static int compile_stmts(Compiler *c, const OuStmtSeq *seq);
static int compile_store(Compiler *c, const OuExpr *e);
static int jump_if(Compiler *c, const OuExpr *e, int label, int cond);

static int compile_exprs(Compiler *c, const OuExprSeq *seq)
{
    for (int i = 0; i < seq->n; i++)
        TRY(compile_expr(c, seq->items[i]));
    return 0;
}

static void set_loc(Compiler *c, OuAstPos pos) { c->u->loc = pos; }

static int has_starred(const OuExprSeq *seq)
{
    for (int i = 0; i < seq->n; i++)
        if (seq->items[i]->kind == AST_Starred)
            return 1;
    return 0;
}

// Lists, tuples and sets (CPython's starunpack_helper): `pushed` items are
// already on the stack.
static int starunpack(Compiler *c, const OuExprSeq *elts, int pushed, int build, int add,
                      int extend, int tuple)
{
    int n = elts->n;
    int big = n + pushed > STACK_USE_GUIDELINE;
    int seen_star = has_starred(elts);
    // Three or more constants: one constant, then extend (CPython's folding;
    // a set literal's constant is a frozenset, which decides its order).
    if (!seen_star && n > 2 && (build == OP_BUILD_LIST || build == OP_BUILD_SET)) {
        int all_const = 1;
        for (int i = 0; i < n; i++)
            if (!is_foldable(elts->items[i]))
                all_const = 0;
        if (all_const) {
            OuObject *t = ou_tuple_new(n);
            TRY(t ? 0 : -1);
            for (int i = 0; i < n; i++) {
                OuObject *v = fold(c, elts->items[i]);
                if (v == NULL) {
                    OU_DECREF(t);
                    return -1;
                }
                ou_tuple_items(t)[i] = v;
            }
            if (build == OP_BUILD_SET) {
                // CPython builds the frozenset, then rebuilds it from its own
                // iteration order when it merges constants; do the same so
                // the set's table, and so its order, come out identical.
                OuObject *f = ou_frozenset_new(t);
                OU_DECREF(t);
                TRY(f ? 0 : -1);
                OuObject *again = ou_sequence_tuple(f);
                OU_DECREF(f);
                TRY(again ? 0 : -1);
                t = ou_frozenset_new(again);
                OU_DECREF(again);
                TRY(t ? 0 : -1);
            }
            TRY(emit(c, build, pushed));
            TRY(emit_const(c, t));
            TRY(emit(c, extend, 1));
            return tuple ? emit(c, OP_LIST_TO_TUPLE, 0) : 0;
        }
    }
    if (!seen_star && !big) {
        TRY(compile_exprs(c, elts));
        return emit(c, tuple ? OP_BUILD_TUPLE : build, n + pushed);
    }
    int sequence_built = 0;
    if (big) {
        TRY(emit(c, build, pushed));
        sequence_built = 1;
    }
    for (int i = 0; i < n; i++) {
        const OuExpr *elt = elts->items[i];
        if (elt->kind == AST_Starred) {
            if (!sequence_built) {
                TRY(emit(c, build, i + pushed));
                sequence_built = 1;
            }
            TRY(compile_expr(c, elt->v.starred.value));
            TRY(emit(c, extend, 1));
        } else {
            TRY(compile_expr(c, elt));
            if (sequence_built)
                TRY(emit(c, add, 1));
        }
    }
    if (tuple)
        TRY(emit(c, OP_LIST_TO_TUPLE, 0));
    return 0;
}

static int all_keys_const(const OuExprSeq *keys, int begin, int end)
{
    for (int i = begin; i < end; i++)
        if (keys->items[i] == NULL || !is_foldable(keys->items[i]))
            return 0;
    return 1;
}

static int compile_subdict(Compiler *c, const OuExpr *e, int begin, int end)
{
    const OuExprSeq *keys = &e->v.dict.keys, *values = &e->v.dict.values;
    int n = end - begin;
    int big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big && all_keys_const(keys, begin, end)) {
        for (int i = begin; i < end; i++)
            TRY(compile_expr(c, values->items[i]));
        OuObject *t = ou_tuple_new(n);
        TRY(t ? 0 : -1);
        for (int i = begin; i < end; i++) {
            OuObject *k = fold(c, keys->items[i]);
            if (k == NULL) {
                OU_DECREF(t);
                return -1;
            }
            ou_tuple_items(t)[i - begin] = k;
        }
        TRY(emit_const(c, t));
        return emit(c, OP_BUILD_CONST_KEY_MAP, n);
    }
    if (big)
        TRY(emit(c, OP_BUILD_MAP, 0));
    for (int i = begin; i < end; i++) {
        TRY(compile_expr(c, keys->items[i]));
        TRY(compile_expr(c, values->items[i]));
        if (big)
            TRY(emit(c, OP_MAP_ADD, 1));
    }
    return big ? 0 : emit(c, OP_BUILD_MAP, n);
}

static int compile_dict(Compiler *c, const OuExpr *e)
{
    int n = e->v.dict.values.n, elements = 0, have_dict = 0;
    for (int i = 0; i < n; i++) {
        if (e->v.dict.keys.items[i] == NULL) {
            if (elements) {
                TRY(compile_subdict(c, e, i - elements, i));
                if (have_dict)
                    TRY(emit(c, OP_DICT_UPDATE, 1));
                have_dict = 1;
                elements = 0;
            }
            if (!have_dict) {
                TRY(emit(c, OP_BUILD_MAP, 0));
                have_dict = 1;
            }
            TRY(compile_expr(c, e->v.dict.values.items[i]));
            TRY(emit(c, OP_DICT_UPDATE, 1));
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            TRY(compile_subdict(c, e, i - elements, i + 1));
            if (have_dict)
                TRY(emit(c, OP_DICT_UPDATE, 1));
            have_dict = 1;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        TRY(compile_subdict(c, e, n - elements, n));
        if (have_dict)
            TRY(emit(c, OP_DICT_UPDATE, 1));
        have_dict = 1;
    }
    return have_dict ? 0 : emit(c, OP_BUILD_MAP, 0);
}

static int cmp_op(Compiler *c, OuAstCmpOp op)
{
    static const int cmp[] = {OU_EQ, OU_NE, OU_LT, OU_LE, OU_GT, OU_GE};
    switch (op) {
    case AST_CMP_IS: return emit(c, OP_IS_OP, 0);
    case AST_CMP_ISNOT: return emit(c, OP_IS_OP, 1);
    case AST_CMP_IN: return emit(c, OP_CONTAINS_OP, 0);
    case AST_CMP_NOTIN: return emit(c, OP_CONTAINS_OP, 1);
    default: return emit(c, OP_COMPARE_OP, cmp[op]);
    }
}

static int compile_compare(Compiler *c, const OuExpr *e)
{
    int n = e->v.compare.n;
    TRY(compile_expr(c, e->v.compare.left));
    if (n == 1) {
        TRY(compile_expr(c, e->v.compare.comparators[0]));
        set_loc(c, e->pos);
        return cmp_op(c, e->v.compare.ops[0]);
    }
    int cleanup = new_label(c), end = new_label(c);
    TRY(cleanup | end);
    for (int i = 0; i < n - 1; i++) {
        TRY(compile_expr(c, e->v.compare.comparators[i]));
        set_loc(c, e->pos);
        TRY(emit(c, OP_SWAP, 2));
        TRY(emit(c, OP_COPY, 2));
        TRY(cmp_op(c, e->v.compare.ops[i]));
        TRY(emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup));
    }
    TRY(compile_expr(c, e->v.compare.comparators[n - 1]));
    set_loc(c, e->pos);
    TRY(cmp_op(c, e->v.compare.ops[n - 1]));
    TRY(emit_jump(c, OP_JUMP_FORWARD, end));
    use_label(c, cleanup);
    TRY(emit(c, OP_SWAP, 2));
    TRY(emit(c, OP_POP_TOP, 0));
    use_label(c, end);
    return 0;
}

static int compile_boolop(Compiler *c, const OuExpr *e)
{
    int end = new_label(c);
    TRY(end);
    int op = e->v.boolop.op == AST_BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    int n = e->v.boolop.values.n;
    for (int i = 0; i < n - 1; i++) {
        TRY(compile_expr(c, e->v.boolop.values.items[i]));
        set_loc(c, e->pos);
        TRY(emit_jump(c, op, end));
    }
    TRY(compile_expr(c, e->v.boolop.values.items[n - 1]));
    use_label(c, end);
    return 0;
}

// Jump to `label` when `e` is true (cond = 1) or false (cond = 0).
static int jump_if(Compiler *c, const OuExpr *e, int label, int cond)
{
    if (e->kind == AST_UnaryOp && e->v.unaryop.op == AST_UNARY_NOT)
        return jump_if(c, e->v.unaryop.operand, label, !cond);
    if (e->kind == AST_BoolOp) {
        int is_or = e->v.boolop.op == AST_BOOL_OR;
        int n = e->v.boolop.values.n;
        // Operands that decide the opposite way jump past the whole test.
        int next = label;
        if (is_or != !!cond) {
            next = new_label(c);
            TRY(next);
        }
        for (int i = 0; i < n - 1; i++)
            TRY(jump_if(c, e->v.boolop.values.items[i], next, is_or));
        TRY(jump_if(c, e->v.boolop.values.items[n - 1], label, cond));
        if (next != label)
            use_label(c, next);
        return 0;
    }
    if (e->kind == AST_IfExp) {
        int end = new_label(c), next2 = new_label(c);
        TRY(end | next2);
        TRY(jump_if(c, e->v.ifexp.test, next2, 0));
        TRY(jump_if(c, e->v.ifexp.body, label, cond));
        TRY(emit_jump(c, OP_JUMP_FORWARD, end));
        use_label(c, next2);
        TRY(jump_if(c, e->v.ifexp.orelse, label, cond));
        use_label(c, end);
        return 0;
    }
    TRY(compile_expr(c, e));
    set_loc(c, e->pos);
    return emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

// Position of `obj.name` from the attribute name on, as 3.11 reports method calls.
static OuAstPos attr_loc(const OuExpr *attr, OuAstPos whole)
{
    OuAstPos p = whole;
    if (whole.line != attr->pos.end_line) {
        p.line = attr->pos.end_line;
        p.col = attr->pos.end_col - (int)strlen(attr->v.attribute.attr);
        if (p.col < 0)
            p.col = 0;
    }
    return p;
}

static int keywords_have_unpack(const OuKeywordSeq *kw)
{
    for (int i = 0; i < kw->n; i++)
        if (kw->items[i]->arg == NULL)
            return 1;
    return 0;
}

static int check_keywords(Compiler *c, const OuKeywordSeq *kw)
{
    for (int i = 0; i < kw->n; i++) {
        if (kw->items[i]->arg == NULL)
            continue;
        for (int j = i + 1; j < kw->n; j++)
            if (kw->items[j]->arg && strcmp(kw->items[i]->arg, kw->items[j]->arg) == 0)
                return compiler_error(c, kw->items[j]->pos, "keyword argument repeated: %s",
                                      kw->items[j]->arg);
    }
    return 0;
}

// Positional and keyword arguments after the callable (and self) are pushed.
static int call_helper(Compiler *c, const OuExpr *call, int extra, const OuExprSeq *args,
                       const OuKeywordSeq *kw, OuAstPos callpos)
{
    TRY(check_keywords(c, kw));
    if (!has_starred(args) && !keywords_have_unpack(kw)
        && args->n + kw->n + extra < STACK_USE_GUIDELINE) {
        TRY(compile_exprs(c, args));
        OuObject *names = NULL;
        if (kw->n) {
            names = ou_tuple_new(kw->n);
            TRY(names ? 0 : -1);
            for (int i = 0; i < kw->n; i++) {
                TRY(compile_expr(c, kw->items[i]->value));
                OuObject *s = intern_cstr(kw->items[i]->arg);
                if (s == NULL) {
                    OU_DECREF(names);
                    return -1;
                }
                ou_tuple_items(names)[i] = s;
            }
        }
        set_loc(c, callpos);
        if (names) {
            int k = add_const(c, names);
            TRY(k);
            TRY(emit(c, OP_KW_NAMES, k));
        }
        return emit(c, OP_CALL, extra + args->n + kw->n);
    }
    // The general form: a tuple of positionals and a dict of keywords.
    if (extra) {
        // 3.11 keeps the pushed self among the positionals.
        TRY(starunpack(c, args, extra, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, 1));
    } else if (args->n == 1 && args->items[0]->kind == AST_Starred) {
        // As 3.11: a lone *iterable is passed as is; CALL_FUNCTION_EX makes the tuple.
        TRY(compile_expr(c, args->items[0]->v.starred.value));
    } else {
        TRY(starunpack(c, args, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, 1));
    }
    int have_kwargs = 0;
    if (kw->n) {
        int nseen = 0, have_dict = 0;
        for (int i = 0; i < kw->n; i++) {
            const OuKeyword *k = kw->items[i];
            if (k->arg == NULL) {
                if (nseen) {
                    TRY(emit(c, OP_BUILD_MAP, nseen));
                    if (have_dict)
                        TRY(emit(c, OP_DICT_MERGE, 1));
                    have_dict = 1;
                    nseen = 0;
                }
                if (!have_dict) {
                    TRY(emit(c, OP_BUILD_MAP, 0));
                    have_dict = 1;
                }
                TRY(compile_expr(c, k->value));
                TRY(emit(c, OP_DICT_MERGE, 1));
            } else {
                OuObject *s = intern_cstr(k->arg);
                TRY(s ? 0 : -1);
                TRY(emit_const(c, s));
                TRY(compile_expr(c, k->value));
                nseen++;
            }
        }
        if (nseen) {
            TRY(emit(c, OP_BUILD_MAP, nseen));
            if (have_dict)
                TRY(emit(c, OP_DICT_MERGE, 1));
        }
        have_kwargs = 1;
    }
    set_loc(c, callpos);
    (void)call;
    return emit(c, OP_CALL_FUNCTION_EX, have_kwargs);
}

static int compile_call(Compiler *c, const OuExpr *e)
{
    const OuExpr *f = e->v.call.func;
    const OuExprSeq *args = &e->v.call.args;
    const OuKeywordSeq *kw = &e->v.call.keywords;
    if (f->kind == AST_Attribute && f->v.attribute.ctx == AST_LOAD && !has_starred(args)
        && !keywords_have_unpack(kw) && args->n + kw->n < STACK_USE_GUIDELINE) {
        TRY(compile_expr(c, f->v.attribute.value));
        set_loc(c, attr_loc(f, f->pos));
        TRY(emit_name_op(c, OP_LOAD_METHOD, f->v.attribute.attr));
        return call_helper(c, e, 0, args, kw, attr_loc(f, e->pos));
    }
    TRY(emit(c, OP_PUSH_NULL, 0));
    if (f->kind == AST_Name && f->v.name.ctx == AST_LOAD) {
        // LOAD_GLOBAL pushes the NULL itself (3.11).
        int before = c->u->ninstrs;
        TRY(compile_expr(c, f));
        Instr *in = &c->u->instrs[c->u->ninstrs - 1];
        if (c->u->ninstrs == before + 1 && in->op == OP_LOAD_GLOBAL) {
            in->arg |= 1;
            // Drop the PUSH_NULL just emitted before it.
            c->u->instrs[before - 1] = *in;
            c->u->ninstrs--;
        }
    } else {
        TRY(compile_expr(c, f));
    }
    return call_helper(c, e, 0, args, kw, e->pos);
}

static int compile_slice_parts(Compiler *c, const OuExpr *e)
{
    int n = 2;
    if (e->v.slice.lower)
        TRY(compile_expr(c, e->v.slice.lower));
    else
        TRY(emit_const(c, ou_newref(ou_None)));
    if (e->v.slice.upper)
        TRY(compile_expr(c, e->v.slice.upper));
    else
        TRY(emit_const(c, ou_newref(ou_None)));
    if (e->v.slice.step) {
        n++;
        TRY(compile_expr(c, e->v.slice.step));
    }
    set_loc(c, e->pos);
    return emit(c, OP_BUILD_SLICE, n);
}

static int compile_fstring(Compiler *c, const OuExpr *e)
{
    const OuExprSeq *vals = &e->v.joinedstr.values;
    if (vals->n == 0)
        return emit_const(c, make_str("", 0));
    if (vals->n > STACK_USE_GUIDELINE) {
        TRY(emit_const(c, make_str("", 0)));
        TRY(emit_name_op(c, OP_LOAD_METHOD, "join"));
        TRY(emit(c, OP_BUILD_LIST, 0));
        for (int i = 0; i < vals->n; i++) {
            TRY(compile_expr(c, vals->items[i]));
            TRY(emit(c, OP_LIST_APPEND, 1));
        }
        return emit(c, OP_CALL, 1);
    }
    TRY(compile_exprs(c, vals));
    set_loc(c, e->pos);
    return vals->n != 1 ? emit(c, OP_BUILD_STRING, vals->n) : 0;
}

static int compile_formatted(Compiler *c, const OuExpr *e)
{
    int flags = 0;
    switch (e->v.formatted.conversion) {
    case 's': flags = OU_FVC_STR; break;
    case 'r': flags = OU_FVC_REPR; break;
    case 'a': flags = OU_FVC_ASCII; break;
    default: flags = OU_FVC_NONE; break;
    }
    TRY(compile_expr(c, e->v.formatted.value));
    if (e->v.formatted.format_spec) {
        TRY(compile_expr(c, e->v.formatted.format_spec));
        flags |= OU_FVS_HAVE_SPEC;
    }
    set_loc(c, e->pos);
    return emit(c, OP_FORMAT_VALUE, flags);
}

static int compile_lambda(Compiler *c, const OuExpr *e);
static int compile_comprehension(Compiler *c, const OuExpr *e);

static int compile_expr_inner(Compiler *c, const OuExpr *e)
{
    switch (e->kind) {
    case AST_BoolOp:
        return compile_boolop(c, e);
    case AST_NamedExpr:
        TRY(compile_expr(c, e->v.namedexpr.value));
        set_loc(c, e->pos);
        TRY(emit(c, OP_COPY, 1));
        return compile_store(c, e->v.namedexpr.target);
    case AST_BinOp: {
        OuObject *folded = fold_binop(c, e);
        if (folded != NULL)
            return emit_const(c, folded);
    }
        TRY(compile_expr(c, e->v.binop.left));
        TRY(compile_expr(c, e->v.binop.right));
        set_loc(c, e->pos);
        return emit(c, OP_BINARY_OP, (int)e->v.binop.op);
    case AST_UnaryOp: {
        if (is_foldable(e))
            return emit_const(c, fold(c, e));
        TRY(compile_expr(c, e->v.unaryop.operand));
        set_loc(c, e->pos);
        static const int ops[] = {OP_UNARY_INVERT, OP_UNARY_NOT, OP_UNARY_POSITIVE, OP_UNARY_NEGATIVE};
        return emit(c, ops[e->v.unaryop.op], 0);
    }
    case AST_Lambda:
        return compile_lambda(c, e);
    case AST_IfExp: {
        int end = new_label(c), next = new_label(c);
        TRY(end | next);
        TRY(jump_if(c, e->v.ifexp.test, next, 0));
        TRY(compile_expr(c, e->v.ifexp.body));
        TRY(emit_jump(c, OP_JUMP_FORWARD, end));
        use_label(c, next);
        TRY(compile_expr(c, e->v.ifexp.orelse));
        use_label(c, end);
        return 0;
    }
    case AST_Dict:
        return compile_dict(c, e);
    case AST_Set:
        return starunpack(c, &e->v.set.elts, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, 0);
    case AST_ListComp: case AST_SetComp: case AST_DictComp: case AST_GeneratorExp:
        return compile_comprehension(c, e);
    case AST_Await:
        return compiler_error(c, e->pos, "'await' is not supported by ouro");
    case AST_Yield:
        if (!is_function_unit(c->u))
            return compiler_error(c, e->pos, "'yield' outside function");
        if (e->v.yield.value)
            TRY(compile_expr(c, e->v.yield.value));
        else
            TRY(emit_const(c, ou_newref(ou_None)));
        set_loc(c, e->pos);
        return emit(c, OP_YIELD_VALUE, 0);
    case AST_YieldFrom: {
        if (!is_function_unit(c->u))
            return compiler_error(c, e->pos, "'yield' outside function");
        int send = new_label(c), exit = new_label(c);
        TRY(send | exit);
        TRY(compile_expr(c, e->v.yieldfrom.value));
        set_loc(c, e->pos);
        TRY(emit(c, OP_GET_YIELD_FROM_ITER, 0));
        TRY(emit_const(c, ou_newref(ou_None)));
        use_label(c, send);
        TRY(emit_jump(c, OP_SEND, exit));
        TRY(emit(c, OP_YIELD_VALUE, 0));
        TRY(emit_jump(c, OP_JUMP_BACKWARD_NO_INTERRUPT, send));
        use_label(c, exit);
        return 0;
    }
    case AST_Compare:
        return compile_compare(c, e);
    case AST_Call:
        return compile_call(c, e);
    case AST_FormattedValue:
        return compile_formatted(c, e);
    case AST_JoinedStr:
        return compile_fstring(c, e);
    case AST_Constant:
        return emit_const(c, constant_value(c, e));
    case AST_Attribute:
        if (e->v.attribute.ctx != AST_LOAD)
            return compile_store(c, e);
        TRY(compile_expr(c, e->v.attribute.value));
        set_loc(c, e->pos);
        return emit_name_op(c, OP_LOAD_ATTR, e->v.attribute.attr);
    case AST_Subscript:
        if (e->v.subscript.ctx != AST_LOAD)
            return compile_store(c, e);
        TRY(compile_expr(c, e->v.subscript.value));
        TRY(compile_expr(c, e->v.subscript.slice));
        set_loc(c, e->pos);
        return emit(c, OP_BINARY_SUBSCR, 0);
    case AST_Starred:
        if (e->v.starred.ctx == AST_STORE)
            return compiler_error(c, e->pos, "starred assignment target must be in a list or tuple");
        return compiler_error(c, e->pos, "can't use starred expression here");
    case AST_Name:
        return compile_name(c, e->v.name.id, e->v.name.ctx);
    case AST_List:
        if (e->v.list.ctx != AST_LOAD)
            return compile_store(c, e);
        return starunpack(c, &e->v.list.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, 0);
    case AST_Tuple:
        if (e->v.list.ctx != AST_LOAD)
            return compile_store(c, e);
        if (is_foldable(e))
            return emit_const(c, fold(c, e));
        return starunpack(c, &e->v.list.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, 1);
    case AST_Slice:
        return compile_slice_parts(c, e);
    }
    return 0;
}

static int compile_expr(Compiler *c, const OuExpr *e)
{
    OuAstPos saved = c->u->loc;
    c->u->loc = e->pos;
    int r = compile_expr_inner(c, e);
    c->u->loc = saved;
    return r;
}

// ---- Assignment targets ----

static int unpack_target(Compiler *c, const OuExpr *e)
{
    const OuExprSeq *elts = &e->v.list.elts;
    int n = elts->n, star = -1;
    for (int i = 0; i < n; i++) {
        if (elts->items[i]->kind != AST_Starred)
            continue;
        if (star >= 0)
            return compiler_error(c, elts->items[i]->pos, "multiple starred expressions in assignment");
        star = i;
    }
    if (star >= 0) {
        if (star >= 256 || n - star - 1 >= (1 << 23))
            return compiler_error(c, e->pos, "too many expressions in star-unpacking assignment");
        TRY(emit(c, OP_UNPACK_EX, star | ((n - star - 1) << 8)));
    } else {
        TRY(emit(c, OP_UNPACK_SEQUENCE, n));
    }
    for (int i = 0; i < n; i++) {
        const OuExpr *t = elts->items[i];
        TRY(compile_store(c, t->kind == AST_Starred ? t->v.starred.value : t));
    }
    return 0;
}

// Store TOS into target `e` (any context: the context of the node is ignored).
static int compile_store(Compiler *c, const OuExpr *e)
{
    OuAstPos saved = c->u->loc;
    c->u->loc = e->pos;
    int r;
    switch (e->kind) {
    case AST_Name:
        r = compile_name(c, e->v.name.id, AST_STORE);
        break;
    case AST_Attribute:
        r = compile_expr(c, e->v.attribute.value);
        set_loc(c, e->pos);
        if (r == 0)
            r = emit_name_op(c, OP_STORE_ATTR, e->v.attribute.attr);
        break;
    case AST_Subscript:
        r = compile_expr(c, e->v.subscript.value);
        if (r == 0)
            r = compile_expr(c, e->v.subscript.slice);
        set_loc(c, e->pos);
        if (r == 0)
            r = emit(c, OP_STORE_SUBSCR, 0);
        break;
    case AST_Tuple: case AST_List:
        r = unpack_target(c, e);
        break;
    case AST_Starred:
        r = compiler_error(c, e->pos, "starred assignment target must be in a list or tuple");
        break;
    default:
        r = compiler_error(c, e->pos, "cannot assign to expression");
        break;
    }
    c->u->loc = saved;
    return r;
}

static int compile_delete(Compiler *c, const OuExpr *e)
{
    OuAstPos saved = c->u->loc;
    c->u->loc = e->pos;
    int r = 0;
    switch (e->kind) {
    case AST_Name:
        r = compile_name(c, e->v.name.id, AST_DEL);
        break;
    case AST_Attribute:
        r = compile_expr(c, e->v.attribute.value);
        set_loc(c, e->pos);
        if (r == 0)
            r = emit_name_op(c, OP_DELETE_ATTR, e->v.attribute.attr);
        break;
    case AST_Subscript:
        r = compile_expr(c, e->v.subscript.value);
        if (r == 0)
            r = compile_expr(c, e->v.subscript.slice);
        set_loc(c, e->pos);
        if (r == 0)
            r = emit(c, OP_DELETE_SUBSCR, 0);
        break;
    case AST_Tuple: case AST_List:
        for (int i = 0; i < e->v.list.elts.n && r == 0; i++)
            r = compile_delete(c, e->v.list.elts.items[i]);
        break;
    default:
        r = compiler_error(c, e->pos, "cannot delete expression");
        break;
    }
    c->u->loc = saved;
    return r;
}

// ---- Scopes: entering, leaving, making functions ----

static int unit_cmp_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

// Sorted names of `s` with resolved scope `sc` (frees also take class pass-throughs).
static OuObject *names_by_scope(OuSymScope *s, OuSymScopeKind sc, int free_class)
{
    const char **tmp = ou_mem_alloc_or_raise((size_t)(s->nsyms + 1) * sizeof(char *));
    if (tmp == NULL)
        return NULL;
    int n = 0;
    for (int i = 0; i < s->nsyms; i++)
        if (s->syms[i].scope == sc || (free_class && (s->syms[i].flags & OU_DEF_FREE_CLASS)))
            tmp[n++] = s->syms[i].name;
    qsort(tmp, (size_t)n, sizeof(char *), unit_cmp_names);
    OuObject *l = ou_list_new(0);
    for (int i = 0; l && i < n; i++) {
        OuObject *str = intern_cstr(tmp[i]);
        if (str == NULL || ou_list_append(l, str) < 0) {
            OU_XDECREF(str);
            OU_CLEAR(l);
            break;
        }
        OU_DECREF(str);
    }
    ou_mem_free(tmp);
    return l;
}

static void unit_free(Unit *u)
{
    ou_mem_free(u->instrs);
    ou_mem_free(u->labels);
    ou_mem_free(u->handlers);
    OU_XDECREF(u->consts);
    OU_XDECREF(u->names);
    OU_XDECREF(u->names_map);
    OU_XDECREF(u->varnames);
    OU_XDECREF(u->varnames_map);
    OU_XDECREF(u->cells);
    OU_XDECREF(u->frees);
    OU_XDECREF(u->name);
    OU_XDECREF(u->qualname);
    ou_mem_free(u);
}

static OuObject *make_qualname(Compiler *c, const char *name)
{
    Unit *p = c->u;
    if (p == NULL || p->kind == U_MODULE)
        return ou_str_from_cstr(name);
    // A function declared global in its parent is reached through the module.
    const char *m = ou_symtable_mangle(c->st.arena, p->private_, name);
    if (m && p->parent && ou_symtable_scope_of(p->ste, m) == OU_SC_GLOBAL_EXPLICIT)
        return ou_str_from_cstr(name);
    if (p->kind == U_CLASS)
        return ou_str_from_format("%s.%s", ou_str_utf8(p->qualname), name);
    return ou_str_from_format("%s.<locals>.%s", ou_str_utf8(p->qualname), name);
}

static int enter_unit(Compiler *c, UnitKind kind, OuSymScope *ste, const char *name,
                      int firstlineno, const char *private_)
{
    Unit *u = ou_mem_calloc(1, sizeof(Unit));
    if (u == NULL) {
        ou_err_no_memory();
        return -1;
    }
    u->kind = kind;
    u->ste = ste;
    u->cur_handler = -1;
    u->firstlineno = firstlineno;
    u->private_ = private_;
    u->loc = (OuAstPos){firstlineno, 0, firstlineno, 0};
    u->consts = ou_list_new(0);
    u->names = ou_list_new(0);
    u->names_map = ou_dict_new();
    u->varnames = ou_list_new(0);
    u->varnames_map = ou_dict_new();
    u->cells = names_by_scope(ste, OU_SC_CELL, 0);
    u->frees = names_by_scope(ste, OU_SC_FREE, kind == U_CLASS);
    u->name = ou_str_from_cstr(name);
    u->qualname = kind == U_MODULE ? ou_str_from_cstr(name) : make_qualname(c, name);
    u->parent = c->u;
    c->u = u;
    if (!u->consts || !u->names || !u->names_map || !u->varnames || !u->varnames_map
        || !u->cells || !u->frees || !u->name || !u->qualname)
        return -1;
    if (kind == U_CLASS && ste->needs_class_closure) {
        OuObject *s = intern_cstr("__class__");
        if (s == NULL || ou_list_insert(u->cells, 0, s) < 0) {
            OU_XDECREF(s);
            return -1;
        }
        OU_DECREF(s);
    }
    return 0;
}

static void leave_unit(Compiler *c)
{
    Unit *u = c->u;
    c->u = u->parent;
    unit_free(u);
}

// Parameters first in varnames, in CPython's order.
static int add_params(Compiler *c, const OuArguments *a)
{
    Unit *u = c->u;
    const OuArgSeq *seqs[3] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < seqs[k]->n; i++) {
            const char *m = mangle(c, seqs[k]->items[i]->arg);
            TRY(m ? 0 : -1);
            TRY(list_index(u->varnames, u->varnames_map, m));
        }
    if (a->vararg) {
        const char *m = mangle(c, a->vararg->arg);
        TRY(m ? 0 : -1);
        TRY(list_index(u->varnames, u->varnames_map, m));
        u->flags |= OU_CO_VARARGS;
    }
    if (a->kwarg) {
        const char *m = mangle(c, a->kwarg->arg);
        TRY(m ? 0 : -1);
        TRY(list_index(u->varnames, u->varnames_map, m));
        u->flags |= OU_CO_VARKEYWORDS;
    }
    u->argcount = a->posonlyargs.n + a->args.n;
    u->posonlyargcount = a->posonlyargs.n;
    u->kwonlyargcount = a->kwonlyargs.n;
    return 0;
}

// The prefix every function runs first: copy the closure, make the cells,
// turn into a generator.
static int emit_prefix(Compiler *c)
{
    Unit *u = c->u;
    if (ou_list_size(u->frees))
        TRY(emit(c, OP_COPY_FREE_VARS, (int)ou_list_size(u->frees)));
    for (ou_ssize_t i = 0; i < ou_list_size(u->cells); i++)
        TRY(emit(c, OP_MAKE_CELL, (int)i));
    if (u->ste->is_generator) {
        TRY(emit(c, OP_RETURN_GENERATOR, 0));
        TRY(emit(c, OP_POP_TOP, 0));
    }
    return 0;
}

static OuObject *assemble(Compiler *c);

// Push the closure tuple (when needed) and the code, then MAKE_FUNCTION.
static int make_function(Compiler *c, OuObject *code, int flags)
{
    OuCode *co = (OuCode *)code;
    if (co->nfrees) {
        for (int i = co->nlocalsplus - co->nfrees; i < co->nlocalsplus; i++) {
            const char *name = ou_str_utf8(ou_tuple_get(co->localsplusnames, i));
            // A class passes its methods the implicit __class__ cell.
            int idx = deref_index(c, name);
            if (idx < 0 || emit(c, OP_LOAD_CLOSURE, idx) < 0) {
                OU_DECREF(code);
                return -1;
            }
        }
        if (emit(c, OP_BUILD_TUPLE, co->nfrees) < 0) {
            OU_DECREF(code);
            return -1;
        }
        flags |= OU_MKFN_CLOSURE;
    }
    TRY(emit_const(c, code));
    return emit(c, OP_MAKE_FUNCTION, flags);
}

static int compile_defaults(Compiler *c, const OuArguments *a, int *flags)
{
    if (a->defaults.n) {
        OuExpr tuple = {.kind = AST_Tuple, .pos = a->defaults.items[0]->pos};
        tuple.v.list.elts = a->defaults;
        tuple.v.list.ctx = AST_LOAD;
        TRY(compile_expr(c, &tuple));
        *flags |= OU_MKFN_DEFAULTS;
    }
    int nkw = 0;
    for (int i = 0; i < a->kwonlyargs.n; i++) {
        const OuExpr *d = a->kw_defaults.n > i ? a->kw_defaults.items[i] : NULL;
        if (d == NULL)
            continue;
        const char *m = mangle(c, a->kwonlyargs.items[i]->arg);
        TRY(m ? 0 : -1);
        OuObject *s = intern_cstr(m);
        TRY(s ? 0 : -1);
        TRY(emit_const(c, s));
        TRY(compile_expr(c, d));
        nkw++;
    }
    if (nkw) {
        TRY(emit(c, OP_BUILD_MAP, nkw));
        *flags |= OU_MKFN_KWDEFAULTS;
    }
    return 0;
}

static int annotation_pair(Compiler *c, const char *name, const OuExpr *ann, int *n)
{
    if (ann == NULL)
        return 0;
    const char *m = mangle(c, name);
    TRY(m ? 0 : -1);
    OuObject *s = intern_cstr(m);
    TRY(s ? 0 : -1);
    TRY(emit_const(c, s));
    TRY(compile_expr(c, ann));
    (*n)++;
    return 0;
}

static int compile_annotations(Compiler *c, const OuArguments *a, const OuExpr *returns, int *flags)
{
    int n = 0;
    const OuArgSeq *seqs[2] = {&a->posonlyargs, &a->args};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < seqs[k]->n; i++)
            TRY(annotation_pair(c, seqs[k]->items[i]->arg, seqs[k]->items[i]->annotation, &n));
    if (a->vararg)
        TRY(annotation_pair(c, a->vararg->arg, a->vararg->annotation, &n));
    for (int i = 0; i < a->kwonlyargs.n; i++)
        TRY(annotation_pair(c, a->kwonlyargs.items[i]->arg, a->kwonlyargs.items[i]->annotation, &n));
    if (a->kwarg)
        TRY(annotation_pair(c, a->kwarg->arg, a->kwarg->annotation, &n));
    if (returns)
        TRY(annotation_pair(c, "return", returns, &n));
    if (n) {
        TRY(emit(c, OP_BUILD_TUPLE, 2 * n));
        *flags |= OU_MKFN_ANNOTATIONS;
    }
    return 0;
}

static int function_flags(Compiler *c)
{
    Unit *u = c->u;
    int flags = OU_CO_OPTIMIZED | OU_CO_NEWLOCALS;
    if (u->ste->is_nested)
        flags |= OU_CO_NESTED;
    if (u->ste->is_generator)
        flags |= OU_CO_GENERATOR;
    return flags;
}

static const OuExpr *docstring_of(const OuStmtSeq *body)
{
    if (body->n == 0 || body->items[0]->kind != AST_Expr)
        return NULL;
    const OuExpr *v = body->items[0]->v.expr.value;
    if (v->kind == AST_Constant && v->v.constant.kind == AST_CONST_STR)
        return v;
    return NULL;
}

static int return_none(Compiler *c)
{
    TRY(emit_const(c, ou_newref(ou_None)));
    return emit(c, OP_RETURN_VALUE, 0);
}

// The position of a body's last statement, where the implicit return goes.
static OuAstPos last_pos(const OuStmtSeq *body, OuAstPos dflt)
{
    if (body->n == 0)
        return dflt;
    const OuStmt *s = body->items[body->n - 1];
    return s->pos;
}

static int compile_function(Compiler *c, const OuStmt *s)
{
    const OuArguments *a = s->v.funcdef.args;
    if (s->kind == AST_AsyncFunctionDef)
        return compiler_error(c, s->pos, "'async def' is not supported by ouro");
    int firstlineno = s->pos.line;
    if (s->v.funcdef.decorator_list.n)
        firstlineno = s->v.funcdef.decorator_list.items[0]->pos.line;
    TRY(compile_exprs(c, &s->v.funcdef.decorator_list));
    set_loc(c, s->pos);
    int flags = 0;
    TRY(compile_defaults(c, a, &flags));
    TRY(compile_annotations(c, a, s->v.funcdef.returns, &flags));
    OuSymScope *ste = ou_symtable_child(c->u->ste, s);
    const char *private_ = c->u->private_;
    TRY(enter_unit(c, U_FUNCTION, ste, s->v.funcdef.name, firstlineno, private_));
    OuObject *code = NULL;
    const OuExpr *doc = docstring_of(&s->v.funcdef.body);
    if (add_params(c, a) < 0)
        goto fail;
    c->u->flags |= function_flags(c);
    // consts[0] is the docstring, or None when there is none.
    if (add_const(c, doc ? make_str(doc->v.constant.text, doc->v.constant.len) : ou_newref(ou_None)) < 0)
        goto fail;
    c->u->loc = s->pos;
    if (emit_prefix(c) < 0)
        goto fail;
    OuStmtSeq body = s->v.funcdef.body;
    if (doc) {
        body.items++;
        body.n--;
    }
    if (compile_stmts(c, &body) < 0)
        goto fail;
    set_loc(c, last_pos(&s->v.funcdef.body, s->pos));
    if (return_none(c) < 0)
        goto fail;
    code = assemble(c);
    if (code == NULL)
        goto fail;
    leave_unit(c);
    set_loc(c, s->pos);
    TRY(make_function(c, code, flags));
    for (int i = 0; i < s->v.funcdef.decorator_list.n; i++)
        TRY(emit(c, OP_CALL, 0));
    return compile_name(c, s->v.funcdef.name, AST_STORE);
fail:
    leave_unit(c);
    return -1;
}

static int compile_lambda(Compiler *c, const OuExpr *e)
{
    const OuArguments *a = e->v.lambda.args;
    int flags = 0;
    TRY(compile_defaults(c, a, &flags));
    OuSymScope *ste = ou_symtable_child(c->u->ste, e);
    TRY(enter_unit(c, U_LAMBDA, ste, "<lambda>", e->pos.line, c->u->private_));
    OuObject *code = NULL;
    if (add_params(c, a) < 0)
        goto fail;
    c->u->flags |= function_flags(c);
    // None first, so a lambda never has a docstring.
    if (add_const(c, ou_newref(ou_None)) < 0)
        goto fail;
    c->u->loc = e->pos;
    if (emit_prefix(c) < 0)
        goto fail;
    if (compile_expr(c, e->v.lambda.body) < 0)
        goto fail;
    set_loc(c, e->v.lambda.body->pos);
    if (!ste->is_generator) {
        if (emit(c, OP_RETURN_VALUE, 0) < 0)
            goto fail;
    } else if (emit(c, OP_POP_TOP, 0) < 0 || return_none(c) < 0) {
        goto fail;
    }
    code = assemble(c);
    if (code == NULL)
        goto fail;
    leave_unit(c);
    return make_function(c, code, flags);
fail:
    leave_unit(c);
    return -1;
}

static int comprehension_generator(Compiler *c, const OuExpr *e, int gen_index, int depth)
{
    const OuComprehensionSeq *gens = &e->v.comp.generators;
    const OuComprehension *g = gens->items[gen_index];
    int start = new_label(c), if_cleanup = new_label(c), anchor = new_label(c);
    TRY(start | if_cleanup | anchor);
    if (gen_index == 0) {
        TRY(emit(c, OP_LOAD_FAST, 0));      // the `.0` argument
    } else {
        TRY(compile_expr(c, g->iter));
        set_loc(c, g->iter->pos);
        TRY(emit(c, OP_GET_ITER, 0));
    }
    depth++;
    use_label(c, start);
    TRY(emit_jump(c, OP_FOR_ITER, anchor));
    TRY(compile_store(c, g->target));
    for (int i = 0; i < g->ifs.n; i++)
        TRY(jump_if(c, g->ifs.items[i], if_cleanup, 0));
    if (gen_index + 1 < gens->n) {
        TRY(comprehension_generator(c, e, gen_index + 1, depth));
    } else {
        switch (e->kind) {
        case AST_GeneratorExp:
            TRY(compile_expr(c, e->v.comp.elt));
            set_loc(c, e->v.comp.elt->pos);
            TRY(emit(c, OP_YIELD_VALUE, 0));
            TRY(emit(c, OP_POP_TOP, 0));
            break;
        case AST_ListComp:
            TRY(compile_expr(c, e->v.comp.elt));
            set_loc(c, e->pos);
            TRY(emit(c, OP_LIST_APPEND, depth + 1));
            break;
        case AST_SetComp:
            TRY(compile_expr(c, e->v.comp.elt));
            set_loc(c, e->pos);
            TRY(emit(c, OP_SET_ADD, depth + 1));
            break;
        default:
            TRY(compile_expr(c, e->v.comp.key));
            TRY(compile_expr(c, e->v.comp.value));
            set_loc(c, e->pos);
            TRY(emit(c, OP_MAP_ADD, depth + 1));
            break;
        }
    }
    use_label(c, if_cleanup);
    set_loc(c, e->pos);
    TRY(emit_jump(c, OP_JUMP_BACKWARD, start));
    use_label(c, anchor);
    return 0;
}

static int compile_comprehension(Compiler *c, const OuExpr *e)
{
    const char *names[] = {"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
    int which = e->kind == AST_ListComp ? 0 : e->kind == AST_SetComp ? 1 : e->kind == AST_DictComp ? 2 : 3;
    for (int i = 0; i < e->v.comp.generators.n; i++)
        if (e->v.comp.generators.items[i]->is_async)
            return compiler_error(c, e->pos, "asynchronous comprehensions are not supported by ouro");
    OuSymScope *ste = ou_symtable_child(c->u->ste, e);
    TRY(enter_unit(c, U_COMPREHENSION, ste, names[which], e->pos.line, c->u->private_));
    OuObject *code = NULL;
    c->u->argcount = 1;
    c->u->flags = function_flags(c);
    c->u->loc = e->pos;
    if (list_index(c->u->varnames, c->u->varnames_map, ".0") < 0 || emit_prefix(c) < 0)
        goto fail;
    static const int builds[] = {OP_BUILD_LIST, OP_BUILD_SET, OP_BUILD_MAP};
    if (which < 3 && emit(c, builds[which], 0) < 0)
        goto fail;
    if (comprehension_generator(c, e, 0, which < 3 ? 0 : -1) < 0)
        goto fail;
    set_loc(c, e->pos);
    if (which < 3 ? emit(c, OP_RETURN_VALUE, 0) < 0 : return_none(c) < 0)
        goto fail;
    code = assemble(c);
    if (code == NULL)
        goto fail;
    leave_unit(c);
    TRY(make_function(c, code, 0));
    TRY(compile_expr(c, e->v.comp.generators.items[0]->iter));
    set_loc(c, e->pos);
    TRY(emit(c, OP_GET_ITER, 0));
    return emit(c, OP_CALL, 0);
fail:
    leave_unit(c);
    return -1;
}

static int compile_class(Compiler *c, const OuStmt *s)
{
    int firstlineno = s->pos.line;
    if (s->v.classdef.decorator_list.n)
        firstlineno = s->v.classdef.decorator_list.items[0]->pos.line;
    TRY(compile_exprs(c, &s->v.classdef.decorator_list));
    set_loc(c, s->pos);
    OuSymScope *ste = ou_symtable_child(c->u->ste, s);
    TRY(enter_unit(c, U_CLASS, ste, s->v.classdef.name, firstlineno, s->v.classdef.name));
    OuObject *code = NULL;
    c->u->loc = s->pos;
    const OuExpr *doc = docstring_of(&s->v.classdef.body);
    OuStmtSeq body = s->v.classdef.body;
    if (emit_prefix(c) < 0)
        goto fail;
    if (compile_name(c, "__name__", AST_LOAD) < 0 || compile_name(c, "__module__", AST_STORE) < 0)
        goto fail;
    if (emit_const(c, ou_newref(c->u->qualname)) < 0 || compile_name(c, "__qualname__", AST_STORE) < 0)
        goto fail;
    if (doc) {
        c->u->loc = body.items[0]->pos;
        if (emit_const(c, make_str(doc->v.constant.text, doc->v.constant.len)) < 0
            || compile_name(c, "__doc__", AST_STORE) < 0)
            goto fail;
        body.items++;
        body.n--;
    }
    if (compile_stmts(c, &body) < 0)
        goto fail;
    set_loc(c, last_pos(&s->v.classdef.body, s->pos));
    if (ste->needs_class_closure) {
        int i = deref_index(c, "__class__");
        if (i < 0 || emit(c, OP_LOAD_CLOSURE, i) < 0 || emit(c, OP_COPY, 1) < 0
            || compile_name(c, "__classcell__", AST_STORE) < 0 || emit(c, OP_RETURN_VALUE, 0) < 0)
            goto fail;
    } else if (return_none(c) < 0) {
        goto fail;
    }
    code = assemble(c);
    if (code == NULL)
        goto fail;
    leave_unit(c);
    set_loc(c, s->pos);
    TRY(emit(c, OP_PUSH_NULL, 0));
    TRY(emit(c, OP_LOAD_BUILD_CLASS, 0));
    TRY(make_function(c, code, 0));
    OuObject *name = intern_cstr(s->v.classdef.name);
    TRY(name ? 0 : -1);
    TRY(emit_const(c, name));
    TRY(call_helper(c, NULL, 2, &s->v.classdef.bases, &s->v.classdef.keywords, s->pos));
    for (int i = 0; i < s->v.classdef.decorator_list.n; i++)
        TRY(emit(c, OP_CALL, 0));
    return compile_name(c, s->v.classdef.name, AST_STORE);
fail:
    leave_unit(c);
    return -1;
}

// ---- Frame blocks: what break, continue and return must undo ----

static int push_fblock(Compiler *c, FBlockKind kind, int block, int exit, int handler,
                       const void *datum, OuAstPos pos)
{
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS)
        return compiler_error(c, pos, "too many statically nested blocks");
    u->fblocks[u->nfblocks++] = (FBlock){kind, block, exit, handler, datum, pos};
    return 0;
}

static void pop_fblock(Compiler *c) { c->u->nfblocks--; }

static int emit_with_exit_call(Compiler *c)
{
    for (int i = 0; i < 3; i++)
        TRY(emit_const(c, ou_newref(ou_None)));
    TRY(emit(c, OP_CALL, 2));
    return emit(c, OP_POP_TOP, 0);
}

static int clear_handler_name(Compiler *c, const char *name)
{
    TRY(emit_const(c, ou_newref(ou_None)));
    TRY(compile_name(c, name, AST_STORE));
    return compile_name(c, name, AST_DEL);
}

// Emit what leaving block `fb` early requires. `preserve_tos`: a return
// value sits on top and must survive.
static int unwind_fblock(Compiler *c, FBlock *fb, int preserve_tos)
{
    switch (fb->kind) {
    case FB_WHILE_LOOP: case FB_EXCEPTION_HANDLER:
        return 0;
    case FB_FOR_LOOP:
        if (preserve_tos)
            TRY(emit(c, OP_SWAP, 2));
        return emit(c, OP_POP_TOP, 0);
    case FB_TRY_EXCEPT:
        pop_handler(c, fb->handler);
        return 0;
    case FB_POP_VALUE:
        if (preserve_tos)
            TRY(emit(c, OP_SWAP, 2));
        return emit(c, OP_POP_TOP, 0);
    case FB_FINALLY_TRY:
        pop_handler(c, fb->handler);
        if (preserve_tos)
            TRY(push_fblock(c, FB_POP_VALUE, -1, -1, -1, NULL, fb->pos));
        TRY(compile_stmts(c, fb->datum));
        if (preserve_tos)
            pop_fblock(c);
        return 0;
    case FB_FINALLY_END:
        if (preserve_tos)
            TRY(emit(c, OP_SWAP, 2));
        TRY(emit(c, OP_POP_TOP, 0));
        if (preserve_tos)
            TRY(emit(c, OP_SWAP, 2));
        pop_handler(c, fb->handler);
        return emit(c, OP_POP_EXCEPT, 0);
    case FB_WITH:
        // __exit__ runs on behalf of the `with` statement: a failure in it
        // is reported on that line, not on the `return` or `break`.
        set_loc(c, fb->pos);
        pop_handler(c, fb->handler);
        if (preserve_tos)
            TRY(emit(c, OP_SWAP, 2));
        return emit_with_exit_call(c);
    case FB_HANDLER_CLEANUP:
        // A named handler's body has its own cleanup (`handler`) nested in
        // the except clause's; both end here.
        pop_handler(c, fb->handler);
        if (fb->datum)
            c->u->cur_handler = c->u->handlers[c->u->cur_handler].parent;
        if (preserve_tos)
            TRY(emit(c, OP_SWAP, 2));
        TRY(emit(c, OP_POP_EXCEPT, 0));
        if (fb->datum)
            TRY(clear_handler_name(c, fb->datum));
        return 0;
    }
    return 0;
}

// Unwind every block above the innermost loop (loop = 1) or all of them.
// *loop_out receives the loop block when asked for.
static int unwind_stack(Compiler *c, int preserve_tos, FBlock **loop_out)
{
    Unit *u = c->u;
    if (u->nfblocks == 0)
        return 0;
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (loop_out && (top->kind == FB_WHILE_LOOP || top->kind == FB_FOR_LOOP)) {
        *loop_out = top;
        return 0;
    }
    FBlock copy = *top;
    u->nfblocks--;
    int r = unwind_fblock(c, &copy, preserve_tos);
    if (r == 0)
        r = unwind_stack(c, preserve_tos, loop_out);
    u->fblocks[u->nfblocks++] = copy;
    return r;
}

// ---- Statements ----

static int compile_if(Compiler *c, const OuStmt *s)
{
    int end = new_label(c);
    TRY(end);
    int next = end;
    if (s->v.if_.orelse.n) {
        next = new_label(c);
        TRY(next);
    }
    TRY(jump_if(c, s->v.if_.test, next, 0));
    TRY(compile_stmts(c, &s->v.if_.body));
    if (s->v.if_.orelse.n) {
        set_loc(c, s->pos);
        TRY(emit_jump(c, OP_JUMP_FORWARD, end));
        use_label(c, next);
        TRY(compile_stmts(c, &s->v.if_.orelse));
    }
    use_label(c, end);
    return 0;
}

static int compile_while(Compiler *c, const OuStmt *s)
{
    int loop = new_label(c), body = new_label(c), end = new_label(c), anchor = new_label(c);
    TRY(loop | body | end | anchor);
    use_label(c, loop);
    TRY(push_fblock(c, FB_WHILE_LOOP, loop, end, -1, NULL, s->pos));
    TRY(jump_if(c, s->v.while_.test, anchor, 0));
    use_label(c, body);
    TRY(compile_stmts(c, &s->v.while_.body));
    set_loc(c, s->pos);
    TRY(jump_if(c, s->v.while_.test, body, 1));
    pop_fblock(c);
    use_label(c, anchor);
    TRY(compile_stmts(c, &s->v.while_.orelse));
    use_label(c, end);
    return 0;
}

static int compile_for(Compiler *c, const OuStmt *s)
{
    if (s->kind == AST_AsyncFor)
        return compiler_error(c, s->pos, "'async for' is not supported by ouro");
    int start = new_label(c), cleanup = new_label(c), end = new_label(c);
    TRY(start | cleanup | end);
    TRY(compile_expr(c, s->v.for_.iter));
    // CPython gives GET_ITER the whole statement's span, so a non-iterable
    // is reported without carets under the expression.
    set_loc(c, s->pos);
    TRY(emit(c, OP_GET_ITER, 0));
    use_label(c, start);
    TRY(push_fblock(c, FB_FOR_LOOP, start, end, -1, NULL, s->pos));
    set_loc(c, s->pos);
    TRY(emit_jump(c, OP_FOR_ITER, cleanup));
    TRY(compile_store(c, s->v.for_.target));
    TRY(compile_stmts(c, &s->v.for_.body));
    set_loc(c, s->pos);
    TRY(emit_jump(c, OP_JUMP_BACKWARD, start));
    use_label(c, cleanup);
    pop_fblock(c);
    TRY(compile_stmts(c, &s->v.for_.orelse));
    use_label(c, end);
    return 0;
}

static int compile_break_continue(Compiler *c, const OuStmt *s)
{
    int is_break = s->kind == AST_Break;
    FBlock *loop = NULL;
    int saved_handler = c->u->cur_handler;
    TRY(unwind_stack(c, 0, &loop));
    if (loop == NULL) {
        c->u->cur_handler = saved_handler;
        return compiler_error(c, s->pos, is_break ? "'break' outside loop"
                                                  : "'continue' not properly in loop");
    }
    set_loc(c, s->pos);
    if (is_break) {
        FBlock copy = *loop;
        TRY(unwind_fblock(c, &copy, 0));
        TRY(emit_jump(c, OP_JUMP_FORWARD, copy.exit));
    } else {
        TRY(emit_jump(c, OP_JUMP_BACKWARD, loop->block));
    }
    c->u->cur_handler = saved_handler;
    return 0;
}

static int compile_return(Compiler *c, const OuStmt *s)
{
    if (!is_function_unit(c->u) || c->u->kind == U_COMPREHENSION)
        return compiler_error(c, s->pos, "'return' outside function");
    const OuExpr *v = s->v.ret.value;
    int preserve = v != NULL && v->kind != AST_Constant;
    if (preserve)
        TRY(compile_expr(c, v));
    int saved_handler = c->u->cur_handler;
    set_loc(c, s->pos);
    TRY(unwind_stack(c, preserve, NULL));
    set_loc(c, s->pos);
    if (v == NULL)
        TRY(emit_const(c, ou_newref(ou_None)));
    else if (!preserve)
        TRY(compile_expr(c, v));
    set_loc(c, s->pos);
    TRY(emit(c, OP_RETURN_VALUE, 0));
    c->u->cur_handler = saved_handler;
    return 0;
}

static int compile_try_except(Compiler *c, const OuStmt *s)
{
    int body = new_label(c), except = new_label(c), end = new_label(c), cleanup = new_label(c);
    TRY(body | except | end | cleanup);
    int h1 = push_handler(c, except, 0, 0);
    TRY(h1);
    TRY(push_fblock(c, FB_TRY_EXCEPT, body, -1, h1, NULL, s->pos));
    TRY(compile_stmts(c, &s->v.try_.body));
    pop_fblock(c);
    pop_handler(c, h1);
    TRY(compile_stmts(c, &s->v.try_.orelse));
    TRY(emit_jump(c, OP_JUMP_FORWARD, end));
    int n = s->v.try_.handlers.n;
    use_label(c, except);
    const OuExceptHandler *first = n ? s->v.try_.handlers.items[0] : NULL;
    if (first)
        set_loc(c, first->pos);
    int h2 = push_handler(c, cleanup, 1, 0);
    TRY(h2);
    TRY(emit(c, OP_PUSH_EXC_INFO, 0));
    TRY(push_fblock(c, FB_EXCEPTION_HANDLER, -1, -1, -1, NULL, s->pos));
    for (int i = 0; i < n; i++) {
        const OuExceptHandler *h = s->v.try_.handlers.items[i];
        set_loc(c, h->pos);
        if (h->type == NULL && i < n - 1)
            return compiler_error(c, h->pos, "default 'except:' must be last");
        int next = new_label(c);
        TRY(next);
        if (h->type) {
            TRY(compile_expr(c, h->type));
            set_loc(c, h->pos);
            TRY(emit(c, OP_CHECK_EXC_MATCH, 0));
            TRY(emit_jump(c, OP_POP_JUMP_IF_FALSE, next));
        }
        if (h->name) {
            int cleanup_end = new_label(c), cleanup_body = new_label(c);
            TRY(cleanup_end | cleanup_body);
            TRY(compile_name(c, h->name, AST_STORE));
            int h3 = push_handler(c, cleanup_end, 1, 0);
            TRY(h3);
            use_label(c, cleanup_body);
            TRY(push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, h3, h->name, h->pos));
            TRY(compile_stmts(c, &h->body));
            pop_fblock(c);
            pop_handler(c, h3);
            pop_handler(c, h2);
            TRY(emit(c, OP_POP_EXCEPT, 0));
            TRY(clear_handler_name(c, h->name));
            TRY(emit_jump(c, OP_JUMP_FORWARD, end));
            // An exception inside the handler body still clears the name.
            c->u->cur_handler = h2;
            use_label(c, cleanup_end);
            TRY(clear_handler_name(c, h->name));
            TRY(emit(c, OP_RERAISE, 1));
        } else {
            int cleanup_body = new_label(c);
            TRY(cleanup_body);
            TRY(emit(c, OP_POP_TOP, 0));
            use_label(c, cleanup_body);
            TRY(push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, h2, NULL, h->pos));
            TRY(compile_stmts(c, &h->body));
            pop_fblock(c);
            pop_handler(c, h2);
            TRY(emit(c, OP_POP_EXCEPT, 0));
            TRY(emit_jump(c, OP_JUMP_FORWARD, end));
            c->u->cur_handler = h2;
        }
        use_label(c, next);
        set_loc(c, h->pos);
    }
    pop_fblock(c);
    TRY(emit(c, OP_RERAISE, 0));
    pop_handler(c, h2);
    use_label(c, cleanup);
    TRY(emit(c, OP_COPY, 3));
    TRY(emit(c, OP_POP_EXCEPT, 0));
    TRY(emit(c, OP_RERAISE, 1));
    use_label(c, end);
    return 0;
}

static int compile_try_body(Compiler *c, const OuStmt *s)
{
    if (s->v.try_.handlers.n)
        return compile_try_except(c, s);
    return compile_stmts(c, &s->v.try_.body);
}

static int compile_try(Compiler *c, const OuStmt *s)
{
    if (s->kind == AST_TryStar)
        return compiler_error(c, s->pos, "'except*' is not supported by ouro");
    if (s->v.try_.finalbody.n == 0)
        return compile_try_except(c, s);
    int body = new_label(c), end = new_label(c), exit = new_label(c), cleanup = new_label(c);
    TRY(body | end | exit | cleanup);
    int h = push_handler(c, end, 0, 0);
    TRY(h);
    use_label(c, body);
    TRY(push_fblock(c, FB_FINALLY_TRY, body, end, h, &s->v.try_.finalbody, s->pos));
    TRY(compile_try_body(c, s));
    pop_fblock(c);
    pop_handler(c, h);
    TRY(compile_stmts(c, &s->v.try_.finalbody));
    TRY(emit_jump(c, OP_JUMP_FORWARD, exit));
    // The exceptional way out: run the body again, then re-raise.
    use_label(c, end);
    int h2 = push_handler(c, cleanup, 1, 0);
    TRY(h2);
    TRY(emit(c, OP_PUSH_EXC_INFO, 0));
    TRY(push_fblock(c, FB_FINALLY_END, end, -1, h2, NULL, s->pos));
    TRY(compile_stmts(c, &s->v.try_.finalbody));
    pop_fblock(c);
    TRY(emit(c, OP_RERAISE, 0));
    pop_handler(c, h2);
    use_label(c, cleanup);
    TRY(emit(c, OP_COPY, 3));
    TRY(emit(c, OP_POP_EXCEPT, 0));
    TRY(emit(c, OP_RERAISE, 1));
    use_label(c, exit);
    return 0;
}

static int compile_with(Compiler *c, const OuStmt *s, int pos)
{
    if (s->kind == AST_AsyncWith)
        return compiler_error(c, s->pos, "'async with' is not supported by ouro");
    const OuWithItem *item = s->v.with.items.items[pos];
    int block = new_label(c), final = new_label(c), exit = new_label(c), cleanup = new_label(c);
    TRY(block | final | exit | cleanup);
    TRY(compile_expr(c, item->context_expr));
    set_loc(c, s->pos);     // the statement's span, as for GET_ITER
    TRY(emit(c, OP_BEFORE_WITH, 0));
    int h = push_handler(c, final, 1, 1);
    TRY(h);
    use_label(c, block);
    TRY(push_fblock(c, FB_WITH, block, final, h, NULL, s->pos));
    if (item->optional_vars)
        TRY(compile_store(c, item->optional_vars));
    else
        TRY(emit(c, OP_POP_TOP, 0));
    if (pos + 1 < s->v.with.items.n)
        TRY(compile_with(c, s, pos + 1));
    else
        TRY(compile_stmts(c, &s->v.with.body));
    pop_fblock(c);
    pop_handler(c, h);
    set_loc(c, s->pos);
    TRY(emit_with_exit_call(c));
    TRY(emit_jump(c, OP_JUMP_FORWARD, exit));
    use_label(c, final);
    int h2 = push_handler(c, cleanup, 1, 0);
    TRY(h2);
    TRY(emit(c, OP_PUSH_EXC_INFO, 0));
    TRY(emit(c, OP_WITH_EXCEPT_START, 0));
    int suppress = new_label(c);
    TRY(suppress);
    TRY(emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress));
    TRY(emit(c, OP_RERAISE, 2));
    pop_handler(c, h2);
    use_label(c, cleanup);
    TRY(emit(c, OP_COPY, 3));
    TRY(emit(c, OP_POP_EXCEPT, 0));
    TRY(emit(c, OP_RERAISE, 1));
    // Suppressed: drop exc, restore the previous exception, drop lasti and
    // exit, then fall through to the code after the statement (CPython's
    // block order, which needs no jump here).
    c->u->cur_handler = h2;
    use_label(c, suppress);
    TRY(emit(c, OP_POP_TOP, 0));
    pop_handler(c, h2);
    TRY(emit(c, OP_POP_EXCEPT, 0));
    TRY(emit(c, OP_POP_TOP, 0));
    TRY(emit(c, OP_POP_TOP, 0));
    use_label(c, exit);
    return 0;
}

static int compile_import(Compiler *c, const OuStmt *s)
{
    for (int i = 0; i < s->v.import.names.n; i++) {
        const OuAlias *a = s->v.import.names.items[i];
        set_loc(c, s->pos);     // 3.11 positions every instruction at the statement
        TRY(emit_const(c, ou_int_from_i64(0)));
        TRY(emit_const(c, ou_newref(ou_None)));
        int k = name_index(c, a->name);
        TRY(k);
        TRY(emit(c, OP_IMPORT_NAME, k));
        const char *dot = strchr(a->name, '.');
        if (a->asname) {
            while (dot) {
                const char *start = dot + 1;
                dot = strchr(start, '.');
                size_t n = dot ? (size_t)(dot - start) : strlen(start);
                char *attr = ou_ast_strndup(c->st.arena, start, n);
                if (attr == NULL) {
                    ou_err_no_memory();
                    return -1;
                }
                int ai = name_index(c, attr);
                TRY(ai);
                TRY(emit(c, OP_IMPORT_FROM, ai));
                TRY(emit(c, OP_SWAP, 2));
                TRY(emit(c, OP_POP_TOP, 0));
            }
            TRY(compile_name(c, a->asname, AST_STORE));
        } else {
            const char *first = a->name;
            if (dot) {
                first = ou_ast_strndup(c->st.arena, a->name, (size_t)(dot - a->name));
                if (first == NULL) {
                    ou_err_no_memory();
                    return -1;
                }
            }
            TRY(compile_name(c, first, AST_STORE));
        }
    }
    return 0;
}

static int compile_import_from(Compiler *c, const OuStmt *s)
{
    const OuAliasSeq *names = &s->v.importfrom.names;
    TRY(emit_const(c, ou_int_from_i64(s->v.importfrom.level)));
    OuObject *t = ou_tuple_new(names->n);
    TRY(t ? 0 : -1);
    for (int i = 0; i < names->n; i++) {
        OuObject *str = intern_cstr(names->items[i]->name);
        if (str == NULL) {
            OU_DECREF(t);
            return -1;
        }
        ou_tuple_items(t)[i] = str;
    }
    TRY(emit_const(c, t));
    int k = name_index(c, s->v.importfrom.module ? s->v.importfrom.module : "");
    TRY(k);
    TRY(emit(c, OP_IMPORT_NAME, k));
    for (int i = 0; i < names->n; i++) {
        const OuAlias *a = names->items[i];
        if (strcmp(a->name, "*") == 0) {
            set_loc(c, s->pos);
            return emit(c, OP_IMPORT_STAR, 0);
        }
        set_loc(c, s->pos);
        int ai = name_index(c, a->name);
        TRY(ai);
        TRY(emit(c, OP_IMPORT_FROM, ai));
        TRY(compile_name(c, a->asname ? a->asname : a->name, AST_STORE));
    }
    set_loc(c, s->pos);
    return emit(c, OP_POP_TOP, 0);
}

static int compile_augassign(Compiler *c, const OuStmt *s)
{
    const OuExpr *t = s->v.augassign.target;
    int op = (int)s->v.augassign.op + OU_NB_INPLACE_ADD;
    set_loc(c, t->pos);
    switch (t->kind) {
    case AST_Attribute:
        TRY(compile_expr(c, t->v.attribute.value));
        set_loc(c, t->pos);
        TRY(emit(c, OP_COPY, 1));
        TRY(emit_name_op(c, OP_LOAD_ATTR, t->v.attribute.attr));
        break;
    case AST_Subscript:
        TRY(compile_expr(c, t->v.subscript.value));
        TRY(compile_expr(c, t->v.subscript.slice));
        set_loc(c, t->pos);
        TRY(emit(c, OP_COPY, 2));
        TRY(emit(c, OP_COPY, 2));
        TRY(emit(c, OP_BINARY_SUBSCR, 0));
        break;
    case AST_Name:
        TRY(compile_name(c, t->v.name.id, AST_LOAD));
        break;
    default:
        return compiler_error(c, t->pos, "'%s' is an illegal expression for augmented assignment",
                              "expression");
    }
    TRY(compile_expr(c, s->v.augassign.value));
    set_loc(c, s->pos);
    TRY(emit(c, OP_BINARY_OP, op));
    set_loc(c, t->pos);
    switch (t->kind) {
    case AST_Attribute:
        TRY(emit(c, OP_SWAP, 2));
        return emit_name_op(c, OP_STORE_ATTR, t->v.attribute.attr);
    case AST_Subscript:
        TRY(emit(c, OP_SWAP, 3));
        TRY(emit(c, OP_SWAP, 2));
        return emit(c, OP_STORE_SUBSCR, 0);
    default:
        return compile_name(c, t->v.name.id, AST_STORE);
    }
}

static int compile_stmt_inner(Compiler *c, const OuStmt *s)
{
    switch (s->kind) {
    case AST_FunctionDef: case AST_AsyncFunctionDef:
        return compile_function(c, s);
    case AST_ClassDef:
        return compile_class(c, s);
    case AST_Return:
        return compile_return(c, s);
    case AST_Delete:
        for (int i = 0; i < s->v.del.targets.n; i++)
            TRY(compile_delete(c, s->v.del.targets.items[i]));
        return 0;
    case AST_Assign: {
        int n = s->v.assign.targets.n;
        TRY(compile_expr(c, s->v.assign.value));
        for (int i = 0; i < n; i++) {
            if (i < n - 1) {
                set_loc(c, s->pos);
                TRY(emit(c, OP_COPY, 1));
            }
            TRY(compile_store(c, s->v.assign.targets.items[i]));
        }
        return 0;
    }
    case AST_AugAssign:
        return compile_augassign(c, s);
    case AST_AnnAssign:
        // Annotations of variables are not evaluated or recorded yet.
        if (s->v.annassign.value) {
            TRY(compile_expr(c, s->v.annassign.value));
            return compile_store(c, s->v.annassign.target);
        }
        return 0;
    case AST_For: case AST_AsyncFor:
        return compile_for(c, s);
    case AST_While:
        return compile_while(c, s);
    case AST_If:
        return compile_if(c, s);
    case AST_With: case AST_AsyncWith:
        return compile_with(c, s, 0);
    case AST_Match:
        return compiler_error(c, s->pos, "'match' is not supported by ouro");
    case AST_Raise: {
        int n = 0;
        if (s->v.raise.exc) {
            TRY(compile_expr(c, s->v.raise.exc));
            n++;
            if (s->v.raise.cause) {
                TRY(compile_expr(c, s->v.raise.cause));
                n++;
            }
        }
        set_loc(c, s->pos);
        return emit(c, OP_RAISE_VARARGS, n);
    }
    case AST_Try: case AST_TryStar:
        return compile_try(c, s);
    case AST_Assert: {
        int end = new_label(c);
        TRY(end);
        TRY(jump_if(c, s->v.assert_.test, end, 1));
        // 3.11 raises at the test's position: tracebacks underline the test.
        set_loc(c, s->v.assert_.test->pos);
        TRY(emit(c, OP_LOAD_ASSERTION_ERROR, 0));
        if (s->v.assert_.msg) {
            TRY(compile_expr(c, s->v.assert_.msg));
            set_loc(c, s->v.assert_.test->pos);
            TRY(emit(c, OP_CALL, 0));
        }
        TRY(emit(c, OP_RAISE_VARARGS, 1));
        use_label(c, end);
        return 0;
    }
    case AST_Import:
        return compile_import(c, s);
    case AST_ImportFrom:
        return compile_import_from(c, s);
    case AST_Global: case AST_Nonlocal: case AST_Pass:
        return 0;
    case AST_Expr: {
        const OuExpr *v = s->v.expr.value;
        if (c->interactive && c->u->kind == U_MODULE) {
            TRY(compile_expr(c, v));
            set_loc(c, s->pos);
            return emit(c, OP_PRINT_EXPR, 0);
        }
        if (v->kind == AST_Constant) {
            // A bare constant does nothing, but a bad one is still an error.
            if (v->v.constant.kind == AST_CONST_IMAG) {
                OuObject *o = constant_value(c, v);
                OU_XDECREF(o);
                return o ? 0 : -1;
            }
            return 0;
        }
        TRY(compile_expr(c, v));
        set_loc(c, s->pos);
        return emit(c, OP_POP_TOP, 0);
    }
    case AST_Break: case AST_Continue:
        return compile_break_continue(c, s);
    }
    return 0;
}

static int compile_stmts(Compiler *c, const OuStmtSeq *seq)
{
    for (int i = 0; i < seq->n; i++) {
        const OuStmt *s = seq->items[i];
        c->u->loc = s->pos;
        TRY(compile_stmt_inner(c, s));
    }
    return 0;
}

// ---- Assembly ----

static int arg_words(int arg)
{
    return arg > 0xFFFFFF ? 4 : arg > 0xFFFF ? 3 : arg > 0xFF ? 2 : 1;
}

static OuObject *list_to_tuple(OuObject *l) { return ou_list_as_tuple(l); }

static OuObject *assemble(Compiler *c)
{
    Unit *u = c->u;
    int n = u->ninstrs;
    int *depth = NULL, *stack = NULL, *keep = NULL, *offset = NULL, *label_instr = NULL;
    uint16_t *code = NULL;
    OuCodePos *pos = NULL;
    OuExcEntry *exc = NULL;
    uint8_t *kinds = NULL;
    OuObject *result = NULL, *consts = NULL, *names = NULL, *lpnames = NULL, *lplist = NULL;
    int maxdepth = 0, sp = 0;

    // A label past the last instruction gets a NOP to land on.
    for (int l = 0; l < u->nlabels; l++)
        if (u->labels[l] >= n) {
            if (emit(c, OP_NOP, 0) < 0)
                return NULL;
            n = u->ninstrs;
            break;
        }
    depth = ou_mem_alloc_or_raise((size_t)(n + 1) * sizeof(int));
    stack = ou_mem_alloc_or_raise((size_t)(n + u->nhandlers + 1) * sizeof(int));
    offset = ou_mem_alloc_or_raise((size_t)(n + 1) * sizeof(int));
    if (!depth || !stack || !offset)
        goto done;
    for (int i = 0; i <= n; i++)
        depth[i] = -1;

    // 1. Stack depths, following the control flow.
#define PUSH_WORK(i, d) do { \
        int i_ = (i), d_ = (d); \
        if (i_ < n && depth[i_] < 0) { depth[i_] = d_; stack[sp++] = i_; } \
        else if (i_ < n && depth[i_] != d_) { \
            ou_err_format(&ou_exc_SystemError, "compiler: inconsistent stack depth at %d", i_); \
            goto done; } \
    } while (0)
    if (n > 0)
        PUSH_WORK(0, 0);
    while (sp > 0) {
        int i = stack[--sp];
        int d = depth[i];
        for (; i < n; i++) {
            depth[i] = d;
            Instr *in = &u->instrs[i];
            if (d > maxdepth)
                maxdepth = d;
            if (in->op == OP_SETUP) {
                Handler *h = &u->handlers[in->arg];
                h->depth = d - h->adjust;
                PUSH_WORK(u->labels[h->label], h->depth + h->lasti + 1);
                if (h->depth + h->lasti + 1 > maxdepth)
                    maxdepth = h->depth + h->lasti + 1;
                continue;
            }
            if (is_jump(in->op)) {
                int jd = d + jump_effect(in->op, in->arg);
                PUSH_WORK(u->labels[in->target], jd);
                if (jd > maxdepth)
                    maxdepth = jd;
            }
            if (is_unconditional(in->op))
                break;
            d += ou_opcode_stack_effect(in->op, in->arg);
            if (d > maxdepth)
                maxdepth = d;
            if (d < 0) {
                ou_err_format(&ou_exc_SystemError, "compiler: negative stack depth at %d", i);
                goto done;
            }
            if (i + 1 < n && depth[i + 1] >= 0) {
                if (depth[i + 1] != d) {
                    ou_err_format(&ou_exc_SystemError, "compiler: inconsistent stack depth at %d", i + 1);
                    goto done;
                }
                break;
            }
        }
    }
#undef PUSH_WORK

    // 2. Keep reachable real instructions; a label maps to the next kept one.
    keep = ou_mem_alloc_or_raise((size_t)(n + 1) * sizeof(int));
    label_instr = ou_mem_alloc_or_raise((size_t)(u->nlabels + 1) * sizeof(int));
    if (!keep || !label_instr)
        goto done;
    int nkeep = 0;
    for (int i = 0; i < n; i++)
        if (depth[i] >= 0 && u->instrs[i].op != OP_SETUP)
            keep[nkeep++] = i;
    // next_kept[i]: the kept index at or after instruction i.
    int *next_kept = stack;
    {
        int j = 0;
        for (int i = 0; i <= n; i++) {
            while (j < nkeep && keep[j] < i)
                j++;
            next_kept[i] = j;
        }
    }
    for (int l = 0; l < u->nlabels; l++)
        label_instr[l] = u->labels[l] < 0 ? nkeep : next_kept[u->labels[l]];

    // 3. Offsets: grow EXTENDED_ARG prefixes until nothing moves.
    int ncells_total = (int)ou_list_size(u->cells);
    int nlocals = (int)ou_list_size(u->varnames);
    // Map cell/free numbering to localsplus.
    int nfrees = (int)ou_list_size(u->frees);
    int *deref_map = ou_mem_alloc_or_raise((size_t)(ncells_total + nfrees + 1) * sizeof(int));
    if (deref_map == NULL)
        goto done;
    int extra_cells = 0;
    for (int i = 0; i < ncells_total; i++) {
        const char *name = ou_str_utf8(ou_list_items(u->cells)[i]);
        int arg = str_list_find(u->varnames, name);
        deref_map[i] = arg >= 0 ? arg : nlocals + extra_cells++;
    }
    for (int i = 0; i < nfrees; i++)
        deref_map[ncells_total + i] = nlocals + extra_cells + i;
    for (int k = 0; k < nkeep; k++) {
        Instr *in = &u->instrs[keep[k]];
        if (in->op < OP__COUNT && op_info[in->op].operand == OU_OPERAND_FREE)
            in->arg = deref_map[in->arg];
    }
    ou_mem_free(deref_map);
    for (int k = 0; k <= nkeep; k++)
        offset[k] = 0;
    for (;;) {
        int changed = 0, off = 0;
        for (int k = 0; k < nkeep; k++) {
            Instr *in = &u->instrs[keep[k]];
            if (offset[k] != off)
                changed = 1;
            offset[k] = off;
            int arg = in->target >= 0 ? offset[label_instr[in->target]] : in->arg;
            off += arg_words(arg);
        }
        if (offset[nkeep] != off)
            changed = 1;
        offset[nkeep] = off;
        if (!changed)
            break;
    }
    int ncode = offset[nkeep];

    // 4. Code words, positions, exception table.
    code = ou_mem_alloc_or_raise((size_t)(ncode + 1) * sizeof(uint16_t));
    pos = ou_mem_alloc_or_raise((size_t)(ncode + 1) * sizeof(OuCodePos));
    exc = ou_mem_alloc_or_raise((size_t)(nkeep + 1) * sizeof(OuExcEntry));
    if (!code || !pos || !exc)
        goto done;
    int nexc = 0, cur = -1;
    for (int k = 0; k < nkeep; k++) {
        Instr *in = &u->instrs[keep[k]];
        int arg = in->target >= 0 ? offset[label_instr[in->target]] : in->arg;
        int w = offset[k], words = arg_words(arg);
        for (int j = words - 1; j >= 1; j--) {
            code[w] = (uint16_t)(OP_EXTENDED_ARG | (((arg >> (8 * j)) & 0xFF) << 8));
            pos[w++] = in->pos;
        }
        int op = in->op;
        // Jumps are absolute; the name only tells the VM which way they go.
        if (op == OP_JUMP_FORWARD || op == OP_JUMP_BACKWARD)
            op = arg <= offset[k] ? OP_JUMP_BACKWARD : OP_JUMP_FORWARD;
        code[w] = (uint16_t)(op | ((arg & 0xFF) << 8));
        pos[w] = in->pos;
        int h = in->handler;
        if (h != cur || h < 0) {
            if (h >= 0) {
                Handler *hd = &u->handlers[h];
                exc[nexc++] = (OuExcEntry){offset[k], offset[k + 1], offset[label_instr[hd->label]],
                                           hd->depth, hd->lasti};
            }
            cur = h;
        } else {
            exc[nexc - 1].end = offset[k + 1];
        }
    }

    // 5. The object.
    lplist = ou_list_new(0);
    if (lplist == NULL)
        goto done;
    int nlp = nlocals + extra_cells + nfrees;
    kinds = ou_mem_alloc_or_raise((size_t)(nlp + 1));
    if (kinds == NULL)
        goto done;
    for (int i = 0; i < nlocals; i++) {
        if (ou_list_append(lplist, ou_list_items(u->varnames)[i]) < 0)
            goto done;
        kinds[i] = OU_FAST_LOCAL;
    }
    for (int i = 0; i < ncells_total; i++) {
        OuObject *name = ou_list_items(u->cells)[i];
        int arg = str_list_find(u->varnames, ou_str_utf8(name));
        if (arg >= 0) {
            kinds[arg] |= OU_FAST_CELL;
            continue;
        }
        kinds[ou_list_size(lplist)] = OU_FAST_CELL;
        if (ou_list_append(lplist, name) < 0)
            goto done;
    }
    for (int i = 0; i < nfrees; i++) {
        kinds[ou_list_size(lplist)] = OU_FAST_FREE;
        if (ou_list_append(lplist, ou_list_items(u->frees)[i]) < 0)
            goto done;
    }
    consts = list_to_tuple(u->consts);
    names = list_to_tuple(u->names);
    lpnames = list_to_tuple(lplist);
    if (!consts || !names || !lpnames)
        goto done;
    OuCodeSpec spec = {
        .code = code, .ncode = ncode, .consts = consts, .names = names,
        .localsplusnames = lpnames, .localspluskinds = kinds,
        .argcount = u->argcount, .posonlyargcount = u->posonlyargcount,
        .kwonlyargcount = u->kwonlyargcount, .flags = u->flags,
        .stacksize = maxdepth, .firstlineno = u->firstlineno,
        .name = u->name, .qualname = u->qualname, .filename = c->filename,
        .positions = pos, .exctable = exc, .nexc = nexc,
    };
    result = ou_code_new(&spec);
done:
    ou_mem_free(depth);
    ou_mem_free(stack);
    ou_mem_free(keep);
    ou_mem_free(offset);
    ou_mem_free(label_instr);
    ou_mem_free(code);
    ou_mem_free(pos);
    ou_mem_free(exc);
    ou_mem_free(kinds);
    OU_XDECREF(consts);
    OU_XDECREF(names);
    OU_XDECREF(lpnames);
    OU_XDECREF(lplist);
    return result;
}

// ---- Entry points ----

static OuObject *compile_module(Compiler *c, const OuAstModule *mod)
{
    if (enter_unit(c, U_MODULE, c->st.top, "<module>", 1, NULL) < 0) {
        if (c->u)
            leave_unit(c);
        return NULL;
    }
    OuObject *code = NULL;
    if (mod->mode == OU_PARSE_EVAL) {
        c->u->loc = mod->expr->pos;
        if (compile_expr(c, mod->expr) < 0)
            goto done;
        set_loc(c, mod->expr->pos);
        if (emit(c, OP_RETURN_VALUE, 0) < 0)
            goto done;
    } else {
        OuStmtSeq body = mod->body;
        const OuExpr *doc = mod->mode == OU_PARSE_FILE ? docstring_of(&body) : NULL;
        if (doc) {
            c->u->loc = body.items[0]->pos;
            if (emit_const(c, make_str(doc->v.constant.text, doc->v.constant.len)) < 0
                || compile_name(c, "__doc__", AST_STORE) < 0)
                goto done;
            body.items++;
            body.n--;
        }
        if (compile_stmts(c, &body) < 0)
            goto done;
        set_loc(c, last_pos(&mod->body, (OuAstPos){1, 0, 1, 0}));
        if (return_none(c) < 0)
            goto done;
    }
    code = assemble(c);
done:
    leave_unit(c);
    return code;
}

OuObject *ou_compile_ast(const OuAstModule *mod, const char *src, size_t len, const char *filename)
{
    Compiler c;
    memset(&c, 0, sizeof c);
    c.src = src;
    c.len = len;
    c.interactive = mod->mode == OU_PARSE_SINGLE;
    c.filename = ou_str_from_cstr(filename);
    if (c.filename == NULL)
        return NULL;
    OuObject *code = NULL;
    if (ou_symtable_build(&c.st, mod) < 0) {
        if (c.st.msg[0])
            raise_syntax_error(&ou_exc_SyntaxError, c.filename, src, len, c.st.msg, c.st.pos.line,
                               c.st.pos.col, c.st.pos.end_line, c.st.pos.end_col);
        else
            ou_err_no_memory();
    } else {
        code = compile_module(&c, mod);
    }
    ou_symtable_free(&c.st);
    OU_DECREF(c.filename);
    return code;
}

OuObject *ou_compile_ex(const char *src, size_t len, const char *filename, int mode, int *incomplete)
{
    OuAstArena *arena = ou_ast_arena_new();
    if (arena == NULL)
        return ou_err_no_memory();
    OuSyntaxErrorInfo err;
    memset(&err, 0, sizeof err);
    int inc = 0;
    OuAstModule *mod = ou_parse(src, len, (OuParseMode)mode, arena, &err, &inc);
    if (incomplete)
        *incomplete = mod == NULL && inc;
    OuObject *code = NULL;
    if (mod == NULL) {
        OuObject *fn = ou_str_from_cstr(filename);
        if (fn != NULL) {
            OuType *type = err.kind == OU_SYNERR_INDENTATION ? &ou_exc_IndentationError
                           : err.kind == OU_SYNERR_TAB ? &ou_exc_TabError : &ou_exc_SyntaxError;
            raise_syntax_error(type, fn, src, len, err.msg, err.line, err.col,
                               err.end_line ? err.end_line : err.line,
                               err.end_line ? err.end_col : err.col + 1);
            OU_DECREF(fn);
        }
    } else {
        code = ou_compile_ast(mod, src, len, filename);
    }
    ou_ast_arena_free(arena);
    return code;
}

OuObject *ou_compile(const char *src, size_t len, const char *filename, int mode)
{
    return ou_compile_ex(src, len, filename, mode, NULL);
}
