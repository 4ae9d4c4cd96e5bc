square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
print(square.__name__, add.__defaults__)
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
fs = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in fs])
print((lambda: "no args")())
