def gen():
    yield 1
    1 / 0
g = gen()
next(g)
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    next(g)
except StopIteration:
    print("finished after error")
