def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'))
t(lambda: next(it))
t(lambda: next(1))
t(lambda: iter(1))
t(lambda: next())
it = iter(iter('ab'))
print(list(it))
