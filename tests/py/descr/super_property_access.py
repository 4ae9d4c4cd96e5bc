# A property reached through super() runs its getter with the instance.
class Base:
    def __init__(self):
        self._size = 3

    @property
    def size(self):
        return self._size

    label = "base label"

class Child(Base):
    @property
    def size(self):
        return super().size * 2

    @property
    def label(self):
        return "child/" + super().label

c = Child()
print(c.size, c.label)
# Through the class (type mode) the property object itself comes back.
print(type(super(Child, Child).size).__name__)
# Assignment through super() does not reach the property.
try:
    super(Child, c).size = 5
except AttributeError as e:
    print(e)
