# An event system with callbacks, decorators and context managers.
class EventError(Exception):
    pass


class EventBus:
    def __init__(self):
        self.handlers = {}
        self.log = []
        self.muted = 0

    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register

    def off(self, event, fn):
        try:
            self.handlers[event].remove(fn)
        except (KeyError, ValueError):
            raise EventError("handler not registered for " + event) from None

    def emit(self, event, *args):
        if self.muted:
            self.log.append("muted " + event)
            return 0
        calls = 0
        for fn in list(self.handlers.get(event, [])):
            try:
                fn(*args)
            except Exception as e:
                self.log.append(event + " handler failed: " + type(e).__name__ + ": " + str(e))
            calls += 1
        return calls

    def muting(self):
        return Mute(self)

    def transaction(self, name):
        return Transaction(self, name)


class Mute:
    def __init__(self, bus):
        self.bus = bus

    def __enter__(self):
        self.bus.muted += 1
        return self.bus

    def __exit__(self, exc_type, exc, tb):
        self.bus.muted -= 1
        return False


class Transaction:
    def __init__(self, bus, name):
        self.bus = bus
        self.name = name

    def __enter__(self):
        self.bus.emit("begin", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.bus.emit("commit", self.name)
            return False
        self.bus.emit("rollback", self.name, str(exc))
        return issubclass(exc_type, EventError)


bus = EventBus()
seen = []


@bus.on("greet")
def hello(name):
    seen.append("hello " + name)


@bus.on("greet")
def shout(name):
    seen.append(name.upper() + "!")


bus.on("greet")(lambda name: seen.append(len(name)))
bus.on("fail")(lambda: 1 // 0)
for ev in ["begin", "commit", "rollback"]:
    bus.on(ev)(lambda *a, ev=ev: seen.append(ev + " " + " ".join(a)))

print(bus.emit("greet", "ann"))
print(bus.emit("nothing"))
print(bus.emit("fail"))
with bus.muting() as b:
    print(b is bus, b.emit("greet", "bob"))
print(bus.muted)
with bus.transaction("t1"):
    bus.emit("greet", "cy")
with bus.transaction("t2"):
    raise EventError("bad state")
print("after suppressed rollback")
try:
    with bus.transaction("t3"):
        raise KeyError("boom")
except KeyError as e:
    print("escaped", type(e).__name__, e)
bus.off("greet", shout)
bus.emit("greet", "dee")
try:
    bus.off("greet", shout)
except EventError as e:
    print(type(e).__name__, e, e.__suppress_context__)
for entry in seen:
    print(entry)
print(bus.log)
print({k: len(v) for k, v in bus.handlers.items()})
