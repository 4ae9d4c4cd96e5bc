def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(abs(-3), abs(3), abs(-2.5), abs(0), abs(-10**30), abs(True))
t(lambda: abs('a'))
