def gen():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    yield "after"
g = gen()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
def fragile():
    yield 1
g = fragile()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
try:
    next(g)
except StopIteration:
    print("closed after throw")
g2 = fragile()
try:
    g2.throw(RuntimeError("early"))
except RuntimeError as e:
    print("not started:", e)
