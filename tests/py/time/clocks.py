# The clocks move forward and have the right types.
import time
a, b = time.perf_counter(), time.monotonic()
time.sleep(0.01)
print(time.perf_counter() > a, time.monotonic() > b, type(time.time()).__name__, type(time.time_ns()).__name__)
print(type(time.process_time()).__name__, type(time.perf_counter_ns()).__name__, time.thread_time() >= 0)
print(time.ctime(0) == time.asctime(time.localtime(0)), type(time.localtime()).__name__)
print(time.mktime(time.localtime(1700000000)))
