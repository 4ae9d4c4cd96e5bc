# Alternate constructors as classmethods build the subclass they are called on.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @classmethod
    def from_pair(cls, pair):
        return cls(pair[0], pair[1])

    def __repr__(self):
        return type(self).__name__ + "(" + str(self.x) + ", " + str(self.y) + ")"

class Point3(Point):
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z

print(Point.origin())
print(Point.from_pair((3, 4)))
print(Point3.origin(), Point3.origin().z)
print(Point3.from_pair([5, 6]))
print(Point(1, 2).origin())
