# gmtime returns a struct_time: a 9-tuple with named fields.
import time
t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t[0], t[-1], t[1:3], len(t), list(t))
print(tuple(t) == t, t == tuple(t), type(t).__name__, time.gmtime(1.9)[5], time.gmtime(-1.5)[:6])
print(time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0)))
