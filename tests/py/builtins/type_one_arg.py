def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(type(1), type('s'), type([]), type(None), type(type))
print(type(1) is int, type(True) is bool)
t(lambda: type())
t(lambda: type(1, 2))
