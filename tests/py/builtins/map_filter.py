def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(filter(None, [0, 1, '', 'a', None])), list(filter(lambda x: x % 2, range(6))))
print(isinstance(map(len, []), map), isinstance(filter(None, []), filter))
t(lambda: map(len))
t(lambda: filter(None))
t(lambda: map(len, [], x=1))
t(lambda: list(map(len, [1])))
