def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(len([]), len([1, 2]), len('héllo'), len((1,)), len({'a': 1}), len(range(10)))
t(lambda: len(5))
t(lambda: len())
t(lambda: len([], []))
class C:
    def __len__(self):
        return 7
print(len(C()))
