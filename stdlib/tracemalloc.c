// stdlib/tracemalloc.c: the `tracemalloc` module. The recording is done by
// the allocator itself (gc/mem.c, gc/trace.h); this file exposes it.
//
// Two layers, as in CPython: primitives written in C (start, stop,
// get_traced_memory, `_get_traces`, ...) and the classes that present a
// snapshot (Snapshot, Statistic, Traceback, Frame), which are plain Python
// compiled from the source text below into the module's namespace when the
// module is first imported. Writing those classes in C would be several
// times longer and no faster where it matters: the cost of a snapshot is in
// walking the traces, which `_get_traces` does in C.
//
// Not provided: Filter/DomainFilter, Snapshot.dump/load (no pickle),
// source lines in Traceback.format (no linecache).
#include "stdlib/stdlib.h"

#include <string.h>

#include "compiler/compiler.h"
#include "gc/gc.h"
#include "gc/trace.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "vm/vm.h"

// ---- Primitives ----

static OuObject *tm_start(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    static const char *const names[] = { "nframe", NULL };
    OuObject *a[1];
    if (ou_args_parse("start", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    ou_ssize_t n = 1;
    if (a[0] != NULL && ou_arg_ssize(a[0], &n) < 0)
        return NULL;
    if (n < 1 || n > OU_TRACE_MAX_NFRAME)
        return ou_err_format(&ou_exc_ValueError, "the number of frames must be in range [1; %d]",
                             OU_TRACE_MAX_NFRAME);
    if (ou_mem_trace_start((int)n) < 0)
        return NULL;
    return ou_return_none();
}

static int no_args(const char *fname, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw(fname, kwnames) < 0 || ou_args_count(fname, nargs, 0, 0) < 0)
        return -1;
    return 0;
}

static OuObject *tm_stop(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (no_args("stop", nargs, kwnames) < 0)
        return NULL;
    ou_mem_trace_stop();
    return ou_return_none();
}

static OuObject *tm_is_tracing(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (no_args("is_tracing", nargs, kwnames) < 0)
        return NULL;
    return ou_bool_from(ou_mem_trace_state()->tracing);
}

static OuObject *tm_clear_traces(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (no_args("clear_traces", nargs, kwnames) < 0)
        return NULL;
    if (ou_mem_trace_state()->tracing)
        ou_mem_trace_clear();
    return ou_return_none();
}

static OuObject *tm_reset_peak(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (no_args("reset_peak", nargs, kwnames) < 0)
        return NULL;
    if (ou_mem_trace_state()->tracing)
        ou_mem_trace_reset_peak();
    return ou_return_none();
}

static OuObject *tm_get_traced_memory(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (no_args("get_traced_memory", nargs, kwnames) < 0)
        return NULL;
    OuTraceState *t = ou_mem_trace_state();
    // Read both before allocating the result, which is itself traced.
    size_t cur = t->tracing ? t->traced : 0, peak = t->tracing ? t->peak : 0;
    OuObject *c = ou_int_from_u64(cur), *p = ou_int_from_u64(peak);
    OuObject *res = c && p ? ou_tuple_pack(2, c, p) : NULL;
    OU_XDECREF(c);
    OU_XDECREF(p);
    return res;
}

static OuObject *tm_get_traceback_limit(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (no_args("get_traceback_limit", nargs, kwnames) < 0)
        return NULL;
    return ou_int_from_i64(ou_mem_trace_state()->max_nframe);
}

static OuObject *tm_get_tracemalloc_memory(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (no_args("get_tracemalloc_memory", nargs, kwnames) < 0)
        return NULL;
    return ou_int_from_u64(ou_mem_trace_overhead());
}

// New ref: ((filename, lineno), ...) innermost first, the shape CPython's
// `_tracemalloc` hands to the Python layer.
static OuObject *traceback_tuple(const OuMemTraceback *tb)
{
    OuObject *t = ou_tuple_new(tb->nframe);
    if (t == NULL)
        return NULL;
    for (int i = 0; i < tb->nframe; i++) {
        OuObject *line = ou_int_from_i64(tb->frames[i].lineno);
        OuObject *fr = line ? ou_tuple_pack(2, tb->frames[i].filename, line) : NULL;
        OU_XDECREF(line);
        if (fr == NULL) {
            OU_DECREF(t);
            return NULL;
        }
        ou_tuple_items(t)[i] = fr;
    }
    return t;
}

// The list of (domain, size, traceback, total_nframe) for every live trace.
// Recording is paused meanwhile: the objects made here would otherwise be
// added to the very table being walked.
static OuObject *get_traces(void)
{
    OuTraceState *t = ou_mem_trace_state();
    if (!t->tracing)
        return ou_list_new(0);
    OuObject **tbs = NULL, *list = NULL, *zero = NULL;
    size_t ntbs = t->ntracebacks;
    list = ou_list_new((ou_ssize_t)t->ntraces);
    zero = ou_int_from_i64(0);
    tbs = ntbs ? ou_mem_calloc(ntbs, sizeof *tbs) : NULL;
    if (list == NULL || zero == NULL || (ntbs && tbs == NULL)) {
        if (ntbs && tbs == NULL)
            ou_err_no_memory();
        goto fail;
    }
    ou_ssize_t k = 0;
    for (size_t i = 0; i < t->traces_cap; i++) {
        const OuMemTrace *e = &t->traces[i];
        if (e->ptr == 0)
            continue;
        OuObject **tbt = &tbs[e->tb->index];
        if (*tbt == NULL && (*tbt = traceback_tuple(e->tb)) == NULL)
            goto fail;
        OuObject *size = ou_int_from_u64(e->size);
        OuObject *total = ou_int_from_u64(e->tb->total_nframe);
        OuObject *item = size && total ? ou_tuple_pack(4, zero, size, *tbt, total) : NULL;
        OU_XDECREF(size);
        OU_XDECREF(total);
        if (item == NULL)
            goto fail;
        ou_list_setitem(list, k++, item);
    }
    for (size_t i = 0; i < ntbs; i++)
        OU_XDECREF(tbs[i]);
    ou_mem_free(tbs);
    OU_DECREF(zero);
    return list;
fail:
    if (tbs != NULL) {
        for (size_t i = 0; i < ntbs; i++)
            OU_XDECREF(tbs[i]);
        ou_mem_free(tbs);
    }
    OU_XDECREF(zero);
    OU_XDECREF(list);
    return NULL;
}

static OuObject *tm_get_traces(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (no_args("_get_traces", nargs, kwnames) < 0)
        return NULL;
    ou_mem_trace_pause();
    OuObject *res = get_traces();
    ou_mem_trace_resume();
    return res;
}

static OuObject *tm_get_object_traceback(OuObject *self, OuObject *const *args, ou_ssize_t nargs, OuObject *kwnames)
{
    if (ou_args_no_kw("_get_object_traceback", kwnames) < 0 ||
        ou_args_count("_get_object_traceback", nargs, 1, 1) < 0)
        return NULL;
    OuObject *o = args[0];
    // Static objects were never allocated; the block of a GC object starts
    // at its collector head.
    const void *block = ou_object_is_gc(o) ? (const void *)OU_AS_GC(o) : (const void *)o;
    const OuMemTrace *e = ou_mem_trace_get(block);
    if (e == NULL)
        return ou_return_none();
    return traceback_tuple(e->tb);
}

static const OuMethodDef tm_methods[] = {
    { "start", tm_start, 0, "Start tracing Python memory allocations." },
    { "stop", tm_stop, 0, "Stop tracing Python memory allocations and clear traces." },
    { "is_tracing", tm_is_tracing, 0, "Return True if the tracemalloc module is tracing Python memory allocations." },
    { "clear_traces", tm_clear_traces, 0, "Clear traces of memory blocks allocated by Python." },
    { "reset_peak", tm_reset_peak, 0, "Set the peak size of memory blocks traced by tracemalloc to the current size." },
    { "get_traced_memory", tm_get_traced_memory, 0, "Get the current size and peak size of memory blocks traced by tracemalloc." },
    { "get_traceback_limit", tm_get_traceback_limit, 0, "Get the maximum number of frames stored in the traceback of a trace." },
    { "get_tracemalloc_memory", tm_get_tracemalloc_memory, 0, "Get the memory usage in bytes of the tracemalloc module." },
    { "_get_traces", tm_get_traces, 0, "Get traces of all memory blocks allocated by Python." },
    { "_get_object_traceback", tm_get_object_traceback, 0, "Get the traceback where the Python object was allocated." },
    { NULL, NULL, 0, NULL },
};

// ---- Stopping at exit ----
//
// Traces hold references to filenames, so tracing must end before the
// runtime frees its objects. The module keeps one `_Guard` object; when
// teardown clears the module, the guard's death stops tracing.

static void guard_dealloc(OuObject *o)
{
    ou_mem_trace_stop();
    ou_object_free(o);
}

static OuType guard_type = {
    .ob_base = OU_STATIC_HEAD(&ou_type_type),
    .name = "tracemalloc._Guard",
    .basicsize = sizeof(OuObject),
    .dealloc = guard_dealloc,
};

// ---- The Python layer ----

static const char tracemalloc_py[] =
    "def _format_size(size, sign):\n"
    "    # Up to three significant digits: 'x.y UNIT' below 100, whole units\n"
    "    # below 10240, else the next unit.\n"
    "    fmt1 = '%+.1f %s' if sign else '%.1f %s'\n"
    "    fmt0 = '%+.0f %s' if sign else '%.0f %s'\n"
    "    for unit in ('B', 'KiB', 'MiB', 'GiB', 'TiB'):\n"
    "        if unit != 'B' and abs(size) < 100:\n"
    "            return fmt1 % (size, unit)\n"
    "        if unit == 'TiB' or abs(size) < 10 * 1024:\n"
    "            return fmt0 % (size, unit)\n"
    "        size /= 1024\n"
    "\n"
    "class _Ordered:\n"
    "    __slots__ = ()\n"
    "    def __le__(self, other):\n"
    "        lt = self.__lt__(other)\n"
    "        if lt is NotImplemented:\n"
    "            return lt\n"
    "        return lt or self == other\n"
    "    def __gt__(self, other):\n"
    "        le = self.__le__(other)\n"
    "        if le is NotImplemented:\n"
    "            return le\n"
    "        return not le\n"
    "    def __ge__(self, other):\n"
    "        lt = self.__lt__(other)\n"
    "        if lt is NotImplemented:\n"
    "            return lt\n"
    "        return not lt\n"
    "\n"
    "class Frame(_Ordered):\n"
    "    __slots__ = ('_frame',)\n"
    "    def __init__(self, frame):\n"
    "        self._frame = frame\n"
    "    @property\n"
    "    def filename(self):\n"
    "        return self._frame[0]\n"
    "    @property\n"
    "    def lineno(self):\n"
    "        return self._frame[1]\n"
    "    def __eq__(self, other):\n"
    "        if not isinstance(other, Frame):\n"
    "            return NotImplemented\n"
    "        return self._frame == other._frame\n"
    "    def __lt__(self, other):\n"
    "        if not isinstance(other, Frame):\n"
    "            return NotImplemented\n"
    "        return self._frame < other._frame\n"
    "    def __hash__(self):\n"
    "        return hash(self._frame)\n"
    "    def __str__(self):\n"
    "        return '%s:%s' % (self._frame[0], self._frame[1])\n"
    "    def __repr__(self):\n"
    "        return '<Frame filename=%r lineno=%r>' % (self._frame[0], self._frame[1])\n"
    "\n"
    "class Traceback(_Ordered):\n"
    "    __slots__ = ('_frames', '_total_nframe')\n"
    "    def __init__(self, frames, total_nframe=None):\n"
    "        # Recorded innermost first; presented oldest first.\n"
    "        self._frames = tuple(reversed(frames))\n"
    "        self._total_nframe = total_nframe\n"
    "    @property\n"
    "    def total_nframe(self):\n"
    "        return self._total_nframe\n"
    "    def __len__(self):\n"
    "        return len(self._frames)\n"
    "    def __getitem__(self, index):\n"
    "        if isinstance(index, slice):\n"
    "            return tuple([Frame(f) for f in self._frames[index]])\n"
    "        return Frame(self._frames[index])\n"
    "    def __iter__(self):\n"
    "        return iter([Frame(f) for f in self._frames])\n"
    "    def __reversed__(self):\n"
    "        return iter([Frame(f) for f in reversed(self._frames)])\n"
    "    def __contains__(self, frame):\n"
    "        return frame._frame in self._frames\n"
    "    def index(self, frame):\n"
    "        return list(self).index(frame)\n"
    "    def count(self, frame):\n"
    "        return list(self).count(frame)\n"
    "    def __hash__(self):\n"
    "        return hash(self._frames)\n"
    "    def __eq__(self, other):\n"
    "        if not isinstance(other, Traceback):\n"
    "            return NotImplemented\n"
    "        return self._frames == other._frames\n"
    "    def __lt__(self, other):\n"
    "        if not isinstance(other, Traceback):\n"
    "            return NotImplemented\n"
    "        return self._frames < other._frames\n"
    "    def __str__(self):\n"
    "        return str(self[0])\n"
    "    def __repr__(self):\n"
    "        text = '<Traceback %r' % (tuple(self),)\n"
    "        if self._total_nframe is None:\n"
    "            return text + '>'\n"
    "        return text + ' total_nframe=%s>' % (self._total_nframe,)\n"
    "    def format(self, limit=None, most_recent_first=False):\n"
    "        frames = list(self)\n"
    "        if limit is not None:\n"
    "            frames = frames[-limit:] if limit > 0 else frames[:limit]\n"
    "        if most_recent_first:\n"
    "            frames.reverse()\n"
    "        return ['  File \"%s\", line %s' % (f.filename, f.lineno) for f in frames]\n"
    "\n"
    "class Statistic:\n"
    "    __slots__ = ('traceback', 'size', 'count')\n"
    "    def __init__(self, traceback, size, count):\n"
    "        self.traceback = traceback\n"
    "        self.size = size\n"
    "        self.count = count\n"
    "    def __hash__(self):\n"
    "        return hash((self.traceback, self.size, self.count))\n"
    "    def __eq__(self, other):\n"
    "        if not isinstance(other, Statistic):\n"
    "            return NotImplemented\n"
    "        return (self.traceback == other.traceback and self.size == other.size\n"
    "                and self.count == other.count)\n"
    "    def __str__(self):\n"
    "        text = '%s: size=%s, count=%i' % (self.traceback, _format_size(self.size, False),\n"
    "                                          self.count)\n"
    "        if self.count:\n"
    "            text += ', average=%s' % _format_size(self.size / self.count, False)\n"
    "        return text\n"
    "    def __repr__(self):\n"
    "        return '<Statistic traceback=%r size=%i count=%i>' % (self.traceback, self.size,\n"
    "                                                              self.count)\n"
    "    def _sort_key(self):\n"
    "        return (self.size, self.count, self.traceback)\n"
    "\n"
    "class StatisticDiff:\n"
    "    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')\n"
    "    def __init__(self, traceback, size, size_diff, count, count_diff):\n"
    "        self.traceback = traceback\n"
    "        self.size = size\n"
    "        self.size_diff = size_diff\n"
    "        self.count = count\n"
    "        self.count_diff = count_diff\n"
    "    def __hash__(self):\n"
    "        return hash((self.traceback, self.size, self.size_diff, self.count, self.count_diff))\n"
    "    def __eq__(self, other):\n"
    "        if not isinstance(other, StatisticDiff):\n"
    "            return NotImplemented\n"
    "        return (self.traceback == other.traceback and self.size == other.size\n"
    "                and self.size_diff == other.size_diff and self.count == other.count\n"
    "                and self.count_diff == other.count_diff)\n"
    "    def __str__(self):\n"
    "        text = '%s: size=%s (%s), count=%i (%+i)' % (\n"
    "            self.traceback, _format_size(self.size, False), _format_size(self.size_diff, True),\n"
    "            self.count, self.count_diff)\n"
    "        if self.count:\n"
    "            text += ', average=%s' % _format_size(self.size / self.count, False)\n"
    "        return text\n"
    "    def __repr__(self):\n"
    "        return ('<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>'\n"
    "                % (self.traceback, self.size, self.size_diff, self.count, self.count_diff))\n"
    "    def _sort_key(self):\n"
    "        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count,\n"
    "                self.traceback)\n"
    "\n"
    "class Snapshot:\n"
    "    def __init__(self, traces, traceback_limit):\n"
    "        self._traces = traces\n"
    "        self.traceback_limit = traceback_limit\n"
    "    def _group_by(self, key_type, cumulative):\n"
    "        if key_type not in ('traceback', 'filename', 'lineno'):\n"
    "            raise ValueError('unknown key_type: %r' % (key_type,))\n"
    "        if cumulative and key_type not in ('lineno', 'filename'):\n"
    "            raise ValueError('cumulative mode cannot by used with key type %r' % key_type)\n"
    "        stats = {}\n"
    "        keys = {}\n"
    "        for domain, size, frames, total in self._traces:\n"
    "            groups = frames if cumulative else (frames,)\n"
    "            for g in groups:\n"
    "                tb = keys.get(g)\n"
    "                if tb is None:\n"
    "                    if cumulative:\n"
    "                        sel = (g,) if key_type == 'lineno' else ((g[0], 0),)\n"
    "                    elif key_type == 'traceback':\n"
    "                        sel = g\n"
    "                    elif key_type == 'lineno':\n"
    "                        sel = g[:1]\n"
    "                    else:\n"
    "                        sel = ((g[0][0], 0),)\n"
    "                    tb = keys[g] = Traceback(sel)\n"
    "                stat = stats.get(tb)\n"
    "                if stat is None:\n"
    "                    stats[tb] = Statistic(tb, size, 1)\n"
    "                else:\n"
    "                    stat.size += size\n"
    "                    stat.count += 1\n"
    "        return stats\n"
    "    def statistics(self, key_type, cumulative=False):\n"
    "        stats = list(self._group_by(key_type, cumulative).values())\n"
    "        stats.sort(reverse=True, key=Statistic._sort_key)\n"
    "        return stats\n"
    "    def compare_to(self, old_snapshot, key_type, cumulative=False):\n"
    "        new = self._group_by(key_type, cumulative)\n"
    "        old = old_snapshot._group_by(key_type, cumulative)\n"
    "        diffs = []\n"
    "        for tb, stat in new.items():\n"
    "            prev = old.pop(tb, None)\n"
    "            if prev is None:\n"
    "                diffs.append(StatisticDiff(tb, stat.size, stat.size, stat.count, stat.count))\n"
    "            else:\n"
    "                diffs.append(StatisticDiff(tb, stat.size, stat.size - prev.size,\n"
    "                                           stat.count, stat.count - prev.count))\n"
    "        for tb, stat in old.items():\n"
    "            diffs.append(StatisticDiff(tb, 0, -stat.size, 0, -stat.count))\n"
    "        diffs.sort(reverse=True, key=StatisticDiff._sort_key)\n"
    "        return diffs\n"
    "\n"
    "def take_snapshot():\n"
    "    if not is_tracing():\n"
    "        raise RuntimeError('the tracemalloc module must be tracing memory '\n"
    "                           'allocations to take a snapshot')\n"
    "    return Snapshot(_get_traces(), get_traceback_limit())\n"
    "\n"
    "def get_object_traceback(obj):\n"
    "    frames = _get_object_traceback(obj)\n"
    "    return None if frames is None else Traceback(frames)\n"
    "\n"
    "del _Ordered\n";

OuObject *ou_tracemalloc_init(void)
{
    OuObject *m = ou_module_new("tracemalloc");
    if (m == NULL)
        return NULL;
    OuObject *guard = NULL, *code = NULL, *res = NULL;
    if (ou_module_add_functions(m, tm_methods) < 0 || ou_type_ready(&guard_type) < 0)
        goto fail;
    guard = ou_object_new(&guard_type);
    if (guard == NULL || ou_module_add_object(m, "_guard", guard) < 0)
        goto fail;
    code = ou_compile(tracemalloc_py, sizeof tracemalloc_py - 1, "<tracemalloc>", OU_PARSE_FILE);
    if (code == NULL)
        goto fail;
    res = ou_vm_run_code(code, ou_module_dict(m), ou_module_dict(m));
    if (res == NULL)
        goto fail;
    OU_DECREF(res);
    OU_DECREF(code);
    OU_DECREF(guard);
    return m;
fail:
    OU_XDECREF(code);
    OU_XDECREF(guard);
    OU_DECREF(m);
    return NULL;
}
