# Returning NotImplemented tries the reflection, then fails for ordering.
class A:
    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented

class B:
    def __gt__(self, other):
        print("B.__gt__")
        return NotImplemented

try:
    A() < B()
except TypeError as e:
    print(type(e).__name__, e)
try:
    A() <= 1
except TypeError as e:
    print(type(e).__name__, e)
print(A() == B(), A() != B())
