class T:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i * i
print(list(T()), list(iter(T())))
print(2 in T(), 5 in T())
