# Function decorators wrap and replace the function.
def shout(fn):
    def wrapper(*args, **kw):
        return fn(*args, **kw).upper()
    wrapper.__name__ = fn.__name__
    return wrapper

def repeat(n):
    def deco(fn):
        def wrapper(x):
            return [fn(x) for _ in range(n)]
        return wrapper
    return deco

@shout
def greet(name):
    return "hello " + name

@repeat(3)
def double(x):
    return x * 2

print(greet("ann"), greet.__name__)
print(double(4))
