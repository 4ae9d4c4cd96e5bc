# An instance attribute can shadow a method of the class.
class A:
    def size(self):
        return "method"

a = A()
print(a.size())
a.size = lambda: "instance function"
print(a.size())
del a.size
print(a.size())
A.size = 5
print(a.size)
