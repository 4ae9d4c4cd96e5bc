# A finalizer that resurrects another member of the cycle keeps the whole
# cycle alive; the next collection frees it without calling __del__ again.
import gc
gc.collect()
keep = []
class A:
    def __del__(self):
        print("del A")
        keep.append(self.partner)
class B:
    def __del__(self):
        print("del B")
a = A()
b = B()
a.partner = b
b.partner = a
del a, b
n = gc.collect()
print(n)
print(len(keep), type(keep[0]).__name__)
keep.clear()
print(gc.collect())
print("end")
