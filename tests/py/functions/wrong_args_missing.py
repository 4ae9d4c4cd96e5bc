# Missing positional arguments.
def f(a, b, c=3):
    return a
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
def g(x):
    return x
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
