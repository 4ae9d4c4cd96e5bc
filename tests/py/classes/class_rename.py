# A class's __name__, __qualname__ and __doc__ can be assigned; built-in types refuse.
class A: pass
A.__name__ = "B"
print(A, A.__name__, A.__qualname__)
A.__qualname__ = "X.Y"
print(A)
try:
    int.__name__ = "x"
except TypeError as e: print(e)
A.__doc__ = "d"
print(A.__doc__)
