def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    result = yield from inner()
    print("got", result)
    yield 3
    return result.upper()
g = outer()
print(list(g))
def delegate():
    r = yield from outer()
    yield r
print(list(delegate()))
def from_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
print(list(from_iterables()))
