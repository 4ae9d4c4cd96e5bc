// stdlib/time.c: the `time` module: wall-clock, monotonic and CPU clocks,
// and sleep.
#include "stdlib/stdlib.h"

#include <errno.h>
#include <math.h>
#include <time.h>
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/module.h"

static int no_args(const char *fname, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw(fname, kwnames) < 0)
        return -1;
    if (nargs != 0) {
        ou_err_format(&ou_exc_TypeError, "time.%s() takes no arguments (%zd given)", fname, nargs);
        return -1;
    }
    return 0;
}

static int64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

#define CLOCK_FUNCS(pyname, id) \
    static OuObject *time_##pyname(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw) \
    { \
        if (no_args(#pyname, nargs, kw) < 0) \
            return NULL; \
        return ou_float_from_double((double)clock_ns(id) * 1e-9); \
    } \
    static OuObject *time_##pyname##_ns(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw) \
    { \
        if (no_args(#pyname "_ns", nargs, kw) < 0) \
            return NULL; \
        return ou_int_from_i64(clock_ns(id)); \
    }
CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)

static OuObject *time_sleep(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("sleep", kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return ou_err_format(&ou_exc_TypeError, "time.sleep() takes exactly one argument (%zd given)", nargs);
    if (!ou_int_check(args[0]) && !ou_float_check(args[0]))
        return ou_err_format(&ou_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                             ou_type_name(args[0]));
    double secs = ou_float_as_double(args[0]);
    if (secs == -1.0 && ou_err_occurred())
        return NULL;
    if (isnan(secs))
        return ou_err_format(&ou_exc_ValueError, "Invalid value NaN (not a number)");
    if (secs < 0)
        return ou_err_format(&ou_exc_ValueError, "sleep length must be non-negative");
    struct timespec ts = { (time_t)secs, (long)((secs - floor(secs)) * 1e9) };
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
        ;
    return ou_return_none();
}

static const OuMethodDef time_methods[] = {
    { "time", time_time, 0, "Return the current time in seconds since the Epoch." },
    { "time_ns", time_time_ns, 0, "Return the current time in nanoseconds since the Epoch." },
    { "perf_counter", time_perf_counter, 0, "Performance counter for benchmarking." },
    { "perf_counter_ns", time_perf_counter_ns, 0, "Performance counter for benchmarking as nanoseconds." },
    { "monotonic", time_monotonic, 0, "Monotonic clock, cannot go backward." },
    { "monotonic_ns", time_monotonic_ns, 0, "Monotonic clock, cannot go backward, as nanoseconds." },
    { "process_time", time_process_time, 0, "Process time for profiling: sum of the kernel and user-space CPU time." },
    { "process_time_ns", time_process_time_ns, 0, "Process time for profiling as nanoseconds." },
    { "sleep", time_sleep, 0, "Delay execution for a given number of seconds." },
    { NULL, NULL, 0, NULL },
};

OuObject *ou_time_init(void)
{
    OuObject *m = ou_module_new("time");
    if (m == NULL)
        return NULL;
    if (ou_module_add_functions(m, time_methods) < 0) {
        OU_DECREF(m);
        return NULL;
    }
    return m;
}
