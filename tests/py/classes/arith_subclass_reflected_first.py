# A subclass overriding the reflected method is tried first.
class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return "Base.__add__"

    def __radd__(self, o):
        return "Base.__radd__"

class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__"

class Sub2(Base):
    pass

print(Base(1) + Sub(2))
print(Sub(1) + Base(2))
print(Base(1) + Sub2(2))
class MyInt(int):
    def __radd__(self, o):
        return "MyInt.__radd__"

print(1 + MyInt(2))
print(MyInt(2) + 1)
