# Cooperative multiple inheritance: each super() call moves along self's MRO.
class Base:
    def __init__(self):
        print("Base")
        self.trail = ["Base"]

    def describe(self):
        return ["Base"]

class Left(Base):
    def __init__(self):
        print("Left before")
        super().__init__()
        self.trail.append("Left")

    def describe(self):
        return ["Left"] + super().describe()

class Right(Base):
    def __init__(self):
        print("Right before")
        super().__init__()
        self.trail.append("Right")

    def describe(self):
        return ["Right"] + super().describe()

class Bottom(Left, Right):
    def __init__(self):
        print("Bottom before")
        super().__init__()
        self.trail.append("Bottom")

    def describe(self):
        return ["Bottom"] + super().describe()

b = Bottom()
print(b.trail)
print(b.describe())
names = []
for c in Bottom.__mro__:
    names.append(c.__name__)
print(names)
# super() inside Left continues with Right for a Bottom, with Base for a Left.
print(Left().describe())
