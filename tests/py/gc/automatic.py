# Cycles are collected automatically when generation 0 passes its threshold.
import gc
import weakref
gc.collect()
class N:
    pass
a = N()
a.me = a
w = weakref.ref(a)
del a
print(w() is None)
junk = [[] for i in range(2000)]
print(w() is None)
gc.disable()
b = N()
b.me = b
w = weakref.ref(b)
del b
junk = [[] for i in range(2000)]
print(w() is None)
gc.enable()
junk = [[] for i in range(2000)]
print(w() is None)
