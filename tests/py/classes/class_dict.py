# A class's __dict__ is a read-only mapping proxy.
class C:
    """Doc."""
    x = 1

    def f(self):
        return 2

d = C.__dict__
print(type(d).__name__)
print("x" in d, "f" in d, "y" in d)
print(d["x"])
print(d["__doc__"])
print(d["__module__"])
print(sorted([k for k in d.keys() if not k.startswith("__")]))
try:
    d["x"] = 5
except TypeError as e:
    print(type(e).__name__, e)
C.y = 3
print("y" in C.__dict__)
