# A tour of ouro's memory model.
# Run it with `make run` (ouro) and with `python3.11 examples/tour.py`:
# the two outputs are identical, because ouro copies CPython's object model.
import gc
import sys
import weakref


def section(title):
    print()
    print("== " + title + " " + "=" * (60 - len(title)))


section("1. Every object counts its references")
print("sys.getrefcount(x) reports the count, plus one for its own argument.")
a = []
print("a = []          ->", sys.getrefcount(a), "  (the name a, and the argument)")
b = a
print("b = a           ->", sys.getrefcount(a), "  (a second name, the same list)")
del b
print("del b           ->", sys.getrefcount(a), "  (back to one name)")
holder = [a, a, a]
print("holder = [a]*3  ->", sys.getrefcount(a), "  (each list slot is a reference)")
holder = None
print("holder = None   ->", sys.getrefcount(a), "  (dropping the list dropped its slots)")


def inside(param):
    local = param
    return sys.getrefcount(param)


print("inside a call   ->", inside(a), "  (the caller's name, the parameter, a local, the argument)")

section("2. Small ints are shared, big ones are not")
x = 10
y = 10
print("x = 10; y = 10; x is y ->", x is y)
n = int("257")
m = int("257")
print("two int('257') are equal:", n == m, "but the same object:", n is m)
s = int("256")
t = int("256")
print("two int('256') are the same object:", s is t, "(-5 to 256 are preallocated)")
print("id() names an object for its lifetime: id(x) == id(y) ->", id(x) == id(y))

section("3. Containers grow in steps")
lst = []
last = sys.getsizeof(lst)
print("len  0: getsizeof =", last, "bytes")
for i in range(20):
    lst.append(i)
    size = sys.getsizeof(lst)
    if size != last:
        print("len", str(len(lst)).rjust(2) + ": getsizeof =", size, "bytes  (room for", (size - 56) // 8, "items)")
        last = size
print("a tuple never grows: () is", sys.getsizeof(()), "bytes, (1, 2) is", sys.getsizeof((1, 2)))
d = {}
print("an empty dict is", sys.getsizeof(d), "bytes; after one key:", end=" ")
d["k"] = 1
print(sys.getsizeof(d))

section("4. Integers have no upper bound")
print("2 ** 200 =", 2 ** 200)
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f, "with", len(str(f)), "digits")
print("and they hash like CPython's: hash(2 ** 100) =", hash(2 ** 100))

section("5. Errors are exceptions you can catch")
for attempt in range(4):
    try:
        if attempt == 0:
            1 / 0
        elif attempt == 1:
            {}["missing"]
        elif attempt == 2:
            [1, 2, 3][10]
        else:
            int("not a number")
    except (ZeroDivisionError, KeyError, IndexError, ValueError) as e:
        print(type(e).__name__.ljust(18), e)


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError".ljust(18), e, "(limit", str(sys.getrecursionlimit()) + ")")

section("6. Objects die the moment their last reference goes")


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("   __del__ ran for", self.name)


def scope():
    obj = Noisy("a local")
    print("   inside the function")


scope()
print("   after the call: the local was freed on return, not later")
box = [Noisy("a list item")]
print("   clearing the list...")
box.clear()

section("7. Cycles need the collector")


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


gc.collect()
first, second = Node(1), Node(2)
first.next, second.next = second, first
probe = weakref.ref(first)
del first, second
print("after del, the cycle is still alive:", probe() is not None)
print("gc.collect() found", gc.collect(), "unreachable objects")
print("and now the weak reference is dead:", probe() is None)

section("8. __slots__ objects are smaller")


class Plain:
    def __init__(self):
        self.x, self.y = 1, 2


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x, self.y = 1, 2


print("plain instance:", sys.getsizeof(Plain()), "bytes; slotted:", sys.getsizeof(Slotted()), "bytes")
print("a generator of a million items is", sys.getsizeof(i for i in range(10 ** 6)), "bytes")

print()
print("End of the tour: see docs/subset.md for what ouro supports.")
