# reversed() uses __reversed__, else __len__ and __getitem__.
class Rev:
    def __reversed__(self):
        return iter(["c", "b", "a"])

print(list(reversed(Rev())))
class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10

print(list(reversed(Seq())))
class Neither:
    pass

try:
    reversed(Neither())
except TypeError as e:
    print(type(e).__name__, e)
