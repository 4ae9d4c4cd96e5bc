# Hash is the referent's (cached); equality compares referents while alive.
import weakref
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == other.v
a = K(1)
b = K(1)
c = K(2)
ra = weakref.ref(a)
rb = weakref.ref(b)
rc = weakref.ref(c)
print(hash(ra) == hash(1), ra == rb, ra == rc, ra != rc)
del a
print(hash(ra) == hash(1), ra == rb, ra == ra)
del c
try:
    hash(rc)
except TypeError as e:
    print("TypeError", e)
