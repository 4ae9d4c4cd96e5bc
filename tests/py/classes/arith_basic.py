# Binary arithmetic dunders.
class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Num(" + repr(self.v) + ")"

    def __add__(self, o):
        return Num(self.v + o.v)

    def __sub__(self, o):
        return Num(self.v - o.v)

    def __mul__(self, o):
        return Num(self.v * o.v)

    def __truediv__(self, o):
        return Num(self.v / o.v)

    def __floordiv__(self, o):
        return Num(self.v // o.v)

    def __mod__(self, o):
        return Num(self.v % o.v)

    def __pow__(self, o):
        return Num(self.v ** o.v)

    def __divmod__(self, o):
        return (Num(self.v // o.v), Num(self.v % o.v))

    def __matmul__(self, o):
        return "matmul " + repr(self.v) + " " + repr(o.v)

a, b = Num(7), Num(2)
print(a + b, a - b, a * b, a / b)
print(a // b, a % b, a ** b)
print(divmod(a, b))
print(a @ b)
print(pow(a, b))
