# __iter__ and __next__ implement the iterator protocol.
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

for x in Countdown(3):
    print(x)
print(list(Countdown(4)))
c = Countdown(2)
print(next(c), next(c))
try:
    next(c)
except StopIteration as e:
    print(type(e).__name__, repr(e))
print(next(c, "done"))
print(iter(c) is c)
