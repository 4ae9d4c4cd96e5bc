import time
t0 = time.perf_counter()
time.sleep(0.01)
t1 = time.perf_counter()
print(t1 - t0 >= 0.009, type(time.time()), type(time.time_ns()), type(time.perf_counter_ns()))
print(time.monotonic() <= time.monotonic(), time.process_time() >= 0)
for bad in ['a', -1]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__, e)
