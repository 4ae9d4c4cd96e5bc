// runtime/method.h: bound methods: a function with its `self`.
#ifndef OURO_RUNTIME_METHOD_H
#define OURO_RUNTIME_METHOD_H

#include "runtime/object.h"

typedef struct {
    OU_OBJECT_HEAD
    OuObject *func;         // __func__
    OuObject *self;         // __self__
} OuMethod;

extern OuType ou_method_type;
static inline int ou_method_check(OuObject *o) { return OU_TYPE(o) == &ou_method_type; }
OuObject *ou_method_new(OuObject *func, OuObject *self);   // New ref; both borrowed

#endif
