// lexer/internal.h: helpers shared by the lexer's files (the scanner in
// lexer.re, string decoding in literal.c, the Unicode table in unicode.c).
// Nothing here is for other subsystems: they use lexer/lexer.h.
#ifndef OURO_LEXER_INTERNAL_H
#define OURO_LEXER_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include "lexer/lexer.h"

enum {
    OU_UCLASS_START = 1,        // may begin an identifier (XID_Start or '_')
    OU_UCLASS_CONTINUE = 2,     // may continue one (XID_Continue)
    OU_UCLASS_PRINTABLE = 4,    // str.isprintable()
};

// Class bits of code point `cp` (0 for anything past U+10FFFF). Never fails.
int ou_unicode_class(uint32_t cp);

// Decode one UTF-8 sequence at s (s < end) the way CPython's strict decoder
// does. Returns its length (1..4) with *cp set; on a malformed sequence
// returns -n, where n bytes form the bad range, and sets *reason to the
// codec's wording ("invalid start byte", "invalid continuation byte",
// "unexpected end of data").
int ou_utf8_decode(const unsigned char *s, const unsigned char *end, uint32_t *cp,
                   const char **reason);

// Check `n` bytes as UTF-8. 0 if valid; otherwise -1 with `msg` (of `size`
// bytes) holding CPython's "(unicode error) 'utf-8' codec can't decode ..."
// text, positions counted from `s`.
int ou_utf8_check(const char *s, size_t n, char *msg, size_t size);

// Append the UTF-8 encoding of `cp` (<= U+10FFFF) at `out`; returns the
// number of bytes written (1..4).
int ou_utf8_encode(uint32_t cp, char *out);

#endif
