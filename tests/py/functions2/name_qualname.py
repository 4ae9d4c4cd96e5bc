def outer():
    def inner():
        pass
    return inner
print(outer.__name__, outer.__qualname__)
i = outer()
print(i.__name__, i.__qualname__)
class C:
    def method(self):
        def local():
            pass
        return local
    class Nested:
        def deep(self):
            pass
print(C.method.__qualname__, C().method().__qualname__)
print(C.Nested.deep.__qualname__, C.Nested.__qualname__)
f = lambda: 0
print(f.__name__, f.__qualname__)
def renamed():
    pass
renamed.__name__ = "other"
print(renamed.__name__, renamed.__qualname__)
