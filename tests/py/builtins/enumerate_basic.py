def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(list(enumerate('abc')), list(enumerate('ab', 1)), list(enumerate([], 5)))
print(list(enumerate('xy', start=-2)))
e = enumerate([10, 20])
print(next(e), next(e))
print(isinstance(enumerate([]), enumerate))
t(lambda: enumerate())
t(lambda: enumerate(1))
t(lambda: enumerate([], 'a'))
