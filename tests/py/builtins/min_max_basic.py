def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max('abc'))
print(max([1, 3, 2], key=lambda x: -x), min(['bb', 'a', 'ccc'], key=len))
print(max([], default=None), min((), default=7))
print(max([1, 1.0]), max([1.0, 1]))
print(max(2, 1, key=None))
