// runtime/cell.h: cells, the boxes that let an inner function share a
// variable with the function that defines it.
#ifndef OURO_RUNTIME_CELL_H
#define OURO_RUNTIME_CELL_H

#include "runtime/object.h"

typedef struct {
    OU_OBJECT_HEAD
    OuObject *ref;          // the variable's value; NULL when unbound
} OuCell;

extern OuType ou_cell_type;
OuObject *ou_cell_new(OuObject *value);         // New ref; value borrowed, may be NULL
static inline OuObject *ou_cell_get(OuObject *cell) { return ((OuCell *)cell)->ref; }  // Borrowed
static inline void ou_cell_set(OuObject *cell, OuObject *value)  // Steals value (may be NULL)
{
    OU_SETREF(((OuCell *)cell)->ref, value);
}

#endif
