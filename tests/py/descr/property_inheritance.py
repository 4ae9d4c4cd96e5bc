# A subclass extends an inherited property with a setter, or overrides it.
class Base:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

class Writable(Base):
    @Base.v.setter
    def v(self, value):
        self._v = value * 10

class Overridden(Base):
    @property
    def v(self):
        return "overridden " + str(super().v)

w = Writable()
w.v = 4
print(w.v)
print(Base.v is Writable.v, Base.v.fget is Writable.v.fget)
o = Overridden()
print(o.v)
try:
    Base().v = 3
except AttributeError as e:
    print(e)
