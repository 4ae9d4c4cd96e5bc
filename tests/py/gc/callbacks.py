# gc.callbacks are called around each collection with the info dict.
import gc
gc.collect()
seen = []
def cb(phase, info):
    seen.append((phase, info["generation"], info["collected"], info["uncollectable"]))
gc.callbacks.append(cb)
class N:
    pass
a = N()
b = N()
a.b = b
b.a = a
del a, b
gc.collect()
gc.callbacks.remove(cb)
print(seen)
print(sorted(dict(generation=2, collected=0, uncollectable=0)))
gc.collect()
print(len(seen))
