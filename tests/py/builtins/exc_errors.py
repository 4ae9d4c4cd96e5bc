def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
e = ValueError()
def s(name, v):
    setattr(e, name, v)
t(lambda: s('__cause__', 1))
t(lambda: s('__context__', 1))
t(lambda: s('__traceback__', 1))
t(lambda: delattr(e, '__context__'))
t(lambda: delattr(e, 'args'))
t(lambda: s('__suppress_context__', 0))
t(lambda: ValueError(x=1))
t(lambda: ImportError('m', foo=1))
t(lambda: SyntaxError('a', (1,)))
