# iter() and next(), with a default and StopIteration.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
