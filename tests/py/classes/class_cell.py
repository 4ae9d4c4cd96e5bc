# __class__ inside a method refers to the defining class.
class Base:
    def where(self):
        return __class__.__name__

class Child(Base):
    def here(self):
        return __class__.__name__

c = Child()
print(c.where(), c.here(), type(c).__name__)
