# An event scheduler with callbacks, timers, context managers for resources
# and transactions, and an observer-style event bus.

class EventBus:
    def __init__(self):
        self.handlers = {}
        self.fired = []

    def on(self, event, handler=None, *, once=False):
        def register(fn):
            self.handlers.setdefault(event, []).append((fn, once))
            return fn
        return register(handler) if handler is not None else register

    def emit(self, event, *args, **kwargs):
        self.fired.append(event)
        results = []
        keep = []
        for fn, once in self.handlers.get(event, []):
            try:
                results.append(fn(*args, **kwargs))
            except Exception as e:
                results.append(f"{fn.__name__} failed: {e!r}")
            if not once:
                keep.append((fn, once))
        self.handlers[event] = keep
        return results


class Clock:
    def __init__(self):
        self.now = 0
        self.timers = []
        self.seq = 0

    def call_later(self, delay, fn, *args):
        self.seq += 1
        self.timers.append((self.now + delay, self.seq, fn, args))
        self.timers.sort(key=lambda t: (t[0], t[1]))
        return self.seq

    def cancel(self, timer_id):
        before = len(self.timers)
        self.timers = [t for t in self.timers if t[1] != timer_id]
        return len(self.timers) != before

    def run_until(self, limit):
        while self.timers and self.timers[0][0] <= limit:
            when, seq, fn, args = self.timers.pop(0)
            self.now = when
            fn(*args)
        self.now = limit


class Resource:
    open_count = 0

    def __init__(self, name, log, fail_on_exit=False):
        self.name = name
        self.log = log
        self.fail_on_exit = fail_on_exit

    def __enter__(self):
        Resource.open_count += 1
        self.log.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.open_count -= 1
        what = "ok" if exc_type is None else f"{exc_type.__name__}: {exc}"
        self.log.append(f"close {self.name} ({what})")
        if self.fail_on_exit:
            raise RuntimeError(f"{self.name} failed to close")
        return exc_type is KeyError


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"    rollback after {exc_type.__name__}")
        else:
            print(f"    commit {sorted(self.store.items())}")
        return False


class timer_section:
    depth = 0

    def __init__(self, clock, label):
        self.clock = clock
        self.label = label

    def __enter__(self):
        self.start = self.clock.now
        print("  " * timer_section.depth + f"> {self.label} at t={self.start}")
        timer_section.depth += 1
        return self

    def __exit__(self, *exc_info):
        timer_section.depth -= 1
        print("  " * timer_section.depth + f"< {self.label} took {self.clock.now - self.start}")


bus = EventBus()
clock = Clock()
log = []


@bus.on("tick")
def count_ticks(n):
    return n * 10


@bus.on("tick", once=True)
def first_tick(n):
    return f"first tick was {n}"


def flaky(n):
    if n % 2:
        raise ValueError(f"odd tick {n}")
    return "even"


bus.on("tick", flaky)
bus.on("alarm", lambda who, level=1: f"alarm for {who} at level {level}")

for n in range(1, 4):
    print(f"tick {n}:", bus.emit("tick", n))
print(bus.emit("alarm", "ops", level=3), bus.emit("alarm", who="dev"), bus.emit("unknown"))
print("fired:", bus.fired)


def make_repeater(name, interval, times):
    count = 0

    def fire():
        nonlocal count
        count += 1
        log.append(f"t={clock.now} {name} #{count}")
        if count < times:
            clock.call_later(interval, fire)
    return fire


clock.call_later(5, make_repeater("heartbeat", 5, 4))
clock.call_later(3, make_repeater("poll", 7, 3))
doomed = clock.call_later(8, lambda: log.append("never"))
clock.call_later(12, lambda msg: log.append(f"t={clock.now} {msg}"), "one-shot")
print("cancel:", clock.cancel(doomed), clock.cancel(doomed))
with timer_section(clock, "first run"):
    clock.run_until(10)
    with timer_section(clock, "second run"):
        clock.run_until(30)
for line in log:
    print(" ", line)
print("pending timers:", len(clock.timers), "now:", clock.now)

res_log = []
with Resource("db", res_log) as db, Resource("cache", res_log) as cache:
    res_log.append(f"using {db.name} and {cache.name} ({Resource.open_count} open)")
with Resource("swallow", res_log):
    {}["missing"]
res_log.append("KeyError was swallowed")
try:
    with Resource("outer", res_log):
        with Resource("inner", res_log):
            raise ZeroDivisionError("boom")
except ZeroDivisionError as e:
    res_log.append(f"caught {e}")
try:
    with Resource("bad", res_log, fail_on_exit=True):
        res_log.append("body ran")
except RuntimeError as e:
    res_log.append(f"caught {e}")
try:
    with Resource("chained", res_log, fail_on_exit=True):
        raise ValueError("original")
except RuntimeError as e:
    res_log.append(f"caught {e} (context {e.__context__!r})")
for line in res_log:
    print(" ", line)
print("open resources:", Resource.open_count)

store = {"a": 1}
print("transactions:")
with Transaction(store) as s:
    s["b"] = 2
try:
    with Transaction(store) as s:
        s["c"] = 3
        s["a"] = 100
        raise LookupError("abort")
except LookupError:
    pass
print("    store:", store)


def retry(times, log):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except ConnectionError as e:
                    log.append(f"{fn.__name__} attempt {attempt}: {e}")
            raise TimeoutError(f"{fn.__name__} gave up after {times} attempts")
        return wrapper
    return decorator


attempts = []
state = {"calls": 0}


@retry(3, attempts)
def fetch(path, succeed_on=2):
    state["calls"] += 1
    if state["calls"] < succeed_on:
        raise ConnectionError(f"reset while fetching {path}")
    return f"200 {path}"


print(fetch("/index"))
state["calls"] = 0
try:
    fetch("/slow", succeed_on=10)
except TimeoutError as e:
    print("TimeoutError:", e)
print(attempts)
