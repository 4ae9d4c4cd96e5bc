# __radd__ is used when the left operand cannot handle the operation.
class Meters:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Meters(" + str(self.v) + ")"

    def __add__(self, o):
        print("__add__")
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, int):
            return Meters(self.v + o)
        return NotImplemented

    def __radd__(self, o):
        print("__radd__")
        return self.__add__(o)

    def __rsub__(self, o):
        return Meters(o - self.v)

    def __rmul__(self, o):
        return Meters(o * self.v)

m = Meters(5)
print(m + 1)
print(1 + m)
print(m + m)
print(10 - m, 3 * m)
print(sum([Meters(1), Meters(2), Meters(3)]))
