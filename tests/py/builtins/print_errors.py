def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: print(sep=1))
t(lambda: print(end=[]))
t(lambda: print(foo=1))
t(lambda: print(file=1))
