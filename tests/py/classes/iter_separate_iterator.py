# An iterable returning a fresh iterator can be looped twice.
class RangeIter:
    def __init__(self, lo, hi):
        self.i = lo
        self.hi = hi

    def __next__(self):
        if self.i >= self.hi:
            raise StopIteration
        self.i += 1
        return self.i - 1

class MyRange:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __iter__(self):
        return RangeIter(self.lo, self.hi)

r = MyRange(2, 5)
print(list(r), list(r))
print(sum(r), max(r), sorted(r, reverse=True))
print([x * 10 for x in r])
print(dict(zip(r, "abc")))
