# Assignment to list items, dict keys, and slices in unpacking.
a = [0, 0, 0]
d = {}
a[0], d["k"], a[1:] = 1, 2, [3, 4, 5]
print(a, d)
