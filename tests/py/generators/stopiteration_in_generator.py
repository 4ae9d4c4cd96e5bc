def gen():
    yield 1
    raise StopIteration("oops")
try:
    list(gen())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def gen2():
    it = iter([])
    yield next(it, "default")
print(list(gen2()))
