# __del__ runs exactly once per object inside a collected cycle (PEP 442).
import gc
gc.collect()
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = D("a")
b = D("b")
a.other = b
b.other = a
del a, b
print("collecting")
print(gc.collect())
print("again", gc.collect())
