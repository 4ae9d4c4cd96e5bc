# Defining __eq__ without __hash__ makes a class unhashable.
class V:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x

print(V.__hash__)
print(V(1) == V(1), V(1) != V(2))
try:
    hash(V(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {V(1): 1}
except TypeError as e:
    print(type(e).__name__, e)
class Sub(V):
    __hash__ = object.__hash__

s = Sub(1)
print(hash(s) == hash(s), hash(s) == object.__hash__(s))
