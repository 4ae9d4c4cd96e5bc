def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: max())
t(lambda: min([]))
t(lambda: max([]))
t(lambda: max(1, 2, default=3))
t(lambda: max([1], foo=2))
t(lambda: min(5))
t(lambda: max([1, 'a']))
