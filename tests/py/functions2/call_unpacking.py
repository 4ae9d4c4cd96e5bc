def f(a, b, c=0, *args, **kwargs):
    return a, b, c, args, kwargs
args = [1, 2]
print(f(*args))
print(f(*args, 3, 4, 5))
print(f(*[1], *(2, 3), *"xy"))
print(f(**{"a": 1, "b": 2}))
print(f(1, **{"b": 2}, **{"z": 9}))
print(f(*range(3), x=1, **{"y": 2}))
print(f(*(i * i for i in range(4))))
try:
    f(1, **{"a": 2, "b": 3})
except TypeError as e:
    print(e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
