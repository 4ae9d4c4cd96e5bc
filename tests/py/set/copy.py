# copy gives an equal, separate set; a frozenset's copy is itself.
s = {1, 2, 3}
c = s.copy()
c.add(4)
print(s, c, s is c)
f = frozenset(s)
print(f.copy() is f, f.copy())
print(type(s.copy()).__name__, type(f.copy()).__name__)
