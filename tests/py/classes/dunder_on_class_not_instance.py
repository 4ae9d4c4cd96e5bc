# Dunders are looked up on the type, not the instance.
class A:
    def __len__(self):
        return 1

a = A()
a.__len__ = lambda: 99
print(len(a), a.__len__())
class B:
    pass

b = B()
b.__repr__ = lambda: "instance repr"
print(repr(b) == "instance repr")
