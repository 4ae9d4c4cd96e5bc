import collections

Point = collections.namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), list(p))
print(Point(x=3, y=4), Point(5, y=6))
print(p._asdict(), p._replace(y=20), Point._make([7, 8]))
print(Point._fields, Point.__doc__, Point.x.__doc__, Point.__match_args__)
print(isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)), p + (3,))
x, y = p
print(x, y, Point.__name__)
P3 = collections.namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 9])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults)
print(collections.namedtuple('R', 'a, b')._fields)
print(collections.namedtuple('R', 'x def _y x class', rename=True)._fields)
class Vec(collections.namedtuple('Vec', 'x y')):
    __slots__ = ()
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(3, 4)
print(v, v.norm2(), v._replace(x=0))
a, b = p
print('unpacked', a, b)
Q = collections.namedtuple('Q', 'a b c d')
for expr in ["Point()", "Point(1, 2, 3)", "Point(1, x=2)", "Point(1, z=3)", "Q(1)", "Q(1, 2)",
             "Point._make([1])", "p._replace(z=1)", "collections.namedtuple('A', 'x x')",
             "collections.namedtuple('A', '_x')", "collections.namedtuple('A', 'def')",
             "collections.namedtuple('A', '1x')", "collections.namedtuple('A-', 'x')",
             "collections.namedtuple('A', 'x y', defaults=[1, 2, 3])"]:
    try:
        eval(expr)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
