# Unary minus, plus, invert and abs.
class Z:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return Z(-self.v)

    def __pos__(self):
        return Z(self.v + 1000)

    def __invert__(self):
        return "inverted"

    def __abs__(self):
        return Z(abs(self.v))

    def __repr__(self):
        return "Z(" + str(self.v) + ")"

z = Z(-3)
print(-z, +z, ~z, abs(z))
print(-(-z))
