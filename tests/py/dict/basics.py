# Literals, indexing, len, repr and missing keys.
d = {"one": 1, "two": 2, 3: "three", (4, 5): [6]}
print(d, len(d), d["one"], d[3], d[(4, 5)])
try:
    d["four"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
print({}, dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 0}, z=9))
