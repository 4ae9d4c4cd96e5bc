# Cooperative __init__ passing keyword arguments along the MRO.
class Base:
    def __init__(self, **kw):
        print("Base leftover", kw)

class Named(Base):
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)

class Aged(Base):
    def __init__(self, age, **kw):
        self.age = age
        super().__init__(**kw)

class Person(Named, Aged):
    pass

p = Person(name="ann", age=30, extra=1)
print(p.name, p.age)
