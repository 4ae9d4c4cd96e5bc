# __get__ receives the instance (or None) and the owner class.
class Show:
    def __get__(self, obj, owner=None):
        return (obj is None, owner.__name__)

class A:
    s = Show()

class B(A):
    pass

print(A.s, A().s)
print(B.s, B().s)
