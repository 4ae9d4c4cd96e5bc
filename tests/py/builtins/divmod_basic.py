def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2))
print(divmod(10**20, 7))
class D:
    def __divmod__(self, other):
        return ('d', other)
    def __rdivmod__(self, other):
        return ('r', other)
print(divmod(D(), 3), divmod(3, D()))
t(lambda: divmod('a', 1))
t(lambda: divmod(1, 0))
t(lambda: divmod(1))
