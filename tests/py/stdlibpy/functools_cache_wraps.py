import functools

@functools.cache
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)

print(collatz(27), collatz.cache_info().currsize > 100)

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__, args)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

print(add(2, 3))
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__wrapped__(10, 20))

def target():
    "target doc"
target.extra = 'kept'

def shell():
    pass
res = functools.update_wrapper(shell, target)
print(res is shell, shell.__name__, shell.__doc__, shell.extra, shell.__wrapped__ is target)

class Obj:
    pass
o = Obj()
def bare():
    pass
functools.update_wrapper(bare, o)
print(bare.__name__, bare.__wrapped__ is o)
