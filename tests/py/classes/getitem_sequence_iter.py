# A class with only __getitem__ is iterable until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("done")
        return i * i

s = Squares(5)
print(list(s))
for x in s:
    print(x, end=" ")
print()
print(9 in s, 10 in s)
a, b, c, d, e = s
print(a, e)
