# isinstance and issubclass with classes and tuples.
class A:
    pass

class B(A):
    pass

class C:
    pass

b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C))
print(isinstance(b, (C, A)), isinstance(b, (C, int)))
print(isinstance(b, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B))
print(issubclass(B, (C, A)), issubclass(C, (A, B)))
print(issubclass(B, object), issubclass(bool, int))
print(isinstance(True, int), isinstance(1, (str, (float, int))))
