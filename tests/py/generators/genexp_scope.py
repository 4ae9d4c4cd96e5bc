x = "outer"
g = (x for x in range(3))
print(list(g), x)
data = [1, 2, 3]
g = (v * 2 for v in data)
data = [10]
print(list(g))
try:
    g = (1 for _ in 5)
except TypeError as e:
    print(e)
