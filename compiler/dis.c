// compiler/dis.c: `ouro --dis`, a code object printed as `python3.11 -m dis`
// prints one: line numbers where a new line starts, `>>` on jump targets,
// byte offsets, the opcode name, its argument and the argument resolved in
// parentheses; then the exception table; then every nested code object.
// Everything about an opcode comes from the table in compiler/opcodes.h.
#include "compiler/compiler.h"

#include <stdio.h>
#include <string.h>
#include "gc/gc.h"
#include "runtime/code.h"
#include "runtime/error.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

static const char *const binop_symbols[] = {
#define OU_BINOP(name, symbol, dunder, rdunder, idunder) symbol,
#include "runtime/binops.h"
#undef OU_BINOP
};
static const char *const cmp_symbols[] = {"<", "<=", "==", "!=", ">", ">="};
static const char *const mkfn_flags[] = {"defaults", "kwdefaults", "annotations", "closure"};

// Print repr(o); -1 with an exception on failure.
static int print_repr(FILE *f, OuObject *o)
{
    OuObject *r = ou_object_repr(o);
    if (r == NULL)
        return -1;
    fputs(ou_str_utf8(r), f);
    OU_DECREF(r);
    return 0;
}

static int is_target(OuCode *co, int word)
{
    for (int i = 0; i < co->ncode; i++) {
        int op = co->code[i] & 0xFF;
        if (ou_opcode_operand(op) != OU_OPERAND_JUMP)
            continue;
        int arg = co->code[i] >> 8;
        for (int j = i - 1; j >= 0 && (co->code[j] & 0xFF) == OP_EXTENDED_ARG; j--)
            arg |= (co->code[j] >> 8) << (8 * (i - j));
        if (arg == word)
            return 1;
    }
    for (int i = 0; i < co->nexc; i++)
        if (co->exctable[i].target == word)
            return 1;
    return 0;
}

static int print_argrepr(FILE *f, OuCode *co, int op, int arg)
{
    switch (ou_opcode_operand(op)) {
    case OU_OPERAND_CONST:
        if (arg >= ou_tuple_size(co->consts))
            return 0;
        fputs(" (", f);
        if (print_repr(f, ou_tuple_get(co->consts, arg)) < 0)
            return -1;
        fputc(')', f);
        return 0;
    case OU_OPERAND_NAME:
        if (arg < ou_tuple_size(co->names))
            fprintf(f, " (%s)", ou_str_utf8(ou_tuple_get(co->names, arg)));
        return 0;
    case OU_OPERAND_GLOBAL:
        if ((arg >> 1) < ou_tuple_size(co->names))
            fprintf(f, " (%s%s)", arg & 1 ? "NULL + " : "",
                    ou_str_utf8(ou_tuple_get(co->names, arg >> 1)));
        return 0;
    case OU_OPERAND_LOCAL: case OU_OPERAND_FREE:
        if (arg < co->nlocalsplus)
            fprintf(f, " (%s)", ou_str_utf8(ou_tuple_get(co->localsplusnames, arg)));
        return 0;
    case OU_OPERAND_JUMP:
        fprintf(f, " (to %d)", arg * 2);
        return 0;
    case OU_OPERAND_CMP:
        if (arg >= 0 && arg < 6)
            fprintf(f, " (%s)", cmp_symbols[arg]);
        return 0;
    case OU_OPERAND_BINOP:
        if (arg >= 0 && arg < OU_NB__COUNT)
            fprintf(f, " (%s)", binop_symbols[arg]);
        return 0;
    case OU_OPERAND_FLAGS:
        if (op == OP_MAKE_FUNCTION && arg) {
            const char *sep = " (";
            for (int i = 0; i < 4; i++)
                if (arg & (1 << i)) {
                    fprintf(f, "%s%s", sep, mkfn_flags[i]);
                    sep = ", ";
                }
            fputc(')', f);
        } else if (op == OP_FORMAT_VALUE) {
            static const char *const conv[] = {"", "str", "repr", "ascii"};
            const char *c = conv[arg & OU_FVC_MASK];
            int spec = (arg & OU_FVS_HAVE_SPEC) != 0;
            if (*c || spec)
                fprintf(f, " (%s%s%s)", c, *c && spec ? ", " : "", spec ? "with format" : "");
        }
        return 0;
    default:
        return 0;
    }
}

static int dis_one(OuCode *co, FILE *f)
{
    int maxline = 0;
    for (int i = 0; i < co->ncode; i++)
        if (co->positions[i].line > maxline)
            maxline = co->positions[i].line;
    int lw = 3;
    if (maxline >= 1000)
        lw = snprintf(NULL, 0, "%d", maxline);
    int ow = 4;
    if ((co->ncode - 1) * 2 > 9999)
        ow = snprintf(NULL, 0, "%d", (co->ncode - 1) * 2);
    int prev_line = -1, ext = 0;
    for (int i = 0; i < co->ncode; i++) {
        int op = co->code[i] & 0xFF, arg = ext | (co->code[i] >> 8);
        ext = op == OP_EXTENDED_ARG ? arg << 8 : 0;
        int line = co->positions[i].line;
        int starts = line >= 0 && line != prev_line;
        if (starts) {
            if (i > 0)
                fputc('\n', f);
            fprintf(f, "%*d", lw, line);
            prev_line = line;
        } else {
            fprintf(f, "%*s", lw, "");
        }
        fprintf(f, "     %s %*d ", is_target(co, i) ? ">>" : "  ", ow, i * 2);
        const char *name = ou_opcode_name(op);
        if (name == NULL) {
            fprintf(f, "<%d>\n", op);
            continue;
        }
        if (ou_opcode_operand(op) == OU_OPERAND_NONE) {
            fprintf(f, "%s\n", name);
            continue;
        }
        fprintf(f, "%-20s %5d", name, arg);
        if (op != OP_EXTENDED_ARG && print_argrepr(f, co, op, arg) < 0)
            return -1;
        fputc('\n', f);
    }
    if (co->nexc) {
        fputs("ExceptionTable:\n", f);
        for (int i = 0; i < co->nexc; i++) {
            const OuExcEntry *e = &co->exctable[i];
            fprintf(f, "  %d to %d -> %d [%d]%s\n", e->start * 2, (e->end - 1) * 2, e->target * 2,
                    e->depth, e->lasti ? " lasti" : "");
        }
    }
    return 0;
}

static int dis_recursive(OuCode *co, FILE *f)
{
    if (dis_one(co, f) < 0)
        return -1;
    for (ou_ssize_t i = 0; i < ou_tuple_size(co->consts); i++) {
        OuObject *x = ou_tuple_get(co->consts, i);
        if (!ou_code_check(x))
            continue;
        fputs("\nDisassembly of ", f);
        if (print_repr(f, x) < 0)
            return -1;
        fputs(":\n", f);
        if (dis_recursive((OuCode *)x, f) < 0)
            return -1;
    }
    return 0;
}

int ou_dis(OuObject *code, void *out)
{
    if (!ou_code_check(code)) {
        ou_err_format(&ou_exc_TypeError, "don't know how to disassemble %s objects", ou_type_name(code));
        return -1;
    }
    return dis_recursive((OuCode *)code, out ? (FILE *)out : stdout);
}
