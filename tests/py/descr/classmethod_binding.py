# classmethod binds the class: the instance's class when read through one.
class Base:
    @classmethod
    def who(cls, suffix=""):
        return cls.__name__ + suffix

class Derived(Base):
    pass

print(Base.who(), Base().who("!"))
print(Derived.who(), Derived().who("?"))
m = Derived.who
print(type(m).__name__, m.__self__ is Derived, m.__func__ is Base.__dict__["who"].__func__)
cm = Base.__dict__["who"]
print(type(cm).__name__, cm.__func__ is cm.__wrapped__, cm.__isabstractmethod__)
print(cm.__get__(None, Derived)())
print(cm.__get__(Derived())())
try:
    cm.__get__(None)
except TypeError as e:
    print(e)
try:
    cm()
except TypeError as e:
    print(type(e).__name__, e)
print(repr(cm).startswith("<classmethod(<function Base.who at 0x"))
print(repr(classmethod(len)))
