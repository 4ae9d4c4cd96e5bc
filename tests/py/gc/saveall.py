# DEBUG_SAVEALL keeps the garbage in gc.garbage instead of freeing it.
import gc
gc.collect()
class N:
    pass
a = N()
a.me = a
del a
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.collect())
gc.set_debug(0)
print(len(gc.garbage), type(gc.garbage[0]).__name__)
gc.garbage[0].me = None
gc.garbage.clear()
print(gc.collect())
