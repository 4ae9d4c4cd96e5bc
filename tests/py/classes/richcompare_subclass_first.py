# A subclass's reflected comparison is tried first.
class Base:
    def __lt__(self, other):
        return "Base.__lt__"

    def __gt__(self, other):
        return "Base.__gt__"

class Derived(Base):
    def __lt__(self, other):
        return "Derived.__lt__"

    def __gt__(self, other):
        return "Derived.__gt__"

print(Base() < Derived())
print(Derived() < Base())
print(Base() > Base())
