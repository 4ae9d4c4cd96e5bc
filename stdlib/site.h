// stdlib/site.h: what CPython's `site` module adds to builtins at startup
// and `-S` leaves out: `exit` and `quit`.
#ifndef OURO_STDLIB_SITE_H
#define OURO_STDLIB_SITE_H

#include "runtime/object.h"

// Add `exit` and `quit` to the builtins dict `builtins` (borrowed). 0 / -1.
int ou_site_init(OuObject *builtins);

#endif
