# super(Class, obj) starts the lookup after Class in obj's MRO.
class A:
    def name(self):
        return "A"

class B(A):
    def name(self):
        return "B"

class C(B):
    def name(self):
        return "C"

c = C()
print(super(C, c).name())
print(super(B, c).name())
try:
    super(A, c).name()
except AttributeError as e:
    print(type(e).__name__, e)
