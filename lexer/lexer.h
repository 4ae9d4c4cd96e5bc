// lexer/lexer.h: Python source bytes -> tokens. The lexer knows nothing of
// objects: a token is a kind and a span of the source. INDENT / DEDENT /
// NEWLINE come from an indentation stack; newlines inside brackets and after
// a backslash are joined away; comments and blank lines produce nothing.
//
// Positions follow CPython's AST: lines are 1-based, columns are 0-based
// byte offsets into the UTF-8 line. A lexer is re-entrant: no global state.
#ifndef OURO_LEXER_LEXER_H
#define OURO_LEXER_LEXER_H

#include <stddef.h>

typedef enum {
#define OU_TOKEN(name, text) OU_TOK_##name,
#include "lexer/tokens.h"
#undef OU_TOKEN
    OU_TOK__COUNT,
    OU_TOK_ERROR = -1,          // see ou_lexer_error()
} OuTokenKind;

typedef struct {
    OuTokenKind kind;
    const char *start;          // into the source buffer; not NUL-terminated
    size_t len;
    int line, col;              // first byte
    int end_line, end_col;      // one past the last byte
} OuToken;

// A syntax error found while reading source, in the terms CPython's
// SyntaxError uses. Filled by the lexer and the parser alike.
typedef enum { OU_SYNERR_SYNTAX, OU_SYNERR_INDENTATION, OU_SYNERR_TAB } OuSyntaxErrorKind;
typedef struct {
    OuSyntaxErrorKind kind;
    char msg[256];              // "unterminated string literal (detected at line 1)"
    int line, col;              // 1-based line, 0-based byte column of the caret
    int end_line, end_col;      // end of the highlighted range (col+1 for one caret)
} OuSyntaxErrorInfo;

typedef struct OuLexer OuLexer;

// The lexer copies `src` (it need not be NUL-terminated); token spans point
// into that copy and stay valid until ou_lexer_free. NULL on out of memory.
OuLexer *ou_lexer_new(const char *src, size_t len);
void ou_lexer_free(OuLexer *lx);
// Next token into *tok; returns its kind, OU_TOK_ERROR on a lexical error.
OuTokenKind ou_lexer_next(OuLexer *lx, OuToken *tok);
const OuSyntaxErrorInfo *ou_lexer_error(const OuLexer *lx);  // valid after OU_TOK_ERROR
// The source line `line` (1-based) without its newline; *len receives its length.
const char *ou_lexer_line(const OuLexer *lx, int line, size_t *len);
const char *ou_token_name(OuTokenKind kind);   // "NAME", "LPAR", …

// For the script runner, which reads files as CPython does: the first byte
// of `src` that is not valid UTF-8. Returns 0 if there is none; otherwise 1
// with *line (1-based) and *byte set, for CPython's "Non-UTF-8 code starting
// with '\xff' in file F on line N, but no encoding declared; see
// https://peps.python.org/pep-0263/ for details". (The lexer itself reports
// bad UTF-8 as compile() does, and accepts it inside comments.)
// Note: a NUL-byte error ("source code cannot contain null bytes") has
// col == end_col == -1: CPython prints that line without a caret.
int ou_lexer_find_bad_utf8(const char *src, size_t len, int *line, unsigned char *byte);

// Decode a STRING token's literal (prefix, quotes and escapes) into UTF-8.
// Returns a malloc'd buffer (caller frees) of *out_len bytes, NUL-terminated;
// *is_bytes / *is_fstring report the prefix. NULL + *err filled on a bad escape.
char *ou_string_literal_decode(const OuToken *tok, size_t *out_len, int *is_bytes,
                               int *is_fstring, OuSyntaxErrorInfo *err);

#endif
