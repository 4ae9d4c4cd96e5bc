# Default reprs of classes mention module and qualified name.
class A:
    class B:
        pass

print(repr(A))
print(repr(A.B))
print(str(A))
print(repr(int), repr(object), repr(type))
r = repr(A())
print(r.startswith("<__main__.A object at 0x"), r.endswith(">"))
