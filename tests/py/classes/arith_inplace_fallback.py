# Without __iadd__, += falls back to __add__ and rebinds the name.
class Vec:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print("__add__")
        return Vec(self.v + o)

    def __rsub__(self, o):
        print("__rsub__")
        return Vec(o - self.v)

a = Vec(1)
old = a
a += 5
print(a.v, old.v, a is old)
n = 10
n -= Vec(3)
print(n.v)
class NI:
    def __iadd__(self, o):
        return NotImplemented

    def __add__(self, o):
        return "used __add__"

x = NI()
x += 1
print(x)
