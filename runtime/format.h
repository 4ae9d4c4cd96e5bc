// runtime/format.h: the format-spec mini-language (`format(x, spec)`,
// `__format__`, f-string specs, the fields of str.format) and printf-style
// `%` formatting of str.
//
// runtime/format.c parses a spec into an OuFormatSpec and renders ints,
// floats and strs with it; runtime/strformat_py.c parses the templates of
// str.format / format_map and of `fmt % args`. Every result, message and
// rounding follows python3.11.
#ifndef OURO_RUNTIME_FORMAT_H
#define OURO_RUNTIME_FORMAT_H

#include "runtime/object.h"

// [[fill]align][sign][z][#][0][width][grouping][.precision][type]
typedef struct {
    uint32_t fill;          // a code point; ' ' unless given
    char align;             // '<' '>' '^' '=' or 0 (the type's default)
    char sign;              // '+' '-' ' ' or 0
    bool no_neg_zero;       // 'z'
    bool alternate;         // '#'
    char thousands;         // ',' '_' or 0
    ou_ssize_t width;       // -1 when absent
    ou_ssize_t precision;   // -1 when absent
    uint32_t type;          // a code point, 0 when absent
} OuFormatSpec;

// Parse `spec` (a str) for an object of type `owner` (named in messages).
// `default_type` is what an absent type means ('s' for str, 'd' for int, 0
// for float); `default_align` is '>' for numbers and '<' for strings.
// 0 / -1 + ValueError.
int ou_format_parse_spec(OuObject *spec, OuObject *owner, char default_type, char default_align,
                         OuFormatSpec *out);

// format(v, spec) for the built-in types; `spec` is a str. New ref, or
// NULL + ValueError / TypeError / OverflowError.
OuObject *ou_format_int(OuObject *v, OuObject *spec);       // int and bool
OuObject *ou_format_float(OuObject *v, OuObject *spec);
OuObject *ou_format_str(OuObject *v, OuObject *spec);
// object.__format__: str(v) for an empty spec, else TypeError.
OuObject *ou_format_object(OuObject *v, OuObject *spec);
// The builtin format(value, spec): type(value).__format__(value, spec),
// checking that spec and the result are str. New ref or NULL.
OuObject *ou_format_value(OuObject *v, OuObject *spec);
// ascii(o): repr(o) with non-ASCII characters escaped. New ref or NULL.
OuObject *ou_format_ascii(OuObject *o);

// A double as PyOS_double_to_string renders it: `type` one of e E f F g G r
// (r = repr), `precision` ignored for r, flags below. No sign for a
// positive value; inf and nan as "inf" / "nan" (upper case for E F G).
// New ref (a str) or NULL + MemoryError.
enum {
    OU_DTOS_ALT = 1,            // '#': keep the point and trailing zeros
    OU_DTOS_ADD_DOT_0 = 2,      // no type: integral values get ".0", exponent a digit sooner
    OU_DTOS_NO_NEG_0 = 4,       // 'z': a value that rounds to zero loses its '-'
};
OuObject *ou_format_double(double x, char type, int precision, int flags);

// `__format__` methods with the OuCFunc signature, for the method tables of
// int (inherited by bool), float, str and object.
OuObject *ou_format_int_method(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                               OuObject *kwnames);
OuObject *ou_format_float_method(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                                 OuObject *kwnames);
OuObject *ou_format_str_method(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                               OuObject *kwnames);
OuObject *ou_format_object_method(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                                  OuObject *kwnames);

// ---- runtime/strformat_py.c ----

// str.format(*args, **kwargs) and str.format_map(mapping), as OuCFuncs.
OuObject *ou_str_format_method(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                               OuObject *kwnames);
OuObject *ou_str_format_map_method(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                                   OuObject *kwnames);
// `fmt % args`, the nb[OU_NB_REMAINDER] slot of str: New ref;
// ou_NotImplemented (new ref) when fmt is not a str; NULL + error.
OuObject *ou_str_percent(OuObject *fmt, OuObject *args);

// ---- stdlib/format_builtin.c ----

// The builtins format(value, format_spec='') and ascii(obj), as OuCFuncs.
OuObject *ou_builtin_format(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                            OuObject *kwnames);
OuObject *ou_builtin_ascii(OuObject *self, OuObject *const *args, ou_ssize_t nargs,
                           OuObject *kwnames);

#endif
