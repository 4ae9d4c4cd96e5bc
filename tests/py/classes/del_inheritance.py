# __del__ is inherited and a subclass may chain to the parent's.
class Base:
    def __del__(self):
        print("Base.__del__", type(self).__name__)

class Child(Base):
    def __del__(self):
        print("Child.__del__")
        super().__del__()

class Plain(Base):
    pass

c = Child()
del c
p = Plain()
del p
print("end")
