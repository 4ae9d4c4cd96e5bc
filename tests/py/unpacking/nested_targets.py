(a, b), c = (1, 2), 3
print(a, b, c)
[x, [y, z]] = [1, [2, 3]]
print(x, y, z)
(p, *q), r = "abc", "d"
print(p, q, r)
for (i, j), k in [((1, 2), 3), ((4, 5), 6)]:
    print(i + j + k)
