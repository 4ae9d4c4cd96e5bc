def f(a, b=2, *, c=3, d):
    return a, b, c, d
print(f.__defaults__, f.__kwdefaults__)
def g(a, b):
    pass
print(g.__defaults__, g.__kwdefaults__)
f.__defaults__ = (20,)
print(f(1, d=4))
f.__kwdefaults__ = {"c": 30, "d": 40}
print(f(1))
def h(x, y=5):
    return x + y
h.__defaults__ = None
try:
    h(1)
except TypeError as e:
    print(e)
