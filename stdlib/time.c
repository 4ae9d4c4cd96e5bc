// stdlib/time.c: the `time` module: wall-clock, monotonic and CPU clocks,
// sleep, and broken-down time (struct_time, localtime, gmtime, strftime).
#include "stdlib/stdlib.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "gc/gc.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

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
CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)

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

// ---- struct_time ----
//
// CPython's struct_time is a tuple of nine fields with named attributes and
// two extra attributes (tm_zone, tm_gmtoff) outside the tuple. Here it keeps
// the eleven values and answers the sequence protocol through the tuple of
// the first nine, so indexing, slicing, iteration, comparison and hashing
// behave as the tuple's.

enum { TM_VISIBLE = 9, TM_FIELDS = 11 };
static const char *const tm_names[TM_FIELDS] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
    "tm_zone", "tm_gmtoff",
};

typedef struct {
    OU_OBJECT_HEAD
    OuObject *v[TM_FIELDS];     // owned; never NULL once built
} OuStructTime;

extern OuType ou_struct_time_type;

static void struct_time_dealloc(OuObject *self)
{
    for (int i = 0; i < TM_FIELDS; i++)
        OU_XDECREF(((OuStructTime *)self)->v[i]);
    ou_object_free(self);
}

static OuObject *struct_time_tuple(OuObject *self)  // New ref: the nine visible fields
{
    return ou_tuple_from_array(((OuStructTime *)self)->v, TM_VISIBLE);
}

static OuObject *struct_time_repr(OuObject *self)
{
    OuStrBuilder sb;
    ou_sb_init(&sb);
    if (ou_sb_append_cstr(&sb, "time.struct_time(") < 0)
        goto error;
    for (int i = 0; i < TM_VISIBLE; i++) {
        if ((i && ou_sb_append_cstr(&sb, ", ") < 0) || ou_sb_append_cstr(&sb, tm_names[i]) < 0
            || ou_sb_append_char(&sb, '=') < 0 || ou_sb_append_repr(&sb, ((OuStructTime *)self)->v[i]) < 0)
            goto error;
    }
    if (ou_sb_append_char(&sb, ')') < 0)
        goto error;
    return ou_sb_finish(&sb);
error:
    ou_sb_discard(&sb);
    return NULL;
}

static OuObject *struct_time_getitem(OuObject *self, OuObject *key)
{
    OuObject *t = struct_time_tuple(self);
    if (t == NULL)
        return NULL;
    OuObject *r = ou_object_getitem(t, key);
    OU_DECREF(t);
    return r;
}

static ou_ssize_t struct_time_len(OuObject *self)
{
    return TM_VISIBLE;
}

static OuObject *struct_time_iter(OuObject *self)
{
    OuObject *t = struct_time_tuple(self);
    if (t == NULL)
        return NULL;
    OuObject *r = ou_object_iter(t);
    OU_DECREF(t);
    return r;
}

static OuObject *struct_time_richcompare(OuObject *a, OuObject *b, int op)
{
    if (!ou_is_instance_of(b, &ou_tuple_type) && OU_TYPE(b) != &ou_struct_time_type)
        return ou_newref(ou_NotImplemented);
    OuObject *ta = struct_time_tuple(a);
    OuObject *tb = OU_TYPE(b) == &ou_struct_time_type ? struct_time_tuple(b) : ou_newref(b);
    OuObject *r = (ta && tb) ? ou_object_richcompare(ta, tb, op) : NULL;
    OU_XDECREF(ta);
    OU_XDECREF(tb);
    return r;
}

static ou_hash_t struct_time_hash(OuObject *self)
{
    OuObject *t = struct_time_tuple(self);
    if (t == NULL)
        return -1;
    ou_hash_t h = ou_object_hash(t);
    OU_DECREF(t);
    return h;
}

#define TM_GETTER(i) \
    static OuObject *tm_get_##i(OuObject *self) { return ou_newref(((OuStructTime *)self)->v[i]); }
TM_GETTER(0) TM_GETTER(1) TM_GETTER(2) TM_GETTER(3) TM_GETTER(4) TM_GETTER(5)
TM_GETTER(6) TM_GETTER(7) TM_GETTER(8) TM_GETTER(9) TM_GETTER(10)

static const OuGetSetDef struct_time_getsets[] = {
    { "tm_year", tm_get_0, NULL, "year, for example, 1993" },
    { "tm_mon", tm_get_1, NULL, "month of year, range [1, 12]" },
    { "tm_mday", tm_get_2, NULL, "day of month, range [1, 31]" },
    { "tm_hour", tm_get_3, NULL, "hours, range [0, 23]" },
    { "tm_min", tm_get_4, NULL, "minutes, range [0, 59]" },
    { "tm_sec", tm_get_5, NULL, "seconds, range [0, 61])" },
    { "tm_wday", tm_get_6, NULL, "day of week, range [0, 6], Monday is 0" },
    { "tm_yday", tm_get_7, NULL, "day of year, range [1, 366]" },
    { "tm_isdst", tm_get_8, NULL, "1 if summer time is in effect, 0 if not, and -1 if unknown" },
    { "tm_zone", tm_get_9, NULL, "abbreviation of timezone name" },
    { "tm_gmtoff", tm_get_10, NULL, "offset from UTC in seconds" },
    { NULL, NULL, NULL, NULL },
};

static OuObject *struct_time_new(OuType *type, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("struct_time", kwnames) < 0)
        return NULL;
    if (nargs != 1)
        return ou_err_format(&ou_exc_TypeError, "struct_time() takes at most 2 arguments (%zd given)", nargs);
    OuObject *t = ou_sequence_tuple(args[0]);
    if (t == NULL)
        return NULL;
    ou_ssize_t n = ou_tuple_size(t);
    if (n < TM_VISIBLE || n > TM_FIELDS) {
        OU_DECREF(t);
        if (n < TM_VISIBLE)
            return ou_err_format(&ou_exc_TypeError,
                                 "time.struct_time() takes an at least 9-sequence (%zd-sequence given)", n);
        return ou_err_format(&ou_exc_TypeError,
                             "time.struct_time() takes an at most 11-sequence (%zd-sequence given)", n);
    }
    OuStructTime *st = (OuStructTime *)ou_object_new(type);
    if (st == NULL) {
        OU_DECREF(t);
        return NULL;
    }
    for (int i = 0; i < TM_FIELDS; i++)
        st->v[i] = ou_newref(i < n ? ou_tuple_items(t)[i] : ou_None);
    OU_DECREF(t);
    return (OuObject *)st;
}

OuType ou_struct_time_type = {
    OU_STATIC_HEAD(&ou_type_type),
    .name = "time.struct_time",
    .basicsize = sizeof(OuStructTime),
    .doc = "The time value as returned by gmtime(), localtime(), and strptime()",
    .dealloc = struct_time_dealloc,
    .repr = struct_time_repr,
    .hash = struct_time_hash,
    .richcompare = struct_time_richcompare,
    .new = struct_time_new,
    .iter = struct_time_iter,
    .len = struct_time_len,
    .getitem = struct_time_getitem,
    .getsets = struct_time_getsets,
};

// New ref: a struct_time for a C `struct tm`.
static OuObject *struct_time_from_tm(const struct tm *tm)
{
    OuStructTime *st = (OuStructTime *)ou_object_new(&ou_struct_time_type);
    if (st == NULL)
        return NULL;
    const int64_t vals[TM_VISIBLE] = {
        (int64_t)tm->tm_year + 1900, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
        (tm->tm_wday + 6) % 7, tm->tm_yday + 1, tm->tm_isdst,
    };
    for (int i = 0; i < TM_VISIBLE; i++)
        st->v[i] = ou_int_from_i64(vals[i]);
    st->v[9] = tm->tm_zone ? ou_str_from_cstr(tm->tm_zone) : ou_newref(ou_None);
    st->v[10] = ou_int_from_i64(tm->tm_gmtoff);
    for (int i = 0; i < TM_FIELDS; i++) {
        if (st->v[i] == NULL) {
            OU_DECREF(st);
            return NULL;
        }
    }
    return (OuObject *)st;
}

// Fill *tm from a struct_time or a 9-tuple, checking ranges as CPython does
// (0 stands for 1 in the month, day and day-of-year fields). 0 / -1.
static int tm_from_object(const char *fname, OuObject *o, struct tm *tm)
{
    OuObject *t;
    if (OU_TYPE(o) == &ou_struct_time_type) {
        t = struct_time_tuple(o);
    } else if (ou_is_instance_of(o, &ou_tuple_type)) {
        t = ou_newref(o);
    } else {
        ou_err_set_string(&ou_exc_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    if (t == NULL)
        return -1;
    if (ou_tuple_size(t) != TM_VISIBLE) {
        ou_err_format(&ou_exc_TypeError, "%s(): illegal time tuple argument", fname);
        OU_DECREF(t);
        return -1;
    }
    int64_t v[TM_VISIBLE];
    for (int i = 0; i < TM_VISIBLE; i++) {
        OuObject *x = ou_tuple_items(t)[i];
        if (!ou_int_check(x)) {
            ou_err_format(&ou_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          ou_type_name(x));
            OU_DECREF(t);
            return -1;
        }
        if (ou_int_as_i64(x, &v[i]) < 0 || v[i] < INT32_MIN || v[i] > INT32_MAX) {
            ou_err_clear();
            ou_err_set_string(&ou_exc_OverflowError, "Python int too large to convert to C int");
            OU_DECREF(t);
            return -1;
        }
    }
    OU_DECREF(t);
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(v[0] - 1900);
    tm->tm_mon = (int)v[1] - 1;
    tm->tm_mday = (int)v[2];
    tm->tm_hour = (int)v[3];
    tm->tm_min = (int)v[4];
    tm->tm_sec = (int)v[5];
    tm->tm_wday = (int)((v[6] + 1) % 7);
    tm->tm_yday = (int)v[7] - 1;
    tm->tm_isdst = (int)v[8];
    return 0;
}

// The checks strftime and asctime make on a time tuple. 0 / -1.
static int check_tm(struct tm *tm)
{
    const char *bad = NULL;
    if (tm->tm_mon == -1)
        tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11)
        bad = "month out of range";
    if (tm->tm_mday == 0)
        tm->tm_mday = 1;
    else if (tm->tm_mday < 0 || tm->tm_mday > 31)
        bad = bad ? bad : "day of month out of range";
    if (!bad && (tm->tm_hour < 0 || tm->tm_hour > 23))
        bad = "hour out of range";
    if (!bad && (tm->tm_min < 0 || tm->tm_min > 59))
        bad = "minute out of range";
    if (!bad && (tm->tm_sec < 0 || tm->tm_sec > 61))
        bad = "seconds out of range";
    if (!bad && tm->tm_wday < 0)
        bad = "day of week out of range";
    if (tm->tm_yday == -1)
        tm->tm_yday = 0;
    else if (!bad && (tm->tm_yday < 0 || tm->tm_yday > 365))
        bad = "day of year out of range";
    if (bad) {
        ou_err_set_string(&ou_exc_ValueError, bad);
        return -1;
    }
    if (tm->tm_isdst < -1)
        tm->tm_isdst = -1;
    else if (tm->tm_isdst > 1)
        tm->tm_isdst = 1;
    return 0;
}

// The seconds argument of localtime/gmtime/ctime: None or missing means
// now; floats are floored. 0 / -1.
static int seconds_arg(OuObject *o, time_t *out)
{
    if (o == NULL || o == ou_None) {
        *out = time(NULL);
        return 0;
    }
    if (ou_float_check(o)) {
        double d = ou_float_value(o);
        if (isnan(d)) {
            ou_err_set_string(&ou_exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d = floor(d);
        if (!(d >= -9.2e18 && d <= 9.2e18)) {
            ou_err_set_string(&ou_exc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *out = (time_t)d;
        return 0;
    }
    if (!ou_int_check(o)) {
        ou_err_format(&ou_exc_TypeError, "'%s' object cannot be interpreted as an integer", ou_type_name(o));
        return -1;
    }
    int64_t v;
    if (ou_int_as_i64(o, &v) < 0) {
        ou_err_clear();
        ou_err_set_string(&ou_exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)v;
    return 0;
}

static OuObject *broken_down(const char *fname, OuObject *const *args, ou_ssize_t nargs, OuObject *kw,
                             int local)
{
    if (ou_args_no_kw(fname, kw) < 0 || ou_args_count(fname, nargs, 0, 1) < 0)
        return NULL;
    time_t t;
    if (seconds_arg(nargs ? args[0] : NULL, &t) < 0)
        return NULL;
    struct tm tm;
    if ((local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm)) == NULL)
        return ou_err_set_string(&ou_exc_OverflowError, "timestamp out of range for platform time_t");
    return struct_time_from_tm(&tm);
}

static OuObject *time_localtime(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    return broken_down("localtime", args, nargs, kw, 1);
}

static OuObject *time_gmtime(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    return broken_down("gmtime", args, nargs, kw, 0);
}

// The time tuple argument of strftime/asctime/mktime: missing means localtime().
static int tm_arg(const char *fname, OuObject *o, struct tm *tm)
{
    if (o == NULL) {
        time_t t = time(NULL);
        localtime_r(&t, tm);
        return 0;
    }
    return tm_from_object(fname, o, tm);
}

static OuObject *time_strftime(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    if (ou_args_no_kw("strftime", kw) < 0 || ou_args_count("strftime", nargs, 1, 2) < 0)
        return NULL;
    if (!ou_str_check(args[0]))
        return ou_err_format(&ou_exc_TypeError, "strftime() argument 1 must be str, not %s",
                             ou_type_name(args[0]));
    struct tm tm;
    if (tm_arg("strftime", nargs > 1 ? args[1] : NULL, &tm) < 0 || (nargs > 1 && check_tm(&tm) < 0))
        return NULL;
    const char *fmt = ou_str_utf8(args[0]);
    size_t flen = (size_t)ou_str_size(args[0]);
    if (flen == 0)
        return ou_str_from_cstr("");
    // strftime cannot tell "empty result" from "buffer too small": grow
    // until the result clearly fits.
    for (size_t cap = 1024;; cap *= 2) {
        char *buf = ou_mem_alloc_or_raise(cap);
        if (buf == NULL)
            return NULL;
        size_t n = strftime(buf, cap, fmt, &tm);
        if (n > 0 || cap > 256 * flen + 1024) {
            OuObject *r = ou_str_decode_utf8(buf, (ou_ssize_t)n);
            ou_mem_free(buf);
            return r;
        }
        ou_mem_free(buf);
    }
}

static OuObject *format_asctime(const struct tm *tm)
{
    static const char days[7][4] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static const char months[12][4] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    char buf[96];
    snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %ld", days[tm->tm_wday % 7], months[tm->tm_mon % 12],
             tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, 1900L + tm->tm_year);
    return ou_str_from_cstr(buf);
}

static OuObject *time_asctime(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    if (ou_args_no_kw("asctime", kw) < 0 || ou_args_count("asctime", nargs, 0, 1) < 0)
        return NULL;
    struct tm tm;
    if (tm_arg("asctime", nargs ? args[0] : NULL, &tm) < 0 || (nargs && check_tm(&tm) < 0))
        return NULL;
    return format_asctime(&tm);
}

static OuObject *time_ctime(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    if (ou_args_no_kw("ctime", kw) < 0 || ou_args_count("ctime", nargs, 0, 1) < 0)
        return NULL;
    time_t t;
    struct tm tm;
    if (seconds_arg(nargs ? args[0] : NULL, &t) < 0)
        return NULL;
    if (localtime_r(&t, &tm) == NULL)
        return ou_err_set_string(&ou_exc_OverflowError, "timestamp out of range for platform time_t");
    return format_asctime(&tm);
}

static OuObject *time_mktime(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kw)
{
    if (ou_args_no_kw("mktime", kw) < 0 || ou_args_count("mktime", nargs, 1, 1) < 0)
        return NULL;
    struct tm tm;
    if (tm_from_object("mktime", args[0], &tm) < 0)
        return NULL;
    // -1 is both a valid time and the error value: a sentinel in tm_wday,
    // which mktime always rewrites on success, tells them apart.
    tm.tm_wday = -1;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1)
        return ou_err_set_string(&ou_exc_OverflowError, "mktime argument out of range");
    return ou_float_from_double((double)t);
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
    { "thread_time", time_thread_time, 0, "Thread time for profiling: sum of the kernel and user-space CPU time." },
    { "thread_time_ns", time_thread_time_ns, 0, "Thread time for profiling as nanoseconds." },
    { "localtime", time_localtime, 0, "Convert seconds since the Epoch to a time tuple expressing local time." },
    { "gmtime", time_gmtime, 0, "Convert seconds since the Epoch to a time tuple expressing UTC." },
    { "strftime", time_strftime, 0, "Convert a time tuple to a string according to a format specification." },
    { "asctime", time_asctime, 0, "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'." },
    { "ctime", time_ctime, 0, "Convert a time in seconds since the Epoch to a string in local time." },
    { "mktime", time_mktime, 0, "Convert a time tuple in local time to seconds since the Epoch." },
    { NULL, NULL, 0, NULL },
};

OuObject *ou_time_init(void)
{
    OuObject *m = ou_module_new("time");
    if (m == NULL)
        return NULL;
    if (ou_module_add_functions(m, time_methods) < 0)
        goto error;
    if (!ou_type_has_flag(&ou_struct_time_type, OU_TPFLAGS_READY) && ou_type_ready(&ou_struct_time_type) < 0)
        goto error;
    if (ou_module_add_object(m, "struct_time", (OuObject *)&ou_struct_time_type) < 0)
        goto error;
    // The zone the process runs in, as time.timezone / altzone / daylight / tzname.
    tzset();
    OuObject *std = ou_str_from_cstr(tzname[0]), *dst = ou_str_from_cstr(tzname[1]);
    OuObject *names = (std && dst) ? ou_tuple_pack(2, std, dst) : NULL;
    OU_XDECREF(std);
    OU_XDECREF(dst);
    int r = names ? ou_module_add_object(m, "tzname", names) : -1;
    OU_XDECREF(names);
    if (r < 0 || ou_module_add_int(m, "timezone", (int64_t)timezone) < 0
        || ou_module_add_int(m, "altzone", (int64_t)timezone - (daylight ? 3600 : 0)) < 0
        || ou_module_add_int(m, "daylight", daylight) < 0)
        goto error;
    return m;
error:
    OU_DECREF(m);
    return NULL;
}
