# super() works when self is captured by a closure, and inside classmethods.
class A:
    def greet(self):
        return "A.greet"

    @classmethod
    def create(cls):
        return "A.create for " + cls.__name__

    @staticmethod
    def helper():
        return "A.helper"

class B(A):
    def greet(self):
        inner = lambda: self.greet
        return "B+" + super().greet() + " " + str(inner().__self__ is self)

    @classmethod
    def create(cls):
        return "B then " + super().create()

    def use_helper(self):
        return super().helper()

b = B()
print(b.greet())
print(B.create())
print(b.create())
print(b.use_helper())

class C(B):
    pass

print(C.create())
