# A tuple subclass with properties.
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

    @property
    def second(self):
        return self[1]

p = Pair(1, 2)
print(p, p.first, p.second, len(p))
print(p == (1, 2), type(p).__name__)
a, b = p
print(a, b)
