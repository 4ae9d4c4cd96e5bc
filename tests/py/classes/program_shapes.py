# A shapes hierarchy with an abstract-ish base and polymorphism.
class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(type(self).__name__ + " must define area")

    def perimeter(self):
        raise NotImplementedError(type(self).__name__ + " must define perimeter")

    def describe(self):
        return self.name + ": area=" + str(self.area()) + " perimeter=" + str(self.perimeter())

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return type(self).__name__ + "(" + self.name + ")"


class Rectangle(Shape):
    def __init__(self, w, h, name="rectangle"):
        super().__init__(name)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, "square")


class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__("triangle")
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError("impossible triangle " + str((a, b, c)))
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        a, b, c = self.sides
        s = (a + b + c) / 2
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5


class Circle(Shape):
    PI = 3.14159

    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return self.PI * self.r * self.r

    def perimeter(self):
        return 2 * self.PI * self.r


class Blob(Shape):
    pass


shapes = [Rectangle(3, 4), Square(5), Triangle(3, 4, 5), Circle(1)]
for s in shapes:
    print(s.describe())
print(sorted(shapes))
print(max(shapes), min(shapes))
print("largest is a", type(max(shapes)).__name__)
print([isinstance(s, Rectangle) for s in shapes])
print(issubclass(Square, Shape), Square.__mro__[1].__name__)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print(type(e).__name__, e)
b = Blob("blob")
try:
    b.describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
print("shapes made", Shape.count)
totals = {}
for s in shapes:
    key = type(s).__name__
    totals[key] = totals.get(key, 0) + s.perimeter()
print(totals)
