# Statistic, StatisticDiff, Traceback and Frame as CPython prints them; the
# size units and their rounding (B, KiB, MiB, ...).
import tracemalloc

tb = tracemalloc.Traceback((('file.py', 7),))
print(tb, repr(tb), len(tb))
print(tb[0], repr(tb[0]), tb[0].filename, tb[0].lineno)
for size, count in [(0, 0), (5, 1), (99, 3), (100, 1), (1023, 2), (1024, 1), (10239, 7),
                    (10240, 1), (102399, 3), (102400, 9), (589824, 10000), (1048575, 1),
                    (10485759, 2), (10485760, 3), (123456789, 5), (2 ** 40, 1),
                    (2 ** 50, 1), (1536, 1), (1535, 1), (106496, 1), (150, 2)]:
    print(tracemalloc.Statistic(tb, size, count))
d = tracemalloc.StatisticDiff(tb, 2048, -1024, 4, -2)
print(d)
print(repr(d))
print(repr(tracemalloc.Statistic(tb, 10, 2)))
print(tracemalloc.StatisticDiff(tb, 0, -500, 0, -3))
print(tracemalloc.StatisticDiff(tb, 300000, 300000, 12, 12))
deep = tracemalloc.Traceback((('b.py', 2), ('a.py', 1)), 5)
print(deep, repr(deep), deep.total_nframe, [str(f) for f in deep])
print(deep.format())
print(deep.format(most_recent_first=True), deep.format(limit=1))
print(tracemalloc.Frame(('x.py', 1)) < tracemalloc.Frame(('x.py', 2)))
print(tracemalloc.Frame(('x.py', 1)) == tracemalloc.Frame(('x.py', 1)))
print(hash(tracemalloc.Traceback((('a', 1),))) == hash(tracemalloc.Traceback((('a', 1),))))
s1 = tracemalloc.Statistic(tb, 10, 1)
s2 = tracemalloc.Statistic(tb, 10, 1)
print(s1 == s2, s1 == tracemalloc.Statistic(tb, 11, 1))
