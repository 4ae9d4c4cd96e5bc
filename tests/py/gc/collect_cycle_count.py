# gc.collect() returns the number of unreachable objects it found.
import gc
gc.collect()
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None
a = Node(1)
b = Node(2)
a.next = b
b.next = a
del a, b
print(gc.collect())
print(gc.collect())
c = Node(3)
c.next = c
del c
print(gc.collect())
l = []
l.append(l)
del l
print(gc.collect())
d = {}
d["self"] = d
del d
print(gc.collect())
x = Node(4)
x.items = [x, (x,)]
del x
print(gc.collect())
print(gc.collect(0), gc.collect(1), gc.collect(generation=2))
