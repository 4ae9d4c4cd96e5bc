# Too many positional arguments.
def f(a, b=2):
    return a
try:
    f(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
def g():
    return 0
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)
def h(x):
    return x
try:
    h(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
