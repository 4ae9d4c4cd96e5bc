def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(any([]), all([]), any([0, '', 1]), all([1, 'a', 0]), any(x > 2 for x in range(4)))
print(all(iter([1, 2])), any(iter([])))
t(lambda: any(1))
t(lambda: all())
