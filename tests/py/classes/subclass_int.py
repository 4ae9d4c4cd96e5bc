# An int subclass keeps int arithmetic, which returns plain ints.
class Cents(int):
    def dollars(self):
        return self // 100

    def __repr__(self):
        return "Cents(" + str(int(self)) + ")"

c = Cents(1250)
print(c.dollars())
print(repr(c), c + 1, type(c + 1).__name__)
print(c == 1250, hash(c) == hash(1250))
print(isinstance(c, int), int(c), type(int(c)).__name__)
print(str(c))
print([0, 1, 2][Cents(1)])
