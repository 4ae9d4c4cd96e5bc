# Slice assignment can grow, shrink and use extended slices.
a = list(range(6))
a[1:3] = ["a", "b", "c", "d"]
print(a)
a[2:5] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [99]
print(a)
a[::2] = [0, 0, 0, 0]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
b = [1, 2, 3]
b[1:2] = "xyz"
print(b)
b[:] = b
print(b)
