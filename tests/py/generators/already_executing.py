def gen():
    yield g.send(None)
g = gen()
try:
    next(g)
except ValueError as e:
    print(e)
