// vm/signals.h: Ctrl-C as a Python exception. The SIGINT handler only sets
// a flag; the VM polls it at loop back-edges and calls (one load and a
// well-predicted branch) and turns it into KeyboardInterrupt there, where
// raising is safe. Blocking readers (the REPL) poll it after EINTR.
#ifndef OURO_VM_SIGNALS_H
#define OURO_VM_SIGNALS_H

#include <signal.h>

// Set by the handler, cleared by ou_signals_check. Not in `ou_state`: a
// signal handler may only store to a `volatile sig_atomic_t` object.
extern volatile sig_atomic_t ou_signals_pending;

// Install the SIGINT handler unless SIGINT is ignored (with SA_RESTART, so plain reads and writes are
// not cut short). A second Ctrl-C arriving while the first is still unread
// ends the process by SIGINT: the escape hatch when nothing polls.
void ou_signals_install(void);
// Put SIGINT back to its default action.
void ou_signals_restore(void);

// 0 when no Ctrl-C is pending; otherwise clears it and returns -1 with
// KeyboardInterrupt set.
int ou_signals_check(void);

// The poll the VM inlines: 0, or -1 with KeyboardInterrupt set.
static inline int ou_signals_poll(void)
{
    return __builtin_expect(ou_signals_pending != 0, 0) ? ou_signals_check() : 0;
}

#endif
