def f(**kwargs):
    return kwargs
print(f(), f(a=1, b=2))
print(type(f(x=1)).__name__)
def g(a, **kw):
    return a, sorted(kw)
print(g(1, z=1, y=2), g(a=5, b=6))
def h(*args, **kwargs):
    return args, kwargs
print(h(1, 2, x=3))
d = {"p": 1}
r = f(**d)
r["q"] = 2
print(d, r)
