def inner():
    try:
        while True:
            got = yield
            print("inner got", got)
    except KeyError:
        print("inner handled KeyError")
        return "inner done"
def outer():
    r = yield from inner()
    print("outer result", r)
    yield "end"
g = outer()
next(g)
g.send(1)
g.send(2)
print(g.throw(KeyError("k")))
