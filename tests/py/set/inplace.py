# In-place operators change the set itself; on frozensets they rebind.
a = {1, 2, 3}
keep = a
a |= {4, 5}
print(a, a is keep)
a &= {1, 2, 4, 9}
print(a, a is keep)
a -= {1}
print(a, a is keep)
a ^= {4, 10}
print(a, a is keep)
f = frozenset([1, 2])
g = f
f |= {3}
print(f, g, f is g)
f -= {1}
print(f, type(f).__name__)
try:
    a |= [1]
except TypeError as e:
    print(type(e).__name__, e)
