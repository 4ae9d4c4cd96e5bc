# A class statement, an instance and a method call.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y

p = Point(3, 4)
print(p.x, p.y)
print(p.total())
print(type(p).__name__)
print(type(p) is Point)
