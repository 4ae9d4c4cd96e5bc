# type(x) and x.__class__ agree; type of a class is type.
class A:
    pass

class B(A):
    pass

b = B()
print(type(b) is B, b.__class__ is B)
print(type(B) is type, type(A) is type)
print(B.__class__ is type)
print(type(type) is type)
print(type(b).__name__, b.__class__.__name__)
print(type(5).__name__, (5).__class__.__name__)
