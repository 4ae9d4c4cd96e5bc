def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(2, 3, 5), pow(base=2, exp=3), pow(3, 4, mod=5))
print(pow(-2, 3, 7), pow(2, 100))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow('a', 3, 5))
t(lambda: pow(2, 3, 0))
t(lambda: pow(1))
t(lambda: pow(2, base=1))
t(lambda: pow(1, 2, 3, 4))
