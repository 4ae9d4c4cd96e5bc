class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), list(enumerate(Squares())))
it = iter(Squares())
print(next(it), next(it))
