# Unexpected and duplicate keyword arguments.
def f(a, b=2):
    return a
try:
    f(1, c=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(b=1)
except TypeError as e:
    print(type(e).__name__, e)
