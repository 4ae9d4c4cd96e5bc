# Construction, indexing, len and repr.
a = [1, "x", 2.5, None, [3]]
print(a, len(a), a[0], a[-1], a[-1][0])
print([], list(), list("abc"), list((1, 2)), list(range(4)))
try:
    a[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a["1"]
except TypeError as e:
    print(type(e).__name__, e)
