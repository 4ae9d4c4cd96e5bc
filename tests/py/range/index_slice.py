# Indexing and slicing a range gives ints and ranges.
r = range(0, 20, 3)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], r[10:])
try:
    r[7]
except IndexError as e:
    print(type(e).__name__, e)
print(r.index(9), r.count(9), r.count(10))
try:
    r.index(10)
except ValueError as e:
    print(type(e).__name__, e)
