# __name__, __qualname__ and __module__ of classes and methods.
class Outer:
    class Inner:
        def method(self):
            pass

    def method(self):
        pass

def make():
    class Local:
        pass
    return Local

print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__)
print(Outer.method.__qualname__)
L = make()
print(L.__name__, L.__qualname__)
print(Outer.__module__, L.__module__)
print(Outer().__module__)
