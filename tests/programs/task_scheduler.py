# A cooperative task scheduler: generator tasks on a hand-written binary heap.

class Heap:
    """A min-heap of (priority, sequence, item) entries."""

    def __init__(self):
        self.items = []
        self.counter = 0

    def __len__(self):
        return len(self.items)

    def __bool__(self):
        return bool(self.items)

    def push(self, priority, item):
        self.counter += 1
        entry = (priority, self.counter, item)
        self.items.append(entry)
        self._sift_up(len(self.items) - 1)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty heap")
        last = self.items.pop()
        if not self.items:
            return last[0], last[2]
        top = self.items[0]
        self.items[0] = last
        self._sift_down(0)
        return top[0], top[2]

    def peek(self):
        return self.items[0][0] if self.items else None

    def _sift_up(self, i):
        items = self.items
        while i > 0:
            parent = (i - 1) // 2
            if items[i][:2] < items[parent][:2]:
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break

    def _sift_down(self, i):
        items = self.items
        n = len(items)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and items[child][:2] < items[smallest][:2]:
                    smallest = child
            if smallest == i:
                return
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest


def heapsort(values):
    h = Heap()
    for v in values:
        h.push(v, None)
    return [h.pop()[0] for _ in range(len(h))]


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class Spawn:
    def __init__(self, gen, name):
        self.gen = gen
        self.name = name


class TaskFailed(Exception):
    pass


class Task:
    ids = 0

    def __init__(self, gen, name, priority):
        Task.ids += 1
        self.id = Task.ids
        self.gen = gen
        self.name = name
        self.priority = priority
        self.value = None
        self.steps = 0

    def __repr__(self):
        return f"<Task {self.id} {self.name}>"


class Scheduler:
    def __init__(self):
        self.now = 0
        self.ready = Heap()
        self.sleeping = Heap()
        self.results = {}
        self.log = []

    def spawn(self, gen, name, priority=5):
        task = Task(gen, name, priority)
        self.ready.push(priority, task)
        self.log.append(f"t={self.now} spawn {name}")
        return task

    def run(self, limit=1000):
        while (self.ready or self.sleeping) and self.now < limit:
            while self.sleeping and self.sleeping.peek() <= self.now:
                _, task = self.sleeping.pop()
                self.ready.push(task.priority, task)
            if not self.ready:
                self.now = self.sleeping.peek()
                continue
            _, task = self.ready.pop()
            self.step(task)
        return self.results

    def step(self, task):
        task.steps += 1
        try:
            request = task.gen.send(task.value)
        except StopIteration as stop:
            self.results[task.name] = stop.value
            self.log.append(f"t={self.now} done {task.name} -> {stop.value!r}")
            return
        except TaskFailed as e:
            self.results[task.name] = f"failed: {e}"
            self.log.append(f"t={self.now} fail {task.name}: {e}")
            return
        task.value = None
        if isinstance(request, Sleep):
            self.sleeping.push(self.now + request.ticks, task)
        elif isinstance(request, Spawn):
            child = self.spawn(request.gen, request.name, task.priority - 1)
            task.value = child.id
            self.ready.push(task.priority, task)
        elif request is None:
            self.ready.push(task.priority, task)
        else:
            task.gen.close()
            self.results[task.name] = f"bad request {request!r}"
        self.now += 1


def counter(name, n, pause):
    total = 0
    for i in range(n):
        total += i
        yield Sleep(pause)
    return f"{name} counted {total}"


def producer(queue, items):
    for item in items:
        queue.append(item)
        yield Sleep(2)
    queue.append(None)
    return len(items)


def consumer(queue):
    seen = []
    while True:
        while not queue:
            yield
        item = queue.pop(0)
        if item is None:
            return seen
        seen.append(item * 10)


def parent():
    ids = []
    for i in range(3):
        child_id = yield Spawn(counter(f"child{i}", i + 1, 1), f"child{i}")
        ids.append(child_id)
    yield Sleep(5)
    return ids


def failing():
    yield Sleep(1)
    raise TaskFailed("disk on fire")


def weird():
    yield Sleep(1)
    yield 42
    yield Sleep(1)


def cleanup_demo(log):
    try:
        while True:
            yield Sleep(3)
    finally:
        log.append("cleanup ran")


print(heapsort([5, 3, 9, 1, 5, 7, 2, 8, 0, 6]))
print(heapsort(["pear", "apple", "fig", "banana"]))
h = Heap()
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)

sched = Scheduler()
queue = []
sched.spawn(counter("fast", 3, 1), "fast", 1)
sched.spawn(counter("slow", 3, 4), "slow", 2)
sched.spawn(producer(queue, [1, 2, 3, 4]), "producer")
sched.spawn(consumer(queue), "consumer", 6)
sched.spawn(parent(), "parent", 3)
sched.spawn(failing(), "failing")
sched.spawn(weird(), "weird")
results = sched.run()
for line in sched.log:
    print(line)
for name in sorted(results):
    print(f"{name:>9}: {results[name]}")
print("finished at t =", sched.now)

log = []
gen = cleanup_demo(log)
s2 = Scheduler()
s2.spawn(gen, "forever")
s2.run(limit=10)
print("stopped at", s2.now, "results", s2.results, "log", log)
del gen, s2
print("after del:", log)

# Round robin through a list of generators, as a pipeline would.
def numbers(n):
    yield from range(n)


def squares(src):
    for x in src:
        yield x * x


def evens(src):
    return (x for x in src if x % 2 == 0)


pipeline = evens(squares(numbers(12)))
print(list(pipeline))
print(sum(squares(numbers(100))))
