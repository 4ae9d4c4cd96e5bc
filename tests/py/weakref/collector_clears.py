# The collector clears weak references to garbage before freeing it, and
# calls the callbacks of references that are themselves still reachable.
import gc
import weakref
gc.collect()
class Node:
    pass
a = Node()
b = Node()
a.b = b
b.a = a
wa = weakref.ref(a, lambda w: print("a collected", w() is None))
wb = weakref.ref(b)
del a, b
print(wa() is None, wb() is None)
print(gc.collect())
print(wa() is None, wb() is None)
c = Node()
c.me = c
c.ref = weakref.ref(c, lambda w: print("never"))
del c
print(gc.collect())
class D:
    def __del__(self):
        print("del D; weakref dead:", self.w() is None)
d = D()
d.me = d
d.w = weakref.ref(d)
outer = weakref.ref(d, lambda w: print("outer callback"))
del d
print(gc.collect())
