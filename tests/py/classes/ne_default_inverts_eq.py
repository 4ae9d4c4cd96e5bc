# The default __ne__ inverts __eq__ unless it is NotImplemented.
class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq called")
        if not isinstance(other, P):
            return NotImplemented
        return self.v == other.v

print(P(1) != P(1))
print(P(1) != P(2))
print(P(1) != "x")
