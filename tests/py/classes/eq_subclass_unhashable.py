# A subclass that defines __eq__ loses the inherited __hash__.
class Base:
    def __hash__(self):
        return 1

class Child(Base):
    def __eq__(self, other):
        return True

print(hash(Base()))
try:
    hash(Child())
except TypeError as e:
    print(type(e).__name__, e)
class Both(Base):
    def __eq__(self, other):
        return True

    __hash__ = Base.__hash__

print(hash(Both()))
