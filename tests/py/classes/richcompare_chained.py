# Chained comparisons call each comparison once.
class N:
    def __init__(self, n):
        self.n = n

    def __lt__(self, o):
        print("lt", self.n, o.n)
        return self.n < o.n

a, b, c = N(1), N(2), N(0)
print(a < b < c)
print(c < a < b)
