// gc/trashcan.c: deallocation without deep C recursion. Freeing a container
// releases its items, which may free containers, and so on: a list nested a
// million deep would need a million nested dealloc calls. Container deallocs
// bracket their work with ou_trash_begin/ou_trash_end; past a fixed depth,
// ou_trash_begin parks the object on a list instead, and the outermost
// ou_trash_end frees the parked objects one by one, each starting again from
// depth zero. The link lives in the object's collector head (`prev`): a
// parked object is already untracked, so nothing else reads that word.
#include "gc/gc.h"

#include "runtime/state.h"

#define TRASH_MAX_DEPTH 50

int ou_trash_begin(OuObject *o)
{
    if (ou_state.trash_depth < TRASH_MAX_DEPTH) {
        ou_state.trash_depth++;
        return 0;
    }
    OU_AS_GC(o)->prev = (uintptr_t)ou_state.trash_list;
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
        ou_state.trash_list = (OuObject *)OU_AS_GC(o)->prev;
        OU_AS_GC(o)->prev = 0;
        OU_TYPE(o)->dealloc(o);
    }
    ou_state.trash_emptying = 0;
}
