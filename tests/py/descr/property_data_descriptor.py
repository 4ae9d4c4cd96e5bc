# A property wins over an instance attribute of the same name.
class A:
    @property
    def x(self):
        return "from property"

a = A()
a.__dict__["x"] = "from dict"
print(a.x)
print(a.__dict__)
print(A.x.__get__(None, A) is A.x)
print(A.x.__get__(a, A))
print(A.x.__get__(a))
