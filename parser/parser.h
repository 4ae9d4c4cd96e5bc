// parser/parser.h: source -> AST. The lexer pushes tokens one at a time into
// a Lemon LALR(1) parser (parser/grammar.y); Lemon's names stay behind this
// header. Assignment targets are parsed as expressions and then checked, as
// CPython's old parser did. Re-entrant: the REPL and -c parse many times.
#ifndef OURO_PARSER_PARSER_H
#define OURO_PARSER_PARSER_H

#include <stddef.h>
#include "lexer/lexer.h"
#include "parser/ast.h"

// Parse `src` (UTF-8, `len` bytes). On success returns the module, whose
// nodes live in `arena`. On a syntax error returns NULL with *err filled as
// CPython would report it (message, line, caret column, highlighted range).
// `err->incomplete` is set when the error is only the end of input arriving
// too early (an open bracket, a block header with no body): the REPL then
// asks for another line.
OuAstModule *ou_parse(const char *src, size_t len, OuParseMode mode,
                      OuAstArena *arena, OuSyntaxErrorInfo *err, int *incomplete);

// Debugging aid for tests: the tree as CPython's ast.dump() would print it
// (without positions). Returns a malloc'd string the caller frees.
char *ou_ast_dump(const OuAstModule *mod);
// The same with every node's positions, as ast.dump(tree, include_attributes=True).
char *ou_ast_dump_ex(const OuAstModule *mod, int include_attributes);

#endif
