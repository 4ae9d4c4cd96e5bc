# super(type, obj) and super(type, type2) start after `type` in the MRO.
class A:
    def who(self):
        return "A"

    @classmethod
    def make(cls):
        return "make " + cls.__name__

class B(A):
    def who(self):
        return "B"

class C(B):
    def who(self):
        return "C"

c = C()
print(super(C, c).who(), super(B, c).who())
try:
    super(A, c).who()
except AttributeError as e:
    print(e)
print(super(C, C).who(c))
print(super(C, C).make(), super(B, c).make())
print(super(C, c).who.__self__ is c)
print(super(C, C).who is A.who, super(B, C).who is A.who)
