# getattr, setattr, hasattr and delattr builtins on instances and classes.
class A:
    cls_attr = "c"

a = A()
setattr(a, "x", 10)
print(getattr(a, "x"), a.x)
print(hasattr(a, "x"), hasattr(a, "y"), hasattr(a, "cls_attr"))
print(getattr(a, "y", None))
delattr(a, "x")
print(hasattr(a, "x"))
try:
    getattr(a, "y")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(a, "y")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(a, 5)
except TypeError as e:
    print(type(e).__name__, e)
setattr(A, "new", 1)
print(a.new)
print(getattr(a, "cls_attr"))
