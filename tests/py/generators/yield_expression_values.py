def g():
    x = yield
    print("x =", x)
    y = yield x
    print("y =", y)
it = g()
print(next(it))
print(it.send("first"))
try:
    it.send("second")
except StopIteration:
    print("done")
def both():
    got = []
    while len(got) < 3:
        got.append((yield len(got)))
    return got
b = both()
print(next(b), b.send("a"), b.send("b"))
try:
    b.send("c")
except StopIteration as e:
    print(e.value)
