// lexer/names.c: token kind -> name, for diagnostics and test output.
#include "lexer/lexer.h"

static const char *const names[] = {
#define OU_TOKEN(name, text) #name,
#include "lexer/tokens.h"
#undef OU_TOKEN
};

const char *ou_token_name(OuTokenKind kind)
{
    if (kind == OU_TOK_ERROR)
        return "ERRORTOKEN";
    if ((int)kind < 0 || kind >= OU_TOK__COUNT)
        return "?";
    return names[kind];
}
