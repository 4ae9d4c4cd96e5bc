# __getattr__ is called only when normal lookup fails.
class Proxy:
    def __init__(self):
        self.real = "real value"

    def __getattr__(self, name):
        print("getattr", name)
        if name.startswith("x_"):
            return name[2:]
        raise AttributeError("no " + name)

p = Proxy()
print(p.real)
print(p.x_hello)
try:
    p.other
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "y"))
print(getattr(p, "z", "dflt"))
