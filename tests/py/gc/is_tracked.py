# gc.is_tracked answers as CPython does: atoms never, containers yes, and
# tuples of atoms are untracked by a collection.
import gc
class C:
    pass
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked(2.5))
print(gc.is_tracked([]), gc.is_tracked(C()), gc.is_tracked(C))
print(gc.is_tracked(int), gc.is_tracked(len))
t = (1, 2, "x")
u = (1, [])
v = ((1, 2), 3)
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u), gc.is_tracked(v))
print(gc.is_tracked(()))
