import functools

@functools.lru_cache(maxsize=2)
def square(x):
    """Square a number."""
    return x * x

print([square(i) for i in (1, 2, 1, 3, 2, 1)])
print(square.cache_info())
info = square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
print(square.__name__, square.__doc__, square.__wrapped__(7))
square.cache_clear()
print(square.cache_info())

@functools.lru_cache
def ident(x):
    return x
ident(1); ident(1); ident(1.0); ident(x=1); ident('a')
print(ident.cache_info())

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@functools.lru_cache(maxsize=0)
def nothing(x):
    return x
nothing(1); nothing(1)
print(nothing.cache_info())

@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info())

calls = []
@functools.lru_cache(maxsize=3)
def track(x):
    calls.append(x)
    return x
for v in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    track(v)
print(calls, track.cache_info())
