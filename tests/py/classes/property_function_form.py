# property(fget, fset, fdel, doc) built without decorators.
class Box:
    def __init__(self):
        self._v = 1

    def get_v(self):
        return self._v

    def set_v(self, v):
        self._v = v * 10

    v = property(get_v, set_v, None, "the value")

b = Box()
b.v = 4
print(b.v)
print(Box.v.__doc__)
print(Box.v.fget is Box.get_v, Box.v.fset is Box.set_v, Box.v.fdel)
