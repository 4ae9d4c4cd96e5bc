// gc/trashcan.c: deallocation without deep C recursion. Freeing a container
// releases its items, which may free containers, and so on: a list nested a
// million deep would need a million nested dealloc calls. Container deallocs
// bracket their work with ou_trash_begin/ou_trash_end; past a fixed depth,
// ou_trash_begin parks the object on a list instead, and the outermost
// ou_trash_end frees the parked objects one by one, each starting again from
// depth zero. The link lives in the object's collector head (`prev`): a
// parked object is already untracked, so nothing else reads that word but
// for its two low flag bits (finalized …), which are kept.
#include "gc/gc.h"

#include "runtime/state.h"

#define TRASH_MAX_DEPTH 50
#define FLAG_BITS ((uintptr_t)3)

int ou_trash_begin(OuObject *o)
{
    if (ou_state.trash_depth < TRASH_MAX_DEPTH) {
        ou_state.trash_depth++;
        return 0;
    }
    OuGCHead *g = OU_AS_GC(o);
    g->prev = (uintptr_t)ou_state.trash_list | (g->prev & FLAG_BITS);
    ou_state.trash_list = o;
    return 1;
}

void ou_trash_end(void)
{
    if (--ou_state.trash_depth > 0 || ou_state.trash_emptying)
        return;
    ou_state.trash_emptying = 1;
    while (ou_state.trash_list != NULL) {
        OuObject *o = ou_state.trash_list;
        OuGCHead *g = OU_AS_GC(o);
        ou_state.trash_list = (OuObject *)(g->prev & ~FLAG_BITS);
        g->prev &= FLAG_BITS;
        OU_TYPE(o)->dealloc(o);
    }
    ou_state.trash_emptying = 0;
}
