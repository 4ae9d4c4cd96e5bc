# index with start/stop and count.
a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.index(1, -2), a.count(2), a.count(7))
try:
    a.index(3, 3)
except ValueError as e:
    print(type(e).__name__, e)
