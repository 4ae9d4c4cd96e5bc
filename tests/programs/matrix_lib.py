# A small matrix library with operator overloading and exact rational arithmetic.
from math import gcd


class Fraction:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Fraction(%d, 0)" % num)
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den)
        self.num = num // g
        self.den = den // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Fraction) else Fraction(x)

    def __add__(self, other):
        other = Fraction.of(other)
        return Fraction(self.num * other.den + other.num * self.den, self.den * other.den)

    __radd__ = __add__

    def __sub__(self, other):
        other = Fraction.of(other)
        return Fraction(self.num * other.den - other.num * self.den, self.den * other.den)

    def __rsub__(self, other):
        return Fraction.of(other) - self

    def __mul__(self, other):
        other = Fraction.of(other)
        return Fraction(self.num * other.num, self.den * other.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = Fraction.of(other)
        return Fraction(self.num * other.den, self.den * other.num)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __eq__(self, other):
        other = Fraction.of(other)
        return self.num == other.num and self.den == other.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __bool__(self):
        return self.num != 0

    def __abs__(self):
        return Fraction(abs(self.num), self.den)

    def __lt__(self, other):
        other = Fraction.of(other)
        return self.num * other.den < other.num * self.den

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


class MatrixError(ValueError):
    pass


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError("rows must be non-empty and of equal length")
        self.rows = rows
        self.shape = (len(rows), len(rows[0]))

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    def __getitem__(self, index):
        i, j = index
        return self.rows[i][j]

    def __setitem__(self, index, value):
        i, j = index
        self.rows[i][j] = value

    def __iter__(self):
        for row in self.rows:
            yield from row

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def _same_shape(self, other, op):
        if self.shape != other.shape:
            raise MatrixError(f"cannot {op} {self.shape[0]}x{self.shape[1]} and {other.shape[0]}x{other.shape[1]}")

    def __add__(self, other):
        self._same_shape(other, "add")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[x * k for x in row] for row in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise MatrixError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum((a * b for a, b in zip(row, col)), 0) for col in cols] for row in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __neg__(self):
        return self * -1

    def transpose(self):
        return Matrix(zip(*self.rows))

    @property
    def T(self):
        return self.transpose()

    def map(self, fn):
        return Matrix([[fn(x) for x in row] for row in self.rows])

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise MatrixError("determinant of a non-square matrix")
        a = [[Fraction.of(x) for x in row] for row in self.rows]
        det = Fraction(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col]), None)
            if pivot is None:
                return Fraction(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            det = det * a[col][col]
            for r in range(col + 1, n):
                factor = a[r][col] / a[col][col]
                a[r] = [x - factor * y for x, y in zip(a[r], a[col])]
        return det

    def inverse(self):
        n = self.shape[0]
        if self.determinant() == 0:
            raise MatrixError("matrix is singular")
        a = [[Fraction.of(x) for x in row] + [Fraction(int(i == j)) for j in range(n)]
             for i, row in enumerate(self.rows)]
        for col in range(n):
            pivot = next(r for r in range(col, n) if a[r][col])
            a[col], a[pivot] = a[pivot], a[col]
            p = a[col][col]
            a[col] = [x / p for x in a[col]]
            for r in range(n):
                if r != col and a[r][col]:
                    f = a[r][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return Matrix([row[n:] for row in a])

    def __repr__(self):
        cells = [[repr(x) for x in row] for row in self.rows]
        width = max(len(c) for row in cells for c in row)
        lines = ["[" + " ".join(c.rjust(width) for c in row) + "]" for row in cells]
        return "\n".join(lines)


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B)
print(A - B)
print(A @ B)
print(B @ A)
print(3 * A)
print(A * Fraction(1, 2))
print(-A == A * -1, A == Matrix([[1, 2], [3, 4]]), A == [[1, 2], [3, 4]])
print(A.T)
print("det A =", A.determinant())
print("inverse A:")
print(A.inverse())
print("A @ inverse:", A @ A.inverse() == Matrix.identity(2))

F = Matrix([[1, 1], [1, 0]])
for n in (1, 10, 50, 100):
    print(f"fib({n}) =", (F ** n)[0, 1])

M = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
print("det M =", M.determinant())
Mi = M.inverse()
print(Mi)
print(M @ Mi == Matrix.identity(3))
print("sum of entries:", sum(Mi, Fraction(0)), "max:", max(Mi))
print("as floats:", [round(float(x), 3) for x in Mi])

R = Matrix([[1, 2, 3], [4, 5, 6]])
print(R.shape, R.T.shape)
print(R @ R.T)
print(R.T @ R)
print("det R^T R =", (R.T @ R).determinant())
S = Matrix.zeros(2, 3)
S[1, 2] = 7
print(S.map(lambda x: x + 1))

for label, action in [
    ("add shapes", lambda: R + A),
    ("mul shapes", lambda: R @ R),
    ("ragged", lambda: Matrix([[1, 2], [3]])),
    ("singular", lambda: Matrix([[1, 2], [2, 4]]).inverse()),
    ("non-square", lambda: R.determinant()),
    ("zero den", lambda: Fraction(1, 0)),
    ("matrix times matrix", lambda: A * B),
]:
    try:
        action()
    except MatrixError as e:
        print(f"{label}: MatrixError: {e}")
    except (ZeroDivisionError, TypeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")

H = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print("Hilbert 4 det:", H.determinant())
print(H.inverse())
total = Fraction(0)
for k in range(1, 11):
    total = total + Fraction(1, k * (k + 1))
print("telescoping sum:", total, float(total))
print(sorted([Fraction(1, 3), Fraction(1, 2), Fraction(-2, 5), Fraction(2, 6)]))
print(len({Fraction(1, 2), Fraction(2, 4), Fraction(3, 6)}))
