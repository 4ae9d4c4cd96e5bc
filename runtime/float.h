// runtime/float.h: Python `float`, an IEEE double.
#ifndef OURO_RUNTIME_FLOAT_H
#define OURO_RUNTIME_FLOAT_H

#include "runtime/object.h"

typedef struct {
    OU_OBJECT_HEAD
    double value;
} OuFloat;

extern OuType ou_float_type;
static inline int ou_float_check(OuObject *o) { return ou_is_instance_of(o, &ou_float_type); }
static inline double ou_float_value(OuObject *o) { return ((OuFloat *)o)->value; }

OuObject *ou_float_from_double(double v);             // New ref
// Parse as float(text) does (whitespace, inf, nan, underscores). NULL + ValueError.
OuObject *ou_float_from_string(const char *text, size_t len);
OuObject *ou_float_from_literal(const char *text, size_t len);  // source literal
// The float value of an int or float (or __float__): -1.0 + error (check ou_err_occurred).
double ou_float_as_double(OuObject *o);
// CPython's repr of a double: shortest round-tripping digits ("0.1", "1e+16").
// Writes into buf (at least 32 bytes); returns the length.
int ou_float_repr_buf(double v, char *buf, size_t size);
ou_hash_t ou_float_hash_double(double v);             // CPython's hash of a double
void ou_float_fini(void);                             // release the free list
// divmod(a, b) with a float operand: a 2-tuple of floats. New ref;
// ou_NotImplemented for foreign operands; NULL + ZeroDivisionError.
OuObject *ou_float_divmod(OuObject *a, OuObject *b);
// pow(a, b, m) with a float operand; m may be NULL or None. New ref;
// NULL + TypeError when m is given.
OuObject *ou_float_power(OuObject *a, OuObject *b, OuObject *m);

#endif
