# When __new__ returns an object of another class, __init__ is skipped.
class Other:
    pass

class Factory:
    def __new__(cls, kind):
        if kind == "other":
            return Other()
        return super().__new__(cls)

    def __init__(self, kind):
        print("init called with", kind)
        self.kind = kind

a = Factory("mine")
print(type(a).__name__, a.kind)
b = Factory("other")
print(type(b).__name__)
print(hasattr(b, "kind"))
