# Decorating methods, including a decorator that is itself a class.
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)

@CountCalls
def square(x):
    return x * x

print(square(3), square(4), square.calls)

def logged(fn):
    def wrapper(self, *args):
        print("calling", fn.__name__, args)
        return fn(self, *args)
    return wrapper

class Calc:
    @logged
    def add(self, a, b):
        return a + b

print(Calc().add(1, 2))
