def f(a, b=2):
    pass
for call in [lambda: f(1, c=3), lambda: f(1, a=1), lambda: f(b=1), lambda: f(1, 2, b=3)]:
    try:
        call()
    except TypeError as e:
        print(e)
class C:
    def m(self, x):
        pass
try:
    C().m(1, 2)
except TypeError as e:
    print(e)
try:
    C().m(y=1)
except TypeError as e:
    print(e)
