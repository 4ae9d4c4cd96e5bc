# Swapping without a temporary, and rotating three values.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "x", "y", "z"
x, y, z = y, z, x
print(x, y, z)
items = [1, 2, 3]
items[0], items[2] = items[2], items[0]
print(items)
