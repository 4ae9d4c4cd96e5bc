# staticmethod: the same plain function through the class and an instance.
class Util:
    @staticmethod
    def add(a, b):
        return a + b

u = Util()
print(Util.add(1, 2), u.add(3, 4))
print(Util.add is u.add)
print(Util.add is Util.__dict__["add"].__func__)
sm = Util.__dict__["add"]
print(type(sm).__name__, isinstance(sm, staticmethod))
print(sm.__func__ is sm.__wrapped__)
print(sm.__name__, sm.__isabstractmethod__)
# 3.11: staticmethod objects are callable.
print(sm(10, 20))
print(repr(sm).startswith("<staticmethod(<function Util.add at 0x"))
print(repr(staticmethod(len)))
