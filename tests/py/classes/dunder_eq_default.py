# Default equality is identity; != is derived from __eq__.
class A:
    pass

a = A()
b = A()
print(a == a, a == b, a != b, a != a)
class E:
    def __eq__(self, other):
        print("E.__eq__")
        return True

print(E() != E())
print(E() == 5)
print(5 == E())
