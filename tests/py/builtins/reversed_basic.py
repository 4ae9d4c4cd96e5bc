def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))))
print(list(reversed(())), type(reversed([])).__name__ in ('list_reverseiterator', 'reversed'))
class S:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(S())))
class R:
    def __reversed__(self):
        return iter([9, 8])
print(list(reversed(R())))
t(lambda: reversed(1))
t(lambda: reversed())
