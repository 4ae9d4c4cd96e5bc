# When both sides return NotImplemented the operator raises TypeError.
class A:
    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return NotImplemented

class B:
    pass

for expr in [lambda: A() + B(), lambda: B() + A(), lambda: A() + 1, lambda: 1 + A()]:
    try:
        expr()
    except TypeError as e:
        print(type(e).__name__, e)
