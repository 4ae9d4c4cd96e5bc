# __subclasses__ lists direct subclasses in creation order.
class Base:
    pass

class One(Base):
    pass

class Two(Base):
    pass

class Three(One):
    pass

print([k.__name__ for k in Base.__subclasses__()])
print([k.__name__ for k in One.__subclasses__()])
