def f(a, b, c):
    pass
for call in [lambda: f(), lambda: f(1), lambda: f(1, 2), lambda: f(1, c=3)]:
    try:
        call()
    except TypeError as e:
        print(e)
def g(*, x, y, z):
    pass
try:
    g(y=1)
except TypeError as e:
    print(e)
