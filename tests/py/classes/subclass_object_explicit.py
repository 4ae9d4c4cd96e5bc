# Inheriting from object explicitly is the same as no base.
class A(object):
    pass

class B:
    pass

print(A.__bases__ == B.__bases__)
print(A.__mro__[1] is object, B.__mro__[1] is object)
print(len(A.__mro__))
