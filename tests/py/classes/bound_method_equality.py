# Bound methods compare equal when bound to the same object and function.
class A:
    def f(self):
        return 1

a = A()
b = A()
print(a.f == a.f)
print(a.f is a.f)
print(a.f == b.f)
print(A.f is A.f)
m1 = a.f
m2 = a.f
print(m1 == m2, m1.__func__ is m2.__func__)
