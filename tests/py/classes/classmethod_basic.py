# classmethod receives the class, also when called on an instance or subclass.
class Base:
    count = 0

    @classmethod
    def make(cls):
        cls.count += 1
        return cls()

    @classmethod
    def name(cls):
        return cls.__name__

class Sub(Base):
    pass

b = Base.make()
s = Sub.make()
print(type(b).__name__, type(s).__name__)
print(Base.count, Sub.count)
print(b.name(), s.name(), Sub.name())
m = Sub.name
print(m.__self__ is Sub, type(m).__name__)
print(type(Base.__dict__["make"]).__name__)
