// vm/signals.c: the SIGINT handler and the check that turns a pending
// Ctrl-C into KeyboardInterrupt (see vm/signals.h).
#include "vm/signals.h"

#include <string.h>
#include "runtime/error.h"
#include "runtime/exc.h"

volatile sig_atomic_t ou_signals_pending;

static void on_sigint(int sig)
{
    if (ou_signals_pending) {
        // The first Ctrl-C was never picked up (a long C call, or code that
        // does not poll): let the second one end the process as SIGINT would.
        signal(sig, SIG_DFL);
        raise(sig);
        return;
    }
    ou_signals_pending = 1;
}

void ou_signals_install(void)
{
    // An ignored SIGINT (a background job of a shell) stays ignored, as
    // CPython leaves it.
    struct sigaction old;
    if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_IGN)
        return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

void ou_signals_restore(void)
{
    signal(SIGINT, SIG_DFL);
}

int ou_signals_check(void)
{
    if (!ou_signals_pending)
        return 0;
    ou_signals_pending = 0;
    ou_err_set_object(&ou_exc_KeyboardInterrupt, NULL);
    return -1;
}
