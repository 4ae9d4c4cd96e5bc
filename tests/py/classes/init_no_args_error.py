# Calling a class without __init__ with arguments is a TypeError.
class A:
    pass

try:
    A(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class B:
    def __init__(self, x):
        self.x = x

try:
    B()
except TypeError as e:
    print(type(e).__name__, e)
try:
    B(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
