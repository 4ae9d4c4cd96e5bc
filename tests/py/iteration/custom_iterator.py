class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
print(3 in Countdown(5), 9 in Countdown(5))
a, b = Countdown(2)
print(a, b)
print(list(zip(Countdown(3), "ab")), dict(zip("xy", Countdown(2))))
