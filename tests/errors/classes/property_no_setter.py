# Assigning to a read-only property.
class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return 3 * self.r * self.r

c = Circle(2)
c.area = 10
