print(list(range(0, 10, 3)), list(range(10, 0, -4)), list(range(0)))
r = iter(range(3))
print(next(r), type(r).__name__)
print(sum(range(1, 101)), len(range(0, 100, 7)), 21 in range(0, 100, 7))
