# reverse in place, clear, and copy being shallow.
a = [1, [2], 3]
b = a.copy()
a.reverse()
print(a, b)
b[1].append("shared")
print(a, b)
a.clear()
print(a, b, a is b)
