# The instance dict wins over a non-data descriptor.
class Quiet:
    def __get__(self, obj, owner):
        if obj is None:
            return "from class " + owner.__name__
        return "descriptor on " + type(obj).__name__

class C:
    attr = Quiet()

c = C()
print(c.attr)
print(C.attr)
c.attr = "instance"
print(c.attr)
del c.attr
print(c.attr)
