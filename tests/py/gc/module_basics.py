# enable/disable, thresholds, counts, stats, freeze, debug flags.
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
gc.collect()
print(gc.get_count())
s = gc.get_stats()
print(len(s), sorted(s[0]), s[2]["collections"] > 0, s[0]["uncollectable"])
print(gc.get_debug())
gc.set_debug(gc.DEBUG_LEAK)
print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(0)
print(gc.garbage, gc.callbacks)
print(gc.get_freeze_count())
gc.freeze()
print(gc.get_freeze_count() > 0, gc.get_count())
gc.unfreeze()
print(gc.get_freeze_count())
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
try:
    gc.get_objects(5)
except ValueError as e:
    print("ValueError", e)
