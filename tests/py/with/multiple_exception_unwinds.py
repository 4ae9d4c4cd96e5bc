# An exception in the body passes through every manager's __exit__.
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow

with CM("outer", swallow=True), CM("inner"):
    raise KeyError("k")
print("outer swallowed it")
with CM("outer"), CM("inner", swallow=True):
    raise KeyError("k")
print("inner swallowed it")
