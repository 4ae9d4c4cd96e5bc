# a < b falls back to b.__gt__ when a does not know b.
class Only:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        print("Only.__gt__")
        return self.n > other

    def __eq__(self, other):
        print("Only.__eq__")
        return self.n == other

o = Only(5)
print(3 < o)
print(o > 3)
print(3 == o)
print(10 != o)
