# isinstance and issubclass reject non-class arguments.
class A:
    pass

try:
    isinstance(A(), 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(A(), A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(A, "A")
except TypeError as e:
    print(type(e).__name__, e)
