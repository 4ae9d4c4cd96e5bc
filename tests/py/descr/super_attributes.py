# The super object's own attributes, and its repr.
class A:
    pass

class B(A):
    def method(self):
        s = super()
        print(s.__thisclass__.__name__, s.__self__ is self, s.__self_class__.__name__)
        print(s.__class__ is super, type(s).__name__)
        print(repr(s))
        return s

b = B()
b.method()
print(repr(super(B, B)))
print(repr(super(B)))
u = super(B)
print(u.__self__, u.__self_class__, u.__thisclass__.__name__)
bound = u.__get__(b, B)
print(repr(bound), bound.__self__ is b)
print(u.__get__(None, B) is u)
try:
    super(B, b).missing
except AttributeError as e:
    print(e)
