# Lookup walks a chain of three classes.
class A:
    def f(self):
        return "A.f"

    def g(self):
        return "A.g"

    def h(self):
        return "A.h"

class B(A):
    def g(self):
        return "B.g"

class C(B):
    def h(self):
        return "C.h"

c = C()
print(c.f(), c.g(), c.h())
print([k.__name__ for k in C.__mro__])
