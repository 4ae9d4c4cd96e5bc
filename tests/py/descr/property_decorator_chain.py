# @x.setter and @x.deleter build new property objects that share the getter.
class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        print("get")
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("set", value)
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("del")
        self._c = None

t = Temp()
print(t.celsius)
t.celsius = 25
print(t.celsius)
del t.celsius
print(t._c)
p = Temp.__dict__["celsius"]
print(type(p).__name__)
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(p.fget is not p.fset)
