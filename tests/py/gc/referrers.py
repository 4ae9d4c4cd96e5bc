# get_referrers, get_referents, get_objects.
import gc
def contains_same(seq, x):
    for r in seq:
        if r is x:
            return True
    return False
class Box:
    pass
target = Box()
holder = [target]
d = {"k": target}
refs = gc.get_referrers(target)
print(contains_same(refs, holder), contains_same(refs, d))
b = Box()
b.x = [1]
b.y = "s"
r = gc.get_referents(b)
print(len(r), contains_same(r, Box), [1] in r, "s" in r)
print(gc.get_referents([1, "a", None]))
print(gc.get_referents(1, "a"))
objs = gc.get_objects()
print(contains_same(objs, holder))
print(type(gc.get_objects(0)).__name__)
