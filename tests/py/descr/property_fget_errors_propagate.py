# Exceptions raised by the accessor functions pass through unchanged.
class A:
    @property
    def x(self):
        raise KeyError("inside getter")

    @x.setter
    def x(self, v):
        raise ValueError("inside setter " + str(v))

    @x.deleter
    def x(self):
        raise TypeError("inside deleter")

a = A()
try:
    a.x
except KeyError as e:
    print(type(e).__name__, e)
try:
    a.x = 3
except ValueError as e:
    print(type(e).__name__, e)
try:
    del a.x
except TypeError as e:
    print(type(e).__name__, e)
