def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])))
print(list(zip(range(3), range(3), range(3))))
print(dict(zip('ab', [1, 2])))
t(lambda: zip(1))
t(lambda: zip([], foo=1))
