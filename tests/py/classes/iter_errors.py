# Errors from non-iterables and bad __iter__ results.
class A:
    pass

try:
    for x in A():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(A())
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5

try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    def __iter__(self):
        return self

try:
    list(NoNext())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(A())
except TypeError as e:
    print(type(e).__name__, e)
