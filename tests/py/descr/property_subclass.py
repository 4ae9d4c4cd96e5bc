# property can be subclassed; copies keep the subclass.
class loud(property):
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return "LOUD " + str(super().__get__(obj, objtype))

class A:
    @loud
    def name(self):
        "the name"
        return "a"

    @name.setter
    def name(self, value):
        print("setting", value)

a = A()
print(a.name)
a.name = "b"
print(type(A.__dict__["name"]).__name__)
print(A.__dict__["name"].__doc__)
print(isinstance(A.__dict__["name"], property))
