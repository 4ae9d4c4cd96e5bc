# An object resurrected by its finalizer survives the collection, and its
# __del__ does not run a second time.
import gc
gc.collect()
saved = []
class R:
    def __del__(self):
        print("del R")
        saved.append(self)
r = R()
r.me = r
del r
print(gc.collect())
print(len(saved), gc.is_finalized(saved[0]))
saved[0].me = None
saved.clear()
print(gc.collect())
print("end")
