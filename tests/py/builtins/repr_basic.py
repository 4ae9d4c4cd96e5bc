def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(repr('a'), repr("it's"), repr(1), repr(2.5), repr([1, 'x']), repr(None))
print(repr((1,)), repr({}), repr(True))
t(lambda: repr())
