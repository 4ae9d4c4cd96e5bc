# A Vector class with full operator overloading.
class Vector:
    def __init__(self, *components):
        self.c = list(components)

    @classmethod
    def zeros(cls, n):
        return cls(*([0] * n))

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __iter__(self):
        return iter(self.c)

    def __repr__(self):
        return "Vector(" + ", ".join([repr(x) for x in self.c]) + ")"

    def __str__(self):
        return "<" + ", ".join([str(x) for x in self.c]) + ">"

    def _check(self, other):
        if not isinstance(other, Vector):
            return False
        if len(self) != len(other):
            raise ValueError("dimension mismatch: " + str(len(self)) + " vs " + str(len(other)))
        return True

    def __add__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(*[a + b for a, b in zip(self, other)])

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector(*[a - b for a, b in zip(self, other)])

    def __mul__(self, k):
        if isinstance(k, Vector):
            self._check(k)
            return sum([a * b for a, b in zip(self, k)])
        if isinstance(k, (int, float)):
            return Vector(*[a * k for a in self])
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vector(*[a / k for a in self])

    def __neg__(self):
        return Vector(*[-a for a in self])

    def __pos__(self):
        return self

    def __abs__(self):
        return sum([a * a for a in self]) ** 0.5

    def __bool__(self):
        return any(self.c)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c

    def __hash__(self):
        return hash(tuple(self.c))

    def __iadd__(self, other):
        self._check(other)
        for i in range(len(self.c)):
            self.c[i] += other.c[i]
        return self

    def __matmul__(self, other):
        return self * other


a = Vector(1, 2, 3)
b = Vector(4, 5, 6)
print(a + b, a - b, a * 2, 3 * a)
print(repr(a / 2))
print(a * b, a @ b)
print(-a, +a is a, abs(Vector(3, 4)))
print(bool(Vector.zeros(3)), bool(a))
print(a == Vector(1, 2, 3), a != b, a == [1, 2, 3])
print(len({a: 1, Vector(1, 2, 3): 2}))
c = a
c += b
print(a, c is a)
try:
    a + Vector(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a * "x"
except TypeError as e:
    print(type(e).__name__, e)
total = Vector.zeros(2)
for v in [Vector(1, 1), Vector(2, 3), Vector(-1, 4)]:
    total = total + v
print(total, list(total), total[1])
x, y = total
print(x, y)
