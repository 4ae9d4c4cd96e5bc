# weakref.proxy forwards attribute access and operations until the referent dies.
import weakref
class P:
    def __init__(self):
        self.x = 1
    def double(self):
        return self.x * 2
    def __len__(self):
        return 3
o = P()
p = weakref.proxy(o)
print(p.x, p.double(), len(p), type(p).__name__)
p.y = 5
print(o.y)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
class Adder:
    def __call__(self, a):
        return a + 1
f = Adder()
fp = weakref.proxy(f)
print(fp(41), type(fp).__name__)
print(weakref.proxy(o) is p)
del o
try:
    p.x
except ReferenceError as e:
    print("ReferenceError", e)
