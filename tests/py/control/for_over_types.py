# for loops over every iterable type of the foundation.
for x in [1, 2]:
    print("list", x)
for x in (3,):
    print("tuple", x)
for x in "ab":
    print("str", x)
for x in {"k1": 1, "k2": 2}:
    print("dict", x)
for x in range(2, 0, -1):
    print("range", x)
for a, b in [(1, 2), (3, 4)]:
    print("pairs", a, b)
for x in iter([7, 8]):
    print("iter", x)
