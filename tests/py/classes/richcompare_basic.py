# All six rich comparisons on a user class.
class Ver:
    def __init__(self, n):
        self.n = n

    def __lt__(self, o):
        return self.n < o.n

    def __le__(self, o):
        return self.n <= o.n

    def __gt__(self, o):
        return self.n > o.n

    def __ge__(self, o):
        return self.n >= o.n

    def __eq__(self, o):
        return self.n == o.n

    def __ne__(self, o):
        return self.n != o.n

a, b = Ver(1), Ver(2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Ver(3), Ver(1), Ver(2)], key=lambda v: v.n)[0].n)
print([v.n for v in sorted([Ver(3), Ver(1), Ver(2)])])
print(max([Ver(3), Ver(5), Ver(2)]).n)
