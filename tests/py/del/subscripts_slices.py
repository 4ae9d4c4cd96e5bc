# del of list items and slices, dict keys.
a = list(range(8))
d = {"a": 1, "b": 2, "c": 3}
del a[1], d["b"]
print(a, d)
del a[::3]
print(a)
del a[1:-1]
print(a)
