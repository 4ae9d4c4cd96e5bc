a = b, c = 1, 2
print(a, b, c)
x = [y, z] = "pq"
print(x, y, z)
