// compiler/compiler.h: AST -> code objects, and the bytecode's opcode and
// operand-kind enums (from the one list, compiler/opcodes.h).
//
// Why an AST and two passes, not a single-pass compiler emitting bytecode as
// it parses: whether a name is local, global, a cell or a free variable
// depends on code that may come AFTER its use (`def f(): print(x); x = 1`
// makes `x` local throughout f, so the first line must raise
// UnboundLocalError; a nested function's use of `x` turns f's `x` into a
// cell). The symbol-table pass (symtable.c) walks each whole scope first;
// code generation (compile.c) then reads its verdicts. The AST also keeps
// every node's start and end column, which the 3.11 tracebacks underline.
//
// Start reading at ou_compile (compile.c): parse, build the symbol table,
// then compile_scope() per function, class, lambda and comprehension.
#ifndef OURO_COMPILER_COMPILER_H
#define OURO_COMPILER_COMPILER_H

#include <stddef.h>
#include "parser/ast.h"
#include "runtime/object.h"

typedef enum {
#define OU_OP(name, operand, pops, pushes) OP_##name,
#include "compiler/opcodes.h"
#undef OU_OP
    OP__COUNT
} OuOpcode;

// How an instruction's argument is read (the `operand` column of opcodes.h).
typedef enum {
    OU_OPERAND_NONE,        // ignored (0)
    OU_OPERAND_RAW,         // a plain number with an opcode-specific meaning
    OU_OPERAND_CONST,       // index into co_consts
    OU_OPERAND_LOCAL,       // index into localsplus (a plain local)
    OU_OPERAND_NAME,        // index into co_names
    OU_OPERAND_GLOBAL,      // (index into co_names) << 1 | push-NULL bit
    OU_OPERAND_FREE,        // index into localsplus (a cell or free variable)
    OU_OPERAND_JUMP,        // absolute target, in code words
    OU_OPERAND_COUNT,       // a number of items
    OU_OPERAND_CMP,         // OU_LT .. OU_GE
    OU_OPERAND_BINOP,       // OuBinOp
    OU_OPERAND_INVERT,      // 0 / 1 (`is not`, `not in`)
    OU_OPERAND_FLAGS,       // bit flags (MAKE_FUNCTION, FORMAT_VALUE, CALL_FUNCTION_EX)
} OuOperandKind;

// MAKE_FUNCTION flags.
enum {
    OU_MKFN_DEFAULTS = 0x01,
    OU_MKFN_KWDEFAULTS = 0x02,
    OU_MKFN_ANNOTATIONS = 0x04,
    OU_MKFN_CLOSURE = 0x08,
};
// FORMAT_VALUE flags.
enum {
    OU_FVC_MASK = 0x3, OU_FVC_NONE = 0x0, OU_FVC_STR = 0x1, OU_FVC_REPR = 0x2, OU_FVC_ASCII = 0x3,
    OU_FVS_HAVE_SPEC = 0x4,
};

// Name and operand kind of an opcode ("LOAD_CONST"); NULL / NONE when out of range.
const char *ou_opcode_name(int op);
OuOperandKind ou_opcode_operand(int op);
// Net stack effect of `op` with argument `arg` when execution falls through.
int ou_opcode_stack_effect(int op, int arg);

// Compile `src` (UTF-8, `len` bytes) as a module (OU_PARSE_FILE), one
// expression (OU_PARSE_EVAL: the code returns its value) or one interactive
// statement (OU_PARSE_SINGLE: expression statements are displayed with
// PRINT_EXPR). New ref to the code object, or NULL with an exception set: a
// SyntaxError (or IndentationError / TabError) whose args are CPython's
// (msg, (filename, lineno, offset, text, end_lineno, end_offset)), with
// 1-based columns counted in characters.
OuObject *ou_compile(const char *src, size_t len, const char *filename, int mode);

// As ou_compile, but also reports whether the error only means "the input
// ended too early" (*incomplete = 1), which the REPL answers by reading
// another line. `incomplete` may be NULL.
OuObject *ou_compile_ex(const char *src, size_t len, const char *filename, int mode,
                        int *incomplete);

// Compile an already parsed module. `src`/`len` are the source text (for the
// `text` of SyntaxErrors; may be NULL). New ref or NULL + SyntaxError.
OuObject *ou_compile_ast(const OuAstModule *mod, const char *src, size_t len,
                         const char *filename);

// Print a code object as `python3.11 -m dis` does, nested code objects after
// it, to `out` (a FILE *). 0 / -1 with an exception set.
int ou_dis(OuObject *code, void *out);

#endif
