# Starting, stopping and the counters of tracemalloc.
import tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print('RuntimeError:', e)
for bad in (0, -1, 65536):
    try:
        tracemalloc.start(bad)
    except ValueError as e:
        print('ValueError:', e)
print(tracemalloc.is_tracing())
tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
cur0, peak0 = tracemalloc.get_traced_memory()
big = [str(i) for i in range(20000)]
cur1, peak1 = tracemalloc.get_traced_memory()
print(cur1 - cur0 > 20000 * 40, peak1 >= cur1)
del big
cur2, peak2 = tracemalloc.get_traced_memory()
print(cur1 - cur2 > 20000 * 40, peak2 >= peak1)
tracemalloc.reset_peak()
cur3, peak3 = tracemalloc.get_traced_memory()
print(peak3 < peak2, peak3 >= cur3)
tracemalloc.clear_traces()
cur4, peak4 = tracemalloc.get_traced_memory()
print(cur4 < 5000, tracemalloc.is_tracing())
print(tracemalloc.get_tracemalloc_memory() > 0)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
tracemalloc.start(5)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
print(tracemalloc.get_traceback_limit())
