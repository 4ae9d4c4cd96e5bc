# type(name, bases, dict) creates a class.
def hello(self):
    return "hi from " + self.name

Base = type("Base", (), {"name": "base", "hello": hello})
Derived = type("Derived", (Base,), {"name": "derived"})
print(Base.__name__, Derived.__name__)
print(Derived().hello())
print(Derived.__mro__ == (Derived, Base, object))
print(isinstance(Derived(), Base))
print(Base.__module__)
