# Methods can be reached through the class and called with an explicit self.
class Counter:
    def __init__(self):
        self.n = 0

    def inc(self, by=1):
        self.n += by
        return self

c = Counter()
Counter.inc(c)
Counter.inc(c, 5)
c.inc().inc()
print(c.n)
f = Counter.inc
print(f(c).n)
print(list(map(Counter.inc, [Counter(), Counter()]))[0].n)
