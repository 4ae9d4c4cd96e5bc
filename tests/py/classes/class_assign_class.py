# Assigning __class__ switches an instance's type.
class A:
    def who(self):
        return "A"

class B:
    def who(self):
        return "B"

x = A()
print(x.who())
x.__class__ = B
print(x.who(), type(x).__name__)
