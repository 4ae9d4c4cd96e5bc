def gen():
    yield 1
    return "done"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e.value), e.args)
def empty():
    return 5
    yield
try:
    next(empty())
except StopIteration as e:
    print(e.value)
def noval():
    yield 1
g = noval(); next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
