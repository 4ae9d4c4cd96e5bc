# An LRU cache built from a dict and a doubly linked list, used to memoize.

class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.map = {}
        self.head = Node("<head>")
        self.tail = Node("<tail>")
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = 0
        self.misses = 0
        self.evicted = []

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev
        node.prev = node.next = None

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            oldest = self.tail.prev
            self._unlink(oldest)
            del self.map[oldest.key]
            self.evicted.append(oldest.key)
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def items(self):
        return [(k, self.map[k].value) for k in self]

    def __delitem__(self, key):
        node = self.map.pop(key)
        self._unlink(node)

    def __repr__(self):
        inner = ", ".join(f"{k!r}: {v!r}" for k, v in self.items())
        return f"LRUCache({self.capacity}, {{{inner}}})"

    def stats(self):
        total = self.hits + self.misses
        rate = self.hits / total if total else 0.0
        return f"hits={self.hits} misses={self.misses} rate={rate:.1%} size={len(self)}/{self.capacity}"

    def clear(self):
        # Break the links so every node is freed by reference counting.
        node = self.head.next
        while node is not self.tail:
            following = node.next
            node.prev = node.next = None
            node = following
        self.head.next = self.tail
        self.tail.prev = self.head
        self.map.clear()


def memoize(capacity):
    def decorator(fn):
        cache = LRUCache(capacity)

        def wrapper(*args):
            result = cache.get(args, wrapper)
            if result is wrapper:
                result = fn(*args)
                cache.put(args, result)
            return result

        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorator


cache = LRUCache(3)
for key, value in [("a", 1), ("b", 2), ("c", 3)]:
    cache.put(key, value)
print(cache)
print(cache.get("a"), cache.get("zz", "missing"))
cache.put("d", 4)
print(cache, "evicted", cache.evicted)
cache.put("c", 30)
cache.put("e", 5)
print(list(cache), "b" in cache, "c" in cache)
del cache["c"]
print(cache, len(cache))
try:
    del cache["nope"]
except KeyError as e:
    print("KeyError", e)
print(cache.stats())

try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)


@memoize(64)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib.__name__, fib(90))
print(fib.cache.stats())


@memoize(2)
def slow_square(n):
    slow_square.calls += 1
    return n * n


slow_square.calls = 0
for n in [1, 2, 1, 3, 1, 2, 2, 4, 1]:
    slow_square(n)
print("calls", slow_square.calls, slow_square.cache.stats(), slow_square.cache.evicted)


@memoize(128)
def paths(rows, cols):
    if rows == 0 or cols == 0:
        return 1
    return paths(rows - 1, cols) + paths(rows, cols - 1)


print("grid paths 16x16:", paths(16, 16))
print(paths.cache.stats())


@memoize(1000)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("refcount", "recount"), ("", "abc"), ("same", "same")]
for a, b in pairs:
    print(f"{a!r:>10} -> {b!r:<10} {edit_distance(a, b)}")
print(edit_distance.cache.stats())

# A simulated page cache: count faults for different capacities.
trace = [7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2, 1, 2, 0, 1, 7, 0, 1]
for capacity in range(1, 6):
    pages = LRUCache(capacity)
    faults = 0
    for page in trace:
        if pages.get(page) is None:
            faults += 1
            pages.put(page, True)
    print(f"capacity {capacity}: {faults:2d} faults, resident {sorted(pages)}")
    pages.clear()
    print("  cleared:", len(pages), list(pages))

words = "the quick brown fox jumps over the lazy dog the fox".split()
wc = LRUCache(4)
for w in words:
    wc.put(w, wc.get(w, 0) + 1)
print(wc.items())
print(wc.evicted)
