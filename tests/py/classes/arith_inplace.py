# __iadd__ and friends mutate in place and are used by augmented assignment.
class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        print("__iadd__", x)
        self.items.append(x)
        return self

    def __isub__(self, x):
        self.items.remove(x)
        return self

    def __imul__(self, n):
        self.items = self.items * n
        return self

a = Acc()
before = a
a += 1
a += 2
a -= 1
a *= 2
print(a.items, a is before)
