# __delete__ on a data descriptor handles del.
class Field:
    def __init__(self):
        self.values = {}

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return self.values.get(id(obj), "unset")

    def __set__(self, obj, value):
        self.values[id(obj)] = value

    def __delete__(self, obj):
        print("deleting")
        del self.values[id(obj)]

class C:
    f = Field()

c = C()
print(c.f)
c.f = 3
print(c.f)
del c.f
print(c.f)
print(type(C.f).__name__)
