# Properties are inherited and can be overridden.
class Shape:
    @property
    def name(self):
        return "shape"

    @property
    def area(self):
        return 0

class Square(Shape):
    def __init__(self, s):
        self.s = s

    @property
    def area(self):
        return self.s * self.s

sq = Square(3)
print(sq.name, sq.area)
print(Shape().area)
